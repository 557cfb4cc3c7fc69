#!/usr/bin/env python3
"""Speed and memory of whole-file clustering (``cluster_batch``, ``plainwire cluster``).

Synthetic stream (bench/synthetic_stream.py): N articles from stories of 1-4 articles,
shuffled within a sliding hour (undated: input order only). Reports CPU time per
article (the machine is shared; CPU time is what compares), wall time, resident memory
growth, and B-cubed F1 against the generator's stories (a sanity check: synthetic
stories are far easier than real ones).

``--dated``: articles carry ``published`` at ``--per-hour`` articles an hour, so each
text is compared only with texts within the dormancy gap (3 days): the cost per article
is then bounded by the articles in 6 days, not by the file. Undated, every text is
compared with every other (cost per article grows with N).

``--set NAME=VALUE`` overrides a ClusterConfig field (e.g. ``--set batch_max_articles=20000``,
``--set batch_static_weight=0``). Memory is reported as growth of the resident set at the
end and at its peak (``ru_maxrss``) over the clustering.

usage: python bench/cluster_batch_speed.py --sizes 10000,50000 [--dated --per-hour 200] [--set NAME=VALUE ...]
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import gc
import os
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_tune import bcubed  # noqa: E402
from synthetic_stream import SyntheticStream  # noqa: E402

from plainwire.cluster import ClusterConfig, cluster_batch  # noqa: E402
from plainwire.models import Article  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def make(n: int, dated: bool, per_hour: float, seed: int) -> tuple[list[Article], dict[str, str]]:
    gen = SyntheticStream()
    rng = random.Random(seed)
    arts: list[Article] = []
    gold: dict[str, str] = {}
    story = 0
    t0 = datetime(2031, 1, 1, tzinfo=UTC)
    while len(arts) < n:
        for k in range(rng.randint(1, 4)):
            # Articles of one story within a few hours of each other.
            when = t0 + timedelta(hours=len(arts) / per_hour + rng.uniform(0, 3)) if dated else None
            a = gen.article(story, k, when)
            arts.append(a)
            gold[a.id] = str(story)
        story += 1
    arts = arts[:n]
    # Local shuffle: outlets publish a story's articles interleaved with other stories.
    for i in range(0, n, 200):
        block = arts[i : i + 200]
        rng.shuffle(block)
        arts[i : i + 200] = block
    return arts, {a.id: gold[a.id] for a in arts}


def config(sets: list[str]) -> ClusterConfig:
    kw = {}
    for item in sets:
        name, _, value = item.partition("=")
        kw[name] = ast.literal_eval(value)
    return dataclasses.replace(ClusterConfig(), **kw)


def run(n: int, dated: bool, per_hour: float, seed: int, sets: list[str]) -> None:
    cfg = config(sets)
    arts, gold = make(n, dated, per_hour, seed)
    gc.collect()
    rss0 = rss_mb()
    t, w = time.process_time(), time.perf_counter()
    groups = cluster_batch(arts, cfg)
    cpu, wall = time.process_time() - t, time.perf_counter() - w
    rss1 = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    pred = {a: str(i) for i, g in enumerate(groups) for a in g}
    print(
        f"articles {n:>8,}  {'dated ' + str(int(per_hour)) + '/h' if dated else 'undated'}  "
        f"{n / cpu:6.0f} articles/s CPU ({n / wall:.0f}/s wall, {1e6 * cpu / n:5.0f} us/article)  "
        f"memory +{rss1 - rss0:5.0f} MB (peak +{peak - rss0:5.0f} MB)  B-cubed F1 {bcubed(gold, pred)[2]:.1f}"
        f"{'  ' + ' '.join(sets) if sets else ''}",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,50000")
    ap.add_argument("--dated", action="store_true")
    ap.add_argument("--per-hour", type=float, default=200.0)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="ClusterConfig override")
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    if len(sizes) > 1:
        # One process per size: memory freed by a previous run would hide the next one's.
        for n in sizes:
            cmd = [
                sys.executable,
                __file__,
                "--sizes",
                str(n),
                "--per-hour",
                str(a.per_hour),
                "--seed",
                str(a.seed),
            ]
            cmd += [x for s in a.set for x in ("--set", s)]
            subprocess.run(cmd + (["--dated"] if a.dated else []), check=True)
        return
    run(sizes[0], a.dated, a.per_hour, a.seed, a.set)


if __name__ == "__main__":
    main()
