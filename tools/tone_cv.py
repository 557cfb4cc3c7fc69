#!/usr/bin/env python3
"""5-fold cross-validation of the tone model on BABE, scored exactly like tone_bench.py.

Each fold: fit on the other four folds (tools/build_tone_model.fit, same parameters as the
shipped model), then score the held-out sentences through plainwire.analyze's own article
scoring (a one-sentence article with title "" and the outlet URL, as the bench sends them)
and compute the bench's metrics on the pooled out-of-fold scores.

usage: python tools/tone_cv.py [--data ../shared/data] [--folds 5] [--set key=value ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from sklearn.metrics import f1_score, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_tone_model import DEFAULT_DATA, build_freq_lexicon, build_loaded_lexicon, fit, load_jsonl  # noqa: E402

from plainwire.analyze.model import ToneModel, vader_lexicon  # noqa: E402
from plainwire.analyze.tone import article_tone  # noqa: E402
from plainwire.models import Article  # noqa: E402


def bench_metrics(rows, scores, evidences) -> dict[str, float]:
    """The metrics of ../shared/bench/tone_bench.py, same definitions."""
    y = [1 if r["biased"] else 0 for r in rows]
    hit = tot = ph = pt = 0
    for r, ev in zip(rows, evidences, strict=True):
        ev = [e.lower() for e in ev]
        gold = [w.lower() for w in r["biased_words"]]
        for w in gold:
            tot += 1
            hit += any(w in e or e in w for e in ev if e)
        if r["biased"]:
            for e in ev:
                pt += 1
                ph += any(w in e or e in w for w in gold if w)
    return {
        "macro_f1": f1_score(y, [1 if s >= 0.5 else 0 for s in scores], average="macro"),
        "auc": roc_auc_score(y, scores),
        "evidence_recall": hit / max(1, tot),
        "evidence_precision": ph / max(1, pt),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--set", action="append", default=[], help="override a fit parameter, key=value")
    ap.add_argument("--seed", type=int, default=2021, help="fold assignment seed")
    ap.add_argument(
        "--diagnose", action="store_true", help="also print the oracle-threshold F1 (not a result)"
    )
    a = ap.parse_args()
    params = {}
    for kv in a.set:
        k, v = kv.split("=", 1)
        params[k] = float(v)
    rows = load_jsonl(a.data / "babe-sg2.jsonl")
    stories = load_jsonl(a.data / "allsides-train.jsonl")
    loaded, freq = build_loaded_lexicon(stories), build_freq_lexicon(stories)
    order = list(range(len(rows)))
    random.Random(a.seed).shuffle(order)
    fold = {idx: n % a.folds for n, idx in enumerate(order)}
    scores = [0.0] * len(rows)
    evid: list[tuple[str, ...]] = [()] * len(rows)
    vader = vader_lexicon()
    t0 = time.perf_counter()
    for f in range(a.folds):
        train = [r for i, r in enumerate(rows) if fold[i] != f]
        model = ToneModel.from_dict(fit(train, loaded, freq, params), vader)
        for i, r in enumerate(rows):
            if fold[i] != f:
                continue
            tone = article_tone(Article(id=str(i), title="", text=r["text"], url=r["url"]), model)
            scores[i], evid[i] = tone.score, tone.evidence
    m = bench_metrics(rows, scores, evid)
    if a.diagnose:  # not a result: the best threshold is chosen on the test scores themselves
        y = [1 if r["biased"] else 0 for r in rows]
        best = max(
            (f1_score(y, [1 if s >= t / 100 else 0 for s in scores], average="macro"), t / 100)
            for t in range(30, 71)
        )
        print(f"diagnostic only: best threshold {best[1]:.2f} would give macro F1 {best[0]:.3f}")
    print(
        f"{a.folds}-fold CV: macro F1 {m['macro_f1']:.3f}  AUC {m['auc']:.3f}  "
        f"evidence recall {100 * m['evidence_recall']:.1f}%  evidence precision {100 * m['evidence_precision']:.1f}%  "
        f"({len(rows)} sentences, {time.perf_counter() - t0:.0f}s)  params {json.dumps(params)}"
    )


if __name__ == "__main__":
    main()
