"""Story-search latency in-process, by FTS match threshold (no HTTP).

    python bench/reader_search_plan.py --home /tmp/pw-bench [--queries 600] [--caps 2000,8000,20000]

``Store.reader_stories(query=...)`` collects the matching stories when the FTS query has at
most ``_READER_FTS_CAP`` matches and otherwise walks stories newest-first; this prints the
latency distribution of the same queries (words and word pairs from stored titles) per cap.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from plainwire.settings import Config
from plainwire.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--queries", type=int, default=600)
    ap.add_argument("--caps", default="2000,8000,20000")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    store = Store(Config(home=args.home).db_path, readonly=True)
    titles = [r[0] for r in store.conn.execute("SELECT title FROM articles ORDER BY rowid")]
    queries = []
    for t in rng.sample(titles, args.queries):
        words = t.split()
        queries.append(" ".join(rng.sample(words, 2)) if rng.random() < 0.5 else rng.choice(words))
    out = {}
    for cap in [int(c) for c in args.caps.split(",")]:
        store._READER_FTS_CAP = cap  # type: ignore[misc]
        ms = []
        for q in queries:
            t0 = time.perf_counter()
            store.reader_stories(limit=21, query=q)
            ms.append((time.perf_counter() - t0) * 1000)
        ms.sort()
        out[cap] = {
            "p50_ms": round(ms[len(ms) // 2], 1),
            "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1),
            "p99_ms": round(ms[int(0.99 * (len(ms) - 1))], 1),
            "max_ms": round(ms[-1], 1),
        }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
