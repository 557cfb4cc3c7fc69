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

- a **further stage** of one of the vetted status ladders (``LADDERS``: small tables, each a
  sequence every reader knows, the later stage the later news), or
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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from plainwire import numwords
from plainwire.synthesize.meaning import word_set
from plainwire.synthesize.textstats import content_stems, stem

ENABLED = True
# As developing.SUPERSEDE_HOURS: closer than this, two articles disagree rather than update.
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

# Status ladders: (class, context, stages). A stage is a regex of words every report uses for
# it; the class applies only when the sentence has the context (a colour is a warning level only
# next to "warning"). Vetted by hand, kept small: every word here is the ordinary news word for
# its stage, not a newsroom's (fourteenth session). Rank = position in the ladder, from 1.
_Ladder = tuple[str, "re.Pattern[str] | None", tuple["re.Pattern[str]", ...]]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + pattern + r")\b")


_COLOUR = r"yellow|amber|orange|red"
_ALERT = r"warnings?|alerts?|alarms?|code"
LADDERS: tuple[_Ladder, ...] = (
    # weather and hazard warnings (Europe's yellow / amber or orange / red scale)
    (
        "warning",
        _rx(
            rf"(?:{_COLOUR})(?:\s+[\w-]+){{0,2}}\s+(?:{_ALERT})|(?:{_ALERT})(?:\s+[\w-]+){{0,4}}\s+(?:{_COLOUR})"
        ),
        (_rx("yellow"), _rx("amber|orange"), _rx("red")),
    ),
    # people unaccounted for, then found (alive or dead)
    (
        "missing",
        None,
        (
            _rx(r"missing|trapped|unaccounted\s+for"),
            _rx(r"found|rescued|pulled\s+out|brought\s+out|recovered|freed|located"),
        ),
    ),
    # the course of a criminal case
    (
        "case",
        None,
        (
            # held and questioned: "being questioned", "on suspicion of" (fifteenth session)
            _rx(
                r"arrested|detained|(?:being|been|was|were|is|are)\s+questioned|on\s+suspicion\s+of|"
                r"festgenommen|verhaftet|detenid[oa]s?|arr[êe]t[ée]e?s?|interpell[ée]e?s?|detid[oa]s?"
            ),
            _rx(r"charged|indicted|angeklagt|acusad[oa]s?|imputad[oa]s?|inculp[ée]e?s?|indiciad[oa]s?"),
            _rx(r"convicted|found\s+guilty|pleaded\s+guilty|pled\s+guilty|schuldig\s+gesprochen"),
            _rx(r"sentenced|jailed|acquitted|cleared\s+of|verurteilt|condenad[oa]s?|condamn[ée]e?s?"),
        ),
    ),
    # a planned event
    (
        "event",
        None,
        (
            # announced: a plan, or the future tense of the report that announces it ("will play",
            # "wird spielen"; fifteenth session): a later postponement makes it an old story
            _rx(
                r"scheduled|planned|due\s+to\s+(?:take\s+place|open|start|begin|be\s+held)|"
                r"will\s+(?!not\b|be\s+(?:postponed|delayed|cancell?ed))[a-z]+|(?:is|are)\s+to\s+[a-z]+|"
                r"wird|werden|geplant|previst[oa]|programad[oa]|prévue?s?"
            ),
            _rx(
                r"postponed|delayed|put\s+off|rescheduled|pushed\s+back|verschoben|aplazad[oa]|pospuest[oa]|"
                r"report[ée](?:e|s|es)?|adiad[oa]|rinviat[oa]|uppskjuten"
            ),
            _rx(
                r"cancell?ed|called\s+off|scrapped|abandoned|will\s+not\s+go\s+ahead|won't\s+go\s+ahead|abgesagt|cancelad[oa]|suspendid[oa]|annul[ée]e?|"
                r"annullat[oa]|inställd"
            ),
        ),
    ),
    # a proposal put to a vote or a decision
    (
        "proposal",
        None,
        (
            _rx(r"proposed|proposal|to\s+vote\s+on|will\s+vote|considering|draft"),
            _rx(r"approved|passed|adopted|rejected|voted\s+down|voted\s+against|vetoed|blocked"),
        ),
    ),
    # a deal reported before it is done (transfers, takeovers)
    (
        "deal",
        None,
        (
            _rx(
                r"close\s+to|set\s+for|poised\s+to|in\s+talks|on\s+the\s+verge\s+of|edged\s+closer|"
                r"nearing|understood\s+to|is\s+said\s+to|reportedly|linked\s+with|in\s+line\s+for|"
                r"in\s+Verhandlungen|en\s+negociaciones|en\s+conversaciones|en\s+discussions|em\s+negocia[çc][õo]es"
            ),
            _rx(
                r"joined|joins|completed|completes|signed|signs|sealed|finalised|finalized|unterschreibt|"
                r"unterschrieben|wechselt|fichó|ficha|firmó|signe|a\s+sign[ée]|assinou|assina"
            ),
        ),
    ),
)
# A hedge makes a deal sentence a rumour (rank 1) whatever else it names.
_HEDGED = frozenset({"deal"})
_LADDER_STEMS = frozenset(
    stem(w.lower())
    for _c, _x, stages in LADDERS
    for p in stages
    for w in re.findall(r"[a-z]+", p.pattern.replace("(?i)", ""))
) | frozenset(stem(w) for w in ("yellow", "amber", "orange", "red", "warning", "alert", "alarm", "code"))

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_SCALE_STEMS = frozenset(stem(w) for w in _SCALES)
_WORD_NUM = numwords.word_pattern()
# A number and its unit ("1.2 metres", "12 million thalers", "110 millimetres"); not a year.
# Only a measurement is read (a unit of ``MEASURE_UNITS``, or a sum with a scale word or a
# currency sign): counts of things ("1,200 dock workers", "four carriages") differ between
# outlets and between parts of a whole far more often than a later report updates them, and a
# revised count of people is ``developing.py``'s.
_MEASURE = re.compile(
    rf"(?i)(?P<sign>[$€£¥]\s?)?(?<![\w.,-])(?P<num>\d[\d,]*(?:\.\d+)?|{_WORD_NUM})(?P<glued>m|bn|k)?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion))?\s+(?P<unit>[a-z][a-z-]+)"
)
# A compound duration names its thing ("a five-year contract", "a 10-year plan"); not an age.
_DURATION = re.compile(
    rf"(?i)(?<![\w.,-])(?P<num>\d+|{_WORD_NUM})-(?P<unit>year|month|week|day|game|match|season)"
    rf"(?P<old>-old)?\s+(?P<noun>[a-z][a-z-]+)"
)
# A bound or a guess just before a figure ("more than 200 million", "topped 200 million"), or a
# change rather than a level ("could rise by 1.5 million").
_BOUND = re.compile(
    r"(?i)\b(?:by|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|topped|exceeded|estimated|an\s+estimated)\s+[$€£¥]?\s?$"
)
# Units of measurement and currencies (vetted: the ordinary English words; a made-up
# currency is read only with a scale word: "9.5 million thalers").
MEASURE_UNITS = frozenset(
    stem(w)
    for w in word_set(
        "metres meters metre meter centimetres centimeters millimetres millimeters kilometres kilometers "
        "miles feet foot inches yards kilograms kilos grams tonnes tons pounds ounces litres liters gallons "
        "degrees celsius fahrenheit knots mph hectares acres euros euro dollars dollar pounds pence cents "
        "francs crowns kronor krona marks yen yuan rupees"
    )
)
# Units that count nothing a story updates by themselves (who counts people is developing.py's).
_NOT_UNITS = frozenset(
    stem(w)
    for w in word_set(
        "people persons others times years months weeks days hours minutes seconds per of and to in on at "
        "a an the more other than or percent points"
    )
)


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

    def __bool__(self) -> bool:
        return bool(self.stages or self.measures or self.level_nums or self.level_names or self.replaced)


