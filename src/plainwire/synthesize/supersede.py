"""Superseded facts beyond counts of people: a later report gives a new status or a new value.

``developing.py`` revises counts of what happened to people and provisional counts. A reader
meets the same shape every day in other things: a weather warning raised from yellow to amber
to red; a transfer "close to" a move for "around 12 million" that is then "joined" for 9.5
million on a four-year (not five-year) contract; workers missing, then found; a suspect
arrested, then charged, then sentenced; a match announced, then postponed or called off; a
proposal approved or rejected; a river "1.2 metres above its usual level", then "2.4 metres".
The first report, printed as current next to the second, contradicts it; printed first, or in
the headline, it tells the reader an old story (fourteenth session).

The rule is general: each sentence has its article's *as-of* time (published, or revised in
place); a sentence of a *later* article (at least ``SUPERSEDE_HOURS`` later: two outlets an hour
apart disagree, ``figures.py``) that tells *the same subject* with

- a **further stage** of one of the vetted status ladders (``ladders.py``: small tables, each a
  sequence every reader knows, the later stage the later news; a reversal on appeal, an annulled
  result and a final score after the half-time one are later stages, sixteenth session), or
- **another value of the same measure** (a number with its unit: "1.2 metres" / "2.4 metres",
  "12 million thalers" / "9.5 million thalers"; a compound duration: "five-year contract" /
  "four-year contract")

supersedes it. The same subject: at least ``SUBJECT_MIN`` content stems in common besides the
status or measure words (a compound duration names its thing itself, "year contract", so it
needs none). The superseded sentence is not printed and its title does not head the story; the
newest sentence that supersedes it takes its place (``developing.place_newest``). Nothing is
written about the earlier state: "up from ..." would need the earlier time, which a sentence
does not always give, and the reader needs the current state first.

A ladder is ordered and only a further stage supersedes: a sentencing report that recalls the
arrest ("was arrested in May") does not undo the charge. A sentence's stage is the furthest it
names ("raised from yellow to amber" is amber), except that a hedge ("is close to", "set for",
"understood to") makes a deal sentence a rumour whatever else it says.

Sixteenth session: a later *title* is a later statement too (its article's sentence may be one
the Story cannot print); a price with decimals is a measure in any currency ("4.80 florins",
"4,80 florines"); a value replaced without its unit takes the unit of the measure before it
("to 4.20 florins, not the 4.80 it announced"); a count a later report says was widened or cut
("widened its recall to five products") supersedes the earlier count of that thing. Scale
levels are in ``levels.py``; patterns compile on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cache, lru_cache

from plainwire import numwords
from plainwire.lazyre import lazy_pattern
from plainwire.synthesize import ladders
from plainwire.synthesize.levels import level_stems, levels
from plainwire.synthesize.meaning import word_set
from plainwire.synthesize.textstats import content_stems, stem

ENABLED = True
# As developing.SUPERSEDE_HOURS: closer than this, two articles disagree rather than update
# (a ladder whose earlier stage says it is provisional has its own gap: ``ladders.GAP_HOURS``).
SUPERSEDE_HOURS = 2.0
# Content stems two sentences share (besides status and measure words) to tell one subject;
# a title is short and names its story's event, so one will do.
SUBJECT_MIN = 2
TITLE_SUBJECT_MIN = 1
# Words each side of a measure read as what it measures; two values of one unit are one measure
# only when these share a content stem ("46 million thalers" for a contract and "12 million" for
# a grant are two measures; "1.2 metres above its usual level" and "2.4 metres above its usual
# level" are one).
CONTEXT = 4
# ... and the two sentences share this many more content stems than ``SUBJECT_MIN`` (a figure
# is a weaker sign of one subject than a status: "its estimated cost rose to 40 million" in a
# note on an old plan and "repairs will cost an estimated 3.2 million" share two words only).
MEASURE_EXTRA = 1
# A revised value stays within this factor of the value it replaces (a fare 44 -> 41, a river
# 1.2 -> 2.4 metres, a fee 40 -> 46 million); two sums further apart in one story are two things
# measured in one unit: a part and the whole ("sets aside 60 million crowns" for one item and "a
# 1.84 billion crown budget"). Wrongly replacing deletes a true fact from the page; wrongly keeping
# leaves an older figure beside the newer one, so the guard errs on keeping (fourteenth session,
# the lead, after the fourth audit newsroom lost a budget item this way).
REVISION_FACTOR = 5.0
# Words after a count read as what it counts ("two cereal bars", "two of its products").
COUNT_WORDS = 4

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_WORD_NUM = numwords.word_pattern()
# A number: digits with thousands commas, or a decimal point, or a decimal comma ("4,80" in
# Spanish or German: a comma followed by one or two digits, never three, is no thousands comma).
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
# A number and its unit ("1.2 metres", "12 million thalers", "110 millimetres"); not a year.
# Only a measurement is read (a unit of ``measure_units``, a sum with a scale word or a currency
# sign, or a number with decimals: "4.80 florins" is a price in a currency no table knows, and
# nobody counts 4.8 carriages): counts of things ("1,200 dock workers", "four carriages") differ
# between outlets and between parts of a whole far more often than a later report updates them,
# and a revised count of people is ``developing.py``'s.
_MEASURE = lazy_pattern(
    rf"(?i)(?P<sign>[$€£¥]\s?)?(?<![\w.,-])(?P<num>{_DIGITS}|{_WORD_NUM})(?P<glued>m|bn|k)?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion))?\s+(?P<unit>[^\W\d_][\w-]+)"
)
# A compound duration names its thing ("a five-year contract", "a 10-year plan"); not an age.
_DURATION = lazy_pattern(
    rf"(?i)(?<![\w.,-])(?P<num>\d+|{_WORD_NUM})-(?P<unit>year|month|week|day|game|match|season)"
    rf"(?P<old>-old)?\s+(?P<noun>[a-z][a-z-]+)"
)
# A bound or a guess just before a figure ("more than 200 million", "topped 200 million"), or a
# change rather than a level ("could rise by 1.5 million").
_BOUND = lazy_pattern(
    r"(?i)\b(?:by|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|topped|exceeded|estimated|an\s+estimated)\s+[$€£¥]?\s?$"
)
_DECIMAL = lazy_pattern(r"\d+[.,]\d{1,2}")


@cache
def measure_units() -> frozenset[str]:
    """Units of measurement and currencies (vetted: the ordinary English words; a made-up
    currency is read only with a scale word or decimals: "9.5 million thalers", "4.80 florins")."""
    return frozenset(
        stem(w)
        for w in word_set(
            "metres meters metre meter centimetres centimeters millimetres millimeters kilometres kilometers "
            "miles feet foot inches yards kilograms kilos grams tonnes tons pounds ounces litres liters gallons "
            "degrees celsius fahrenheit knots mph hectares acres euros euro dollars dollar pounds pence cents "
            "francs crowns kronor krona marks yen yuan rupees"
        )
    )


@cache
def _not_units() -> frozenset[str]:
    """Units that count nothing a story updates by themselves (who counts people is
    developing.py's)."""
    return frozenset(
        stem(w)
        for w in word_set(
            "people persons others times years months weeks days hours minutes seconds per of and to in on at "
            "a an the more other than or percent points"
        )
    )


@cache
def _scale_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _SCALES)


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


