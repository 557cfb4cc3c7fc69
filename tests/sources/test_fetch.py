"""Fetcher against a real local HTTP server that misbehaves on purpose."""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler

import brotli
import pytest

from plainwire.errors import BlockedAddressError, FetchError
from plainwire.sources.fetch import FetchConfig, Fetcher, HttpStatusError
from tests.sources.conftest import fast_config
from tests.sources.webserver import WebServer

PAGE = "<html><head><title>t</title></head><body><p>Hello, harbour — café.</p></body></html>"


def test_plain_get_sends_user_agent_and_decodes(web: WebServer, fetcher: Fetcher) -> None:
    web.static("/a", PAGE.encode("utf-8"))
    res = fetcher.get(web.url("/a"))
    assert res.status == 200
    assert res.text == PAGE
    assert res.encoding == "utf-8"
    assert res.content_type == "text/html"
    assert res.final_url == web.url("/a")
    assert web.hits[-1][1]["user-agent"].startswith("plainwire/")


def test_conditional_get_gives_not_modified(web: WebServer, fetcher: Fetcher) -> None:
    etag, lm = '"v1"', "Mon, 02 Nov 2026 07:30:00 GMT"

    def route(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == lm:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        body = b"<rss version='2.0'><channel><title>x</title></channel></rss>"
        h.send_response(200)
        h.send_header("ETag", etag)
        h.send_header("Last-Modified", lm)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    web.routes["/feed"] = route
    first = fetcher.get(web.url("/feed"))
    assert (first.etag, first.last_modified, first.not_modified) == (etag, lm, False)
    second = fetcher.get(web.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304 and second.content == b""
    assert second.etag == etag and second.last_modified == lm
    only_lm = fetcher.get(web.url("/feed"), last_modified=lm)
    assert only_lm.not_modified


@pytest.mark.parametrize(
    "encoding,compress",
    [("gzip", gzip.compress), ("br", brotli.compress), ("deflate", zlib.compress)],
)
def test_compressed_bodies_are_decoded(
    web: WebServer, fetcher: Fetcher, encoding: str, compress: object
) -> None:
    body = (PAGE * 50).encode("utf-8")
    web.static("/c", compress(body), headers={"Content-Encoding": encoding})  # type: ignore[operator]
    res = fetcher.get(web.url("/c"))
    assert res.content == body


def test_mislabelled_content_encodings_are_read_as_identity(web: WebServer, fetcher: Fetcher) -> None:
    web.static("/fake-gzip", PAGE.encode(), headers={"Content-Encoding": "gzip"})
    web.static("/odd", PAGE.encode(), headers={"Content-Encoding": "utf-8"})
    assert fetcher.get(web.url("/fake-gzip")).text == PAGE
    assert fetcher.get(web.url("/odd")).text == PAGE


def test_corrupt_gzip_stream_is_a_clear_error(web: WebServer, fetcher: Fetcher) -> None:
    good = gzip.compress((PAGE * 100).encode())
    web.static("/corrupt", good[:20] + bytes(200) + good[220:], headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="corrupt compressed body") as err:
        fetcher.get(web.url("/corrupt"))
    assert err.value.input == web.url("/corrupt")


def test_gzip_bomb_is_stopped_at_max_bytes_without_inflating(web: WebServer) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # ~200 KB -> 200 MB
    assert len(bomb) < 300_000
    web.static("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with Fetcher(fast_config(max_bytes=1024 * 1024)) as f:
        tracemalloc.start()
        t0 = time.monotonic()
        with pytest.raises(FetchError) as err:
            f.get(web.url("/bomb"))
        elapsed = time.monotonic() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert web.url("/bomb") in str(err.value)
    assert "larger than 1048576 bytes" in str(err.value)
    assert peak < 16 * 1024 * 1024  # never near the 200 MB it would inflate to
    assert elapsed < 5


def test_brotli_bomb_is_stopped_too(web: WebServer) -> None:
    bomb = brotli.compress(b"a" * (100 * 1024 * 1024), quality=5)
    web.static("/bbomb", bomb, headers={"Content-Encoding": "br"})
    with Fetcher(fast_config(max_bytes=512 * 1024)) as f, pytest.raises(FetchError, match="larger than"):
        f.get(web.url("/bbomb"))


def test_fifty_megabyte_body_is_refused_while_streaming(web: WebServer) -> None:
    sent = [0]

    def route(h: BaseHTTPRequestHandler) -> None:
        # No Content-Length: the client only learns the size by reading.
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        chunk = b"x" * 65536
        for _ in range(50 * 16):  # 50 MB
            h.wfile.write(chunk)
            sent[0] += len(chunk)

    web.routes["/huge"] = route
    with (
        Fetcher(fast_config(max_bytes=2 * 1024 * 1024, total_timeout=10)) as f,
        pytest.raises(FetchError) as err,
    ):
        f.get(web.url("/huge"))
    assert "larger than 2097152 bytes" in str(err.value)
    assert web.url("/huge") in str(err.value)
    time.sleep(0.2)
    assert sent[0] < 50 * 1024 * 1024  # the download was cut off, not completed


def test_declared_oversize_body_is_refused_before_download(web: WebServer) -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(50 * 1024 * 1024))
        h.end_headers()
        h.wfile.write(b"x" * 1000)

    web.routes["/declared"] = route
    with Fetcher(fast_config(max_bytes=1024 * 1024)) as f, pytest.raises(FetchError, match="exceeds limit"):
        f.get(web.url("/declared"))


def _redirect(to: str, status: int = 302):  # type: ignore[no-untyped-def]
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return route


def test_redirects_are_followed_and_recorded(web: WebServer, fetcher: Fetcher) -> None:
    web.routes["/old"] = _redirect("/mid", 301)
    web.routes["/mid"] = _redirect(web.url("/new"), 308)
    web.static("/new", PAGE.encode())
    res = fetcher.get(web.url("/old"))
    assert res.final_url == web.url("/new")
    assert res.redirects == (web.url("/old"), web.url("/mid"))


def test_redirect_loop_is_an_error_naming_the_url(web: WebServer, fetcher: Fetcher) -> None:
    web.routes["/loop1"] = _redirect("/loop2")
    web.routes["/loop2"] = _redirect("/loop1")
    with pytest.raises(FetchError) as err:
        fetcher.get(web.url("/loop1"))
    assert "redirect loop" in str(err.value)
    assert err.value.input == web.url("/loop1")


def test_cookie_bounce_is_not_a_loop(web: WebServer, fetcher: Fetcher) -> None:
    def story(h: BaseHTTPRequestHandler) -> None:
        if "consent=yes" in (h.headers.get("Cookie") or ""):
            body = b"<p>the story</p>"
            h.send_response(200)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
            return
        h.send_response(302)
        h.send_header("Location", "/consent")
        h.send_header("Content-Length", "0")
        h.end_headers()

    def consent(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Set-Cookie", "consent=yes; Path=/; Expires=Wed, 01 Jan 2031 00:00:00 GMT")
        h.send_header("Set-Cookie", "session=abc; HttpOnly")
        h.send_header("Location", "/story")
        h.send_header("Content-Length", "0")
        h.end_headers()

    web.routes["/story"] = story
    web.routes["/consent"] = consent
    res = fetcher.get(web.url("/story"))
    assert res.content == b"<p>the story</p>"
    assert res.redirects == (web.url("/story"), web.url("/consent"))
    assert web.hits[-1][1]["cookie"] == "consent=yes; session=abc"
    fetcher.get(web.url("/story"))  # cookies are not kept between requests
    assert "cookie" not in web.hits[-3][1]


def test_too_many_redirects(web: WebServer) -> None:
    for i in range(10):
        web.routes[f"/hop{i}"] = _redirect(f"/hop{i + 1}")
    with Fetcher(fast_config(max_redirects=3)) as f, pytest.raises(FetchError, match="too many redirects"):
        f.get(web.url("/hop0"))


def test_slowloris_body_hits_total_timeout(web: WebServer) -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        while not web.stop.is_set():
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.05)

    web.routes["/slow"] = route
    cfg = fast_config(read_timeout=1.0, total_timeout=0.8)
    with Fetcher(cfg) as f:
        t0 = time.monotonic()
        with pytest.raises(FetchError) as err:
            f.get(web.url("/slow"))
        elapsed = time.monotonic() - t0
    assert "total timeout" in str(err.value)
    assert web.url("/slow") in str(err.value)
    assert elapsed < 2.0


def test_slowloris_headers_hit_total_timeout(web: WebServer) -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        while not web.stop.is_set():
            h.wfile.write(b"X-Drip: a\r\n")
            h.wfile.flush()
            time.sleep(0.05)

    web.routes["/slowhead"] = route
    with Fetcher(fast_config(read_timeout=1.0, total_timeout=0.8)) as f:
        t0 = time.monotonic()
        with pytest.raises(FetchError, match="timeout"):
            f.get(web.url("/slowhead"))
        assert time.monotonic() - t0 < 2.0


def test_hanging_server_hits_read_timeout(web: WebServer) -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        web.stop.wait(5)

    web.routes["/hang"] = route
    with Fetcher(fast_config(read_timeout=0.4, total_timeout=5)) as f:
        t0 = time.monotonic()
        with pytest.raises(FetchError, match="timeout") as err:
            f.get(web.url("/hang"))
        assert time.monotonic() - t0 < 1.5
    assert err.value.input == web.url("/hang")


def test_retries_with_backoff_on_5xx(web: WebServer) -> None:
    calls = [0]

    def route(h: BaseHTTPRequestHandler) -> None:
        calls[0] += 1
        if calls[0] < 3:
            h.send_response(503)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    web.routes["/flaky"] = route
    with Fetcher(fast_config(retries=2, backoff=0.05)) as f:
        t0 = time.monotonic()
        res = f.get(web.url("/flaky"))
        elapsed = time.monotonic() - t0
    assert res.content == b"ok" and calls[0] == 3
    assert elapsed >= 0.05 + 0.1  # backoff doubled between attempts


def test_retries_give_up_with_clear_error(web: WebServer) -> None:
    web.static("/down", b"down", status=500)
    with Fetcher(fast_config(retries=1, backoff=0.01)) as f, pytest.raises(FetchError) as err:
        f.get(web.url("/down"))
    assert "HTTP 500" in str(err.value) and "after 2 attempts" in str(err.value)
    assert web.paths().count("/down") == 2


def test_retry_after_is_honoured(web: WebServer) -> None:
    calls: list[float] = []

    def route(h: BaseHTTPRequestHandler) -> None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            h.send_response(429)
            h.send_header("Retry-After", "1")
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    web.routes["/busy"] = route
    with Fetcher(fast_config(retries=1, backoff=0.01)) as f:
        assert f.get(web.url("/busy")).content == b"ok"
    assert calls[1] - calls[0] >= 0.95


def test_timeouts_are_retried(web: WebServer) -> None:
    calls = [0]

    def route(h: BaseHTTPRequestHandler) -> None:
        calls[0] += 1
        if calls[0] == 1:
            web.stop.wait(1.0)
            return
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    web.routes["/once-slow"] = route
    with Fetcher(fast_config(retries=1, backoff=0.01, read_timeout=0.3)) as f:
        assert f.get(web.url("/once-slow")).content == b"ok"


def test_client_errors_are_not_retried(web: WebServer, fetcher: Fetcher) -> None:
    with pytest.raises(HttpStatusError) as err:
        fetcher.get(web.url("/missing"))
    assert err.value.status == 404
    assert web.url("/missing") in str(err.value)
    assert web.paths().count("/missing") == 1


def test_unresolvable_host_fails_fast_without_retries() -> None:
    with (
        Fetcher(fast_config(retries=3, backoff=1.0)) as f,
        pytest.raises(FetchError, match="cannot resolve host") as err,
    ):
        f.get("http://no-such-host.invalid/feed")
    assert "attempts" not in str(err.value)  # failed on the first try, no backoff sleeps
    assert err.value.input == "http://no-such-host.invalid/feed"


def test_non_http_urls_are_refused(fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("file:///etc/passwd")
    with pytest.raises(FetchError):
        fetcher.get("http://")


# --- SSRF guard -----------------------------------------------------------------


def test_guard_refuses_loopback_and_metadata_addresses(web: WebServer) -> None:
    web.static("/secret", b"internal")
    with Fetcher(FetchConfig(retries=0, connect_timeout=1, total_timeout=2)) as f:
        with pytest.raises(BlockedAddressError) as err:
            f.get(web.url("/secret"))
        assert "127.0.0.1" in str(err.value) and err.value.input == web.url("/secret")
        with pytest.raises(BlockedAddressError, match="169.254.169.254"):
            f.get("http://169.254.169.254/latest/meta-data/")
        for url in ("http://10.0.0.1/", "http://192.168.1.1/", "http://[::1]/", "http://0.0.0.0/"):
            with pytest.raises(BlockedAddressError):
                f.get(url)
    assert web.hits == []  # nothing, not even robots.txt, reached the server


def test_guard_applies_after_a_redirect(web: WebServer) -> None:
    port = web.server.server_address[1]
    web.routes["/hop"] = _redirect(f"http://127.0.0.1:{port}/secret")
    web.static("/secret", b"internal")
    cfg = FetchConfig(allowed_hosts=("localhost",), retries=0, respect_robots=False, per_host_interval=0)
    with Fetcher(cfg) as f, pytest.raises(BlockedAddressError) as err:
        f.get(f"http://localhost:{port}/hop")
    assert err.value.input == f"http://localhost:{port}/hop"
    assert "/secret" not in web.paths()


# --- robots.txt and politeness -----------------------------------------------------


def test_robots_txt_is_respected_and_cached(web: WebServer) -> None:
    web.static("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    web.static("/public", b"ok")
    web.static("/private/x", b"no")
    with Fetcher(fast_config(respect_robots=True)) as f:
        assert f.get(web.url("/public")).content == b"ok"
        assert f.get(web.url("/public")).content == b"ok"
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(web.url("/private/x"))
    assert web.paths().count("/robots.txt") == 1
    assert "/private/x" not in web.paths()


def test_robots_server_error_means_disallow_missing_means_allow(web: WebServer) -> None:
    web.static("/page", b"ok")
    with Fetcher(fast_config(respect_robots=True)) as f:
        assert f.get(web.url("/page")).content == b"ok"  # robots.txt is a 404 here
    web.static("/robots.txt", b"oops", status=503)
    with (
        Fetcher(fast_config(respect_robots=True)) as f,
        pytest.raises(FetchError, match=r"robots.txt unavailable \(HTTP 503\)"),
    ):
        f.get(web.url("/page"))
    assert web.paths().count("/page") == 1  # only the first fetcher's request reached it


@pytest.mark.parametrize("robots", [True, False])
def test_host_down_says_the_url_could_not_be_reached(robots: bool) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once the socket closes
    url = f"http://127.0.0.1:{port}/feed"
    with Fetcher(fast_config(respect_robots=robots)) as f, pytest.raises(FetchError) as err:
        f.get(url)
    msg = str(err.value)
    # The URL asked for, that it could not be reached and why, and what to check; robots.txt
    # is checked first but is an implementation detail (it used to be all the error spoke of).
    assert err.value.input == url and msg.startswith(url + ": could not be reached")
    assert f"connection refused by 127.0.0.1:{port}" in msg and "check the URL" in msg
    assert "robots" not in msg


def test_per_host_interval_and_concurrency(web: WebServer) -> None:
    active = [0]
    peak = [0]
    lock = threading.Lock()

    def route(h: BaseHTTPRequestHandler) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    for i in range(4):
        web.routes[f"/p{i}"] = route
    with Fetcher(fast_config(per_host_interval=0.15, per_host_concurrency=1, max_workers=4)) as f:
        t0 = time.monotonic()
        results = list(f.fetch_many(web.url(f"/p{i}") for i in range(4)))
        elapsed = time.monotonic() - t0
    assert len(results) == 4 and all(not isinstance(r, Exception) for _, r in results)
    assert peak[0] == 1
    assert elapsed >= 3 * 0.15


def test_fetch_many_yields_errors_and_results(web: WebServer, fetcher: Fetcher) -> None:
    web.static("/ok1", b"one")
    web.static("/ok2", b"two")
    urls = [web.url("/ok1"), web.url("/nope"), web.url("/ok2"), "ftp://example.invalid/x"]
    got = dict(fetcher.fetch_many(urls))
    assert set(got) == set(urls)
    assert got[web.url("/ok1")].content == b"one"  # type: ignore[union-attr]
    assert isinstance(got[web.url("/nope")], HttpStatusError)
    assert isinstance(got["ftp://example.invalid/x"], FetchError)


# --- charsets -------------------------------------------------------------------


def test_mislabelled_charset_falls_back_to_document_declaration(web: WebServer, fetcher: Fetcher) -> None:
    body = '<html><head><meta charset="windows-1252"></head><body>Café crème – naïve</body></html>'
    web.static("/cp", body.encode("cp1252"), "text/html; charset=utf-8")
    res = fetcher.get(web.url("/cp"))
    assert "Café crème – naïve" in res.text
    assert res.encoding == "cp1252"


def test_latin1_label_on_utf8_bytes_is_read_as_utf8(web: WebServer, fetcher: Fetcher) -> None:
    body = "<html><body>Zürich – Ærø</body></html>"
    web.static("/l1", body.encode("utf-8"), "text/html; charset=iso-8859-1")
    res = fetcher.get(web.url("/l1"))
    assert "Zürich – Ærø" in res.text and res.encoding == "utf-8"


def test_invalid_utf8_is_decoded_with_a_clear_fallback(web: WebServer, fetcher: Fetcher) -> None:
    web.static(
        "/bad", b"<html><body>ok \xff\xfe\xfa broken \xc3 bytes</body></html>", "text/html; charset=utf-8"
    )
    res = fetcher.get(web.url("/bad"))
    assert "ok" in res.text and "broken" in res.text
    assert res.encoding != "utf-8"  # never claims the bytes were valid UTF-8


def test_western_page_mislabelled_utf8_is_read_as_windows_1252(web: WebServer, fetcher: Fetcher) -> None:
    # A short Norwegian item in windows-1252 bytes behind a UTF-8 label: the detector found
    # cp1250, cp1252 and cp1257 equally good and picked cp1250 ("Brřd & Břnne", "Sřren").
    body = (
        '<html><head><meta charset="utf-8"><title>Bakery prize</title></head><body><p>Brød og Bønne, '
        "a café in Ferrytown, took the regional baking prize on Saturday. Baker Søren Ålund opened it "
        "four years ago.</p></body></html>"
    )
    web.static("/no", body.encode("cp1252"), "text/html; charset=utf-8")
    res = fetcher.get(web.url("/no"))
    assert "Brød og Bønne" in res.text and "Søren Ålund" in res.text and res.encoding == "cp1252"
    # A page that fits another code page better keeps it. (A Czech text so short that cp1252
    # fits it equally well is now read as cp1252: ties go to the Western default.)
    czech = (
        "<html><body><p>"
        + "Městská rada v sobotu schválila stavbu nového mostu přes řeku. Práce začnou na jaře. " * 3
        + "</p></body></html>"
    )
    web.static("/cz", czech.encode("cp1250"), "text/html; charset=utf-8")
    res = fetcher.get(web.url("/cz"))
    assert "Městská rada" in res.text and "přes řeku" in res.text


def test_decode_text_cascade_units() -> None:
    from plainwire.sources.decode import decode_text

    assert decode_text("Grüße".encode("utf-16")) == ("Grüße", "utf-16")
    assert decode_text(b"\xef\xbb\xbfBOM text") == ("BOM text", "utf-8-sig")
    assert decode_text(b"plain", "text/html; charset=no-such-charset") == ("plain", "utf-8")
    assert decode_text("naïve".encode("cp1252"), "text/html; charset=windows-1252") == ("naïve", "cp1252")
    xml = '<?xml version="1.0" encoding="ISO-8859-15"?><rss>€uro</rss>'.encode("iso8859-15")
    assert decode_text(xml)[0].endswith("€uro</rss>")
    assert decode_text(b"") == ("", "utf-8")
