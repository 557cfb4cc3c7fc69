"""Number words beyond English, for the readers of superseded counts (seventeenth session).

``plainwire.numwords`` reads English cardinals ("nine", "twenty-seven") and knows the small
counts of seven languages for the clusterer. A later report that widens a recall "to elva
partier", "auf elf Produkte" or "para onze lotes", or a toll that "stieg auf dreißig", is as much a
revision as "to eleven batches"; read in English only, the count the earlier report gave stayed
on the page. This table adds, per language the pipeline pools, the counts two to twelve (from
``numwords.COUNT_WORDS`` where it has them), the teens and the tens, and "dozen" ("two dozen",
"a dozen": a round figure, 24 and 12).

A word that is also an everyday word of another language is left out: "once" (Spanish 11), "due"
(Italian 2), "sei" (Italian 6, German "be"), "set" (Catalan 7), "sept" (a month's abbreviation),
"otto" (a name), "to" / "ni" / "ti" / "fire" / "sex" (Danish and Norwegian, Swedish), "tio"
(Spanish "uncle" unaccented), "dez" (a month's abbreviation), "nou" / "deu" (Catalan; "new", "owes"),
"seize" (French 16) and "quince" (Spanish 15): English words.
Compounds ("zweiundzwanzig", "vingt-deux") are not read: a count that large comes in digits.
"""

from __future__ import annotations

from functools import cache

from plainwire import numwords
from plainwire.lazyre import lazy_pattern

# Words read in no language here: they are other words far more often than counts.
_AMBIGUOUS = frozenset(
    [
        "once",
        "due",
        "sei",
        "set",
        "sept",
        "otto",
        "to",
        "ni",
        "ti",
        "fire",
        "sex",
        "tio",
        "dez",
        "nou",
        "deu",
        "seize",
        "quince",
    ]
)

# Per language, value 2 upwards, space-separated ("-": no word for that value here). Languages
# numwords has are completed with their teens and tens; the others are new.
_MORE: dict[str, tuple[int, str]] = {
    "de-teens": (13, "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"),
    "fr-teens": (13, "treize quatorze quinze seize"),
    "es-teens": (13, "trece catorce quince dieciséis diecisiete dieciocho diecinueve"),
    "it-teens": (13, "tredici quattordici quindici sedici diciassette diciotto diciannove"),
    "pt-teens": (13, "treze catorze quinze dezasseis dezassete dezoito dezanove"),
    "pt-br-teens": (16, "dezesseis dezessete - dezenove"),
    "nl-teens": (13, "dertien veertien vijftien zestien zeventien achttien negentien"),
    "sv": (
        2,
        "två tre fyra fem - sju åtta nio - elva tolv tretton fjorton femton sexton sjutton arton nitton",
    ),
    "da-no": (
        2,
        "- tre - fem seks syv otte - - elleve tolv tretten fjorten femten seksten sytten atten nitten",
    ),
    "fi": (2, "kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen"),
    "cs": (2, "dva tři čtyři pět šest sedm osm devět deset jedenáct dvanáct"),
    "ca": (2, "dos tres quatre cinc sis - vuit - - onze dotze tretze catorze quinze setze"),
    "pl": (2, "dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście"),
}
_TENS: dict[str, str] = {
    "de": "zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
}
# "dreissig" (the Swiss spelling) stands beside "dreißig": one value, two words.
_TENS_VALUES: dict[str, tuple[int, ...]] = {"de": (20, 30, 30, 40, 50, 60, 70, 80, 90)}


@cache
def table() -> dict[str, int]:
    """Number words of languages other than English, by lower-case word."""
    out: dict[str, int] = {}
    for lang, known in numwords.COUNT_WORDS.items():
        if lang != "en":
            out.update(known)
    for start, line in _MORE.values():
        for n, w in enumerate(line.split(), start=start):
            if w != "-":
                out[w] = n
    for lang, line in _TENS.items():
        values = _TENS_VALUES.get(lang, tuple(range(20, 100, 10)))
        out.update(zip(line.split(), values, strict=False))
    english = set(numwords.UNITS) | set(numwords.TENS)
    return {w: n for w, n in out.items() if w not in _AMBIGUOUS and w not in english}


@cache
def pattern() -> str:
    """A regex alternation (no groups) of one number word as :func:`value` reads it: English
    (``numwords.word_pattern``), a word of :func:`table`, or a count of dozens ("two dozen", "a
    dozen"). Callers bound it by word edges."""
    foreign = sorted(table(), key=len, reverse=True)
    english = numwords.word_pattern()
    return rf"(?:(?:a|{english})\s+dozen|{english}|" + "|".join(foreign) + ")"


def value(token: str) -> float | None:
    """The value of a number word in any language of :func:`table`, or of "two dozen"; ``None``
    otherwise. Case-blind."""
    t = token.lower()
    v = numwords.cardinal(t)
    if v is not None:
        return v
    if t in table():
        return float(table()[t])
    head, _, tail = t.rpartition(" ")
    if tail == "dozen":
        n = 1.0 if head.strip() == "a" else numwords.cardinal(head.strip())
        return None if n is None else 12.0 * n
    return None


def is_round(token: str) -> bool:
    """``token`` is a round figure by its words ("two dozen")."""
    return token.lower().endswith("dozen")


_WORD = lazy_pattern(r"[^\W\d_]+")


@cache
def _words() -> frozenset[str]:
    return frozenset(table()) | {"dozen"}


def has_word(text: str) -> bool:
    """``text`` has a number word of :func:`table` or "dozen" (a cheap test before the patterns;
    English words are ``numwords``')."""
    return not _words().isdisjoint(_WORD().findall(text.lower()))
