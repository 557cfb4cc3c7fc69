#!/usr/bin/env python3
"""Print what readers see for AllSides stories, for an editor's reading (eighth session).

For each story: the outlets' titles, the headline, the Story at the page's length (no
``max_words``), the three Highlights and the Story at ``--max-words`` (75, story_bench's
setting). Output goes to stdout (redirect it outside the repository: it holds article text).
Default: train stories 2100-2451 (tools/synth_eval.py's hold-out).

usage: python tools/synth_read.py [--split train-holdout|val|train] [--start N] [--limit N]
       [--max-words 75] > /tmp/read.txt
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
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--max-words", type=int, default=75)
    a = ap.parse_args()
    rows = load(a.split)[a.start :]
    if a.limit:
        rows = rows[: a.limit]
    for r in rows:
        arts = [article_from_json({**x, "id": f"{r['story_id']}/{i}"}) for i, x in enumerate(r["articles"])]
        page = synthesize(r["story_id"], arts)
        short = synthesize(r["story_id"], arts, max_words=a.max_words)
        print(f"=== {r['story_id']}")
        for x in arts:
            print(f"  title: {x.title}")
        print(f"HEADLINE: {page.headline}")
        print("STORY:")
        for s in page.story:
            print(f"  | {s.text}")
        print("HIGHLIGHTS:")
        for h in page.highlights:
            print(f"  - {h.text}")
        print(f"STORY@{a.max_words}: {short.headline} || " + " ".join(s.text for s in short.story))
        for n in page.notes:
            print(f"  note: {n}")
        print()


if __name__ == "__main__":
    main()
