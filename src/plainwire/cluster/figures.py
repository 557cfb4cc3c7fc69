"""Figures a text gives, read in its own language: what survives translation of its numbers.

"2,4" in French is 2.4, "1.200" in German is 1200, "3,2 millions" is 3.2 million; a result
("3-1" = "1:3") is one figure whatever its order; an ordinal ("61st" = "61.") is its number;
a date ("14 November", "20.10.2026") is no figure of the event; a small count (2 to 12, in
digits or words: "cuatro" = "four") is weak evidence, kept apart. Used by the cross-language
rule (plainwire.cluster.xlang) on both sides: a text's tokens (:func:`read_figures`) and a
story's term keys (plainwire.cluster.story_side).
"""

from __future__ import annotations

import re

from plainwire import numwords
from plainwire.cluster.text import NUMBER, Token

#: Languages writing "2,4" for two point four and "1.200" (or "1 200") for twelve hundred.
#: Any other language is read as English writes numbers ("2.4", "1,200").
_COMMA_LANGS = (
    "fr de es it pt nl pl ru uk sv da nb nn no fi cs sk sl hr sr bs bg ro hu tr el lt lv et ca gl eu is id vi"
)
DECIMAL_COMMA = frozenset(_COMMA_LANGS.split())

#: Magnitude words following a number, in the languages of the outlets we expect (stems
#: as the clusterer's term keys write them are listed too: "millions" -> "million").
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "mille": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "tausend": 1e3,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "millone": 1e6,
    "milhão": 1e6,
    "milhões": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "miljoen": 1e6,
    "miljard": 1e9,
    # Danish, Norwegian, Swedish ("210 millioner floriner", "2,4 mia.")
    "tusind": 1e3,
    "tusen": 1e3,
    "millioner": 1e6,
    "miljoner": 1e6,
    "miljon": 1e6,
    "milliarder": 1e9,
    "miljarder": 1e9,
    "mia": 1e9,
    "mdr": 1e9,
    # Polish ("240 tys. florenów", "3,2 mln", "1,1 mld"), Dutch and Italian abbreviations
    "tys": 1e3,
    "tysięcy": 1e3,
    "mln": 1e6,
    "milion": 1e6,
    "miliony": 1e6,
    "milionów": 1e6,
    "mld": 1e9,
    "miliard": 1e9,
    "miliardy": 1e9,
    "miliardów": 1e9,
    "duizend": 1e3,
    "mila": 1e3,
}
#: Unit suffixes glued to a number ("3.2m", "5bn", "40k"), and ordinal endings ("61st",
#: "61e", "61º"; German writes "61.", which the tokenizer already reads as 61).
_SUFFIX = {
    "": 1.0,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "st": 1.0,
    "nd": 1.0,
    "rd": 1.0,
    "th": 1.0,
    "e": 1.0,
    "er": 1.0,
    "re": 1.0,
    "ème": 1.0,
    "eme": 1.0,
    "º": 1.0,
    "ª": 1.0,
}
_NUM = re.compile(r"#?(\d+(?:[.,]\d+)*)([a-zäöüéèóºª]*)\.?")
#: One decimal mark, of either kind, before a group that is not three digits ("4,80", "2.5"):
#: never a thousands separator, which always precedes three.
_OTHER_MARK = re.compile(r"\d+[.,](?:\d{1,2}|\d{4,})")
#: A date written in figures ("20.10.2026", "2026-10-20"), not a figure of the event.
_NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")
#: A result or score written as one token ("3-1", "2–0").
_SCORE = re.compile(r"#?(\d{1,2})[-–](\d{1,2})")