# ---- values replaced outright (fifteenth session) ----------------------------------------
# A value the sentence says outright it replaces.
_NUM = rf"(?:[$€£¥]\s?)?(?P<num>{_DIGITS})(?P<glued>m|bn|k)?(?:\s+(?P<scale>thousand|million|billion))?"
_REPLACED = lazy_pattern(
    r"(?i)\b(?:not|instead\s+of|rather\s+than|down\s+from|up\s+from|replacing|statt|anstatt|nicht|"
    r"en\s+lugar\s+de|en\s+vez\s+de|y\s+no|au\s+lieu\s+de|et\s+non|em\s+vez\s+de|e\s+não|invece\s+di|"
    r"e\s+non|en\s+niet)\s+(?:(?:the|die|den|der|los|las|el|les|le|la|os|as|o|a|i|gli|de|het)\s+)?"
    + _NUM
    + r"\s+(?P<unit>[^\W\d_][\w-]+)"
)
_FROM_TO = lazy_pattern(
    r"(?i)\b(?:from|von|de|da|van)\s+" + _NUM + r"(?:\s+(?P<unit0>[^\W\d_][\w-]+))?\s+"
    r"(?:to|auf|a|à|para|tot|naar)\s+"
    rf"(?:[$€£¥]\s?)?{_DIGITS}(?:m|bn|k)?(?:\s+(?:thousand|million|billion))?\s+(?P<unit>[^\W\d_][\w-]+)"
)
# A count a report says was changed: a verb of widening or narrowing, the thing, "to" and the new
# count ("widened its peanut recall to five products", "cut the order to 40 trains"). Only these
# verbs: "rose to 41" is how a death toll is revised, which is developing.py's.
_CHANGED_TO = lazy_pattern(
    r"(?i)\b(?:widen(?:ed|s)?|extend(?:ed|s)?|expand(?:ed|s)?|broaden(?:ed|s)?|increas(?:ed|es)|"
    r"rais(?:ed|es)|cut|cuts|reduc(?:ed|es)|lower(?:ed|s)|narrow(?:ed|s)|revis(?:ed|es)|"
    r"ausgeweitet|erweitert|erhöht|gesenkt|reduziert|élargi\w*|étendu\w*|porté\w*|relevé\w*|abaissé\w*|"
    r"ramené\w*|réduit\w*|ampli\w*|elevad\w*|elevó|rebaj\w*|reduj\w*|reducid\w*|estes[oaie]|ridott\w*|"
    r"aumentat\w*|aument\w*|udvid\w*|utök\w*|uitgebreid|verhoogd|verlaagd)\s+"
    r"(?P<obj>(?:[^\s,.;:]+\s+){0,4}?)(?:to|auf|à|a|para|til|till|tot|naar)\s+"
    rf"(?P<num>\d[\d,]*|{_WORD_NUM})\s+(?P<noun>[^\W\d_][\w-]+)"
)
# A count in an earlier report: the word before it and the words after it.
_COUNT = lazy_pattern(rf"(?i)(?P<prev>[^\W\d_][\w'-]*)\s+(?P<num>\d[\d,]*|{_WORD_NUM})\s+(?P<after>[^.;:]+)")
# The future or conditional of a report that announces or expects ("will play", "would pay", "a
# ruling is expected on Wednesday"): once a later report moves the story on, what its earlier
# article expected is no news.
_PROSPECT = lazy_pattern(
    r"(?i)\b(?:will|would|could|shall|(?:is|are)\s+(?:set|due|likely)\s+to|(?:is|are)\s+expected|"
    r"(?:is|are)\s+to|plans?\s+to|wird|werden|würde|würden|soll|sollen|könnte|ma(?:ją)?\s+\w+[ćc])\b"
)
# A title's own future: "Orchestra to return to ...", "Nordlink to raise ..." (its subject, in
# capitals, then "to" and a verb): an announcement, the first stage of a planned event.
_TITLE_FUTURE = lazy_pattern(r"^(?:[A-Z][\w'’&.-]*\s+){1,5}to\s+(?!be\b)[a-z]{3,}\b")


