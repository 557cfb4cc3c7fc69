"""Defects the sixth-session audit left, reproduced through the main job and the CLI:
an unreachable feed blamed robots.txt, and zero dates showed as 1 Jan 1970."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from plainwire.models import Outlet
from plainwire.pipeline import Pipeline
from plainwire.publish import create_app
from plainwire.settings import load_config
from plainwire.sources.fetch import FetchConfig, Fetcher
from plainwire.store import Store
from tests.conftest import SiteServer
from tests.ops.helpers import make_pipeline, page, rss

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")} | {"COLUMNS": "250"}
    cmd = [sys.executable, "-m", "plainwire.cli.main", *args, "--home", str(home)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/feed.xml"  # nothing listens once closed


def test_sources_add_of_an_unreachable_feed_says_it_could_not_be_reached(tmp_path: Path) -> None:
    url = _dead_url()
    res = _cli(tmp_path / "home", "sources", "add", url, "--allow-private-networks")
    assert res.returncode == 1
    err = " ".join(res.stderr.split())  # rich wraps long lines
    # Was: "...: http://127.0.0.1:N/robots.txt unavailable (network error ... Connection refused);
    # host treated as disallowed for now (RFC 9309)".
    assert f"error: {url}: could not be reached: connection refused" in err
    assert "check the URL and that the site is up" in err and "robots" not in err.replace("robots.txt", "")
    assert "RFC 9309" not in err


def test_run_records_an_unreachable_feed_by_name(tmp_path: Path) -> None:
    url = _dead_url()
    pipeline, _ = make_pipeline(tmp_path / "home", allow_private_networks=True)
    pipeline.store.add_outlet(Outlet("Gone Gazette", url))
    report = pipeline.run_once()
    row = pipeline.store.outlets()[0]
    pipeline.close()
    assert report.sources_failed == 1
    assert row.last_error is not None and row.last_error.startswith(f"{url}: could not be reached")
    pipeline.store.close()


def _epoch_feed(base: str) -> tuple[str, bytes]:
    # A CMS that fills "no date" with zero: the feed entry and the page both say 1 Jan 1970.
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Zero Times</title>'
        "<link>http://example.invalid/</link><description>test</description>"
        f"<item><title>Lock gates replaced</title><link>{base}/zero/1.html</link>"
        "<pubDate>Thu, 01 Jan 1970 00:00:00 +0000</pubDate></item></channel></rss>"
    )
    return "application/rss+xml", xml.encode()


def test_zero_dates_are_unknown_not_1970(tmp_path: Path, site_server: SiteServer) -> None:
    base = site_server.base
    site_server.pages["/zero/feed.xml"] = _epoch_feed(base)
    site_server.pages["/zero/1.html"] = page(
        "Canal lock gates replaced at Millbrook",
        [
            "Engineers replaced the upper gates of the Millbrook canal lock over the weekend.",
            "The canal trust said boats could pass again from Monday morning.",
            "The old oak gates had been in place for thirty years.",
        ],
        EPOCH,
    )
    home = tmp_path / "home"
    pipeline, config = make_pipeline(home)
    pipeline.store.add_outlet(Outlet("Zero Times", base + "/zero/feed.xml"))
    before = datetime.now(UTC) - timedelta(seconds=5)
    pipeline.run_once()
    store = pipeline.store
    stored = list(store.iter_articles())
    assert len(stored) == 1 and stored[0].article.published is None  # was 1970-01-01
    story = store.get_story(stored[0].story_id or "")
    assert story is not None and story.published is not None and story.updated is not None
    assert story.published >= before  # dated by when it was fetched, not the epoch
    pipeline.close()
    store.close()

    with TestClient(create_app(load_config(home, {}))) as client:
        for path in (
            "/",
            f"/story/{story.slug}",
            "/outlet/Zero Times",
            "/feeds/stories.atom",
            "/api/v1/stories",
        ):
            body = client.get(path).text
            assert "1970" not in body and "Jan 1, 1970" not in body, path


def test_sources_list_shows_the_reason_not_the_url_again(tmp_path: Path) -> None:
    dead = _dead_url().replace("/feed.xml", "/rss/world/national/politics/latest/feed.xml")
    home = tmp_path / "home"
    pipeline, _ = make_pipeline(home, allow_private_networks=True)
    pipeline.store.add_outlet(Outlet("Gone Gazette", dead))
    pipeline.run_once()
    pipeline.close()
    pipeline.store.close()
    res = _cli(home, "sources", "list")
    assert res.returncode == 0, res.stderr
    text = " ".join(res.stdout.replace("│", " ").split())
    # The error column used to repeat the feed URL and cut the rest at 80 characters, so the
    # reason ("connection refused ...") never showed for a feed with a long URL.
    assert "could not be reached: connection refused by" in text
    assert "check the URL and that the site is up" in text


def test_pages_that_cannot_succeed_on_retry_fail_at_once(tmp_path: Path, site_server: SiteServer) -> None:
    # The feed's host is allowed by name; one entry points at the same machine by another name,
    # which the guard refuses; another page is over the size limit. Neither changes on retry:
    # one error each, not five over 15 minutes (with a download of max_bytes each time).
    port = site_server.server.server_address[1]
    base = site_server.base
    sneaky = f"http://localhost:{port}/inside.html"
    now = datetime.now(UTC)
    site_server.pages["/feed.xml"] = rss(
        "Harbour Notes", [(sneaky, "Inside", now), (base + "/big.html", "Big", now)]
    )
    site_server.pages["/big.html"] = (
        "text/html",
        b"<html><body>" + b"<p>harbour</p>" * 100_000 + b"</body></html>",
    )
    config = load_config(tmp_path / "home", {})
    fetcher = Fetcher(
        FetchConfig(
            allowed_hosts=("127.0.0.1",),
            retries=0,
            respect_robots=False,
            per_host_interval=0,
            max_bytes=1_000_000,
        )
    )
    pipeline = Pipeline(Store(config.db_path), config, fetcher=fetcher)
    pipeline.store.add_outlet(Outlet("Harbour Notes", base + "/feed.xml"))
    report = pipeline.run_once()
    rows = {
        r["url"]: r for r in pipeline.store.conn.execute("SELECT url, state, attempts, last_error FROM queue")
    }
    pipeline.close()
    pipeline.store.close()
    inside, big = rows[sneaky], rows[base + "/big.html"]
    assert (inside["state"], inside["attempts"]) == ("failed", 1)  # was pending, to be retried 4 more times
    assert inside["last_error"].startswith(sneaky + ": refusing to connect to localhost")
    assert (big["state"], big["attempts"]) == ("failed", 1)
    assert (
        big["last_error"].startswith(base + "/big.html: ")
        and "exceeds limit of 1000000 bytes" in big["last_error"]
    )
    assert report.queue_failed == 2 and "/inside.html" not in site_server.hits
