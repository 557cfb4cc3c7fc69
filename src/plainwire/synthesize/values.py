"""Values a sentence gives that a later report can replace: measures (a number and its unit),
compound durations, values it says it replaces, counts it says were changed, and the counts an
earlier report gave (``supersede.py``'s readers, split out of it in the seventeenth session).

Only a measurement is a measure: a unit of ``measure_units``, a sum with a scale word or a currency
sign, or a number with decimals. Patterns compile on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from plainwire import numwords
from plainwire.lazyre import lazy_pattern
from plainwire.synthesize.meaning import word_set
from plainwire.synthesize.textstats import content_stems, stem

# Words after a count read as what it counts ("two cereal bars", "two of its products").
COUNT_WORDS = 4

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
WORD_NUM = numwords.word_pattern()
# A number: digits with thousands commas, or a decimal point, or a decimal comma ("4,80" in
# Spanish or German: a comma followed by one or two digits, never three, is no thousands comma).
DIGITS = r"\d[\d,]*(?:\.\d+)?"
# A number and its unit ("1.2 metres", "12 million thalers", "110 millimetres"); not a year.
# Only a measurement is read (a unit of ``measure_units``, a sum with a scale word or a currency
# sign, or a number with decimals: "4.80 florins" is a price in a currency no table knows, and
# nobody counts 4.8 carriages): counts of things ("1,200 dock workers", "four carriages") differ
# between outlets and between parts of a whole far more often than a later report updates them,
# and a revised count of people is ``developing.py``'s.
MEASURE = lazy_pattern(
    rf"(?i)(?P<sign>[$€£¥]\s?)?(?<![\w.,-])(?P<num>{DIGITS}|{WORD_NUM})(?P<glued>m|bn|k)?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion))?\s+(?P<unit>[^\W\d_][\w-]+)"
)
# A compound duration names its thing ("a five-year contract", "a 10-year plan"); not an age.
DURATION = lazy_pattern(
    rf"(?i)(?<![\w.,-])(?P<num>\d+|{WORD_NUM})-(?P<unit>year|month|week|day|game|match|season)"
    rf"(?P<old>-old)?\s+(?P<noun>[a-z][a-z-]+)"
)
# A bound or a guess just before a figure ("more than 200 million", "topped 200 million"), or a
# change rather than a level ("could rise by 1.5 million").
BOUND = lazy_pattern(
    r"(?i)\b(?:by|about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|topped|exceeded|estimated|an\s+estimated)\s+[$€£¥]?\s?$"
)
DECIMAL = lazy_pattern(r"\d+[.,]\d{1,2}")


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
def not_units() -> frozenset[str]:
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
def scale_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in SCALES)


# ---- values replaced outright (fifteenth session) ----------------------------------------
# A value the sentence says outright it replaces.
_NUM = rf"(?:[$€£¥]\s?)?(?P<num>{DIGITS})(?P<glued>m|bn|k)?(?:\s+(?P<scale>thousand|million|billion))?"
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
    rf"(?:[$€£¥]\s?)?{DIGITS}(?:m|bn|k)?(?:\s+(?:thousand|million|billion))?\s+(?P<unit>[^\W\d_][\w-]+)"
)
# A count a report says was changed: a verb of widening or narrowing, the thing, "to" and the new
# count ("widened its peanut recall to five products", "cut the order to 40 trains"). Only these
# verbs: "rose to 41" is how a death toll is revised, which is developing.py's. The thing may be
# told with a time ("widened its listeria recall on Wednesday to eleven batches": six words).
_CHANGED_VERBS = (
    r"widen(?:ed|s)?|extend(?:ed|s)?|expand(?:ed|s)?|broaden(?:ed|s)?|increas(?:ed|es)|"
    r"rais(?:ed|es)|cut|cuts|reduc(?:ed|es)|lower(?:ed|s)|narrow(?:ed|s)|revis(?:ed|es)|"
    r"ausgeweitet|erweitert|erhöht|gesenkt|reduziert|élargi\w*|étendu\w*|porté\w*|relevé\w*|abaissé\w*|"
    r"ramené\w*|réduit\w*|ampli\w*|elevad\w*|elevó|rebaj\w*|reduj\w*|reducid\w*|estes[oaie]|ridott\w*|"
    r"aumentat\w*|aument\w*|udvid\w*|utök\w*|uitgebreid|verhoogd|verlaagd"
)
# ... or a count a report says is the current one, against what it was ("Nordnät now says 37,500
# homes are without power", "återkallar nu elva partier"; seventeenth session): a figure "now"
# gives is the newer state by the report's own words, as "widened ... to" is.
_NOW = r"now|nu|nyt|nyní|nun|jetzt|agora|ahora|maintenant|ara|ormai|teraz"
# ... with nothing between, or a verb of reporting a count ("now says", "now estimates", "now
# covers"): "now has 40 stores" is a state, of which "opened 12 stores" is no earlier report.
_NOW_SAYS = (
    r"says|said|puts|estimates|estimated|reports|reported|counts|totals|numbers|covers|affects|"
    r"includes|lists|confirms|confirmed|believes|stands\s+at|stood\s+at"
)
# Number words of the languages pooled (``numwords.foreign``): the count a later report gives may be
# written "elva", "elf" or "onze".
_NUMERAL = r"(?P<num>\d[\d,]*|{words})"


@cache
def changed_to() -> re.Pattern[str]:
    """The pattern of a changed count (compiled on first use: the number words are a table)."""
    num = _NUMERAL.format(words=numwords.any_pattern())
    return re.compile(
        rf"(?i)\b(?:(?:{_CHANGED_VERBS})\s+(?P<obj>(?:[^\s,.;:]+\s+){{0,6}}?)"
        r"(?:to|auf|à|a|para|til|till|tot|naar)|(?:"
        + _NOW
        + r")\b(?P<said>(?:\s+(?:"
        + _NOW_SAYS
        + r")){0,2}))\s+"
        rf"{num}\s+(?P<noun>[^\W\d_][\w-]+)"
    )


# ... and in German and Dutch, the verb last ("hat den Rückruf auf elf Produkte ausgeweitet").
_CHANGED_LAST = r"ausgeweitet|erweitert|erhöht|gesenkt|reduziert|uitgebreid|verhoogd|verlaagd"


@cache
def changed_last() -> re.Pattern[str]:
    """The pattern of a changed count whose verb comes last (compiled on first use)."""
    num = _NUMERAL.format(words=numwords.any_pattern())
    return re.compile(
        rf"(?i)\b(?:auf|tot|naar)\s+{num}\s+(?P<noun>[^\W\d_][\w-]+)(?:\s+[^\s\d,.;:]+){{0,3}}?\s+"
        rf"(?:{_CHANGED_LAST})\b"
    )


@cache
def count_pattern() -> re.Pattern[str]:
    """A count in an earlier report: the word before it (a colon or a comma may stand between:
    "recalled: three batches") and the words after it (read ahead, so that every count of a
    clause is read: "restored power to 29,000 of the 41,000 homes")."""
    num = _NUMERAL.format(words=numwords.any_pattern())
    return re.compile(rf"(?i)(?P<prev>[^\W\d_][\w'-]*)[:,]?\s+{num}\s+(?=(?P<after>[^.;:]+))")


def replaced_values(text: str, spans: Sequence[tuple[int, str]]) -> dict[str, frozenset[float]]:
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
                elif not DECIMAL().fullmatch(num) and not (
                    rx is _REPLACED() and _counted_before(text, m.start(), unit)
                ):
                    # "80 quills a year, not the 95 quills announced": two values of one unit, the
                    # sentence says which replaces which (seventeenth session); a bare count of
                    # things is read only so
                    continue
            v = value(num, m.group("glued"), m.group("scale"))
            if v is not None:
                out.setdefault(unit, set()).add(v)
    return {k: frozenset(v) for k, v in out.items()}


_NUMBER_THEN_WORD = lazy_pattern(r"(?<![\w.,-])\d[\d,.]*\s+([^\W\d_][\w-]+)")


def _counted_before(text: str, end: int, unit: str) -> bool:
    """``text`` gives a number of ``unit`` (a stem) before ``end``."""
    return any(stem(m.group(1).lower()) == unit for m in _NUMBER_THEN_WORD().finditer(text, 0, end))


def value(num: str, glued: str | None, scale: str | None) -> float | None:
    # a decimal comma ("4,80"); "13,000" is thirteen thousand
    t = num.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", num) else num.replace(",", "")
    try:
        v = float(t)
    except ValueError:
        c = numwords.any_value(t)
        if c is None:
            return None
        v = c
    for s in (glued, scale):
        if s:
            v *= SCALES[s.lower()]
    return v


def changed_counts(text: str) -> dict[str, tuple[float, frozenset[str]]]:
    """Counts ``text`` says were changed: per counted noun, the new count and the stems of the
    thing changed."""
    out: dict[str, tuple[float, frozenset[str]]] = {}
    for m in [*changed_to().finditer(text), *changed_last().finditer(text)]:
        noun = stem(m.group("noun").lower())
        v = value(m.group("num"), None, None)
        if v is None or noun in not_units() or len(noun) < 3:
            continue
        groups = m.groupdict()
        obj = groups.get("obj") or groups.get("said") or ""
        thing = frozenset(w for w in content_stems(obj) if not w[:1].isdigit())
        out.setdefault(noun, (v, thing | {noun}))
    return out


@lru_cache(maxsize=8192)
def counts(text: str) -> tuple[tuple[str, frozenset[str], float], ...]:
    """The counts ``text`` gives: the stem of the word before each, the stems of the
    ``COUNT_WORDS`` words after it, and its value (read only when a later report says a count
    changed)."""
    out = []
    for m in count_pattern().finditer(text):
        num = m.group("num")
        if len(num) == 4 and num[:2] in ("19", "20"):
            continue  # a year
        v = value(num, None, None)
        if v is None:
            continue
        after = frozenset(
            stem(w.lower()) for w in re.findall(r"[^\W\d_][\w'-]*", m.group("after"))[:COUNT_WORDS]
        )
        out.append((stem(m.group("prev").lower()), after, v))
    return tuple(out)


# A round figure or a bound before a count ("about two dozen people", "some 40 homes", "more than
# 300 workers"): a later report's exact figure of the same thing replaces it (seventeenth session).
_ROUND = (
    r"about|around|roughly|nearly|almost|some|approximately|an\s+estimated|more\s+than|over|at\s+least|"
    r"etwa|rund|ungefähr|knapp|environ|près\s+de|quelque|unos|unas|alrededor\s+de|casi|circa|cerca\s+de|"
    r"quasi|ongeveer|bijna|omkring|ungefär|nästan|cirka|noin|lähes|asi|téměř|około|prawie"
)
# cheap first: a round figure needs one of these (lower case) in its sentence
ROUND_WORDS = (
    "about", "around", "roughly", "nearly", "almost", "some ", "approximately", "estimated", "more than",
    "over ", "at least", "dozen", "etwa", "rund", "ungefähr", "knapp", "environ", "près de", "quelque",
    "unos", "unas", "alrededor", "casi", "circa", "cerca", "quasi", "ongeveer", "bijna", "omkring",
    "ungefär", "nästan", "cirka", "noin", "lähes", "asi ", "téměř", "około", "prawie",
)  # fmt: skip
# Words after a figure read as what happened to what it counts ("people from neighbouring cottages
# were evacuated": "evacuated" tells the figure's subject, "people" alone does not).
FIGURE_CONTEXT = 6


# Tokens of a figure scan: numbers (digits, thousands commas, decimals), words, clause ends.
_TOKEN = lazy_pattern(r"\d[\d,]*(?:\.\d+)?|[^\W\d_][\w'-]*|[.;:!?]")


@cache
def _round_cues() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The round words before a figure: single words, and pairs ("more than", "près de")."""
    one, two = set(), set()
    for cue in _ROUND.split("|"):
        words = cue.replace("\\s+", " ").split()
        if len(words) == 1:
            one.add(words[0])
        else:
            two.add((words[0], words[1]))
    return frozenset(one), frozenset(two)


