#!/usr/bin/env python3
"""Score the synthesizer in-process on AllSides stories, the way story_bench.py scores it.

Default: train stories 2100-2451 (the hold-out of tools/synth_fit.py: no fitted number saw
them). ``--split val`` scores the validation split (report only; never tune on it).
Prints ROUGE-1/2/L F1 and arousal of headline + ". " + story at ``--max-words 75`` (the
story_bench setting, same metric code: ../shared/bench/storymetrics.py), and headline figures:
share of headlines <= 14 words, mean ``plainwire.analyze.sentence_loadedness`` and how many
came from each headline source.

``--set module.NAME=value`` overrides a module constant for the run (e.g.
``--set headline.STRATEGY='"title"'``), so variants are measured without editing code.

At ``--max-words 75`` the Story ends by the learned stopping rule (``synthesize/stop.py``), so
``--weight min_score=...`` no longer moves these figures; ``--set core.STOP_MODEL_MAX_LIMIT=0``
switches the rule off (the score bar decides, as before 2026-11-28 18:30 UTC).

usage: python tools/synth_eval.py [--split train-holdout|val|train] [--limit N] [--set M.N=V ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from plainwire.models import article_from_json

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synth_speed import apply_overrides  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HOLDOUT_START = 2100  # tools/synth_fit.py: SPLIT_B


def load(split: str) -> list[dict]:
    name = "allsides-val.jsonl" if split == "val" else "allsides-train.jsonl"
    with open(SHARED / "data" / name, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return rows[HOLDOUT_START:] if split == "train-holdout" else rows


def override_weights(items: list[str]) -> None:
    from dataclasses import replace

    from plainwire.synthesize import select

    w = select.default_weights()
    coef = list(w.coef)
    fields: dict[str, float] = {}
    for item in items:
        name, _, value = item.partition("=")
        if name in select.FEATURES:
            coef[select.FEATURES.index(name)] = float(value)
        else:
            fields[name] = float(value)
    new = replace(w, coef=tuple(coef), **fields)
    select.default_weights = lambda: new  # type: ignore[assignment]
    from plainwire.synthesize import core

    core.default_weights = select.default_weights


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train-holdout", choices=("train-holdout", "val", "train"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--max-words", type=int, default=75)
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    ap.add_argument(
        "--weight",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a selection coefficient (a FEATURES name) or a Weights field (min_score, ...)",
    )
    ap.add_argument("--show", type=int, default=0, help="print the first N headlines")
    a = ap.parse_args()
    apply_overrides(a.set)
    if a.weight:
        override_weights(a.weight)
    sys.path.insert(0, str(SHARED / "bench"))
    from story_bench import load_vad
    from storymetrics import score

    from plainwire.analyze import sentence_loadedness
    from plainwire.synthesize import core, synthesize

    kinds: Counter[str] = Counter()
    build = core.build_headline

    def counting_build(*args, **kw):  # records which kind of headline each story got
        head, kind = build(*args, **kw)
        kinds[kind] += 1
        return head, kind

    core.build_headline = counting_build
    rows = load(a.split)
    if a.limit:
        rows = rows[: a.limit]
    gens, golds, heads = [], [], []
    c0 = time.process_time()
    for r in rows:
        arts = [article_from_json({**x, "id": f"{r['story_id']}/{i}"}) for i, x in enumerate(r["articles"])]
        d = synthesize(r["story_id"], arts, max_words=a.max_words)
        gens.append((d.headline + ". " + d.story_text).strip())
        golds.append(r["reference"]["headline"] + ". " + r["reference"]["summary"])
        heads.append(d.headline)
    cpu = time.process_time() - c0
    s = score(gens, golds, load_vad())
    hs = score(heads, [r["reference"]["headline"] for r in rows], {})
    hl = [len(h.split()) for h in heads]
    loaded = [float(sentence_loadedness(h)[0]) for h in heads if h]
    print(
        f"{a.split} ({len(rows)} stories): R1 {s['r1']:.2f} R2 {s['r2']:.2f} RL {s['rL']:.2f} "
        f"arousal {s['arousal_sum']:.2f} ({s['words']:.0f} words avg); "
        f"headlines <= 14 words {100 * sum(n <= 14 for n in hl) / len(hl):.1f}%, "
        f"mean {sum(hl) / len(hl):.1f} words, mean loadedness {sum(loaded) / max(1, len(loaded)):.3f}, "
        f"headline alone vs editors' headline R1 {hs['r1']:.2f} RL {hs['rL']:.2f}"
        + (f", kinds {dict(kinds)}" if kinds else "")
        + f"; {cpu / len(rows) * 1000:.1f} ms CPU/story"
    )
    for h, r in list(zip(heads, rows, strict=True))[: a.show]:
        print(f"  {h!r:90s} | ref: {r['reference']['headline']}")


if __name__ == "__main__":
    main()
