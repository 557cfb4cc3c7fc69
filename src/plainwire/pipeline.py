"""One pass of the main job: poll sources, fetch and extract new articles, analyse,
cluster, store, and re-synthesise the stories that changed.

Each step is idempotent: re-running a pass over the same inputs changes nothing, and a
crash between steps leaves the store consistent (articles are stored before they are
clustered; a story is re-synthesised whenever its membership signature differs from the
one its stored synthesis was made from).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from plainwire.errors import BlockedAddressError, PlainwireError
from plainwire.models import Analysis, Article, FeedEntry, Tone, is_zero_date, iso, parse_time
from plainwire.settings import Config
from plainwire.store import OutletRow, Store, StoredArticle

if TYPE_CHECKING:
    from plainwire.cluster import ClusterConfig, OnlineClusterer
    from plainwire.sources.fetch import Fetcher

log = logging.getLogger(__name__)

#: Largest share of the main job's time that rebuilding the clusterer for texts revised in
#: place may take (Pipeline._rebuild_due).
REBUILD_SHARE = 0.05


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


def fetcher_for(config: Config) -> Fetcher:
    """The HTTP fetcher configured from plainwire settings."""
    from plainwire.sources.fetch import FetchConfig, Fetcher

    return Fetcher(
        FetchConfig(
            user_agent=config.user_agent,
            total_timeout=config.fetch_timeout,
            max_bytes=config.max_bytes,
            allow_private_networks=config.allow_private_networks,
            per_host_interval=config.fetch_host_interval,
            max_workers=config.fetch_workers,
        )
    )


class Pipeline:
    """Holds the long-lived parts of the main job: store, fetcher, clusterer."""

    def __init__(self, store: Store, config: Config, *, fetcher: Fetcher | None = None) -> None:
        self.store = store
        self.config = config
        self.fetcher = fetcher or fetcher_for(config)
        self._clusterer: OnlineClusterer | None = None
        #: A stored text was revised in place since the clusterer was built (it holds the old one).
        self._revision_pending = False
        #: CPU seconds the last rebuild took, and when (monotonic) it was made.
        self._rebuild_cost = 0.0
        self._rebuilt_at = time.monotonic()
        #: Time source for queue retries (the scheduler injects its own clock).
        self.clock: Callable[[], float] = time.time

    # -- clustering state --------------------------------------------------------------

    def cluster_config(self) -> ClusterConfig:
        """The clusterer's options that the settings reach (split repair, cross-language joins)."""
        from plainwire.cluster import ClusterConfig

        repair = self.config.split_repair
        return ClusterConfig(
            repair_threshold=repair if repair > 0 else None,
            cross_language=self.config.cross_language,
        )

    @property
    def clusterer(self) -> OnlineClusterer:
        if self._clusterer is None:
            from plainwire.cluster import OnlineClusterer

            started = time.process_time()
            self._revision_pending = False  # the rebuild reads every stored revision
            clusterer = OnlineClusterer(self.cluster_config(), id_factory=story_id_for)
            since = self.live_since(time.time())
            clusterer.restore(
                self.store.live_story_articles(since), genres=self.store.live_story_genres(since)
            )
            self._clusterer = clusterer
            self._rebuild_cost, self._rebuilt_at = time.process_time() - started, time.monotonic()
        return self._clusterer

    def live_since(self, now: float) -> datetime:
        """Start of the live window. It ends at the newest stored story, not at ``now``: a
        restart (or a crash) must warm the clusterer with the same stories an uninterrupted
        run holds, even when the stored news is older than live_days."""
        newest = min(now, self.store.latest_story_update() or now)
        return datetime.fromtimestamp(newest, UTC) - timedelta(days=self.config.live_days)

    def reset_clusterer(self) -> None:
        """Drop the in-memory clustering state; the next use rebuilds it from the live
        stories in the store. Exactly what a restart does, so it changes no grouping, and
        it bounds the memory of state kept for articles that left the live window."""
        self._clusterer = None

    # -- one pass ----------------------------------------------------------------------

    def run_once(
        self, *, progress: Callable[[str], None] | None = None, stop: threading.Event | None = None
    ) -> PassReport:
        """Poll every source, work the queue empty (what is due now), re-synthesise."""
        report = PassReport()
        self.recover(report)
        for row in self.store.outlets():
            if stop is not None and stop.is_set():
                break
            if progress:
                progress(row.outlet.name)
            entries = self.poll(row, report)
            if entries:
                report.queued += self.enqueue(row, entries)
        while not (stop is not None and stop.is_set()):
            if progress:
                progress(f"articles ({self.store.queue_counts()['pending']} queued)")
            if not self.process_queue(report, stop=stop):
                break
        self.synthesize_dirty(report, stop=stop)
        return report

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
        entries = _own_updates(list(entries))
        for e in entries:
            url = canonical_url(e.url)
            if url not in items:
                items[url] = (url, row.id, json.dumps(entry_to_json(e), ensure_ascii=False))
        return self.store.queue_add(
            items.values(), revisit_every=self.config.revisit_every, revisit_days=self.config.revisit_days
        )

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
                self._retry(item, result, report, stage="fetch", source=name, permanent=permanent)
                continue
            entry = entry_from_json(json.loads(item["entry"]))
            try:
                art = extract_article(
                    result.content, result.final_url or url, entry=entry, source=name or entry.source
                )
            except Exception as exc:  # unreadable page, or a bug on this page: it fails alone
                if not isinstance(exc, PlainwireError):
                    log.exception("unexpected error extracting %s", url)
                self._retry(item, exc, report, stage="extract", source=name, permanent=True)
                continue
            articles.append(art)
            # Two feed URLs can lead to one article (a canonical link): both items finish with it.
            item_of.setdefault(art.id, []).append(item)
            if item["outlet_id"] is not None:
                outlet_of[art.id] = item["outlet_id"]
            if stop is not None and stop.is_set():
                break  # what is not stored yet stays pending for the next run
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
        self.store.queue_done(it["id"] for its in item_of.values() for it in its)
        return len(items)

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

    def recover(self, report: PassReport | None = None) -> int:
        """Cluster stored articles that never got a story (a crash between the two writes)."""
        orphans = self.store.unclustered_articles()
        for sa in orphans:
            self._place(sa.article, genre=sa.genre)
        if orphans:
            log.info("clustered %d article(s) left unclustered by an interrupted run", len(orphans))
        return len(orphans)

    def add_articles(
        self,
        articles: Iterable[Article],
        report: PassReport,
        *,
        outlet_id: int | None = None,
        outlets: Mapping[str, int] | None = None,
    ) -> None:
        """Analyse, store and cluster articles (oldest first, so stories grow in time order).

        ``outlets`` maps article id -> outlet id when a batch mixes outlets."""
        from plainwire.analyze import analyze_many

        arts = sorted((_known_dates(a) for a in articles), key=lambda a: a.published or datetime.now(UTC))
        if not arts:
            return
        lines = [self._site_lines(a) for a in arts]
        cleaned = [self._without_repeated(a, site_keys) for a, site_keys in zip(arts, lines, strict=True)]
        # Store the whole batch, then place it: a text revised in place is re-read by the
        # clusterer (rebuilt from the store, as a restart does) before the batch's new texts
        # are placed, at most once per batch however many revisions it holds.
        to_place: list[tuple[Article, str | None, str | None]] = []
        revised = False
        for (art, dropped, known), site_keys, analysis in zip(
            cleaned, lines, analyze_many([c[0] for c in cleaned], workers=1), strict=True
        ):
            if art.language is None and analysis.language:
                art = _with_language(art, analysis.language)
            oid = outlets.get(art.id, outlet_id) if outlets else outlet_id
            outcome = self.store.put_article(art, analysis, outlet_id=oid)
            if outcome != "unchanged" and site_keys is not None:
                site, keys = site_keys
                self.store.keep_repeated(art.id, dropped)
                self.store.note_lines(site, art.id, keys, time.time(), gone=known)
            if outcome != "inserted":
                if outcome == "unchanged":
                    report.articles_unchanged += 1
                else:
                    report.articles_updated += 1
                stored = self.store.article_story(art.url)
                if stored is not None and stored[1] is None:  # stored, then interrupted before clustering
                    to_place.append((art, stored[0], analysis.genre))
                elif stored is not None and outcome == "updated":
                    revised = True
                continue
            report.articles_inserted += 1
            to_place.append((art, None, analysis.genre))
        self._revision_pending |= revised
        if self._revision_pending and self._rebuild_due():
            # The live clusterer still holds the text as first read (its time span, its
            # terms): rebuild it from the store, which holds the revision, as a restart
            # would (the revised article keeps its story; docs/operations.md).
            self.reset_clusterer()
        for art, article_id, genre in to_place:
            self._place(art, article_id, genre=genre)
        self._settle_repeats(lines)

    def _rebuild_due(self) -> bool:
        """Whether a rebuild for revised texts may run now: at most ``REBUILD_SHARE`` of
        the time goes to them (a rebuild costs ~1.7 ms of CPU per live article, 5 s for
        3,000), so a busy store defers revisions to a later batch instead of rebuilding
        at every one; a small store rebuilds at once."""
        return time.monotonic() - self._rebuilt_at >= self._rebuild_cost / REBUILD_SHARE

    # -- lines a site repeats on its pages (store/repeats.py) ---------------------------

    def _site_lines(self, art: Article) -> tuple[str, dict[int, str]] | None:
        """The article's site and line fingerprints, or None when the signal is off."""
        if self.config.repeat_min_pages <= 0:
            return None
        from plainwire.store.repeats import line_keys, site_key

        return site_key(art.source, art.url), line_keys(art.text)

    def _without_repeated(
        self, art: Article, site_keys: tuple[str, dict[int, str]] | None
    ) -> tuple[Article, list[str], set[int]]:
        """The article without the lines its site already repeats, those lines, and the
        fingerprints of every line of it the site repeats."""
        if site_keys is None or not site_keys[1]:
            return art, [], set()
        from plainwire.store.repeats import strip_lines

        site, keys = site_keys
        repeated = self.store.repeated_keys(
            site, keys, self.config.repeat_min_pages, article_id=art.id, text=art.text
        )
        if not repeated:
            return art, [], set()
        text, dropped = strip_lines(art.text, repeated)
        if not text.strip():
            return art, [], set()  # nothing would be left: keep the text whole
        return replace(art, text=text), dropped, repeated

    def _settle_repeats(self, lines: Iterable[tuple[str, dict[int, str]] | None]) -> None:
        """Lines that became repeated with this batch (its pages counted, its articles in
        their stories) leave every stored text of the site that carries them, the batch's
        and older ones alike; their stories are re-synthesised."""
        by_site: dict[str, dict[int, str]] = {}
        for site_keys in lines:
            if site_keys is not None:
                by_site.setdefault(site_keys[0], {}).update(site_keys[1])
        for site, keys in by_site.items():
            repeated = self.store.repeated_keys(site, keys, self.config.repeat_min_pages)
            cleaned = self.store.strip_repeated(site, repeated)
            if cleaned:
                log.info("%s: %d stored text(s) lost lines the site repeats", site, len(cleaned))

    def _place(self, art: Article, article_id: str | None = None, *, genre: str | None = None) -> str:
        """Cluster one stored article and write its story; stories the clusterer's split
        repair merged meanwhile (``ClusterConfig.repair_threshold``) are merged in the
        store too (the absorbed story's page redirects). ``genre`` (the analysis stage's)
        lets an opinion piece join its event at the clusterer's lower bar."""
        story_id = self.clusterer.add(art, genre=genre)
        self.store.assign_story(article_id or art.id, story_id)
        for absorbed, into in self.clusterer.take_merges():
            self.store.merge_stories(absorbed, into)
        return story_id

    def recluster_window(self, since: datetime, *, apply: bool = True) -> ReclusterSummary:
        """Re-cluster every stored article published (or fetched) since ``since`` at once and
        map the grouping onto the stored stories (ids kept where the articles stay together,
        absorbed stories redirect). Only changed stories become dirty; the in-memory
        clusterer is rebuilt from the store on next use. ``plainwire recluster --since``.
        A story that also holds articles from before ``since`` is never absorbed (those
        articles stay in it)."""
        window = list(self.store.iter_articles(since=since))
        current = {sa.article.id: sa.story_id for sa in window if sa.story_id}
        outside: dict[str, int] = {}
        for sid, n in Counter(current.values()).items():
            row = self.store.get_story(sid)
            if row is not None and row.n_articles > n:
                outside[sid] = row.n_articles - n
        genres = {sa.article.id: sa.genre for sa in window}
        return self._recluster([sa.article for sa in window], current, outside, apply=apply, genres=genres)

    def recluster_live(self, now: float, *, max_articles: int = 0, apply: bool = True) -> ReclusterSummary:
        """The periodic pass of ``plainwire run``: re-cluster the live stories (those the
        clusterer holds, ``live_days``) whole, the most recently updated first while their
        articles fit in ``max_articles`` (0 = all). Stories left out keep every article and
        their id. Same mapping onto stored ids as :meth:`recluster_window`."""
        from plainwire.cluster.recluster import newest_stories

        since = self.live_since(now)
        stories = newest_stories(self.store.live_story_articles(since), max_articles)
        articles = [a for _sid, arts in stories for a in arts]
        current = {a.id: sid for sid, arts in stories for a in arts}
        return self._recluster(articles, current, {}, apply=apply, genres=self.store.live_story_genres(since))

    def _recluster(
        self,
        articles: list[Article],
        current: dict[str, str],
        outside: dict[str, int],
        *,
        apply: bool,
        genres: dict[str, str | None] | None = None,
    ) -> ReclusterSummary:
        from plainwire.cluster import recluster

        result = recluster(
            articles,
            current,
            id_factory=story_id_for,
            reserved_ids=self.store.story_ids(),
            outside=outside,
            config=self.cluster_config(),
            genres=genres,
        )
        moved = sum(1 for a, s in result.assignment.items() if current.get(a) != s)
        summary = ReclusterSummary(
            len(articles), moved, len(result.absorbed), len(result.created), len(result.unchanged)
        )
        if apply and moved:
            self.store.apply_recluster(result.assignment, result.absorbed)
            self.reset_clusterer()
        return summary

    def synthesize_dirty(self, report: PassReport, *, stop: threading.Event | None = None) -> None:
        """Re-synthesise each story whose articles changed since its last synthesis, and only those."""
        from plainwire.synthesize import synthesize

        for sid in self.store.dirty_stories():
            if stop is not None and stop.is_set():
                return  # the rest stay dirty: the next run synthesises them
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
                synthesis = synthesize(
                    sid, [sa.article for sa in stored], analyses or None, headline=self.config.headline
                )
            except Exception as exc:  # one bad story must not stop the others
                log.exception("synthesis failed for story %s", sid)
                self.store.record_error("synthesize", sid, "synthesis_failed", repr(exc))
                report.error(f"story {sid}: synthesis failed: {exc!r}")
                continue
            self.store.save_synthesis(synthesis, sig)
            report.stories_synthesized += 1

    def close(self) -> None:
        self.fetcher.close()


