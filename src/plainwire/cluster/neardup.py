"""Near-duplicate (syndicated copy) detection: MinHash over word 3-shingles with LSH.

Two texts are copies when the estimated Jaccard similarity of their shingle sets reaches
a threshold (0.7 by default): a wire story re-published with a different headline tail,
a credit line or re-spaced text still matches, a rewrite does not. Lookup uses banded
LSH, so each query touches a few small buckets, never the whole collection.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from itertools import islice
from typing import cast

import numpy as np

_word_hash: dict[str, int] = {}
_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)
#: Band keys of the oldest texts are computed this many at a time, ahead of forgetting
#: them (one numpy pass instead of one per text: once the index is full, every new text
#: forgets one).
_FORGET_BATCH = 256


def word_hash(w: str) -> int:
    """64-bit hash of a word (blake2b of its UTF-8): the unit of the shingle hashes.

    The clustering tokenizer computes it once per cached token and carries it in the
    token (``text.Token``), so an article's fingerprint needs no lookups here."""
    h = _word_hash.get(w)
    if h is None:
        h = int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")
        if len(_word_hash) < 1_000_000:
            _word_hash[w] = h
    return h


_S1 = np.uint64(0xBF58476D1CE4E5B9)
_S2 = np.uint64(0x94D049BB133111EB)


def _mix(x: np.ndarray) -> np.ndarray:
    # splitmix64 finaliser: spreads every input bit over the whole word.
    x = x ^ (x >> np.uint64(30))
    x = x * _S1
    x = x ^ (x >> np.uint64(27))
    x = x * _S2
    return x ^ (x >> np.uint64(31))


