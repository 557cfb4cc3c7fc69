"""The main job's pass, put together from its concerns' mixins."""

from __future__ import annotations

import threading
from collections.abc import Callable

from plainwire.pipeline.handoff import SynthesisMixin
from plainwire.pipeline.polling import PollingMixin
from plainwire.pipeline.queue import QueueMixin
from plainwire.pipeline.recluster import ReclusterMixin
from plainwire.pipeline.report import PassReport


class Pipeline(PollingMixin, QueueMixin, ReclusterMixin, SynthesisMixin):
    """Holds the long-lived parts of the main job: store, fetcher, clusterer (``PipelineBase``).

    Each concern is a module of this package: ``polling`` (feeds to queue items), ``queue``
    (fetch and extract queued pages), ``storing`` (analyse, store, place a batch; withdrawal
    notices), ``notices`` (notices too short to extract), ``moves`` (old copies of moved
    articles), ``repeats`` (lines a site repeats), ``placement`` (the live clusterer),
    ``recluster``, ``handoff`` (re-synthesis of changed stories)."""

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

    def close(self) -> None:
        self.fetcher.close()