def _own_updates(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries, without ``updated`` when every one of several carries the same value: a
    feed that stamps each item with the time it was built says nothing about the items (and
    would have every recent page fetched again at each poll)."""
    stamps = {e.updated for e in entries}
    if len(entries) >= 3 and len(stamps) == 1 and None not in stamps:
        return [replace(e, updated=None) for e in entries]
    return entries


def entry_to_json(e: FeedEntry) -> dict[str, Any]:
    return {
        "url": e.url,
        "title": e.title,
        "summary": e.summary,
        "published": iso(e.published),
        "guid": e.guid,
        "source": e.source,
        "authors": list(e.authors),
        "updated": iso(e.updated),
    }


def entry_from_json(d: Mapping[str, Any]) -> FeedEntry:
    return FeedEntry(
        url=d["url"],
        title=d.get("title") or "",
        summary=d.get("summary") or "",
        published=parse_time(d.get("published")),
        guid=d.get("guid"),
        source=d.get("source") or "",
        authors=tuple(d.get("authors") or ()),
        updated=parse_time(d.get("updated")),
    )


def _known_dates(art: Article) -> Article:
    """The article with zero dates (a CMS's 1970-01-01 for "no date") unset: a story must
    not be dated 1 Jan 1970; the store falls back to the fetch time for ordering."""
    from dataclasses import replace

    zero_pub, zero_mod = is_zero_date(art.published), is_zero_date(art.modified)
    if not (zero_pub or zero_mod):
        return art
    shown = iso(art.published if zero_pub else art.modified)  # the page's own value: "0001-01-01..." too
    log.warning("%s: date %s is no real date (before 2 Jan 1970); left unset", art.url, shown)
    return replace(
        art, published=None if zero_pub else art.published, modified=None if zero_mod else art.modified
    )


def _with_language(art: Article, language: str) -> Article:
    from dataclasses import replace

    return replace(art, language=language)