_NONE = Facets()
# cheap first (substring tests on the lower-cased text): a ladder's regexes run only when one of
# its words is there, the measure regexes only when a digit or a number word is
_LADDER_WORDS: dict[str, tuple[str, ...]] = {
    "warning": ("yellow", "amber", "orange", "red"),
    "missing": ("missing", "trapped", "unaccounted", "found", "rescued", "pulled", "brought out", "recovered",
                "freed", "located"),
    "case": ("arrest", "detain", "charg", "indict", "convict", "guilty", "sentenc", "jail", "acquit", "cleared",
             "questioned", "suspicion", "festgenommen", "verhaftet", "detenid", "arrêt", "arret", "interpell", "detid",
             "angeklagt", "acusad", "imputad", "inculp", "indiciad", "schuldig", "verurteilt", "condena", "condamn"),
    "event": ("schedul", "plann", "due to", "postpon", "delay", "put off", "reschedul", "pushed", "cancel",
              "called off", "scrapp", "abandon", "will ", "is to ", "are to ", "wird", "werden", "geplant", "previst",
              "programad", "prévu", "verschoben", "aplazad", "pospuest", "report", "adiad", "rinviat", "uppskjuten",
              "abgesagt", "suspendid", "annul", "inställd"),
    "proposal": ("propos", "vote", "consider", "draft", "approv", "passed", "adopt", "reject", "veto", "block"),
    "deal": ("close to", "set for", "poised", "talks", "verge", "closer", "nearing", "understood", "said to",
             "reportedly", "linked", "in line", "join", "complet", "sign", "seal", "finalis", "finaliz",
             "verhandlungen", "negocia", "discussions", "unterschr", "wechselt", "fich", "firmó", "signe", "sign",
             "assin"),
}  # fmt: skip
_NUMBER_WORD = re.compile(r"(?i)\b(?:" + "|".join([*numwords.TENS, *numwords.UNITS]) + r")\b")


