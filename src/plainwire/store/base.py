"""The store's connection: one SQLite file, WAL mode, versioned migrations, transactions."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from plainwire.errors import StoreError
from plainwire.store.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)


class StoreBase:
    """The connection of a plainwire SQLite store: opening, migrations, transactions.

    Thread-safe for one writer (a lock serialises writes). ``Store`` adds the queries, by
    concern: ``QueueMixin`` (work queue, poll schedules), ``ReaderQueries`` (the reader's
    read-only queries) and its own methods (outlets, articles, stories, operations)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        uri = f"file:{self.path}?mode=ro" if readonly else self.path
        try:
            self.conn = sqlite3.connect(
                uri, uri=readonly, timeout=30.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store: {exc}", input=self.path) from exc
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # -- lifecycle -------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version."""
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store schema v{version} is newer than this plainwire (v{SCHEMA_VERSION})", input=self.path
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                # executescript would COMMIT our transaction; run statements one by one instead.
                for stmt in _split_sql(MIGRATIONS[target - 1]):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {target}")
            log.info("store %s migrated to schema v%d", self.path, target)
        return SCHEMA_VERSION

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    out, buf, depth = [], [], 0
    for line in script.splitlines():
        s = line.strip()
        if not s:
            continue
        buf.append(line)
        if re.search(r"\bBEGIN$", s):
            depth += 1
        if s == "END;":
            depth -= 1
        if s.endswith(";") and depth == 0:
            out.append("\n".join(buf))
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return out
