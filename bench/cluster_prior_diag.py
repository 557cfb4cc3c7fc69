#!/usr/bin/env python3
"""Is the online pass's grouping evidence the whole-set pass lacks? (``online_prior``)

For each mix of bench/cluster_singletons.py (each AllSides story keeps 1, 2 or 3 of its
articles; shuffled, undated), builds the whole-set pass's neighbour lists as
``cluster_batch`` does, runs the online pass, and classifies every text's best-neighbour
pair as the pass sees it while all texts are alone:

- remarkable: the mate test passes at ``--q`` (``mate_fdr``) or the score is at least
  ``density_cap``;
- unremarkable: the test fails but the link rule (floor, threshold after the background
  correction) passes: the pairs ``online_prior="link"`` decides by the online verdict;
- below: the link rule fails.

Per class: pairs, share of true pairs, share the online pass put in one story, and the
share of true pairs among those. ``--timing`` also prints the CPU time per article of
``cluster_batch`` with the default config, with ``mate_fdr`` alone and with
``online_prior="link"`` given the online assignment (the main job's case), alternating.
Development data is not shipped; point ``--data`` at it.

usage: python bench/cluster_prior_diag.py --split train --mixes "100/0/0,80/15/5,60/25/15,0/0/100" [--timing]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_singletons import mix_stream  # noqa: E402
from cluster_tune import load  # noqa: E402

from plainwire.cluster import ClusterConfig, cluster_batch, static  # noqa: E402
from plainwire.cluster import batch as B  # noqa: E402
from plainwire.cluster.mates import MateTest, set_cutoff  # noqa: E402
from plainwire.models import Article  # noqa: E402


def classify(stream: list[Article], cfg: ClusterConfig) -> dict[str, list[tuple[bool, bool]]]:
    """(true pair, online-joined) per best-neighbour pair, by class."""
    online = B.online_assignment(stream, cfg)
    kept, nodes, tokens = B._distinct_texts(stream, cfg)
    x, df = B._vectors(kept, nodes, tokens, cfg)
    emb = static.mix(B._static_embeddings(tokens, df), None, cfg, batch=True)
    _edges, near = B._neighbours(x, emb, [n.when for n in nodes], cfg)
    gold = [kept[n.rows[0]].id.rsplit("/", 1)[0] for n in nodes]
    lab = [online[kept[n.rows[0]].id] for n in nodes]
    test = MateTest(near)
    assert cfg.mate_fdr is not None
    cut, _tested = set_cutoff(test, near, cfg.mate_fdr)
    cap = cfg.density_cap if cfg.density_cap is not None else float("inf")
    kd = cfg.density_k
    # Every text alone: its background is the mean of its kd best scores (capped).
    dens = [min(sum((list(scs[:kd]) + [0.0] * kd)[:kd]) / kd, cap) for _ids, scs in near]
    out: dict[str, list[tuple[bool, bool]]] = {"remarkable": [], "unremarkable": [], "below": []}
    for i, (ids, scs) in enumerate(near):
        if not ids:
            continue
        j, s = ids[0], scs[0]
        if s < cfg.link_floor or s - cfg.density_weight * 0.5 * (dens[i] + dens[j]) < cfg.link_threshold:
            c = "below"
        elif s >= cap or test.pair_p(i, j, s) <= cut:
            c = "remarkable"
        else:
            c = "unremarkable"
        out[c].append((gold[i] == gold[j], lab[i] == lab[j]))
    return out


def timing(stream: list[Article], q: float, rounds: int = 3) -> str:
    link = ClusterConfig(mate_fdr=q, online_prior="link")
    t = time.process_time()
    prior = B.online_assignment(stream, link)
    online = time.process_time() - t
    runs: dict[str, list[float]] = {"default": [], "mate": [], "link, prior given": []}
    for _ in range(rounds):
        for name, cfg, given in (("default", ClusterConfig(), None), ("mate", ClusterConfig(mate_fdr=q), None),
                                 ("link, prior given", link, prior)):
            t = time.process_time()
            cluster_batch(stream, cfg, prior=given)
            runs[name].append(time.process_time() - t)
    n = len(stream)
    per = ", ".join(f"{k} {' / '.join(f'{1e6 * v / n:.0f}' for v in vs)}" for k, vs in runs.items())
    return f"CPU us/article: online pass {1e6 * online / n:.0f}; {per}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--mixes", default="100/0/0,80/15/5,60/25/15,0/0/100")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--q", type=float, default=0.2)
    ap.add_argument("--timing", action="store_true")
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    arts = load(Path(a.data), a.split)
    cfg = ClusterConfig(mate_fdr=a.q)
    for mix in a.mixes.split(","):
        shares = tuple(float(s) for s in mix.split("/"))
        stream = mix_stream(arts, shares, a.seed)  # type: ignore[arg-type]
        parts = [f"{a.split} {mix} ({len(stream)} articles)"]
        for c, v in classify(stream, cfg).items():
            m = np.array(v, dtype=float).reshape(-1, 2)
            joined = m[m[:, 1] == 1, 0]
            parts.append(f"{c}: n {len(m)} true {m[:, 0].mean():.2f} online-joined {m[:, 1].mean():.2f} "
                         f"true among joined {joined.mean() if len(joined) else float('nan'):.2f}")
        print(" | ".join(parts), flush=True)
        if a.timing:
            print(f"  {timing(stream, a.q)}", flush=True)


if __name__ == "__main__":
    main()