def _replaced(text: str, spans: Sequence[tuple[int, str]]) -> dict[str, frozenset[float]]:
    """Values ``text`` says it replaces, per unit. A value given without its unit ("would rise to
    4.20 florins, not the 4.80 it announced") is in the unit of the measure just before it
    (``spans``: start and unit of each measure read)."""
    out: dict[str, set[float]] = {}
    for rx in (_REPLACED(), _FROM_TO()):
        for m in rx.finditer(text):
            unit = stem(m.group("unit").lower())
            num = m.group("num")
            if unit not in measure_units() and not m.group("scale") and not m.group("glued"):
                before = [u for start, u in spans if start < m.start()]
                if before and rx is _REPLACED():
                    unit = before[-1]  # "... to 4.20 florins, not the 4.80 it announced"
                elif not _DECIMAL().fullmatch(num):
                    continue
            v = _value(num, m.group("glued"), m.group("scale"))
            if v is not None:
                out.setdefault(unit, set()).add(v)
    return {k: frozenset(v) for k, v in out.items()}


def _value(num: str, glued: str | None, scale: str | None) -> float | None:
    # a decimal comma ("4,80"); "13,000" is thirteen thousand
    t = num.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", num) else num.replace(",", "")
    try:
        v = float(t)
    except ValueError:
        c = numwords.cardinal(t)
        if c is None:
            return None
        v = c
    for s in (glued, scale):
        if s:
            v *= _SCALES[s.lower()]
    return v


