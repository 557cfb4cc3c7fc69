"""Run the real `plainwire` CLI in a subprocess against a test home."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests import newsroom
from tests.conftest import SiteServer

# Fast and local: no politeness delay against the fixture server, loopback allowed.
TEST_ENV = {
    "PLAINWIRE_ALLOW_PRIVATE_NETWORKS": "1",
    "PLAINWIRE_FETCH_HOST_INTERVAL": "0",
    "PLAINWIRE_FETCH_TIMEOUT": "10",
    "PLAINWIRE_LOG_FORMAT": "json",
    "COLUMNS": "200",
}


def env_for(home: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")}
    return base | TEST_ENV | {"PLAINWIRE_HOME": str(home)}


def cli(home: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args],
        env=env_for(home),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise AssertionError(
            f"plainwire {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        )
    return proc


def add_newsroom(home: Path, site: SiteServer) -> None:
    for key, info in newsroom.OUTLETS.items():
        cli(home, "sources", "add", site.base + newsroom.feed_path(key), "--name", info["name"])


class Running:
    """A `plainwire run --port 0` process; collects stderr, knows the reader's port."""

    def __init__(self, home: Path, *args: str, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "plainwire.cli.main", "run", "--port", "0", *args],
            env=env_for(home) | (env or {}),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.port: int | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)
            m = re.search(r"reader on http://[\d.]+:(\d+)/", line)
            if m and self.port is None:
                self.port = int(m.group(1))

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def wait_port(self, timeout: float = 60) -> int:
        end = time.monotonic() + timeout
        while self.port is None and time.monotonic() < end and self.proc.poll() is None:
            time.sleep(0.05)
        if self.port is None:
            raise AssertionError(f"no reader port; exit {self.proc.poll()}\n{self.log}")
        return self.port

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def wait(self, timeout: float) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code

    def __enter__(self) -> Running:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.kill()
        self._reader.join(5)
        if self.proc.stderr is not None:
            self.proc.stderr.close()


def settled(db: Path, expected_articles: int) -> bool:
    """All expected articles stored, nothing queued, every story synthesised as it stands."""
    if not db.exists():
        return False
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        if n < expected_articles:
            return False
        pending = conn.execute("SELECT COUNT(*) FROM queue WHERE state = 'pending'").fetchone()[0]
        unclustered = conn.execute("SELECT COUNT(*) FROM articles WHERE story_id IS NULL").fetchone()[0]
        dirty = conn.execute(
            "SELECT COUNT(*) FROM stories WHERE dirty = 1 AND merged_into IS NULL"
        ).fetchone()[0]
        return pending == 0 and unclustered == 0 and dirty == 0
    except sqlite3.OperationalError:  # schema not created yet
        return False
    finally:
        conn.close()


def wait_settled(db: Path, expected_articles: int, run: Running, timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if settled(db, expected_articles):
            return
        if run.proc.poll() is not None:
            raise AssertionError(f"plainwire run exited {run.proc.returncode}\n{run.log}")
        time.sleep(0.2)
    raise AssertionError(f"store did not settle in {timeout}s\n{run.log[-4000:]}")
