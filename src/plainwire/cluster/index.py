"""Incremental document frequencies and a capped inverted index over live stories.

The index only ever holds the most recent ``cap`` stories per term, so fetching the
candidates of an article costs at most ``query_terms * cap`` steps whether 10 thousand
or 1 million stories are live. Stories that left the index (dormant, merged) are
dropped lazily when a posting list is read or trimmed.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable


class DocFreq:
    """Document frequency of each term over the distinct texts seen so far.

    IDF is a pure function of (df, N rounded to a 1% grid): values can be cached per df,
    and two clusterers holding the same texts give the same weights whatever the order
    the texts came in (``restore`` relies on this).
    """

    __slots__ = ("df", "n", "_nq", "_cache", "max_terms")

    def __init__(self, max_terms: int = 4_000_000) -> None:
        self.df: dict[str, int] = {}
        self.n = 0
        self._nq = 0.0
        self._cache: dict[int, float] = {}
        self.max_terms = max_terms

    def add(self, terms: Iterable[str]) -> None:
        df = self.df
        for t in terms:
            df[t] = df.get(t, 0) + 1
        self._counted()

    def add_weigh(self, terms: dict[str, float]) -> tuple[dict[str, float], float]:
        """``add(terms)``, then the TF-IDF weights of ``terms`` and their Euclidean norm.

        The same values as ``{t: v * idf(t)}`` after ``add``, with one lookup in the
        (large) table per term instead of two: the counts just written give the IDF.
        """
        df = self.df
        counts: list[int] = []
        keep = counts.append
        for t in terms:
            c = df.get(t, 0) + 1
            df[t] = c
            keep(c)
        if self._counted():
            # Pruned: this text's singletons were forgotten (count 0 now), read them back.
            out = {t: v * self.idf(t) for t, v in terms.items()}
        else:
            cache = self._cache
            out = {}
            for (t, v), c in zip(terms.items(), counts, strict=True):
                w = cache.get(c)
                out[t] = v * (w if w is not None else self._idf_of(c))
        return out, math.sqrt(sum(w * w for w in out.values()))

    def _counted(self) -> bool:
        """One more text counted; returns whether the table was pruned."""
        self.n += 1
        nq = 1.01 ** round(math.log(self.n + 1, 1.01))
        if nq != self._nq:
            self._nq = nq
            self._cache.clear()
        if len(self.df) > self.max_terms:
            self._prune()
            return True
        return False

    def _prune(self) -> None:
        # Terms seen once weigh almost as much as unseen ones; forgetting them bounds the
        # table on an endless stream (word pairs and names keep arriving).
        self.df = {t: c for t, c in self.df.items() if c > 1}

    def idf(self, term: str) -> float:
        d = self.df.get(term, 0)
        v = self._cache.get(d)
        return v if v is not None else self._idf_of(d)

    def _idf_of(self, d: int) -> float:
        # Smoothed: an unseen term is rare but finite, a term in every text still
        # weighs a little (it may be all two short texts share).
        v = math.log(1.0 + self._nq / (d + 0.5))
        self._cache[d] = v
        return v


class Postings:
    """term -> recent story numbers, newest last, at most ``cap`` kept (and read) per term.

    Each list is an ``array('q')`` of machine integers, not a list of int objects: at
    1M live stories these lists are the largest structure of the clusterer, and reading
    one then touches one contiguous buffer instead of chasing a pointer per posting to an
    int object somewhere in a multi-GB heap (and holds no objects for the cyclic GC to visit).
    """

    __slots__ = ("cap", "lists")

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.lists: dict[str, array[int]] = {}

    def post(self, term: str, story: int, *, fresh: bool = False) -> None:
        """Post ``story`` under ``term``; ``fresh``: the caller knows the story was never
        posted before (a new story), so the duplicate check is skipped (same result)."""
        lst = self.lists.get(term)
        if lst is None:
            self.lists[term] = array("q", (story,))
            return
        cap = self.cap
        if not fresh and story in (lst if len(lst) <= cap else lst[-cap:]):
            # Already among the recent postings: one entry per story keeps scores fair.
            return
        lst.append(story)
        if len(lst) > cap:
            # Only the newest ``cap`` are ever read: keeping no more (a memmove of
            # <= 256 bytes) lets this check and ``gather`` read the list in place
            # instead of copying a slice of it each time.
            del lst[: len(lst) - cap]

    def drop_term_lists(self, alive: Callable[[int], bool]) -> None:
        """Remove posting lists whose stories have all left (bounds memory)."""
        dead = [t for t, lst in self.lists.items() if not any(alive(s) for s in lst[-4:])]
        for t in dead:
            lst = self.lists[t]
            if not any(alive(s) for s in lst):
                del self.lists[t]

    def gather(self, weighted_terms: Iterable[tuple[str, float]]) -> dict[int, float]:
        """Sum of query weights per story over the terms it is posted under.

        Dormant or merged stories are not filtered here (the caller checks only the few
        best), which keeps this loop to one dictionary update per posting.
        """
        acc: dict[int, float] = {}
        get = acc.get
        cap = self.cap
        lists = self.lists
        for term, w in weighted_terms:
            lst = lists.get(term)
            if not lst:
                continue
            for s in lst[-cap:] if len(lst) > cap else lst:
                acc[s] = get(s, 0.0) + w
        return acc

    def ranked(self, weighted_terms: Iterable[tuple[str, float]]) -> list[int]:
        """The stories of :meth:`gather`, best sum first; ties: the first one reached."""
        acc = self.gather(weighted_terms)
        # sorted() is stable over the dict's insertion order: ties resolve the same way
        # on every run.
        return sorted(acc, key=acc.__getitem__, reverse=True)
