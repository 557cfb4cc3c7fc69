"""A page whose charset is declared only in the HTTP header is read in that charset.

Extraction sees only the body; before, an ISO-8859-15 page with no ``<meta charset>`` was
decoded by guessing and "Ž" came out as "´" (byte 0xB4 is "Ž" in ISO-8859-15, "´" in
latin-1). Invented Estonian-style text (Kärdla Vald, Žanna Õunapuu: fictional).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from pathlib import Path

from plainwire.models import Outlet
from plainwire.sources.base import FeedSource, Page, WarcSource
from plainwire.sources.decode import page_markup
from plainwire.sources.fetch import Fetcher
from plainwire.store import Store
from tests.ops.helpers import make_pipeline, rss
from tests.sources.test_base import _warc
from tests.sources.webserver import WebServer

TITLE = "Žanna Õunapuu juhib Kärdla valda"
PARAS = [
    "Žanna Õunapuu valiti kolmapäeva õhtul Kärdla valla uueks vanemaks, teatas volikogu esimees.",
    "Õunapuu sai 17 häält 21-st ning ütles, et esimesena remondib ta sadama kai ja külakooli katuse.",
    "Eelmine vanem Žaklin Sõrve lahkus ametist oktoobris pärast kolme aastat tööd.",
]


def _page(meta: str = "") -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in PARAS)
    return (
        f'<!doctype html><html lang="et"><head>{meta}<title>{html.escape(TITLE)}</title>'
        f"</head><body><article><h1>{html.escape(TITLE)}</h1>{paras}</article></body></html>"
    ).encode("iso-8859-15")


def test_page_markup_uses_the_header_charset_only_when_it_adds_something() -> None:
    body = _page()
    assert "Žanna" in page_markup(body, "text/html; charset=ISO-8859-15")  # type: ignore[operator]
    # no header charset, or one the page declares itself, or UTF-8 over a page declaring
    # nothing: the bytes go on as they came (extraction decodes them as before)
    assert page_markup(body, "text/html") is body
    own = _page('<meta charset="iso-8859-15">')
    assert page_markup(own, "text/html; charset=iso-8859-15") is own
    utf8 = "<p>Kärdla</p>".encode()
    assert page_markup(utf8, "text/html; charset=utf-8") is utf8
    # a header claiming latin-1 over valid UTF-8 still reads as UTF-8, also when the page
    # declares UTF-8 itself (the header first, then the page's own label, would give mojibake)
    assert page_markup(utf8, "text/html; charset=iso-8859-1") == "<p>Kärdla</p>"
    meta_utf8 = '<meta charset="utf-8"><p>Kärdla võitis</p>'.encode()
    assert page_markup(meta_utf8, "text/html; charset=ISO-8859-1") == meta_utf8.decode()


def test_run_reads_a_header_only_charset(web: WebServer, tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    ctype, feed = rss("Kärdla Teataja", [(web.url("/a/vald"), TITLE, now)])
    web.static("/feed.xml", feed, ctype)
    web.static("/a/vald", _page(), "text/html; charset=ISO-8859-15")
    pipeline, config = make_pipeline(tmp_path / "home")
    try:
        pipeline.store.add_outlet(Outlet("Kärdla Teataja", web.url("/feed.xml")))
        report = pipeline.run_once()
    finally:
        pipeline.close()
        pipeline.store.close()
    assert report.errors == [] and report.articles_inserted == 1
    with Store(config.db_path) as store:
        title, text = store.conn.execute("SELECT title, text FROM articles").fetchone()
    assert title == TITLE
    assert "Žanna Õunapuu valiti" in text and "Žaklin Sõrve" in text
    assert "´" not in title + text


def test_feed_source_pages_carry_the_header_charset(web: WebServer, fetcher: Fetcher) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    ctype, feed = rss("Kärdla Teataja", [(web.url("/a/vald"), TITLE, now)])
    web.static("/feed.xml", feed, ctype)
    web.static("/a/vald", _page(), "text/html; charset=ISO-8859-15")
    (page,) = [r for r in FeedSource(Outlet("Kärdla Teataja", web.url("/feed.xml")), fetcher).fetch()]
    assert isinstance(page, Page) and isinstance(page.html, str) and TITLE in page.html


def test_warc_pages_carry_the_record_charset(tmp_path: Path) -> None:
    path = tmp_path / "vald.warc.gz"
    _warc(path, [("https://teataja.example/vald", 200, "text/html; charset=ISO-8859-15", _page())])
    (page,) = list(WarcSource(path).fetch())
    assert isinstance(page, Page) and isinstance(page.html, str) and TITLE in page.html
