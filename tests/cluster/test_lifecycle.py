"""restore(), merges and recluster(): story ids stay stable, absorbed ids are reported."""

from __future__ import annotations

from collections import defaultdict

from plainwire.cluster import OnlineClusterer, recluster
from plainwire.models import Article

from .fixtures import EVENTS, event_articles


def _by_story(assign: dict[str, str], arts: list[Article]) -> list[tuple[str, list[Article]]]:
    stories: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        stories[assign[a.id]].append(a)
    return list(stories.items())


def test_restore_then_add_matches_uninterrupted_run() -> None:
    arts = event_articles(dated=True)
    head, tail = arts[:8], arts[8:]
    straight = OnlineClusterer()
    assign = {a.id: straight.add(a) for a in head}
    expected_tail = [straight.add(a) for a in tail]

    warm = OnlineClusterer()
    warm.restore(_by_story(assign, head))
    assert warm.stories() == {sid: [a.id for a in arts_] for sid, arts_ in _by_story(assign, head)}
    assert [warm.add(a) for a in tail] == expected_tail


def test_restore_keeps_foreign_ids_and_new_ids_do_not_collide() -> None:
    arts = event_articles()
    c = OnlineClusterer()
    c.restore([("s1", [arts[0]]), ("s7", [arts[1]]), ("story-x", [arts[2]])])
    assert c.story_of(arts[0].id) == "s1"
    # A follow-up of the flood joins the restored story; a new event gets a fresh id.
    assert c.add(arts[5]) == "s1"
    new_id = c.add(arts[3])  # museum, not seen yet
    assert new_id not in {"s1", "s7", "story-x"}
    assert new_id == "s8"


def test_restore_undated_uses_given_order() -> None:
    arts = event_articles()
    c = OnlineClusterer()
    c.restore([("a", arts[0:1]), ("b", arts[1:2])])
    assert c.stories() == {"a": [arts[0].id], "b": [arts[1].id]}


def test_merge_candidates_and_merge_redirect() -> None:
    title, text = EVENTS["election"][0]
    t2, x2 = EVENTS["election"][1]
    other = event_articles()[3]  # museum
    c = OnlineClusterer()
    # Two halves of one event stored as separate stories (an early mistake).
    c.restore([("e1", [Article("a", title, text)]), ("e2", [Article("b", t2, x2)]), ("m", [other])])
    cands = c.merge_candidates(threshold=0.05)
    pairs = {(m.keep, m.absorb) for m in cands}
    assert ("e1", "e2") in pairs
    assert all("m" not in p for p in pairs if {"e1", "e2"} & set(p) == set())
    c.merge("e1", "e2")
    assert c.redirects == {"e2": "e1"}
    assert c.story_of("b") == "e1"
    info = c.story_info("e2")  # follows the redirect
    assert info is not None and info.id == "e1" and set(info.article_ids) == {"a", "b"}
    t3, x3 = EVENTS["election"][2]
    assert c.add(Article("c", t3, x3)) == "e1"


def test_recluster_keeps_untouched_ids_and_reports_absorbed() -> None:
    arts = event_articles()
    current = {a.id: f"old-{a.id.split('/')[0]}" for a in arts}
    # Early mistake: the recall event was split over two stories.
    current["recall/2"] = "old-recall-split"
    res = recluster(arts, current)
    for name in ("flood", "election", "museum", "cup", "recall"):
        ids = {res.assignment[f"{name}/{k}"] for k in range(3)}
        assert ids == {f"old-{name}"}, name
    assert res.absorbed == {"old-recall-split": "old-recall"}
    assert res.story_map["old-flood"] == "old-flood"
    assert res.created == ()
    assert "old-flood" in res.unchanged and "old-recall-split" not in res.unchanged


def test_recluster_splits_wrong_merge_and_names_new_story() -> None:
    arts = event_articles()
    current = {a.id: f"old-{a.id.split('/')[0]}" for a in arts}
    for k in range(3):  # museum wrongly merged into the cup story
        current[f"museum/{k}"] = "old-cup"
    res = recluster(arts, current, reserved_ids={"old-museum"})
    cup = {res.assignment[f"cup/{k}"] for k in range(3)}
    museum = {res.assignment[f"museum/{k}"] for k in range(3)}
    assert len(cup) == 1 and len(museum) == 1 and cup != museum
    (new_id,) = res.created
    # One half keeps the old id, the other is a new story with an unreserved id.
    assert {*cup, *museum} == {"old-cup", new_id}
    assert new_id not in {"old-museum", "old-flood", "old-recall", "old-election"}
    assert res.absorbed == {}


def test_recluster_new_articles_without_current_story() -> None:
    arts = event_articles()
    current = {a.id: f"old-{a.id.split('/')[0]}" for a in arts if not a.id.endswith("/2")}
    res = recluster(arts, current)
    assert res.assignment["flood/2"] == "old-flood"
    assert res.created == ()


def test_recluster_is_deterministic() -> None:
    arts = event_articles()
    current = {a.id: "one-big-story" for a in arts}
    r1 = recluster(arts, current)
    r2 = recluster(list(arts), dict(current))
    assert r1 == r2
    assert len(set(r1.assignment.values())) == len(EVENTS)
    assert "one-big-story" in r1.assignment.values()
    assert len(r1.created) == len(EVENTS) - 1


def test_restore_story_with_gap_longer_than_dormancy() -> None:
    from datetime import timedelta

    from .fixtures import T0

    flood, cup = EVENTS["flood"], EVENTS["cup"]
    c = OnlineClusterer()
    # Stored story "long" has a 6-day gap (e.g. after a recluster); another story in between.
    c.restore(
        [
            (
                "long",
                [
                    Article("a", *flood[0], published=T0),
                    Article("b", *flood[1], published=T0 + timedelta(days=6)),
                ],
            ),
            ("mid", [Article("m", *cup[0], published=T0 + timedelta(days=4))]),
        ]
    )
    assert c.story_of("a") == "long" and c.story_of("b") == "long"
    assert c.add(Article("c", *flood[2], published=T0 + timedelta(days=6, hours=2))) == "long"
