#!/usr/bin/env python3
"""Regenerate the synthesizer's derived statistics from the AllSides TRAIN split.

Writes two files (numbers and word stems only, no text):
- src/plainwire/synthesize/data/keep_rates.json.gz - per word stem, how often the neutral
  editors' headline+summary kept a word that the outlets used (smoothed toward the global rate,
  stems seen in >= 8 stories' sources);
- src/plainwire/synthesize/data/select_weights.json - the linear sentence-score coefficients.

Procedure, so that nothing is fitted on the data it is judged on:
1. keep-rates from train stories [0, 1500) ("A");
2. sentence features on stories [1500, 2100) ("B") with the A rates; target per sentence =
   (unigram precision + bigram precision) / 2 against the editors' text; least squares -> coef;
3. stories [2100, 2452) ("C") are scored with A rates + B coefficients (printed, needs rouge-score);
4. the shipped keep-rates are then recomputed from all train stories.
The validation split is never read.

usage: python tools/synth_fit.py [--data ../shared/data/allsides-train.jsonl] [--no-eval]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from plainwire.models import article_from_json
from plainwire.synthesize import select, wordstats
from plainwire.synthesize.textstats import stem, words

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "src/plainwire/synthesize/data"
DEFAULT_DATA = ROOT.parent / "shared/data/allsides-train.jsonl"
PRIOR_STORIES = 5.0
MIN_DF = 8
SPLIT_A, SPLIT_B = 1500, 2100
# Chosen on C (train), not fitted: MMR off (redundancy handled by the cut), stop below 0.2.
PENALTY_AT_MOST = {"pronoun": -0.05, "quote": -0.05, "loaded": -0.05}
MMR_LAMBDA, REDUNDANCY_CUT, MIN_SCORE = 1.0, 0.5, 0.28


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


def keep_rates(rows: list[dict]) -> tuple[dict[str, float], float]:
    src_df: Counter[str] = Counter()
    kept_df: Counter[str] = Counter()
    for r in rows:
        src: set[str] = set()
        for art in r["articles"]:
            src |= _stems(art.get("title", "")) | _stems(art.get("text", ""))
        ref = _stems(r["reference"]["headline"] + " " + r["reference"]["summary"])
        src_df.update(src)
        kept_df.update(src & ref)
    p0 = sum(kept_df.values()) / max(1, sum(src_df.values()))
    rates = {
        w: round((kept_df[w] + PRIOR_STORIES * p0) / (n + PRIOR_STORIES), 3)
        for w, n in src_df.items()
        if n >= MIN_DF
    }
    return rates, p0


def _ref_tokens(text: str) -> list[str]:
    return [w for w in re.sub(r"[^\w\s]", "", text.replace("U.S.", "USA").lower()).split()]


def fit(rows: list[dict]) -> tuple[np.ndarray, float]:
    from plainwire.synthesize.core import _loadedness_fn
    from plainwire.synthesize.pool import build_pool

    loaded = _loadedness_fn()
    xs, ys = [], []
    for r in rows:
        arts = [article_from_json({**a, "id": f"{r['story_id']}/{i}"}) for i, a in enumerate(r["articles"])]
        pl = build_pool(arts, "en", loaded)
        ref = _ref_tokens(r["reference"]["headline"] + ". " + r["reference"]["summary"])
        rs, rb = set(ref), set(zip(ref, ref[1:], strict=False))
        for s, row in zip(pl.sentences, pl.x, strict=True):
            t = _ref_tokens(s.text)
            if not t:
                continue
            bg = list(zip(t, t[1:], strict=False))
            xs.append(row)
            ys.append(
                0.5 * sum(w in rs for w in t) / len(t) + 0.5 * sum(b in rb for b in bg) / max(1, len(bg))
            )
    x, y = np.asarray(xs), np.asarray(ys)
    a = np.hstack([x, np.ones((len(x), 1))])
    coef, *_ = np.linalg.lstsq(a, y, rcond=None)
    print(f"fitted on {len(y)} sentences; r = {np.corrcoef(a @ coef, y)[0, 1]:.3f}")
    return coef[:-1], float(coef[-1])


SHARED_BENCH = ROOT.parent / "shared/bench"


def train_rows(path: str) -> list[dict]:
    """The AllSides rows of ``path``; exits when it is a validation split (we fit on train only)."""
    if "val" in Path(path).name:
        sys.exit("refusing to fit on a validation split")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def story_articles(r: dict) -> list:
    """An AllSides row's articles as plainwire Articles (ids ``<story_id>/<n>``)."""
    return [article_from_json({**a, "id": f"{r['story_id']}/{i}"}) for i, a in enumerate(r["articles"])]


