"""The queue between fetching and processing: fetch and extract one batch of queued
pages, store them, and retry (or give up on) the ones that fail."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from typing import Any

from plainwire.errors import BlockedAddressError, PlainwireError
from plainwire.models import Article, FeedEntry
from plainwire.pipeline.entries import entry_from_json
from plainwire.pipeline.moves import MovesMixin
from plainwire.pipeline.report import PassReport
from plainwire.pipeline.storing import StoringMixin

log = logging.getLogger(__name__)


class QueueMixin(StoringMixin, MovesMixin):
    """Queue items to stored articles."""

    def process_queue(
        self, report: PassReport, *, limit: int | None = None, stop: threading.Event | None = None
    ) -> int:
        """Fetch, extract, analyse, store and cluster one batch of queued pages.

        Returns the number of items taken (0 = nothing due). An item is marked done only
        after its article is stored and clustered, so a crash anywhere leaves it pending
        and the next run redoes it; every step below is idempotent.
        """
        from plainwire.extract import extract_article
        from plainwire.sources.fetch import HttpStatusError, TooLargeError

        items = self.store.queue_claim(limit or self.config.queue_batch, now=self.clock())
        if not items:
            return 0
        names = self.store.outlet_names()
        by_url = {it["url"]: it for it in items}
        articles: list[Article] = []
        outlet_of: dict[str, int] = {}
        item_of: dict[str, list[dict[str, Any]]] = {}  # article id -> its queue item(s)
        redirected: list[tuple[str, Article]] = []  # (queued URL, the article it led to)
        for url, result in self.fetcher.fetch_many(list(by_url), max_workers=self.config.fetch_workers):
            item = by_url[url]
            name = names.get(item["outlet_id"], "")
            if isinstance(result, Exception):
                # Client errors (404, 410...) will not heal, nor will a link to an address the
                # guard refuses or a page over the size limit: give up at once; others back off.
                status = getattr(result, "status", 0)
                permanent = isinstance(result, BlockedAddressError | TooLargeError) or (
                    isinstance(result, HttpStatusError) and 400 <= status < 500 and status not in (408, 429)
                )
                if status in (404, 410) and self.store.mark_gone(url):
                    # A stored article's page is gone: noted, its claims kept (a page taken
                    # offline is no retraction; docs/ingest.md).
                    log.info("%s: the stored article's page answers %d", url, status)
                self._retry(item, result, report, stage="fetch", source=name, permanent=permanent)
                continue
            entry = entry_from_json(json.loads(item["entry"]))
            try:
                art = extract_article(
                    result.markup,
                    result.final_url or url,
                    entry=entry,
                    source=name or entry.source,
                )
            except Exception as exc:  # unreadable page, or a bug on this page: it fails alone
                if not isinstance(exc, PlainwireError):
                    log.exception("unexpected error extracting %s", url)
                notice = (
                    self._short_notice(result, url, entry, name) if isinstance(exc, PlainwireError) else None
                )
                if notice is None:
                    self._retry(item, exc, report, stage="extract", source=name, permanent=True)
                    continue
                art = notice
            articles.append(art)
            if art.url != url:  # redirected, or another canonical URL: a copy under ``url`` is old
                redirected.append((url, art))
            # Two feed URLs can lead to one article (a canonical link): both items finish with it.
            item_of.setdefault(art.id, []).append(item)
            if item["outlet_id"] is not None:
                outlet_of[art.id] = item["outlet_id"]
            if stop is not None and stop.is_set():
                break  # what is not stored yet stays pending for the next run
        candidates = self._move_candidates(articles, outlet_of)
        try:
            self.add_articles(articles, report, outlets=outlet_of)
        except Exception:
            # One article breaks a later stage: redo them one by one so only it fails
            # (a poison item must not block the queue forever).
            log.exception("batch of %d articles failed; retrying one by one", len(articles))
            for art in articles:
                try:
                    self.add_articles([art], report, outlets=outlet_of)
                except Exception as exc:
                    log.exception("article %s failed", art.url)
                    for it in item_of.pop(art.id, []):
                        self._retry(it, exc, report, stage="process", source=art.source, permanent=True)
        self._settle_moves(redirected, candidates, report)
        self.store.queue_done(it["id"] for its in item_of.values() for it in its)
        return len(items)

    def _short_notice(self, result: Any, url: str, entry: FeedEntry, name: str) -> Article | None:
        """A page extraction refused, read as a withdrawal notice (pipeline/notices.py)."""
        from plainwire.extract import canonical_url
        from plainwire.pipeline.notices import notice_article

        final = canonical_url(result.final_url or url)
        # The stored article keeps its key: a revisited URL whose row exists is that article.
        stored = self.store.article_story(url)
        return notice_article(
            result.markup,
            url if stored is not None else final,
            entry=entry,
            source=name or entry.source,
            published=entry.published,
        )

    def _retry(
        self,
        item: Mapping[str, Any],
        exc: Exception,
        report: PassReport,
        *,
        stage: str,
        source: str,
        permanent: bool,
    ) -> None:
        code = getattr(exc, "code", "error")
        self.store.record_error(stage, item["url"], code, str(exc))
        delay = min(6 * 3600.0, 60.0 * 2 ** int(item["attempts"]))
        state = self.store.queue_retry(
            item["id"],
            str(exc),
            delay=delay,
            max_attempts=1 if permanent else self.config.queue_max_attempts,
            now=self.clock(),
        )
        if state == "failed":
            report.queue_failed += 1
        report.error(f"{source or item['url']}: {exc}")
