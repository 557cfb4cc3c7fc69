"""The work queue and recovery after an interrupted run."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from plainwire.models import Analysis, Article, FeedEntry, Outlet, Tone, article_id_for
from plainwire.pipeline import PassReport, entry_from_json, entry_to_json
from plainwire.store import Store
from plainwire.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import SiteServer
from tests.ops.helpers import make_pipeline, page, rss


def _entry(url: str, published: datetime | None) -> str:
    return json.dumps(entry_to_json(FeedEntry(url=url, title="t", published=published)))


def test_queue_add_claim_retry(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    t = datetime(2026, 3, 1, tzinfo=UTC)
    stored = "http://q.invalid/stored.html"
    store.put_article(Article(article_id_for(stored), "Stored", "Already here. " * 10, url=stored))
    added = store.queue_add(
        [
            (
                "http://q.invalid/late.html",
                None,
                _entry("http://q.invalid/late.html", t + timedelta(hours=2)),
            ),
            ("http://q.invalid/early.html", None, _entry("http://q.invalid/early.html", t)),
            ("http://q.invalid/undated.html", None, _entry("http://q.invalid/undated.html", None)),
            (stored, None, _entry(stored, t)),  # already stored: not queued
        ]
    )
    assert added == 3
    assert store.queue_add([("http://q.invalid/early.html", None, "{}")]) == 0  # queued once
    claimed = store.queue_claim(10, now=0.0)
    # oldest publication first, undated last
    assert [c["url"].rsplit("/", 1)[1] for c in claimed] == ["early.html", "late.html", "undated.html"]

    item = claimed[0]
    assert store.queue_retry(item["id"], "boom", delay=60, max_attempts=3, now=1000.0) == "pending"
    assert [c["url"] for c in store.queue_claim(10, now=1059.0)] == [claimed[1]["url"], claimed[2]["url"]]
    assert store.queue_claim(10, now=1060.0)[0]["url"] == item["url"]  # due again
    assert store.queue_retry(item["id"], "boom", delay=60, max_attempts=3, now=2000.0) == "pending"
    assert store.queue_retry(item["id"], "boom", delay=60, max_attempts=3, now=3000.0) == "failed"
    store.queue_done([claimed[1]["id"]])
    assert store.queue_counts() == {"pending": 1, "done": 1, "failed": 1}
    assert store.queue_next_due() == 0.0
    store.close()


def test_entry_json_round_trip() -> None:
    e = FeedEntry(
        url="http://q.invalid/a",
        title="A",
        summary="S",
        published=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
        guid="g",
        source="Q",
        authors=("X", "Y"),
    )
    assert entry_from_json(json.loads(json.dumps(entry_to_json(e)))) == e


def test_old_store_is_migrated_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles(id, url, title, text, fetched_at, content_hash) VALUES ('a1', 'http://q.invalid/1', 'T', 'X', 1.0, 'h')"
    )
    conn.commit()
    conn.close()
    store = Store(db)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.count("articles") == 1 and store.queue_counts()["pending"] == 0
    assert store.queue_add([("http://q.invalid/1", None, "{}"), ("http://q.invalid/2", None, "{}")]) == 1
    store.close()


def test_interrupted_between_store_and_cluster_is_recovered(tmp_path: Path, site_server: SiteServer) -> None:
    """An article stored but never clustered (killed between the two writes) gets its story on restart."""
    now = datetime.now(UTC)
    paras = [
        "The Oskel river ferry resumed service on Monday after a three week repair of its landing ramp.",
        "Harbour officials said the ferry would run every forty minutes until the summer timetable begins.",
        "Commuters from Pellam said the repair had doubled their travel time to the market town.",
    ]
    site_server.pages["/f/1.html"] = page(
        "Oskel river ferry resumes service", paras, now - timedelta(hours=2)
    )
    site_server.pages["/feed.xml"] = rss(
        "Ferry News", [(site_server.base + "/f/1.html", "Ferry resumes", now - timedelta(hours=2))]
    )
    pipeline, _ = make_pipeline(tmp_path / "home")
    store = pipeline.store
    store.add_outlet(Outlet("Ferry News", site_server.base + "/feed.xml"))
    # simulate the crash: the article row exists, its story does not, the queue item is pending
    row = store.outlets()[0]
    assert pipeline.enqueue(row, pipeline.poll(row, PassReport())) == 1
    from plainwire.extract import extract_article

    item = store.queue_claim(1)[0]
    art = extract_article(site_server.pages["/f/1.html"][1], item["url"], source="Ferry News")
    store.put_article(art, Analysis(art.id, "en", "news", Tone("Neutral", 0.0)), outlet_id=row.id)
    assert store.unclustered_articles()

    report = pipeline.run_once()
    assert store.unclustered_articles() == []
    assert store.count("articles") == 1 and report.articles_inserted == 0
    sa = store.get_article(art.id)
    assert sa is not None and sa.story_id is not None
    story = store.get_story(sa.story_id)
    assert story is not None and story.synthesis is not None
    assert store.queue_counts() == {"pending": 0, "done": 1, "failed": 0}
    assert pipeline.run_once().stories_synthesized == 0  # idempotent
    pipeline.close()
    store.close()


def test_gone_pages_fail_at_once_broken_ones_back_off(tmp_path: Path, site_server: SiteServer) -> None:

    now = datetime.now(UTC)
    site_server.pages["/feed.xml"] = rss("Gone News", [(site_server.base + "/gone.html", "Gone", now)])
    pipeline, config = make_pipeline(tmp_path / "home")
    store = pipeline.store
    store.add_outlet(Outlet("Gone News", site_server.base + "/feed.xml"))
    report = pipeline.run_once()
    assert store.queue_counts() == {"pending": 0, "done": 0, "failed": 1}
    assert report.queue_failed == 1 and any("404" in e for e in report.errors)
    assert store.recent_errors(1)[0]["stage"] == "fetch"
    # an unreachable page (connection refused) is retried later, not dropped
    store.queue_add([("http://127.0.0.1:9/down.html", None, _entry("http://127.0.0.1:9/down.html", now))])
    clock = [1_000_000.0]
    pipeline.clock = lambda: clock[0]
    assert pipeline.process_queue(PassReport()) == 1
    item = store.conn.execute(
        "SELECT state, attempts, not_before FROM queue WHERE url LIKE '%down.html'"
    ).fetchone()
    assert tuple(item) == ("pending", 1, 1_000_060.0)
    assert pipeline.process_queue(PassReport()) == 0  # not due yet
    for _ in range(config.queue_max_attempts - 1):
        clock[0] += 7 * 3600
        pipeline.process_queue(PassReport())
    assert store.conn.execute("SELECT state FROM queue WHERE url LIKE '%down.html'").fetchone()[0] == "failed"
    pipeline.close()
    store.close()