# ---- levels on a scale and values replaced outright (fifteenth session) ----------------------
# A level on a scale ("level 3 of 5", "Stufe 4", "niveau 2") is no measure with a unit, and a
# warning or a danger rating is often given by name ("considerable", "very high"). Two reports
# of one subject that give different levels: the later one is the current level (it may have
# gone up or down). A name is compared with a number only through a sentence of the coverage
# that gives both ("level 3 of 5, or considerable"): the story's own key, no scale table.
_LEVEL_NOUN = r"(?:levels?|grade|category|\w*stufe|niveau|nivel|n[íi]vel|livello|niv[åa])"
_LEVEL_CHEAP = ("level", "grade", "category", "stufe", "niveau", "nivel", "nível", "livello", "nivå", "niva",
                "danger", "risk", "alert", "warning", "threat", "scale", "gefahr", "warnung", "riesgo",
                "alerta", "alerte", "risque", "perigo", "rischio", "fara")  # fmt: skip
_LEVEL_NUMBER = re.compile(
    rf"(?i)\b{_LEVEL_NOUN}\s+(?:(?:to|of|at|auf|von|de|à|a|al|para|till)\s+)?(\d{{1,2}})\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s*cent|prozent|por\s+ciento|pour\s+cent))"
)
_OUT_OF = re.compile(r"(?i)(?<![\d.,])(\d{1,2})\s+(?:of|out\s+of|von|de|sur|di|av)\s+(\d{1,2})\b(?![.,]\d)")
_LEVEL_CONTEXT = re.compile(
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
_NAMED_AFTER = re.compile(
    rf"(?i)\b(?:{_LEVEL_NOUN}|danger|risk|alert|warning|threat|\w*gefahr|\w*warnung|riesgo|alerta|alerte|"
    rf"risque|perigo|rischio)\b(?:\W+\w+){{0,6}}?\W+['\"‘“]?({_LEVEL_NAMES})\b(?!\s+(?:winds?|tides?|"
    r"waters?|seas?|ground|street|school|court|passes|pass|speed|temperatures?|pressure|number|numbers))"
)
_NAMED_BEFORE = re.compile(
    rf"(?i)\b({_LEVEL_NAMES})['\"’”]?\s+(?:{_LEVEL_NOUN}|on\s+the\s+scale|alert|warning)\b"
)
_LEVEL_STEMS = frozenset(
    stem(w)
    for w in word_set(
        "level levels grade category stufe niveau nivel nível livello nivå scale "
        + _LEVEL_NAMES.replace("|", " ")
    )
)
# A value the sentence says outright it replaces.
_NUM = (
    r"(?:[$€£¥]\s?)?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<glued>m|bn|k)?(?:\s+(?P<scale>thousand|million|billion))?"
)
_REPLACED = re.compile(
    r"(?i)\b(?:not|instead\s+of|rather\s+than|down\s+from|up\s+from|replacing|statt|anstatt|nicht|"
    r"en\s+lugar\s+de|en\s+vez\s+de|y\s+no|au\s+lieu\s+de|et\s+non|em\s+vez\s+de|e\s+não)\s+"
    r"(?:(?:the|die|den|der|los|las|el|les|le|la|os|as|o|a)\s+)?" + _NUM + r"\s+(?P<unit>[^\W\d_][\w-]+)"
)
_FROM_TO = re.compile(
    r"(?i)\b(?:from|von|de)\s+" + _NUM + r"(?:\s+(?P<unit0>[^\W\d_][\w-]+))?\s+(?:to|auf|a|à|para)\s+"
    r"(?:[$€£¥]\s?)?\d[\d,]*(?:\.\d+)?(?:m|bn|k)?(?:\s+(?:thousand|million|billion))?\s+(?P<unit>[^\W\d_][\w-]+)"
)
# The future or conditional of a report that announces or expects ("will play", "would pay"):
# once a later report moves the story on, what its earlier article expected is no news.
_PROSPECT = re.compile(
    r"(?i)\b(?:will|would|could|shall|(?:is|are)\s+(?:set|due|expected|likely)\s+to|(?:is|are)\s+to|"
    r"plans?\s+to|wird|werden|würde|würden|soll|sollen|könnte)\b"
)
# A title's own future: "Orchestra to return to ...", "Nordlink to raise ..." (its subject, in
# capitals, then "to" and a verb): an announcement, the first stage of a planned event.
_TITLE_FUTURE = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){1,5}to\s+(?!be\b)[a-z]{3,}\b")
# Ladders whose first stage is a prospect: an article that announced the event or the deal
# expected what its future and conditional sentences say.
_PROSPECTIVE = frozenset({"event", "deal", "proposal"})


