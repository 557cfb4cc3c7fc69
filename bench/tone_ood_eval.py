#!/usr/bin/env python3
"""Article-level tone outside politics: do plain reports on food, sport, weather … read as plain?

The set, ``tests/analyze/fixtures/ood_articles.jsonl``, holds invented articles (eighth session;
docs/benchmarks.md, "Out-of-domain articles and quoted evidence"): 40 plain reports (150–210
words, headline + paragraphs) over ten domains — food, sport, weather, science, health advice,
local council, culture, business, technology, travel — half in British, half in American
spelling; 15 loaded versions of some of them (same facts, heat in the outlet's own voice);
and the three outlets' reports of the audit's bakery story (``kind: story``). Ninth session:
``tests/analyze/fixtures/ood_articles_heldout.jsonl`` (``--data``) holds ten more plain reports
(sport, science, weather, culture, business), written before that session's changes were chosen
and kept out of the choice.

Each article goes through ``plainwire.analyze.article_tone`` (what ``plainwire analyze`` gives);
the bakery story through ``story_tone`` (what its page shows).

Printed: the share of plain articles scored >= 0.5 (Charged or worse) and >= 0.35 (not
Neutral) and their mean; the loaded versions' share >= 0.5, their mean and how often a loaded
version scores above its own plain version; per domain and per spelling; the bakery story's
label; how many articles ``article_tone`` scored as out of domain (ninth session,
``plainwire.analyze.tone.out_of_domain``). ``--worst N`` lists the N highest plain articles with their evidence.

usage: python bench/tone_ood_eval.py [--data FILE] [--model tone_model.json.gz] [--worst N] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from plainwire.analyze.genre import genre_of
from plainwire.analyze.model import ToneModel, default_model, vader_lexicon
from plainwire.analyze.tone import article_tone, out_of_domain, story_tone
from plainwire.models import Analysis, Article

DEFAULT_DATA = (
    Path(__file__).resolve().parent.parent / "tests" / "analyze" / "fixtures" / "ood_articles.jsonl"
)


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict[str, Any]], model: ToneModel | None = None) -> dict[str, Any]:
    """Scores every article; returns the summary figures (see the module docstring)."""
    tones: dict[str, Any] = {}
    arts: dict[str, Article] = {}
    ood: dict[str, int] = defaultdict(int)
    for r in rows:
        art = Article(id=r["id"], title=r["title"], text=r["text"])
        arts[r["id"]] = art
        tones[r["id"]] = article_tone(art, model)
        ood[r["kind"]] += out_of_domain(model or default_model(), art)
    plain = [r for r in rows if r["kind"] == "plain"]
    loaded = [r for r in rows if r["kind"] == "loaded"]
    ps = [tones[r["id"]].score for r in plain]
    ls = [tones[r["id"]].score for r in loaded]

    def share(xs: list[float], t: float) -> float:
        return sum(x >= t for x in xs) / max(1, len(xs))

    groups: dict[str, list[float]] = defaultdict(list)
    for r, s in zip(plain, ps, strict=True):
        groups["domain " + r["domain"]].append(s)
        groups["spelling " + r["spelling"]].append(s)
    stories: dict[str, Any] = {}
    for name in sorted({r["story"] for r in rows if r["kind"] == "story"}):
        items = []
        for r in rows:
            if r.get("story") == name:
                a = arts[r["id"]]
                items.append((a, Analysis(id=a.id, language="en", genre=genre_of(a), tone=tones[r["id"]])))
        t = story_tone(items)
        stories[name] = {
            "label": t.label,
            "score": round(t.score, 3),
            "evidence": list(t.evidence),
            "articles": [
                (a.id, round(an.tone.score, 3), an.tone.label, list(an.tone.evidence)) for a, an in items
            ],
        }
    pairs = [(tones[r["of"]].score, tones[r["id"]].score) for r in loaded]
    return {
        "plain_n": len(ps),
        "out_of_domain": dict(ood),
        "plain_ge_050": share(ps, 0.5),
        "plain_ge_035": share(ps, 0.35),
        "plain_mean": sum(ps) / max(1, len(ps)),
        "loaded_n": len(ls),
        "loaded_ge_050": share(ls, 0.5),
        "loaded_mean": sum(ls) / max(1, len(ls)),
        "loaded_above_own_plain": sum(b > a for a, b in pairs) / max(1, len(pairs)),
        "groups": {k: (len(v), sum(v) / len(v), share(v, 0.5)) for k, v in sorted(groups.items())},
        "stories": stories,
        "worst": sorted(
            (
                (tones[r["id"]].score, r["id"], tones[r["id"]].label, list(tones[r["id"]].evidence))
                for r in plain
            ),
            reverse=True,
        ),
        "loaded_list": sorted((tones[r["id"]].score, r["id"], list(tones[r["id"]].evidence)) for r in loaded),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--model", type=Path, default=None, help="a tone_model.json.gz (default: the shipped one)"
    )
    ap.add_argument("--worst", type=int, default=5, help="list this many highest-scoring plain articles")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args()
    model = None
    if a.model:
        model = ToneModel.from_dict(json.loads(gzip.decompress(a.model.read_bytes())), vader_lexicon())
    res = evaluate(load(a.data), model)
    if a.json:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return
    print(
        f"plain articles: {res['plain_n']}; >= 0.5 {100 * res['plain_ge_050']:.1f}%, "
        f">= 0.35 {100 * res['plain_ge_035']:.1f}%, mean {res['plain_mean']:.3f}"
    )
    print(
        f"loaded versions: {res['loaded_n']}; >= 0.5 {100 * res['loaded_ge_050']:.1f}%, mean {res['loaded_mean']:.3f}, "
        f"above their plain version {100 * res['loaded_above_own_plain']:.1f}%"
    )
    print(f"scored out of domain (by kind): {res['out_of_domain']}")
    for name, (n, mean, hot) in res["groups"].items():
        print(f"  {name:22s} n={n:2d} mean {mean:.3f}  >= 0.5 {100 * hot:.0f}%")
    for name, s in res["stories"].items():
        print(f"story {name}: {s['label']} {s['score']:.3f} evidence {s['evidence']}")
        for aid, sc, lab, ev in s["articles"]:
            print(f"    {aid}: {lab} {sc:.3f} {ev}")
    for sc, aid, lab, ev in res["worst"][: a.worst]:
        print(f"  plain {aid}: {lab} {sc:.3f} {ev}")
    for sc, aid, ev in res["loaded_list"][: a.worst]:
        print(f"  lowest loaded {aid}: {sc:.3f} {ev}")


if __name__ == "__main__":
    main()
