#!/usr/bin/env python3
"""The online join rule's lower bars (thirteenth session) on the development stream.

Two checks (docs/clustering.md, "Opinion pieces" and "Same event, other words"):

- ``--opinion``: the AllSides train+val stream as ../shared/bench/cluster_bench.py builds it
  (shuffled, undated), the online pass. For every text the join rule refuses whose best
  candidate would pass the opinion bar (plain score >= 0.15, corrected score >= ``--corrected``),
  is that candidate the text's true story, and did the text have a true mate live? (No genre
  in that data: every refused text is counted, as if it were a column.)
- ``--anchor``: the AllSides split given invented dates (bench/cluster_recluster.py
  ``dated_allsides``), online pass with the same-event rule on and off (``anchor_share``).

usage: python bench/cluster_lower_bars.py --opinion [--corrected 0.12]
       python bench/cluster_lower_bars.py --anchor --split train --days 10 --seeds 11,12,13

Reads ../shared/data (development only, not shipped).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_recluster import dated_allsides  # noqa: E402
from cluster_tune import bcubed, load  # noqa: E402

from plainwire.cluster import ClusterConfig, OnlineClusterer  # noqa: E402
from plainwire.models import Article  # noqa: E402


def bench_stream(data: Path) -> tuple[list[Article], dict[str, str]]:
    rows = []
    for split in ("train", "val"):
        lines = (data / f"allsides-{split}.jsonl").read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in lines if line.strip()]
    arts = [
        {"id": f"{r['story_id']}/{j}", "title": a["title"], "text": a["text"]}
        for r in rows
        for j, a in enumerate(r["articles"])
    ]
    random.Random(7).shuffle(arts)
    return [Article(id=a["id"], title=a["title"], text=a["text"]) for a in arts], {
        a["id"]: a["id"].rsplit("/", 1)[0] for a in arts
    }


def opinion_band(data: Path, corrected_min: float) -> None:
    arts, gold = bench_stream(data)
    c = OnlineClusterer()
    seen: list[tuple[float, float, int]] = []
    orig = c._second_look

    def spy(found, tokens, lang, when, genre):  # type: ignore[no-untyped-def]
        score, num, rest = found
        seen.append((score, c._less_background(score, rest), num))
        return orig(found, tokens, lang, when, genre)

    c._second_look = spy  # type: ignore[method-assign]
    placed_gold: dict[str, int] = defaultdict(int)  # true story -> texts placed so far
    bins: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for a in arts:
        seen.clear()
        sid = c.add(a)
        if seen:
            score, corr, num = seen[0]
            st = c._live.get(num)
            if st is not None and st.id != sid and score >= 0.15 and corr >= corrected_min:
                right = any(gold[x] == gold[a.id] for x in st.article_ids)
                key = "corrected >= 0.15" if corr >= 0.15 else f"corrected {corrected_min:.2f}-0.15"
                b = bins[key]
                b[0] += 1
                b[1] += right
                b[2] += placed_gold[gold[a.id]] > 0
        placed_gold[gold[a.id]] += 1
    for key, (n, right, mate) in sorted(bins.items()):
        print(
            f"{key}: {n} refused texts; best candidate is the true story {100 * right / n:.1f} %; "
            f"had a true mate placed before {100 * mate / n:.1f} %"
        )


def anchor(data: Path, split: str, days: float, seeds: list[int]) -> None:
    arts0 = load(data, split)
    gold = {a.id: a.id.rsplit("/", 1)[0] for a in arts0}
    for seed in seeds:
        arts = dated_allsides(arts0, gold, days, seed)
        out = []
        for kw in ({"anchor_share": None}, {}):
            c = OnlineClusterer(ClusterConfig(**kw))  # type: ignore[arg-type]
            pred = {a.id: c.add(a) for a in arts}
            p, r, f = bcubed(gold, pred)
            out.append(
                f"{'off' if kw else 'on (default)'}: P {p:.2f} R {r:.2f} F1 {f:.2f} stories {len(set(pred.values()))}"
            )
        print(f"{split} dated over {days:g} days, seed {seed}: " + "; ".join(out))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--opinion", action="store_true")
    ap.add_argument("--corrected", type=float, default=0.12)
    ap.add_argument("--anchor", action="store_true")
    ap.add_argument("--split", default="train")
    ap.add_argument("--days", type=float, default=10.0)
    ap.add_argument("--seeds", default="11,12,13")
    a = ap.parse_args()
    data = Path(a.data)
    if a.opinion:
        opinion_band(data, a.corrected)
    if a.anchor:
        anchor(data, a.split, a.days, [int(s) for s in a.seeds.split(",")])


if __name__ == "__main__":
    main()
