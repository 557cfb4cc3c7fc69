from __future__ import annotations

import random
from collections import defaultdict
from datetime import timedelta

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.models import Article

from .fixtures import EVENTS, T0, event_articles, gold


def _groups(assign: dict[str, str]) -> set[frozenset[str]]:
    g: dict[str, set[str]] = defaultdict(set)
    for aid, sid in assign.items():
        g[sid].add(aid)
    return {frozenset(v) for v in g.values()}


def _expected() -> set[frozenset[str]]:
    return {frozenset(f"{name}/{k}" for k in range(3)) for name in EVENTS}


def test_same_event_together_different_events_apart() -> None:
    c = OnlineClusterer()
    assign = {a.id: c.add(a) for a in event_articles()}
    assert _groups(assign) == _expected()


def test_any_arrival_order_gives_the_right_grouping() -> None:
    arts = event_articles()
    for seed in range(5):
        random.Random(seed).shuffle(arts)
        c = OnlineClusterer()
        assign = {a.id: c.add(a) for a in arts}
        assert _groups(assign) == _expected(), seed


def test_story_ids_are_short_stable_and_deterministic() -> None:
    runs = []
    for _ in range(2):
        c = OnlineClusterer()
        runs.append([c.add(a) for a in event_articles()])
    assert runs[0] == runs[1]
    assert runs[0][:5] == ["s1", "s2", "s3", "s4", "s5"]


def test_id_factory_names_new_stories() -> None:
    c = OnlineClusterer(id_factory=lambda a: "story-" + a.id.replace("/", "-"))
    ids = {c.add(a) for a in event_articles()}
    assert ids == {f"story-{name}-0" for name in EVENTS}


def test_dormant_story_is_not_joined() -> None:
    cfg = ClusterConfig(dormancy=timedelta(days=3))
    title, text = EVENTS["flood"][0]
    t2, x2 = EVENTS["flood"][1]
    c = OnlineClusterer(cfg)
    first = c.add(Article("a", title, text, published=T0))
    # Same event words a day later: joins.
    assert c.add(Article("b", t2, x2, published=T0 + timedelta(days=1))) == first
    # Ten days after the last article the story is dormant: a new story starts.
    t3, x3 = EVENTS["flood"][2]
    later = c.add(Article("c", t3, x3, published=T0 + timedelta(days=11)))
    assert later != first
    assert c.story_info(first) is None  # left the live index
    assert c.live_stories == 1


def test_time_proximity_decides_between_equally_similar_stories() -> None:
    cfg = ClusterConfig(dormancy=timedelta(days=3))
    title, text = EVENTS["recall"][0]
    t2, x2 = EVENTS["recall"][1]
    placed = {}
    for label, when in (("near-new", T0 + timedelta(days=2, hours=1)), ("near-old", T0 + timedelta(hours=1))):
        c = OnlineClusterer(cfg)
        # Two stories with the same wording, two days apart (restored, so both stay live).
        c.restore(
            [
                ("old", [Article("o", title, text, published=T0)]),
                ("new", [Article("n", title, text, published=T0 + timedelta(days=2))]),
            ]
        )
        placed[label] = c.add(Article("x", t2, x2, published=when))
    assert placed == {"near-new": "new", "near-old": "old"}


def test_dated_interleaved_stream_clusters_like_undated() -> None:
    c = OnlineClusterer()
    assign = {a.id: c.add(a) for a in event_articles(dated=True)}
    assert _groups(assign) == _expected()


def test_story_info_reports_sources_and_times() -> None:
    c = OnlineClusterer()
    ids = {a.id: c.add(a) for a in event_articles(dated=True)}
    info = c.story_info(ids["cup/0"])
    assert info is not None
    assert set(info.article_ids) == {"cup/0", "cup/1", "cup/2"}
    assert info.sources == {"outlet0", "outlet1", "outlet2"}
    assert info.texts == 3
    assert info.first is not None and info.last is not None and info.first < info.last


def test_groups_match_gold_labels() -> None:
    c = OnlineClusterer()
    assign = {a.id: c.add(a) for a in event_articles()}
    for aid, sid in assign.items():
        for bid, sid2 in assign.items():
            assert (sid == sid2) == (gold(aid) == gold(bid))


def test_add_many_with_a_worker_process_equals_add() -> None:
    arts = event_articles(dated=True)
    arts = arts + [arts[0], Article("copy", arts[1].title, arts[1].text, source="Other")]
    one = OnlineClusterer()
    expected = [one.add(a) for a in arts]
    many = OnlineClusterer()
    assert list(many.add_many(arts, workers=1)) == expected
    assert many.stories() == one.stories()
    # And without workers it is plain add().
    assert list(OnlineClusterer().add_many(arts, workers=-1)) == expected
