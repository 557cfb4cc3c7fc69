"""Polling: fetch each outlet's feed (conditional GET), record its health, queue the
entries whose pages are new or changed."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from plainwire.errors import PlainwireError
from plainwire.models import FeedEntry
from plainwire.pipeline.base import PipelineBase
from plainwire.pipeline.entries import entry_to_json, own_updates
from plainwire.pipeline.report import PassReport
from plainwire.store import OutletRow

log = logging.getLogger(__name__)


class PollingMixin(PipelineBase):
    """Feeds to queue items."""

    def poll(self, row: OutletRow, report: PassReport) -> list[FeedEntry]:
        """Fetch one outlet's feed (conditional GET) and return its entries."""
        return self.record_poll(row, self.fetch_feed(row), report)

    def fetch_feed(self, row: OutletRow) -> tuple[Any, list[FeedEntry]] | PlainwireError:
        """The network half of a poll (thread-safe, writes nothing): ``(result, entries)`` or the error."""
        from plainwire.sources.feeds import parse_feed

        url = row.outlet.feed_url
        try:
            res = self.fetcher.get(url, etag=row.etag, last_modified=row.last_modified)
            if res.not_modified:
                return res, []
            # Only the first max_items_per_feed are used (record_poll), so only those are
            # parsed: a feed of 100,000 items costs no more than one of a few hundred.
            entries = parse_feed(
                res.content,
                url=res.final_url or url,
                source=row.outlet.name,
                max_entries=self.config.max_items_per_feed,
            )
            return res, entries
        except PlainwireError as exc:
            return exc
        except Exception as exc:  # a bug on one feed must not stop the others: count it as a failed poll
            log.exception("unexpected error polling %s", url)
            return PlainwireError(f"unexpected error: {exc!r}", input=url)

    def record_poll(
        self, row: OutletRow, outcome: tuple[Any, list[FeedEntry]] | PlainwireError, report: PassReport
    ) -> list[FeedEntry]:
        """The store half of a poll: source health, errors; returns the entries to queue."""
        url = row.outlet.feed_url
        if isinstance(outcome, PlainwireError):
            self.store.record_poll_failure(row.id, str(outcome))
            self.store.record_error("poll", url, outcome.code, str(outcome))
            report.sources_failed += 1
            report.error(f"{row.outlet.name}: {outcome}")
            return []
        res, entries = outcome
        self.store.record_poll_success(row.id, etag=res.etag, last_modified=res.last_modified)
        if res.not_modified:
            report.sources_not_modified += 1
            return []
        report.sources_ok += 1
        entries = entries[: self.config.max_items_per_feed]
        report.entries_seen += len(entries)
        return entries

    # -- the queue between fetching and processing ---------------------------------------

    def enqueue(self, row: OutletRow, entries: Iterable[FeedEntry]) -> int:
        """Queue the entries whose pages are not stored (or queued) yet; returns how many."""
        from plainwire.extract import canonical_url

        items: dict[str, tuple[str, int | None, str]] = {}
        entries = own_updates(list(entries))
        for e in entries:
            url = canonical_url(e.url)
            if url not in items:
                items[url] = (url, row.id, json.dumps(entry_to_json(e), ensure_ascii=False))
        return self.store.queue_add(
            items.values(), revisit_every=self.config.revisit_every, revisit_days=self.config.revisit_days
        )
