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
        # close() bumps the generation: connections of older generations are reopened on use
        # (the app may be started and stopped more than once, e.g. by test clients).
        self._generation = 0

    def get(self) -> Store:
        held: tuple[int, Store] | None = getattr(self._local, "store", None)
        if held is not None and held[0] == self._generation:
            return held[1]
        store = Store(self.path, readonly=True)
        with self._lock:
            self._local.store = (self._generation, store)
            self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            self._generation += 1
            stores, self._all = self._all, []
        for s in stores:
            try:
                s.close()
            except Exception:  # a connection owned by a finished thread may already be gone
                log.debug("closing reader connection failed", exc_info=True)
