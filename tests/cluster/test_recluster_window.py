"""The periodic pass's building blocks: the whole-set pass mends what the online pass got
wrong, the window is whole stories under a cap, pinned stories survive, and a big event
told by many outlets stays one story."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch, recluster
from plainwire.cluster.recluster import newest_stories
from plainwire.models import Article
from tests.cluster.ferry import big_event, ferry_articles

T0 = datetime(2031, 6, 2, 7, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _quiet(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR)


def _online(arts: list[Article]) -> dict[str, str]:
    c = OnlineClusterer()
    return {a.id: c.add(a) for a in arts}


def test_pass_mends_an_early_misplacement_and_keeps_ids() -> None:
    arts = ferry_articles(T0)
    current = _online(arts)
    # The online pass files the early strike warning (and the first strike report with it)
    # under the ferry budget: it could not know the strike reports were coming.
    assert current["early"] == current["budget-0"] == current["strike-0"]
    assert current["strike-1"] != current["budget-0"]

    res = recluster(arts, current)
    after = res.assignment
    assert {after[k] for k in ("early", "strike-0", "strike-1", "strike-2")} == {current["strike-1"]}
    assert {after[f"budget-{i}"] for i in range(3)} == {current["budget-0"]}  # kept its id
    assert {after[f"market-{i}"] for i in range(3)} == {current["market-0"]}  # untouched
    assert res.absorbed == {} and res.created == ()


def test_newest_stories_takes_whole_stories_newest_first_under_the_cap() -> None:
    def arts(n: int, tag: str) -> list[Article]:
        return [Article(id=f"{tag}{i}", title=tag, text=tag) for i in range(n)]

    stories = [("old", arts(3, "o")), ("big", arts(6, "b")), ("mid", arts(2, "m")), ("new", arts(1, "n"))]
    assert [s for s, _ in newest_stories(stories, 0)] == ["old", "big", "mid", "new"]
    # new (1) + mid (2) fit in 5; big (6) does not and is left out whole; old (3) does not fit either.
    assert [s for s, _ in newest_stories(stories, 5)] == ["mid", "new"]
    # big is skipped, the older small story still fits.
    assert [s for s, _ in newest_stories(stories, 6)] == ["old", "mid", "new"]
    assert newest_stories(stories, 0) == stories


def test_story_with_articles_outside_the_window_is_never_absorbed() -> None:
    arts = ferry_articles(T0)
    current = _online(arts)
    # A window holding only the early article and the strike reports: the budget story has
    # two of its five articles in it ("early", "strike-0"), the strike story two of two.
    window = [a for a in arts if a.id == "early" or a.id.startswith("strike")]
    sub = {a.id: current[a.id] for a in window}
    budget, strike = current["budget-0"], current["strike-1"]
    blind = recluster(window, sub)
    # Seeing only the window, the tie goes to the budget id and the strike story is
    # "absorbed": the budget story's page would show the strike.
    assert set(blind.assignment.values()) == {budget} and blind.absorbed == {strike: budget}

    told = recluster(window, sub, outside={budget: 3})
    # Told that the budget story has three more articles: the strike group keeps the strike
    # id, and the budget story, though it lost its window articles, stays for the other three.
    assert set(told.assignment.values()) == {strike}
    assert told.absorbed == {} and told.story_map[budget] == budget


def test_big_event_told_by_many_outlets_stays_one_story() -> None:
    reports = big_event(T0, 24)
    assert len(cluster_batch(reports)) == 1
    # Without the background cap each report sees its event-mates as "background" and
    # the event shatters (what the periodic pass did to the soak's big events).
    assert len(cluster_batch(reports, ClusterConfig(density_cap=None))) > 1
    # With other news around, still one story, and the other stories are unchanged.
    mixed = ferry_articles(T0) + reports
    groups = cluster_batch(mixed)
    assert sum(1 for g in groups if g[0].startswith("dam-")) == 1
    assert [g for g in groups if not g[0].startswith("dam-")] == cluster_batch(ferry_articles(T0))
