#!/usr/bin/env python3
"""Article-level agreement with BABE's experts, 5-fold cross-validated with folds grouped by article.

BABE's sentences carry the URL of their article. Here the folds are drawn over articles (URL
without its query string, which only carries tracking or paging: "?il=3", "?cid=rss"; a
sentence without a URL is its own group), so no article has sentences on both sides of a
fold. Each fold: fit on the other four (tools/build_tone_model.fit, the shipped parameters,
as tools/tone_cv.py does), then

- score every held-out sentence as tools/tone_cv.py does (a one-sentence article): the
  sentence-level figure without same-article leakage (report it beside tone_cv's, which stays
  the figure of record);
- score every held-out article with at least ``--min-sentences`` labelled sentences as ONE
  article made of those sentences (one paragraph each, no headline) through
  ``plainwire.analyze.article_tone`` — what ``plainwire analyze`` gives — and compare with the
  experts: Spearman / Kendall correlation of the article score with the share of its
  sentences the experts label biased, AUC for "has a biased sentence" and for "majority
  biased" (share > 0.5), and the tone labels by expert share.

Caveat: BABE keeps a few sentences per article (3–32 here, mostly 3–5), chosen by its
authors, not whole articles; real articles have 20–40 sentences, most of them plain. The
share of biased sentences in such a sample is an imperfect stand-in for how heated the full
article is, and aggregations tuned to 3–5-sentence samples need not suit 30-sentence ones
(check them on the invented full articles as well: tests/analyze/fixtures/article_tone.jsonl,
bench/tone_ood_eval.py).

``--aggregations`` also prints the same article figures for alternative aggregations of the
same out-of-fold unit logits (``AGGREGATIONS``; the shipped one is ``top_quarter``).

usage: python tools/tone_article_cv.py [--data ../shared/data] [--folds 5] [--seed 2021]
       [--min-sentences 3] [--set key=value ...] [--word-emb-cache F.npz] [--aggregations]
       [--dump FILE.json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from scipy.stats import kendalltau, spearmanr
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_tone_model import (  # noqa: E402
    DEFAULT_DATA,
    fit,
)
from tone_cv import bench_metrics, fit_inputs  # noqa: E402

from plainwire.analyze.labels import TONE_LABELS  # noqa: E402
from plainwire.analyze.model import ToneModel, sigmoid, vader_lexicon  # noqa: E402
from plainwire.analyze.text import split_sentences  # noqa: E402
from plainwire.analyze.tone import article_tone, out_of_domain  # noqa: E402
from plainwire.models import Article  # noqa: E402


def group_key(url: str, index: int) -> str:
    """The article a sentence belongs to: its URL without scheme, "www.", query string and
    trailing slash (BABE repeats one article under "?il=0" … "?il=5" and tracking queries)."""
    u = (url or "").strip().lower()
    if not u:
        return f"#no-url-{index}"
    u = re.sub(r"^https?://(www\.)?", "", u)
    return u.split("?", 1)[0].rstrip("/")


def grouped_folds(rows: Sequence[dict[str, Any]], folds: int, seed: int) -> list[int]:
    """Fold of each row: articles shuffled, then each given to the fold with fewest sentences so
    far (folds of similar size; an article never split)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[group_key(r.get("url", ""), i)].append(i)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    # larger articles first (stable for the shuffled order), so the greedy fill stays balanced
    keys.sort(key=lambda k: -len(groups[k]))
    size = [0] * folds
    fold = [0] * len(rows)
    for k in keys:
        f = min(range(folds), key=lambda j: (size[j], j))
        size[f] += len(groups[k])
        for i in groups[k]:
            fold[i] = f
    return fold


# Alternative aggregations of an article's unit logits (sorted, most loaded first), measured
# by --aggregations. ``floor4_logit`` is what analyze.tone.article_tone ships since the ninth
# session (before the out-of-domain switch); ``top_quarter`` what it shipped before.
def _top_mean(ps: Sequence[float], k: int) -> float:
    k = max(1, min(len(ps), k))
    return sum(ps[:k]) / k


def _noisy_or(ps: Sequence[float], base: float) -> float:
    # 1 - prod(1 - p) over the units' evidence above the base rate: the chance that at least
    # one unit is loaded, if units were independent (they are not).
    q = 1.0
    for p in ps:
        q *= 1.0 - max(0.0, (p - base) / (1.0 - base))
    return 1.0 - q


