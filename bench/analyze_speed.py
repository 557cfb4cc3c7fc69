#!/usr/bin/env python3
"""Speed of the analyze stage on synthetic ~600-word articles (target: >= 500 articles/s, both cores).

Articles are generated here from word lists (no ../shared data), with a realistic mix of
plain reporting, quotations and some loaded wording, and a varied vocabulary so the
per-word caches do not make every article free.

usage: python bench/analyze_speed.py [--n 4000] [--words 600] [--workers 0] [--sentences 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import time

from plainwire.analyze import analyze_many, sentence_loadedness
from plainwire.models import Article

SUBJECTS = "the council|the minister|officials|the company|protesters|the senator|residents|the court|police|analysts"
VERBS = "said|announced|approved|rejected|criticized|slammed|welcomed|blasted|reported|warned"
OBJECTS = (
    "the budget|a new plan|the proposal|the ruling|the merger|the reckless scheme|the outrageous decision|"
    "the bill|a report|the shameful cover-up|the agreement|the disastrous policy|the investigation"
)
TAILS = (
    "on Tuesday|after a long meeting|in a statement|despite strong objections|amid a growing crisis|"
    "late on Friday|according to people familiar with the matter|in a chaotic session|without a vote|"
    "citing rising costs"
)


def _pick(rng: random.Random, spec: str) -> str:
    return rng.choice(spec.split("|"))


_POOL: list[str] = []


def _filler(rng: random.Random, k: int) -> str:
    # Invented names and places from a fixed pool of 20,000, drawn Zipf-like (a few common,
    # a long tail), as real copy has; the per-word caches see realistic novelty.
    if not _POOL:
        prng = random.Random(12345)
        _POOL.extend(
            "".join(prng.choice("bcdfghklmnprstvz") + prng.choice("aeiou") for _ in range(prng.randint(2, 4)))
            for _ in range(20000)
        )
    return " ".join(_POOL[min(int(rng.paretovariate(0.7)) - 1, len(_POOL) - 1)] for _ in range(k))


def sentence(rng: random.Random) -> str:
    s = f"{_pick(rng, SUBJECTS)} {_pick(rng, VERBS)} {_pick(rng, OBJECTS)} {_pick(rng, TAILS)}"
    s = s[0].upper() + s[1:]
    r = rng.random()
    if r < 0.2:
        s = f'"{s[0].lower() + s[1:]} and {_filler(rng, 3)} will follow," a spokesperson told {_filler(rng, 1)}'
    elif r < 0.5:
        s += f", with {_filler(rng, rng.randint(2, 6))} expected to respond next week"
    return s + "."


def article(rng: random.Random, i: int, words: int) -> Article:
    parts: list[str] = []
    n = 0
    while n < words:
        s = sentence(rng)
        parts.append(s)
        n += len(s.split())
    url = f"https://news.example/{'opinion' if i % 7 == 0 else 'world'}/story-{i}"
    return Article(id=str(i), title=sentence(rng).rstrip("."), text=" ".join(parts), url=url)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--sentences", type=int, default=50000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    arts = [article(rng, i, a.words) for i in range(a.n)]
    mean_words = sum(len(x.text.split()) for x in arts) / len(arts)
    load = os.getloadavg()[0]
    t = time.perf_counter()
    n = sum(1 for _ in analyze_many(iter(arts), workers=a.workers))
    secs = time.perf_counter() - t
    print(
        f"analyze_many: {n} articles of ~{mean_words:.0f} words in {secs:.2f}s = {n / secs:.0f} articles/s "
        f"(workers={a.workers or 'one per core'}, {os.cpu_count()} cores, load average before {load:.1f})"
    )
    # CPU time of one in-process worker: what one free core sustains, whatever else runs here.
    sample = arts[: min(500, len(arts))]
    t = time.process_time()
    for _ in analyze_many(sample, workers=1):
        pass
    cpu = time.process_time() - t
    print(f"in-process: {len(sample) / cpu:.0f} articles per CPU-second (one core)")

    sents = [sentence(rng) for _ in range(a.sentences)]
    t = time.perf_counter()
    for s in sents:
        sentence_loadedness(s)
    secs = time.perf_counter() - t
    uniq = len(set(sents))
    print(
        f"sentence_loadedness: {len(sents)} calls ({uniq} distinct sentences) in {secs:.2f}s = "
        f"{len(sents) / secs:.0f} calls/s"
    )


if __name__ == "__main__":
    main()
