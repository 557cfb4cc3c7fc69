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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

ENABLED = True
MAX_EDITS = 2
MIN_LENGTH = 5

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
            if len(w) >= MIN_LENGTH and g not in _NOT_GIVEN and _capitalised(g) and _capitalised(w):
                given.setdefault(w, set()).add(g)
    by_letter: dict[str, list[str]] = {}
    for w in sorted(given):
        by_letter.setdefault(w[0], []).append(w)
    seen: dict[str, set[str]] = {}

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
                if not given[b] <= given[a] or edits(a.lower(), b.lower()) > MAX_EDITS:
                    continue
                oa, ob = outlets(a), outlets(b)
                if oa & ob:
                    continue
                # An outlet drops accents for its type or its keyboard, never adds them: the
                # spelling without the other's accents gives way whatever the count, and an
                # accented spelling is never respelt without them.
                if b == _unaccented(a) != a or counted and a != _unaccented(b) and len(oa) > len(ob):
                    fixes[b] = a
    return fixes


def _capitalised(w: str) -> bool:
    """A capital, then small letters ("Brückner", "Lloyd-Jones"; not "NATO", not "van")."""
    return all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for p in w.split("-"))


def _unaccented(w: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def respell(text: str, fixes: Mapping[str, str]) -> str:
    """``text`` with each minority spelling of ``fixes`` replaced (whole words only)."""
    if not fixes or not any(b in text for b in fixes):
        return text
    rx = re.compile(r"\b(" + "|".join(re.escape(b) for b in sorted(fixes, key=len, reverse=True)) + r")\b")
    return rx.sub(lambda m: fixes[m.group(1)], text)
