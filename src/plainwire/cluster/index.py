"""Incremental document frequencies and a capped inverted index over live stories.

The index only ever holds the most recent ``cap`` stories per term, so fetching the
candidates of an article costs at most ``query_terms * cap`` steps whether 10 thousand
or 1 million stories are live. Stories that left the index (dormant, merged) are
dropped lazily when a posting list is read or trimmed.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Hashable, Iterable

import numpy as np


class _Idf:
    """The IDF both tables share: a pure function of (df, N rounded to a 1% grid), so
    values can be cached per df, and two clusterers holding the same texts give the same
    weights whatever the order the texts came in (``restore`` relies on this)."""

    __slots__ = ("n", "_nq", "_cache")

    def __init__(self) -> None:
        self.n = 0
        self._nq = 0.0
        self._cache: dict[int, float] = {}

    def _tick(self) -> None:
        """One more text: N and, when N leaves its grid step, the cached values."""
        self.n += 1
        nq = 1.01 ** round(math.log(self.n + 1, 1.01))
        if nq != self._nq:
            self._nq = nq
            self._cache.clear()

    def _idf_of(self, d: int) -> float:
        # Smoothed: an unseen term is rare but finite, a term in every text still
        # weighs a little (it may be all two short texts share).
        v = math.log(1.0 + self._nq / (d + 0.5))
        self._cache[d] = v
        return v


class DocFreq(_Idf):
    """Document frequency of each term over the distinct texts seen so far (IDF: ``_Idf``)."""

    __slots__ = ("df", "max_terms")

    def __init__(self, max_terms: int = 4_000_000) -> None:
        super().__init__()
        self.df: dict[str, int] = {}
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
        self._tick()
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


class TermTable(_Idf):
    """Document frequencies of the online path, with a small integer id per term.

    The same counts, IDF and pruning as :class:`DocFreq`, but :meth:`add_weigh` returns
    the article vector keyed by term id, and the clusterer keeps story centroids
    (``array('i')`` of ids) and posting lists by id. Why: at a million live stories every
    centroid term read while scoring was a pointer to a term string somewhere in a
    multi-GB heap (its hash lives in the string object), one likely cache miss per term
    and candidate; an id is read from the centroid's own buffer. Ids carry no meaning
    (no decision depends on their values): results are those of string keys.

    Pruning forgets the terms seen once, as :class:`DocFreq` does (their count becomes
    0). Their ids are released for reuse only when nothing refers to them: ``in_use``
    (set by the owner) yields the ids held by story centroids and posting lists, so a
    term that comes back always meets the id its stories hold.
    """

    __slots__ = ("ids", "counts", "live", "max_terms", "_free", "in_use", "_keys")

    def __init__(self, max_terms: int = 4_000_000) -> None:
        super().__init__()
        self.ids: dict[str, int] = {}
        self.counts = array("q")  # by id; 0: forgotten (or free)
        self.live = 0  # terms with a count > 0: the size of DocFreq's table
        self.max_terms = max_terms
        self._free: list[int] = []
        self.in_use: Callable[[], np.ndarray] | None = None
        #: id -> term, built on the first :meth:`key_of` call (only a stream in several
        #: languages reads a story's terms back; one language pays nothing for it).
        self._keys: list[str] | None = None

    @property
    def df(self) -> dict[str, int]:
        """term -> document frequency, for terms counted (as ``DocFreq.df``; a copy)."""
        counts = self.counts
        return {t: counts[i] for t, i in self.ids.items() if counts[i] > 0}

    def id_of(self, term: str) -> int | None:
        return self.ids.get(term)

    def count_of(self, term: str) -> int:
        """Texts counted with ``term`` (0 if unknown or forgotten)."""
        i = self.ids.get(term)
        return 0 if i is None else self.counts[i]

    def key_of(self, i: int) -> str:
        """The term of id ``i`` (an id held by a centroid or a posting list)."""
        keys = self._keys
        if keys is None:
            keys = [""] * len(self.counts)
            for t, j in self.ids.items():
                keys[j] = t
            self._keys = keys
        return keys[i]

    def add_weigh(self, terms: dict[str, float]) -> tuple[dict[int, float], float]:
        """Count a text's terms; its TF-IDF weights by term id, and their Euclidean norm.

        The same values as ``DocFreq.add_weigh`` gives for the same texts.
        """
        ids, counts = self.ids, self.counts
        got: list[int] = []
        keep = got.append
        new = 0
        for t in terms:
            i = ids.get(t)
            if i is None:
                i = self._new_id(t)
            c = counts[i] + 1
            counts[i] = c
            if c == 1:
                new += 1
            keep(i)
        self.live += new
        if self._counted(got):
            # Pruned: this text's singletons were forgotten (count 0 now), read them back.
            out = {i: v * self._idf_of(counts[i]) for i, v in zip(got, terms.values(), strict=True)}
        else:
            cache = self._cache
            out = {}
            for i, v in zip(got, terms.values(), strict=True):
                c = counts[i]
                w = cache.get(c)
                out[i] = v * (w if w is not None else self._idf_of(c))
        return out, math.sqrt(sum(w * w for w in out.values()))

    def _new_id(self, term: str) -> int:
        if self._free:
            i = self._free.pop()
        else:
            i = len(self.counts)
            self.counts.append(0)
        self.ids[term] = i
        if self._keys is not None:
            if i == len(self._keys):
                self._keys.append(term)
            else:
                self._keys[i] = term
        return i

    def _counted(self, protect: list[int]) -> bool:
        """One more text counted; returns whether the table was pruned."""
        self._tick()
        if self.live > self.max_terms:
            self._prune(protect)
            return True
        return False

    def _prune(self, protect: list[int]) -> None:
        # As DocFreq: terms seen once weigh almost as much as unseen ones; forgetting them
        # bounds the table on an endless stream.
        counts = self.counts
        live = 0
        for i in self.ids.values():
            c = counts[i]
            if c == 1:
                counts[i] = 0
            elif c > 1:
                live += 1
        self.live = live
        if self.in_use is None:
            return  # nothing told us which ids are referenced: keep them all
        # A mask over all ids (numpy: at 1M live stories the held ids are ~64M entries).
        held = np.zeros(len(counts), dtype=bool)
        held[self.in_use()] = True
        held[protect] = True  # the text being counted: its vector is not stored yet
        free = ((np.frombuffer(counts, dtype=np.int64) == 0) & ~held).tolist()
        gone = [t for t, i in self.ids.items() if free[i]]
        for t in gone:
            self._free.append(self.ids.pop(t))

    def idf(self, term: str) -> float:
        i = self.ids.get(term)
        d = self.counts[i] if i is not None else 0
        v = self._cache.get(d)
        return v if v is not None else self._idf_of(d)


class Postings:
    """term -> recent story numbers, newest last, at most ``cap`` kept (and read) per term.

    A term is any hashable key: the online clusterer uses :class:`TermTable` ids.

    Each list is an ``array('q')`` of machine integers, not a list of int objects: at
    1M live stories these lists are the largest structure of the clusterer, and reading
    one then touches one contiguous buffer instead of chasing a pointer per posting to an
    int object somewhere in a multi-GB heap (and holds no objects for the cyclic GC to visit).
    """

    __slots__ = ("cap", "lists")

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.lists: dict[Hashable, array[int]] = {}

    def post(self, term: Hashable, story: int, *, fresh: bool = False) -> None:
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

    def gather(self, weighted_terms: Iterable[tuple[Hashable, float]]) -> dict[int, float]:
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

    def ranked(self, weighted_terms: Iterable[tuple[Hashable, float]]) -> list[int]:
        """The stories of :meth:`gather`, best sum first; ties: the first one reached."""
        acc = self.gather(weighted_terms)
        # sorted() is stable over the dict's insertion order: ties resolve the same way
        # on every run.
        return sorted(acc, key=acc.__getitem__, reverse=True)
