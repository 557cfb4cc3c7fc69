#!/usr/bin/env python3
"""Article-level sanity check on the AllSides *validation* split (never used for fitting).

Scores each story's three outlet pieces (title + lead) and the editors' neutral headline +
summary as articles, and reports how often the outlets' wording scores as more loaded than
the editors' (pairwise, per story), the mean scores and the label distribution.

``--split train`` reads the train split instead (ninth session: the article aggregation's
headline rule was chosen on it, docs/benchmarks.md "Article-level tone (ninth session)"; the
train split also made the AllSides loaded-word lexicon, so its figures are not independent).

usage: python tools/tone_allsides_check.py [--data ../shared/data] [--split val|train] [--model F]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plainwire.analyze import article_tone  # noqa: E402
from plainwire.analyze.model import ToneModel, vader_lexicon  # noqa: E402
from plainwire.models import Article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument(
        "--model", type=Path, default=None, help="a tone_model.json.gz (default: the shipped one)"
    )
    ap.add_argument("--split", choices=("val", "train"), default="val")
    a = ap.parse_args()
    model = None
    if a.model:
        model = ToneModel.from_dict(json.loads(gzip.decompress(a.model.read_bytes())), vader_lexicon())
    with open(a.data / f"allsides-{a.split}.jsonl", encoding="utf-8") as fh:
        stories = [json.loads(line) for line in fh]
    outlet_scores, ref_scores, wins, pairs = [], [], 0.0, 0
    labels: dict[str, Counter[str]] = {"outlets": Counter(), "editors": Counter()}
    for s in stories:
        ref = s["reference"]
        r = article_tone(Article(id="ref", title=ref.get("headline", ""), text=ref.get("summary", "")), model)
        ref_scores.append(r.score)
        labels["editors"][r.label] += 1
        for i, art in enumerate(s["articles"]):
            o = article_tone(Article(id=str(i), title=art.get("title", ""), text=art.get("text", "")), model)
            outlet_scores.append(o.score)
            labels["outlets"][o.label] += 1
            pairs += 1
            wins += 1.0 if o.score > r.score else 0.5 if o.score == r.score else 0.0
    mean = lambda xs: sum(xs) / max(1, len(xs))  # noqa: E731
    print(
        f"AllSides {a.split} ({len(stories)} stories): outlets scored more loaded than the editors' summary in "
        f"{100 * wins / max(1, pairs):.1f}% of {pairs} pairs; mean score outlets {mean(outlet_scores):.3f} "
        f"vs editors {mean(ref_scores):.3f}; share >= 0.5: outlets "
        f"{100 * mean([1.0 if x >= 0.5 else 0.0 for x in outlet_scores]):.1f}% vs editors "
        f"{100 * mean([1.0 if x >= 0.5 else 0.0 for x in ref_scores]):.1f}%"
    )
    for k, c in labels.items():
        print(f"  labels {k}: " + ", ".join(f"{lab} {n}" for lab, n in c.most_common()))


if __name__ == "__main__":
    main()
