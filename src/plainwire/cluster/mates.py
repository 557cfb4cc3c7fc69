"""Does a text have a mate in the set? A per-text tail test and a set-level cutoff.

The whole-set pass (plainwire.cluster.batch) links two texts when their score stands out
from their backgrounds. A text with no mate still has a best neighbour, and the best of
many always stands out from their mean, so in a set where most texts have no mate the
pass glued unrelated texts (docs/clustering.md, "How many texts have a mate").

This module asks, per text, whether a score is an outlier *relative to the text's own
neighbour scores*, and lets the set decide how strict to be:

- **Tail model.** A text's neighbour scores sorted best first, s_1 >= s_2 >= ..., have an
  upper tail that is close to exponential (cosines of unrelated texts). For the order
  statistics of such a tail, the spacings k * (s_k - s_(k+1)) are independent
  exponentials of one scale beta (Rényi's representation). Beta is estimated from the
  spacings of ranks ``anchor``..20, which a text's mates (its first one or two
  neighbours) do not reach.
- **Per-text p-value.** Had the text no mate at all, its best score would be
  s_anchor + beta * (E_1 / 1 + ... + E_(a-1) / (a-1)), which is distributed as
  s_anchor + beta * (the largest of a-1 standard exponentials). So a score s has
  p = 1 - (1 - exp(-(s - s_anchor) / beta)) ** (anchor - 1): the chance that a mate-less
  text's best neighbour scores s or more.
- **Set-level cutoff (false discovery rate).** Each text's best neighbour gives one
  p-value (the larger of the two texts' p-values for that pair: both must find it
  exceptional). The Benjamini-Hochberg step-up rule at level ``q`` then picks the
  cutoff: the largest p* such that the texts with p <= p* are at least p* * m / q, i.e.
  mate-less texts would make up at most a share q of them. When most texts have mates,
  many p-values are small and the cutoff is lenient; when few do, p-values are roughly
  uniform and the cutoff falls to (near) nothing. That is the set's base rate, read from
  the set itself; no share of mates is assumed.

The limit (measured, docs/benchmarks.md, "Whole-set pass: how many texts have a mate"):
on news sets where every event has several reports written differently, most true mates
are *not* outliers of their text's tail (the test finds a quarter to a half of them), so
the cutoff reads such a set as mate-poor and the pass loses recall. Hence ``mate_fdr`` is
off by default.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

#: Rank whose score anchors the mate-free extrapolation (ranks 1 and 2 may be mates).
ANCHOR = 3


class MateTest:
    """Per-text tail parameters and the p-value of a pair's score against them."""

    __slots__ = ("anchor", "base", "beta")

    def __init__(
        self, near: Sequence[tuple[list[int], list[float]]], *, anchor: int = ANCHOR, ranks: int = 20
    ) -> None:
        n = len(near)
        self.anchor = anchor
        self.base = np.full(n, np.nan)
        self.beta = np.full(n, np.nan)
        need = anchor + 4  # at least four spacings to estimate a scale
        # Texts by the length of their (capped) neighbour list, one array operation per length.
        by_len: dict[int, list[int]] = {}
        for i, (_ids, scs) in enumerate(near):
            ln = min(len(scs), ranks)
            if ln >= need:
                by_len.setdefault(ln, []).append(i)
        for ln, rows in by_len.items():
            a = np.array([near[i][1][:ln] for i in rows], dtype=np.float64)
            k = np.arange(anchor, ln, dtype=np.float64)
            b = (k * (a[:, anchor - 1 : -1] - a[:, anchor:])).mean(axis=1)
            ok = b > 0.0
            idx = np.asarray(rows)[ok]
            self.base[idx] = a[ok, anchor - 1]
            self.beta[idx] = b[ok]

    def known(self, i: int) -> bool:
        """True when text ``i`` has enough neighbours for its tail to be estimated."""
        return not math.isnan(self.beta[i])

    def p(self, i: int, score: float) -> float:
        """Chance that a mate-less text ``i``'s best neighbour scores ``score`` or more
        (0.0 when its tail is unknown: too few neighbours to tell, no objection)."""
        b = self.beta[i]
        if math.isnan(b):
            return 0.0
        g = (score - self.base[i]) / b
        if g <= 0.0:
            return 1.0
        return 1.0 - (1.0 - math.exp(-g)) ** (self.anchor - 1)

    def pair_p(self, i: int, j: int, score: float) -> float:
        """p-value of a pair: both texts must find its score exceptional."""
        return max(self.p(i, score), self.p(j, score))


def bh_cutoff(pvalues: Sequence[float], q: float) -> float:
    """Benjamini-Hochberg step-up cutoff at level ``q``: the largest p_(k) <= q * k / m
    (-1.0 when none is, so that no p-value passes)."""
    m = len(pvalues)
    if m == 0:
        return -1.0
    ps = np.sort(np.asarray(pvalues, dtype=np.float64))
    ok = np.nonzero(ps <= q * np.arange(1, m + 1) / m)[0]
    return float(ps[ok[-1]]) if len(ok) else -1.0


def set_cutoff(test: MateTest, near: Sequence[tuple[list[int], list[float]]], q: float) -> tuple[float, int]:
    """The set's p-value cutoff for a pair of lone texts, and how many texts were tested.

    Each text with a known tail and a neighbour contributes the pair p-value of its best
    neighbour."""
    ps: list[float] = []
    for i, (ids, scs) in enumerate(near):
        if ids and test.known(i):
            ps.append(test.pair_p(i, ids[0], scs[0]))
    return bh_cutoff(ps, q), len(ps)
