"""Security and limits review of the fetch path (seventh session): what a hostile or broken
server or feed can send, each against a real server on 127.0.0.1.

Already covered elsewhere and not repeated here (tests/sources/test_fetch.py): gzip and
brotli bombs, 50 MB bodies, trickling bodies and headers (total deadline), hanging servers,
redirect loops and chains, loopback/metadata addresses asked for directly, and a redirect to
127.0.0.1. The pipeline-level half (the run goes on, nothing stored is lost) is
tests/ops/test_hostile_feeds.py.
"""

from __future__ import annotations

import logging
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from lxml import etree

from plainwire.errors import BlockedAddressError, FetchError
from plainwire.sources.feeds import _cut_items, parse_feed
from plainwire.sources.fetch import FetchConfig, Fetcher
from tests.sources.conftest import fast_config
from tests.sources.webserver import WebServer

# --- SSRF: a redirect from an allowed URL to an address that is not ---------------------

# Every spelling resolves to this machine (or nowhere routable); none may be connected to.
_PRIVATE_FORMS = [
    "http://[::1]:{port}/secret",  # IPv6 loopback
    "http://[::ffff:127.0.0.1]:{port}/secret",  # IPv4-mapped IPv6
    "http://[::ffff:7f00:1]:{port}/secret",  # the same, in hex
    "http://0.0.0.0:{port}/secret",
    "http://0:{port}/secret",
    "http://[::]:{port}/secret",
    "http://2130706433:{port}/secret",  # 127.0.0.1 as one decimal number
    "http://0x7f.1:{port}/secret",  # hex and short forms inet_aton accepts
    "http://127.1:{port}/secret",
    "http://localhost:{port}/secret",
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://[fe80::1]/",  # IPv6 link-local
]


@pytest.mark.parametrize("form", _PRIVATE_FORMS)
def test_redirect_to_a_private_address_is_refused_naming_the_hop(web: WebServer, form: str) -> None:
    port = web.server.server_address[1]
    target = form.format(port=port)
    web.redirect("/hop", target)
    web.static("/secret", b"internal")
    # The first URL is allowed by name (as an intranet host would be); where it redirects is not.
    cfg = FetchConfig(
        allowed_hosts=("127.0.0.1",),
        retries=0,
        respect_robots=False,
        per_host_interval=0,
        connect_timeout=1,
        total_timeout=3,
    )
    asked = f"http://127.0.0.1:{port}/hop"
    with Fetcher(cfg) as f, pytest.raises(BlockedAddressError) as err:
        f.get(asked)
    assert err.value.input == asked
    # The message says where the allowed URL sent the fetch (it used to name only the IP).
    assert f"redirected to {target}" in str(err.value) and "private, loopback" in str(err.value)
    assert "/secret" not in web.paths()


def test_redirect_to_an_octal_host_is_refused_as_invalid(web: WebServer) -> None:
    port = web.server.server_address[1]
    web.redirect("/hop", f"http://0177.0.0.1:{port}/secret")
    web.static("/secret", b"internal")
    cfg = FetchConfig(allowed_hosts=("127.0.0.1",), retries=0, respect_robots=False, per_host_interval=0)
    with Fetcher(cfg) as f, pytest.raises(FetchError, match=r"invalid URL 'http://0177\.0\.0\.1"):
        f.get(f"http://127.0.0.1:{port}/hop")
    assert "/secret" not in web.paths()


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,<p>hi</p>"])
def test_redirect_to_a_non_http_scheme_is_refused(web: WebServer, fetcher: Fetcher, target: str) -> None:
    web.redirect("/hop", target)
    with pytest.raises(FetchError, match="not an http") as err:
        fetcher.get(web.url("/hop"))
    assert err.value.input == web.url("/hop") and target.split(":")[0] in str(err.value)


