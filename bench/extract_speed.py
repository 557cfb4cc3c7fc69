"""Extraction throughput and memory: plainwire's extract stage vs bare trafilatura.

Pages are synthetic (generated here: site chrome, nav, ads, JSON-LD, comments and an
article body of invented sentences), so the benchmark needs nothing outside this repo.

Measured in one run, on the same pages:

* ``trafilatura``: ``bare_extraction(html, url=..., with_metadata=True,
  include_comments=False)`` in this process (one core) -- the baseline;
* ``trafilatura x N``: the same call over a process pool of N workers (N = cores);
* ``plainwire inline``: ``extract_many(..., workers=1)`` (one core: our metadata,
  canonical URL, language, fallbacks on top of trafilatura);
* ``plainwire pool``: a long-lived ``ExtractPool`` (all cores), as the run loop keeps one;
* ``plainwire cold pool``: ``extract_many(..., workers=0)``, worker start-up included;
* ``plainwire pool + store``: the long-lived pool, each article then written with
  ``Store.put_article`` into a fresh SQLite file (WAL, FTS5 triggers) -- raw HTML to stored
  article, the issue's measure.

Then memory: ``extract_many`` over ``--memory-pages`` pages (default 10,000), sampling the
resident set size of this process and its workers every 1,000 pages.

    python bench/extract_speed.py [--pages 600] [--memory-pages 10000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import random
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

WORDS = [
    "council",
    "harbour",
    "ferry",
    "island",
    "budget",
    "vote",
    "minister",
    "police",
    "storm",
    "rail",
    "strike",
    "union",
    "school",
    "hospital",
    "market",
    "river",
    "bridge",
    "court",
    "judge",
    "mayor",
    "election",
    "report",
    "plan",
    "tax",
    "energy",
    "water",
    "road",
    "port",
    "weather",
    "flood",
    "village",
    "town",
    "city",
    "region",
    "province",
    "coast",
    "border",
    "airport",
    "museum",
    "library",
    "festival",
    "farmers",
    "fishermen",
    "workers",
    "residents",
    "officials",
    "engineers",
    "inspectors",
    "volunteers",
    "traders",
    "drivers",
    "pilots",
]
VERBS = [
    "said",
    "announced",
    "confirmed",
    "warned",
    "approved",
    "rejected",
    "delayed",
    "opened",
    "closed",
    "reported",
    "expected",
    "asked",
]
GLUE = [
    "the",
    "a",
    "new",
    "local",
    "regional",
    "national",
    "several",
    "many",
    "two",
    "three",
    "late",
    "early",
    "on",
    "in",
    "at",
    "after",
    "before",
]


def sentence(rng: random.Random) -> str:
    n = rng.randint(10, 24)
    words = [rng.choice(GLUE if i % 3 == 0 else WORDS) for i in range(n)]
    words.insert(rng.randint(2, n - 2), rng.choice(VERBS))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def make_page(i: int, rng: random.Random) -> tuple[str, str]:
    """One synthetic article page of 300-1500 words with realistic chrome."""
    url = f"https://outlet{i % 40}.example/news/2026/11/story-{i}"
    paras = "\n".join(
        "<p>" + " ".join(sentence(rng) for _ in range(rng.randint(2, 6))) + "</p>"
        for _ in range(rng.randint(5, 20))
    )
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(12))
    related = "".join(f'<li><a href="/news/{i}-{k}">{sentence(rng)}</a></li>' for k in range(6))
    comments = "".join(f'<div class="comment"><p>{sentence(rng)}</p></div>' for _ in range(rng.randint(0, 8)))
    title = sentence(rng)[:-1]
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": rng.choice(["NewsArticle", "OpinionNewsArticle", "ReportageNewsArticle"]),
            "headline": title,
            "datePublished": f"2026-11-{1 + i % 27:02d}T{i % 24:02d}:15:00Z",
            "author": {"@type": "Person", "name": f"Reporter {i % 97}"},
            "articleSection": rng.choice(["World", "Local", "Opinion", "Business"]),
            "publisher": {"@type": "Organization", "name": f"Outlet {i % 40}"},
        }
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Outlet {i % 40}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Outlet {i % 40}">
<link rel="canonical" href="{url}?utm_source=bench"><script type="application/ld+json">{ld}</script>
<style>body{{font-family:serif}}</style><script>var tracking = {{id: {i}}};</script></head>
<body><header><a href="/">Outlet {i % 40}</a><nav><ul>{nav}</ul></nav></header>
<div class="ad">Advertisement: {sentence(rng)}</div>
<main><article><h1>{title}</h1><p class="byline">By Reporter {i % 97}</p>{paras}</article>
<aside><h2>Related</h2><ul>{related}</ul></aside><section class="comments"><h2>Comments</h2>{comments}</section></main>
<footer><p>Copyright 2026 Outlet {i % 40}</p><a href="/privacy">Privacy</a></footer></body></html>"""
    return html, url


