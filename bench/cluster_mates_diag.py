#!/usr/bin/env python3
"""How well does the "has a mate" tail test (plainwire.cluster.mates) read a set's base rate?

For each mix of bench/cluster_singletons.py (each AllSides story keeps 1, 2 or 3 of its
articles; shuffled, undated), builds the whole-set pass's neighbour lists exactly as
``cluster_batch`` does and prints, per mix:

- the true share of texts that have a mate in the set, and of texts whose best
  neighbour is a mate;
- the per-text p-value of the best neighbour against the text's own tail (ranks 3-20):
  its histogram in tenths for texts without and with a mate (uniform = no evidence);
- Storey's estimate of the share of mate-less texts, #{p > 0.5} / (0.5 m);
- the Benjamini-Hochberg discoveries at q (share of texts) and the test's power (share
  of texts with a mate that are discovered).

Development data is not shipped; point ``--data`` at it.

usage: python bench/cluster_mates_diag.py --split train --mixes "100/0/0,80/15/5,60/25/15,0/0/100" [--q 0.1]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_singletons import mix_stream  # noqa: E402
from cluster_tune import load  # noqa: E402

from plainwire.cluster import ClusterConfig, static  # noqa: E402
from plainwire.cluster import batch as B  # noqa: E402
from plainwire.cluster.mates import MateTest, bh_cutoff  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--mixes", default="100/0/0,80/15/5,60/25/15,0/0/100")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--q", type=float, default=0.1)
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    arts = load(Path(a.data), a.split)
    cfg = ClusterConfig()
    for mix in a.mixes.split(","):
        stream = mix_stream(arts, tuple(float(s) for s in mix.split("/")), a.seed)  # type: ignore[arg-type]
        kept, nodes, tokens = B._distinct_texts(stream, cfg)
        x, df = B._vectors(kept, nodes, tokens, cfg)
        emb = static.mix(B._static_embeddings(tokens, df), None, cfg, batch=True)
        _edges, near = B._neighbours(x, emb, [n.when for n in nodes], cfg)
        gold = [kept[n.rows[0]].id.rsplit("/", 1)[0] for n in nodes]
        count = Counter(gold)
        n = len(gold)
        mate = np.array([count[g] > 1 for g in gold])
        best_mate = np.array([bool(ids) and gold[ids[0]] == gold[i] for i, (ids, _s) in enumerate(near)])
        test = MateTest(near)
        p = np.array([test.p(i, near[i][1][0]) if near[i][0] else 1.0 for i in range(n)])
        cut = bh_cutoff(p.tolist(), a.q)
        disc = p <= cut
        print(
            f"{a.split} mix {mix} seed {a.seed}: {n} texts; with a mate {mate.mean():.2f}, "
            f"best neighbour a mate {best_mate.mean():.2f}"
        )
        for name, sel in (("no mate", ~mate), ("a mate", mate)):
            if sel.any():
                hist = np.histogram(p[sel], bins=10, range=(0.0, 1.0))[0]
                print(
                    f"  p of best neighbour, texts with {name:7s} (tenths): {' '.join(str(v) for v in hist)}"
                )
        print(
            f"  Storey share without a mate {(p > 0.5).mean() / 0.5:.2f} (true {1 - mate.mean():.2f}); "
            f"BH q {a.q}: cutoff {cut:.4f}, discoveries {disc.mean():.3f} of texts, "
            f"power {disc[mate].mean() if mate.any() else float('nan'):.2f}, "
            f"false among them {(~mate[disc]).mean() if disc.any() else float('nan'):.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
