"""Memory cap of the batch pass: sets over ``batch_max_articles`` go in dated chunks."""

from __future__ import annotations

import dataclasses
import logging
from datetime import timedelta

import pytest

from plainwire.cluster import ClusterConfig, cluster_batch
from plainwire.models import Article

from .fixtures import EVENTS, T0, event_articles, gold


def _sequential() -> list[Article]:
    """Fixture events one after another (all of one event, then the next), dated."""
    out: list[Article] = []
    for n, (name, arts) in enumerate(EVENTS.items()):
        for k, (title, text) in enumerate(arts):
            when = T0 + timedelta(hours=3 * n + k)
            out.append(Article(id=f"{name}/{k}", title=title, text=text, source=f"outlet{k}", published=when))
    return out


def _partition(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


def _cap(n: int) -> ClusterConfig:
    return dataclasses.replace(ClusterConfig(), batch_max_articles=n)


def test_stories_crossing_a_chunk_boundary_are_carried_over(caplog: pytest.LogCaptureFixture) -> None:
    arts = _sequential()
    whole = cluster_batch(arts)
    assert _partition(whole) == {frozenset(a.id for a in arts if gold(a.id) == e) for e in EVENTS}
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        # 5 per chunk: every chunk boundary falls inside an event.
        chunked = cluster_batch(arts, _cap(5))
    assert "batch_max_articles" in caplog.text
    assert chunked == whole  # same groups, same order


def test_input_order_is_kept_when_chunked() -> None:
    arts = list(reversed(_sequential()))  # dated: chunks follow time, output follows input
    groups = cluster_batch(arts, _cap(5))
    pos = {a.id: i for i, a in enumerate(arts)}
    assert all(g == sorted(g, key=pos.__getitem__) for g in groups)
    assert [pos[g[0]] for g in groups] == sorted(pos[g[0]] for g in groups)
    assert _partition(groups) == _partition(cluster_batch(arts))


def test_every_article_placed_once_even_when_stories_span_chunks(caplog: pytest.LogCaptureFixture) -> None:
    # Events interleaved over the whole set: a tiny cap must split some, never lose one.
    arts = event_articles(dated=True) + [event_articles(dated=True)[0]]  # one id twice
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        groups = cluster_batch(arts, _cap(4))
    ids = [a for g in groups for a in g]
    assert sorted(ids) == sorted({a.id for a in arts})
    assert "arrived again" in caplog.text
    # Whatever was split, no group mixes two events.
    assert all(len({gold(a) for a in g}) == 1 for g in groups)


def test_no_cap_means_one_pass() -> None:
    arts = _sequential()
    assert cluster_batch(arts, _cap(len(arts))) == cluster_batch(
        arts, dataclasses.replace(ClusterConfig(), batch_max_articles=None)
    )
