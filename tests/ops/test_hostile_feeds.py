"""The main job against hostile and broken feeds: each is a failed poll whose error names the
feed and says what went wrong, the pass goes on for the other sources, nothing stored is lost.

The fetcher-level checks of each case are in tests/sources (test_fetch.py, test_hostile.py);
this is the same list seen from `plainwire run`'s pass, with the SSRF guard on (only the
server's own address, 127.0.0.1, is allowed by name, as an intranet host would be).
"""

from __future__ import annotations

import gzip
import socket
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from plainwire.models import Outlet
from plainwire.pipeline import Pipeline
from plainwire.settings import load_config
from plainwire.sources.fetch import FetchConfig, Fetcher
from plainwire.store import Store
from tests.ops.helpers import page, rss
from tests.sources.webserver import WebServer, serve

NOW = datetime.now(UTC)
PARAS = [
    "The harbour board of Tern Island voted on Tuesday to extend the north pier by forty metres.",
    "Work is due to start in spring and should take about a year, the board's chair said.",
    "Fishing crews had asked for the extension after two winters of crowded moorings.",
]


def _static(web: WebServer, path: str, item: tuple[str, bytes]) -> None:
    web.static(path, item[1], item[0])


def _huge_head(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("X-Padding", "p" * (2 * 1024 * 1024))
    h.send_header("Content-Length", "0")
    h.end_headers()


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_hostile_feeds_fail_alone_and_lose_nothing(tmp_path: Path) -> None:
    with serve() as web:
        base = web.base
        port = web.server.server_address[1]
        _static(web, "/good/feed.xml", rss("Tern Gazette", [(base + "/good/1.html", "Pier to grow", NOW)]))
        _static(
            web,
            "/good/1.html",
            page("Tern Island pier to grow by forty metres", PARAS, NOW - timedelta(hours=2)),
        )

        config = load_config(tmp_path / "home", {"max_items_per_feed": 5})
        assert not config.allow_private_networks  # the guard is on
        fetcher = Fetcher(
            FetchConfig(
                allowed_hosts=("127.0.0.1",),
                max_bytes=10_000_000,
                connect_timeout=1.0,
                read_timeout=2.0,
                total_timeout=2.0,
                per_host_interval=0.0,
                per_host_concurrency=8,
                retries=0,
                respect_robots=True,
            )
        )
        store = Store(config.db_path)
        pipeline = Pipeline(store, config, fetcher=fetcher)
        store.add_outlet(Outlet("Tern Gazette", base + "/good/feed.xml"))
        first = pipeline.run_once()
        assert first.errors == [] and store.count("articles") == 1

        # The good outlet publishes again; nine hostile or broken sources join it.
        _static(web, "/good/feed.xml", rss("Tern Gazette", [
            (base + "/good/1.html", "Pier to grow", NOW),
            (base + "/good/2.html", "Ferry fares", NOW),
        ]))  # fmt: skip
        _static(web, "/good/2.html", page("Tern ferry fares frozen for winter", [
            "The Tern Island ferry will keep its fares unchanged until March, the operator said on Wednesday.",
            "A return crossing stays at eight pounds for adults and four for children.",
            "Fuel costs had fallen enough over the summer to absorb a rise in wages, it said.",
        ], NOW - timedelta(hours=1)))  # fmt: skip
        bomb = gzip.compress(b"<" * (64 * 1024 * 1024), compresslevel=9)
        web.static("/bomb/feed.xml", bomb, "application/rss+xml", headers={"Content-Encoding": "gzip"})
        web.trickle("/slow/feed.xml", "application/rss+xml", seconds=20)
        web.redirect("/loop/feed.xml", "/loop/b")
        web.redirect("/loop/b", "/loop/feed.xml")
        web.routes["/head/feed.xml"] = _huge_head
        web.redirect("/private/feed.xml", f"http://localhost:{port}/good/feed.xml")
        huge_items = "".join(
            f"<item><title>N {i}</title><link>{base}/huge/{i}.html</link></item>" for i in range(100_000)
        )
        web.static("/huge/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>'
                   f"{huge_items}</channel></rss>".encode(), "application/rss+xml")  # fmt: skip
        odd_links = "".join(
            f"<item><title>Odd</title><link>{link}</link></item>"
            for link in ("file:///etc/passwd", "ftp://127.0.0.1/notes.txt", "data:text/plain,hello")
        )
        web.static("/schemes/feed.xml", f'<?xml version="1.0"?><rss version="2.0"><channel><title>Odd</title>'
                   f"{odd_links}</channel></rss>".encode(), "application/rss+xml")  # fmt: skip
        dead = f"http://127.0.0.1:{_dead_port()}/feed.xml"
        hostile = {
            "Bomb Weekly": (base + "/bomb/feed.xml", "larger than 10000000 bytes"),
            "Slow Courier": (base + "/slow/feed.xml", "total timeout of 2s exceeded"),
            "Loop Herald": (base + "/loop/feed.xml", "redirect loop"),
            "Header Times": (base + "/head/feed.xml", "response headers"),
            "Sneaky Post": (
                base + "/private/feed.xml",
                f"redirected to http://localhost:{port}/good/feed.xml",
            ),
            "Gone Daily": (dead, "could not be reached: connection refused"),
        }
        for name, (url, _) in hostile.items():
            store.add_outlet(Outlet(name, url))
        store.add_outlet(Outlet("Huge Digest", base + "/huge/feed.xml"))
        store.add_outlet(Outlet("Odd Links", base + "/schemes/feed.xml"))

        t0 = time.monotonic()
        report = pipeline.run_once()
        elapsed = time.monotonic() - t0
        rows = {r.outlet.name: r for r in store.outlets()}
        pipeline.close()

    # The good outlet's new article is stored and the old one kept.
    assert store.count("articles") == 2
    assert rows["Tern Gazette"].consecutive_failures == 0
    for name, (url, phrase) in hostile.items():
        row = rows[name]
        assert row.consecutive_failures == 1 and row.last_success is None, name
        assert row.last_error is not None and row.last_error.startswith(url + ": "), (name, row.last_error)
        assert phrase in row.last_error, (name, row.last_error)
    assert "robots" not in rows["Gone Daily"].last_error  # type: ignore[operator]
    assert "/good/feed.xml" not in [p for p in web.paths() if p.startswith("/private")]
    # 100,000 entries: a successful poll that queued only max_items_per_feed of them.
    assert rows["Huge Digest"].consecutive_failures == 0
    assert sum(store.queue_counts().values()) == 2 + 5
    assert store.queue_counts()["pending"] == 0
    # Links that are not http(s) are dropped: the feed polls fine and nothing is fetched for them.
    assert rows["Odd Links"].consecutive_failures == 0
    assert report.sources_failed == len(hostile)
    assert elapsed < 30
    errors = {row["input"] for row in store.recent_errors(50)}
    assert {url for url, _ in hostile.values()} <= errors
    store.close()
