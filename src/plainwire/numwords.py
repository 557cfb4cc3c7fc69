"""Numbers written as words: the one table the pipeline reads them from.

Three stages read number words and once kept three copies of them: the synthesizer's
restatement test (``synthesize.facts``: "three years" and "a three-year term" give the same
number), its revised-count reader (``synthesize.developing``: "nine people are now known to
have died", "a ninth body", "twenty-seven") and the cross-language clusterer
(``cluster.xlang``: small counts in seven languages, "cuatro" = "four"). They read one table
here, so a word added for one is a word the others know (fourteenth session).

Plain data and pure functions; nothing is read at import beyond building these dicts.
"""

from __future__ import annotations

from functools import cache

from plainwire.lazyre import lazy_pattern

#: English cardinals below twenty, by value (the order is the regexes' alternation order).
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
#: English tens ("twenty-seven" is a ten, a hyphen and a unit: :func:`cardinal`).
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: English ordinals up to twentieth ("a ninth body was recovered").
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
#: Words that are a number on their own but no unit or ten ("a dozen", "a hundred").
MULTIPLES: dict[str, int] = {"dozen": 12, "hundred": 100}

#: Small counts written as words (2 to 12), per language ("one" and its kin are also articles:
#: "un", "ein", so they are left out). The cross-language clusterer reads these: a count under
#: 13 is weak evidence on its own ("two boats" is in any text) but several of the same counts
#: ("four dead, eleven missing") are not chance. A "-" keeps a word out: "neuf" is also "new".
_COUNT_WORDS: dict[str, str] = {
    "en": " ".join(w for w, n in UNITS.items() if 2 <= n <= 12),
    "fr": "deux trois quatre cinq six sept huit - dix onze douze",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "it": "due tre quattro cinque sei sette otto nove dieci undici dodici",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze",
    "nl": "twee drie vier vijf zes zeven acht negen tien elf twaalf",
}
COUNT_WORDS: dict[str, dict[str, int]] = {
    lang: {w: n for n, w in enumerate(words.split(), start=2) if w != "-"}
    for lang, words in _COUNT_WORDS.items()
}

#: The English words a claim's number-word reading knows, as digit strings ("three" -> "3"):
#: two to nineteen, the tens, "dozen" and "hundred" ("one" is left out: it is also a pronoun,
#: "one of the ...", far more often than a count).
DIGITS_OF: dict[str, str] = {
    **{w: str(n) for w, n in UNITS.items() if n >= 2},
    **{w: str(n) for w, n in TENS.items()},
    **{w: str(n) for w, n in MULTIPLES.items()},
}


def cardinal(token: str) -> float | None:
    """The value of an English number word: a unit ("nine"), a ten ("forty") or a ten and a unit
    joined by a hyphen ("twenty-seven"); ``None`` otherwise. Case-blind; no digits."""
    t = token.lower()
    if t in UNITS:
        return float(UNITS[t])
    tens, _, unit = t.partition("-")
    if tens in TENS and (not unit or unit in UNITS):
        return float(TENS[tens] + (UNITS[unit] if unit else 0))
    return None


def ordinal(token: str) -> float | None:
    """The value of an ordinal: a word ("ninth") or digits with an ending ("9th", "21st")."""
    t = token.lower()
    if t in ORDINALS:
        return float(ORDINALS[t])
    digits = t.rstrip("stndrh")
    return float(digits) if digits.isdigit() else None


def word_pattern() -> str:
    """A regex alternation (no groups) matching one English cardinal word as :func:`cardinal`
    reads it: a ten with an optional "-unit" (1 to 9), or a unit. Callers bound it by word
    edges ("six" must not match the start of "sixteen")."""
    return (
        r"(?:(?:"
        + "|".join(TENS)
        + r")(?:-(?:"
        + "|".join(k for k in UNITS if UNITS[k] and UNITS[k] < 10)
        + r"))?"
        r"|" + "|".join(UNITS) + r")"
    )


__all__ = [
    "COUNT_WORDS",
    "DIGITS_OF",
    "MULTIPLES",
    "ORDINALS",
    "TENS",
    "UNITS",
    "cardinal",
    "ordinal",
    "word_pattern",
]


