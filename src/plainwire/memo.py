"""Bounded memo tables for the per-word caches of the analysis and clustering stages.

The main job runs for months and the news keeps coining new names, so an unbounded (or
huge) word cache grows for as long as the process lives. The caches stay plain dicts so
the hot loops keep their ``dict.get`` lookups; only inserting goes through
:func:`remember`, which forgets the older half (dicts keep insertion order) once the
table is full. Words that are still in use come back on their next sighting, so the
working set of current vocabulary stays cached, while memory is capped at ``cap``
entries.
"""

from __future__ import annotations

from itertools import islice
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: Default size of a per-word memo table. Large enough to hold the vocabulary of several
#: days of news (a day of 2,400 articles has about 40,000 distinct tokens), small enough
#: that each table stays within a few tens of MB.
WORD_CACHE_SIZE = 1 << 16


def remember(cache: dict[K, V], key: K, value: V, cap: int = WORD_CACHE_SIZE) -> V:
    """Store ``cache[key] = value``; first drop the oldest half if ``cache`` is full."""
    if len(cache) >= cap:
        for old in list(islice(cache, max(1, len(cache) // 2))):
            del cache[old]
    cache[key] = value
    return value
