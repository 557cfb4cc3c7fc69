"""The store's connection: one SQLite file, WAL mode, versioned migrations, transactions."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

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
        self.readonly = readonly
        if self.path != ":memory:" and not readonly:  # (reading creates nothing)
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's directory: {exc}", input=self.path) from None
        try:
            self.conn = _connect_readonly(self.path) if readonly else sqlite3.connect(self.path, **_CONNECT)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store: {exc}", input=self.path) from exc
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        # SQLite reads the file only at the first statement: a read-only, corrupt, locked or
        # full store fails here, and must say which file and what to do, not show a traceback.
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:  # (read-only, the file is read at the first query: ``check_readable``)
                self._check_version()  # a newer plainwire's store is not touched, not even its journal mode
                if self.path != ":memory:":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except BaseException as exc:
            self.conn.close()
            if _is_store_fault(exc):
                raise store_error(exc, self.path, "cannot open store") from exc
            raise

    # -- lifecycle -------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version."""
        version = self._check_version()
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                # executescript would COMMIT our transaction; run statements one by one instead.
                for stmt in _split_sql(MIGRATIONS[target - 1]):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {target}")
            log.info("store %s migrated to schema v%d", self.path, target)
        return SCHEMA_VERSION

    def check_readable(self) -> None:
        """Read the store's header now, for a command that opened it read-only (which reads
        the file only at its first query): a damaged file, or a newer plainwire's store, is
        then one ``StoreError`` naming the file, as a writable open gives."""
        try:
            self._check_version()
        except sqlite3.DatabaseError as exc:
            if _is_store_fault(exc):
                raise store_error(exc, self.path, "cannot open store") from exc
            raise

    def _check_version(self) -> int:
        """The store's schema version; ``StoreError`` when a newer plainwire wrote it."""
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store schema v{version} is newer than this plainwire (v{SCHEMA_VERSION}); "
                "upgrade plainwire to use it (the store was left unchanged)",
                input=self.path,
            )
        return version

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. A store that cannot be written (full disk, read-only file,
        locked past the busy timeout, corrupt) raises ``StoreError`` naming the file; the
        transaction is rolled back, so what was stored before stays as it was."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                if _is_store_fault(exc):
                    raise store_error(exc, self.path, "cannot write to store") from exc
                raise
            try:
                yield self.conn
            except BaseException as exc:
                if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                    self.conn.execute("ROLLBACK")
                if _is_store_fault(exc):
                    raise store_error(exc, self.path, "cannot write to store") from exc
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.DatabaseError as exc:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    if _is_store_fault(exc):
                        raise store_error(exc, self.path, "cannot write to store") from exc
                    raise


_CONNECT: dict[str, Any] = {"timeout": 30.0, "isolation_level": None, "check_same_thread": False}


def _connect_readonly(path: str) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``). On read-only media (a read-only file or directory,
    a read-only mount) a store in WAL mode cannot be opened so: SQLite needs its ``-shm`` file
    beside it and cannot create one. It is then opened ``immutable=1``: SQLite reads the file as
    one that does not change, with no lock and no ``-shm``, which is what a store there is (no
    writer can use WAL in that directory either). Writes on either connection fail as writes
    to a read-only store do ("attempt to write a readonly database")."""
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, **_CONNECT)
    try:
        conn.execute("PRAGMA user_version").fetchone()  # SQLite opens the file at the first statement
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc).lower() and os.path.isfile(path):
            conn.close()
            log.info("store %s is on read-only media; reading it as an unchanging file (immutable)", path)
            return sqlite3.connect(uri + "&immutable=1", uri=True, **_CONNECT)
        # any other fault (a damaged file, a lock) shows at the first query, as it did before
    except sqlite3.DatabaseError:
        pass  # (not a database: the same)
    return conn


# What SQLite's messages mean for someone running plainwire, and what to do about it.
_HINTS = (
    ("readonly", "the store is read-only (file or directory permissions, or a read-only mount)"),
    ("unable to open", "the file or its directory cannot be opened (permissions? a missing mount?)"),
    ("locked", "another process holds a write lock on the store (waited 30s); try again when it is done"),
    ("disk is full", "the disk is full; free space and run again (nothing stored was lost)"),
    ("not a database", "not a SQLite database, or damaged; restore the file from a backup"),
    ("malformed", "the database file is damaged; restore it from a backup"),
    ("disk i/o", "a disk I/O error; check the disk and restore the file from a backup if needed"),
)


def _hint(exc: BaseException) -> str | None:
    message = str(exc).lower()
    return next((h for key, h in _HINTS if key in message), None)


def _is_store_fault(exc: BaseException) -> bool:
    """SQLite failing on the file itself (full, read-only, locked, damaged), as opposed to a
    mistake in our own SQL or a broken constraint, which keeps its type and traceback."""
    return isinstance(exc, sqlite3.DatabaseError) and _hint(exc) is not None


def store_error(exc: BaseException, path: str | None, what: str) -> StoreError:
    """``exc`` as a ``StoreError`` naming the store file, with a hint when SQLite's message has one."""
    hint = _hint(exc)
    return StoreError(f"{what}: {exc}" + (f" ({hint})" if hint else ""), input=path)


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
