"""Data retention: article bodies older than ``keep_days`` are dropped; stories stay."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from plainwire.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetentionReport:
    bodies_dropped: int
    errors_deleted: int
    queue_deleted: int


def apply_retention(store: Store, keep_days: float, *, now: float | None = None) -> RetentionReport:
    """Drop bodies of articles published more than ``keep_days`` ago (whose story is no
    longer live), and old error-log and finished queue rows. Titles, links, analyses and
    every story's synthesis are kept, so story pages stay whole."""
    if keep_days <= 0:
        return RetentionReport(0, 0, 0)
    cutoff = (time.time() if now is None else now) - keep_days * 86400.0
    dropped = store.drop_bodies(cutoff)
    errors, queued = store.prune_log(cutoff)
    if dropped or errors or queued:
        log.info(
            "retention %.0f days: %d article bodies dropped, %d errors and %d queue rows deleted",
            keep_days,
            dropped,
            errors,
            queued,
        )
    return RetentionReport(dropped, errors, queued)