def _floor4(n: int) -> int:
    # the shipped rule (analyze.tone.top_units): top quarter, at least four units
    return max(1, min(n, max(4, math.ceil(n / 4))))


AGGREGATIONS: dict[str, Callable[[Sequence[float]], float]] = {
    "floor4_logit": lambda z: sigmoid(_top_mean(z, _floor4(len(z)))),
    "floor4_prob": lambda z: _top_mean([sigmoid(x) for x in z], _floor4(len(z))),
    "top_quarter": lambda z: _top_mean([sigmoid(x) for x in z], math.ceil(len(z) * 0.25)),
    "max": lambda z: sigmoid(z[0]),
    "mean_all": lambda z: sum(sigmoid(x) for x in z) / len(z),
    "top_third": lambda z: _top_mean([sigmoid(x) for x in z], math.ceil(len(z) / 3)),
    "top_half": lambda z: _top_mean([sigmoid(x) for x in z], math.ceil(len(z) / 2)),
    "top2": lambda z: _top_mean([sigmoid(x) for x in z], 2),
    "top3": lambda z: _top_mean([sigmoid(x) for x in z], 3),
    "top_sqrt": lambda z: _top_mean([sigmoid(x) for x in z], math.ceil(math.sqrt(len(z)))),
    "top_quarter_logit": lambda z: sigmoid(_top_mean(z, math.ceil(len(z) * 0.25))),
    "top_sqrt_logit": lambda z: sigmoid(_top_mean(z, math.ceil(math.sqrt(len(z))))),
    "top2_logit": lambda z: sigmoid(_top_mean(z, 2)),
    "noisy_or": lambda z: _noisy_or([sigmoid(x) for x in z], 0.0),
    "noisy_or_base35": lambda z: _noisy_or([sigmoid(x) for x in z], 0.35),
}


def article_metrics(scores: Sequence[float], shares: Sequence[float]) -> dict[str, float]:
    """Agreement of article scores with the experts' share of biased sentences."""
    anyb = [1 if s > 0 else 0 for s in shares]
    major = [1 if s > 0.5 else 0 for s in shares]
    return {
        "spearman": float(spearmanr(scores, shares).statistic),
        "kendall": float(kendalltau(scores, shares).statistic),
        "auc_any": float(roc_auc_score(anyb, scores)),
        "auc_majority": float(roc_auc_score(major, scores)),
        "acc_majority": sum((s >= 0.5) == bool(m) for s, m in zip(scores, major, strict=True)) / len(scores),
        "plain_ge_050": sum(1 for s, sh in zip(scores, shares, strict=True) if sh == 0 and s >= 0.5)
        / max(1, sum(1 for sh in shares if sh == 0)),
    }


SHARE_BINS = (
    ("none", 0.0, 0.0),
    ("<= 1/3", 1e-9, 1 / 3 + 1e-9),
    ("1/3-2/3", 1 / 3 + 1e-9, 2 / 3 + 1e-9),
    ("> 2/3", 2 / 3 + 1e-9, 1.0),
)


def label_table(labels: Sequence[str], shares: Sequence[float]) -> list[str]:
    lines = ["expert share biased | articles | " + " | ".join(TONE_LABELS)]
    for name, lo, hi in SHARE_BINS:
        inside = [lab for lab, s in zip(labels, shares, strict=True) if lo <= s <= hi]
        c = Counter(inside)
        cells = [f"{c[lab]} ({100 * c[lab] / max(1, len(inside)):.0f}%)" for lab in TONE_LABELS]
        lines.append(f"{name} | {len(inside)} | " + " | ".join(cells))
    return lines


