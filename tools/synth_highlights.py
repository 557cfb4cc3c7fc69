#!/usr/bin/env python3
"""Highlight figures on AllSides stories (the defects of issue 5: copies of the Story's opening).

For each story, ``synthesize`` without ``max_words`` (the reader's path) and count: Highlights
in all, stories with fewer than three, Highlights that are a verbatim copy of one of the Story's
first two sentences or of any Story sentence, Highlights worded as another outlet put a fact the
Story prints, Highlights >= 3 words shorter than their raw source sentence (any
compression: the pool's datelines and clauses, or the Highlights' own), mean words and the share with <= 25 words. No reference text is used, so any split
may be read; the default is train 2100-2451 (tools/synth_eval.py's hold-out).

usage: python tools/synth_highlights.py [--split train-holdout|val|train] [--limit N]
(run the same command with ``PYTHONPATH=<other src>`` to compare code versions)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_eval import load  # noqa: E402

from plainwire.models import article_from_json  # noqa: E402
from plainwire.synthesize import synthesize  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train-holdout", choices=("train-holdout", "val", "train"))
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    rows = load(a.split)
    if a.limit:
        rows = rows[: a.limit]
    total = fewer = copies = anywhere = reworded = compressed = short = words = 0
    for r in rows:
        arts = [article_from_json({**x, "id": f"{r['story_id']}/{i}"}) for i, x in enumerate(r["articles"])]
        d = synthesize(r["story_id"], arts)
        opening = {s.text for s in d.story[:2]}
        printed = {s.text for s in d.story}
        fewer += len(d.highlights) < 3
        for h in d.highlights:
            n = len(h.text.split())
            total += 1
            words += n
            short += n <= 25
            copies += h.text in opening
            anywhere += h.text in printed
            # worded as another outlet put it: its source is no sentence the Story prints
            reworded += all(h.support[0] != s.support[0] for s in d.story) and any(
                r in s.support for s in d.story for r in h.support[1:]
            )
            compressed += n <= len(h.support[0].text.split()) - 3
    print(
        f"{a.split} ({len(rows)} stories): {total} highlights, {fewer} stories with fewer than three, "
        f"{copies} verbatim copies of the Story's first two sentences, {anywhere} of any Story sentence, "
        f"{reworded} worded as another outlet put a Story sentence, {compressed} compressed, "
        f"mean {words / max(1, total):.1f} words, {100 * short / max(1, total):.0f}% <= 25 words"
    )


if __name__ == "__main__":
    main()