def bench_score(rows: list[dict], max_words: int = 75) -> tuple[dict, list] | None:
    """story_bench's scores (``storymetrics.score``: R1/R2/RL, arousal) of the current code on
    ``rows``, with the syntheses; ``None`` when ../shared/bench is not there."""
    sys.path.insert(0, str(SHARED_BENCH))
    try:
        from story_bench import load_vad
        from storymetrics import score
    except ImportError:
        print("../shared/bench not available: skipping the evaluation")
        return None
    from plainwire.synthesize import synthesize

    outs = [synthesize(r["story_id"], story_articles(r), max_words=max_words) for r in rows]
    gens = [(d.headline + ". " + d.story_text).strip() for d in outs]
    golds = [r["reference"]["headline"] + ". " + r["reference"]["summary"] for r in rows]
    return score(gens, golds, load_vad()), outs


def keep_rate_folds(rows: list[dict], fit_end: int, folds: int) -> Iterator[list[dict]]:
    """The stories [0, fit_end) in ``folds`` slices, each yielded while the keep-rate table is
    the one built from the other slices (cross-fitted, so no row sees rates from itself)."""
    try:
        for k in range(folds):
            lo, hi = k * fit_end // folds, (k + 1) * fit_end // folds
            wordstats.set_table(*keep_rates(rows[:lo] + rows[hi:fit_end]))
            yield rows[lo:hi]
    finally:
        wordstats.set_table(None)


def write_model(out: str, model: dict, features: Sequence[str]) -> None:
    """Write a fitted model's JSON and print its coefficients by feature."""
    Path(out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for name, v in zip(features, model["coef"], strict=True):
        print(f"  {name:14s} {v:+.4f}")
    print(f"wrote {out}")


def evaluate(rows: list[dict]) -> None:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("rouge-score not installed: skipping the C evaluation")
        return
    from plainwire.synthesize import synthesize

    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    tot = np.zeros(3)
    for r in rows:
        d = synthesize(r["story_id"], story_articles(r), max_words=75)
        s = sc.score(
            r["reference"]["headline"] + ". " + r["reference"]["summary"], d.headline + ". " + d.story_text
        )
        tot += [s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure]
    r1, r2, rl = 100 * tot / len(rows)
    print(f"train C ({len(rows)} stories): R1 {r1:.2f} R2 {r2:.2f} RL {rl:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--no-eval", action="store_true")
    a = ap.parse_args()
    rows = train_rows(a.data)
    rates_a, p0_a = keep_rates(rows[:SPLIT_A])
    wordstats.set_table(rates_a, p0_a)
    select.default_weights.cache_clear()
    coef, bias = fit(rows[SPLIT_A:SPLIT_B])
    # Product rules over the fit: a sentence opening on a pronoun ("He said ...") dangles when
    # the story puts it first, and an unattributed opening quote has no speaker; these may
    # never be rewarded, whatever the editors' texts favour.
    for name, most in PENALTY_AT_MOST.items():
        k = select.FEATURES.index(name)
        coef[k] = min(coef[k], most)
    weights = {
        "features": list(select.FEATURES),
        "coef": [round(float(c), 4) for c in coef],
        "bias": round(bias, 4),
        "mmr_lambda": MMR_LAMBDA,
        "redundancy_cut": REDUNDANCY_CUT,
        "min_score": MIN_SCORE,
        "fitted_on": f"allsides-train[{SPLIT_A}:{SPLIT_B}] with keep-rates of allsides-train[0:{SPLIT_A}]",
    }
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    (DATA_DIR / select.WEIGHTS_RESOURCE).write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    for n, c in zip(select.FEATURES, coef, strict=True):
        print(f"  {n:12s} {c:+.4f}")
    if not a.no_eval:
        select.default_weights.cache_clear()
        evaluate(rows[SPLIT_B:])
    rates, p0 = keep_rates(rows)
    # mtime=0: a refit that changes nothing rewrites the same bytes (no churn in git)
    with (
        gzip.GzipFile(DATA_DIR / wordstats.RESOURCE, "wb", mtime=0) as raw,
        io.TextIOWrapper(raw, "utf-8") as f,
    ):
        json.dump(
            {
                "prior": round(p0, 4),
                "stories": len(rows),
                "min_df": MIN_DF,
                "keep": dict(sorted(rates.items())),
            },
            f,
            separators=(",", ":"),
        )
    wordstats.set_table(None)
    print(f"wrote {len(rates)} keep-rates (prior {p0:.3f}) and {select.WEIGHTS_RESOURCE}")
    # the Story's stopping rule reads the linear score and the headline model reads both: refit
    # them in this order, which regenerates the shipped files byte for byte
    print("now run python tools/synth_stop_fit.py, then python tools/synth_headline_fit.py")


if __name__ == "__main__":
    main()
