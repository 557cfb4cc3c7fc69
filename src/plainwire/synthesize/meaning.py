"""Meaning of sentence claims from static word vectors (``plainwire.wordvec``).

Used by the redundancy test (``select.mmr``) to catch a restatement in other words:
"construction would begin in March" / "work would start in March" share one content word
of three, but "start" and "begin" are near-synonyms in the word-vector table. Vectors are
read lazily, only for the pairs the lexical test leaves in doubt, so a story pays for a
handful of lookups, not one per sentence (and a story without doubt never reads the table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from plainwire.synthesize.textstats import stem, stopwords, words

MONTHS_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w’'-]*")
# A denial: "No injuries have been reported" / "no one had been hurt". The negation words are
# stop words, so without this cue two denials of the same thing share no content stem at all.
_NEGATION = re.compile(r"(?i)\b(?:no|not|never|none|nobody|nothing|neither|nor)\b|n[’']t\b")
# "41 public schools", "2,300 teachers": a number and the (one or two) words it counts
_COUNTED = re.compile(r"(?<![\w.,-])(\d(?:[\d,.]*\d)?)\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")


def claim_words(claim_text: str) -> tuple[str, ...]:
    """Lower-case content words of a claim (the table's vocabulary is lower-case words)."""
    sw = stopwords()
    return tuple(w for w in words(claim_text) if w not in sw and (len(w) > 1 or w.isdigit()))


def specifics(claim_text: str) -> frozenset[str]:
    """Words of a claim that only match themselves: numbers, months and days, names (capitalised
    past the first word). "March" is no synonym of "June", nor "Reyes" of "Ortiz"."""
    out = {w for w in words(claim_text) if any(c.isdigit() for c in w) or w in MONTHS_DAYS}
    out.update(w for m in _NAME.finditer(claim_text) for w in words(m.group(0)))
    return frozenset(out)


def negated(claim_text: str) -> bool:
    """The claim denies something ("No injuries ...", "no one had been hurt", "did not ...")."""
    return _NEGATION.search(claim_text) is not None


# "10 percent", "$50 billion": a scale, not the thing counted (two claims giving "7 percent" of
# different things are different facts); the word after it may still be the counted thing.
SCALE_WORDS = frozenset({"percent", "million", "billion", "trillion", "thousand", "hundred", "points"})


def counted(claim_text: str) -> frozenset[tuple[str, str]]:
    """(number, stem) pairs of a claim: each number with the next word and, when that is not a
    stop word's gap, the one after ("41 public schools" -> (41, public), (41, school))."""
    sw = stopwords()
    out: set[tuple[str, str]] = set()
    for m in _COUNTED.finditer(claim_text):
        num = m.group(1).replace(",", "")
        if len(num) == 4 and num[:2] in ("19", "20"):
            continue  # a year ("the 2020 election") dates a fact, it counts nothing
        w1, w2 = m.group(2).lower(), (m.group(3) or "").lower()
        if w1 in sw:
            continue
        if w1 not in SCALE_WORDS:
            out.add((num, stem(w1)))
        if w2 and w2 not in sw:
            out.add((num, stem(w2)))
    return frozenset(out)


# (stems of the claim words, which have a usable vector, their vectors, the stem set, the stems
# of its names)
_Rows = tuple[list[str], np.ndarray, np.ndarray, frozenset[str], frozenset[str]]


class Meaning:
    """Word vectors of the claims ``claims[i]`` (claim texts), read on first need and cached."""

    def __init__(self, claims: Sequence[str]) -> None:
        self._texts = claims
        self._vec: dict[int, np.ndarray] = {}
        self._words: dict[int, _Rows] = {}
        self._neg: dict[int, bool] = {}
        self._counted: dict[int, frozenset[tuple[str, str]]] = {}

    def negated(self, i: int) -> bool:
        """Claim ``i`` denies something (cached: MMR asks once per candidate and pick)."""
        v = self._neg.get(i)
        if v is None:
            v = self._neg[i] = negated(self._texts[i])
        return v

    def counted(self, i: int) -> frozenset[tuple[str, str]]:
        """(number, stem) pairs of claim ``i`` (cached)."""
        v = self._counted.get(i)
        if v is None:
            v = self._counted[i] = counted(self._texts[i])
        return v

    def vector(self, i: int) -> np.ndarray:
        """Unit mean word vector of claim ``i`` (zeros when no word is known)."""
        v = self._vec.get(i)
        if v is None:
            from plainwire import wordvec  # first need only: importing this module reads nothing

            v = self._vec[i] = wordvec.table().embed(claim_words(self._texts[i]))
        return v

    def _rows(self, i: int) -> _Rows:
        """(stems of the claim words, which have a usable vector, their vectors, the stem set,
        the stems of its names)."""
        got = self._words.get(i)
        if got is None:
            from plainwire import wordvec

            t = wordvec.table()
            ws = list(dict.fromkeys(claim_words(self._texts[i])))
            fixed = specifics(self._texts[i])
            rows = [None if w in fixed else t.row(w) for w in ws]
            known = np.array([r is not None for r in rows], dtype=bool)
            m = t.matrix[[r for r in rows if r is not None]]
            stems = [stem(w) for w in ws]
            names = frozenset(stem(w) for m_ in _NAME.finditer(self._texts[i]) for w in words(m_.group(0)))
            got = self._words[i] = (stems, known, m, frozenset(stems), names)
        return got

    def soft_share(self, i: int, j: int, tau: float | None = None) -> float:
        """Share of the smaller claim's words that the other claim says too: the same stem, or
        a near-synonym (word-vector cosine >= ``tau``, default ``select.SOFT_TAU``; never for
        ``specifics``)."""
        a, b = self._rows(i), self._rows(j)
        if len(a[0]) > len(b[0]):
            a, b = b, a
        return _said(a, b, tau)

    def covers(self, i: int, j: int, tau: float | None = None) -> float:
        """Share of claim ``i``'s words, its names left out, that claim ``j`` says too (as
        ``soft_share``, but always measured on ``i``): how much of ``i``'s fact a rewording
        ``j`` keeps. Names are left out because two sentences about the same people share
        them whatever they say ("Trump defended Whitaker" / "Trump distanced himself from
        Whitaker")."""
        a = self._rows(i)
        return _said(a, self._rows(j), tau, skip=a[4])


def _said(a: _Rows, b: _Rows, tau: float | None, skip: frozenset[str] = frozenset()) -> float:
    """Share of ``a``'s words (``skip``'s stems left out) that ``b`` has: the same stem, or a
    near-synonym (cosine >= tau)."""
    if tau is None:
        from plainwire.synthesize import select  # the module constant, read at call time

        tau = select.SOFT_TAU
    wa, known_a, ma, _, _ = a
    _, _, mb, stems_b, _ = b
    counted = [k for k, st in enumerate(wa) if st not in skip]
    if not counted:
        return 0.0
    near = np.zeros(len(wa), dtype=bool)
    if len(ma) and len(mb):
        near[known_a] = (ma @ mb.T).max(axis=1) >= tau
    hits = sum(1 for k in counted if near[k] or wa[k] in stems_b)
    return hits / len(counted)
