"""The batch pass's merging: group-average linkage over the nearest-neighbour graph, with
the hubness correction, the best-neighbour gap and the "has a mate" test (the steps are
described in plainwire.cluster.batch; reasons and figures in docs/clustering.md)."""

from __future__ import annotations

import heapq
import logging
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from plainwire.cluster import static
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.mates import MateTest, set_cutoff

if TYPE_CHECKING:
    import scipy.sparse as sp

log = logging.getLogger(__name__)


def _penalty(
    cfg: ClusterConfig, a: tuple[datetime, datetime] | None, b: tuple[datetime, datetime] | None
) -> float | None:
    """Time penalty between two time spans (dormancy units, as online); None: too far."""
    if a is None or b is None:
        return 0.0
    if a[1] < b[0]:
        delta = b[0] - a[1]
    elif b[1] < a[0]:
        delta = a[0] - b[1]
    else:
        return 0.0
    frac = delta / cfg.dormancy
    return None if frac > 1.0 else cfg.time_penalty * frac


def _best_gaps(
    edges: list[tuple[int, int]], near: list[tuple[list[int], list[float]]], cfg: ClusterConfig
) -> dict[tuple[int, int], float]:
    """Per linked pair, ``best_gap_weight`` times how far its score falls below the mean of
    both texts' best scores (0 for two texts that are each other's nearest; never above 0).

    A text's best neighbour is usually its mate when it has one; a pair that both texts
    rank below a closer text is more often two events on one topic (docs/clustering.md,
    "Best-neighbour gap"). Read from the neighbour lists the hubness correction keeps, so
    it needs ``density_weight`` > 0; empty otherwise.
    """
    w = cfg.best_gap_weight
    if w <= 0.0 or not edges:
        return {}
    scores: dict[tuple[int, int], float] = {}
    for i, (ids, scs) in enumerate(near):
        for j, s in zip(ids, scs, strict=True):
            scores[(i, j)] = s
    out: dict[tuple[int, int], float] = {}
    for i, j in edges:
        s_ij = scores.get((i, j), scores.get((j, i)))
        if s_ij is None or not near[i][1] or not near[j][1]:
            continue  # (no neighbour lists: correction off)
        gap = s_ij - 0.5 * (near[i][1][0] + near[j][1][0])
        if gap < 0.0:
            out[(i, j)] = w * gap
    return out


