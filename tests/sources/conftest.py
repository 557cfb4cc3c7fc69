from __future__ import annotations

from collections.abc import Iterator

import pytest

from plainwire.sources.fetch import FetchConfig, Fetcher
from tests.sources.webserver import WebServer, serve


@pytest.fixture
def web() -> Iterator[WebServer]:
    with serve() as w:
        yield w


def fast_config(**kw: object) -> FetchConfig:
    """Fast, private-network-allowed settings for tests."""
    base: dict[str, object] = dict(
        allow_private_networks=True,
        connect_timeout=2.0,
        read_timeout=2.0,
        total_timeout=3.0,
        per_host_interval=0.0,
        per_host_concurrency=4,
        retries=0,
        backoff=0.05,
        respect_robots=False,
    )
    base.update(kw)
    return FetchConfig(**base)  # type: ignore[arg-type]


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(fast_config()) as f:
        yield f
