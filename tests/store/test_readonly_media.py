"""A store on read-only media (a read-only file and directory, as a read-only mount gives):
the commands that only read it open it read-only and work; writes fail as writes to a
read-only store do, naming the file (fifteenth session). Before, every command failed to open
it ("unable to open database file"): a store in WAL mode opened ``mode=ro`` needs a ``-shm``
file beside it, which SQLite cannot create there.

Made read-only with the permission bits, or, for root (whom they do not stop), with the
immutable attribute (``chattr +i``); skipped where neither is possible.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from plainwire.errors import StoreError
from plainwire.models import Outlet
from plainwire.store import Store

OUTLET = Outlet(name="Tern Island Post", feed_url="http://127.0.0.1:9/tern/rss.xml")


def _set_readonly(paths: list[Path], on: bool) -> bool:
    """Make ``paths`` read-only (or writable again); whether that was possible."""
    if os.geteuid() != 0:
        for p in paths:
            p.chmod((0o555 if p.is_dir() else 0o444) if on else (0o755 if p.is_dir() else 0o644))
        return True
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    res = subprocess.run([chattr, "+i" if on else "-i", *map(str, paths)], capture_output=True, check=False)
    return res.returncode == 0


@pytest.fixture
def readonly_home(tmp_path: Path) -> Iterator[Path]:
    """A plainwire home whose store (one outlet) and directory are read-only."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / "plainwire.sqlite3"
    with Store(db) as store:
        store.add_outlet(OUTLET)
    paths = [db, home]
    if not _set_readonly(paths, True):
        pytest.skip("cannot make a file read-only here (not root with chattr, nor a plain user)")
    try:
        probe = home / "probe"
        with pytest.raises(OSError):
            probe.write_text("x")
        yield home
    finally:
        _set_readonly(paths, False)


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")}
    env["PLAINWIRE_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_read_only_store_is_read_and_refuses_writes(readonly_home: Path) -> None:
    db = readonly_home / "plainwire.sqlite3"
    with Store(db, readonly=True) as store:
        assert [r.outlet.name for r in store.outlets()] == [OUTLET.name]
        with pytest.raises(StoreError) as err:
            store.add_outlet(Outlet(name="Harbour Echo", feed_url="http://127.0.0.1:9/echo/rss.xml"))
    message = str(err.value)
    assert message.startswith(f"{db}: cannot write to store:") and "read-only" in message


def test_reading_commands_work_on_read_only_media(readonly_home: Path, tmp_path: Path) -> None:
    listed = _cli(readonly_home, "sources", "list")
    assert listed.returncode == 0 and "1 sources" in listed.stdout, listed.stderr
    opml = _cli(readonly_home, "sources", "export")
    assert opml.returncode == 0 and OUTLET.feed_url in opml.stdout, opml.stderr
    status = _cli(readonly_home, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["sources"]["total"] == 1
    out = tmp_path / "export"
    exported = _cli(readonly_home, "export", str(out))
    assert exported.returncode == 0, exported.stderr
    assert (out / "articles.jsonl").exists() and (out / "stories.jsonl").exists()


def test_a_writing_command_fails_naming_the_store(readonly_home: Path) -> None:
    res = _cli(readonly_home, "sources", "remove", OUTLET.name)
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert f"{readonly_home / 'plainwire.sqlite3'}: cannot" in res.stderr, res.stderr
