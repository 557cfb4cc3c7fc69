"""Hostile and broken inputs found by the fourteenth session's sweep, each served by a local
HTTP server and read by the real fetcher, feed parser and extractor.

Before the fixes: a JSON Feed nested 10,000 deep (or with a 5,000-digit id) escaped
``parse_feed`` as RecursionError / ValueError; one stray byte in a UTF-8 page sent the page
to charset detection, which read it as cp932 ("Café" -> "Cafﾃｩ"); a page opening 300
``<div>``s before its article lost the article (libxml2 stops at depth 256); a 304 answer
to a GET that was not conditional counted as a healthy, unchanged source forever.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from plainwire.errors import FeedError
from plainwire.extract import extract_article
from plainwire.extract.article import MAX_BODY_CHARS
from plainwire.extract.shallow import flatten_deep
from plainwire.models import Outlet
from plainwire.pipeline import Pipeline
from plainwire.settings import load_config
from plainwire.sources.discover import resolve_outlet
from plainwire.sources.feeds import parse_feed
from plainwire.sources.fetch import Fetcher, HttpStatusError
from plainwire.store import Store
from tests.sources.conftest import fast_config
from tests.sources.webserver import WebServer

JSON_FEED = b'{"version": "https://jsonfeed.org/version/1.1", "title": "Gull Rock Notes", "items": '
PARAS = [
    "The orchards of Pell Valley began their apple harvest two weeks early this year, growers said.",
    "A warm spring and a dry August ripened the fruit sooner than usual across the valley.",
    "Pickers from three villages were called in at short notice to bring the crop in.",
]


def _page(before: str = "", paras: list[str] = PARAS, title: str = "Orchard harvest early") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="og:type" content="article"></head>'
        f"<body>{before}<article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("items", "said"),
    [
        (b"[" * 10_000 + b"]" * 10_000, "nested too deeply"),
        (b'[{"url": "http://tern.example/a", "title": "A", "id": ' + b"9" * 5000 + b"}]", "digits"),
    ],
    ids=["nested-10k", "huge-int"],
)
def test_json_feed_that_json_cannot_read_is_a_feed_error_naming_it(
    web: WebServer, fetcher: Fetcher, items: bytes, said: str
) -> None:
    web.static("/feed.json", JSON_FEED + items + b"}", "application/feed+json")
    res = fetcher.get(web.url("/feed.json"))
    with pytest.raises(FeedError) as err:
        parse_feed(res.content, url=res.final_url)
    assert err.value.input == web.url("/feed.json")
    assert "malformed JSON Feed" in err.value.message and said in err.value.message


def test_one_stray_byte_in_a_utf8_page_does_not_turn_it_to_mojibake(web: WebServer, fetcher: Fetcher) -> None:
    paras = [
        "The café on Zürich Quay in Brønvik will reopen on Monday after a fire, its owner Lena Morrow said.",
        "Crème brûlée and smørbrød return to the menu, with prices unchanged at £5 and €6.",
        "The fire started in a fryer during the night and nobody was hurt, the fire brigade said.",
    ]
    body = _page(paras=paras, title="Café reopens").replace(b"on Monday", b"on \xff Monday")
    web.static("/a/cafe.html", body, "text/html; charset=utf-8")
    res = fetcher.get(web.url("/a/cafe.html"))
    assert res.encoding == "utf-8 (replaced)"
    assert "Zürich Quay in Brønvik" in res.text and "£5 and €6" in res.text
    art = extract_article(res.content, res.final_url)
    assert "The café on Zürich Quay in Brønvik will reopen on \ufffd Monday" in art.text
    assert "Crème brûlée and smørbrød" in art.text


def test_a_western_page_mislabelled_utf8_is_still_not_read_as_utf8(web: WebServer, fetcher: Fetcher) -> None:
    # The other side of the rule: invalid bytes with no valid multi-byte UTF-8 are a code page.
    body = _page(paras=["Brød og smør på torget i Havnby, sa bakeren Åse Lien på fredag."] * 3, title="Brød")
    web.static("/a/brod.html", body.decode().encode("cp1252"), "text/html; charset=utf-8")
    res = fetcher.get(web.url("/a/brod.html"))
    assert "Brød og smør på torget" in res.text and res.encoding != "utf-8 (replaced)"


@pytest.mark.parametrize("depth", [300, 100_000])
@pytest.mark.parametrize("shape", ["closed", "open"])
def test_article_after_deep_nesting_is_extracted(
    web: WebServer, fetcher: Fetcher, depth: int, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    junk = "<div>" * depth + ("</div>" * depth if shape == "closed" else "")
    web.static("/a/deep.html", _page(before=junk))
    res = fetcher.get(web.url("/a/deep.html"))
    with caplog.at_level(logging.WARNING, logger="plainwire.extract.article"):
        art = extract_article(res.content, res.final_url)
    assert art.title == "Orchard harvest early"
    for p in PARAS:
        assert p in art.text
    assert any(
        "nested deeper than" in r.getMessage() and "/a/deep.html" in r.getMessage() for r in caplog.records
    )


def test_flatten_deep_keeps_text_and_shallow_tags() -> None:
    html = (
        "<html><body><p>top</p>"
        + "<div>" * 5
        + "<b>deep</b> text"
        + "</div>" * 5
        + "<p>after</p></body></html>"
    )
    flat = flatten_deep(html, max_depth=4)
    assert "<p>top</p>" in flat and "<p>after</p>" in flat and "deep" in flat and " text" in flat
    assert flat.count("<div>") == 2 and flat.count("</div>") == 2 and "<b>" not in flat
    assert flatten_deep("<p>a</p>", max_depth=4) == "<p>a</p>"
    # "<" inside scripts and comments is not a tag
    assert (
        flatten_deep("<div><script>if (a<b) x()</script><!-- <div> --></div>", max_depth=1).count("<div>")
        == 2
    )


def test_304_to_a_request_that_was_not_conditional_is_an_error(web: WebServer, tmp_path: Path) -> None:
    def always_304(h):  # type: ignore[no-untyped-def]
        h.send_response(304)
        h.send_header("Content-Length", "0")
        h.end_headers()

    web.routes["/feed.xml"] = always_304
    with Fetcher(fast_config()) as fetcher:
        with pytest.raises(HttpStatusError) as err:
            fetcher.get(web.url("/feed.xml"))
        assert err.value.status == 304 and err.value.input == web.url("/feed.xml")
        assert "not conditional" in err.value.message
        # Conditional, it is the ordinary "unchanged" answer.
        assert fetcher.get(web.url("/feed.xml"), etag='"v1"').not_modified

        # Through the main job: a failed poll naming the source, not a healthy source.
        config = load_config(tmp_path / "home", {"allow_private_networks": True})
        store = Store(config.db_path)
        store.add_outlet(Outlet("Gull Rock Notes", web.url("/feed.xml")))
        report = Pipeline(store, config, fetcher=fetcher).run_once()
        assert report.sources_failed == 1 and report.sources_not_modified == 0
        assert any("Gull Rock Notes" in e and "304" in e for e in report.errors)
        row = store.outlets()[0]
        assert row.last_success is None and row.consecutive_failures == 1
        store.close()


def test_year_0001_and_9999_dates_in_a_json_feed_do_not_break_a_poll(web: WebServer, tmp_path: Path) -> None:
    items = (
        b'[{"url": "%s", "title": "Old", "date_published": "0001-01-01T00:00:00Z", '
        b'"date_modified": "0001-01-01T00:00:00Z"},'
        b' {"url": "%s", "title": "Far", "date_published": "9999-12-31T23:59:59Z", '
        b'"date_modified": "9999-12-31T23:59:59Z"}]'
    ) % (web.url("/a/old.html").encode(), web.url("/a/far.html").encode())
    web.static("/feed.json", JSON_FEED + items + b"}", "application/feed+json")
    web.static("/a/old.html", _page(title="Orchard harvest early"))
    web.static(
        "/a/far.html", _page(title="Orchard harvest late", paras=[p.replace("early", "late") for p in PARAS])
    )
    with Fetcher(fast_config()) as fetcher:
        config = load_config(tmp_path / "home", {"allow_private_networks": True})
        store = Store(config.db_path)
        store.add_outlet(Outlet("Gull Rock Notes", web.url("/feed.json")))
        pipeline = Pipeline(store, config, fetcher=fetcher)
        report = pipeline.run_once()
        assert report.errors == [] and report.articles_inserted == 2
        again = pipeline.run_once()  # the revisit check reads the stored entries' dates
        assert again.errors == [] and store.count("articles") == 2
        now = datetime.now(UTC).timestamp()
        for (published,) in store.conn.execute("SELECT published FROM articles"):
            assert published is None or 86400 < published <= now + 86400
        store.close()


def test_an_article_longer_than_the_body_limit_is_cut_at_a_paragraph(
    web: WebServer, fetcher: Fetcher, caplog: pytest.LogCaptureFixture
) -> None:
    paras = [
        f"Minute {i}: the harbour board of Tern Island heard item {i} on the north pier works."
        for i in range(6000)
    ]
    web.static("/a/minutes.html", _page(paras=paras, title="Pier board minutes"))
    res = fetcher.get(web.url("/a/minutes.html"))
    with caplog.at_level(logging.WARNING, logger="plainwire.extract.article"):
        art = extract_article(res.content, res.final_url)
    assert sum(map(len, paras)) > MAX_BODY_CHARS >= len(art.text) > MAX_BODY_CHARS - 200
    assert art.text.startswith(paras[0]) and art.text.split("\n")[-1] in paras  # whole paragraphs only
    assert any("/a/minutes.html" in r.getMessage() and "cut to" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "broken",
    [
        JSON_FEED + b"[" * 10_000 + b"]" * 10_000 + b"}",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Gull Rock Notes</title><item><title>A',
    ],
    ids=["json-feed", "rss"],
)
def test_adding_a_broken_feed_says_so_instead_of_taking_another_feed_of_the_site(
    web: WebServer, fetcher: Fetcher, broken: bytes
) -> None:
    good = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Other</title><item><title>B</title>'
    good += b"<link>" + web.url("/a/b.html").encode() + b"</link></item></channel></rss>"
    web.static("/feed.xml", good, "application/rss+xml")
    web.static(
        "/notes/feed", broken, "application/feed+json" if broken.startswith(b"{") else "application/rss+xml"
    )
    with pytest.raises(FeedError) as err:
        resolve_outlet(web.url("/notes/feed"), fetcher, name="Gull Rock Notes")
    assert err.value.input == web.url("/notes/feed")
    assert "/feed.xml" not in web.paths()  # the site's other feed was not tried
    # A homepage (HTML) still leads to the site's feed.
    web.static("/", b"<!doctype html><html><head><title>Gull</title></head><body>Hello</body></html>")
    assert resolve_outlet(web.url("/"), fetcher).feed_url == web.url("/feed.xml")


def test_a_feed_field_of_300000_nested_tags_costs_seconds_not_tens(web: WebServer, fetcher: Fetcher) -> None:
    # feedparser's HTML sanitiser took 16 s of CPU over this 7 MB feed (at every poll); only
    # the text is kept, so it is not run. Script and style contents are code, not text.
    junk = b"&lt;div&gt;" * 300_000 + b"Lamp lit" + b"&lt;/div&gt;" * 300_000
    code = b"&lt;script&gt;alert(1)&lt;/script&gt;&lt;style&gt;p{color:red}&lt;/style&gt;"
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Gull Rock Notes</title>'
        b"<item><title>Lamp</title><link>" + web.url("/a/lamp.html").encode() + b"</link>"
        b"<description>" + junk + code + b" at dusk</description></item></channel></rss>"
    )
    web.static("/feed.xml", feed, "application/rss+xml")
    res = fetcher.get(web.url("/feed.xml"))
    start = time.process_time()
    (entry,) = parse_feed(res.content, url=res.final_url)
    assert time.process_time() - start < 8.0
    assert entry.summary == "Lamp lit at dusk"
