"""Re-clustering a window (``plainwire recluster``) or the live stories (the periodic
pass of ``plainwire run``) and writing the new grouping onto the stored story ids."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from plainwire.models import Article
from plainwire.pipeline.placement import PlacementMixin, story_id_for
from plainwire.pipeline.report import ReclusterSummary


class ReclusterMixin(PlacementMixin):
    """Whole-window re-clustering."""

    def recluster_window(self, since: datetime, *, apply: bool = True) -> ReclusterSummary:
        """Re-cluster every stored article published (or fetched) since ``since`` at once and
        map the grouping onto the stored stories (ids kept where the articles stay together,
        absorbed stories redirect). Only changed stories become dirty; the in-memory
        clusterer is rebuilt from the store on next use. ``plainwire recluster --since``.
        A story that also holds articles from before ``since`` is never absorbed (those
        articles stay in it)."""
        # A superseded copy, or a notice stored withdrawn on its first fetch, is in no story
        # and must not be put in one (store/withdrawals.py).
        window = [
            sa
            for sa in self.store.iter_articles(since=since)
            if sa.superseded_by is None and (sa.withdrawn is None or sa.story_id is not None)
        ]
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
