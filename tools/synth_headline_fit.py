#!/usr/bin/env python3
"""Fit the learned headline choice (src/plainwire/synthesize/data/headline_model.json).

For every story the headline builder sees candidates (the tidied outlet titles and the clause
headline, ``headline.candidates``); the calm ones (``headline.calm_fn``) get the feature rows of
``headline_model.features``, exactly as at run time. Target per candidate (``--target``):
- ``head`` (default): mean ROUGE-1/2/L F1 of the candidate against the editors' headline;
- ``full``: the same of candidate + ". " + the Story (at ``--max-words 75``) against the
  editors' headline + summary (story_bench's text), i.e. its contribution to the whole text.
Only the choice within a story matters, so features and target are centred per story (a
fixed-effects least-squares fit, ridge ``--alpha``); stories with one calm candidate teach
nothing and are left out.

Procedure (AllSides TRAIN split only; the validation split is never read): train stories
[0, 2100) in 5 contiguous folds, each synthesised with keep-rates from the other four
(``synth_fit.keep_rates``), so the keep feature is out of sample as at run time. numpy only.
Then stories [2100, 2452) are scored with ``headline.STRATEGY = "learned"`` (as
tools/synth_eval.py does) unless ``--no-eval``.

usage: python tools/synth_headline_fit.py [--target head|full] [--alpha A] [--no-eval] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from plainwire.synthesize import core, headline, headline_model

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_fit import bench_score, keep_rate_folds, story_articles, train_rows, write_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/plainwire/synthesize/data" / headline_model.RESOURCE
DEFAULT_DATA = ROOT.parent / "shared/data/allsides-train.jsonl"
FIT_END, FOLDS, HOLDOUT = 2100, 5, 2100
TARGET = "full"  # chosen on [2100, 2452) (docs/benchmarks.md, "Synthesis: headline")
ALPHA = 1.0  # ridge on the centred rows; chosen on [2100, 2452)
MAX_WORDS = 75


def _mean_f1(scorer: object, ref: str, text: str) -> float:
    s = scorer.score(ref, text)  # type: ignore[attr-defined,unused-ignore]
    return float((s["rouge1"].fmeasure + s["rouge2"].fmeasure + s["rougeL"].fmeasure) / 3)


def collect(rows: list[dict], scorer: object, target: str) -> list[tuple[np.ndarray, np.ndarray]]:
    """(feature rows, targets) of each story's calm candidates, as the run-time rule sees them."""
    seen: list[tuple] = []
    real = core.build_headline

    def capturing(titles, title_support, loadedness, sentences=(), strategy=None, **kw):  # type: ignore[no-untyped-def,unused-ignore]
        seen.append((list(titles), np.asarray(title_support), loadedness, list(sentences)))
        return real(titles, title_support, loadedness, sentences, strategy, **kw)

    core.build_headline = capturing
    out: list[tuple[np.ndarray, np.ndarray]] = []
    try:
        for r in rows:
            seen.clear()
            d = core.synthesize(r["story_id"], story_articles(r), max_words=MAX_WORDS)
            if not seen:
                continue
            titles, support, loadedness, sentences = seen[0]
            calm = headline.calm_fn(loadedness)
            cands = [c for c in headline.candidates(titles, support, sentences) if calm(c)]
            if len(cands) < 2:
                continue
            x = headline_model.features(cands, [t for t, _ in sentences], loadedness)
            if target == "head":
                y = [_mean_f1(scorer, r["reference"]["headline"], c.text) for c in cands]
            else:
                ref = r["reference"]["headline"] + ". " + r["reference"]["summary"]
                y = [_mean_f1(scorer, ref, (c.text + ". " + d.story_text).strip()) for c in cands]
            out.append((x, np.asarray(y)))
    finally:
        core.build_headline = real
    return out


def fit(groups: list[tuple[np.ndarray, np.ndarray]], alpha: float, target: str) -> dict:
    xc = np.vstack([x - x.mean(axis=0) for x, _ in groups])
    yc = np.concatenate([y - y.mean() for _, y in groups])
    scale = xc.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    z = xc / scale
    coef = np.linalg.solve(z.T @ z + alpha * np.eye(z.shape[1]), z.T @ yc) / scale
    hit = np.mean([int(np.argmax(x @ coef)) == int(np.argmax(y)) for x, y in groups])
    print(
        f"fitted on {len(groups)} stories, {len(yc)} candidates; in-sample best-candidate hit rate {hit:.3f}"
    )
    return {
        "features": list(headline_model.HEADLINE_FEATURES),
        "coef": [round(float(v), 6) for v in coef],
        "bias": 0.0,  # only differences within a story matter
        "fitted_on": f"allsides-train[0:{FIT_END}], keep-rates cross-fitted in {FOLDS} folds; "
        f"least squares on per-story centred rows, ridge {alpha} (standardised); "
        f"target: mean ROUGE-1/2/L F1 ({target})",
    }


def evaluate(rows: list[dict]) -> None:
    old = headline.STRATEGY
    headline.STRATEGY = "learned"
    try:
        got = bench_score(rows, MAX_WORDS)
    finally:
        headline.STRATEGY = old
    if got is None:
        return
    s, outs = got
    from storymetrics import score  # on the path now (bench_score put it there)

    h = score([d.headline for d in outs], [r["reference"]["headline"] for r in rows], {})
    print(
        f"train [{HOLDOUT}, {HOLDOUT + len(rows)}), learned headline: R1 {s['r1']:.2f} R2 {s['r2']:.2f} "
        f"RL {s['rL']:.2f} arousal {s['arousal_sum']:.2f}; headline alone R1 {h['r1']:.2f} RL {h['rL']:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--target", default=TARGET, choices=("head", "full"))
    ap.add_argument("--alpha", type=float, default=ALPHA)
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args()
    rows = train_rows(a.data)
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    groups: list[tuple[np.ndarray, np.ndarray]] = []
    for part in keep_rate_folds(rows, FIT_END, FOLDS):
        groups += collect(part, scorer, a.target)
    model = fit(groups, a.alpha, a.target)
    write_model(a.out, model, headline_model.HEADLINE_FEATURES)
    if not a.no_eval and Path(a.out).resolve() == OUT.resolve():
        headline_model.default_model.cache_clear()
        evaluate(rows[HOLDOUT:])


if __name__ == "__main__":
    main()
