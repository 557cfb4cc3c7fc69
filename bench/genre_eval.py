#!/usr/bin/env python3
"""Genre (news / opinion / analysis) on feed-style items: precision, recall, F1, confusion.

The set, ``tests/analyze/fixtures/genre_eval.jsonl``, holds invented items (title, teaser,
URL, byline, section, as a feed or a page's metadata gives them) written in the style of real
outlets' URL conventions (docs/benchmarks.md, "Genre and article tone (seventh session)").
Each item carries its label and a ``split``: ``tune`` (rules were adjusted looking at its
misses) or ``heldout`` (every third item, fixed before the first measurement; never tuned on).

Each item becomes an ``Article`` with the teaser as ``description`` and no body text (what
``analyze`` sees for a feed item), and goes through ``plainwire.analyze.genre_of``.

A second set (fifteenth session), ``tests/analyze/fixtures/genre_conventions.jsonl``, holds
invented items written to the conventions real outlets use in eleven languages (URL sections,
title labels, section values, schema.org types, bylines) and news that looks like opinion (a
poll story, "analysis of water samples", a quoted "in my view"); each item has ``lang`` and
``kind``, and ``--by lang`` / ``--by kind`` report per group. An item in another language than
English goes through ``genre_of(..., english=False)``, as ``analyze`` does.

usage: python bench/genre_eval.py [--data FILE] [--split all|tune|heldout] [--misses]
       [--json] [--by lang|kind]
``--misses`` lists the wrong items of the tune split (add ``--split heldout`` to see the
held-out ones, which defeats their purpose if you then tune on them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from plainwire.analyze import genre_cues, genre_of
from plainwire.models import Article

GENRES = ("news", "opinion", "analysis")
DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "analyze" / "fixtures" / "genre_eval.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_article(item: dict[str, Any]) -> Article:
    return Article(
        id=item["id"],
        title=item.get("title", ""),
        text=item.get("text", ""),
        url=item.get("url", ""),
        authors=tuple(item.get("authors") or ()),
        section=item.get("section"),
        schema_type=item.get("schema_type"),
        og_type=item.get("og_type"),
        description=item.get("teaser") or None,
    )


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Metrics from (gold, predicted) pairs: per genre P/R/F1, macro F1, accuracy, the confusion
    table, and the binary "kept out of the Story" split (opinion or analysis vs news)."""
    pairs = list(pairs)
    conf: Counter[tuple[str, str]] = Counter(pairs)
    per: dict[str, dict[str, float]] = {}
    for g in GENRES:
        tp = conf[(g, g)]
        fp = sum(conf[(o, g)] for o in GENRES if o != g)
        fn = sum(conf[(g, o)] for o in GENRES if o != g)
        p, r, f = _prf(tp, fp, fn)
        per[g] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    present = [g for g in GENRES if per[g]["support"]]
    macro = sum(per[g]["f1"] for g in present) / len(present) if present else 0.0
    acc = sum(conf[(g, g)] for g in GENRES) / len(pairs) if pairs else 0.0
    tp = sum(1 for g, p in pairs if g != "news" and p != "news")
    fp = sum(1 for g, p in pairs if g == "news" and p != "news")
    fn = sum(1 for g, p in pairs if g != "news" and p == "news")
    bp, br, bf = _prf(tp, fp, fn)
    return {
        "n": len(pairs),
        "per_genre": per,
        "macro_f1": macro,
        "accuracy": acc,
        "not_news": {"precision": bp, "recall": br, "f1": bf},
        "confusion": {g: {p: conf[(g, p)] for p in GENRES} for g in GENRES},
    }


def english(item: dict[str, Any]) -> bool:
    """Is the item English (the first set has no ``lang``: all of it is read as English)?"""
    return item.get("lang", "en") == "en"


def run(items: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], list[tuple[dict[str, Any], str]]]:
    preds = [(it, genre_of(to_article(it), english=english(it))) for it in items]
    return evaluate((it["label"], p) for it, p in preds), [(it, p) for it, p in preds if p != it["label"]]


def report(name: str, m: dict[str, Any]) -> str:
    lines = [
        f"{name}: {m['n']} items, accuracy {m['accuracy']:.3f}, macro F1 {m['macro_f1']:.3f}; "
        f"opinion+analysis vs news: P {m['not_news']['precision']:.3f} R {m['not_news']['recall']:.3f} "
        f"F1 {m['not_news']['f1']:.3f}"
    ]
    lines.append(
        f"  {'genre':<9} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}   confusion (gold \\ predicted: news opinion analysis)"
    )
    for g in GENRES:
        d = m["per_genre"][g]
        row = " ".join(f"{m['confusion'][g][p]:>4}" for p in GENRES)
        lines.append(
            f"  {g:<9} {d['precision']:>6.3f} {d['recall']:>6.3f} {d['f1']:>6.3f} {int(d['support']):>5}   {row}"
        )
    return "\n".join(lines)


def by_group(items: Sequence[dict[str, Any]], key: str) -> str:
    """Accuracy and wrong items per value of ``key`` ("lang" or "kind")."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for it in items:
        groups.setdefault(str(it.get(key, "?")), []).append(it)
    lines = [
        f"by {key}: group  n  correct  accuracy  (gold news sent elsewhere / opinion+analysis kept as news)"
    ]
    for g in sorted(groups):
        m, misses = run(groups[g])
        false_out = sum(1 for it, _p in misses if it["label"] == "news")
        missed = sum(1 for it, p in misses if it["label"] != "news" and p == "news")
        n = len(groups[g])
        lines.append(f"  {g:<8} {n:>4} {n - len(misses):>5}  {m['accuracy']:.3f}  ({false_out} / {missed})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=("all", "tune", "heldout"), default="all")
    ap.add_argument(
        "--misses", action="store_true", help="list the wrong items (of the tune split by default)"
    )
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ap.add_argument("--by", choices=("lang", "kind"), help="also report per language or per kind of cue")
    a = ap.parse_args(argv)
    items = load(a.data)
    splits = {
        "all": items,
        "tune": [i for i in items if i.get("split") != "heldout"],
        "heldout": [i for i in items if i.get("split") == "heldout"],
    }
    shown = ("all", "tune", "heldout") if a.split == "all" else (a.split,)
    results = {s: run(splits[s]) for s in shown}
    if a.json:
        print(json.dumps({s: r[0] for s, r in results.items()}, indent=1))
    else:
        for s in shown:
            print(report(s, results[s][0]))
    if a.by:
        print(by_group(items, a.by))
    if a.misses:
        which = "tune" if a.split == "all" else a.split
        for it, p in results.get(which, run(splits[which]))[1]:
            found = genre_cues(to_article(it), english=english(it))
            cues = "; ".join(f"{c.genre} {c.points:g} {c.reason}" for c in found)
            print(
                f"{it['id']} gold {it['label']} got {p} [{it.get('note', '')}] {it['url']}\n   {it['title']!r} :: {cues}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
