#!/usr/bin/env python3
"""Clustering speed and memory with N live stories in the index (synthetic stream).

For each size N: fill the clusterer with N stories (one article each), then time a
measured stream of M articles, half follow-ups of existing stories, half new stories.
Reports articles/s (per CPU second, and wall clock) and CPU microseconds per article in the measured phase, placement
accuracy on it (follow-up joined its story / new article started a new one) and resident
memory growth per 100k stories.

With ``--workers 1`` the measured phase uses ``add_many`` (text work in a second
process, both cores): read the wall-clock rate then, CPU time covers the main process only.

usage: python bench/cluster_speed.py [--sizes 10000,100000] [--measure 5000] [--workers 1]
           [--set repair_threshold=0.24]  (ClusterConfig settings)
"""

from __future__ import annotations

import argparse
import ast
import gc
import os
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_stream import SyntheticStream  # noqa: E402

from plainwire.cluster import ClusterConfig, OnlineClusterer  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(
    n: int, measure: int, seed: int, workers: int = 0, settings: dict[str, object] | None = None
) -> dict[str, float]:
    gen = SyntheticStream()
    gc.collect()
    rss0 = rss_mb()
    c = OnlineClusterer(ClusterConfig(**(settings or {})))
    truth: dict[int, str] = {}
    t = time.perf_counter()
    for s in range(n):
        truth[s] = c.add(gen.article(s, 0))
    fill_s = time.perf_counter() - t
    gc.collect()
    rss1 = rss_mb()
    rng = random.Random(seed)
    plan: list[tuple[int, int]] = []
    for i in range(measure):
        if i % 2 == 0:
            plan.append((rng.randrange(n), 1 + i))  # a follow-up of a live story
        else:
            plan.append((n + i, 0))  # a new story
    arts = [gen.article(s, k) for s, k in plan]
    # CPU time of this process: the development machine is shared, wall time is noisy.
    t, w = time.process_time(), time.perf_counter()
    got = list(c.add_many(arts, workers=workers)) if workers else [c.add(a) for a in arts]
    secs = time.process_time() - t
    wall = time.perf_counter() - w
    ok = 0
    for (s, k), sid in zip(plan, got, strict=True):
        if k:
            ok += sid == truth[s]
        else:
            ok += sid not in truth.values() if n <= 20_000 else True
    return {
        "stories": n,
        "live": c.live_stories,
        "fill_rate": n / fill_s,
        "rate": measure / secs,
        "wall_rate": measure / wall,
        "us_per_article": 1e6 * secs / measure,
        "mb_per_100k": (rss1 - rss0) / n * 100_000,
        "followup_acc": sum(1 for (s, k), sid in zip(plan, got, strict=True) if k and sid == truth[s])
        / max(1, sum(1 for _, k in plan if k)),
        "placement_ok": ok / measure,
    }


def reference_ms() -> float:
    """Best-of-5 time of a fixed pure-Python loop: tells how loaded/fast the machine was."""
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        sum(i * i for i in range(100_000))
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--measure", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--workers", type=int, default=0, help="worker processes for add_many (0: plain add)")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a ClusterConfig setting (Python literal), e.g. repair_threshold=0.24; repeatable",
    )
    ap.add_argument("--no-reference", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if not a.no_reference:
        print(
            f"reference loop {reference_ms():.1f} ms (2.6 ms on the lightly loaded dev machine; higher = slower CPU or busy machine)",
            flush=True,
        )
    sizes = [int(x) for x in a.sizes.split(",")]
    settings = {k: ast.literal_eval(v) for k, _, v in (kv.partition("=") for kv in a.set)}
    if len(sizes) > 1:
        # One process per size: memory freed by a previous run would hide the next one's.
        for n in sizes:
            cmd = [
                sys.executable,
                __file__,
                "--sizes",
                str(n),
                "--measure",
                str(a.measure),
                "--seed",
                str(a.seed),
                "--workers",
                str(a.workers),
                *(f"--set={kv}" for kv in a.set),
            ]
            subprocess.run([*cmd, "--no-reference"], check=True)
        return
    for n in sizes:
        r = run(n, a.measure, a.seed, a.workers, settings)
        print(
            f"live stories {r['live']:>8,}  workers {a.workers}  measured {r['rate']:7.0f} articles/s CPU ({r['wall_rate']:.0f}/s wall) "
            f"({r['us_per_article']:6.0f} us/article)  fill {r['fill_rate']:6.0f}/s  "
            f"memory {r['mb_per_100k']:6.0f} MB per 100k stories  follow-ups joined {100 * r['followup_acc']:.1f}%",
            flush=True,
        )


if __name__ == "__main__":
    main()