def levels(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The levels ``text`` gives on a scale: by number and by name (lower case). When it gives
    two numbers, "from ... to ...", the last is the level."""
    low = text.lower()
    if not any(w in low for w in _LEVEL_CHEAP):
        return frozenset(), frozenset()
    nums: list[tuple[int, str]] = [(m.start(), m.group(1)) for m in _LEVEL_NUMBER.finditer(text)]
    if _LEVEL_CONTEXT.search(text):
        nums += [
            (m.start(), m.group(1)) for m in _OUT_OF.finditer(text) if int(m.group(1)) <= int(m.group(2))
        ]
    names = {m.group(1).lower() for rx in (_NAMED_AFTER, _NAMED_BEFORE) for m in rx.finditer(text)}
    distinct = {n for _, n in nums}
    if len(distinct) > 1 and re.search(r"(?i)\b(?:from|von|de)\b", text):
        distinct = {max(nums)[1]}
    return frozenset(distinct), frozenset(names)


def _replaced(text: str) -> dict[str, frozenset[float]]:
    out: dict[str, set[float]] = {}
    for rx in (_REPLACED, _FROM_TO):
        for m in rx.finditer(text):
            unit = stem(m.group("unit").lower())
            if unit not in MEASURE_UNITS and not m.group("scale") and not m.group("glued"):
                continue
            v = _value(m.group("num"), m.group("glued"), m.group("scale"))
            if v is not None:
                out.setdefault(unit, set()).add(v)
    return {k: frozenset(v) for k, v in out.items()}


def _value(num: str, glued: str | None, scale: str | None) -> float | None:
    t = num.replace(",", "")
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


def facets(text: str, title: bool = False) -> Facets:
    """The stages, measures, levels and replaced values ``text`` gives (``Facets``; empty for
    most sentences). ``title``: ``text`` is a title, whose "X to do Y" is its future."""
    low = text.lower()
    stages: dict[str, int] = {}
    for cls, near, ladder in LADDERS:
        if not any(w in low for w in _LADDER_WORDS[cls]):
            continue
        if near is not None and not near.search(text):
            continue
        ranks = [r for r, rx in enumerate(ladder, start=1) if rx.search(text)]
        if ranks:
            stages[cls] = 1 if cls in _HEDGED and 1 in ranks else max(ranks)
    if title and "event" not in stages and _TITLE_FUTURE.search(text):
        stages["event"] = 1
    level_nums, level_names = levels(text)
    has_level = bool(level_nums or level_names)
    lv_stems = _LEVEL_STEMS if has_level else frozenset()
    measures: dict[str, float] = {}
    context: dict[str, frozenset[str]] = {}
    approx: set[str] = set()
    words: set[str] = set()
    if not any(c.isdigit() for c in text) and not _NUMBER_WORD.search(text):
        if not stages and not has_level:
            return _NONE
        stems = (_LADDER_STEMS if stages else frozenset()) | lv_stems
        return Facets(stages, stems=stems, level_nums=level_nums, level_names=level_names)
    taken: list[tuple[int, int]] = []
    for m in _DURATION.finditer(text):
        taken.append(m.span())
        if m.group("old"):
            continue  # "a 23-year-old": an age
        v = _value(m.group("num"), None, None)
        noun = stem(m.group("noun").lower())
        if v is not None and noun not in _NOT_UNITS:
            unit = stem(m.group("unit").lower())
            measures.setdefault(f"{unit} {noun}", v)
            words |= {unit, noun}
    for m in _MEASURE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20") and not m.group("scale"):
            continue  # a year dates a fact, it measures nothing
        unit = stem(m.group("unit").lower())
        v = _value(num, m.group("glued"), m.group("scale"))
        if v is None or unit in _NOT_UNITS or len(unit) < 3:
            continue
        if (
            unit not in MEASURE_UNITS
            and not m.group("scale")
            and not m.group("glued")
            and not m.group("sign")
        ):
            continue  # a count of things, not a measurement
        if unit not in measures:
            measures[unit] = v
            context[unit] = _around(text, m.start(), m.end(), unit)
            if _BOUND.search(text, max(0, m.start() - 24), m.start()):
                approx.add(unit)
        words.add(unit)
    replaced = _replaced(text) if any(c.isdigit() for c in text) else {}
    if not stages and not measures and not has_level and not replaced:
        return _NONE
    return Facets(
        stages,
        measures,
        context,
        frozenset(approx),
        frozenset(words) | (_LADDER_STEMS if stages else frozenset()) | lv_stems,
        level_nums,
        level_names,
        replaced,
    )


def _around(text: str, start: int, end: int, unit: str) -> frozenset[str]:
    """Content stems of the ``CONTEXT`` words before ``start`` and after ``end`` (no numbers)."""
    before = text[:start].split()[-CONTEXT:]
    after = text[end:].split()[:CONTEXT]
    return frozenset(w for w in content_stems(" ".join(before + after)) if w != unit and not w[:1].isdigit())


def _same_subject(a: frozenset[str], b: frozenset[str], fa: Facets, fb: Facets) -> int:
    """Content stems two sentences share besides their status and measure words and numbers."""
    shared = (a & b) - fa.stems - fb.stems - _SCALE_STEMS
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


def supersedes(
    old: Facets,
    new: Facets,
    old_stems: frozenset[str],
    new_stems: frozenset[str],
    subject_min: int = SUBJECT_MIN,
    key: Mapping[str, str] | None = None,
) -> bool:
    """Whether ``new`` (a sentence of a later article) gives a further stage, another value or
    another level of what ``old`` tells about the same subject, or says outright that it
    replaces ``old``'s value (the module's rule, times left to the caller). ``key``: level names
    read as numbers (``level_key``)."""
    for k, vals in new.replaced.items():
        if old.measures.get(k) in vals:
            return True  # "41 crowns, not the 44 crowns announced": the report says so itself
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
    known = [t for t in times if t is not None]
    if not known or max(known) - min(known) < gap:
        return out  # no article is later enough than another to supersede it
    facs = [facets(t) for t in texts]
    news = [j for j in range(len(texts)) if facs[j] and times[article_of[j]] is not None and fit(j)]
    if not news:
        return out
    title_facs = [facets(t, title=True) for t in titles]
    key = level_key([*facs, *title_facs])

    def later(
        old_time: datetime | None, a: int, f: Facets, st: frozenset[str], least: int = SUBJECT_MIN
    ) -> list[int]:
        if old_time is None:
            return []
        return [
            j
            for j in news
            if article_of[j] != a
            and times[article_of[j]] >= old_time + gap  # type: ignore[operator]
            and supersedes(f, facs[j], st, stems[j], least, key)
        ]

    def newest(by: Sequence[int]) -> int:
        return max(by, key=lambda j: (times[article_of[j]], -j))

    for i in dict.fromkeys(candidates):
        if not facs[i]:
            continue
        by = later(times[article_of[i]], article_of[i], facs[i], stems[i])
        if by:
            out.dropped.add(i)
            out.newest[i] = newest(by)
    of_article: dict[int, list[int]] = {}
    for i in dict.fromkeys(candidates):
        of_article.setdefault(article_of[i], []).append(i)
    for t, title in enumerate(titles):
        f = title_facs[t]
        if not f or t >= len(times):
            continue
        by = later(times[t], t, f, frozenset(content_stems(title)), TITLE_SUBJECT_MIN)
        if not by:
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
                or (cls in _PROSPECTIVE and _PROSPECT.search(texts[i]))
                for cls, stage in moved.items()
            ):
                out.dropped.add(i)
                ahead = [j for j in by if any(facs[j].stages.get(k, 0) >= st for k, st in moved.items())]
                out.newest[i] = newest(ahead or by)
    return out
