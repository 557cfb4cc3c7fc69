#!/usr/bin/env python3
"""Why does (or doesn't) a report in another language join its event's story?

Replays an audit newsroom's pieces (bench/audit_newsroom/newsroom{N}_content.py, as written:
title, paragraphs, publication time, language, genre; no pages, no extraction) through the
online clusterer in publication order, and for every piece whose language differs from the
story that holds most of its event's pieces prints, at the moment it was placed, the
cross-language rule's reading against that story (plainwire.cluster.xlang): the names
found (and why the others do not count), the figures and small counts shared, the time
window, the points, and the gate that refuses; then where the piece went.

``--title SLUG=TITLE`` replaces a piece's title (e.g. one the extraction stage misreads).
Only the first six sets: the seventh is held out.

``--db FILE --stories FILE`` replays instead the articles a kept audit run stored (its
``plainwire.sqlite3``, with the events from its ``stories.json``), as extracted and with
their stored genre, in the run's passes: each pass's new articles added in publication
order to a clusterer restored from the stories the passes before built, as ``plainwire run
--once`` does.

usage: python bench/cluster_xlang_diag.py --newsroom 6 [--title SLUG=TITLE ...] [--all]
       python bench/cluster_xlang_diag.py --db HOME/plainwire.sqlite3 --stories OUT/stories.json
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from plainwire.cluster import ClusterConfig, OnlineClusterer, xlang
from plainwire.cluster.story import Story
from plainwire.cluster.text import tokenize_article
from plainwire.models import Article

HERE = Path(__file__).resolve().parent / "audit_newsroom"


def load(n: int) -> Any:
    if not 1 <= n <= 6:
        raise SystemExit("newsrooms 1 to 6 only")
    sys.path.insert(0, str(HERE))
    return importlib.import_module("newsroom_content" if n == 1 else f"newsroom{n}_content")


def explain(c: OnlineClusterer, art: Article, story: Story, genre: str | None) -> str:
    """The rule's reading of ``art`` against ``story``, one line per part."""
    cfg = c.config
    lang = xlang.norm_lang(art.language) or "?"
    tokens = tokenize_article(art.title, art.text, cfg)
    a = xlang.anchors(tokens, lang)
    side = c._story_side(story)
    is_name = c._nouns.is_proper if lang in xlang.NOUN_CAPS else c._nouns.never_lower
    names = []
    for n in a.names:
        words = []
        for key, f, lower in n.words:
            why = "ok"
            if f not in side.keys:
                why = "absent"
            elif not is_name(lower):
                why = "not-a-name"
            elif not c._is_rare(key):
                why = f"common({c._df.count_of(key)})"
            words.append(f"{f}:{why}")
        names.append(" ".join(words))
    fig = sorted(a.figures & side.figures)
    cnt = sorted(a.counts & side.counts)
    points = xlang.shared(
        a,
        side,
        is_name,
        c._is_rare,
        min_names=cfg.xlang_min_names,
        min_figures=cfg.xlang_min_figures,
        count_weight=cfg.xlang_count_weight,
        names_alone=cfg.xlang_names_alone,
    )
    alone = xlang.shared(a, side, is_name, c._is_rare, min_names=0, min_figures=0) or 0.0
    alone -= len(a.figures & side.figures)
    when = art.published
    inside = c._within(story, when, cfg.xlang_window)
    span = f"{story.first:%d %H:%M}..{story.last:%d %H:%M}" if story.first and story.last else "?"
    took = story.foreign is not None and lang in story.foreign
    return (
        f"    story {story.id} ({story.lang}, {story.texts} texts, span {span}; in window {inside}; "
        f"holds {lang} texts {took})\n"
        f"    names: {' | '.join(names) or '-'}\n"
        f"    figures text {sorted(a.figures)} story {sorted(side.figures)[:12]} shared {fig}\n"
        f"    counts text {sorted(a.counts)} story {sorted(side.counts)} shared {cnt}\n"
        f"    points {points}; distinct names the rule counts {alone:g} (genre {genre})"
    )