def _average_linkage(
    x: sp.csr_matrix,
    emb: np.ndarray | None,
    when: list[datetime | None],
    edges: list[tuple[int, int]],
    near: list[tuple[list[int], list[float]]],
    cfg: ClusterConfig,
    gaps: dict[tuple[int, int], float] | None = None,
) -> list[list[int]]:
    """Merge groups best mean score first while it is >= ``link_threshold``.

    ``gaps`` (``_best_gaps``) adds to the summed score of each linked pair of texts, and
    like the summed similarities it is carried over merges (the sum between groups)."""
    n = x.shape[0]
    dw = cfg.density_weight
    thr = cfg.link_threshold
    floor = cfg.link_floor
    # Group state: the sum of its unit vectors (term -> weight), size, time span, summed density.
    vec: list[dict[int, float] | None] = []
    for i in range(n):
        s, e = x.indptr[i], x.indptr[i + 1]
        vec.append(dict(zip(x.indices[s:e].tolist(), x.data[s:e].tolist(), strict=True)))
    size = [1] * n
    dsum = None if emb is None else emb.copy()  # per group: sum of its unit embeddings
    span: list[tuple[datetime, datetime] | None] = [None if w is None else (w, w) for w in when]
    members: list[list[int]] = [[i] for i in range(n)]
    group = list(range(n))  # node -> its group (numbered by its earliest node)
    kd = cfg.density_k
    dcap = cfg.density_cap
    # Hubness correction: a node's density is its mean score to the ``density_k``
    # nearest nodes OUTSIDE its own group (texts of its own story are not background),
    # summed per group.
    rev: list[list[int]] = [[] for _ in range(n)]  # node -> nodes listing it as near

    def node_density(i: int) -> float:
        ids, scs = near[i]
        if not ids:
            return 0.0
        g = group[i]
        got = [s for j, s in zip(ids, scs, strict=True) if group[j] != g][:kd]
        # A full list that ran out because its own group took it: the texts beyond are
        # at most as similar as its last one. A short list: the set (or the dormancy
        # window) has no more texts, and absent texts are no background.
        got += [scs[-1] if len(ids) >= 2 * kd else 0.0] * (kd - len(got))
        d = sum(got) / kd
        return d if dcap is None or d <= dcap else dcap

    node_dens = [0.0] * n
    if dw:
        for i in range(n):
            for j in near[i][0]:
                rev[j].append(i)
            node_dens[i] = node_density(i)
    dens = list(node_dens)  # per group: the sum of its nodes' densities
    adj: list[set[int]] = [set() for _ in range(n)]
    for i, j in edges:
        adj[i].add(j)
        adj[j].add(i)
    version = [0] * n

    # Sum of the pairwise similarities between two groups, per linked pair of groups:
    # merging A and B gives sum(A+B, C) = sum(A, C) + sum(B, C) (Lance-Williams), so
    # most sums never need a new dot product.
    cross: dict[tuple[int, int], float] = {}
    gap = dict(gaps or {})  # (group, group) -> summed best-neighbour gaps of their linked texts
    wd = static.emb_weight(cfg, batch=True) if dsum is not None else 0.0
    # "Has a mate" test (plainwire.cluster.mates): two lone texts start a group only if
    # their score is an outlier of both texts' neighbour tails at the set's own cutoff.
    mates: MateTest | None = None
    cut = 0.0
    # A pair this close is one event whatever its neighbours (the cap's own reading:
    # many reports of a big event are each other's tail, so none stands out).
    sure = dcap if dcap is not None else float("inf")
    if cfg.mate_fdr is not None and any(near[i][0] for i in range(n)):
        mates = MateTest(near)
        cut, tested = set_cutoff(mates, near, cfg.mate_fdr)
        log.debug("has-a-mate cutoff p <= %.3g over %d tested texts", cut, tested)
        if not tested:
            mates = None

    def raw(a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        v = cross.get(key)
        if v is None:
            va, vb = vec[a], vec[b]
            assert va is not None and vb is not None
            if len(va) > len(vb):
                va, vb = vb, va
            get = vb.get
            v = sum(w * get(t, 0.0) for t, w in va.items())
            if dsum is not None:
                v = (1.0 - wd) * v + wd * float(dsum[a] @ dsum[b])
            cross[key] = v
        return v

    def score(a: int, b: int) -> float | None:
        pen = _penalty(cfg, span[a], span[b])
        if pen is None:
            return None
        s = (raw(a, b) + gap.get((a, b) if a < b else (b, a), 0.0)) / (size[a] * size[b]) - pen
        if s < floor:
            return None  # however quiet the neighbourhood, this little in common is no event
        if mates is not None and size[a] == 1 and size[b] == 1 and s < sure and mates.pair_p(a, b, s) > cut:
            return None  # two lone texts: no outlier of their own neighbour scores
        if dw:
            s -= dw * 0.5 * (dens[a] / size[a] + dens[b] / size[b])
        return s

    def merge(a: int, b: int) -> None:
        # Fold b into a (a < b: the group keeps its earliest node's number).
        nb = sorted((adj[a] | adj[b]) - {a, b})
        sums = [raw(a, c) + raw(b, c) for c in nb]  # before the vectors change
        if gap:
            gap.pop((a, b), None)
            for c in nb:
                g = gap.pop((a, c) if a < c else (c, a), 0.0) + gap.pop((b, c) if b < c else (c, b), 0.0)
                if g:
                    gap[(a, c) if a < c else (c, a)] = g
        for c in adj[b]:
            cross.pop((b, c) if b < c else (c, b), None)
        for c in adj[a]:
            cross.pop((a, c) if a < c else (c, a), None)
        for c, v in zip(nb, sums, strict=True):
            cross[(a, c) if a < c else (c, a)] = v
        vs, vt = vec[a], vec[b]
        assert vs is not None and vt is not None
        for t, w in vt.items():
            vs[t] = vs.get(t, 0.0) + w
        vec[b] = None
        size[a] += size[b]
        if dsum is not None:
            dsum[a] += dsum[b]
        if dw:
            # Only members listing a node of the other side as near change density.
            small, large = (a, b) if len(members[a]) <= len(members[b]) else (b, a)
            touched = set(members[small])
            for m in members[small]:
                touched.update(i for i in rev[m] if group[i] == large)
            for m in members[b]:
                group[m] = a
            dens[a] += dens[b]
            for i in touched:
                d = node_density(i)
                dens[a] += d - node_dens[i]
                node_dens[i] = d
        else:
            for m in members[b]:
                group[m] = a
        sa, sb = span[a], span[b]
        span[a] = None if sa is None or sb is None else (min(sa[0], sb[0]), max(sa[1], sb[1]))
        members[a].extend(members[b])
        members[b] = []
        version[a] += 1
        for c in adj[b]:
            adj[c].discard(b)
            if c != a:
                adj[c].add(a)
        adj[a] = set(nb)
        adj[b] = set()

    # Best pair first; a popped pair whose groups changed since it was scored is stale.
    heap: list[tuple[float, int, int, int, int]] = []
    for i, j in edges:
        if (s := score(i, j)) is not None and s >= thr:
            heap.append((-s, i, j, 0, 0))
    heapq.heapify(heap)
    while heap:
        _neg, a, b, va, vb = heapq.heappop(heap)
        if vec[a] is None or vec[b] is None or version[a] != va or version[b] != vb:
            continue
        merge(a, b)
        for c in sorted(adj[a]):
            if (s := score(a, c)) is not None and s >= thr:
                lo_, hi_ = (a, c) if a < c else (c, a)
                heapq.heappush(heap, (-s, lo_, hi_, version[lo_], version[hi_]))
    return [m for m in members if m]
