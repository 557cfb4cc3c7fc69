"""The state every part of the main job shares (store, settings, fetcher, clusterer),
declared once so each concern's mixin can be read and type-checked alone."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from plainwire.settings import Config
from plainwire.store import Store

if TYPE_CHECKING:
    from plainwire.cluster import OnlineClusterer
    from plainwire.sources.fetch import Fetcher


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


class PipelineBase:
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
