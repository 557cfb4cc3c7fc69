#!/usr/bin/env python3
"""Online vs whole-set clustering on streams where most stories have one article.

The shared benchmark has exactly three articles per story; a real stream has mostly
one-article stories. This keeps, for each AllSides story, a random 1, 2 or 3 of its
articles (a "mix": the share of stories kept at 1 / 2 / 3 articles), shuffles the result
(undated, as cluster_bench does) with a fixed seed, and prints B-cubed P / R / F1 of the
online pass (``OnlineClusterer``, as ``plainwire run`` places articles) and of
``cluster_batch`` (``plainwire cluster``, ``recluster``) for each config of ``--batch-grid``.
Development data is not shipped; point ``--data`` at it.

usage: python bench/cluster_singletons.py --split train --mixes "60/25/15,0/0/100" --seeds 1,2
           [--batch-grid "[dict(), dict(link_floor=0.3)]"] [--no-online]
           [--grid "[dict(), dict(repair_threshold=0.16)]"]  (online configs; default: the default)
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_tune import bcubed, load  # noqa: E402

from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch  # noqa: E402
from plainwire.models import Article  # noqa: E402


def mix_stream(arts: list[Article], shares: tuple[float, float, float], seed: int) -> list[Article]:
    """Each story keeps 1, 2 or 3 of its articles with probabilities ``shares``; shuffled."""
    rng = random.Random(seed)
    by_story: dict[str, list[Article]] = defaultdict(list)
    for x in sorted(arts, key=lambda x: x.id):
        by_story[x.id.rsplit("/", 1)[0]].append(x)
    out: list[Article] = []
    for sid in sorted(by_story):
        got = by_story[sid]
        keep = rng.choices((1, 2, 3), weights=shares)[0]
        out += rng.sample(got, min(keep, len(got)))
    rng.shuffle(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument(
        "--mixes",
        default="60/25/15,80/15/5,0/0/100",
        help="comma-separated shares (percent) of stories kept at 1/2/3 articles",
    )
    ap.add_argument("--seeds", default="1")
    ap.add_argument(
        "--batch-grid", default="[{}]", help="Python list of ClusterConfig keyword dicts (batch pass)"
    )
    ap.add_argument("--no-online", action="store_true")
    ap.add_argument("--grid", default="[{}]", help="Python list of ClusterConfig keyword dicts (online pass)")
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    arts = load(Path(a.data), a.split)
    grid = eval(a.batch_grid)  # a developer's own command line
    online_grid = eval(a.grid)
    for mix in a.mixes.split(","):
        one, two, three = (float(s) for s in mix.split("/"))
        shares = (one, two, three)
        for seed in (int(s) for s in a.seeds.split(",")):
            stream = mix_stream(arts, shares, seed)
            gold = {x.id: x.id.rsplit("/", 1)[0] for x in stream}
            head = (
                f"{a.split} mix {mix} seed {seed} ({len(stream)} articles, {len(set(gold.values()))} stories)"
            )
            for okw in [] if a.no_online else online_grid:
                t = time.process_time()
                c = OnlineClusterer(ClusterConfig(**okw))
                pred = {x.id: c.add(x) for x in stream}
                pred = {k: c.resolve(v) for k, v in pred.items()}  # stories merged later (split repair)
                p, r, f = bcubed(gold, pred)
                label = f"online {okw}" if okw else "online"
                print(
                    f"{head} {label} P {p:.2f} R {r:.2f} F1 {f:.2f} groups {len(set(pred.values()))} "
                    f"{time.process_time() - t:.1f} CPU s",
                    flush=True,
                )
            for kw in grid:
                t = time.process_time()
                groups = cluster_batch(stream, ClusterConfig(**kw))
                pred = {aid: str(i) for i, g in enumerate(groups) for aid in g}
                p, r, f = bcubed(gold, pred)
                print(
                    f"{head} batch {kw} P {p:.2f} R {r:.2f} F1 {f:.2f} groups {len(groups)} "
                    f"{time.process_time() - t:.1f} CPU s",
                    flush=True,
                )


if __name__ == "__main__":
    main()
