"""The spine end to end: `plainwire run --once` against the fictional newsroom over HTTP."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from plainwire.store import Store
from tests import newsroom
from tests.conftest import SiteServer


def plainwire(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "PLAINWIRE_HOME": str(home),
        "PLAINWIRE_ALLOW_PRIVATE_NETWORKS": "1",
        "COLUMNS": "200",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"plainwire {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        )
    return proc


@pytest.fixture
def home_after_run(tmp_path: Path, newsroom_site: SiteServer) -> Path:
    home = tmp_path / "home"
    for key, info in newsroom.OUTLETS.items():
        plainwire(
            home, "sources", "add", newsroom_site.base + newsroom.feed_path(key), "--name", info["name"]
        )
    plainwire(home, "run", "--once")
    return home


def _by_event(store: Store) -> dict[str, set[str | None]]:
    pieces = {p.slug: p for p in newsroom.PIECES}
    stories: dict[str, set[str | None]] = defaultdict(set)
    for sa in store.iter_articles():
        slug = sa.article.url.rsplit("/", 1)[-1].removesuffix(".html")
        stories[pieces[slug].event].add(sa.story_id)
    return stories


def test_run_once_builds_one_story_per_event(home_after_run: Path, newsroom_site: SiteServer) -> None:
    store = Store(home_after_run / "plainwire.sqlite3")
    assert store.count("articles") == len(newsroom.PIECES)
    urls = {sa.article.url for sa in store.iter_articles()}
    assert urls == {newsroom_site.base + newsroom.page_path(p) for p in newsroom.PIECES}

    by_event = _by_event(store)
    assert set(by_event) == {"tidal", "quake", "strike"}
    story_ids = [next(iter(ids)) for ids in by_event.values()]
    for event, ids in by_event.items():
        assert len(ids) == 1 and None not in ids, f"{event} split across {ids}"
    assert len(set(story_ids)) == 3, "two events merged into one story"

    for sa in store.iter_articles():  # the extractor dropped the site furniture
        assert newsroom.COMMENT_MARKER not in sa.article.text
        assert newsroom.AD_MARKER not in sa.article.text
        assert sa.article.source in {o["name"] for o in newsroom.OUTLETS.values()}
        assert sa.article.published is not None


def test_story_parts(home_after_run: Path, newsroom_site: SiteServer) -> None:
    from plainwire.analyze import TONE_LABELS

    store = Store(home_after_run / "plainwire.sqlite3")
    by_event = _by_event(store)
    for event, ids in by_event.items():
        sid = next(iter(ids))
        row = store.get_story(sid)
        assert row is not None and row.synthesis is not None, event
        syn = row.synthesis
        pieces = [p for p in newsroom.PIECES if p.event == event]
        news = [p for p in pieces if p.genre == "news"]
        assert syn["headline"] and len(syn["headline"].split()) <= 14
        assert syn["tone"]["label"] in TONE_LABELS
        assert len(syn["highlights"]) == 3 and len(set(syn["highlights"])) == 3
        assert len(syn["story"].split()) >= 40
        # published = first article, updated = newest article
        assert row.published == min(p.published for p in pieces)
        assert row.updated == max(p.published for p in pieces)
        assert syn["published"] == min(p.published for p in pieces).isoformat().replace("+00:00", "Z")
        assert syn["updated"] == max(p.published for p in pieces).isoformat().replace("+00:00", "Z")
        # every Story sentence is traced to sentences of this story's news articles
        article_ids = {sa.article.id for sa in store.story_articles(sid)}
        news_text = " ".join(par for p in news for par in p.paragraphs)
        for sent in syn["provenance"]["story"]:
            assert sent["support"], f"unsupported sentence {sent['text']!r}"
            for ref in sent["support"]:
                assert ref["article_id"] in article_ids
                assert ref["text"] and ref["text"][:40] in news_text
        assert {s["url"] for s in syn["sources"]} == {
            newsroom_site.base + newsroom.page_path(p) for p in pieces
        }

    tidal = store.get_story(next(iter(by_event["tidal"])))
    assert tidal is not None and tidal.synthesis is not None
    opinion = next(p for p in newsroom.PIECES if p.genre == "opinion")
    assert [o["url"] for o in tidal.synthesis["opinions"]] == [
        newsroom_site.base + newsroom.page_path(opinion)
    ]
    story_and_highlights = tidal.synthesis["story"] + " ".join(tidal.synthesis["highlights"])
    for par in opinion.paragraphs:
        assert par[:30] not in story_and_highlights
    for other in ("quake", "strike"):
        row = store.get_story(next(iter(by_event[other])))
        assert row is not None and row.synthesis is not None and row.synthesis["opinions"] == []


def test_second_run_changes_nothing(home_after_run: Path) -> None:
    db = home_after_run / "plainwire.sqlite3"
    before = Store(db)
    snapshot = [(sa.article.id, sa.story_id) for sa in before.iter_articles()]
    synth_before = {r.id: r.synthesis for r in before.list_stories(limit=100)}
    assert len(synth_before) == 3 and all(synth_before.values())
    before.close()
    plainwire(home_after_run, "run", "--once")
    after = Store(db)
    assert [(sa.article.id, sa.story_id) for sa in after.iter_articles()] == snapshot
    assert {r.id: r.synthesis for r in after.list_stories(limit=100)} == synth_before


def test_story_page_renders(home_after_run: Path) -> None:
    from fastapi.testclient import TestClient

    from plainwire.publish import create_app
    from plainwire.settings import load_config

    client = TestClient(create_app(load_config(home_after_run)))
    front = client.get("/")
    assert front.status_code == 200
    store = Store(home_after_run / "plainwire.sqlite3")
    rows = store.list_stories(limit=10)
    assert len(rows) == 3
    for row in rows:
        assert row.synthesis is not None
        link = re.search(rf'href="([^"]*{re.escape(row.slug)}[^"]*)"', front.text)
        assert link, f"front page does not link story {row.slug}"
        page = client.get(link.group(1))
        assert page.status_code == 200
        text = html.unescape(page.text).replace("You’ve", "You've")
        for part in ("Highlights", "Story", "Opinions", "You've reached the end"):
            assert part in text, part
        assert row.headline in text
        assert row.tone_label and row.tone_label in text
        for h in row.synthesis["highlights"]:
            assert h in text
        # updated (newest) is shown before published (first), both as machine-readable times
        times = re.findall(r'<time[^>]*datetime="([^"]+)"', page.text)
        assert row.synthesis["updated"] in times[0] or times[0].startswith(row.synthesis["updated"][:16])


def test_unreachable_sources_are_recorded_and_run_goes_on(tmp_path: Path, newsroom_site: SiteServer) -> None:
    home = tmp_path / "home"
    plainwire(
        home,
        "sources",
        "add",
        newsroom_site.base + newsroom.feed_path("meridian"),
        "--name",
        "The Daily Meridian",
    )
    store = Store(home / "plainwire.sqlite3")
    from plainwire.models import Outlet

    # a closed port and a host that does not resolve: both must be recorded, not fatal
    store.add_outlet(Outlet("Closed Port News", "http://127.0.0.1:9/feed.xml"))
    store.add_outlet(Outlet("Nowhere News", "http://nowhere.invalid/feed.xml"))
    store.close()
    proc = plainwire(home, "run", "--once")
    assert proc.returncode == 0
    store = Store(home / "plainwire.sqlite3")
    health = {r.outlet.name: r for r in store.outlets()}
    assert health["Closed Port News"].consecutive_failures == 1 and health["Closed Port News"].last_error
    assert health["Nowhere News"].consecutive_failures == 1
    assert health["The Daily Meridian"].last_success is not None
    assert store.count("articles") == sum(p.outlet == "meridian" for p in newsroom.PIECES)
    assert {e["input"] for e in store.recent_errors()} >= {
        "http://127.0.0.1:9/feed.xml",
        "http://nowhere.invalid/feed.xml",
    }
