"""Near-duplicate (syndicated copy) detection with a 64-bit SimHash over word shingles.

Lookup is by banding: the 64 bits are cut into ``bits + 1`` bands; two hashes within
``bits`` Hamming distance share at least one band exactly (pigeonhole), so each lookup
touches a few small buckets, never the whole collection.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

import numpy as np

_MASK = (1 << 64) - 1


def simhash(shingles: list[str]) -> int:
    """64-bit SimHash of a shingle list (each shingle counted once)."""
    uniq = sorted(set(shingles))
    if not uniq:
        return 0
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in uniq)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(uniq), 64)
    # A bit of the SimHash is set when most shingles have it set.
    votes = bits.sum(axis=0, dtype=np.int64) * 2 > len(uniq)
    return int.from_bytes(np.packbits(votes).tobytes(), "big")


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & _MASK).bit_count()


class NearDupIndex:
    """Maps SimHash -> owner key (a story id); finds an owner within ``bits`` distance."""

    def __init__(self, bits: int = 3, capacity: int = 2_000_000) -> None:
        self.bits = bits
        nb = bits + 1
        width = 64 // nb
        self._bands = [(i * width, 64 if i == nb - 1 else (i + 1) * width) for i in range(nb)]
        self._buckets: list[dict[int, list[int]]] = [{} for _ in self._bands]
        self._owner: OrderedDict[int, str] = OrderedDict()
        self.capacity = capacity

    def _keys(self, h: int) -> list[int]:
        return [(h >> lo) & ((1 << (hi - lo)) - 1) for lo, hi in self._bands]

    def find(self, h: int) -> str | None:
        best: tuple[int, str] | None = None
        for bucket, key in zip(self._buckets, self._keys(h), strict=True):
            for other in bucket.get(key, ()):
                d = hamming(h, other)
                if d <= self.bits and other in self._owner and (best is None or d < best[0]):
                    best = (d, self._owner[other])
        return best[1] if best else None

    def add(self, h: int, owner: str) -> None:
        if h in self._owner:
            self._owner[h] = owner
            self._owner.move_to_end(h)
            return
        self._owner[h] = owner
        for bucket, key in zip(self._buckets, self._keys(h), strict=True):
            bucket.setdefault(key, []).append(h)
        while len(self._owner) > self.capacity:
            old, _ = self._owner.popitem(last=False)
            for bucket, key in zip(self._buckets, self._keys(old), strict=True):
                lst = bucket.get(key)
                if lst is not None:
                    try:
                        lst.remove(old)
                    except ValueError:
                        pass
                    if not lst:
                        del bucket[key]

    def rename(self, old_owner: str, new_owner: str) -> None:
        for h, o in self._owner.items():
            if o == old_owner:
                self._owner[h] = new_owner

    def __len__(self) -> int:
        return len(self._owner)
