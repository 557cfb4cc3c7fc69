#!/usr/bin/env python3
"""Same event, other register: what a refused text shares with its best candidate story.

The online pass's join rule refuses a text whose words differ from its story's (a tabloid's
"700 AXED IN BIKE FACTORY BLOW" against a wire's "to close bicycle plant, cutting 640 jobs").
For every text the join rule refuses, on the AllSides stream given invented dates
(bench/cluster_recluster.py ``dated_allsides``: a development check, not a fit), this prints
how often the best candidate is the text's true story, by band of plain score and by the
evidence the second look could read:

- ``names``: rare name words of the text found among the story's terms (the same-event
  rule's count, ``xlang.shared_name_words``);
- ``lead``: of those, the ones in the text's title or first sentence;
- ``figures``: specific figures (not dates, not small counts) the text and the story share;
- ``window``: whether the text is within ``anchor_window`` of the story.

usage: python bench/cluster_register.py [--split train] [--days 10] [--seeds 11,12,13]
Reads ../shared/data (development only, not shipped).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_recluster import dated_allsides  # noqa: E402
from cluster_tune import load  # noqa: E402

from plainwire.cluster import OnlineClusterer  # noqa: E402
from plainwire.cluster.lower_bars import Evidence  # noqa: E402

#: Candidate rules for the second look (evidence -> join?), printed with their precision.
RULES: dict[str, Callable[[Evidence], bool]] = {
    "names>=2, plain>=0.20, corr>=0.20 (13th session)": lambda e: (
        e.window and e.names >= 2 and e.score >= 0.20 and e.corrected >= 0.20
    ),
    "names+figures>=2, names>=1, plain>=0.20, corr>=0.20": lambda e: (
        e.window and e.names >= 1 and e.names + e.figures >= 2 and e.score >= 0.20 and e.corrected >= 0.20
    ),
    "lead>=2, plain>=0.125, corr>=0.125": lambda e: (
        e.window and e.lead >= 2 and e.score >= 0.125 and e.corrected >= 0.125
    ),
    "lead>=2, plain>=0.10, corr>=0.10": lambda e: (
        e.window and e.lead >= 2 and e.score >= 0.10 and e.corrected >= 0.10
    ),
    "names>=2, plain>=0.125, corr>=0.125": lambda e: (
        e.window and e.names >= 2 and e.score >= 0.125 and e.corrected >= 0.125
    ),
    "lead>=3, plain>=0.10": lambda e: e.window and e.lead >= 3 and e.score >= 0.10,
}


def run(data: Path, split: str, days: float, seeds: list[int]) -> None:
    arts0 = load(data, split)
    gold = {a.id: a.id.rsplit("/", 1)[0] for a in arts0}
    rows: list[tuple[Evidence, bool]] = []
    for seed in seeds:
        arts = dated_allsides(arts0, gold, days, seed)
        c = OnlineClusterer()
        seen: list[Evidence | None] = []
        orig = c._second_look

        def spy(found, tokens, lang, when, genre, c=c, seen=seen, orig=orig):  # type: ignore[no-untyped-def]
            seen.append(c.evidence(found, tokens, lang, when))
            return orig(found, tokens, lang, when, genre)

        c._second_look = spy  # type: ignore[method-assign]
        for a in arts:
            seen.clear()
            c.add(a)
            ev = seen[0] if seen else None
            if ev is None:
                continue
            st = c._by_id.get(ev.story)
            if st is None:
                continue
            right = any(gold[x] == gold[a.id] for x in st.article_ids if x != a.id)
            rows.append((ev, right))
    table: dict[tuple[float, int, int, int, bool], list[int]] = defaultdict(lambda: [0, 0])
    for ev, right in rows:
        key = (int(ev.score * 20) / 20, min(ev.names, 3), min(ev.lead, 3), min(ev.figures, 2), ev.window)
        table[key][0] += 1
        table[key][1] += right
    print(f"{split}, {len(seeds)} seeds, {len(rows)} refused texts")
    print("(plain band, names, lead names, figures, in window): texts, best candidate true %")
    for key in sorted(table):
        n, r = table[key]
        if key[0] >= 0.1 and (key[1] or key[3]):
            print(f"  {key}: {n} {100 * r / n:.0f} %")
    for name, rule in RULES.items():
        hit = [right for ev, right in rows if rule(ev)]
        pct = 100 * sum(hit) / len(hit) if hit else 0.0
        print(f"rule {name}: {len(hit)} joins, {sum(hit)} right ({pct:.0f} %)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--days", type=float, default=10.0)
    ap.add_argument("--seeds", default="11,12,13")
    a = ap.parse_args()
    run(Path(a.data), a.split, a.days, [int(s) for s in a.seeds.split(",")])


if __name__ == "__main__":
    main()
