"""Graceful shutdown of a real `plainwire run` on SIGTERM and SIGINT."""

from __future__ import annotations

import json
import signal
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from tests import newsroom
from tests.conftest import SiteServer
from tests.ops.proc import Running, add_newsroom, wait_settled


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_run_stops_cleanly_on_signal(tmp_path: Path, newsroom_site: SiteServer, sig: int) -> None:
    home = tmp_path / "home"
    add_newsroom(home, newsroom_site)
    with Running(home) as run:
        port = run.wait_port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as resp:
            assert resp.status == 200
        wait_settled(home / "plainwire.sqlite3", len(newsroom.PIECES), run)
        run.signal(sig)
        code = run.wait(60)
    assert code == 0, run.log
    events = [json.loads(line) for line in run.log.splitlines() if line.startswith("{")]
    msgs = [e["msg"] for e in events]
    assert any(m.startswith("stopping (signal") for m in msgs) and "stopped" in msgs, run.log
    assert "scheduler stopped" in msgs
    assert not any(e["level"] in ("error", "critical") for e in events), run.log
    # closed cleanly: the WAL was checkpointed away and the file is whole
    db = home / "plainwire.sqlite3"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == len(newsroom.PIECES)
    conn.close()


def test_signal_during_ingest_leaves_work_queued(tmp_path: Path, newsroom_site: SiteServer) -> None:
    """Stopping while articles are being processed abandons nothing: what is not stored stays queued."""
    home = tmp_path / "home"
    add_newsroom(home, newsroom_site)
    with Running(home) as run:
        run.wait_port()
        db = home / "plainwire.sqlite3"
        import time

        end = time.monotonic() + 60
        while time.monotonic() < end:  # stop as soon as the first articles were queued
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                n = conn.execute("SELECT COUNT(*) FROM queue").fetchone()[0]
            except sqlite3.OperationalError:
                n = 0
            conn.close()
            if n:
                break
            time.sleep(0.02)
        run.signal(signal.SIGTERM)
        assert run.wait(60) == 0, run.log
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
    queued = {r[0]: r[1] for r in conn.execute("SELECT url, state FROM queue")}
    conn.close()
    # every queued page is either stored (and done) or still pending: nothing lost
    for url, state in queued.items():
        assert (state == "done") == (url in stored), (url, state)
    assert stored <= set(queued)


def test_one_main_job_per_home(tmp_path: Path, newsroom_site: SiteServer) -> None:
    import subprocess
    import sys

    from tests.ops.proc import env_for

    home = tmp_path / "home"
    add_newsroom(home, newsroom_site)
    with Running(home) as run:
        run.wait_port()
        second = subprocess.run(
            [sys.executable, "-m", "plainwire.cli.main", "run", "--once"],
            env=env_for(home),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1
        assert f"another plainwire run is using this home (pid {run.proc.pid})" in second.stderr
        run.kill()  # SIGKILL leaves the lock file behind; the lock itself dies with the process
    again = subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", "run", "--once"],
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert again.returncode == 0, again.stderr
