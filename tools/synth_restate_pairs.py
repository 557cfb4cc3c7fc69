#!/usr/bin/env python3
"""Precision and recall of the restatement rules on the invented pair set (ninth session).

Reads tests/synthesize/fixtures/restatement_pairs.json (90 invented pairs: two outlets' sentences
stating one fact in other words, or two distinct facts of the same event; written for plainwire,
no news text; the second pass's pairs carry a "kind": same speaker, same actor, same future event) and asks, for each pair, whether the Story would print the second sentence after
the first: ``select.mmr`` on a two-sentence pool (the first picked first), with
- "before": the rules of the sixth session (``restater=None``: shared claim stems, near-synonyms,
  denials, counted nouns, and the containment cut of the shipped weights; since the tenth
  session with the distinct-fact test, ``select.DISTINCT_FACTS``, which ``--set
  select.DISTINCT_FACTS=False`` switches off);
- "shipped": the same plus ``restate.Restater`` (as ``synthesize`` calls it, the two sentences
  from two articles);
and "restate alone": ``Restater.restates`` by itself (no gate, no other rule). A pair is
"merged" when the second sentence is not printed. Precision = merged pairs that are
restatements / merged pairs; recall = merged restatements / restatements.

Three sets: the development set above (rules are chosen on it); since the tenth session the
former held-out set (tests/synthesize/fixtures/restatement_pairs_heldout.json: 66 invented pairs,
33 restatements and 33 distinct facts about the same actors), which since that session's second
task is a development set too; and the check set (tests/synthesize/fixtures/
restatement_pairs_check.json: 69 invented pairs, 34 restatements and 35 distinct facts sharing
the actor, speaker or place; written and scored before the second task changed any rule, never
used to choose one); and the eleventh session's held-out set (tests/synthesize/fixtures/
restatement_pairs_eleventh.json: 61 invented pairs, 24 restatements and 37 distinct facts: an
object that differs, a sentence adding a dated, numbered or named fact, the same speaker on two
sides of one subject, opposite outcomes, and plain restatements; each pair has a "case", and the
set's errors are also counted by case); and a small post-check of the same cases in other words
(tests/synthesize/fixtures/restatement_pairs_eleventh_post.json: 24 pairs, written after that
session's rules were final, scored once). ``--verbose`` lists the development set's errors,
``--show-heldout`` the second set's, ``--show-check`` the check set's, ``--show-eleventh`` the
eleventh set's and the post-check's (for reporting, not for tuning).

usage: python tools/synth_restate_pairs.py [--verbose] [--show-heldout] [--show-check] [--show-eleventh]
       [--set module.NAME=value ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synth_speed import apply_overrides  # noqa: E402

from plainwire.synthesize.attribution import claim  # noqa: E402
from plainwire.synthesize.meaning import Meaning  # noqa: E402
from plainwire.synthesize.pool import _claim_stems  # noqa: E402
from plainwire.synthesize.restate import Restater  # noqa: E402
from plainwire.synthesize.select import Scored, default_weights, mmr  # noqa: E402
from plainwire.synthesize.sentences import Sentence  # noqa: E402
from plainwire.synthesize.textstats import content_stems  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests/synthesize/fixtures"
PAIRS = FIXTURES / "restatement_pairs.json"
HELDOUT = FIXTURES / "restatement_pairs_heldout.json"
CHECK = FIXTURES / "restatement_pairs_check.json"
ELEVENTH = FIXTURES / "restatement_pairs_eleventh.json"
POST = FIXTURES / "restatement_pairs_eleventh_post.json"
SETS = {"development": PAIRS, "held-out": HELDOUT, "check": CHECK, "eleventh": ELEVENTH, "post-check": POST}


def merged(a: str, b: str, at: list[int], *, with_restater: bool) -> bool:
    texts = [a, b]
    claims = [claim(t) for t in texts]
    stems = [
        _claim_stems(t, content_stems(t), c) or frozenset(content_stems(t))
        for t, c in zip(texts, claims, strict=True)
    ]
    sents = [Sentence(f"art-{k}", at[k], t, t, f"outlet-{k}") for k, t in enumerate(texts)]
    scored = [Scored(s, 1.0 - 0.1 * k, k) for k, s in enumerate(sents)]
    meaning = Meaning(claims)
    restater = Restater(texts, claims, [0, 1], meaning) if with_restater else None
    order = mmr(scored, stems, k=2, weights=default_weights(), meaning=meaning, restater=restater)
    return order == [0]


def score(pairs: list[dict], f) -> tuple[int, int, list[tuple[dict, bool]]]:  # type: ignore[type-arg]
    """(right merges, wrong merges, each pair with whether ``f`` merged it)."""
    got = [(p, bool(f(p))) for p in pairs]
    tp = sum(1 for p, m in got if m and p["same"])
    fp = sum(1 for p, m in got if m and not p["same"])
    return tp, fp, got


VARIANTS = {
    "before (restater=None)": lambda p: merged(p["a"], p["b"], p["at"], with_restater=False),
    "shipped (with restate.py)": lambda p: merged(p["a"], p["b"], p["at"], with_restater=True),
    "restate alone": lambda p: Restater([p["a"], p["b"]], [claim(p["a"]), claim(p["b"])], [0, 1]).restates(
        0, 1
    ),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--verbose", action="store_true", help="list the pairs each variant gets wrong (development set)"
    )
    ap.add_argument("--show-heldout", action="store_true", help="list the held-out set's errors too")
    ap.add_argument(
        "--show-check", action="store_true", help="list the check set's errors too (reporting only)"
    )
    ap.add_argument(
        "--show-eleventh", action="store_true", help="list the eleventh set's errors too (reporting only)"
    )
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    a = ap.parse_args()
    apply_overrides(a.set)
    for set_name, path in SETS.items():
        pairs = json.loads(path.read_text("utf-8"))["pairs"]
        positives = sum(p["same"] for p in pairs)
        print(
            f"{set_name} set: {len(pairs)} pairs, {positives} restatements, {len(pairs) - positives} distinct facts"
        )
        show = {
            "development": a.verbose,
            "held-out": a.show_heldout,
            "check": a.show_check,
            "eleventh": a.show_eleventh,
            "post-check": a.show_eleventh,
        }[set_name]
        for name, f in VARIANTS.items():
            tp, fp, got = score(pairs, f)
            prec = tp / (tp + fp) if tp + fp else 1.0
            print(
                f"  {name:28} merged {tp + fp:2d}: precision {tp}/{tp + fp} = {prec:.2f}, recall {tp}/{positives} = {tp / positives:.2f}"
            )
            cases = sorted({p["case"] for p in pairs if "case" in p})
            if cases:  # wrong decisions per case (the eleventh set)
                wrong = {c: sum(1 for p, m in got if p.get("case") == c and m != p["same"]) for c in cases}
                total = {c: sum(1 for p in pairs if p.get("case") == c) for c in cases}
                print("      wrong by case: " + ", ".join(f"{c} {wrong[c]}/{total[c]}" for c in cases))
            if show:
                for p, m in got:
                    if m != p["same"]:
                        print(f"      {'MISSED' if p['same'] else 'MERGED'}: {p['a']} | {p['b']}")


if __name__ == "__main__":
    main()