def fmt(m: dict[str, float]) -> str:
    return (
        f"Spearman {m['spearman']:.3f}  Kendall {m['kendall']:.3f}  AUC any-biased {m['auc_any']:.3f}  "
        f"AUC majority-biased {m['auc_majority']:.3f}  accuracy (score>=0.5 vs majority) {m['acc_majority']:.3f}  "
        f"all-plain articles >= 0.5 {100 * m['plain_ge_050']:.1f}%"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=2021, help="fold assignment seed")
    ap.add_argument(
        "--min-sentences", type=int, default=3, help="articles with at least this many labelled sentences"
    )
    ap.add_argument("--set", action="append", default=[], help="override a fit parameter, key=value")
    ap.add_argument("--word-emb-cache", type=Path, default=None, help="reuse word embeddings (.npz)")
    ap.add_argument("--aggregations", action="store_true", help="also compare alternative aggregations")
    ap.add_argument("--dump", type=Path, default=None, help="write the out-of-fold unit logits (JSON)")
    a = ap.parse_args()
    params, rows, loaded, freq, word_emb = fit_inputs(a.data, a.set, a.word_emb_cache)
    fold = grouped_folds(rows, a.folds, a.seed)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[group_key(r.get("url", ""), i)].append(i)
    articles = {k: v for k, v in groups.items() if len(v) >= a.min_sentences}
    scores = [0.0] * len(rows)
    evid: list[tuple[str, ...]] = [()] * len(rows)
    sent_units: list[list[float]] = [[] for _ in rows]
    art_score: dict[str, float] = {}
    art_label: dict[str, str] = {}
    art_units: dict[str, list[float]] = {}
    n_ood = 0  # held-out articles that article_tone scores as out of domain
    vader = vader_lexicon()
    t0 = time.perf_counter()
    for f in range(a.folds):
        train = [r for i, r in enumerate(rows) if fold[i] != f]
        model = ToneModel.from_dict(fit(train, loaded, freq, params, word_emb), vader)
        for i, r in enumerate(rows):
            if fold[i] == f:
                tone = article_tone(Article(id=str(i), title="", text=r["text"], url=r["url"]), model)
                scores[i], evid[i] = tone.score, tone.evidence
                sent_units[i] = sorted(
                    (model.fast_logit(s) for s in split_sentences(r["text"])), reverse=True
                )
        for key, idx in articles.items():
            if fold[idx[0]] != f:
                continue
            text = "\n".join(rows[i]["text"] for i in idx)
            art = Article(id=key, title="", text=text, url=rows[idx[0]]["url"])
            tone = article_tone(art, model)
            n_ood += out_of_domain(model, art)
            art_score[key], art_label[key] = tone.score, tone.label
            art_units[key] = sorted((model.fast_logit(s) for s in split_sentences(text)), reverse=True)
    keys = sorted(articles)
    shares = [sum(1 for i in articles[k] if rows[i]["biased"]) / len(articles[k]) for k in keys]
    n_units = [len(art_units[k]) for k in keys]
    m = bench_metrics(rows, scores, evid)
    print(
        f"sentences, {a.folds}-fold CV grouped by article (seed {a.seed}): macro F1 {m['macro_f1']:.3f}  "
        f"AUC {m['auc']:.3f}  evidence recall {100 * m['evidence_recall']:.1f}%  "
        f"evidence precision {100 * m['evidence_precision']:.1f}%  Brier {m['brier']:.3f}  ECE {m['ece']:.3f}  "
        f"({len(rows)} sentences, {len(groups)} articles, {time.perf_counter() - t0:.0f}s)  params {json.dumps(params)}"
    )
    print(
        f"articles with >= {a.min_sentences} labelled sentences: {len(keys)} ({sum(len(articles[k]) for k in keys)} "
        f"sentences; units per article median {sorted(n_units)[len(n_units) // 2]}, max {max(n_units)}); "
        f"share biased: none {sum(s == 0 for s in shares)}, all {sum(s == 1 for s in shares)}, "
        f"mixed {sum(0 < s < 1 for s in shares)}; scored as out of domain {n_ood}"
    )
    print("article_tone (shipped): " + fmt(article_metrics([art_score[k] for k in keys], shares)))
    for line in label_table([art_label[k] for k in keys], shares):
        print("  " + line)
    if a.aggregations:
        for name, agg in AGGREGATIONS.items():
            print(f"  {name:18s} " + fmt(article_metrics([agg(art_units[k]) for k in keys], shares)))
    if a.dump:
        a.dump.write_text(
            json.dumps(
                {
                    "articles": {
                        k: {"share": s, "units": art_units[k], "score": art_score[k]}
                        for k, s in zip(keys, shares, strict=True)
                    },
                    "sentences": [
                        {"score": s, "biased": bool(r["biased"]), "units": u}
                        for s, r, u in zip(scores, rows, sent_units, strict=True)
                    ],
                }
            )
        )


if __name__ == "__main__":
    main()
