"""An article updated in place (same URL, new text) is fetched again and its story re-written.

Outlets update live articles: a count becomes a result, a toll rises. The feed says so with
the item's <updated> (Atom) or date_modified (JSON Feed); the queue then fetches the page
again, the stored text is replaced and the story is re-synthesised with the new facts.
Texts are written for these tests (fictional places and people).
"""

from __future__ import annotations

import html
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from plainwire.models import Article, FeedEntry, Outlet, article_id_for
from plainwire.pipeline import entry_to_json
from plainwire.sources.feeds import parse_feed
from plainwire.store import Store
from tests.conftest import SiteServer
from tests.ops.helpers import make_pipeline, page


def _atom(base: str, items: list[tuple[str, str, datetime, datetime]]) -> tuple[str, bytes]:
    """An Atom feed of ``(path, title, published, updated)`` entries."""
    body = "".join(
        f"<entry><title>{html.escape(t)}</title><link href='{base}{p}'/><id>{base}{p}</id>"
        f"<published>{pub.isoformat()}</published><updated>{upd.isoformat()}</updated></entry>"
        for p, t, pub, upd in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Marrow Vale Radio</title><id>{base}/feed.atom</id>"
        f"<updated>{datetime.now(UTC).isoformat()}</updated>{body}</feed>"
    )
    return "application/atom+xml", xml.encode()


COUNT = [
    "Counting in the Marrow Vale council election continued on Thursday night, with the Harbour "
    "Party ahead after 31 of the 45 seats had been declared.",
    "Returning officer Ilse Brannock said the last wards would be counted on Friday morning.",
    "Turnout was 41 percent, up from 36 percent at the last election four years ago.",
]
RESULT = [
    "The Harbour Party won the Marrow Vale council election, taking 19 of the 45 seats after the "
    "last wards were counted on Friday morning.",
    "Returning officer Ilse Brannock declared the result at the Corn Exchange at 11 a.m.",
    "Turnout was 41 percent, up from 36 percent at the last election four years ago.",
]
FERRY = [
    "The Marrow Vale ferry will run a winter timetable from Monday, with four crossings a day "
    "instead of six, the operator said on Thursday.",
    "The operator said the change follows falling passenger numbers after the summer season.",
]


def _story_words(store: Store, url: str) -> str:
    hit = store.article_story(url)
    assert hit is not None and hit[1] is not None
    story = store.get_story(hit[1])
    assert story is not None and story.synthesis is not None
    return json.dumps(story.synthesis)


def _age_fetches(store: Store, seconds: float) -> None:
    """As if every page had been fetched ``seconds`` earlier (time passing between polls)."""
    with store.transaction() as c:
        c.execute("UPDATE queue SET updated_at = updated_at - ?", (seconds,))


def test_updated_article_is_refetched_and_its_story_rewritten(
    site_server: SiteServer, tmp_path: Path
) -> None:
    base = site_server.base
    now = datetime.now(UTC).replace(microsecond=0)
    first = now - timedelta(hours=3)
    site_server.pages["/news/count.html"] = page("Harbour Party ahead in Marrow Vale count", COUNT, first)
    site_server.pages["/news/ferry.html"] = page("Ferry moves to winter timetable", FERRY, first)
    items = [
        ("/news/count.html", "Harbour Party ahead in Marrow Vale count", first, first),
        ("/news/ferry.html", "Ferry moves to winter timetable", first, first),
    ]
    site_server.pages["/feed.atom"] = _atom(base, items)
    pipeline, _ = make_pipeline(tmp_path / "home")
    store = pipeline.store
    store.add_outlet(Outlet("Marrow Vale Radio", base + "/feed.atom"))

    report = pipeline.run_once()
    assert report.articles_inserted == 2
    count_url = base + "/news/count.html"
    assert "19 of the 45 seats" not in _story_words(store, count_url)
    hit = store.article_story(count_url)
    assert hit is not None and hit[1] is not None
    story_before = store.get_story(hit[1])
    assert story_before is not None and story_before.updated is not None

    # An hour later the outlet rewrites the article in place and moves its <updated>.
    _age_fetches(store, 3600)
    changed = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=30)
    site_server.pages["/news/count.html"] = page("Harbour Party wins Marrow Vale council", RESULT, first)
    items[0] = ("/news/count.html", "Harbour Party wins Marrow Vale council", first, changed)
    site_server.pages["/feed.atom"] = _atom(base, items)
    site_server.hits.clear()

    report = pipeline.run_once()
    assert site_server.hits.count("/news/count.html") == 1  # fetched again
    assert "/news/ferry.html" not in site_server.hits  # its <updated> did not move
    assert report.articles_updated == 1 and report.articles_inserted == 0
    assert store.count("articles") == 2
    assert "19 of the 45 seats" in _story_words(store, count_url)
    story_after = store.get_story(hit[1])  # same story, Updated moved to the change
    assert story_after is not None and story_after.updated is not None
    assert story_after.updated > story_before.updated
    assert story_after.published == story_before.published

    # The next poll brings the same feed: nothing is fetched again.
    site_server.hits.clear()
    pipeline.run_once()
    assert "/news/count.html" not in site_server.hits
    pipeline.close()
    store.close()