def pages(n: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    rng = random.Random(seed)
    for i in range(n):
        yield make_page(i, rng)


def _bare(item: tuple[str, str]) -> int:
    from trafilatura import bare_extraction

    doc = bare_extraction(item[0], url=item[1], with_metadata=True, include_comments=False)
    return len(doc.text) if doc is not None and doc.text else 0


def _bare_chunk(items: list[tuple[str, str]]) -> int:
    return sum(_bare(it) for it in items)


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> None:
    from plainwire.extract.batch import ExtractPool, default_workers, extract_many

    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--memory-pages", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=2, help="best of N for each timing")
    args = ap.parse_args()
    cores = default_workers()
    data = list(pages(args.pages))
    mb = sum(len(h) for h, _ in data) / 1e6
    print(
        f"{len(data)} synthetic pages, {mb:.1f} MB of HTML, {cores} cores, load average {os.getloadavg()[0]:.2f}"
    )

    from plainwire.extract import extract_article

    _bare(data[0])  # warm imports outside the timings
    extract_article(*data[0])
    items = [(h, u, None, "") for h, u in data]

    # 1. Cost per page on one core. The two extractors alternate page by page (order
    # flipped every page), so load from other processes hits both alike; CPU time is
    # summed per extractor.
    cpu_bare = cpu_ours = 0.0
    for r in range(args.rounds):
        for i, (h, u) in enumerate(data):
            first_bare = (i + r) % 2 == 0
            for which in ("bare", "ours") if first_bare else ("ours", "bare"):
                c0 = time.process_time()
                if which == "bare":
                    _bare((h, u))
                else:
                    extract_article(h, u)
                spent = time.process_time() - c0
                if which == "bare":
                    cpu_bare += spent
                else:
                    cpu_ours += spent
    n = args.rounds * len(data)
    print(
        f"one core, interleaved: trafilatura {1000 * cpu_bare / n:.2f} ms/page, "
        f"plainwire {1000 * cpu_ours / n:.2f} ms/page -> plainwire speed = {cpu_bare / cpu_ours:.2f} x trafilatura"
    )

    # 2. Wall-clock throughput, rounds interleaved, best of each kept.
    ctx = multiprocessing.get_context("forkserver")
    chunks = [data[i : i + 16] for i in range(0, len(data), 16)]
    pool = ProcessPoolExecutor(cores, mp_context=ctx)
    list(pool.map(_bare_chunk, [data[:2]] * cores))  # start workers before timing
    ours = ExtractPool(cores)
    list(ours.extract_many(items[: 4 * cores], chunk=1))  # likewise
    import tempfile
    from pathlib import Path

    from plainwire.models import Article
    from plainwire.store import Store

    tmp = tempfile.TemporaryDirectory()
    db_number = itertools.count(1)  # a fresh store file per round

    def pool_and_store() -> None:
        with Store(Path(tmp.name) / f"bench-{next(db_number)}.db") as store:
            for out in ours.extract_many(items):
                if isinstance(out, Article):
                    store.put_article(out)

    methods = {
        "trafilatura (1 core)": lambda: [_bare(it) for it in data],
        f"trafilatura x{cores} (pool)": lambda: list(pool.map(_bare_chunk, chunks)),
        "plainwire inline (1 core)": lambda: list(extract_many(items, workers=1)),
        f"plainwire pool ({cores} workers)": lambda: list(ours.extract_many(items)),
        "plainwire cold pool": lambda: list(extract_many(items, workers=0)),
        "plainwire pool + store": pool_and_store,
    }
    wall: dict[str, float] = {k: float("inf") for k in methods}
    for _ in range(args.rounds):
        for name, fn in methods.items():
            t0 = time.perf_counter()
            fn()
            wall[name] = min(wall[name], time.perf_counter() - t0)
    pool.shutdown()
    ours.close()
    tmp.cleanup()
    print(f"wall clock, best of {args.rounds} (load average now {os.getloadavg()[0]:.2f}):")
    results = {k: len(data) / v for k, v in wall.items()}
    for name in methods:
        print(f"  {name:28s} {results[name]:8.1f} pages/s")
    ok = sum(1 for o in extract_many(items, workers=1) if not hasattr(o, "error"))
    print(f"articles extracted: {ok}/{len(items)}")
    base = results["trafilatura (1 core)"]
    pw_pool = results[f"plainwire pool ({cores} workers)"]
    print(f"ratio plainwire pool / trafilatura 1 core = {pw_pool / base:.2f}   (issue target >= 0.8)")
    print(
        f"ratio plainwire pool / trafilatura pool   = {pw_pool / results[f'trafilatura x{cores} (pool)']:.2f}"
    )
    stored = results["plainwire pool + store"]
    print(
        f"ratio plainwire pool + store / trafilatura 1 core = {stored / base:.2f}   (raw HTML to stored article)"
    )

    if args.memory_pages:
        print(f"\nmemory over {args.memory_pages} pages (RSS MB: parent, workers total)")
        t0 = time.perf_counter()
        stream = ((h, u, None, "") for h, u in pages(args.memory_pages, seed=11))
        for n, _ in enumerate(extract_many(stream, workers=0), start=1):
            if n % 1000 == 0:
                kids = multiprocessing.active_children()
                print(
                    f"  {n:6d} pages: parent {rss_mb(os.getpid()):6.1f}  workers {sum(rss_mb(k.pid) for k in kids if k.pid):6.1f}"
                    f"  ({n / (time.perf_counter() - t0):.0f} pages/s)"
                )


if __name__ == "__main__":
    main()