def shingle_hashes(words: list[str], size: int = 3) -> np.ndarray:
    """Distinct 64-bit hashes of the word ``size``-shingles of ``words``."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    # One C-level pass over the memo table; only words never seen go through word_hash.
    got = list(map(_word_hash.get, words))
    if None in got:
        return shingles_of_hashes(
            [word_hash(w) if v is None else v for w, v in zip(words, got, strict=True)], size
        )
    return shingles_of_hashes(cast("list[int]", got), size)


def shingles_of_hashes(word_hashes: list[int], size: int = 3) -> np.ndarray:
    """:func:`shingle_hashes` of the words whose ``word_hash`` values are given."""
    if not word_hashes:
        return np.zeros(0, dtype=np.uint64)
    h = np.array(word_hashes, dtype=np.uint64)
    if len(h) >= size:
        n = len(h) - size + 1
        sh = h[:n].copy()
        for i in range(1, size):
            # Order-sensitive combination (wraps mod 2**64).
            sh = sh * _M1 + h[i : n + i] * (_M2 if i % 2 else _M1)
    else:
        sh = h
    return np.unique(_mix(sh))


class MinHasher:
    """MinHash signatures: ``num_perm`` 32-bit values per text.

    Not thread-safe (like the clusterer that owns one): the (shingles x num_perm) work
    arrays are kept between calls.
    """

    def __init__(self, num_perm: int = 48, seed: int = 20310504) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm = num_perm
        self._a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
        self._x = np.empty((0, num_perm), dtype=np.uint64)
        self._t = np.empty((0, num_perm), dtype=np.uint64)

    def signature(self, words: list[str]) -> np.ndarray | None:
        return self.signature_of_shingles(shingle_hashes(words))

    def signature_of_hashes(self, word_hashes: list[int]) -> np.ndarray | None:
        """:meth:`signature` of the words whose ``word_hash`` values are given."""
        return self.signature_of_shingles(shingles_of_hashes(word_hashes))

    def signature_of_shingles(self, sh: np.ndarray) -> np.ndarray | None:
        n = len(sh)
        if n == 0:
            return None
        if n > len(self._x):
            # Grown, never shrunk: a body is capped (max_body_chars), so are these.
            self._x = np.empty((max(n, 2 * len(self._x)), self.num_perm), dtype=np.uint64)
            self._t = np.empty_like(self._x)
        # The same arithmetic as _mix(sh * a + b), in place in two arrays kept between
        # calls: fresh ~40 KB temporaries per text come from wherever the allocator finds
        # room, which in a multi-GB heap is likely memory no cache holds (measured: 3.5 %
        # less per article at 1M stories together with the posting-list trim).
        x, t = self._x[:n], self._t[:n]
        np.multiply(sh[:, None], self._a[None, :], out=x)
        x += self._b[None, :]
        for shift, mult in ((30, _S1), (27, _S2)):
            np.right_shift(x, np.uint64(shift), out=t)
            x ^= t
            x *= mult
        np.right_shift(x, np.uint64(31), out=t)
        x ^= t
        return (x.min(axis=0) >> np.uint64(32)).astype(np.uint32)


class NearDupIndex:
    """MinHash signature -> owner key (a story id); finds an owner of a near-copy."""

    def __init__(self, num_perm: int = 48, bands: int = 12, threshold: float = 0.7, capacity: int = 500_000):
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.hasher = MinHasher(num_perm)
        self.rows = num_perm // bands
        self.bands = bands
        self.threshold = threshold
        self.capacity = capacity
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(bands)]
        # Signatures kept as bytes: a third of the size of a small numpy array.
        self._entries: OrderedDict[int, tuple[bytes, str]] = OrderedDict()
        self._exact: dict[str, int] = {}  # content hash -> entry id (identical texts)
        self._hash_of: dict[int, str] = {}
        self._next = 0
        self._row_mult = (np.arange(1, self.rows + 1, dtype=np.uint64) * _M1) | np.uint64(1)
        self._last_sig: np.ndarray | None = None
        self._last_keys: list[int] = []
        self._forget_keys: dict[int, list[int]] = {}  # band keys of the next texts to forget

    def signature(self, words: list[str]) -> np.ndarray | None:
        return self.hasher.signature(words)

    def _keys(self, sig: np.ndarray) -> list[int]:
        # One 64-bit int per band (rows combined, then mixed): smaller than bytes keys.
        if sig is self._last_sig:
            return self._last_keys
        rows = sig.astype(np.uint64).reshape(self.bands, self.rows)
        keys = _mix((rows * self._row_mult).sum(axis=1, dtype=np.uint64)).tolist()
        self._last_sig, self._last_keys = sig, keys
        return keys

    def _keys_many(self, sigs: np.ndarray) -> list[list[int]]:
        """``_keys`` of each row of ``sigs`` (n x num_perm), in one pass."""
        rows = sigs.astype(np.uint64).reshape(len(sigs), self.bands, self.rows)
        out: list[list[int]] = _mix((rows * self._row_mult).sum(axis=2, dtype=np.uint64)).tolist()
        return out

    def find(self, sig: np.ndarray, content_hash: str | None = None) -> str | None:
        """Owner of an identical text, else of the most similar one at or above the threshold."""
        if content_hash is not None:
            eid0 = self._exact.get(content_hash)
            if eid0 is not None and eid0 in self._entries:
                return self._entries[eid0][1]
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for bucket, key in zip(self._buckets, self._keys(sig), strict=True):
            hit = bucket.get(key)
            if hit is None:
                continue
            for eid in hit if isinstance(hit, list) else (hit,):
                if eid in seen:
                    continue
                seen.add(eid)
                entry = self._entries.get(eid)
                if entry is None:
                    continue
                other = np.frombuffer(entry[0], dtype=np.uint32)
                sim = float(np.count_nonzero(other == sig)) / len(sig)
                if sim >= self.threshold and (best is None or sim > best[0]):
                    best = (sim, eid)
        return self._entries[best[1]][1] if best else None

    def add(self, sig: np.ndarray, owner: str, content_hash: str | None = None) -> bytes:
        """Index ``sig`` for ``owner``; returns the signature as kept (bytes), which a caller
        may hold too at no extra cost."""
        eid = self._next
        self._next += 1
        kept = sig.tobytes()
        self._entries[eid] = (kept, owner)
        if content_hash is not None and content_hash not in self._exact:
            self._exact[content_hash] = eid
            self._hash_of[eid] = content_hash
        for bucket, key in zip(self._buckets, self._keys(sig), strict=True):
            # Most buckets hold one text: store the bare id, a list only on collision.
            hit = bucket.get(key)
            if hit is None:
                bucket[key] = eid
            elif isinstance(hit, list):
                hit.append(eid)
            else:
                bucket[key] = [hit, eid]
        while len(self._entries) > self.capacity:
            self._pop_oldest()
        return kept

    def expire(self, alive: Callable[[str], bool]) -> int:
        """Forget the oldest texts while their owner is no longer ``alive`` (a dormant
        story); stop at the first live one, so the cost is amortised O(1) per text.
        Returns how many were forgotten."""
        n = 0
        while self._entries and not alive(next(iter(self._entries.values()))[1]):
            self._pop_oldest()
            n += 1
        return n

    def _pop_oldest(self) -> None:
        old = next(iter(self._entries))
        keys = self._forget_keys.pop(old, None)
        if keys is None:
            # Texts are only ever forgotten oldest first, and a text's keys depend on its
            # signature alone: compute the keys of the next batch to go in one pass.
            batch = list(islice(self._entries.items(), _FORGET_BATCH))
            sigs = np.frombuffer(b"".join(sig for _, (sig, _) in batch), dtype=np.uint32)
            many = self._keys_many(sigs.reshape(len(batch), -1))
            self._forget_keys = {eid: k for (eid, _), k in zip(batch, many, strict=True)}
            keys = self._forget_keys.pop(old)
        self._entries.popitem(last=False)
        h = self._hash_of.pop(old, None)
        if h is not None:
            del self._exact[h]
        for bucket, key in zip(self._buckets, keys, strict=True):
            hit = bucket.get(key)
            if hit == old:
                del bucket[key]
            elif isinstance(hit, list):
                if old in hit:
                    hit.remove(old)
                if not hit:
                    del bucket[key]

    def __len__(self) -> int:
        return len(self._entries)
