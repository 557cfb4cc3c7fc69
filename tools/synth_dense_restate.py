#!/usr/bin/env python3
"""Would MiniLM sentence vectors catch restatements in other words? (measurement only)

Needs the optional ``embeddings`` extra (``plainwire.cluster.dense``, the project's one MiniLM
loader). Prints the cosine of the claims (``attribution.claim``: the sentence without its
speaker) of
- the user audit's restatements the word-level rules miss (docs/synthesis.md, "Not done"), and
- for each invented test newsroom (tests/synthesize fixtures), the most similar pairs of
  sentences from different outlets, which include distinct facts of the same event.
A sentence-vector rule would have to put every restatement above every distinct fact; the
figures (docs/benchmarks.md, "Synthesis (seventh session): arousal") show it cannot, so no such
rule ships. Every text here is invented (the fixtures and the audit's examples).

usage: python tools/synth_dense_restate.py [--top 8]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (restatement pairs the sixth session's rules miss; the last two are related, not the same)
AUDIT = [
    (
        "Shop owners on the east bank said they feared losing business during the closure.",
        "Local shop owners said they were worried the closure would cut off customers from the eastern "
        "side of town.",
    ),
    (
        "Winds from the east pushed the fire toward Seacliff.",
        "Fire officials said easterly winds were driving the flames.",
    ),
    ("Talks are set to resume next week.", "Negotiators are expected to meet again on Monday."),
    (
        "Opponents on the council said the cost was too high and raised concerns about fishing grounds in the bay.",
        "Two council members voted against the plan, citing the cost and the effect on local fishing grounds.",
    ),
    (
        "Superintendent Marco Vidal said the offer was the most the district could pay.",
        "The district has offered 3 percent and said it could not afford more.",
    ),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=8)
    a = ap.parse_args()
    from tests.synthesize.ferry_fixture import FERRY
    from tests.synthesize.fixtures import BRIDGE
    from tests.synthesize.library_fixture import LIBRARY
    from tests.synthesize.test_restatement_opening import WALKOUT, WILDFIRE

    from plainwire.cluster import dense
    from plainwire.synthesize.attribution import claim
    from plainwire.synthesize.sentences import split_sentences

    if not dense.available():
        sys.exit("needs the optional 'embeddings' extra: pip install 'plainwire[embeddings]'")
    print("audit pairs (restatements, then two related claims):")
    for x, y in AUDIT:
        e = dense.encode([claim(x), claim(y)])
        print(f"  {float(e[0] @ e[1]):.3f}  {x[:60]} | {y[:60]}")
    for name, arts in (
        ("bridge", BRIDGE),
        ("ferry", FERRY),
        ("library", LIBRARY),
        ("fire", WILDFIRE),
        ("walkout", WALKOUT),
    ):
        sents = [(art.id, s) for art in arts for s in split_sentences(art.text)]
        e = dense.encode([claim(s) for _, s in sents])
        rows = sorted(
            (
                (float(e[i] @ e[j]), sents[i][1], sents[j][1])
                for i, j in itertools.combinations(range(len(sents)), 2)
                if sents[i][0] != sents[j][0]
            ),
            reverse=True,
        )
        print(f"{name}: {len(rows)} cross-outlet pairs, most similar first")
        for c, x, y in rows[: a.top]:
            print(f"  {c:.3f}  {x[:60]} | {y[:60]}")


if __name__ == "__main__":
    main()