# --- Beyond English (seventeenth session) --------------------------------------------------
#
# Number words beyond English, for the readers of superseded counts (``synthesize.values``,
# ``synthesize.facets``; a module of their own in the synthesizer until its review moved them
# here, beside the tables above). The part above reads English cardinals ("nine", "twenty-seven") and knows the small
# counts of seven languages for the clusterer. A later report that widens a recall "to elva
# partier", "auf elf Produkte" or "para onze lotes", or a toll that "stieg auf dreißig", is as much a
# revision as "to eleven batches"; read in English only, the count the earlier report gave stayed
# on the page. This table adds, per language the pipeline pools, the counts two to twelve (from
# ``numwords.COUNT_WORDS`` where it has them), the teens and the tens, and "dozen" ("two dozen",
# "a dozen": a round figure, 24 and 12).
#
# A word that is also an everyday word of another language is left out: "once" (Spanish 11), "due"
# (Italian 2), "sei" (Italian 6, German "be"), "set" (Catalan 7), "sept" (a month's abbreviation),
# "otto" (a name), "to" / "ni" / "ti" / "fire" / "sex" (Danish and Norwegian, Swedish), "tio"
# (Spanish "uncle" unaccented), "dez" (a month's abbreviation), "nou" / "deu" (Catalan; "new", "owes"),
# "seize" (French 16) and "quince" (Spanish 15): English words.
# Compounds ("zweiundzwanzig", "vingt-deux") are not read: a count that large comes in digits.

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
# The clusterer's small counts (``COUNT_WORDS``, 2 to 12) in the languages this table adds: one
# table, so a word added for one reader is a word the others know (module docstring). Until the
# seventeenth session's review a Swedish "fyra modeller" was a count for the synthesizer and
# nothing for the clusterer, beside "four models". Words of ``_AMBIGUOUS`` stay out.
_MORE_COUNT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "sv": ("sv",),
    "da-no": ("da", "no", "nb", "nn"),
    "fi": ("fi",),
    "cs": ("cs",),
    "ca": ("ca",),
    "pl": ("pl",),
}
COUNT_WORDS.update(
    {
        lang: {
            w: n
            for n, w in enumerate(_MORE[key][1].split(), start=_MORE[key][0])
            if w != "-" and n <= 12 and w not in _AMBIGUOUS
        }
        for key, langs in _MORE_COUNT_LANGUAGES.items()
        for lang in langs
    }
)
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
def foreign() -> dict[str, int]:
    """Number words of languages other than English, by lower-case word."""
    out: dict[str, int] = {}
    for lang, known in COUNT_WORDS.items():
        if lang != "en":
            out.update(known)
    for start, line in _MORE.values():
        for n, w in enumerate(line.split(), start=start):
            if w != "-":
                out[w] = n
    for lang, line in _TENS.items():
        values = _TENS_VALUES.get(lang, tuple(range(20, 100, 10)))
        out.update(zip(line.split(), values, strict=False))
    english = set(UNITS) | set(TENS)
    return {w: n for w, n in out.items() if w not in _AMBIGUOUS and w not in english}


@cache
def any_pattern() -> str:
    """A regex alternation (no groups) of one number word as :func:`any_value` reads it: English
    (``word_pattern``), a word of :func:`foreign`, or a count of dozens ("two dozen", "a
    dozen"). Callers bound it by word edges."""
    others = sorted(foreign(), key=len, reverse=True)
    english = word_pattern()
    return rf"(?:(?:a|{english})\s+dozen|{english}|" + "|".join(others) + ")"


def any_value(token: str) -> float | None:
    """The value of a number word in any language of :func:`foreign`, or of "two dozen"; ``None``
    otherwise. Case-blind."""
    t = token.lower()
    v = cardinal(t)
    if v is not None:
        return v
    if t in foreign():
        return float(foreign()[t])
    head, _, tail = t.rpartition(" ")
    if tail == "dozen":
        n = 1.0 if head.strip() == "a" else cardinal(head.strip())
        return None if n is None else 12.0 * n
    return None


def is_round(token: str) -> bool:
    """``token`` is a round figure by its words ("two dozen")."""
    return token.lower().endswith("dozen")


_WORD = lazy_pattern(r"[^\W\d_]+")


@cache
def _words() -> frozenset[str]:
    return frozenset(foreign()) | {"dozen"}


def has_foreign(text: str) -> bool:
    """``text`` has a number word of :func:`foreign` or "dozen" (a cheap test before the patterns;
    English words are :func:`cardinal`'s)."""
    return not _words().isdisjoint(_WORD().findall(text.lower()))
