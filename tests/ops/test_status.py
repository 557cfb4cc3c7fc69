"""`plainwire status` and the health helper."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from plainwire.models import Outlet
from plainwire.ops import health, status
from plainwire.store import Store
from tests.ops.helpers import fill_store


def _store_with_activity(path: Path) -> Store:
    store = Store(path)
    fill_store(store, now=datetime.now(UTC), n_stories=2, per_story=3)
    bad, _ = store.add_outlet(Outlet("Marsh Herald", "http://marsh.invalid/feed.xml"))
    for _ in range(3):
        store.record_poll_failure(bad, "connection refused")
    store.record_error("poll", "http://marsh.invalid/feed.xml", "fetch_failed", "connection refused")
    store.queue_add([("http://marsh.invalid/a.html", bad, "{}"), ("http://marsh.invalid/b.html", bad, "{}")])
    return store


def test_status_dict(tmp_path: Path) -> None:
    store = _store_with_activity(tmp_path / "s.sqlite3")
    st = status(store, window_hours=2.0)
    assert st["sources"]["total"] == 2 and st["sources"]["healthy"] == 1 and st["sources"]["failing"] == 1
    failing = [s for s in st["sources"]["list"] if not s["healthy"]]
    assert failing[0]["name"] == "Marsh Herald" and failing[0]["consecutive_failures"] == 3
    assert st["queue"] == {"pending": 2, "done": 0, "failed": 0}
    assert st["totals"] == {"articles": 6, "stories": 2, "errors": 1}
    assert st["per_hour"]["articles"] == 3.0 and st["per_hour"]["stories_created"] == 1.0
    assert st["last_errors"][0]["code"] == "fetch_failed"
    # the window moves: a day later nothing happened in the last two hours
    later = status(store, window_hours=2.0, now=time.time() + 86400)
    assert later["per_hour"]["articles"] == 0.0

    h = health(store)
    assert h["ok"] is True and h["sources"] == {"total": 2, "failing": 1}
    assert h["degraded"] == ["1 of 2 sources failing"]
    assert health(store, now=time.time() + 7200)["degraded"][-1] == "2 queued articles waiting over an hour"
    store.close()
    assert health(store)["ok"] is False  # a closed store is reported, not raised


def test_status_cli(tmp_path: Path) -> None:
    _store_with_activity(tmp_path / "plainwire.sqlite3").close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")} | {"COLUMNS": "200"}
    cmd = [sys.executable, "-m", "plainwire.cli.main", "status", "--home", str(tmp_path)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "2 (1 healthy, 1 failing)" in out and "2 pending" in out and "Marsh Herald" in out
    assert "connection refused" in out
    js = subprocess.run([*cmd, "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert json.loads(js.stdout)["queue"]["pending"] == 2
    missing = subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", "status", "--home", str(tmp_path / "nope")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and "no store" in missing.stderr
