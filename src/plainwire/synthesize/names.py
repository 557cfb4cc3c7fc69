"""A name one outlet misspells is printed as most outlets spell it.

Outlets get names wrong: "Ingrid Vaselmarck" in one report, "Ingrid Vasselmark" in three.
A page that prints both reads as two people, and the minority spelling is most likely the
wrong one. ``spelling_fixes`` finds such surnames and the page's text is rewritten with the
majority spelling (``respell``); the sentences' provenance keeps the outlets' own words.

A rewrite is made only when it is unambiguous (fourteenth session):

- the two spellings have the same shape (capitalised, at least ``MIN_LENGTH`` letters, the
  same first letter) and differ by at most ``MAX_EDITS`` letters (Levenshtein distance);
- neither is the other with an ending ("Korea" / "Korean", "Israel" / "Israeli");
- they name one person: both follow the same given name somewhere ("Ingrid Vasselmark",
  "Ingrid Vaselmarck"), and every given name the minority spelling follows, the majority one
  follows too (not "Anna Jansen" and "Pieter Janssen");
- no outlet writes both (one outlet giving "Jansen" and "Janssen" is telling two people apart);
- strictly more outlets write the majority spelling (one outlet each: no way to tell);
  except accents: a spelling that is the other without its accents ("Bruckner" for
  "Brückner") gives way whatever the count, and an accented spelling is never respelt
  without them (outlets drop accents for their type, they do not add them; lead, fourteenth
  session).

Names are read in any Latin-script language, accents included (an ASCII-only reader never saw
"Brückner": found on the fourth audit newsroom).

Sixteenth session: "without its accents" is read as an outlet's type writes a name, not only as
Unicode decomposes it. Letters that do not decompose are transliterated ("Kjær" -> "Kjaer",
"Ørsted" -> "Orsted" or "Oersted", "Łukasz" -> "Lukasz", "Strauß" -> "Strauss"), and the German
and Nordic two-letter forms count too ("Müller" -> "Mueller", "Åse" -> "Aase"). The given names
are compared the same way ("Soren" follows "Kjaer" where "Søren" follows "Kjær": one person).
Such a spelling is the other's exactly, letter for letter, so short names count ("Kjær" has four
letters; ``MIN_LENGTH`` guards only the edit-distance rule). A name printed with a space where
others print a hyphen ("Jean Luc Marchal", "Jean-Luc Marchal") is the same name with a mark
dropped, and gives way like an unaccented one. A tie between two spellings that differ
otherwise ("Ashcombe" / "Ashcome", one outlet each) is still left alone: no evidence says which
is right, and the earliest or the longer is a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from plainwire.letters import PLAIN as _PLAIN
from plainwire.letters import unaccented as _unaccented

ENABLED = True
MAX_EDITS = 2
MIN_LENGTH = 5
MIN_FOLDED = 3  # a name's letters for the accent rule (the spellings must match exactly)

# A given name and a surname, overlapping ("Anna Maria Jansen" gives both pairs). Letters, not
# ASCII: "Anneliese Brückner", "Zoë Ørsted" (capitalisation is checked by ``_capitalised``).
_WORDS = r"[^\W\d_]+"
_PAIR = re.compile(rf"\b(?=({_WORDS})\s+({_WORDS}(?:-{_WORDS})?)\b)")
# Capitalised words that are no given name (honorifics, openings, months, days).
_NOT_GIVEN = frozenset(
    """Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Sen Rep Gov Mayor Judge Chief Commissioner Inspector
    Sergeant Captain Coach Father Sister Brother Saint St The A An In On At By For From With And But
    If When While After Before As This That These Those His Her Their Its Our Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December""".split()  # noqa: SIM905
)


def edits(a: str, b: str, cap: int = MAX_EDITS) -> int:
    """Levenshtein distance of ``a`` and ``b``; any value above ``cap`` is returned as ``cap + 1``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return min(prev[-1], cap + 1)


