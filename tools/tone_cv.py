#!/usr/bin/env python3
"""5-fold cross-validation of the tone model on BABE, scored exactly like tone_bench.py.

Each fold: fit on the other four folds (tools/build_tone_model.fit, same parameters as the
shipped model), then score the held-out sentences through plainwire.analyze's own article
scoring (a one-sentence article with title "" and the outlet URL, as the bench sends them)
and compute the bench's metrics on the pooled out-of-fold scores.

With --dense it also cross-validates the optional embeddings head (plainwire.analyze.dense_tone):
per fold, tools/build_tone_model.fit_dense_head on the four training folds (its stacker from
inner out-of-fold logits), then the same held-out scoring with the head rescoring the units.
Needs the `embeddings` extra (word embeddings for the `wemb` table; sentence embeddings for
--dense); they carry no label and are computed once for all folds.

With --ood FILE (default: tests/analyze/fixtures/out_of_domain_tone.jsonl; "" to skip) it also
scores those sentences ({"text", "loaded"} per line; plain and loaded reporting outside
politics, written for the tests) with each fold's model, like ``sentence_loadedness``, and
prints the share of plain ones scored >= 0.5 and the AUC between the groups (scores averaged
over the fold models).

usage: python tools/tone_cv.py [--data ../shared/data] [--folds 5] [--set key=value ...]
       [--seed N] [--dense] [--word-emb-cache F.npz] [--sent-emb-cache G.npz] [--diagnose]
       [--ood FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from sklearn.metrics import brier_score_loss, f1_score, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_tone_model import (  # noqa: E402
    DEFAULT_DATA,
    SentenceEncoder,
    build_freq_lexicon,
    build_loaded_lexicon,
    fit,
    fit_dense_head,
    load_jsonl,
    word_embeddings,
    word_vocab,
)

from plainwire.analyze.dense_tone import DenseHead  # noqa: E402
from plainwire.analyze.model import ToneModel, vader_lexicon  # noqa: E402
from plainwire.analyze.text import split_sentences  # noqa: E402
from plainwire.analyze.tone import article_tone  # noqa: E402
from plainwire.models import Article  # noqa: E402

DEFAULT_OOD = (
    Path(__file__).resolve().parent.parent / "tests" / "analyze" / "fixtures" / "out_of_domain_tone.jsonl"
)


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
        "brier": brier_score_loss(y, scores),
        "ece": expected_calibration_error(y, scores),
    }


def expected_calibration_error(y: list[int], scores: list[float], bins: int = 10) -> float:
    """Mean |mean score - share biased| over ten equal-width score bins, weighted by their size:
    how far "tone.score 0.7" is from "70 % of such sentences are loaded"."""
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [
            (s, t) for s, t in zip(scores, y, strict=True) if lo <= s < hi or (b == bins - 1 and s == 1.0)
        ]
        if inside:
            mean_s = sum(s for s, _ in inside) / len(inside)
            share = sum(t for _, t in inside) / len(inside)
            total += len(inside) / len(y) * abs(mean_s - share)
    return total


def fit_inputs(data: Path, sets: list[str], word_emb_cache: Path | None):
    """What every fold's fit reads: ``--set key=value`` overrides, BABE's rows, the AllSides-derived
    lexicons and the word embeddings (shared by tools/tone_cv.py and tools/tone_article_cv.py)."""
    params = {}
    for kv in sets:
        k, v = kv.split("=", 1)
        params[k] = float(v)
    rows = load_jsonl(data / "babe-sg2.jsonl")
    stories = load_jsonl(data / "allsides-train.jsonl")
    loaded, freq = build_loaded_lexicon(stories), build_freq_lexicon(stories)
    # Word embeddings are unsupervised (no label is read): computed once for all folds; the
    # classifier over them is fitted inside each fold by fit().
    vocab = word_vocab(rows, loaded, freq)
    word_emb = (vocab, word_embeddings(vocab, word_emb_cache)) if params.get("wemb", 1) else None
    return params, rows, loaded, freq, word_emb


def ood_line(rows, scores) -> str:
    """Out-of-domain check: share of plain sentences scored >= 0.5, AUC plain vs loaded."""
    y = [1 if r["loaded"] else 0 for r in rows]
    plain = [s for s, t in zip(scores, y, strict=True) if not t]
    hot = [s for s, t in zip(scores, y, strict=True) if t]
    return (
        f"out-of-domain ({len(plain)} plain, {len(hot)} loaded): plain >= 0.5 "
        f"{sum(s >= 0.5 for s in plain)}/{len(plain)} ({100 * sum(s >= 0.5 for s in plain) / max(1, len(plain)):.1f}%), "
        f"mean plain {sum(plain) / max(1, len(plain)):.3f}, loaded >= 0.5 {sum(s >= 0.5 for s in hot)}/{len(hot)}, "
        f"mean loaded {sum(hot) / max(1, len(hot)):.3f}, AUC {roc_auc_score(y, scores):.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--set", action="append", default=[], help="override a fit parameter, key=value")
    ap.add_argument("--seed", type=int, default=2021, help="fold assignment seed")
    ap.add_argument("--word-emb-cache", type=Path, default=None, help="reuse word embeddings (.npz)")
    ap.add_argument(
        "--dense", action="store_true", help="also cross-validate the embeddings-extra head (tone_dense)"
    )
    ap.add_argument("--sent-emb-cache", type=Path, default=None, help="reuse sentence embeddings (.npz)")
    ap.add_argument(
        "--diagnose", action="store_true", help="also print the oracle-threshold F1 (not a result)"
    )
    ap.add_argument(
        "--ood", type=Path, default=DEFAULT_OOD, help="out-of-domain sentences (jsonl); '' to skip"
    )
    a = ap.parse_args()
    ood = load_jsonl(a.ood) if str(a.ood) not in ("", ".") else []
    ood_scores = [0.0] * len(ood)
    params, rows, loaded, freq, word_emb = fit_inputs(a.data, a.set, a.word_emb_cache)
    order = list(range(len(rows)))
    random.Random(a.seed).shuffle(order)
    fold = {idx: n % a.folds for n, idx in enumerate(order)}
    scores = [0.0] * len(rows)
    evid: list[tuple[str, ...]] = [()] * len(rows)
    d_scores = [0.0] * len(rows)
    d_evid: list[tuple[str, ...]] = [()] * len(rows)
    encoder = SentenceEncoder(a.sent_emb_cache) if a.dense else None
    if encoder is not None:  # embeddings are unsupervised: computed once, in one batch
        encoder([r["text"] for r in rows] + [s for r in rows for s in split_sentences(r["text"])])
    vader = vader_lexicon()
    t0 = time.perf_counter()
    for f in range(a.folds):
        train = [r for i, r in enumerate(rows) if fold[i] != f]
        model = ToneModel.from_dict(fit(train, loaded, freq, params, word_emb), vader)
        for j, r in enumerate(ood):
            ood_scores[j] += model.score(r["text"])[0] / a.folds
        head = None
        if encoder is not None:
            head = DenseHead.from_dict(fit_dense_head(train, loaded, freq, encoder, params, word_emb))
            enc = encoder

            def rescore(units, head=head, enc=enc):  # the run-time rescorer, on cached embeddings
                return head.combine([z for z, _t in units], head.head_logits(enc([t for _z, t in units])))

        for i, r in enumerate(rows):
            if fold[i] != f:
                continue
            art = Article(id=str(i), title="", text=r["text"], url=r["url"])
            tone = article_tone(art, model)
            scores[i], evid[i] = tone.score, tone.evidence
            if head is not None:
                tone = article_tone(art, model, rescore=rescore)
                d_scores[i], d_evid[i] = tone.score, tone.evidence
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
        f"Brier {m['brier']:.3f}  ECE {m['ece']:.3f}  "
        f"({len(rows)} sentences, {time.perf_counter() - t0:.0f}s)  params {json.dumps(params)}"
    )
    if ood:
        print(ood_line(ood, ood_scores))
    if encoder is not None:
        m = bench_metrics(rows, d_scores, d_evid)
        print(
            f"{a.folds}-fold CV, tone_dense (embeddings extra): macro F1 {m['macro_f1']:.3f}  AUC {m['auc']:.3f}  "
            f"evidence recall {100 * m['evidence_recall']:.1f}%  evidence precision {100 * m['evidence_precision']:.1f}%  "
            f"Brier {m['brier']:.3f}  ECE {m['ece']:.3f}"
        )


if __name__ == "__main__":
    main()
