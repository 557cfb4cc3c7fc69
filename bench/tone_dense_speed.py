#!/usr/bin/env python3
"""CPU cost of the optional dense tone head (``tone_dense``, needs the ``embeddings`` extra).

Scores synthetic ~600-word articles (the generator of bench/analyze_speed.py) with
``analyze(article, dense=True)`` and with the default path, and prints articles per
CPU-second of this process (torch's threads included), so the figure holds on a shared machine.

usage: python bench/tone_dense_speed.py [--n 60] [--words 600]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import time
from pathlib import Path

from plainwire.analyze import analyze


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--words", type=int, default=600)
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location(
        "analyze_speed", Path(__file__).with_name("analyze_speed.py")
    )
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    rng = random.Random(1)
    arts = [gen.article(rng, i, a.words) for i in range(a.n + 1)]
    analyze(arts[0], dense=True)  # loads the encoder (not timed)
    for label, dense in (("tone_dense", True), ("default", False)):
        t = time.process_time()
        for art in arts[1:]:
            analyze(art, dense=dense)
        cpu = time.process_time() - t
        print(f"{label}: {a.n} articles, {a.n / cpu:.1f} articles per CPU-second")


if __name__ == "__main__":
    main()
