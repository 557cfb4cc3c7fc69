"""What a sentence says that a later report can supersede (``Facets``): the furthest stage it
names on each status ladder, its measures, its level on a scale, the values it says it replaces
and the counts it says were changed (split out of ``supersede.py`` in the seventeenth session;
the rule that compares two sentences' facets stays there).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plainwire import numwords
from plainwire.lazyre import lazy_pattern
from plainwire.synthesize import ladders
from plainwire.synthesize.levels import level_stems, levels
from plainwire.synthesize.textstats import content_stems, stem
from plainwire.synthesize.values import (
    BOUND,
    DECIMAL,
    DURATION,
    MEASURE,
    changed_counts,
    measure_units,
    not_units,
    replaced_values,
    value,
)

# Words each side of a measure read as what it measures; two values of one unit are one measure
# only when these share a content stem ("46 million thalers" for a contract and "12 million" for
# a grant are two measures; "1.2 metres above its usual level" and "2.4 metres above its usual
# level" are one).
CONTEXT = 4


@dataclass(frozen=True, slots=True)
class Facets:
    """What a sentence says that a later report can supersede: the furthest stage it names on
    each ladder, the value of each measure it gives, the level it gives on a scale, and the
    values it says it replaces."""

    stages: dict[str, int] = field(default_factory=dict)
    measures: dict[str, float] = field(default_factory=dict)
    # per measure, the content stems within ``CONTEXT`` words of it: what is measured ("above
    # its usual level", "a contract worth", "a transport grant")
    context: dict[str, frozenset[str]] = field(default_factory=dict)
    # measures given as a bound or a round guess ("topped 200 million", "about 40 metres"): such a
    # figure replaces no exact one
    approx: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()  # the measure and status words (left out of the subject)
    # a level on a scale (fifteenth session): by number ("level 4", "4 of 5", "Stufe 4") and by
    # name ("'considerable'", "the highest level"); ``find`` reads a name as the number one
    # sentence of the coverage gives with it
    level_nums: frozenset[str] = frozenset()
    level_names: frozenset[str] = frozenset()
    # values the sentence says outright it replaces ("41 crowns, not the 44 crowns announced",
    # "up from 3.1 metres", "from 38 to 44 crowns"), per unit
    replaced: dict[str, frozenset[float]] = field(default_factory=dict)
    # counts the sentence says were changed (sixteenth session): "widened its recall to five
    # products" gives {"product": (5, {"recall", ...})}: the new count, and the stems of the thing
    # changed (a count right after one of them, "recalls two cereal bars", is that thing's count)
    changed: dict[str, tuple[float, frozenset[str]]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(
            self.stages
            or self.measures
            or self.level_nums
            or self.level_names
            or self.replaced
            or self.changed
        )


_NONE = Facets()
# cheap first (substring tests on the lower-cased text): the measure regexes run only when a
# digit or a number word is there
_NUMBER_WORD = lazy_pattern(r"(?i)\b(?:" + "|".join([*numwords.TENS, *numwords.UNITS]) + r")\b")

# A title's own future: "Orchestra to return to ...", "Nordlink to raise ..." (its subject, in
# capitals, then "to" and a verb): an announcement, the first stage of a planned event.
_TITLE_FUTURE = lazy_pattern(r"^(?:[A-Z][\w'’&.-]*\s+){1,5}to\s+(?!be\b)[a-z]{3,}\b")


def facets(text: str, title: bool = False) -> Facets:
    """The stages, measures, levels and replaced values ``text`` gives (``Facets``; empty for
    most sentences). ``title``: ``text`` is a title, whose "X to do Y" is its future."""
    stages = ladders.stages(text)
    if title and "event" not in stages and _TITLE_FUTURE().search(text):
        stages["event"] = 1
    level_nums, level_names = levels(text)
    has_level = bool(level_nums or level_names)
    lv_stems = level_stems() if has_level else frozenset()
    measures: dict[str, float] = {}
    context: dict[str, frozenset[str]] = {}
    approx: set[str] = set()
    words: set[str] = set()
    digits = any(c.isdigit() for c in text)
    if not digits and not _NUMBER_WORD().search(text) and not numwords.has_foreign(text):
        if not stages and not has_level:
            return _NONE
        stems = (ladders.ladder_stems() if stages else frozenset()) | lv_stems
        return Facets(stages, stems=stems, level_nums=level_nums, level_names=level_names)
    taken: list[tuple[int, int]] = []
    for m in DURATION().finditer(text):
        taken.append(m.span())
        if m.group("old"):
            continue  # "a 23-year-old": an age
        v = value(m.group("num"), None, None)
        noun = stem(m.group("noun").lower())
        if v is not None and noun not in not_units():
            unit = stem(m.group("unit").lower())
            measures.setdefault(f"{unit} {noun}", v)
            words |= {unit, noun}
    spans: list[tuple[int, str]] = []
    for m in MEASURE().finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20") and not m.group("scale"):
            continue  # a year dates a fact, it measures nothing
        unit = stem(m.group("unit").lower())
        v = value(num, m.group("glued"), m.group("scale"))
        if v is None or unit in not_units() or len(unit) < 3:
            continue
        if (
            unit not in measure_units()
            and not m.group("scale")
            and not m.group("glued")
            and not m.group("sign")
            and not DECIMAL().fullmatch(num)
        ):
            continue  # a count of things, not a measurement
        spans.append((m.start("unit"), unit))
        if unit not in measures:
            measures[unit] = v
            context[unit] = _around(text, m.start(), m.end(), unit)
            if BOUND().search(text, max(0, m.start() - 24), m.start()):
                approx.add(unit)
        words.add(unit)
    replaced = replaced_values(text, spans) if digits else {}
    changed = changed_counts(text)
    if not stages and not measures and not has_level and not replaced and not changed:
        return _NONE
    for noun, (_v, thing) in changed.items():
        words |= thing | {noun}
    return Facets(
        stages,
        measures,
        context,
        frozenset(approx),
        frozenset(words) | (ladders.ladder_stems() if stages else frozenset()) | lv_stems,
        level_nums,
        level_names,
        replaced,
        changed,
    )


def _around(text: str, start: int, end: int, unit: str) -> frozenset[str]:
    """Content stems of the ``CONTEXT`` words before ``start`` and after ``end`` (no numbers)."""
    before = text[:start].split()[-CONTEXT:]
    after = text[end:].split()[:CONTEXT]
    return frozenset(w for w in content_stems(" ".join(before + after)) if w != unit and not w[:1].isdigit())
