"""Online vs whole-set clustering on the soak's generated newsroom, where the true event of
every article is known (invented texts with dates; many outlets, one template).

    python bench/cluster_soak_quality.py [--hours 48] [--grid "[dict(), dict(join_threshold=0.3)]"]
           [--batch-grid "[dict(), dict(static_weight=0.2)]"] [--no-batch]

Prints B-cubed precision/recall/F1 and CPU seconds of the online pass (as `plainwire run`
places articles) and of `cluster_batch` (as `plainwire cluster` / `recluster` do).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_tune import bcubed  # noqa: E402
from soak import Newsroom  # noqa: E402

from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=48.0)
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--grid", default="[{}]", help="Python list of ClusterConfig keyword dicts (online pass)")
    ap.add_argument("--no-batch", action="store_true", help="online pass only")
    ap.add_argument(
        "--batch-grid", default="[{}]", help="Python list of ClusterConfig keyword dicts (batch pass)"
    )
    a = ap.parse_args()
    arts, gold = Newsroom(a.outlets, 1.8e9, a.hours, a.seed).articles()
    print(f"{len(arts)} articles, {len(set(gold.values()))} events, {a.hours:g} h + 1 day of history")
    for kw in eval(a.grid):  # a developer's own command line
        t0 = time.process_time()
        online = OnlineClusterer(ClusterConfig(**kw))
        pred = {x.id: online.add(x) for x in arts}
        pred = {k: online.resolve(v) for k, v in pred.items()}  # stories merged later (split repair)
        p, r, f = bcubed(gold, pred)
        print(
            f"online {kw} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  stories {len(set(pred.values()))}  "
            f"{time.process_time() - t0:.1f} CPU s",
            flush=True,
        )
    if a.no_batch:
        return
    for kw in eval(a.batch_grid):
        t0 = time.process_time()
        groups = cluster_batch(arts, ClusterConfig(**kw))
        pred = {aid: str(i) for i, g in enumerate(groups) for aid in g}
        p, r, f = bcubed(gold, pred)
        print(
            f"batch {kw} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  stories {len(groups)}  {time.process_time() - t0:.1f} CPU s",
            flush=True,
        )


if __name__ == "__main__":
    main()
