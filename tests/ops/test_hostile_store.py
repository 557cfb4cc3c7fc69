"""A store that cannot be used (damaged, from a newer plainwire, locked, full) gives one error
line naming the file and what to do, through the real CLI; nothing stored is changed or lost.

Before the fourteenth session every such case printed a Python traceback
(``sqlite3.DatabaseError: file is not a database``...) without naming the file.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from plainwire.errors import StoreError
from plainwire.models import Outlet
from plainwire.store import Store


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")} | {
        "COLUMNS": "250",
        "PLAINWIRE_LOG_FORMAT": "human",
    }
    cmd = [sys.executable, "-m", "plainwire.cli.main", *args, "--home", str(home)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _stored_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    with Store(home / "plainwire.sqlite3") as store:
        store.add_outlet(Outlet("Gull Rock Notes", "http://gull.example/feed.xml"))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return home


def _damage(kind: str, db: Path) -> str:
    if kind == "not-a-database":
        db.write_bytes(bytes(range(256)) * 16)
        return "not a SQLite database"
    if kind == "truncated":
        # Half the pages gone: the schema still reads, the tables it points at do not.
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 2])
        return "damaged"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # into the file itself, as a newer plainwire leaves it
    conn.close()
    return "upgrade plainwire"


@pytest.mark.parametrize("kind", ["not-a-database", "truncated", "newer-schema"])
@pytest.mark.parametrize("command", [("status",), ("sources", "list"), ("run", "--once")])
def test_unusable_store_is_one_clear_error_and_is_left_alone(
    tmp_path: Path, kind: str, command: tuple[str, ...]
) -> None:
    home = _stored_home(tmp_path)
    db = home / "plainwire.sqlite3"
    hint = _damage(kind, db)
    before = _md5(db)
    res = _cli(home, *command)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    line = res.stderr.strip().splitlines()[-1]
    assert line.startswith(f"error: {db}: ") and hint in line
    assert _md5(db) == before  # nothing written to (or "repaired" in) the damaged file


def test_a_full_disk_rolls_back_and_names_the_store(tmp_path: Path) -> None:
    path = tmp_path / "plainwire.sqlite3"
    store = Store(path)
    store.add_outlet(Outlet("Gull Rock Notes", "http://gull.example/feed.xml"))
    # SQLite's own page limit stands in for a full disk: the same SQLITE_FULL error.
    pages = int(store.conn.execute("PRAGMA page_count").fetchone()[0])
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StoreError) as err:
        for i in range(200):
            store.record_error("poll", f"http://gull.example/{i}", "bad_feed", "x" * 4000)
    assert err.value.input == str(path)
    assert "database or disk is full" in err.value.message and "nothing stored was lost" in err.value.message
    assert [r.outlet.name for r in store.outlets()] == ["Gull Rock Notes"]
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_a_store_locked_by_another_process_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "plainwire.sqlite3"
    store = Store(path)
    store.add_outlet(Outlet("Gull Rock Notes", "http://gull.example/feed.xml"))
    store.conn.execute("PRAGMA busy_timeout = 200")  # the store waits 30 s; the test need not
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            " c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError) as err:
            store.remove_outlet("Gull Rock Notes")
        assert err.value.input == str(path) and "locked" in err.value.message
    finally:
        holder.kill()
        holder.communicate()
    assert store.remove_outlet("Gull Rock Notes")  # usable again once the lock is gone
    store.close()


def test_a_home_that_cannot_be_created_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    res = _cli(blocker / "home", "sources", "list")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert str(blocker / "home") in res.stderr.strip().splitlines()[-1]


def test_adding_a_known_feed_again_keeps_what_it_does_not_say(tmp_path: Path) -> None:
    # `sources add` knows no region or lean: re-adding a feed imported from OPML used to erase them.
    with Store(tmp_path / "plainwire.sqlite3") as store:
        feed = "http://gull.example/feed.xml"
        oid, created = store.add_outlet(
            Outlet(
                "Gull Rock Notes",
                feed,
                home_url="http://gull.example/",
                region="Isles",
                lean="centre",
                language="en",
            )
        )
        assert created
        assert store.add_outlet(Outlet("Gull Rock News", feed)) == (oid, False)
        (row,) = store.outlets()
        assert row.outlet.name == "Gull Rock News"  # what the new one says wins
        assert (row.outlet.home_url, row.outlet.region, row.outlet.lean, row.outlet.language) == (
            "http://gull.example/",
            "Isles",
            "centre",
            "en",
        )
