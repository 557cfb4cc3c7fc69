"""Atom feeds parse cleanly in feedparser; OPML lists the sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
from fastapi.testclient import TestClient

from tests.publish.newsroom_store import XSS_SCRIPT, Newsroom


def _parse(client: TestClient, url: str) -> feedparser.FeedParserDict:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_all_stories_feed(client: TestClient, newsroom: Newsroom) -> None:
    feed = _parse(client, "/feeds/stories.atom")
    assert len(feed.entries) == len(newsroom.stories) - 1
    first = feed.entries[0]
    assert first.title == "Harborview council approves Larkspur tram line"
    assert first.link == f"http://testserver/story/{newsroom.slugs['tram']}"
    assert first.id == f"urn:plainwire:story:{newsroom.stories['tram']}"
    assert first.updated == "2025-09-29T00:46:00Z"
    xss = next(e for e in feed.entries if e.id.endswith(newsroom.stories["xss"]))
    assert XSS_SCRIPT in xss.title  # kept as text, not markup


def test_label_and_search_feeds(client: TestClient, newsroom: Newsroom) -> None:
    feed = _parse(client, "/feeds/label/Provocative.atom")
    assert [e.id for e in feed.entries] == [f"urn:plainwire:story:{newsroom.stories['drought']}"]
    feed = _parse(client, "/feeds/search.atom?q=referendum")
    assert [e.title for e in feed.entries] == ["Harborview council approves Larkspur tram line"]
    empty = _parse(client, "/feeds/search.atom?q=zeppelin")
    assert empty.entries == []
    missing = client.get("/feeds/search.atom")
    assert missing.status_code == 400 and missing.json()["error"]["code"] == "bad_request"


def test_feed_conditional_get(client: TestClient) -> None:
    r = client.get("/feeds/stories.atom")
    assert client.get("/feeds/stories.atom", headers={"If-None-Match": r.headers["etag"]}).status_code == 304
    assert r.headers["last-modified"] == "Mon, 29 Sep 2025 00:46:00 GMT"


def test_opml_export(client: TestClient) -> None:
    r = client.get("/sources.opml")
    assert r.status_code == 200
    root = ET.fromstring(r.content)
    urls = {o.get("xmlUrl") for o in root.iter("outline")}
    assert "https://valleytimes.example/feed.xml" in urls and len(urls) == 3
