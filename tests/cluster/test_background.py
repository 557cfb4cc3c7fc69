"""Online hubness (background) correction: one threshold for quiet and crowded streams."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.models import Article

from .fixtures import T0

# A story the probe article is about, and five other live stories that each share a
# word or two with the probe (fictional texts written for this test).
TARGET = (
    "Ostrava Bay ferry staff strike over pay",
    "Ferry staff at Ostrava Bay stopped work on Monday in a dispute over pay, union leader Jonas "
    "Pell said, and the island sailings were cancelled.",
)
NEIGHBOURS = [
    (
        "Kelmouth ferry timetable changes for summer",
        "The Kelmouth island ferry will sail twice an hour from June under a new summer timetable, the "
        "operator Brisk Lines announced.",
    ),
    (
        "Ostrava council approves school budget",
        "Ostrava city council approved a larger school budget on Thursday after a long debate about "
        "teacher salaries and classroom repairs.",
    ),
    (
        "Lindqvist bay bridge repairs finish early",
        "Repairs to the bay bridge in Lindqvist finished two weeks early, engineers said, and both lanes "
        "reopened to lorries.",
    ),
    (
        "Port Selwyn harbour handles record cargo",
        "Harbour officials in Port Selwyn reported record container volumes for the quarter, driven by "
        "grain exports to the south.",
    ),
    (
        "Snow keeps Vessen mountain crossings halted",
        "Heavy snow kept the high road crossings of the Vessen mountains halted for a second day as "
        "ploughs cleared avalanches.",
    ),
]
PROBE = (
    "Ferry crossings halted at Ostrava Bay",
    "Ferry crossings were halted again on Tuesday, harbour officials said, as crews stayed away from work.",
)


def _place_probe(config: ClusterConfig, *, crowded: bool) -> tuple[str, str]:
    """(story of the target article, story of the probe).

    Quiet: the neighbours were published a week earlier, so they count for the IDF but
    are dormant; crowded: they are live. Same texts, same IDF, only the live set differs.
    """
    c = OnlineClusterer(config)
    for i, (title, body) in enumerate(NEIGHBOURS):
        when = T0 if crowded else T0 - timedelta(days=6)
        c.add(Article(id=f"n{i}", title=title, text=body, published=when))
    target = c.add(Article(id="t", title=TARGET[0], text=TARGET[1], published=T0))
    probe = c.add(Article(id="p", title=PROBE[0], text=PROBE[1], published=T0 + timedelta(hours=1)))
    return target, probe


def test_neighbours_are_separate_stories() -> None:
    c = OnlineClusterer()
    ids = [c.add(Article(id=f"n{i}", title=t, text=b, published=T0)) for i, (t, b) in enumerate(NEIGHBOURS)]
    assert len(set(ids)) == len(NEIGHBOURS)


def test_quiet_stream_joins_on_the_plain_score() -> None:
    target, probe = _place_probe(ClusterConfig(), crowded=False)
    assert probe == target


def test_crowded_stream_asks_more_of_the_same_score() -> None:
    target, probe = _place_probe(ClusterConfig(), crowded=True)
    assert probe != target  # the probe does not stand out from the other live stories
    # Without the correction, the same threshold joins it: the live set made the difference.
    plain = replace(ClusterConfig(), background_weight=0.0)
    target, probe = _place_probe(plain, crowded=True)
    assert probe == target


def test_floor_holds_in_a_quiet_stream() -> None:
    # No background to subtract, but a plain score under the floor is still no event.
    target, probe = _place_probe(replace(ClusterConfig(), join_floor=0.5), crowded=False)
    assert probe != target


def test_restore_then_add_matches_an_uninterrupted_run() -> None:
    cfg = ClusterConfig()
    arts = [Article(id=f"n{i}", title=t, text=b, published=T0) for i, (t, b) in enumerate(NEIGHBOURS)]
    arts.append(Article(id="t", title=TARGET[0], text=TARGET[1], published=T0))
    probe = Article(id="p", title=PROBE[0], text=PROBE[1], published=T0 + timedelta(hours=1))
    whole = OnlineClusterer(cfg)
    for a in arts:
        whole.add(a)
    restored = OnlineClusterer(cfg)
    restored.restore((sid, [a for a in arts if a.id in aids]) for sid, aids in whole.stories().items())
    assert restored.add(probe) == whole.add(probe)
