"""The state the online clusterer's parts share, declared once for the type checker.

``OnlineClusterer`` (plainwire.cluster.online) is one object assembled from parts, each a
module of its own so that no module holds every rule: ``across`` (texts in other languages),
``lower_bars`` (the second look a refused text gets), ``repair`` (merging stories that turned
out to be one), ``state`` (creating and retiring stories, the clock, story ids) and
``stream`` (placing a stream with worker processes and embeddings). The parts read the
clusterer's state and call a few of its methods; this base declares them (the methods only
for the type checker: at run time ``OnlineClusterer`` defines them) and holds the two small
helpers more than one part uses.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from plainwire.cluster import xlang
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.index import Postings, TermTable
from plainwire.cluster.neardup import NearDupIndex
from plainwire.cluster.story import Prepared, Story
from plainwire.cluster.text import ProperNouns
from plainwire.models import Article


class ClustererBase:
    """Attributes set by ``OnlineClusterer.__init__`` (docs there)."""

    config: ClusterConfig
    redirects: dict[str, str]
    _df: TermTable
    _nouns: ProperNouns
    _postings: Postings
    _live: OrderedDict[int, Story]
    _by_id: dict[str, Story]
    _article_story: dict[str, str]
    _dups: NearDupIndex
    _dense: bool
    _merges: list[tuple[str, str]]
    _scored: list[tuple[int, float]]
    _langs: dict[str, int]
    _id_factory: Callable[[Article], str] | None
    _next_num: int
    _next_label: int
    _used_ids: set[str]
    _clock: datetime | None
    late_articles: int

    if TYPE_CHECKING:

        def _register(self, article: Article, story: Story) -> None: ...

        def _nearest(
            self,
            vec: dict[int, float],
            norm: float,
            when: datetime | None,
            emb: np.ndarray | None = None,
            query: list[tuple[int, float]] | None = None,
            *,
            skip: int = -1,
            lang: str | None = None,
        ) -> tuple[float, int, float] | None: ...

        def _corrected(self, score: float, rest: float) -> float | None: ...

        def _joined(self, found: tuple[float, int, float] | None) -> Story | None: ...

        def _less_background(self, score: float, rest: float) -> float: ...

        def _shortlist(self, cands: dict[int, float]) -> list[int]: ...

        def _first_live(self, ranked: list[int]) -> list[int]: ...

        def _time_ok(self, story: Story, first: datetime | None, last: datetime | None) -> bool: ...

        def _gap(self, story: Story, when: datetime | None) -> float | None: ...

        def _fold(self, a: Story, b: Story) -> None: ...

        def _add_prepared(
            self, art: Article, prep: Prepared | None, emb: np.ndarray | None, genre: str | None = None
        ) -> str: ...

    def _is_rare(self, key: str) -> bool:
        """Whether few texts carry the term ``key`` (a name that says which event)."""
        df = self._df
        return df.count_of(key) <= max(xlang.NAME_MAX_TEXTS, xlang.NAME_MAX_SHARE * df.n)

    @staticmethod
    def _within(story: Story, when: datetime | None, window: timedelta) -> bool:
        """Whether ``when`` is within ``window`` of the story's time span (undated: yes)."""
        if when is None or story.first is None or story.last is None:
            return True
        return story.first - window <= when <= story.last + window
