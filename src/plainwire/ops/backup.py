"""Online backup of a store (SQLite backup API): safe while ``plainwire run`` writes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from plainwire.errors import StoreError
from plainwire.store import Store


def backup(store: Store, dest: str | Path, *, overwrite: bool = False) -> Path:
    """Copy ``store`` to ``dest`` atomically (written beside it, then renamed) and check it."""
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise StoreError("backup target exists (use --force to replace it)", input=str(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        store.backup_to(tmp)
        conn = sqlite3.connect(str(tmp))
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            conn.close()
        if result != "ok":
            raise StoreError(f"backup failed its integrity check: {result}", input=str(dest))
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest
