"""Feed parsing (all formats, bad feeds), autodiscovery, OPML."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from plainwire.errors import BadInputError, FeedError
from plainwire.models import Outlet
from plainwire.sources.discover import resolve_outlet
from plainwire.sources.feeds import discover_feeds, parse_feed
from plainwire.sources.fetch import Fetcher
from plainwire.sources.opml import default_outlets, dump_opml, load_opml
from tests.sources.webserver import WebServer

WEB = Path(__file__).parents[1] / "fixtures" / "web"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
FEED_URL = "https://www.lanternport-courier.example/feeds/local.xml"


def _parse(name: str, **kw: object) -> list:  # type: ignore[type-arg]
    return parse_feed((WEB / name).read_bytes(), url=FEED_URL, source="Courier", now=NOW, **kw)  # type: ignore[arg-type]


def test_rss2_entries_links_dates_authors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="plainwire.sources.feeds")
    entries = _parse("feed_rss2.xml")
    urls = [e.url for e in entries]
    assert urls == [
        "https://www.lanternport-courier.example/local/2026/11/floating-library",
        "https://www.lanternport-courier.example/local/2026/11/ferry-fares",  # relative link resolved
        "https://www.lanternport-courier.example/local/2031/01/time-travel",
        "https://www.lanternport-courier.example/local/2026/11/odd-date",
    ]
    first = entries[0]
    assert first.title == "Harbour town opens floating library"
    assert first.summary == "A converted ferry now lends books to islanders."
    assert first.published == datetime(2026, 11, 2, 7, 30, tzinfo=UTC)
    assert (
        first.authors == ("Mirela Ostrander",) and first.source == "Courier" and first.guid == "courier-1001"
    )
    # duplicate GUID dropped, future and unparseable dates unset, javascript: link dropped -- each logged
    assert entries[2].published is None and entries[3].published is None
    log = caplog.text
    assert "in the future" in log and "2031-01-01" in log
    assert "unparseable date 'sometime last Tuesday-ish'" in log
    assert "1 duplicate GUIDs/links dropped" in log
    assert "without an http(s) link" in log
    assert FEED_URL in log


def test_rss1_rdf_rss091_atom_jsonfeed_and_news_sitemap() -> None:
    rdf = _parse("feed_rss1.rdf")
    assert [(e.url, e.authors) for e in rdf] == [
        ("https://northgate-ledger.example/rail-strike-off", ("Caspar Ellery",))
    ]
    assert rdf[0].published == datetime(2026, 10, 21, 23, 40, tzinfo=UTC)
    assert _parse("feed_rss091.xml")[0].title == "Cafe owners fight new terrace rules"
    atom = _parse("feed_atom.xml")
    assert atom[0].title == "The floating library is a lifeline, not a luxury"
    assert atom[0].authors == ("Hester Vancleave",)
    assert atom[0].guid == "tag:meridian-daily.example,2026:opinion-77"
    js = _parse("feed.json")
    assert [e.guid for e in js] == ["qw-501", "qw-502"]  # non-object item and duplicate id skipped
    assert js[0].authors == ("Quayside newsroom",) and js[1].authors == ("Ada Brightwater",)
    assert js[0].summary == "Seven cafes ask the council to pause the rules."
    assert js[1].published is None
    sm = _parse("news_sitemap.xml")
    assert [e.title for e in sm] == [
        "Rail strike called off after late-night talks",
        "Council budget vote delayed",
    ]
    assert sm[1].published == datetime(2026, 10, 22, tzinfo=UTC)


@pytest.mark.parametrize(
    "body,expect",
    [
        (b"", "empty feed body"),
        (b"   \n ", "empty feed body"),
        (b"this is not xml at all", "not a usable feed"),
        (b"<!DOCTYPE html><html><body>Home</body></html>", "an HTML page"),
        (b'{"title": "no items"}', "not a JSON Feed"),
        (b'{"items": [', "malformed JSON Feed"),
        # cut off inside its only item: malformed with nothing usable (was an empty success)
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Half a',
            "no entry with an http(s) link",
        ),
        (
            b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>x</loc></sitemap></sitemapindex>',
            "sitemap index",
        ),
    ],
)
def test_unusable_feeds_raise_feed_error_naming_the_url(body: bytes, expect: str) -> None:
    with pytest.raises(FeedError) as err:
        parse_feed(body, url="https://bad.example/feed")
    assert expect in str(err.value)
    assert err.value.input == "https://bad.example/feed"


def test_truncated_feed_keeps_entries_read(caplog: pytest.LogCaptureFixture) -> None:
    data = (WEB / "feed_rss2.xml").read_bytes()
    cut = data[: data.index(b"<title>Ferry fares") + 30]
    entries = parse_feed(cut, url=FEED_URL, now=NOW)
    assert [e.title for e in entries][:1] == ["Harbour town opens floating library"]
    assert "malformed" in caplog.text


def test_empty_but_valid_feed_is_not_an_error() -> None:
    assert parse_feed(b"<rss version='2.0'><channel><title>quiet</title></channel></rss>", url=FEED_URL) == []


def _big_feed(n: int) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>https://big.example/a/{i}</link><guid>g{i}</guid>"
        f"<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>{items}</channel></rss>'.encode()
    )


def test_feed_with_ten_thousand_items_is_capped(caplog: pytest.LogCaptureFixture) -> None:
    data = _big_feed(10_000)
    t0 = time.monotonic()
    entries = parse_feed(data, url="https://big.example/feed", now=NOW, content_type="application/rss+xml")
    assert time.monotonic() - t0 < 20
    assert len(entries) == 2000
    assert entries[0].url == "https://big.example/a/0" and entries[-1].url == "https://big.example/a/1999"
    assert "only the first 2000 kept" in caplog.text


def test_feed_with_ten_thousand_items_uncapped() -> None:
    entries = parse_feed(_big_feed(10_000), url="https://big.example/feed", max_entries=None, now=NOW)
    assert len(entries) == 10_000 and len({e.url for e in entries}) == 10_000


# --- autodiscovery --------------------------------------------------------------


def test_discover_feeds_prefers_link_alternate() -> None:
    html = (WEB / "article_jsonld.html").read_text()
    assert discover_feeds(html, "https://www.lanternport-courier.example/local/x")[0] == (
        "https://www.lanternport-courier.example/feeds/local.xml"
    )
    page = """<html><head><base href="https://cdn.example/site/">
    <link rel="alternate" type="application/atom+xml" href="atom.xml">
    <link rel="stylesheet" href="s.css"><link rel="alternate" hreflang="fr" href="/fr/"></head>
    <body><a href="/about">About</a><a href="https://other.example/rss">RSS</a><a href="javascript:feed()">x</a></body></html>"""
    assert discover_feeds(page, "https://www.example/") == [
        "https://cdn.example/site/atom.xml",
        "https://other.example/rss",
    ]
    assert discover_feeds("", "https://x.example/") == []
    assert discover_feeds("<<<>>> not html", "https://x.example/") == []


def test_resolve_outlet_from_homepage_feed_url_and_fallback_path(web: WebServer, fetcher: Fetcher) -> None:
    rss = (WEB / "feed_rss2.xml").read_bytes()
    web.static("/feeds/local.xml", rss, "application/rss+xml")
    web.static(
        "/",
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/feeds/local.xml"></head><body>hi</body></html>',
    )
    got = resolve_outlet(web.url("/"), fetcher)
    assert got == Outlet(
        name="The Lanternport Courier - Local", feed_url=web.url("/feeds/local.xml"), home_url=web.url("/")
    )
    direct = resolve_outlet(web.url("/feeds/local.xml"), fetcher, name="Courier")
    assert direct.feed_url == web.url("/feeds/local.xml") and direct.name == "Courier"
    # A homepage that advertises nothing: the common /feed path is tried.
    web.static("/plain", b"<html><body>No feed links here</body></html>")
    web.static("/feed", rss, "application/rss+xml")
    assert resolve_outlet(web.url("/plain"), fetcher).feed_url == web.url("/feed")


def test_resolve_outlet_names_a_json_feed_and_a_sitemap_by_their_own_title(
    web: WebServer, fetcher: Fetcher
) -> None:
    # feedparser cannot read JSON Feed, so its title must come from the JSON itself (the
    # audit newsroom's JSON Feed outlet was named after its host).
    web.static("/feed.json", (WEB / "feed.json").read_bytes(), "application/feed+json")
    assert resolve_outlet(web.url("/feed.json"), fetcher).name == "Quayside Weekly"
    web.static("/sitemap.xml", (WEB / "news_sitemap.xml").read_bytes(), "application/xml")
    assert (
        resolve_outlet(web.url("/sitemap.xml"), fetcher).name == "127.0.0.1"
    )  # no title of its own: the host


def test_resolve_outlet_without_any_feed_is_a_clear_error(web: WebServer, fetcher: Fetcher) -> None:
    web.static("/", b"<html><body>Just a page</body></html>")
    with pytest.raises(FeedError) as err:
        resolve_outlet(web.url("/"), fetcher)
    assert err.value.input == web.url("/") and "no feed found" in str(err.value)


# --- OPML -----------------------------------------------------------------------


def test_default_outlets_span_regions_and_leans() -> None:
    outlets = default_outlets()
    assert len(outlets) >= 30
    assert len({o.feed_url for o in outlets}) == len(outlets)
    assert all(o.feed_url.startswith("https://") for o in outlets)
    assert len({o.region for o in outlets}) >= 5
    leans = {o.lean for o in outlets}
    assert {"left", "center", "right"} <= leans
    assert all(o.name and o.language for o in outlets)


def test_opml_round_trip_and_nested_categories() -> None:
    outlets = [
        Outlet("A & B News", "https://ab.example/feed", "https://ab.example/", "europe", "center", "en"),
        Outlet('Quote "Q" Times', "https://q.example/rss?x=1&y=2"),
    ]
    assert load_opml(dump_opml(outlets).encode()) == outlets
    nested = b"""<opml version="1.0"><body>
      <outline text="Asia" category="region"><outline text="X" xmlUrl="https://x.example/f"/></outline>
      <outline text="Tech"><outline text="Y" xmlUrl="https://y.example/f"/><outline text="Y again" xmlUrl="https://y.example/f"/></outline>
    </body></opml>"""
    got = load_opml(nested)
    assert [(o.name, o.region) for o in got] == [("X", "Asia"), ("Y", None)]


def test_bad_opml_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="malformed OPML"):
        load_opml(b"<opml><body><outline")
    with pytest.raises(BadInputError, match="not an OPML"):
        load_opml(b"<rss/>")
    with pytest.raises(BadInputError) as err:
        load_opml(tmp_path / "missing.opml")
    assert "missing.opml" in str(err.value)
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><opml><body><outline text="&b;" xmlUrl="https://e.example/f"/></body></opml>'
    with pytest.raises(BadInputError, match="entity declarations"):
        load_opml(bomb)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        "<link>https://a.example/1</link><description>&xxe;</description></item></channel></rss>"
    ).encode()
    entries = parse_feed(feed, url="https://a.example/feed")
    assert "TOP-SECRET" not in repr(entries)


def test_entity_expansion_bomb_is_bounded() -> None:
    decl = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{decl}]><rss version="2.0"><channel><title>t</title>'
        "<item><title>&l9;</title><link>https://a.example/1</link></item></channel></rss>"
    ).encode()
    t0 = time.monotonic()
    try:
        entries = parse_feed(feed, url="https://a.example/feed")
    except FeedError:
        entries = []
    assert time.monotonic() - t0 < 10
    assert all(len(e.title) < 10_000 for e in entries)