def _entry(url: str, updated: datetime | None) -> str:
    return json.dumps(entry_to_json(FeedEntry(url=url, title="t", updated=updated)))


def test_revisit_rule(tmp_path: Path) -> None:
    """Fetched again only when the feed's stamp is newer than our copy, not in the future, at
    most every REVISIT_EVERY_S, within REVISIT_DAYS, and never for an item given up on."""
    store = Store(tmp_path / "s.sqlite3")
    urls = [f"http://v.invalid/{n}.html" for n in ("a", "b", "c", "d")]
    store.queue_add([(u, None, _entry(u, None)) for u in urls])
    ids = {it["url"]: it["id"] for it in store.queue_claim(10)}
    for u in urls[:3]:
        store.put_article(Article(article_id_for(u), "T", "Body of the page. " * 5, url=u))
    store.put_article(Article(article_id_for(urls[3]), "T", "Body of the page. " * 5, url=urls[3]))
    store.queue_done(ids[u] for u in urls[:3])
    store.queue_retry(ids[urls[3]], "gone", delay=0, max_attempts=1)  # failed for good
    t = time.time()
    with store.transaction() as c:  # a: fetched 1 h ago; b: 5 min ago; c: 4 days ago
        for u, ago in ((urls[0], 3600), (urls[1], 300), (urls[2], 4 * 86400), (urls[3], 3600)):
            c.execute("UPDATE queue SET updated_at = ? WHERE url = ?", (t - ago, u))
    soon = datetime.fromtimestamp(t - 60, UTC)
    assert store.queue_add([(urls[0], None, _entry(urls[0], None))]) == 0  # the feed says nothing
    assert store.queue_add([(urls[0], None, _entry(urls[0], soon - timedelta(hours=2)))]) == 0  # older
    future = datetime.fromtimestamp(t + 3600, UTC)
    assert store.queue_add([(urls[0], None, _entry(urls[0], future))]) == 0  # a clock in the future
    assert store.queue_add([(urls[1], None, _entry(urls[1], soon))]) == 0  # fetched 5 min ago
    assert store.queue_add([(urls[2], None, _entry(urls[2], soon))]) == 0  # no longer live
    assert store.queue_add([(urls[3], None, _entry(urls[3], soon))]) == 0  # given up on
    assert store.queue_add([(urls[0], None, _entry(urls[0], soon))]) == 1
    assert store.queue_add([(urls[0], None, _entry(urls[0], soon))]) == 0  # pending already
    assert [it["url"] for it in store.queue_claim(10)] == [urls[0]]
    store.close()


