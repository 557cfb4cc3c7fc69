"""Incremental document frequencies and a capped inverted index over live stories.

The index only ever holds the most recent ``cap`` stories per term, so fetching the
candidates of an article costs at most ``query_terms * cap`` steps whether 10 thousand
or 1 million stories are live. Stories that left the index (dormant, merged) are
dropped lazily when a posting list is read or trimmed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable


class DocFreq:
    """Document frequency of each term over the distinct texts seen so far."""

    __slots__ = ("df", "n")

    def __init__(self) -> None:
        self.df: dict[str, int] = {}
        self.n = 0

    def add(self, terms: Iterable[str]) -> None:
        df = self.df
        for t in terms:
            df[t] = df.get(t, 0) + 1
        self.n += 1

    def idf(self, term: str) -> float:
        # Smoothed so an unseen term is rare but finite, and a term in every text still
        # weighs a little (it may be the only thing two short texts share).
        return math.log(1.0 + (self.n + 1) / (self.df.get(term, 0) + 0.5))


class Postings:
    """term -> recent story numbers (ints), newest last, at most ``cap`` kept."""

    __slots__ = ("cap", "lists")

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.lists: dict[str, list[int]] = {}

    def post(self, term: str, story: int) -> None:
        lst = self.lists.get(term)
        if lst is None:
            self.lists[term] = [story]
            return
        if lst[-1] == story:
            return
        lst.append(story)
        if len(lst) > 2 * self.cap:
            # Amortised trim: drop the oldest half in one go.
            del lst[: len(lst) - self.cap]

    def recent(self, term: str) -> list[int]:
        lst = self.lists.get(term)
        if not lst:
            return []
        return lst[-self.cap :] if len(lst) > self.cap else lst

    def gather(
        self, weighted_terms: Iterable[tuple[str, float]], alive: Callable[[int], bool]
    ) -> dict[int, float]:
        """Sum of query weights per story over the terms it is posted under."""
        acc: dict[int, float] = {}
        for term, w in weighted_terms:
            seen: set[int] = set()
            for s in self.recent(term):
                if s in seen:
                    continue
                seen.add(s)
                acc[s] = acc.get(s, 0.0) + w
        return {s: v for s, v in acc.items() if alive(s)}