@lru_cache(maxsize=8192)
def figures(text: str) -> tuple[tuple[str, float, bool, frozenset[str]], ...]:
    """The counts ``text`` gives: per count the stem of what it counts, its value, whether it is a
    round figure or a bound ("about two dozen", "more than 300"), and the content stems of the
    ``FIGURE_CONTEXT`` words after it (a scan of the text's tokens: every count of a clause)."""
    toks = _TOKEN().findall(text)
    low = [t.lower() for t in toks]
    one, two = _round_cues()
    out = []
    for k, t in enumerate(low):
        if t[0].isdigit():
            if "." in t or (len(t) == 4 and t[:2] in ("19", "20")):
                continue  # a decimal is a measure (``MEASURE``), four digits a year
            num, j = t, k + 1
        elif k + 1 < len(low) and low[k + 1] == "dozen" and (t == "a" or numwords.any_value(t) is not None):
            num, j = f"{t} dozen", k + 2
        elif numwords.any_value(t) is not None:
            num, j = t, k + 1
        else:
            continue
        if j >= len(low) or not low[j][0].isalpha() or (k > 0 and low[k - 1] == "dozen"):
            continue
        v = value(num, None, None)
        noun = stem(low[j])
        if v is None or len(noun) < 3 or noun in _not_counted():
            continue
        after = []
        for w in toks[j + 1 : j + 1 + FIGURE_CONTEXT]:
            if w in ".;:!?":
                break
            after.append(w)
        context = frozenset(w for w in content_stems(" ".join(after)) if not w[:1].isdigit()) - {noun}
        bound = (k > 0 and low[k - 1] in one) or (k > 1 and (low[k - 2], low[k - 1]) in two)
        out.append((noun, v, bound or numwords.is_round(num), context))
    return tuple(out)


@cache
def _not_counted() -> frozenset[str]:
    """Words after a number that count no thing: time, shares, ranks, and function words."""
    return frozenset(
        stem(w)
        for w in word_set(
            "years months weeks days hours minutes seconds percent per points times of and to in on at a an "
            "the or more other than"
        )
    )