def test_feed_updated_is_read_without_falling_back_to_published() -> None:
    """<updated> of the entry itself; an RSS item with only a pubDate has none (feedparser
    would map updated to published with a DeprecationWarning, an error under pytest)."""
    atom = _atom(
        "http://v.invalid",
        [
            (
                "/a.html",
                "A",
                datetime(2026, 11, 3, 9, tzinfo=UTC),
                datetime(2026, 11, 3, 12, tzinfo=UTC),
            )
        ],
    )[1]
    (entry,) = parse_feed(atom, url="http://v.invalid/feed.atom")
    assert entry.published == datetime(2026, 11, 3, 9, tzinfo=UTC)
    assert entry.updated == datetime(2026, 11, 3, 12, tzinfo=UTC)
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>R</title><link>http://v.invalid/</link>'
        b"<description>d</description><item><title>B</title><link>http://v.invalid/b.html</link>"
        b"<pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>"
    )
    (item,) = parse_feed(rss, url="http://v.invalid/feed.xml")
    assert item.updated is None and item.published is not None
    jf = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "items": [
                {
                    "id": "1",
                    "url": "http://v.invalid/c.html",
                    "date_published": "2026-11-03T09:00:00Z",
                    "date_modified": "2026-11-03T15:30:00Z",
                }
            ],
        }
    ).encode()
    (jitem,) = parse_feed(jf, url="http://v.invalid/feed.json")
    assert jitem.updated == datetime(2026, 11, 3, 15, 30, tzinfo=UTC)


def test_revisit_compares_with_the_feeds_previous_date(tmp_path: Path) -> None:
    """When the feed dated the item before, its new date is compared with that one (a feed's
    clock may run behind ours, or its dates be the outlet's local time read as UTC)."""
    store = Store(tmp_path / "s.sqlite3")
    u = "http://v.invalid/e.html"
    old = datetime(2026, 11, 3, 9, tzinfo=UTC)  # long before our fetch
    store.queue_add([(u, None, _entry(u, old))])
    (item,) = store.queue_claim(1)
    store.put_article(Article(article_id_for(u), "T", "Body of the page. " * 5, url=u))
    store.queue_done([item["id"]])
    assert store.queue_add([(u, None, _entry(u, old))], revisit_every=0) == 0  # same date
    assert store.queue_add([(u, None, _entry(u, old + timedelta(hours=2)))], revisit_days=0) == 0  # off
    assert store.queue_add([(u, None, _entry(u, old + timedelta(hours=2)))]) == 0  # fetched just now
    assert store.queue_add([(u, None, _entry(u, old + timedelta(hours=2)))], revisit_every=0) == 1
    store.close()


def test_feed_stamping_every_item_with_its_build_time_is_not_refetched(
    site_server: SiteServer, tmp_path: Path
) -> None:
    base = site_server.base
    first = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    paths = ["/b/one.html", "/b/two.html", "/b/three.html"]
    for n, p in enumerate(paths):
        site_server.pages[p] = page(f"Marrow Vale notice {n}", FERRY, first)
    built = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    site_server.pages["/feed.atom"] = _atom(base, [(p, f"Notice {p}", first, built) for p in paths])
    pipeline, _ = make_pipeline(tmp_path / "home", revisit_every=0.0)
    store = pipeline.store
    store.add_outlet(Outlet("Marrow Vale Radio", base + "/feed.atom"))
    pipeline.run_once()
    built = datetime.now(UTC).replace(microsecond=0)  # rebuilt: every item stamped anew
    site_server.pages["/feed.atom"] = _atom(base, [(p, f"Notice {p}", first, built) for p in paths])
    site_server.hits.clear()
    pipeline.run_once()
    assert not any(h in site_server.hits for h in paths)
    pipeline.close()
    store.close()


def test_an_old_article_read_again_does_not_move_its_story(tmp_path: Path) -> None:
    """An archive ingested again after an extractor upgrade changes an old article's stored text
    (its hash); without a modified time of its own that is our reading, not the outlet's
    update: the story is re-synthesised, but its Updated time stays."""
    store = Store(tmp_path / "s.sqlite3")
    url = "http://v.invalid/old.html"
    published = datetime(2024, 5, 2, 9, tzinfo=UTC)
    art = Article(
        article_id_for(url), "Old", "Marrow Vale ferry timetable. " * 5, url=url, published=published
    )
    assert store.put_article(art) == "inserted"
    store.assign_story(art.id, "s-old")
    before = store.get_story("s-old")
    assert before is not None and before.updated == published
    reread = Article(
        art.id, "Old", "Marrow Vale ferry timetable, read again. " * 5, url=url, published=published
    )
    assert store.put_article(reread) == "updated"
    after = store.get_story("s-old")
    assert after is not None and after.updated == published
    assert store.dirty_stories() == ["s-old"]
    store.close()
