"""Exact and near-duplicate article texts: one syndicated wire story, many outlets.

* Exact: ``Article.content_hash`` (normalised title + text).
* Near: MinHash signatures over word 5-shingles of the body (title excluded -- outlets
  retitle wire copy) in a MinHash LSH index (datasketch). Two texts whose estimated
  Jaccard similarity is at least ``threshold`` (default 0.7) are the same text; the
  index keeps groups with union-find so A~B and B~C put A, B and C in one group even
  when A and C differ more (a trimmed copy and an extended copy of one story).

Usage::

    index = NearDuplicateIndex()
    group = index.add(article.id, article.text)   # id of the first text of its group
    index.group_of(other_id)                      # same group id => same text

Texts shorter than ``min_words`` are not indexed (boilerplate briefs would collide);
``add`` returns the key itself for them. ``max_items`` bounds memory: the oldest keys
are evicted first (syndication happens within hours, not months).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from plainwire.lazyre import lazy_pattern

_WORD = lazy_pattern(r"\w+", re.UNICODE)
SHINGLE = 5
NUM_PERM = 128


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD().findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, *, num_perm: int = NUM_PERM) -> Any:
    """MinHash of ``text``'s word shingles (a datasketch ``LeanMinHash``, picklable)."""
    from datasketch import LeanMinHash, MinHash

    m = MinHash(num_perm=num_perm)
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return LeanMinHash(m)


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(signature(a).jaccard(signature(b)))


def exact_key(title: str, text: str) -> str:
    from plainwire.models import content_hash

    return content_hash(title, text)


class NearDuplicateIndex:
    """Groups near-identical texts; see the module docstring."""

    def __init__(
        self,
        threshold: float = 0.7,
        *,
        num_perm: int = NUM_PERM,
        min_words: int = 40,
        max_items: int = 200_000,
    ) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.min_words = min_words
        self.max_items = max_items
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: OrderedDict[str, Any] = OrderedDict()
        self._parent: dict[str, str] = {}
        self._seq: dict[str, int] = {}
        self._next = 0

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, key: object) -> bool:
        return key in self._sigs

    def _find(self, key: str) -> str:
        root = key
        while self._parent.get(root, root) != root:
            root = self._parent[root]
        while self._parent.get(key, key) != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: str, b: str) -> str:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return ra
        # The older group id wins, so a group's id is its first text.
        older, newer = (ra, rb) if self._order(ra) <= self._order(rb) else (rb, ra)
        self._parent[newer] = older
        return older

    def _order(self, key: str) -> int:
        return self._seq.get(key, -1)

    def query(self, text: str) -> list[str]:
        """Keys of indexed texts near ``text`` (verified against the estimated Jaccard)."""
        if len(_WORD().findall(text)) < self.min_words:
            return []
        sig = signature(text, num_perm=self.num_perm)
        return [k for k in self._lsh.query(sig) if sig.jaccard(self._sigs[k]) >= self.threshold]

    def add(self, key: str, text: str) -> str:
        """Index ``text`` under ``key``; return its group id (the key of the group's first text)."""
        if key in self._sigs:
            return self._find(key)
        if len(_WORD().findall(text)) < self.min_words:
            return key
        sig = signature(text, num_perm=self.num_perm)
        near = [k for k in self._lsh.query(sig) if sig.jaccard(self._sigs[k]) >= self.threshold]
        self._lsh.insert(key, sig)
        self._sigs[key] = sig
        self._parent[key] = key
        self._seq[key] = self._next
        self._next += 1
        for k in near:
            self._union(k, key)
        self._evict()
        return self._find(key)

    def group_of(self, key: str) -> str:
        return self._find(key) if key in self._parent else key

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for k in self._sigs:
            out.setdefault(self._find(k), []).append(k)
        return out

    def _evict(self) -> None:
        while len(self._sigs) > self.max_items:
            old, _ = self._sigs.popitem(last=False)
            self._lsh.remove(old)
            # Children pointing at the evicted key are re-rooted to keep group ids valid.
            kids = [k for k, p in self._parent.items() if p == old and k != old]
            self._parent.pop(old, None)
            self._seq.pop(old, None)
            if kids:
                new_root = kids[0]
                for k in kids:
                    self._parent[k] = new_root


def group_texts(items: Iterable[tuple[str, str]], threshold: float = 0.7) -> dict[str, list[str]]:
    """Convenience: ``{group_id: [keys...]}`` for ``(key, text)`` pairs."""
    index = NearDuplicateIndex(threshold)
    for key, text in items:
        index.add(key, text)
    return index.groups()


__all__ = ["NearDuplicateIndex", "exact_key", "group_texts", "shingles", "signature", "similarity"]
