"""Levels on a scale: "level 3 of 5", "Stufe 4", "niveau 2", or a level by name ("considerable").

A level on a scale is no measure with a unit, and a warning or a danger rating is often given by
name. Two reports of one subject that give different levels: the later one is the current level
(it may have gone up or down); ``supersede.py`` compares them (fifteenth session). A name is
compared with a number only through a sentence of the coverage that gives both ("level 3 of 5,
or considerable"): the story's own key, no scale table. Moved here from ``supersede.py`` in the
sixteenth session, its patterns compiled on first use.
"""

from __future__ import annotations

import re
from functools import cache

from plainwire.lazyre import lazy_pattern
from plainwire.synthesize.meaning import word_set
from plainwire.synthesize.textstats import stem

_LEVEL_NOUN = r"(?:levels?|grade|category|\w*stufe|niveau|nivel|n[íi]vel|livello|niv[åa])"
_LEVEL_CHEAP = ("level", "grade", "category", "stufe", "niveau", "nivel", "nível", "livello", "nivå", "niva",
                "danger", "risk", "alert", "warning", "threat", "scale", "gefahr", "warnung", "riesgo",
                "alerta", "alerte", "risque", "perigo", "rischio", "fara")  # fmt: skip
_LEVEL_NUMBER = lazy_pattern(
    rf"(?i)\b{_LEVEL_NOUN}\s+(?:(?:to|of|at|auf|von|de|à|a|al|para|till)\s+)?(\d{{1,2}})\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s*cent|prozent|por\s+ciento|pour\s+cent))"
)
_OUT_OF = lazy_pattern(r"(?i)(?<![\d.,])(\d{1,2})\s+(?:of|out\s+of|von|de|sur|di|av)\s+(\d{1,2})\b(?![.,]\d)")
_LEVEL_CONTEXT = lazy_pattern(
    rf"(?i)\b(?:{_LEVEL_NOUN}|danger|risk|alert|warning|threat|scale|\w*gefahr|\w*warnung|riesgo|alerta|"
    r"alerte|risque|perigo|rischio|fara)\b"
)
# The ordinary names of the levels of danger and warning scales (English, German, Spanish, French,
# Portuguese); longest first so "very high" is read before "high".
_LEVEL_NAMES = (
    "very high|sehr groß|muy alto|très fort|muito alto|low|moderate|considerable|high|extreme|highest|"
    "maximum|severe|gering|mäßig|erheblich|groß|höchste|bajo|moderado|notable|alto|fuerte|faible|limité|"
    "marqué|fort|fraco|moderado|elevado|máximo"
)
_NAMED_AFTER = lazy_pattern(
    rf"(?i)\b(?:{_LEVEL_NOUN}|danger|risk|alert|warning|threat|\w*gefahr|\w*warnung|riesgo|alerta|alerte|"
    rf"risque|perigo|rischio)\b(?:\W+\w+){{0,6}}?\W+['\"‘“]?({_LEVEL_NAMES})\b(?!\s+(?:winds?|tides?|"
    r"waters?|seas?|ground|street|school|court|passes|pass|speed|temperatures?|pressure|number|numbers))"
)
_NAMED_BEFORE = lazy_pattern(
    rf"(?i)\b({_LEVEL_NAMES})['\"’”]?\s+(?:{_LEVEL_NOUN}|on\s+the\s+scale|alert|warning)\b"
)


@cache
def level_stems() -> frozenset[str]:
    """Stems of the level words (left out of a sentence's subject)."""
    return frozenset(
        stem(w)
        for w in word_set(
            "level levels grade category stufe niveau nivel nível livello nivå scale "
            + _LEVEL_NAMES.replace("|", " ")
        )
    )


def levels(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The levels ``text`` gives on a scale: by number and by name (lower case). When it gives
    two numbers, "from ... to ...", the last is the level."""
    low = text.lower()
    if not any(w in low for w in _LEVEL_CHEAP):
        return frozenset(), frozenset()
    nums: list[tuple[int, str]] = [(m.start(), m.group(1)) for m in _LEVEL_NUMBER().finditer(text)]
    if _LEVEL_CONTEXT().search(text):
        nums += [
            (m.start(), m.group(1)) for m in _OUT_OF().finditer(text) if int(m.group(1)) <= int(m.group(2))
        ]
    names = {m.group(1).lower() for rx in (_NAMED_AFTER(), _NAMED_BEFORE()) for m in rx.finditer(text)}
    distinct = {n for _, n in nums}
    if len(distinct) > 1 and re.search(r"(?i)\b(?:from|von|de)\b", text):
        distinct = {max(nums)[1]}
    return frozenset(distinct), frozenset(names)
