#!/usr/bin/env python3
"""Why the online pass cannot repair its splits with the batch pass's merge rule at the
moment an article arrives (docs/clustering.md, "Online split repair").

Runs the online pass (default decision, no repair) over an AllSides stream and, after each
placement, takes every pair (story the article is in now, another candidate story the
index gave it) — the pairs a local repair would look at. Each pair is labelled true when
the two stories share a true story, and scored four ways, each as the batch pass scores a
pair of groups (mean pairwise cosine of the texts over the whole set's TF-IDF, less
``density_weight`` x the mean of the two groups' backgrounds):

- ``raw``: no background;
- ``whole-set background``: each text's mean cosine to its ``density_k`` nearest texts
  outside its group over the whole stream (what the batch pass uses; includes texts that
  arrive later);
- ``arrived background``: the same over the texts that had arrived when the pair was
  looked at (all a local pass at that moment could know, with perfect vectors);
- ``online score``: the story-centroid cosine the online pass itself sees, less the
  article's background (its other candidates), as the join rule.

Prints, per score, how many true pairs rank above precision 0.7 / 0.6 / 0.5 / 0.4 (a pair
is counted each time it is looked at) and the oracle: the online pass merging exactly the
looked-at pairs that share a true story (the ceiling of any local rule on these pairs).

    python bench/cluster_repair_diag.py --split train   (and --split val)
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_tune import bcubed, load  # noqa: E402

from plainwire.cluster import ClusterConfig, OnlineClusterer  # noqa: E402
from plainwire.cluster import batch as B  # noqa: E402
from plainwire.cluster.online import Story  # noqa: E402
from plainwire.cluster.text import tokenize_article  # noqa: E402


def ranked_counts(score: np.ndarray, y: np.ndarray) -> str:
    order = np.argsort(-score, kind="stable")
    tp = np.cumsum(y[order])
    prec = tp / np.arange(1, len(y) + 1)
    out = []
    for p in (0.7, 0.6, 0.5, 0.4):
        ok = np.nonzero(prec >= p)[0]
        out.append(f"P>={p}: {int(tp[ok.max()]) if len(ok) else 0}")
    return "  ".join(out)


def oracle(arts: list, gold: dict[str, str]) -> tuple[float, float, float]:
    """The online pass merging, after each placement, the article's story with every other
    candidate story whose majority true story is its own (no score at all)."""
    c = OnlineClusterer(ClusterConfig(repair_threshold=0.0, repair_lookups=0))

    def major(s: Story) -> str:
        return Counter(gold[a] for a in s.article_ids).most_common(1)[0][0]

    pred = {}
    for x in arts:
        sid = c.add(x)
        story = c._by_id[c.resolve(sid)]
        for num, _sc in list(c._scored):
            other = c._live.get(num)
            if other is None or other is story or major(other) != major(story):
                continue
            keep, gone = (story, other) if story.num < other.num else (other, story)
            c._fold(keep, gone)
            story = keep
        pred[x.id] = sid
    return bcubed(gold, {k: c.resolve(v) for k, v in pred.items()})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    arts = load(Path(a.data), a.split)
    gold = {x.id: x.id.rsplit("/", 1)[0] for x in arts}
    cfg = ClusterConfig()
    # repair_lookups 0: the clusterer keeps each placement's scored candidates, merges nothing.
    c = OnlineClusterer(ClusterConfig(repair_threshold=0.0, repair_lookups=0))
    pairs: list[tuple[int, list[str], list[str], float]] = []
    for t, x in enumerate(arts):
        sid = c.resolve(c.add(x))
        story = c._by_id[sid]
        scored = list(c._scored)
        rest = sum(s for _, s in scored if s > 0.0)
        k = max(1, cfg.candidates - 1)
        for num, sc in scored:
            other = c._live.get(num)
            if other is None or other is story or other.norm == 0.0 or story.norm == 0.0:
                continue
            cos = story.dot(other.vec()) / (story.norm * other.norm)
            pairs.append(
                (t + 1, list(story.article_ids), list(other.article_ids), cos - (rest - max(sc, 0.0)) / k)
            )
    # The batch pass's vectors over the whole stream (one node per article).
    toks = [tokenize_article(x.title, x.text, cfg) for x in arts]
    nodes = [B._Node(rows=[i], when=None) for i in range(len(arts))]
    x_, _df = B._vectors(arts, nodes, toks, cfg)
    sims = (x_ @ x_.T).toarray()
    np.fill_diagonal(sims, -np.inf)
    pos = {x.id: i for i, x in enumerate(arts)}
    kd = cfg.density_k

    def density(i: int, group: list[int], upto: int) -> float:
        row = sims[i, :upto].copy()
        row[[g for g in group if g < upto]] = -np.inf
        top = np.sort(row)[-kd:]
        top = top[np.isfinite(top)]
        return float(np.concatenate([top, np.zeros(kd - len(top))]).mean())

    rows = []
    for t, sa, sb, online_corr in pairs:
        ia, ib = [pos[i] for i in sa], [pos[i] for i in sb]
        raw = float(sims[np.ix_(ia, ib)].mean())
        whole = np.mean([density(i, ia, len(arts)) for i in ia]) + np.mean(
            [density(i, ib, len(arts)) for i in ib]
        )
        now = np.mean([density(i, ia, t) for i in ia]) + np.mean([density(i, ib, t) for i in ib])
        true = bool({gold[i] for i in sa} & {gold[i] for i in sb})
        rows.append(
            (
                raw,
                raw - cfg.density_weight * 0.5 * whole,
                raw - cfg.density_weight * 0.5 * now,
                online_corr,
                true,
            )
        )
    r = np.array(rows, dtype=np.float64)
    y = r[:, 4]
    print(f"{a.split}: {len(r)} looked-at pairs, {int(y.sum())} true ({100 * y.mean():.1f} %)")
    for j, name in enumerate(
        ("raw (batch vectors)", "whole-set background", "arrived background", "online score")
    ):
        print(f"  {name:22s} true pairs ranked above  {ranked_counts(r[:, j], y)}")
    p, rr, f = oracle(arts, gold)
    print(f"  oracle merge of the looked-at pairs: F1 {f:.2f} (P {p:.2f} R {rr:.2f})")


if __name__ == "__main__":
    main()
