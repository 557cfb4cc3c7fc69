#!/usr/bin/env python3
"""How the clustering defaults were chosen: in-process B-cubed F1 over a config grid.

Reads AllSides-style JSONL (``{"story_id", "articles": [{"title", "text"}]}``), makes
one shuffled stream per split (as ../shared/bench/cluster_bench.py does), runs
``OnlineClusterer`` with each config and prints B-cubed precision / recall / F1.
Development data is not shipped; point ``--data`` at it.

usage: python bench/cluster_tune.py --data ../shared/data --split train \\
           --grid "[dict(join_threshold=t) for t in (0.28, 0.32, 0.36)]"
       --split train:0-300  (stories 0..299 of the train split only)
       --dense --grid "[dict(dense_weight=0.5, join_threshold=t) for t in (0.36, 0.40)]"
       --batch  (whole-set clustering, plainwire.cluster.batch, as `plainwire cluster` does;
                 without it: the online pass, as `plainwire cluster --online`)
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch
from plainwire.models import Article


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    gm: dict[str, set[str]] = defaultdict(set)
    pm: dict[str, set[str]] = defaultdict(set)
    for k in gold:
        gm[gold[k]].add(k)
        pm[pred[k]].add(k)
    p = r = 0.0
    for k in gold:
        inter = len(pm[pred[k]] & gm[gold[k]])
        p += inter / len(pm[pred[k]])
        r += inter / len(gm[gold[k]])
    p, r = 100 * p / len(gold), 100 * r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(data: Path, split: str) -> list[Article]:
    """``train``, ``val``, ``train:0-300`` (a story range), or ``train+val`` (the shared
    benchmark's exact stream)."""
    rows = []
    for part in split.split("+"):
        name, _, rng = part.partition(":")
        lines = (data / f"allsides-{name}.jsonl").read_text(encoding="utf-8").splitlines()
        got = [json.loads(line) for line in lines if line.strip()]
        if rng:
            lo, hi = (int(x) for x in rng.split("-"))
            got = got[lo:hi]
        rows += got
    arts = [
        Article(id=f"{r['story_id']}/{j}", title=a["title"], text=a["text"])
        for r in rows
        for j, a in enumerate(r["articles"])
    ]
    random.Random(7).shuffle(arts)
    return arts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--grid", default="[{}]", help="Python list of ClusterConfig keyword dicts")
    ap.add_argument(
        "--dense",
        action="store_true",
        help="encode all articles once (embeddings extra) for configs with dense_weight > 0",
    )
    ap.add_argument(
        "--batch", action="store_true", help="whole-set clustering (the default of `plainwire cluster`)"
    )
    ap.add_argument(
        "--emb-cache", default="", help="scratch .npz to keep embeddings between runs (e.g. /tmp/emb.npz)"
    )
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    arts = load(Path(a.data), a.split)
    gold = {x.id: x.id.rsplit("/", 1)[0] for x in arts}
    embs = None
    if a.dense:
        # Encoded once for the whole grid (the slow part); passed to add_many in order.
        from plainwire.cluster import dense

        cache: dict[str, object] = {}
        if a.emb_cache and Path(a.emb_cache).exists():
            # An explicit scratch file named on the command line (sweeps re-encode nothing).
            with np.load(a.emb_cache) as z:
                cache = dict(zip(z["ids"].tolist(), z["emb"], strict=True))
        todo = [x for x in arts if x.id not in cache]
        t = time.perf_counter()
        new = dense.encode_articles(todo)
        if todo:
            print(
                f"encoded {len(todo)} articles in {time.perf_counter() - t:.1f}s "
                f"({len(todo) / (time.perf_counter() - t):.0f} articles/s)",
                flush=True,
            )
        cache.update(zip((x.id for x in todo), new, strict=True))
        if a.emb_cache and todo:
            np.savez(a.emb_cache, ids=np.array(list(cache)), emb=np.stack(list(cache.values())))
        embs = [cache[x.id] for x in arts]
    for kw in eval(a.grid):  # a developer's own command line
        cfg = ClusterConfig(**kw)
        t = time.perf_counter()
        cpu = time.process_time()
        if a.batch:
            groups = cluster_batch(arts, cfg, embeddings=embs if cfg.dense_weight > 0 else None)
            pred = {aid: str(i) for i, g in enumerate(groups) for aid in g}
            secs = time.perf_counter() - t
            p, r, f = bcubed(gold, pred)
            print(
                f"{a.split} batch {kw} F1 {f:.2f} P {p:.2f} R {r:.2f} stories {len(groups)} "
                f"({len(arts) / secs:.0f} articles/s, {1e6 * (time.process_time() - cpu) / len(arts):.0f} us CPU/article)",
                flush=True,
            )
            continue
        c = OnlineClusterer(cfg)
        if embs is not None and c.config.dense_weight > 0:
            pred = dict(zip((x.id for x in arts), c.add_many(arts, workers=-1, embeddings=embs), strict=True))
        else:
            pred = {x.id: c.add(x) for x in arts}
        pred = {k: c.resolve(v) for k, v in pred.items()}  # stories merged later (split repair)
        secs = time.perf_counter() - t
        p, r, f = bcubed(gold, pred)
        print(
            f"{a.split} {kw} F1 {f:.2f} P {p:.2f} R {r:.2f} stories {len(set(pred.values()))} "
            f"({len(arts) / secs:.0f} articles/s, {1e6 * (time.process_time() - cpu) / len(arts):.0f} us CPU/article)",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
