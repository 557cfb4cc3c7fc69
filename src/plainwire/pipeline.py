"""One pass of the main job: poll sources, fetch and extract new articles, analyse,
cluster, store, and re-synthesise the stories that changed.

Each step is idempotent: re-running a pass over the same inputs changes nothing, and a
crash between steps leaves the store consistent (articles are stored before they are
clustered; a story is re-synthesised whenever its membership signature differs from the
one its stored synthesis was made from).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from plainwire.errors import PlainwireError
from plainwire.models import Analysis, Article, FeedEntry, Tone
from plainwire.settings import Config
from plainwire.store import OutletRow, Store, StoredArticle

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
    stories_synthesized: int = 0
    errors: list[str] = field(default_factory=list)

    def error(self, message: str) -> None:
        log.warning("%s", message)
        self.errors.append(message)


def story_id_for(article: Article) -> str:
    """Story ids derive from the first article's id: unique, stable across restarts."""
    return "s" + article.id[:12]


def stored_analysis(sa: StoredArticle) -> Analysis | None:
    if sa.genre is None or sa.tone_label is None:
        return None
    return Analysis(
        id=sa.article.id,
        language=sa.article.language,
        genre=sa.genre,  # type: ignore[arg-type]
        tone=Tone(sa.tone_label, sa.tone_score or 0.0, sa.tone_evidence),
    )


def fetcher_for(config: Config):  # type: ignore[no-untyped-def]
    """The HTTP fetcher configured from plainwire settings."""
    from plainwire.sources.fetch import FetchConfig, Fetcher

    return Fetcher(
        FetchConfig(
            user_agent=config.user_agent,
            total_timeout=config.fetch_timeout,
            max_bytes=config.max_bytes,
            allow_private_networks=config.allow_private_networks,
        )
    )


class Pipeline:
    """Holds the long-lived parts of the main job: store, fetcher, clusterer."""

    def __init__(self, store: Store, config: Config, *, fetcher: object | None = None) -> None:
        self.store = store
        self.config = config
        self.fetcher = fetcher or fetcher_for(config)
        self._clusterer: object | None = None

    # -- clustering state --------------------------------------------------------------

    @property
    def clusterer(self):  # type: ignore[no-untyped-def]
        if self._clusterer is None:
            from plainwire.cluster import OnlineClusterer

            clusterer = OnlineClusterer(id_factory=story_id_for)
            since = datetime.now(UTC) - timedelta(days=self.config.live_days)
            clusterer.restore(self.store.live_story_articles(since))
            self._clusterer = clusterer
        return self._clusterer

    # -- one pass ----------------------------------------------------------------------

    def run_once(self, *, progress: Callable[[str], None] | None = None) -> PassReport:
        report = PassReport()
        for row in self.store.outlets():
            if progress:
                progress(row.outlet.name)
            entries = self.poll(row, report)
            if entries:
                self.ingest_entries(row, entries, report)
        self.synthesize_dirty(report)
        return report

    def poll(self, row: OutletRow, report: PassReport) -> list[FeedEntry]:
        """Fetch one outlet's feed (conditional GET) and return its entries."""
        from plainwire.sources.feeds import parse_feed

        url = row.outlet.feed_url
        try:
            res = self.fetcher.get(url, etag=row.etag, last_modified=row.last_modified)  # type: ignore[attr-defined]
            if res.not_modified:
                self.store.record_poll_success(row.id, etag=res.etag, last_modified=res.last_modified)
                report.sources_not_modified += 1
                return []
            entries = parse_feed(res.content, url=res.final_url or url, source=row.outlet.name)
        except PlainwireError as exc:
            msg = f"{row.outlet.name}: {exc}"
            self.store.record_poll_failure(row.id, str(exc))
            self.store.record_error("poll", url, exc.code, str(exc))
            report.sources_failed += 1
            report.error(msg)
            return []
        self.store.record_poll_success(row.id, etag=res.etag, last_modified=res.last_modified)
        report.sources_ok += 1
        entries = entries[: self.config.max_items_per_feed]
        report.entries_seen += len(entries)
        return entries

    def ingest_entries(self, row: OutletRow, entries: list[FeedEntry], report: PassReport) -> None:
        """Fetch and extract the pages of entries not stored yet, then analyse and cluster them."""
        from plainwire.extract import canonical_url, extract_article
        from plainwire.sources.fetch import fetch_many

        by_url: dict[str, FeedEntry] = {}
        for e in entries:
            by_url.setdefault(canonical_url(e.url), e)
        known = self.store.known_urls(by_url)
        todo = {u: e for u, e in by_url.items() if u not in known}
        articles: list[Article] = []
        for url, result in fetch_many(self.fetcher, list(todo), workers=self.config.fetch_workers):
            entry = todo[url]
            if isinstance(result, Exception):
                report.error(f"{row.outlet.name}: {result}")
                self.store.record_error("fetch", url, getattr(result, "code", "error"), str(result))
                continue
            try:
                art = extract_article(result.content, result.final_url or url, entry=entry, source=row.outlet.name)
            except PlainwireError as exc:
                report.error(f"{row.outlet.name}: {exc}")
                self.store.record_error("extract", url, exc.code, str(exc))
                continue
            articles.append(art)
        self.add_articles(articles, report, outlet_id=row.id)

    def add_articles(self, articles: Iterable[Article], report: PassReport, *, outlet_id: int | None = None) -> None:
        """Analyse, store and cluster articles (oldest first, so stories grow in time order)."""
        from plainwire.analyze import analyze_many

        arts = sorted(articles, key=lambda a: a.published or datetime.now(UTC))
        if not arts:
            return
        for art, analysis in zip(arts, analyze_many(arts, workers=1), strict=True):
            if art.language is None and analysis.language:
                art = _with_language(art, analysis.language)
            outcome = self.store.put_article(art, analysis, outlet_id=outlet_id)
            if outcome == "unchanged":
                report.articles_unchanged += 1
                continue
            if outcome == "updated":
                report.articles_updated += 1
                continue
            report.articles_inserted += 1
            story_id = self.clusterer.add(art)
            self.store.assign_story(art.id, story_id)

    def synthesize_dirty(self, report: PassReport) -> None:
        """Re-synthesise each story whose articles changed since its last synthesis, and only those."""
        from plainwire.synthesize import synthesize

        for sid in self.store.dirty_stories():
            sig = self.store.story_signature(sid)
            if sig == self.store.synthesized_signature(sid):
                self.store.mark_clean(sid)
                continue
            stored = self.store.story_articles(sid)
            if not stored:
                self.store.mark_clean(sid)
                continue
            analyses = {sa.article.id: a for sa in stored if (a := stored_analysis(sa)) is not None}
            try:
                synthesis = synthesize(sid, [sa.article for sa in stored], analyses or None)
            except Exception as exc:  # one bad story must not stop the others
                log.exception("synthesis failed for story %s", sid)
                self.store.record_error("synthesize", sid, "synthesis_failed", repr(exc))
                report.error(f"story {sid}: synthesis failed: {exc!r}")
                continue
            self.store.save_synthesis(synthesis, sig)
            report.stories_synthesized += 1


def _with_language(art: Article, language: str) -> Article:
    from dataclasses import replace

    return replace(art, language=language)