def spelling_fixes(texts: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Minority spelling -> majority spelling of the surnames in ``texts`` ((outlet, text)
    pairs: each article's title and body), by the module's rules; empty for most stories."""
    texts = list(texts)
    n_outlets = len({outlet for outlet, _ in texts})
    if n_outlets < 2:
        return {}
    counted = n_outlets >= 3  # a majority and a minority need three outlets at least
    given: dict[str, set[str]] = {}
    for _outlet, text in texts:
        for g, w in _PAIR.findall(text):
            if (
                w[0].isupper()  # cheap first: most word pairs are lower case
                and g[0].isupper()
                and len(w) >= MIN_FOLDED
                and g not in _NOT_GIVEN
                and _capitalised(g)
                and _capitalised(w)
            ):
                given.setdefault(w, set()).add(g)
    by_letter: dict[str, list[str]] = {}
    for w in sorted(given):
        # by the first letter as a plain type writes it: "Łoś" and "Los" meet
        by_letter.setdefault(_unaccented(w[0].translate(_PLAIN))[:1], []).append(w)
    seen: dict[str, set[str]] = {}
    folds = {w: _folds(w) for w in given}  # once per name, not per pair
    plain_given = {w: _given_fold(g) for w, g in given.items()}

    def outlets(w: str) -> set[str]:  # the outlets writing ``w`` anywhere (asked for candidates only)
        if w not in seen:
            rx = re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])")
            seen[w] = {outlet for outlet, text in texts if rx.search(text)}
        return seen[w]

    fixes: dict[str, str] = {}
    for group in by_letter.values():
        for a in group:
            for b in group:
                if a == b or b in fixes or abs(len(a) - len(b)) > MAX_EDITS:
                    continue
                if a.startswith(b) or b.startswith(a):
                    continue  # "Korea" / "Korean": a word and its derivative, not a misspelling
                plain = b in folds[a]  # ``b`` is ``a`` as a plainer type writes it
                if not plain and (
                    min(len(a), len(b)) < MIN_LENGTH or edits(a.lower(), b.lower()) > MAX_EDITS
                ):
                    continue
                if not plain_given[b] <= plain_given[a]:
                    continue
                oa, ob = outlets(a), outlets(b)
                if oa & ob:
                    continue
                # An outlet drops accents for its type or its keyboard, never adds them: the
                # spelling without the other's accents gives way whatever the count, and an
                # accented spelling is never respelt without them.
                if plain or counted and a not in folds[b] and len(oa) > len(ob):
                    fixes[b] = a
    fixes.update(_hyphen_fixes(texts, fixes))
    return fixes


def _capitalised(w: str) -> bool:
    """A capital, then small letters ("Brückner", "Lloyd-Jones"; not "NATO", not "van")."""
    return all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for p in w.split("-"))


# The two-letter forms German and Nordic names take without their marks ("Müller" -> "Mueller").
_TWO = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "å": "aa",
                      "Å": "Aa", "ø": "oe", "Ø": "Oe"})  # fmt: skip


def _folds(w: str) -> frozenset[str]:
    """The spellings of ``w`` without its marks, other than ``w`` itself ("Kjær": "Kjaer";
    "Müller": "Muller", "Mueller"); empty for a plain word."""
    out = {_unaccented(w.translate(_PLAIN)), _unaccented(w.translate(_TWO).translate(_PLAIN))}
    out.discard(w)
    return frozenset(out)


def _given_fold(given: set[str]) -> set[str]:
    """Given names compared without their marks ("Søren" and "Soren" are one)."""
    return {_unaccented(g.translate(_PLAIN)) for g in given}


# A capitalised hyphenated word ("Jean-Luc", "Ashby-Cole"): its spaced form is the same name.
_HYPHENATED = re.compile(r"\b([^\W\d_]+(?:-[^\W\d_]+)+)\b")


def _hyphen_fixes(texts: list[tuple[str, str]], done: Mapping[str, str]) -> dict[str, str]:
    """Spaced form -> hyphenated form of the names one outlet hyphenates and another does not
    ("Jean Luc Marchal" -> "Jean-Luc Marchal"), when no outlet writes both."""
    hyphenated = {
        w for _, text in texts for w in _HYPHENATED.findall(text) if _capitalised(w) and w not in done
    }
    out: dict[str, str] = {}
    for w in sorted(hyphenated):
        spaced = w.replace("-", " ")
        rx_spaced = re.compile(r"(?<![\w-])" + re.escape(spaced) + r"(?![\w-])")
        with_space = {o for o, t in texts if rx_spaced.search(t)}
        if not with_space:
            continue
        rx = re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])")
        if with_space & {o for o, t in texts if rx.search(t)}:
            continue  # one outlet writes both: perhaps not one name
        out[spaced] = w
    return out


def respell(text: str, fixes: Mapping[str, str]) -> str:
    """``text`` with each minority spelling of ``fixes`` replaced (whole words only)."""
    if not fixes or not any(b in text for b in fixes):
        return text
    rx = re.compile(r"\b(" + "|".join(re.escape(b) for b in sorted(fixes, key=len, reverse=True)) + r")\b")
    return rx.sub(lambda m: fixes[m.group(1)], text)