# --- decompression bombs: the limit is on decoded bytes, read in bounded steps -----------


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_deflate_bomb_is_stopped_at_max_bytes(web: WebServer, wbits: int) -> None:
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    bomb = comp.compress(b"\0" * (100 * 1024 * 1024)) + comp.flush()  # ~100 KB -> 100 MB
    assert len(bomb) < 200_000
    web.static("/bomb", bomb, headers={"Content-Encoding": "deflate"})
    with Fetcher(fast_config(max_bytes=1024 * 1024, retries=2)) as f:
        tracemalloc.start()
        with pytest.raises(FetchError) as err:
            f.get(web.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert str(err.value).startswith(web.url("/bomb") + ": ") and "larger than 1048576 bytes" in str(
        err.value
    )
    assert peak < 16 * 1024 * 1024  # never inflated far past the limit
    assert web.paths().count("/bomb") == 1  # a size refusal is final: not retried


# --- a huge response head ---------------------------------------------------------------


@pytest.mark.parametrize("shape", ["one long header", "many headers"])
def test_huge_response_headers_are_a_clear_error_without_retries(web: WebServer, shape: str) -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        if shape == "one long header":
            h.send_header("X-Padding", "a" * (4 * 1024 * 1024))
        else:
            for i in range(30_000):
                h.send_header(f"X-H{i}", "v")
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    web.routes["/head"] = route
    with Fetcher(fast_config(retries=2, backoff=0.01)) as f, pytest.raises(FetchError) as err:
        f.get(web.url("/head"))
    msg = str(err.value)
    # It was "network error ...: Receive buffer too long (after 3 attempts)".
    assert msg.startswith(web.url("/head") + ": ") and "response headers" in msg and "too large" in msg
    assert "attempts" not in msg and web.paths().count("/head") == 1


# --- feeds: links that are not http(s), and 100,000 entries ------------------------------


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Notes</title>'
        f"<link>http://harbour.example/</link>{items}</channel></rss>"
    ).encode()


