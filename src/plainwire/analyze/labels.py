"""The tone taxonomy: labels ordered calm -> heated, and how a score maps to one.

Definitions and reasoning are in docs/tone.md. The bands sit on the model's probability that
loaded language is present, so ``score >= 0.5`` (the project-wide decision) is exactly where
coverage stops being Neutral/Measured.
"""

from __future__ import annotations

TONE_LABELS: tuple[str, ...] = ("Neutral", "Measured", "Charged", "Provocative", "Alarming")

#: Not a tone: the article is in a language the tone model does not read (English only), so
#: no label is claimed for it, and a story's label is read from its other articles.
UNRATED = "Unrated"

MEASURED_FROM = 0.35
CHARGED_FROM = 0.5
PROVOCATIVE_FROM = 0.7
ALARMING_FROM = 0.8
# Share of the evidence that must be threat/catastrophe framing for "Alarming".
ALARMING_THREAT_SHARE = 0.5


def label_for(score: float, threat_share: float = 0.0) -> str:
    """Label of a 0..1 loadedness score; ``threat_share`` = fraction of evidence that is threat framing."""
    if score >= ALARMING_FROM and threat_share >= ALARMING_THREAT_SHARE:
        return "Alarming"
    if score >= PROVOCATIVE_FROM:
        return "Provocative"
    if score >= CHARGED_FROM:
        return "Charged"
    if score >= MEASURED_FROM:
        return "Measured"
    return "Neutral"