#: Words before a time of day ("klo 21.10", "um 16:10", "a les 12:30", "at 19:45"): a
#: dateline's "Stand: 12.11.2026, 16:10 Uhr" or a kick-off time is no figure of the event.
TIME_BEFORE = frozenset("klo kello kl klockan klokka um gegen les las às alle ore om at à vers".split())  # noqa: SIM905
#: ... those after which a bare hour is one too ("kello 14", "um 16").
HOUR_BEFORE = frozenset("klo kello kl klockan klokka um".split())  # noqa: SIM905
#: Words after a time of day ("16:10 Uhr", "19:45 GMT", "14 h").
TIME_AFTER = frozenset("uhr h uur gmt utc cet cest bst pm hrs horas heures".split())  # noqa: SIM905
#: A time of day written as one token ("21.10", "16:10").
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")

#: Small counts written as words (2 to 12), per language: the shared table (``plainwire.numwords``).
COUNT_WORDS = numwords.COUNT_WORDS
#: Month names: a number next to one is a date ("3 November", "3 de noviembre"), which the
#: time window already compares, not a figure of the event.
MONTHS = frozenset(
    """january february march april june july august september october november december
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
    decembre januar jänner februar märz maerz juni juli oktober dezember enero febrero marzo abril mayo
    junio julio agosto septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio
    giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro
    dezembro januari februari maart mei augustus oktober""".split()  # noqa: SIM905
)


def _canon(v: float) -> float:
    # Six significant digits: "3,2 millions" and "3.2 million" give the same float.
    return float(f"{v:.6g}")


def parse_number(token: str, lang: str | None) -> float | None:
    """The value of a number token as the text's language writes it; ``None`` if it is not
    a plain number (a product code, "covid-19")."""
    m = _NUM.fullmatch(token)
    if m is None:
        return None
    digits, suffix = m.groups()
    mult = _SUFFIX.get(suffix)
    if mult is None:
        return None
    if lang in DECIMAL_COMMA:
        if digits.count(",") > 1:
            return None
        # One mark before a group that is not three digits is a decimal mark whatever the
        # language ("4.80": the clusterer's key of "4,80", or a figure written English-style).
        keep = _OTHER_MARK.fullmatch(digits) is not None
        digits = digits.replace(",", ".") if keep else digits.replace(".", "").replace(",", ".")
    else:
        if digits.count(".") > 1:
            return None
        if _OTHER_MARK.fullmatch(digits) is None:
            digits = digits.replace(",", "")
        else:
            digits = digits.replace(",", ".")
    try:
        return float(digits) * mult
    except ValueError:
        return None


def score_figure(a: int, b: int) -> float:
    """A result ("3-1", "1:3") as a figure: the same for either order, negative so that it
    never equals a quantity."""
    lo, hi = sorted((a, b))
    return -(1000.0 * hi + lo + 1.0)


def small_count(value: float) -> int | None:
    """``value`` as a small count (2 to 12), or ``None``."""
    return int(value) if value.is_integer() and 2 <= value <= 12 else None


def is_specific(value: float, magnitude: bool) -> bool:
    """Whether a figure says something about one event: not a small count ("two boats"),
    not a bare year."""
    if magnitude:
        return True
    if value.is_integer():
        return value >= 13 and not 1900 <= value <= 2100
    return True


