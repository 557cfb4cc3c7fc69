"""The always-on loop of ``plainwire run``: per-source adaptive polling, then the work queue.

Each source gets its own interval from how often it publishes (an exponentially weighted
rate of new entries per day), bounded by ``poll_min_interval``/``poll_max_interval`` and
jittered so sources never poll in lock-step; a failing source backs off exponentially up to
``poll_backoff_max``. Polls only *queue* new article URLs (table ``queue``); a separate step
fetches and processes queued pages in bounded batches, so fetched-but-unprocessed work
survives a crash. Clock, RNG and sleep are injected so tests and the soak bench can run
simulated days in seconds.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from plainwire.errors import PlainwireError
from plainwire.models import FeedEntry
from plainwire.pipeline import PassReport, Pipeline
from plainwire.settings import Config
from plainwire.store import OutletRow

log = logging.getLogger(__name__)

DAY = 86400.0
#: Polls per expected new article: 2 means a source is polled about twice per gap
#: between its articles, so a story waits on average a quarter of that gap.
POLLS_PER_ITEM = 2.0
#: Weight of the newest observation in the publishing-rate estimate.
RATE_ALPHA = 0.3


@dataclass(frozen=True, slots=True)
class PollPolicy:
    base: float = 900.0
    min: float = 120.0
    max: float = 10800.0
    jitter: float = 0.1
    backoff_max: float = 21600.0

    @classmethod
    def from_config(cls, config: Config) -> PollPolicy:
        return cls(
            base=config.poll_interval,
            min=config.poll_min_interval,
            max=config.poll_max_interval,
            jitter=config.poll_jitter,
            backoff_max=config.poll_backoff_max,
        )


def healthy_interval(policy: PollPolicy, rate_per_day: float | None) -> float:
    """Seconds between polls of a source publishing ``rate_per_day`` articles (None = unknown)."""
    if rate_per_day is None:
        return min(policy.max, max(policy.min, policy.base))
    if rate_per_day <= 0:
        return policy.max
    return min(policy.max, max(policy.min, DAY / (POLLS_PER_ITEM * rate_per_day)))


def next_interval(policy: PollPolicy, rate_per_day: float | None, failures: int, rng: random.Random) -> float:
    """The wait before the next poll: adapted, bounded, jittered, backed off on failure."""
    interval = healthy_interval(policy, rate_per_day)
    if failures > 0:
        # Exponential backoff from the healthy interval; the cap is the backoff bound.
        interval = min(policy.backoff_max, interval * 2.0 ** min(failures, 30))
        upper = policy.backoff_max
    else:
        upper = policy.max
    jittered = interval * (1.0 + policy.jitter * (2.0 * rng.random() - 1.0))
    # Jitter stays inside the bounds, so min/max are hard limits.
    return min(upper, max(policy.min, jittered))


def update_rate(prev: float | None, new_items: int, elapsed: float) -> float | None:
    """Fold one poll's count of new entries over ``elapsed`` seconds into the rate estimate."""
    if elapsed <= 0:
        return prev
    observed = new_items * DAY / elapsed
    return observed if prev is None else RATE_ALPHA * observed + (1 - RATE_ALPHA) * prev


def initial_rate(entries: Sequence[FeedEntry], now: float) -> float | None:
    """A first estimate from a feed's own dates: entries per day over the span they cover."""
    times = [e.published.timestamp() for e in entries if isinstance(e.published, datetime)]
    times = [t for t in times if t <= now + 3600]
    if not times:
        return None
    # At least six hours of span, so one fresh item does not read as a firehose.
    span_days = max(0.25, (now - min(times)) / DAY)
    return len(times) / span_days


@dataclass
class RunStats:
    """Totals since the loop started (for logs, status and the soak bench)."""

    polls: int = 0
    poll_failures: int = 0
    queued: int = 0
    articles: int = 0
    stories_synthesized: int = 0
    errors: int = 0
    rounds: int = 0
    last_errors: list[str] = field(default_factory=list)

    def add(self, report: PassReport) -> None:
        self.articles += report.articles_inserted
        self.stories_synthesized += report.stories_synthesized
        self.errors += len(report.errors)
        self.queued += report.queued
        self.last_errors = (self.last_errors + report.errors)[-20:]


