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