def read_figures(tokens: tuple[list[Token], list[Token]], lang: str | None) -> tuple[set[float], set[int]]:
    """The specific figures and the small counts of one text's tokens (title, body)."""
    figures: set[float] = set()
    counts: set[int] = set()
    words = COUNT_WORDS.get(lang or "en", COUNT_WORDS["en"])
    grouped = lang in DECIMAL_COMMA
    for part in tokens:
        done = -1  # the last token read as a thousands group of the number before it
        skip = -1  # the last token of a time of day or a date in figures
        for i, (_key, lower, flags, _h) in enumerate(part):
            if not flags & NUMBER:
                n = words.get(lower)
                if n is not None:
                    counts.add(n)
                continue
            if i <= skip:
                continue
            skip = max(_time_end(part, i), _date_end(part, i))
            if skip >= i or _is_date(part, i):
                continue
            sc = _SCORE.fullmatch(lower)
            if sc is not None:
                figures.add(score_figure(int(sc[1]), int(sc[2])))
                continue
            pair = _score_after(part, i)
            if pair is not None:
                figures.add(score_figure(*pair))
            if i <= done or _NUMERIC_DATE.fullmatch(lower):
                continue  # a group of the number before it; a date ("20.10.2026")
            value = parse_number(lower, lang)
            if value is None:
                continue
            end = i
            if grouped and len(lower) <= 3 and lower.isdigit():
                # "41 000" (a space, or a no-break one, between the thousands): one number.
                while end + 1 < len(part) and len(g := part[end + 1][1]) == 3 and g.isdigit():
                    value = value * 1000 + int(g)
                    end += 1
                done = end
            mag = False
            for nxt in part[end + 1 : end + 3]:
                m = MAGNITUDES.get(nxt[1])
                if m is None:
                    break
                value *= m
                mag = True
            if is_specific(value, mag):
                figures.add(_canon(value))
            elif not mag and (n := small_count(value)) is not None:
                counts.add(n)
    return figures, counts


def _time_end(part: list[Token], i: int) -> int:
    """The last token of a time of day that starts at ``i`` ("16:10 Uhr", "klo 21.10", "a
    les 12:30", "kello 14"), or -1. A time is known by a word before or after it: "29:27"
    or "1:3" alone is a result."""
    lower = part[i][1]
    end = i
    clock = _CLOCK.fullmatch(lower) is not None
    if not clock:
        if not lower.isdigit() or len(lower) > 2 or int(lower) > 24:
            return -1
        # "16:10" is read as "16", a break, "10".
        j = i + 2 if i + 1 < len(part) and not part[i + 1][1] else i + 1
        if j < len(part) and part[j][2] & NUMBER:
            m = part[j][1]
            if len(m) == 2 and m.isdigit() and int(m) <= 59:
                end = j
    prev = part[i - 1][1] if i else ""
    nxt = part[end + 1][1] if end + 1 < len(part) else ""
    if nxt in TIME_AFTER or prev in (TIME_BEFORE if clock or end > i else HOUR_BEFORE):
        return end
    return -1


def _date_end(part: list[Token], i: int) -> int:
    """The last token of a date in figures read as three numbers ("11/11/2026" is keyed
    "11", "11", "2026"), or -1."""
    if i + 2 < len(part) and all(part[j][2] & NUMBER for j in (i, i + 1, i + 2)):
        year = part[i + 2][1]
        if len(year) == 4 and year.isdigit() and 1900 <= int(year) <= 2100 and len(part[i][1]) <= 2:
            return i + 2
    return -1


def _is_date(part: list[Token], i: int) -> bool:
    """Whether the number at ``i`` is a day of a month ("3 November", "November 3",
    "3 de noviembre", "3. November")."""
    for j in (i - 1, i + 1, i + 2):
        if (
            0 <= j < len(part)
            and part[j][1] in MONTHS
            and (j != i + 2 or part[i + 1][1] in ("de", "di", "del"))
        ):
            return True
    return False


def _score_after(part: list[Token], i: int) -> tuple[int, int] | None:
    """A result written as two tokens around a colon or a dash ("1:3", "1 – 3"): the number
    at ``i`` and the next one, both whole and under 100, separated by one punctuation token
    at most."""
    a = part[i][1]
    if not a.isdigit() or len(a) > 2:
        return None
    for j in (i + 1, i + 2):
        if j >= len(part):
            return None
        b = part[j]
        if b[2] & NUMBER:
            return (int(a), int(b[1])) if b[1].isdigit() and len(b[1]) <= 2 else None
        if b[1]:  # a word between: two separate numbers
            return None
    return None


__all__ = [
    "COUNT_WORDS",
    "DECIMAL_COMMA",
    "MAGNITUDES",
    "MONTHS",
    "is_specific",
    "parse_number",
    "read_figures",
    "score_figure",
    "small_count",
]
