#!/usr/bin/env python3
"""Calm reports of grim events must not read as heated; their tabloid rewrites must.

Thirteenth session (issue 6). The set, ``tests/analyze/fixtures/grim_events.jsonl``, holds
invented articles: 40 plain reports of grim events (fires, crashes, floods, court cases,
deaths, layoffs, a collapse, an outbreak, a robbery ...; 20 events, two house styles each out
of wire, British local, American local TV, court desk, business desk, regional radio and news
brief) and 17 heated tabloid rewrites of 17 of the events (same facts, heat in the outlet's
own voice).

Each article goes through ``plainwire.analyze.article_tone`` (what ``plainwire analyze``
gives); each event's story through ``story_tone`` three ways: its plain reports alone, its
rewrite alone, and all of them together (the rewrite is one outlet of three).

Targets: every plain report and plain story Neutral or Measured (score < 0.5); every rewrite
and rewrite story Charged or above (score >= 0.5). ``--compare`` also scores with the
thirteenth session's event rule off (``tone.EVENT_WORDS_PLAIN = False``), the behaviour before.

usage: python bench/tone_grim_eval.py [--data FILE] [--compare] [--worst N] [--json]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from plainwire.analyze import tone as tone_mod
from plainwire.analyze.genre import genre_of
from plainwire.analyze.tone import article_tone, story_tone
from plainwire.models import Analysis, Article

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "tests" / "analyze" / "fixtures" / "grim_events.jsonl"
LOADED = 0.5


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Article and story labels of the set; the summary figures (see the module docstring)."""
    items: dict[str, tuple[Article, Analysis]] = {}
    for r in rows:
        a = Article(
            id=r["id"], title=r["title"], text=r["text"], url=r["url"], source=r["style"] + ":" + r["id"]
        )
        t = article_tone(a)
        items[r["id"]] = (a, Analysis(id=a.id, language="en", genre=genre_of(a), tone=t))
    by_event: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        by_event[r["event"]][r["kind"]].append(r["id"])
    stories: dict[str, dict[str, tuple[str, float, list[str]]]] = {}
    for ev, kinds in sorted(by_event.items()):
        out = {}
        for name, ids in (
            ("plain", kinds["plain"]),
            ("heated", kinds["heated"]),
            ("all", kinds["plain"] + kinds["heated"]),
        ):
            if ids and (name != "all" or kinds["heated"]):
                st = story_tone([items[i] for i in ids])
                out[name] = (st.label, round(st.score, 3), list(st.evidence))
        stories[ev] = out

    def tally(kind: str) -> list[tuple[float, str, str, list[str]]]:
        return sorted(
            (
                (
                    items[r["id"]][1].tone.score,
                    r["id"],
                    items[r["id"]][1].tone.label,
                    list(items[r["id"]][1].tone.evidence),
                )
                for r in rows
                if r["kind"] == kind
            ),
            reverse=True,
        )

    plain, heated = tally("plain"), tally("heated")
    styles: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r["kind"] == "plain":
            styles[r["style"]].append(items[r["id"]][1].tone.score)
    return {
        "plain_n": len(plain),
        "plain_loaded": sum(s >= LOADED for s, *_ in plain),
        "plain_mean": sum(s for s, *_ in plain) / max(1, len(plain)),
        "plain_evidence": sum(bool(e) for *_, e in plain),
        "heated_n": len(heated),
        "heated_loaded": sum(s >= LOADED for s, *_ in heated),
        "heated_mean": sum(s for s, *_ in heated) / max(1, len(heated)),
        "plain_story_loaded": sum(v["plain"][1] >= LOADED for v in stories.values()),
        "heated_story_loaded": sum(v["heated"][1] >= LOADED for v in stories.values() if "heated" in v),
        "all_story_labels": dict(
            sorted(
                (lab, sum(1 for v in stories.values() if "all" in v and v["all"][0] == lab))
                for lab in {v["all"][0] for v in stories.values() if "all" in v}
            )
        ),
        "styles": {
            k: (len(v), round(sum(v) / len(v), 3), sum(x >= LOADED for x in v))
            for k, v in sorted(styles.items())
        },
        "plain": plain,
        "heated": heated,
        "stories": stories,
    }


def report(res: dict[str, Any], worst: int) -> None:
    n_ev = len(res["stories"])
    n_h = sum(1 for v in res["stories"].values() if "heated" in v)
    print(
        f"plain reports: {res['plain_loaded']}/{res['plain_n']} >= 0.5, mean {res['plain_mean']:.3f}, "
        f"{res['plain_evidence']} with evidence shown"
    )
    print(f"heated rewrites: {res['heated_loaded']}/{res['heated_n']} >= 0.5, mean {res['heated_mean']:.3f}")
    print(f"stories of the plain reports: {res['plain_story_loaded']}/{n_ev} >= 0.5")
    print(f"stories of the rewrite alone: {res['heated_story_loaded']}/{n_h} >= 0.5")
    print(f"stories of all (plain + rewrite), labels: {res['all_story_labels']}")
    for k, (n, mean, hot) in res["styles"].items():
        print(f"  style {k:15s} n={n:2d} mean {mean:.3f} >= 0.5 {hot}")
    for s, i, lab, ev in res["plain"][:worst]:
        print(f"  plain {i}: {lab} {s:.3f} {ev}")
    for s, i, lab, ev in res["heated"][-worst:]:
        print(f"  heated {i}: {lab} {s:.3f} {ev}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--compare", action="store_true", help="also score with the event rule off (before)")
    ap.add_argument("--worst", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rows = load(a.data)
    runs = [("after (event rule on)", True)] + ([("before (event rule off)", False)] if a.compare else [])
    out = {}
    for name, on in runs:
        tone_mod.EVENT_WORDS_PLAIN = on
        out[name] = evaluate(rows)
    tone_mod.EVENT_WORDS_PLAIN = True
    if a.json:
        print(json.dumps(out, indent=1, ensure_ascii=False))
        return
    for name, res in out.items():
        print(f"== {name}")
        report(res, a.worst)


if __name__ == "__main__":
    main()