class Scheduler:
    """Runs the main job until told to stop. One thread owns the pipeline (clusterer and
    store writes); only the network half of feed polls runs on ``poll_workers`` threads."""

    def __init__(
        self,
        pipeline: Pipeline,
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        sleep: Callable[[float], object] | None = None,
        stop: threading.Event | None = None,
        synth_every: float = 60.0,
        retention_every: float = 6 * 3600.0,
        refresh_clusterer_every: float = DAY,
    ) -> None:
        self.pipeline = pipeline
        self.store = pipeline.store
        self.config = pipeline.config
        self.policy = PollPolicy.from_config(self.config)
        self.clock = clock
        pipeline.clock = clock  # queue retry delays run on the same clock as polls
        self.rng = rng or random.Random()
        self.stop = stop or threading.Event()
        self._sleep = sleep or self.stop.wait
        self.synth_every = synth_every
        self.retention_every = retention_every
        self.refresh_clusterer_every = refresh_clusterer_every
        self._last_refresh = clock()
        self.recluster_every = self.config.recluster_every * 3600.0  # seconds; 0 = off
        self._last_recluster = clock()
        self.stats = RunStats()
        self._last_synth = float("-inf")
        self._last_retention = float("-inf")

    # -- scheduling ------------------------------------------------------------------------

    def due(self, now: float) -> list[OutletRow]:
        nd = self.store.next_poll_due()
        if nd is None or nd > now:
            return []  # the common case, without reading every outlet's row
        sched = self.store.poll_schedules()
        rows = []
        for row in self.store.outlets():
            nxt = sched.get(row.id, {}).get("next_poll_at")
            if nxt is None or nxt <= now:
                rows.append(row)
        # Longest-waiting first, so a backlog is worked fairly.
        rows.sort(key=lambda r: sched.get(r.id, {}).get("next_poll_at") or 0.0)
        return rows

    def next_due(self) -> float | None:
        """When the next poll of an enabled source is due (0.0 = a source never polled)."""
        return self.store.next_poll_due()

    def poll_due(self, report: PassReport) -> int:
        """Poll every due source (network in parallel), queue new entries, reschedule each."""
        now = self.clock()
        rows = self.due(now)
        if not rows:
            return 0
        sched = self.store.poll_schedules()
        workers = max(1, min(self.config.poll_workers, len(rows)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="plainwire-poll") as pool:
            futures = [pool.submit(self.pipeline.fetch_feed, row) for row in rows]
            for row, fut in zip(rows, futures, strict=True):
                if self.stop.is_set():
                    # Shutting down: drop the polls not started (they stay due), wait only
                    # for the ones in flight.
                    pool.shutdown(wait=True, cancel_futures=True)
                    break
                outcome = fut.result()
                entries = self.pipeline.record_poll(row, outcome, report)
                added = self.pipeline.enqueue(row, entries) if entries else 0
                report.queued += added
                self.stats.polls += 1
                failed = not isinstance(outcome, tuple)
                self.stats.poll_failures += failed
                self._reschedule(row, sched.get(row.id, {}), entries, added, failed, self.clock())
        return len(rows)

    def _reschedule(
        self,
        row: OutletRow,
        sched: dict[str, float | None],
        entries: list[FeedEntry],
        added: int,
        failed: bool,
        now: float,
    ) -> None:
        rate = sched.get("rate_per_day")
        prev_poll = sched.get("next_poll_at")
        prev_every = sched.get("poll_every")
        if not failed:
            if rate is None or prev_poll is None or prev_every is None:
                # First successful poll: the feed's own dates say how often it publishes.
                rate = initial_rate(entries, now) if entries else rate
            else:
                # Elapsed since the previous poll: its scheduled time minus its interval is
                # when it ran (approximately; exact enough for a rate estimate).
                elapsed = now - (float(prev_poll) - float(prev_every))
                rate = update_rate(rate, added, elapsed)
        # ``row`` was read before this poll, which record_poll counted as one more failure.
        failures = row.consecutive_failures + 1 if failed else 0
        interval = next_interval(self.policy, rate, failures, self.rng)
        self.store.set_poll_schedule(
            row.id, next_poll_at=now + interval, poll_every=interval, rate_per_day=rate
        )

    # -- the loop --------------------------------------------------------------------------

    def step(self) -> float:
        """One round: poll due sources, work the queue while no poll is due, synthesise
        changed stories, apply retention. Returns seconds until work is due again."""
        report = PassReport()
        if self.stats.rounds == 0:
            self.pipeline.recover(report)
        self.stats.rounds += 1
        self.poll_due(report)
        while not self.stop.is_set():
            if not self.pipeline.process_queue(report, stop=self.stop):
                break
            if self.clock() - self._last_synth >= self.synth_every:
                self._synthesize(report)
            nd = self.next_due()
            if nd is not None and nd <= self.clock():
                break  # polls are due: a long backlog must not starve them
        self._synthesize(report)
        self._retention()
        if self.recluster_every > 0 and self.clock() - self._last_recluster >= self.recluster_every:
            self._recluster(report)
        elif self.clock() - self._last_refresh >= self.refresh_clusterer_every:
            # Rebuild clustering state from the live window, as a restart would.
            self.pipeline.reset_clusterer()
            self._last_refresh = self.clock()
        self.stats.add(report)
        if report.articles_inserted or report.errors:
            log.info(
                "round: %d new articles, %d stories synthesized, %d queued, %d errors",
                report.articles_inserted,
                report.stories_synthesized,
                report.queued,
                len(report.errors),
            )
        return self._wait()

    def _recluster(self, report: PassReport) -> None:
        """Re-cluster the live stories at once (more accurate than the online placements it
        revises; capped at ``recluster_max_articles``), then re-synthesise what changed.
        A pass that moved articles rebuilds the clusterer (pipeline), so it counts as the
        periodic refresh; one that moved nothing leaves the clusterer as it is."""
        try:
            summary = self.pipeline.recluster_live(
                self.clock(), max_articles=self.config.recluster_max_articles
            )
        except Exception as exc:  # a failed pass waits for its next turn, not the next round
            if not isinstance(exc, PlainwireError):
                log.exception("re-cluster pass failed")
            report.error(f"re-cluster pass failed: {exc}")
        else:
            if summary.moved:
                log.info(
                    "re-cluster: %d articles in window, %d moved, %d stories absorbed, %d new",
                    summary.articles,
                    summary.moved,
                    summary.absorbed,
                    summary.created,
                )
                self._synthesize(report)
                self._last_refresh = self.clock()
        self._last_recluster = self.clock()

    def _synthesize(self, report: PassReport) -> None:
        self.pipeline.synthesize_dirty(report, stop=self.stop)
        self._last_synth = self.clock()

    def _retention(self) -> None:
        if self.config.keep_days <= 0 or self.clock() - self._last_retention < self.retention_every:
            return
        from plainwire.ops.retention import apply_retention

        apply_retention(self.store, self.config.keep_days)
        self._last_retention = self.clock()

    def _wait(self) -> float:
        now = self.clock()
        candidates = [t for t in (self.next_due(), self.store.queue_next_due()) if t is not None]
        if not candidates:
            return 60.0
        return max(0.0, min(60.0, min(candidates) - now))

    def run(self) -> RunStats:
        """Loop until ``stop`` is set (SIGINT/SIGTERM in the CLI). Returns with no item half-done."""
        log.info("scheduler started: %d sources", len(self.store.outlets()))
        while not self.stop.is_set():
            try:
                wait = self.step()
            except Exception:  # the loop must outlive any single failure
                log.exception("scheduler round failed")
                wait = 5.0
            if wait > 0 and not self.stop.is_set():
                self._sleep(wait)
        log.info("scheduler stopped")
        return self.stats
