"""What a pass of the main job (or a re-cluster) did: the records the CLI shows."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class PassReport:
    """What one pass did; shown by the CLI and kept for status."""

    sources_ok: int = 0
    sources_not_modified: int = 0
    sources_failed: int = 0
    entries_seen: int = 0
    articles_inserted: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    #: Pages found to be withdrawal notices (counted among inserted/updated too).
    articles_withdrawn: int = 0
    #: Stored copies superseded by the article at its new URL (a 301, a canonical link).
    articles_moved: int = 0
    stories_synthesized: int = 0
    queued: int = 0
    queue_failed: int = 0
    errors: list[str] = field(default_factory=list)

    def error(self, message: str) -> None:
        log.warning("%s", message)
        self.errors.append(message)


@dataclass(frozen=True)
class ReclusterSummary:
    """What a re-cluster pass over a window found (and, unless a dry run, applied)."""

    articles: int
    moved: int
    absorbed: int
    created: int
    unchanged: int
