"""The work queue and the poll schedules (issue 8).

Owned by the operations code (plainwire.scheduler, plainwire.ops). Each write is one short
transaction, so a kill at any moment leaves the queue consistent.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from typing import Any

from plainwire.models import parse_time
from plainwire.store.base import StoreBase


class QueueMixin(StoreBase):
    """Queue items (pages to fetch) and outlets' poll schedules."""

    def queue_add(
        self,
        items: Iterable[tuple[str, int | None, str]],
        *,
        revisit_every: float = 900.0,
        revisit_days: float = 3.0,
    ) -> int:
        """Queue ``(canonical url, outlet id, entry JSON)`` items not stored or queued yet,
        and again those whose page the feed says changed since it was fetched: at most every
        ``revisit_every`` seconds per page (however often the feed moves the date) and while
        the last fetch is under ``revisit_days`` old (0 = never; settings of the same names)."""
        now = time.time()
        added = 0
        with self.transaction() as c:
            for url, outlet_id, entry in items:
                if c.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone():
                    if revisit_days > 0:
                        added += self._revisit(c, url, entry, now, revisit_every, revisit_days)
                    continue
                cur = c.execute(
                    "INSERT OR IGNORE INTO queue(url, outlet_id, entry, enqueued_at, updated_at) VALUES (?,?,?,?,?)",
                    (url, outlet_id, entry, now, now),
                )
                added += cur.rowcount
        return added

    def _revisit(
        self, c: sqlite3.Connection, url: str, entry: str, now: float, every: float, days: float
    ) -> int:
        """Put a stored article's finished queue item back to pending when its feed entry's
        ``updated`` moved past what we fetched (the outlet updated the article in place: a
        result declared, a death toll raised). Returns 1 if requeued.

        "Past what we fetched" is the entry's previous ``updated`` when the feed gave one
        (feeds' clocks and ours need not agree), else the time of the last fetch."""
        stamp = _updated_of(entry)
        if stamp is None or stamp > now + 300.0:  # no date, or a clock in the future
            return 0
        row = c.execute("SELECT id, state, entry, updated_at FROM queue WHERE url = ?", (url,)).fetchone()
        if row is None or row["state"] != "done":
            return 0  # fetched another way, pending already, or given up on
        fetched = float(row["updated_at"])
        before = _updated_of(row["entry"])
        if stamp <= (fetched if before is None else before):
            return 0
        if now - fetched < every or now - fetched > days * 86400.0:
            return 0
        c.execute(
            "UPDATE queue SET state = 'pending', entry = ?, attempts = 0, not_before = 0, updated_at = ?,"
            " last_error = NULL WHERE id = ?",
            (entry, now, row["id"]),
        )
        return 1

    def queue_claim(self, limit: int, *, now: float | None = None) -> list[dict[str, Any]]:
        """The oldest pending items that may be tried now (claims are not persisted: a
        crash simply leaves them pending)."""
        # Oldest publication first (undated last), so the clusterer sees stories grow in
        # time order even when one poll brings a new source's whole history.
        rows = self.conn.execute(
            "SELECT id, url, outlet_id, entry, attempts FROM queue WHERE state = 'pending' AND not_before <= ?"
            " ORDER BY json_extract(entry, '$.published') IS NULL, json_extract(entry, '$.published'), id LIMIT ?",
            (time.time() if now is None else now, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def queue_done(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        now = time.time()
        with self.transaction() as c:
            c.executemany(
                "UPDATE queue SET state = 'done', updated_at = ? WHERE id = ?", [(now, i) for i in ids]
            )
            # its outlet's pages work (source health: pages_failing)
            c.executemany(
                "UPDATE outlets SET last_page_success = ?, page_failures = 0 "
                "WHERE id = (SELECT outlet_id FROM queue WHERE id = ?)",
                [(now, i) for i in ids],
            )

    def queue_retry(
        self, item_id: int, error: str, *, delay: float, max_attempts: int, now: float | None = None
    ) -> str:
        """Count a failed attempt; the item waits ``delay`` seconds, or is marked failed
        after ``max_attempts``. Returns the new state."""
        now = time.time() if now is None else now
        with self.transaction() as c:
            row = c.execute("SELECT attempts FROM queue WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                return "missing"
            attempts = int(row["attempts"]) + 1
            state = "failed" if attempts >= max_attempts else "pending"
            c.execute(
                "UPDATE queue SET attempts = ?, state = ?, not_before = ?, last_error = ?, updated_at = ? WHERE id = ?",
                (attempts, state, now + delay, error, now, item_id),
            )
            c.execute(
                "UPDATE outlets SET page_failures = page_failures + 1, last_page_error = ? "
                "WHERE id = (SELECT outlet_id FROM queue WHERE id = ?)",
                (error, item_id),
            )
        return state

    def queue_counts(self) -> dict[str, int]:
        counts = {"pending": 0, "done": 0, "failed": 0}
        counts |= {
            r[0]: int(r[1]) for r in self.conn.execute("SELECT state, COUNT(*) FROM queue GROUP BY state")
        }
        return counts

    def queue_next_due(self) -> float | None:
        row = self.conn.execute("SELECT MIN(not_before) FROM queue WHERE state = 'pending'").fetchone()
        return None if row[0] is None else float(row[0])

    def poll_schedules(self) -> dict[int, dict[str, Any]]:
        """outlet id -> ``{"next_poll_at", "poll_every", "rate_per_day"}`` (None when unknown)."""
        return {
            int(r["id"]): {
                "next_poll_at": r["next_poll_at"],
                "poll_every": r["poll_every"],
                "rate_per_day": r["rate_per_day"],
            }
            for r in self.conn.execute("SELECT id, next_poll_at, poll_every, rate_per_day FROM outlets")
        }

    def outlet_names(self) -> dict[int, str]:
        """outlet id -> name, every outlet (cheap: no article counts)."""
        return {int(r[0]): r[1] for r in self.conn.execute("SELECT id, name FROM outlets")}

    def next_poll_due(self) -> float | None:
        """When the next poll of an enabled outlet is due (0.0 = one never polled); None = no outlets."""
        row = self.conn.execute(
            "SELECT MIN(COALESCE(next_poll_at, 0.0)), COUNT(*) FROM outlets WHERE enabled = 1"
        ).fetchone()
        return float(row[0]) if row[1] else None

    def set_poll_schedule(
        self, outlet_id: int, *, next_poll_at: float, poll_every: float, rate_per_day: float | None
    ) -> None:
        with self.transaction() as c:
            c.execute(
                "UPDATE outlets SET next_poll_at = ?, poll_every = ?, rate_per_day = ? WHERE id = ?",
                (next_poll_at, poll_every, rate_per_day, outlet_id),
            )


def _updated_of(entry: str) -> float | None:
    """The ``updated`` of a queued feed entry (JSON), as epoch seconds."""
    try:
        changed = parse_time(json.loads(entry).get("updated"))
    except (ValueError, AttributeError, TypeError):
        return None
    return None if changed is None else changed.timestamp()
