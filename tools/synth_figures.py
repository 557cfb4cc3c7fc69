#!/usr/bin/env python3
"""The audit's "same noun, different figures" findings read as the figures rule reads them.

bench/audit_newsroom.py flags every page that gives two figures for one plural noun ("seats" 14
/ 45, "crowns" 2,150 / 300,000). Some are one thing counted twice (what ``figures.Figures`` keeps
off a page), most are different things whose sentences say what each is (another rate, scale,
or a part and its whole) and some are no figure at all ("KA-200 kettles"). This tool lists, per
story of an audit run's stories.json, each pair of figures the page gives for one counted word
with the rule's verdict (``figures.page_figures``): "same" pairs are the ones a reader would be
misled by; "apart" pairs are two facts. The audit's own findings are listed with the pairs the
rule reads in them.

usage: python tools/synth_figures.py OUT/stories.json [--all]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from plainwire.synthesize.figures import page_figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("stories", type=Path, help="stories.json of bench/audit_newsroom.py")
    ap.add_argument("--all", action="store_true", help="list 'apart' pairs too")
    a = ap.parse_args()
    run = json.loads(a.stories.read_text(encoding="utf-8"))
    flagged = {f["slug"]: f for f in run.get("checks", {}).get("same_noun_different_figures", [])}
    same = apart = 0
    for s in run["stories"]:
        pairs = page_figures([*s.get("story_sentences", []), *s.get("highlights", [])])
        same += sum(v == "same" for *_, v in pairs)
        apart += sum(v == "apart" for *_, v in pairs)
        shown = [p for p in pairs if a.all or p[3] == "same"]
        if s["slug"] in flagged or shown:
            f = flagged.get(s["slug"])
            audit = f"audit: {f['noun']} {', '.join(f['figures'])}" if f else "audit: -"
            print(f"{s['slug']}  ({audit})")
            for noun, x, y, verdict in pairs if s["slug"] in flagged else shown:
                print(f"    {noun}: {x} / {y}: {verdict}")
    print(
        f"pairs: {same} same (one thing, two figures), {apart} apart (each said); audit findings: {len(flagged)}"
    )


if __name__ == "__main__":
    main()
