"""Placement: the live clusterer (built from the store, rebuilt for texts revised in
place), and putting one stored article into its story."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from plainwire.models import Article
from plainwire.pipeline.base import PipelineBase
from plainwire.pipeline.report import PassReport

if TYPE_CHECKING:
    from plainwire.cluster import ClusterConfig, OnlineClusterer

log = logging.getLogger(__name__)

#: Largest share of the main job's time that rebuilding the clusterer for texts revised in
#: place may take (Pipeline._rebuild_due).
REBUILD_SHARE = 0.05


def story_id_for(article: Article) -> str:
    """Story ids derive from the first article's id: unique, stable across restarts."""
    return "s" + article.id[:12]


class PlacementMixin(PipelineBase):
    """The clusterer and its writes to the store."""

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

    def recover(self, report: PassReport | None = None) -> int:
        """Cluster stored articles that never got a story (a crash between the two writes)."""
        orphans = self.store.unclustered_articles()
        for sa in orphans:
            self._place(sa.article, genre=sa.genre)
        if orphans:
            log.info("clustered %d article(s) left unclustered by an interrupted run", len(orphans))
        return len(orphans)

    def _rebuild_due(self) -> bool:
        """Whether a rebuild for revised texts may run now: at most ``REBUILD_SHARE`` of
        the time goes to them (a rebuild costs ~1.7 ms of CPU per live article, 5 s for
        3,000), so a busy store defers revisions to a later batch instead of rebuilding
        at every one; a small store rebuilds at once."""
        return time.monotonic() - self._rebuilt_at >= self._rebuild_cost / REBUILD_SHARE

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
