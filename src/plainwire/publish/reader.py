"""Per-thread read-only connections to the store.

The reader runs while the pipeline writes to the same SQLite file (another thread or
process). WAL mode lets readers proceed during writes; each server thread gets its own
read-only connection so no connection is shared across threads.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from plainwire.store import Store

log = logging.getLogger(__name__)


class ReaderStores:
    """Hands each thread its own read-only :class:`Store` over one database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # Create the file and schema once (a writer may not exist yet), then read only.
        Store(self.path).close()
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for s in stores:
            try:
                s.close()
            except Exception:  # a connection owned by a finished thread may already be gone
                log.debug("closing reader connection failed", exc_info=True)
