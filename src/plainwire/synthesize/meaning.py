"""Meaning of sentence claims from static word vectors (``plainwire.wordvec``).

Used by the redundancy test (``select.mmr``) to catch a restatement in other words:
"construction would begin in March" / "work would start in March" share one content word
of three, but "start" and "begin" are near-synonyms in the word-vector table. Vectors are
read lazily, only for the pairs the lexical test leaves in doubt, so a story pays for a
handful of lookups, not one per sentence (and a story without doubt never reads the table).

Tenth session: this module is the one place where words of two claims are matched. One word
filter (``terms``: content words with their kind: name, number or date, frame or light word)
and one set of match rules (``said``: the same stem; with a word-vector cut, also a longer
form (``_bases``), "again" for a re- verb, and a neighbour in the table) serve the word-share rules
(``Meaning.soft_share``, ``covers``) and the structural test (``restate.Restater.said``), each
counting the words it needs. ``distinct`` (``facts.py``) is the test that keeps two facts
apart however many words they share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from plainwire.synthesize.textstats import stem, stopwords, words

if TYPE_CHECKING:
    from plainwire.synthesize.facts import Facts

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


@lru_cache(maxsize=1)
def content_stop() -> frozenset[str]:
    """Stop words for the claim's content words: "fire" is one in scikit-learn's list, and a
    subject of the news."""
    return stopwords() - {"fire"}


@lru_cache(maxsize=65536)
def norm_stem(word: str) -> str:
    """Stem of a lower-case word with a possessive ("district's") folded."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return stem(w.rstrip("'"))


def word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list (the vetted word lists of the redundancy rules)."""
    return frozenset(text.split())


# words that say when or that the sentence is about the future, not what happens
FRAME = (
    word_set("""
    next coming tomorrow tonight later week weeks weekend month months year years day days
    set expected scheduled due slated poised going forecast planning plan plans intend
    intends likely
""")
    | MONTHS_DAYS
)
# modifiers that say nothing of the fact ("Strong gusts carried ..." / "Strong gusts toppled ...")
LIGHT = word_set("""
    new old strong big small large long short high low major top good bad
""")
_DIGIT = re.compile(r"\d")
MIN_PREFIX = 4  # a longer form shares at least this many letters ("east" / "easterly")


@dataclass(slots=True, eq=False)
class Terms:
    """The words of a claim the redundancy rules read: its content words (``content_stop``), once
    each, in order, with their stems and kinds. ``specific``: numbers, dates and names, which
    only match themselves ("March" is no synonym of "June", nor "Reyes" of "Ortiz"); ``name``:
    capitalised past the opening; ``frame``: time and tense frame words and light modifiers
    (``FRAME``, ``LIGHT``), which say nothing of the fact."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    specific: tuple[bool, ...]
    name: tuple[bool, ...]
    frame: tuple[bool, ...]
    stem_set: frozenset[str]
    raw: frozenset[str]  # every lower-case word of the claim ("again")
    bases: tuple[frozenset[str], ...]  # per word, the shorter forms its stem is a longer form of
    _base_set: frozenset[str] | None = None
    # on first need (``vectors``): per word, its row in ``matrix`` (-1: specific or no vector)
    _pos: np.ndarray | None = None
    _matrix: np.ndarray | None = None

    @property
    def base_set(self) -> frozenset[str]:
        """All the shorter forms of its words (``bases``; on first need)."""
        if self._base_set is None:
            self._base_set = frozenset().union(*self.bases)
        return self._base_set

    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """(per word, its row in the matrix or -1; the unit vectors of the words that have one,
        specifics left out). Read once per claim."""
        if self._pos is None or self._matrix is None:
            from plainwire import wordvec  # first need only: importing this module reads nothing

            t = wordvec.table()
            rows = [None if sp else t.row(w) for w, sp in zip(self.words, self.specific, strict=True)]
            known = [r for r in rows if r is not None]
            pos = np.full(len(rows), -1, dtype=int)
            pos[[k for k, r in enumerate(rows) if r is not None]] = np.arange(len(known))
            self._pos, self._matrix = pos, t.matrix[known]
        return self._pos, self._matrix


def terms(claim_text: str, stop: frozenset[str] | None = None) -> Terms:
    """The ``Terms`` of a claim; ``stop``: the words left out (default ``content_stop``)."""
    ws = words(claim_text)
    sw = content_stop() if stop is None else stop
    names = {w for m in _NAME.finditer(claim_text) for w in words(m.group(0))} - MONTHS_DAYS
    content = [w for w in dict.fromkeys(ws) if w not in sw and (len(w) > 1 or w.isdigit())]
    stems = tuple(norm_stem(w) for w in content)
    digit = [_DIGIT.search(w) is not None for w in content]
    bases = tuple(_bases(st) for st in stems)
    return Terms(
        words=tuple(content),
        stems=stems,
        specific=tuple(d or w in MONTHS_DAYS or w in names for w, d in zip(content, digit, strict=True)),
        name=tuple(w in names for w in content),
        frame=tuple(w in FRAME or w in LIGHT for w in content),
        stem_set=frozenset(stems),
        raw=frozenset(ws),
        bases=bases,
    )


# endings that make another form of one word ("east" / "easterly", "sign" / "signature",
# "embezzle" / "embezzlement"); not "-er"/"-eer" ("engine" / "engineer" are two things)
_FORM_ENDINGS = (
    "ly",
    "erly",
    "ern",
    "ment",
    "ure",
    "atur",
    "ion",
    "ation",
    "ition",
    "ive",
    "al",
    "ness",
    "ity",
    "ic",
    "ical",
)


@lru_cache(maxsize=65536)
def _bases(st: str) -> frozenset[str]:
    """The shorter forms ``st`` is a longer form of ("easterly" -> "east", "reopen" -> "open")."""
    out = {st[: -len(e)] for e in _FORM_ENDINGS if st.endswith(e) and len(st) - len(e) >= MIN_PREFIX}
    if st.startswith("re") and len(st) >= MIN_PREFIX + 2:
        out.add(st[2:])
    return frozenset(out)


def said(a: Terms, b: Terms, tau: float, count: Sequence[int] | None = None) -> tuple[int, int]:
    """(words of ``a`` that ``b`` says, words of ``a`` counted): ``count`` (indexes into
    ``a.words``; default all). A word is said by ``b`` when ``b`` has the same stem; and, unless
    ``tau`` is infinite (same stems only), when it is not ``specific`` and ``b`` has a longer
    form of it (``_bases``), or "again" for a re- verb ("resume" / "meet again"), or a
    word whose vector is a neighbour of its own (cosine >= ``tau``; ``b``'s specifics left out).
    """
    idx = range(len(a.words)) if count is None else count
    n = len(idx)
    if n == 0:
        return 0, 0
    hits = 0
    pending: list[int] = []
    soft = tau != float("inf")
    again = "again" in b.raw
    for k in idx:
        st = a.stems[k]
        if st in b.stem_set:
            hits += 1
        elif not soft or a.specific[k]:
            continue
        elif (
            st in b.base_set  # "east" / "easterly"
            or not a.bases[k].isdisjoint(b.stem_set)  # "easterly" / "east", "reopen" / "open"
            or (again and st.startswith("re") and len(st) >= 5)
        ):
            hits += 1
        else:
            pending.append(k)
    if soft and "again" in a.raw and any(st.startswith("re") and len(st) >= 5 for st in b.stems):
        hits += 1  # "run again" / "restart"
    if pending:
        pos_a, ma = a.vectors()
        rows = [int(pos_a[k]) for k in pending if pos_a[k] >= 0]
        if rows:
            mb = b.vectors()[1]
            if len(mb):
                hits += int(((ma[rows] @ mb.T).max(axis=1) >= tau).sum())
    return min(hits, n), n


class Meaning:
    """Word vectors and terms of the claims ``claims[i]`` (claim texts), read on first need and
    cached (MMR and the restatement test ask about few pairs)."""

    def __init__(self, claims: Sequence[str]) -> None:
        self._texts = claims
        self._vec: dict[int, np.ndarray] = {}
        self._terms: dict[int, Terms] = {}
        self._neg: dict[int, bool] = {}
        self._counted: dict[int, frozenset[tuple[str, str]]] = {}
        self._facts: dict[int, Facts] = {}

    def text(self, i: int) -> str:
        return self._texts[i]

    def terms(self, i: int) -> Terms:
        """``terms`` of claim ``i`` (cached)."""
        t = self._terms.get(i)
        if t is None:
            t = self._terms[i] = terms(self._texts[i])
        return t

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

    def soft_share(self, i: int, j: int, tau: float | None = None) -> float:
        """Share of the smaller claim's words that the other claim says too (``said``; ``tau``
        default ``select.SOFT_TAU``)."""
        a, b = self.terms(i), self.terms(j)
        if len(a.words) > len(b.words):
            a, b = b, a
        hits, n = said(a, b, _tau(tau))
        return hits / n if n else 0.0

    def covers(self, i: int, j: int, tau: float | None = None) -> float:
        """Share of claim ``i``'s words, its names left out, that claim ``j`` says too (as
        ``soft_share``, but always measured on ``i``): how much of ``i``'s fact a rewording
        ``j`` keeps. Names are left out because two sentences about the same people share
        them whatever they say ("Trump defended Whitaker" / "Trump distanced himself from
        Whitaker")."""
        a = self.terms(i)
        hits, n = said(a, self.terms(j), _tau(tau), [k for k, nm in enumerate(a.name) if not nm])
        return hits / n if n else 0.0

    def facts(self, i: int) -> Facts:
        """``facts.Facts`` of claim ``i`` (cached; the distinct-fact test reads them)."""
        f = self._facts.get(i)
        if f is None:
            from plainwire.synthesize.facts import read_facts

            f = self._facts[i] = read_facts(self._texts[i])
        return f

    def distinct(self, i: int, j: int, tau: float | None = None, *, event_rule: bool = True) -> str | None:
        """Why claims ``i`` and ``j`` state two facts however many words they share (``facts.distinct``),
        or ``None``."""
        from plainwire.synthesize.facts import distinct

        return distinct(self, i, j, tau, event_rule=event_rule)


def _tau(tau: float | None) -> float:
    if tau is not None:
        return tau
    from plainwire.synthesize import select  # the module constant, read at call time

    return select.SOFT_TAU
