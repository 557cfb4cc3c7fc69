"""Source health as a media monitor sees it: broken feeds are failures naming the feed, and
`plainwire status`, the reader's /outlets and /api/v1/health agree on which sources fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from plainwire.models import Outlet
from plainwire.ops import health
from plainwire.pipeline import PassReport
from plainwire.publish import create_app
from plainwire.settings import load_config
from tests.conftest import SiteServer
from tests.ops.helpers import make_pipeline, page, rss

# A feed cut off in the middle of its only item: malformed, and nothing usable in it.
TRUNCATED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut Short</title><item><title>Half a'


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")} | {"COLUMNS": "250"}
    cmd = [sys.executable, "-m", "plainwire.cli.main", *args, "--home", str(home)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)


def test_broken_feeds_are_failing_everywhere(tmp_path: Path, site_server: SiteServer) -> None:
    now = datetime.now(UTC)
    base = site_server.base
    site_server.pages["/ok/feed.xml"] = rss(
        "Tern Gazette", [(base + "/ok/1.html", "Tern ferry resumes", now)]
    )
    site_server.pages["/ok/1.html"] = page(
        "Tern ferry resumes after repairs",
        [
            "The Tern island ferry carried passengers again on Monday after three weeks of hull repairs.",
            "The operator said the crossing would keep its winter timetable until March.",
            "Islanders had relied on a smaller water taxi while the ferry was in dock.",
        ],
        now - timedelta(hours=1),
    )
    site_server.pages["/cut/feed.xml"] = ("application/rss+xml", TRUNCATED)
    site_server.pages["/wobbly/feed.xml"] = rss("Wobbly Times", [])
    home = tmp_path / "home"
    pipeline, _ = make_pipeline(home)
    store = pipeline.store
    store.add_outlet(Outlet("Tern Gazette", base + "/ok/feed.xml"))
    store.add_outlet(Outlet("Cut Short", base + "/cut/feed.xml"))
    store.add_outlet(Outlet("Gone Weekly", base + "/gone/feed.xml"))  # 404
    store.add_outlet(Outlet("Wobbly Times", base + "/wobbly/feed.xml"))
    pipeline.run_once()
    # Wobbly Times worked once; now its one poll fails: reported, but not called failing.
    del site_server.pages["/wobbly/feed.xml"]
    wobbly = next(r for r in store.outlets() if r.outlet.name == "Wobbly Times")
    pipeline.poll(wobbly, PassReport())
    rows = {r.outlet.name: r for r in store.outlets()}
    pipeline.close()

    assert store.count("articles") == 1
    cut = rows["Cut Short"]
    # The truncated feed is a failed poll whose error names the feed (it used to pass as healthy).
    assert cut.consecutive_failures == 1 and cut.last_success is None
    assert (
        cut.last_error is not None
        and base + "/cut/feed.xml" in cut.last_error
        and "not a usable feed" in cut.last_error
    )
    assert [r.failing for r in rows.values()] == [True, True, False, False]  # Cut, Gone, Tern, Wobbly
    assert rows["Wobbly Times"].consecutive_failures == 1
    h = health(store)  # the monitoring helper: the same rule (it counted none of them before)
    assert h["sources"] == {"total": 4, "failing": 2} and "2 of 4 sources failing" in h["degraded"]
    store.close()

    st = _cli(home, "status")
    assert st.returncode == 0, st.stderr
    assert "4 (2 healthy, 2 failing)" in st.stdout  # was "4 (4 healthy, 0 failing)"
    js = json.loads(_cli(home, "status", "--json").stdout)["sources"]
    assert (js["healthy"], js["failing"]) == (2, 2)
    assert sorted(s["name"] for s in js["list"] if not s["healthy"]) == ["Cut Short", "Gone Weekly"]

    with TestClient(create_app(load_config(home, {}))) as client:
        assert client.get("/api/v1/health").json()["failing_sources"] == 2
        outlets = client.get("/outlets").text
        assert "failing (1 in a row)" in outlets and "last poll failed" in outlets
        assert outlets.count("failing (1 in a row)") == 2 and outlets.count("last poll failed") == 1
        wob = client.get("/outlet/Wobbly Times").text
        assert "0 articles stored; last poll failed" in wob
        assert "1 article stored" in client.get("/outlet/Tern Gazette").text


def _closed_port() -> int:
    import socket

    with socket.socket() as s:  # bound, then closed: nothing listens there afterwards
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_source_whose_pages_all_fail_is_failing_everywhere(tmp_path: Path, site_server: SiteServer) -> None:
    # Its feed is fine, but every item links to a host that refuses connections: it yields
    # nothing, so a monitor must see it failing (it used to show as healthy).
    now = datetime.now(UTC)
    base, dead = site_server.base, f"http://127.0.0.1:{_closed_port()}"
    items = [(f"{dead}/news/{i}.html", f"Lowfen ferry notice {i}", now - timedelta(hours=i)) for i in (1, 2)]
    site_server.pages["/dead/feed.xml"] = rss("Lowfen Notices", items)
    # one failure is not yet a pattern (a URL of its own: the queue holds each page once)
    site_server.pages["/one/feed.xml"] = rss("Half Dead", [(f"{dead}/half/1.html", "Half Dead notice", now)])
    site_server.pages["/ok/feed.xml"] = rss(
        "Tern Gazette", [(base + "/ok/1.html", "Tern ferry resumes", now)]
    )
    site_server.pages["/ok/1.html"] = page(
        "Tern ferry resumes after repairs",
        [
            "The Tern island ferry carried passengers again on Monday after three weeks of hull repairs.",
            "The operator said the crossing would keep its winter timetable until March.",
        ],
        now - timedelta(hours=1),
    )
    home = tmp_path / "home"
    pipeline, _ = make_pipeline(home)
    store = pipeline.store
    for name, path in (
        ("Lowfen Notices", "/dead/feed.xml"),
        ("Half Dead", "/one/feed.xml"),
        ("Tern Gazette", "/ok/feed.xml"),
    ):
        store.add_outlet(Outlet(name, base + path))
    pipeline.run_once()
    rows = {r.outlet.name: r for r in store.outlets()}
    pipeline.close()

    dead_row = rows["Lowfen Notices"]
    assert dead_row.consecutive_failures == 0 and dead_row.last_success is not None  # the feed itself works
    assert (dead_row.page_failures, dead_row.last_page_success) == (2, None)
    assert dead_row.failing and dead_row.pages_failing
    assert dead_row.last_page_error is not None and "connection refused" in dead_row.last_page_error
    assert (rows["Half Dead"].page_failures, rows["Half Dead"].failing) == (1, False)
    tern = rows["Tern Gazette"]
    assert (tern.page_failures, tern.failing) == (0, False) and tern.last_page_success is not None
    assert health(store)["sources"] == {"total": 3, "failing": 1}
    assert store.reader_failing_outlets() == 1
    store.close()

    js = json.loads(_cli(home, "status", "--json").stdout)["sources"]
    assert [s["name"] for s in js["list"] if not s["healthy"]] == ["Lowfen Notices"]
    st = _cli(home, "status")
    assert "connection refused" in st.stdout  # the failing-sources table shows the page error
    with TestClient(create_app(load_config(home, {}))) as client:
        assert client.get("/api/v1/health").json()["failing_sources"] == 1
        api = {s["name"]: s for s in client.get("/api/v1/sources").json()["sources"]}
        assert api["Lowfen Notices"]["failing"] is True and api["Lowfen Notices"]["page_failures"] == 2
        assert (
            api["Tern Gazette"]["failing"] is False and api["Tern Gazette"]["last_page_success"] is not None
        )
        assert "none of its pages could be read (2 failed in a row)" in client.get("/outlets").text
        assert "none of its pages could be read" in client.get("/outlet/Lowfen Notices").text
        assert "none of its pages" not in client.get("/outlet/Half Dead").text


def test_page_health_rule_resets_on_a_stored_page_and_expires_after_a_week() -> None:
    from datetime import UTC, datetime, timedelta

    from plainwire.store import pages_failing

    now = datetime.now(UTC)
    assert not pages_failing(1, None)  # one failure is not yet a pattern
    assert pages_failing(2, None)  # never stored a page
    assert not pages_failing(5, now - timedelta(days=1))  # stored one yesterday: links may just be bad
    assert pages_failing(2, now - timedelta(days=8))  # nothing stored for over a week


def test_status_rejects_an_empty_window(tmp_path: Path) -> None:
    pipeline, _ = make_pipeline(tmp_path)
    pipeline.close()
    pipeline.store.close()
    for bad in ("0", "-5"):
        proc = _cli(tmp_path, "status", "--hours", bad)
        assert proc.returncode == 2 and "--hours" in proc.stderr, (
            proc.stderr
        )  # was a ZeroDivisionError traceback
        assert "Traceback" not in proc.stderr
    proc = _cli(tmp_path, "status", "--errors", "-1")
    assert proc.returncode == 2 and "--errors" in proc.stderr
    assert _cli(tmp_path, "status", "--hours", "0.5").returncode == 0


def test_serve_on_a_busy_port_fails_clearly(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = _cli(tmp_path, "serve", "--port", str(port))
    # was: exit code 3 from deep inside uvicorn, after claiming "reader on http://…"
    assert proc.returncode == 1, proc.stderr
    assert f"the reader could not listen on 127.0.0.1:{port}" in proc.stderr


def test_opml_import_errors_name_the_file_once(tmp_path: Path) -> None:
    bad = tmp_path / "outlets.opml"
    bad.write_text("<opml><body><outline", encoding="utf-8")
    for path in (bad, tmp_path / "missing.opml"):
        proc = _cli(tmp_path, "sources", "import", str(path))
        assert proc.returncode == 1
        err = " ".join(proc.stderr.split())  # rich wraps long lines
        assert err.count(str(path)) == 1, err  # was "error: FILE: FILE: malformed OPML ..."


def test_prune_with_a_zero_age_says_why_nothing_happens(tmp_path: Path) -> None:
    pipeline, _ = make_pipeline(tmp_path)
    pipeline.close()
    pipeline.store.close()
    proc = _cli(tmp_path, "prune", "--keep", "0d")
    # was "give --keep (e.g. 90d)" to someone who had just given --keep
    assert proc.returncode == 2 and "--keep 0d keeps everything" in " ".join(proc.stderr.split())
    proc = _cli(tmp_path, "prune")
    assert proc.returncode == 2 and "keep_days is 0" in " ".join(proc.stderr.split())
