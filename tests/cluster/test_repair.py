"""Online split repair (``ClusterConfig.repair_threshold``): a story split by the online pass
is merged when a later article bridges it, the absorbed story redirects, distinct events
sharing words stay apart, and runs repeat exactly."""

from __future__ import annotations

from pathlib import Path

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.models import Article

from .fixtures import event_articles

# One event (a cracked dam) told three ways: the first two reports share too little to
# join online (engineers at the dam / villages told to get ready), the third names both.
DAM = [
    Article(
        "dam/0",
        "Corran dam spillway cracks, engineers inspect wall",
        "Engineers from the Vessel Water Board inspected the Corran dam on Monday after a long crack opened "
        "along the spillway wall. Board chief Halvard Mink said the reservoir would be lowered by three metres "
        "as a precaution.",
    ),
    Article(
        "dam/1",
        "Villages below reservoir told to prepare for evacuation",
        "Residents of Tillby and Ostmark, downstream of the Corran dam, were told to pack bags and be ready to "
        "evacuate at short notice. Buses will wait at the Tillby school from six in the evening, the county "
        "office said.",
    ),
    Article(
        "dam/2",
        "Tillby and Ostmark on alert as Corran dam crack widens",
        "Halvard Mink of the Vessel Water Board said the crack in the Corran dam spillway had widened overnight, "
        "and residents of Tillby and Ostmark below the reservoir should be ready to evacuate. Engineers are "
        "lowering the water by three metres.",
    ),
]

# Two fires on one night in two towns: the same kind of event in the same words, other
# names. The second Alderton report's nearest other story is the Brightmoor one.
FIRES = [
    Article(
        "alder/0",
        "Fire destroys furniture warehouse in Alderton",
        "A fire destroyed the Pellow furniture warehouse in Alderton early on Friday. Forty firefighters fought "
        "the blaze for six hours and smoke could be seen across the valley. Nobody was hurt, the fire service said.",
    ),
    Article(
        "bright/0",
        "Fire guts Kestrel Print paper store in Brightmoor",
        "Firefighters battled the blaze at the Kestrel Print paper store in Brightmoor until dawn on Friday. Two "
        "workers were treated for smoke, and the fire service said the building was lost.",
    ),
    Article(
        "alder/1",
        "Alderton warehouse fire: Pellow owner vows to rebuild",
        "Dara Pellow, whose furniture warehouse in Alderton was destroyed by fire on Friday, said she would "
        "rebuild. Firefighters fought the blaze for six hours; the fire service is investigating the cause.",
    ),
]

REPAIR = ClusterConfig(repair_threshold=0.24)


def _stream(event: list[Article]) -> list[Article]:
    """Unrelated fixture stories around the event's reports; the bridging report last."""
    others = event_articles()[:8]
    return others[:4] + event[:2] + others[4:] + event[2:]


def _run(config: ClusterConfig, arts: list[Article]) -> tuple[list[str], OnlineClusterer]:
    c = OnlineClusterer(config)
    return [c.add(a) for a in arts], c


def test_online_pass_splits_the_event_and_the_repair_merges_it() -> None:
    arts = _stream(DAM)
    plain, c0 = _run(ClusterConfig(), arts)
    split = {a.id: s for a, s in zip(arts, plain, strict=True)}
    # Without the repair: two stories for one event, the bridging report in the first.
    assert split["dam/0"] != split["dam/1"]
    assert split["dam/2"] == split["dam/0"]
    assert c0.take_merges() == [] and c0.redirects == {}

    ids, c = _run(REPAIR, arts)
    assert ids == plain  # each article's story when it arrived: the repair comes after
    first, second = split["dam/0"], split["dam/1"]
    # The story created first keeps its id; the other redirects to it.
    assert c.take_merges() == [(second, first)]
    assert c.take_merges() == []  # taken once
    assert c.redirects == {second: first}
    assert c.resolve(second) == first
    assert c.story_of("dam/1") == first
    info = c.story_info(second)
    assert info is not None and info.id == first and set(info.article_ids) == {"dam/0", "dam/1", "dam/2"}
    assert second not in c.stories()
    # Stories the repair did not touch keep their ids and articles.
    untouched = {s: v for s, v in c0.stories().items() if s not in (first, second)}
    assert {s: c.stories()[s] for s in untouched} == untouched


def test_distinct_events_sharing_words_stay_apart() -> None:
    arts = _stream(FIRES)
    ids, c = _run(REPAIR, arts)
    got = dict(zip((a.id for a in arts), ids, strict=True))
    assert got["alder/0"] == got["alder/1"] != got["bright/0"]
    assert c.take_merges() == [] and c.resolve(got["bright/0"]) == got["bright/0"]
    # The guards decide it: with the join floor and the repair threshold lowered far
    # enough, the same lookup merges the two fires (the online pass alone still does not).
    loose = ClusterConfig(join_floor=0.1)
    ids, c = _run(loose, arts)
    assert c.take_merges() == []
    ids, c = _run(ClusterConfig(join_floor=0.1, repair_threshold=0.1), arts)
    assert c.take_merges() == [(got["bright/0"], got["alder/0"])]


def test_repair_is_deterministic() -> None:
    arts = _stream(DAM) + _stream(FIRES)[-3:]
    runs = []
    for _ in range(2):
        ids, c = _run(REPAIR, arts)
        runs.append((ids, c.take_merges(), c.stories(), dict(c.redirects)))
    assert runs[0] == runs[1]
    assert runs[0][1]  # something was merged


def test_main_job_records_the_merge_in_the_store(tmp_path: Path) -> None:
    from plainwire.pipeline import Pipeline, story_id_for
    from plainwire.settings import load_config
    from plainwire.store import Store

    config = load_config(str(tmp_path), {"split_repair": 0.24})
    store = Store(config.db_path)
    pipeline = Pipeline(store, config)
    try:
        for a in _stream(DAM):
            art = Article(a.id, a.title, a.text, url=f"https://example.test/{a.id}")
            store.put_article(art)
            pipeline._place(art)
        kept, gone = (
            story_id_for(DAM[0]),
            story_id_for(DAM[1]),
        )  # the main job names a story by its first article
        assert pipeline.clusterer.story_of("dam/1") == kept and pipeline.clusterer.resolve(gone) == kept
        assert {sa.article.id for sa in store.story_articles(kept)} == {"dam/0", "dam/1", "dam/2"}
        row = store.get_story(gone)
        assert row is not None and row.merged_into == kept  # the absorbed page redirects
        assert store.story_articles(gone) == []
    finally:
        pipeline.close()
        store.close()


def test_restart_restores_the_merged_story_under_the_kept_id() -> None:
    arts = _stream(DAM)
    _ids, c = _run(REPAIR, arts)
    ((gone, kept),) = c.take_merges()
    by_id = {a.id: a for a in arts}
    warm = OnlineClusterer(REPAIR)
    warm.restore([(sid, [by_id[i] for i in ids]) for sid, ids in c.stories().items()])
    assert warm.stories() == c.stories() and gone not in warm.stories()
    follow = Article(
        "dam/3",
        "Corran dam: Tillby families return home as reservoir level falls",
        "Families from Tillby and Ostmark went home on Wednesday after the Vessel Water Board lowered the "
        "Corran reservoir by three metres. Halvard Mink said the cracked spillway wall would be rebuilt.",
    )
    assert warm.add(follow) == c.add(follow) == kept
