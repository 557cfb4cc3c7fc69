#!/usr/bin/env python3
"""Fit the Story's learned stopping rule (src/plainwire/synthesize/data/stop_model.json).

Learning to select: the Story walks the ranked sentences and takes each one that fits; for every
sentence the walk could add after the first, the label is whether adding it to what is already
printed raises the story's ROUGE against the editors' text (mean of ROUGE-1/2/L F1 of headline +
". " + story, the story_bench text, `--max-words 75`). A logistic regression on
``stop.STOP_FEATURES`` (rows made by ``core.stop_features``, exactly as at run time) predicts
it; the walk stops when the predicted logit falls below ``cut``.

Procedure (AllSides TRAIN split only; the validation split is never read):
1. train stories [0, 2100) in 5 contiguous folds; each fold's features use keep-rates computed
   from the other four folds (``synth_fit.keep_rates``), so the keep features are out of sample
   as at run time. The linear selection weights are the shipped ones (select_weights.json, fitted
   on [1500, 2100)). The walk never stops while collecting, so every candidate is seen.
2. StandardScaler + LogisticRegression(C=STOP_C) (scikit-learn, build time only); the scaling is
   folded into the shipped coefficients; ``cut`` = the STOP_QUANTILE quantile of the fitted
   logits on the training rows (STOP_QUANTILE and STOP_C chosen on train stories [2100, 2452)).
3. stories [2100, 2452) are scored with the shipped keep-rates (needs rouge-score, simplemma and
   ../shared/bench/storymetrics.py), as tools/synth_eval.py does.

usage: python tools/synth_stop_fit.py [--data ../shared/data/allsides-train.jsonl] [--no-eval]
       [--quantile Q] [--c C] [--arousal-weight W] [--label-headline title|learned] [--out PATH]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from plainwire.settings import HEADLINE_STRATEGIES
from plainwire.synthesize import core, headline, stop

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_fit import SHARED_BENCH, bench_score, keep_rate_folds, story_articles, train_rows, write_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/plainwire/synthesize/data" / stop.RESOURCE
DEFAULT_DATA = ROOT.parent / "shared/data/allsides-train.jsonl"
FIT_END, FOLDS, HOLDOUT = 2100, 5, 2100
STOP_C = 0.1  # chosen on [2100, 2452): 0.03 / 0.1 / 1.0 differ by < 0.1 R1
STOP_QUANTILE = 0.4  # chosen on [2100, 2452): 0.3 longer + more arousal, 0.5 shorter
AROUSAL_WEIGHT = 0.0  # label = ROUGE gain - this x added arousal (chosen on [2100, 2452))
MAX_WORDS = 75
# The headline in the label's text while collecting (headline.STRATEGY): "title", the support
# rule the model was first fitted with and the run-time default. With the learned headline choice
# ("learned", an option) the refit model scored lower on [2100, 2452) (docs/benchmarks.md).
LABEL_HEADLINE = "title"


def _rouge() -> object:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def collect(
    rows: list[dict], gain: Callable[[str, str, list[str]], float]
) -> tuple[list[np.ndarray], list[float]]:
    """Feature rows and marginal gains of every candidate after the first, walk never stopping."""
    calls: list[tuple[np.ndarray, list[str], str]] = []

    def collecting(scored, pl, limit, max_words, printed, bar, loadedness):  # type: ignore[no-untyped-def,unused-ignore]
        f = core.stop_features(scored, pl, limit, printed, loadedness)

        def never(i: int, picked: list[int], total: int) -> bool:
            calls.append((f(i, picked, total), [printed(j).text for j in picked], printed(i).text))
            return False

        return never

    real = core._stopper
    core._stopper = collecting
    xs: list[np.ndarray] = []
    ys: list[float] = []
    try:
        for r in rows:
            calls.clear()
            d = core.synthesize(r["story_id"], story_articles(r), max_words=MAX_WORDS)
            ref = r["reference"]["headline"] + ". " + r["reference"]["summary"]
            for f, prefix, cand in calls:
                before = gain(ref, d.headline, prefix)
                after = gain(ref, d.headline, [*prefix, cand])
                xs.append(f)
                ys.append(after - before)
    finally:
        core._stopper = real
    return xs, ys


def objective(scorer: object, arousal_weight: float) -> Callable[[str, str, list[str]], float]:
    """What a Story is worth against the editors' text: mean ROUGE-1/2/L F1 minus
    ``arousal_weight`` x the NeuS arousal of the words it adds beyond them (story_bench's figures;
    the NRC-VAD lexicon is read at build time only, nothing of it ships)."""
    vad: dict = {}
    added: Callable[..., tuple[float, float]] | None = None
    if arousal_weight:
        sys.path.insert(0, str(SHARED_BENCH))
        from story_bench import load_vad
        from storymetrics import arousal

        vad, added = load_vad(), arousal

    def value(ref: str, head: str, sents: list[str]) -> float:
        text = (head + ". " + " ".join(sents)).strip()
        s = scorer.score(ref, text)  # type: ignore[attr-defined,unused-ignore]
        v = (s["rouge1"].fmeasure + s["rouge2"].fmeasure + s["rougeL"].fmeasure) / 3
        if added is not None:
            v -= arousal_weight * sum(added(text, ref, vad))
        return v

    return value


def fit(x: np.ndarray, y: np.ndarray, c: float, quantile: float, arousal_weight: float) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    sc = StandardScaler().fit(x)
    scale = np.where(sc.scale_ > 0, sc.scale_, 1.0)
    lr = LogisticRegression(C=c, max_iter=10000).fit((x - sc.mean_) / scale, y > 0)
    coef = lr.coef_[0] / scale
    bias = float(lr.intercept_[0] - np.sum(lr.coef_[0] * sc.mean_ / scale))
    logits = x @ coef + bias
    cut = float(np.quantile(logits, quantile))
    print(
        f"fitted on {len(y)} candidates ({100 * np.mean(y > 0):.1f} % positive); cut {cut:+.3f} "
        f"(p = {1 / (1 + math.exp(-cut)):.3f})"
    )
    return {
        "features": list(stop.STOP_FEATURES),
        "coef": [round(float(v), 5) for v in coef],
        "bias": round(bias, 5),
        "cut": round(cut, 5),
        "fitted_on": f"allsides-train[0:{FIT_END}], keep-rates cross-fitted in {FOLDS} folds; "
        f"LogisticRegression(C={c}), cut = quantile {quantile} of the training logits; "
        f"label: mean ROUGE-1/2/L F1 gain minus {arousal_weight} x added arousal > 0",
    }


def evaluate(rows: list[dict]) -> None:
    got = bench_score(rows, MAX_WORDS)
    if got is None:
        return
    s = got[0]
    print(
        f"train [{HOLDOUT}, {HOLDOUT + len(rows)}): R1 {s['r1']:.2f} R2 {s['r2']:.2f} RL {s['rL']:.2f} "
        f"arousal {s['arousal_sum']:.2f} ({s['words']:.0f} words avg)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--quantile", type=float, default=STOP_QUANTILE)
    ap.add_argument("--c", type=float, default=STOP_C)
    ap.add_argument("--arousal-weight", type=float, default=AROUSAL_WEIGHT)
    ap.add_argument("--label-headline", default=LABEL_HEADLINE, choices=HEADLINE_STRATEGIES)
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args()
    rows = train_rows(a.data)
    gain = objective(_rouge(), a.arousal_weight)
    run_strategy = headline.STRATEGY
    headline.STRATEGY = a.label_headline
    xs: list[np.ndarray] = []
    ys: list[float] = []
    for part in keep_rate_folds(rows, FIT_END, FOLDS):
        fx, fy = collect(part, gain)
        xs += fx
        ys += fy
    headline.STRATEGY = run_strategy
    model = fit(np.vstack(xs), np.asarray(ys), a.c, a.quantile, a.arousal_weight)
    write_model(a.out, model, stop.STOP_FEATURES)
    if not a.no_eval and Path(a.out).resolve() == OUT.resolve():
        stop.default_model.cache_clear()
        evaluate(rows[HOLDOUT:])


if __name__ == "__main__":
    main()