def _changed(text: str) -> dict[str, tuple[float, frozenset[str]]]:
    """Counts ``text`` says were changed: per counted noun, the new count and the stems of the
    thing changed."""
    out: dict[str, tuple[float, frozenset[str]]] = {}
    for m in _CHANGED_TO().finditer(text):
        noun = stem(m.group("noun").lower())
        v = _value(m.group("num"), None, None)
        if v is None or noun in _not_units() or len(noun) < 3:
            continue
        thing = frozenset(w for w in content_stems(m.group("obj")) if not w[:1].isdigit())
        out.setdefault(noun, (v, thing | {noun}))
    return out


@lru_cache(maxsize=8192)
def counts(text: str) -> tuple[tuple[str, frozenset[str], float], ...]:
    """The counts ``text`` gives: the stem of the word before each, the stems of the
    ``COUNT_WORDS`` words after it, and its value (read only when a later report says a count
    changed)."""
    out = []
    for m in _COUNT().finditer(text):
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20"):
            continue  # a year
        v = _value(num, None, None)
        if v is None:
            continue
        after = frozenset(
            stem(w.lower()) for w in re.findall(r"[^\W\d_][\w'-]*", m.group("after"))[:COUNT_WORDS]
        )
        out.append((stem(m.group("prev").lower()), after, v))
    return tuple(out)


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
    if not digits and not _NUMBER_WORD().search(text):
        if not stages and not has_level:
            return _NONE
        stems = (ladders.ladder_stems() if stages else frozenset()) | lv_stems
        return Facets(stages, stems=stems, level_nums=level_nums, level_names=level_names)
    taken: list[tuple[int, int]] = []
    for m in _DURATION().finditer(text):
        taken.append(m.span())
        if m.group("old"):
            continue  # "a 23-year-old": an age
        v = _value(m.group("num"), None, None)
        noun = stem(m.group("noun").lower())
        if v is not None and noun not in _not_units():
            unit = stem(m.group("unit").lower())
            measures.setdefault(f"{unit} {noun}", v)
            words |= {unit, noun}
    spans: list[tuple[int, str]] = []
    for m in _MEASURE().finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20") and not m.group("scale"):
            continue  # a year dates a fact, it measures nothing
        unit = stem(m.group("unit").lower())
        v = _value(num, m.group("glued"), m.group("scale"))
        if v is None or unit in _not_units() or len(unit) < 3:
            continue
        if (
            unit not in measure_units()
            and not m.group("scale")
            and not m.group("glued")
            and not m.group("sign")
            and not _DECIMAL().fullmatch(num)
        ):
            continue  # a count of things, not a measurement
        spans.append((m.start("unit"), unit))
        if unit not in measures:
            measures[unit] = v
            context[unit] = _around(text, m.start(), m.end(), unit)
            if _BOUND().search(text, max(0, m.start() - 24), m.start()):
                approx.add(unit)
        words.add(unit)
    replaced = _replaced(text, spans) if digits else {}
    changed = _changed(text)
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