def stored(db: str, stories: str) -> list[list[tuple[str, Article, str | None, str]]]:
    """The stored articles as (name, article, genre, event), per pass (by fetch time)."""
    import json

    from plainwire.store import Store

    events = {
        a["path"]: a["event"] for s in json.loads(Path(stories).read_text())["stories"] for a in s["articles"]
    }
    store = Store(Path(db))
    try:
        rows = [r for r in store.iter_articles() if r.superseded_by is None]
    finally:
        store.close()
    rows.sort(key=lambda r: r.fetched_at)
    passes: list[list[tuple[str, Article, str | None, str]]] = [[]]
    last: datetime | None = None
    for r in rows:
        if last is not None and (r.fetched_at - last).total_seconds() > 2.0:
            passes.append([])
        last = r.fetched_at
        path = "/" + r.article.url.split("/", 3)[3]
        passes[-1].append((path, r.article, r.genre, events.get(path, "?")))
    return [sorted(p, key=lambda x: (x[1].published or x[1].published, x[0])) for p in passes]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsroom", type=int, default=6)
    ap.add_argument("--title", action="append", default=[], help="SLUG=TITLE")
    ap.add_argument("--all", action="store_true", help="print every piece's placement")
    ap.add_argument("--db")
    ap.add_argument("--stories")
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    if a.db:
        replay(stored(a.db, a.stories), a.all)
        return
    mod = load(a.newsroom)
    titles = dict(x.split("=", 1) for x in a.title)
    pieces = sorted(mod.PIECES, key=lambda p: p.published)
    c = OnlineClusterer(ClusterConfig())
    placed: dict[str, str] = {}
    event_of: dict[str, str] = {}
    for p in pieces:
        if p.shape in ("live",):
            continue
        art = Article(
            id=p.slug,
            title=titles.get(p.slug, p.title),
            text="\n\n".join(p.paragraphs),
            published=p.published,
            language=p.language,
        )
        genre = p.genre
        # The event's story before this piece: the one holding most of its pieces so far.
        held = Counter(c.resolve(placed[s]) for s, e in event_of.items() if e == p.event)
        target = c._by_id.get(held.most_common(1)[0][0]) if held else None
        sid = c.add(art, genre=genre)
        placed[p.slug] = sid
        event_of[p.slug] = p.event
        if target is not None and target.lang not in (None, xlang.norm_lang(p.language)):
            joined = c.resolve(sid) == c.resolve(target.id)
            print(f"{p.event}: {p.slug} ({p.language}, {p.published:%d %H:%M}) joined {joined}")
            print(explain(c, art, target, genre))
        elif a.all:
            print(f"{p.event}: {p.slug} ({p.language}, {p.published:%d %H:%M}) -> {sid}")
    stories: dict[str, list[str]] = {}
    for slug, sid in placed.items():
        stories.setdefault(c.resolve(sid), []).append(f"{event_of[slug]}:{slug}")
    print("\nstories:")
    for sid, members in stories.items():
        print(f"  {sid}: {', '.join(members)}")


def replay(passes: list[list[tuple[str, Article, str | None, str]]], show_all: bool) -> None:
    """``passes`` through a clusterer restored before each pass, as the main job runs."""
    placed: dict[str, str] = {}
    event_of: dict[str, str] = {}
    arts: dict[str, tuple[Article, str | None]] = {}
    c = OnlineClusterer(ClusterConfig())
    for n, items in enumerate(passes):
        if n:
            c = OnlineClusterer(ClusterConfig())
            groups: dict[str, list[Article]] = {}
            for name, sid in placed.items():
                groups.setdefault(sid, []).append(arts[name][0])
            c.restore(groups.items(), genres={arts[k][0].id: arts[k][1] for k in arts})
        print(f"-- pass {n + 1}: {len(items)} articles")
        for name, art, genre, event in items:
            held = Counter(c.resolve(placed[k]) for k, e in event_of.items() if e == event)
            target = c._by_id.get(held.most_common(1)[0][0]) if held else None
            sid = c.add(art, genre=genre)
            placed[name], event_of[name], arts[name] = sid, event, (art, genre)
            lang = xlang.norm_lang(art.language)
            if target is not None and target.lang not in (None, lang):
                joined = c.resolve(sid) == c.resolve(target.id)
                print(f"{event}: {name} ({lang}, {art.published:%d %H:%M}) joined {joined}")
                print(explain(c, art, target, genre))
            elif show_all:
                print(f"{event}: {name} ({lang}) -> {sid}")
        placed = {k: c.resolve(v) for k, v in placed.items()}
    print("\nstories:")
    out: dict[str, list[str]] = {}
    for name, sid in placed.items():
        out.setdefault(sid, []).append(f"{event_of[name]}:{name}")
    for sid, members in out.items():
        print(f"  {sid}: {', '.join(members)}")


if __name__ == "__main__":
    main()