def test_entry_links_with_other_schemes_are_dropped_and_named(caplog: pytest.LogCaptureFixture) -> None:
    bad = [
        "file:///etc/passwd",
        "ftp://harbour.example/notes.txt",
        "data:text/html,<b>x</b>",
        "javascript:alert(1)",
    ]
    items = "".join(f"<item><title>Bad {i}</title><link>{link}</link></item>" for i, link in enumerate(bad))
    items += "<item><title>Good</title><link>http://harbour.example/ferry</link></item>"
    body = _rss(items.replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;"))
    with caplog.at_level(logging.WARNING, logger="plainwire.sources.feeds"):
        entries = parse_feed(body, url="http://harbour.example/feed")
    assert [e.url for e in entries] == ["http://harbour.example/ferry"]
    warning = next(r.getMessage() for r in caplog.records if "without an http(s) link" in r.getMessage())
    assert "http://harbour.example/feed" in warning and "4 entries" in warning
    # The first refused links are shown, so the user can see what the feed sent.
    assert (
        "file://" in warning and "ftp://harbour.example/notes.txt" in warning and "data:text/html" in warning
    )


@pytest.mark.parametrize("shape", ["rss", "json"])
def test_an_entry_without_any_link_is_dropped_and_named_by_its_title(
    caplog: pytest.LogCaptureFixture, shape: str
) -> None:
    if shape == "rss":
        body = _rss(
            "<item><title>Quay lights switched on</title><description>No link here.</description></item>"
            "<item><title>Good</title><link>http://harbour.example/ferry</link></item>"
        )
    else:
        body = (
            b'{"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes", "items": ['
            b'{"id": "n-1", "title": "Quay lights switched on", "content_text": "No url here."},'
            b'{"id": "n-2", "title": "Good", "url": "http://harbour.example/ferry"}]}'
        )
    with caplog.at_level(logging.WARNING, logger="plainwire.sources.feeds"):
        entries = parse_feed(body, url="http://harbour.example/feed")
    assert [e.url for e in entries] == ["http://harbour.example/ferry"]
    warning = next(r.getMessage() for r in caplog.records if "without an http(s) link" in r.getMessage())
    # The feed and the item are named, so a user can find the item the feed sent broken.
    assert "http://harbour.example/feed" in warning and "1 entries" in warning
    assert "title 'Quay lights switched on'" in warning


def _big_rss(n: int) -> bytes:
    return _rss(
        "".join(
            f"<item><title>Note {i}</title><link>http://harbour.example/{i}</link></item>" for i in range(n)
        )
    )


def test_feed_of_100000_entries_is_cut_before_parsing(caplog: pytest.LogCaptureFixture) -> None:
    body = _big_rss(100_000)  # ~6 MB: under the 10 MB body limit
    t0 = time.process_time()
    with caplog.at_level(logging.WARNING, logger="plainwire.sources.feeds"):
        entries = parse_feed(body, url="http://harbour.example/feed", max_entries=200)
    cpu = time.process_time() - t0
    assert [e.url for e in entries] == [f"http://harbour.example/{i}" for i in range(200)]
    assert "http://harbour.example/feed: more than 200 entries" in caplog.text.replace("feed http", "http")
    assert "malformed" not in caplog.text  # the cut document is well-formed
    # feedparser built all 100,000 entries first: ~5 CPU-s; cut, a few hundred are parsed.
    assert cpu < 1.5, cpu


@pytest.mark.parametrize(
    "doc",
    [
        _big_rss(50),
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        + b"".join(
            b'<entry><id>u%d</id><link href="http://a.example/%d"/></entry>' % (i, i) for i in range(50)
        )
        + b"</feed>",
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://r.example/"><title>R</title></channel>'
        + b"".join(
            b'<item rdf:about="http://r.example/%d"><link>http://r.example/%d</link>'
            b"<description><![CDATA[<p>a</item> b</p>]]></description><!-- <item> --></item>" % (i, i)
            for i in range(50)
        )
        + b"</rdf:RDF>",
    ],
    ids=["rss2", "atom", "rss1-rdf"],
)
def test_cut_feed_stays_well_formed(doc: bytes) -> None:
    assert _cut_items(doc, 50) is None  # no more items than kept: untouched
    cut = _cut_items(doc, 7)
    assert cut is not None and cut != doc
    root = etree.fromstring(cut)  # raises if the cut left an element open
    items = [
        e for e in root.iter() if isinstance(e.tag, str) and etree.QName(e).localname in ("item", "entry")
    ]
    assert len(items) == 7


def test_cut_gives_up_on_nesting_it_cannot_close() -> None:
    # An unbalanced head (a stray end tag) is parsed whole, as before, never cut blindly.
    doc = (
        b'<?xml version="1.0"?><rss version="2.0"><channel></oops>'
        + b"<item><link>http://a.example/</link></item>" * 20
    )
    assert _cut_items(doc, 3) is None


# --- unreachable hosts: the reasons a user can act on ------------------------------------


def test_unreachable_reasons_are_worded_for_users() -> None:
    import errno

    import httpcore
    import httpx

    from plainwire.sources.fetch import _unreachable_reason

    target = httpx.URL("http://news.example:8080/feed")
    assert (
        _unreachable_reason(httpcore.ConnectTimeout("timed out"), target, 10.0)
        == "no answer from news.example:8080 within 10s"
    )
    for code, words in (
        (errno.ECONNREFUSED, "connection refused by news.example:8080"),
        (errno.EHOSTUNREACH, "no route to news.example:8080"),
    ):
        try:
            try:
                raise OSError(code, "boom")
            except OSError:
                raise httpcore.ConnectError("boom") from None
        except httpcore.ConnectError as exc:
            assert _unreachable_reason(exc, target, 10.0).startswith(words)


def test_an_unreachable_host_is_asked_again_after_a_minute() -> None:
    import socket

    from plainwire.sources import robots

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Fetcher(fast_config(respect_robots=True)) as f:
        with pytest.raises(FetchError, match="could not be reached"):
            f.get(f"http://127.0.0.1:{port}/feed")
        entry = f._robots._entries[f"http://127.0.0.1:{port}"]
        assert entry.unreachable and entry.expires - time.monotonic() <= robots.UNREACHABLE_TTL


# --- a trickling host among others: fetch_many keeps the others moving -------------------


def test_a_trickling_host_neither_starves_other_hosts_nor_holds_the_batch() -> None:
    from plainwire.sources.fetch import FetchTimeoutError
    from tests.sources.webserver import serve

    with serve() as slow, serve() as good:
        for i in range(10):
            slow.trickle(f"/p{i}")
        good.static("/ok", b"<html><p>fine</p></html>")
        cfg = fast_config(
            total_timeout=1.0,
            read_timeout=1.0,
            retries=2,
            backoff=0.01,
            per_host_concurrency=2,
            max_workers=4,
        )
        urls = [slow.url(f"/p{i}") for i in range(10)] + [good.url("/ok")]
        t0 = time.monotonic()
        seen: dict[str, float] = {}
        results = {}
        with Fetcher(cfg) as f:
            for u, r in f.fetch_many(urls):
                seen[u] = time.monotonic() - t0
                results[u] = r
    assert set(results) == set(urls)  # every URL is answered for
    # The other host's page did not wait behind the slow host's (it took ~11 s: all threads
    # sat on the slow host's gate, each of its pages tried three times).
    assert seen[good.url("/ok")] < 0.9 and not isinstance(results[good.url("/ok")], Exception)
    slow_results = [results[u] for u in urls[:10]]
    assert all(isinstance(r, FetchTimeoutError) for r in slow_results)
    tried = [r for r in slow_results if "total timeout of 1s exceeded" in str(r)]
    skipped = [r for r in slow_results if "timed out on" in str(r) and "to be tried again later" in str(r)]
    assert len(tried) == 2 and len(skipped) == 8  # the first two (one per slot), not retried
    assert all(str(r).startswith(r.input + ": ") for r in slow_results)  # each names its URL
    assert max(seen.values()) < 3.0  # one total_timeout, not 10 pages x 3 attempts
    assert slow.paths().count("/p0") == 1  # a total-deadline hit is not retried


# --- ingest: one endless line in a compressed JSONL --------------------------------------


def test_jsonl_line_bomb_is_skipped_without_inflating_it(tmp_path: Path) -> None:
    import gzip
    import json

    from plainwire.models import Article
    from plainwire.sources.base import Failure, JsonlSource

    path = tmp_path / "bomb.jsonl.gz"
    ok = json.dumps(
        {"id": "k1", "title": "Ferry timetable", "text": "The winter timetable starts on Monday."}
    )
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(ok.encode() + b"\n")
        fh.write(b'{"id": "k2", "text": "' + b"a" * (200 * 1024 * 1024) + b'"}\n')  # ~200 KB on disk
        fh.write(ok.replace("k1", "k3").encode() + b"\n")
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    recs = list(JsonlSource(path, max_line_bytes=1024 * 1024).fetch())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [type(r) for r in recs] == [Article, Failure, Article]
    assert recs[1].input == f"{path}:2" and "longer than 1048576 bytes" in str(recs[1])  # type: ignore[union-attr]
    assert recs[2].id == "k3"  # type: ignore[union-attr]  # the next line is read, numbered right
    assert peak < 16 * 1024 * 1024  # the 200 MB line was never held (it was before)


# --- the total deadline covers a whole redirect chain ------------------------------------


def test_total_timeout_covers_a_chain_of_slow_redirects(web: WebServer) -> None:
    def hop(n: int):  # type: ignore[no-untyped-def]
        def route(h: BaseHTTPRequestHandler) -> None:
            h.wfile.write(b"HTTP/1.1 302 Found\r\n")
            for _ in range(6):  # 0.6 s of dripped headers: under the limit on its own
                h.wfile.write(b"X-Drip: a\r\n")
                h.wfile.flush()
                time.sleep(0.1)
            h.wfile.write(f"Location: /h{n + 1}\r\nContent-Length: 0\r\n\r\n".encode())
            h.wfile.flush()

        return route

    for i in range(5):
        web.routes[f"/h{i}"] = hop(i)
    web.static("/h5", b"done")
    with Fetcher(fast_config(total_timeout=1.0, read_timeout=1.0, max_redirects=10, retries=1)) as f:
        t0 = time.monotonic()
        with pytest.raises(FetchError, match="total timeout of 1s exceeded") as err:
            f.get(web.url("/h0"))
        elapsed = time.monotonic() - t0
    assert err.value.input == web.url("/h0")
    assert elapsed < 1.5  # each hop had its own deadline: the chain took 3.5 s and succeeded
    assert "/h5" not in web.paths()


def test_politeness_waits_do_not_count_against_the_deadline(web: WebServer) -> None:
    web.redirect("/a", "/b")
    web.redirect("/b", "/c")
    web.static("/c", b"done")
    # Three requests to one host 0.6 s apart: 1.2 s of waiting, our own, within a 1 s limit.
    with Fetcher(fast_config(total_timeout=1.0, per_host_interval=0.6)) as f:
        t0 = time.monotonic()
        assert f.get(web.url("/a")).content == b"done"
        assert time.monotonic() - t0 >= 1.2