def _same_subject(a: frozenset[str], b: frozenset[str], fa: Facets, fb: Facets) -> int:
    """Content stems two sentences share besides their status and measure words and numbers."""
    shared = (a & b) - fa.stems - fb.stems - _scale_stems()
    return sum(1 for w in shared if not w[:1].isdigit())


def _level_value(f: Facets, key: Mapping[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """A level as numbers (a name the coverage gives a number for, read as that number) and as
    the names left."""
    nums = set(f.level_nums) | {key[n] for n in f.level_names if n in key}
    return frozenset(nums), frozenset(n for n in f.level_names if n not in key)


def level_key(facs: Sequence[Facets]) -> dict[str, str]:
    """The coverage's own key from level names to numbers: a text that gives one number and a
    name ("level 3 of 5, or considerable"); a name given with two numbers is left out."""
    seen: dict[str, set[str]] = {}
    for f in facs:
        if len(f.level_nums) == 1 and f.level_names:
            for n in f.level_names:
                seen.setdefault(n, set()).update(f.level_nums)
    return {n: next(iter(v)) for n, v in seen.items() if len(v) == 1}


def _counted(old_counts: Sequence[tuple[str, frozenset[str], float]], new: Facets) -> bool:
    """Whether ``new`` says a count ``old_counts`` gives was changed: a count of the same noun
    ("two of its products" / "to five products"), or right after the thing changed ("recalls two
    cereal bars" / "widened its recall to five products"), with another value."""
    for noun, (v, thing) in new.changed.items():
        for prev, after, w in old_counts:
            if w != v and (noun in after or prev in thing):
                return True
    return False


def supersedes(
    old: Facets,
    new: Facets,
    old_stems: frozenset[str],
    new_stems: frozenset[str],
    subject_min: int = SUBJECT_MIN,
    key: Mapping[str, str] | None = None,
    old_counts: Sequence[tuple[str, frozenset[str], float]] = (),
    only: frozenset[str] | None = None,
) -> bool:
    """Whether ``new`` (a sentence of a later article) gives a further stage, another value or
    another level of what ``old`` tells about the same subject, or says outright that it
    replaces ``old``'s value or changed its count (the module's rule, times left to the caller).
    ``key``: level names read as numbers (``level_key``); ``old_counts``: ``counts`` of the old
    text, when ``new`` says a count changed; ``only``: compare stages on these ladders alone."""
    if only is not None:
        further = any(k in new.stages and new.stages[k] > r for k, r in old.stages.items() if k in only)
        return further and _same_subject(old_stems, new_stems, old, new) >= subject_min
    for k, vals in new.replaced.items():
        if old.measures.get(k) in vals:
            return True  # "41 crowns, not the 44 crowns announced": the report says so itself
    if (
        old_counts
        and new.changed
        and _counted(old_counts, new)
        and _same_subject(old_stems, new_stems, old, new) >= subject_min
    ):
        return True
    for k, v in old.measures.items():
        w = new.measures.get(k)
        if w is None or w == v:
            continue
        if " " in k:  # a compound duration names its thing: "five-year contract"
            return True
        if k in new.approx:
            continue  # "topped 200 million" replaces no "212 million"
        if max(v, w) > REVISION_FACTOR * min(v, w):
            continue  # a part and the whole, not a revision
        if (
            old.context.get(k, frozenset()) & new.context.get(k, frozenset())
            and _same_subject(old_stems, new_stems, old, new) >= subject_min + MEASURE_EXTRA
        ):
            return True
    if (old.level_nums or old.level_names) and (new.level_nums or new.level_names):
        on, onames = _level_value(old, key or {})
        nn, nnames = _level_value(new, key or {})
        # numbers with numbers, names with names: an unread name says nothing against a number
        differ = bool(on and nn and not on & nn) or bool(
            not on and not nn and onames and nnames and not onames & nnames
        )
        if differ and _same_subject(old_stems, new_stems, old, new) >= subject_min:
            return True
    further = any(k in new.stages and new.stages[k] > r for k, r in old.stages.items())
    return further and _same_subject(old_stems, new_stems, old, new) >= subject_min


@dataclass(slots=True)
class Found:
    """What ``find`` found: superseded pool sentences, the newest sentence superseding each, and
    superseded titles."""

    dropped: set[int]
    newest: dict[int, int]
    stale_titles: set[int]


def find(
    candidates: Sequence[int],
    texts: Sequence[str],
    stems: Sequence[frozenset[str]],
    article_of: Sequence[int],
    times: Sequence[datetime | None],
    titles: Sequence[str] = (),
    fit: Callable[[int], bool] = lambda i: True,
) -> Found:
    """The pool sentences of ``candidates`` (and the ``titles``, by article) a sentence of a later
    article supersedes; ``times``: the as-of time per article. Only a sentence the Story may
    print (``fit``) supersedes: the reader must be able to get the newer state.

    A title a later sentence supersedes on a ladder names what its article is about
    (fifteenth session): the sentences of that article at an earlier stage of that ladder go
    with it ("Man arrested ...": "... was being questioned"), and, when the ladder starts with a
    prospect (an event announced, a deal in talks, a proposal), its sentences in the future or
    the conditional too ("Real Alcor in talks ...": "The club would pay a fee of ...")."""
    out = Found(set(), {}, set())
    gap = timedelta(hours=SUPERSEDE_HOURS)
    # ladders whose earlier stage says it is provisional: a later article however soon after
    short = {c: timedelta(hours=h) for c, h in ladders.GAP_HOURS.items()}
    known = [t for t in times if t is not None]
    if not known or max(known) - min(known) <= min([gap, *short.values()]):
        return out  # no article is later enough than another to supersede it
    facs = [facets(t) for t in texts]
    news = [j for j in range(len(texts)) if facs[j] and times[article_of[j]] is not None and fit(j)]
    title_facs = [facets(t, title=True) for t in titles]
    if not news and not any(title_facs):
        return out
    key = level_key([*facs, *title_facs])
    title_stems = [
        frozenset(content_stems(t)) if f else frozenset() for t, f in zip(titles, title_facs, strict=True)
    ]
    changes = any(facs[j].changed for j in news)
    # the furthest stage each article names on each ladder, its title included: a sentence at an
    # earlier stage of a ladder of ``RECAP`` in an article that goes further is that article's
    # history ("Rovers led 2-0 at half-time" in the report of the 3-2 defeat), not its news
    furthest: dict[int, dict[str, int]] = {}
    for j, f in [*((article_of[j], facs[j]) for j in range(len(texts))), *enumerate(title_facs)]:
        for cls, r in f.stages.items():
            if cls in ladders.RECAP:
                seen = furthest.setdefault(j, {})
                seen[cls] = max(seen.get(cls, 0), r)

    def own(f: Facets, a: int) -> Facets:
        far = furthest.get(a, {})
        recap = [c for c, r in f.stages.items() if far.get(c, 0) > r]
        return replace(f, stages={c: r for c, r in f.stages.items() if c not in recap}) if recap else f

    def later(
        old_time: datetime | None,
        a: int,
        f: Facets,
        st: frozenset[str],
        least: int = SUBJECT_MIN,
        text: str = "",
    ) -> list[int]:
        if old_time is None:
            return []
        old_counts = counts(text) if changes and text else ()
        by = []
        for j in news:
            if article_of[j] == a:
                continue
            dt = times[article_of[j]] - old_time  # type: ignore[operator]
            if dt >= gap:
                if supersedes(f, facs[j], st, stems[j], least, key, old_counts):
                    by.append(j)
            elif dt > timedelta(0):
                only = frozenset(c for c, g in short.items() if dt >= g and c in f.stages)
                if only and supersedes(f, facs[j], st, stems[j], least, only=only):
                    by.append(j)
        return by

    def later_title(
        u: int, old_time: datetime | None, st: frozenset[str], f: Facets, least: int = TITLE_SUBJECT_MIN
    ) -> bool:
        if old_time is None or times[u] is None or not titles[u]:
            return False
        return times[u] >= old_time + gap and supersedes(  # type: ignore[operator]
            f, title_facs[u], st, title_stems[u], least, key
        )

    # the articles with a sentence the Story can print: a later title alone supersedes only
    # while its article has one (the Story is never left without the newer state's report)
    printable = {article_of[j] for j in range(len(texts)) if fit(j)}

    def newest(by: Sequence[int]) -> int:
        return max(by, key=lambda j: (times[article_of[j]], -j))

    for i in dict.fromkeys(candidates):
        if not facs[i] and not (changes and counts(texts[i])):
            continue
        by = later(times[article_of[i]], article_of[i], own(facs[i], article_of[i]), stems[i], text=texts[i])
        if by:
            out.dropped.add(i)
            out.newest[i] = newest(by)
        elif facs[i] and any(
            later_title(u, times[article_of[i]], stems[i], own(facs[i], article_of[i]), SUBJECT_MIN)
            for u in printable
            if u != article_of[i] and u < len(titles) and title_facs[u]
        ):
            # a later title gives the newer state (its sentence may be one the Story cannot
            # print: another language's lexicon misread as loaded); nothing takes this one's place
            out.dropped.add(i)
    of_article: dict[int, list[int]] = {}
    for i in dict.fromkeys(candidates):
        of_article.setdefault(article_of[i], []).append(i)
    for t, title in enumerate(titles):
        f = title_facs[t]
        if (not f and not (changes and counts(title))) or t >= len(times):
            continue
        st = title_stems[t] if f else frozenset(content_stems(title))
        by = later(times[t], t, f, st, TITLE_SUBJECT_MIN, title)
        if not by:
            # a later title may head the page in its place (sixteenth session: the sentence of
            # the later report may be one the Story cannot print, its title is still news)
            after = [
                u for u in range(len(titles)) if u != t and title_facs[u] and later_title(u, times[t], st, f)
            ]
            if f and after:
                out.stale_titles.add(t)
                # its article's earlier-stage and expecting sentences go too ("A ruling is expected
                # on Wednesday"), with no sentence in their place: the later title heads the page
                moved_t = {
                    cls
                    for cls, r in f.stages.items()
                    if any(title_facs[u].stages.get(cls, 0) > r for u in after)
                }
                for i in of_article.get(t, ()) if printable & set(after) else ():
                    fi = facs[i]
                    if i not in out.dropped and any(
                        (cls in fi.stages and fi.stages[cls] <= f.stages[cls])
                        or (cls in ladders.PROSPECTIVE and _PROSPECT().search(texts[i]))
                        for cls in moved_t
                    ):
                        out.dropped.add(i)
            continue
        out.stale_titles.add(t)
        # the ladders on which a later sentence moved the title's story on, and to which stage
        moved = {
            cls: max(facs[j].stages.get(cls, 0) for j in by)
            for cls, r in f.stages.items()
            if any(facs[j].stages.get(cls, 0) > r for j in by)
        }
        for i in of_article.get(t, ()):
            if i in out.dropped:
                continue
            fi = facs[i]
            if any(
                (cls in fi.stages and fi.stages[cls] < stage)
                or (cls in ladders.PROSPECTIVE and _PROSPECT().search(texts[i]))
                for cls, stage in moved.items()
            ):
                out.dropped.add(i)
                ahead = [j for j in by if any(facs[j].stages.get(k, 0) >= st for k, st in moved.items())]
                out.newest[i] = newest(ahead or by)
    return out
