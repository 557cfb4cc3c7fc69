"""The online pass's grouping as evidence for the whole-set pass (``online_prior``).

Uses the invented council reports of test_mates (mostly one-article stories on one broad
topic): there the "has a mate" test keeps two lone texts apart unless their score stands
out; with ``online_prior`` the online grouping (or the stored assignment) may still join
them, or seed the pass's groups.
"""

from __future__ import annotations

import dataclasses

import pytest

from plainwire.cluster import ClusterConfig, cluster_batch, recluster
from plainwire.cluster.batch import online_assignment
from plainwire.cluster.mates import MateTest, set_cutoff
from plainwire.errors import ConfigError
from plainwire.models import Article

from .test_mates import _mostly_singletons, _story

MATE = ClusterConfig(mate_fdr=0.2)


def _glued_pair(arts: list[Article]) -> tuple[str, str]:
    """Two reports of different stories that the pass without the mate test glues as a
    pair (their score passes the link rule) and the mate test keeps apart."""
    plain = cluster_batch(arts, ClusterConfig())
    tested = {a: gi for gi, g in enumerate(cluster_batch(arts, MATE)) for a in g}
    for g in plain:
        if len(g) == 2 and _story(g[0]) != _story(g[1]) and tested[g[0]] != tested[g[1]]:
            return g[0], g[1]
    raise AssertionError("the fixture has no pair the mate test splits")


def _alone(arts: list[Article], *together: str) -> dict[str, str]:
    """Every article its own story, except ``together`` in one."""
    prior = {a.id: a.id for a in arts}
    for a in together:
        prior[a] = "joint"
    return prior


def _group_of(groups: list[list[str]], aid: str) -> set[str]:
    return next(set(g) for g in groups if aid in g)


def test_link_lets_online_evidence_start_a_group_the_mate_test_refuses() -> None:
    arts = _mostly_singletons()
    a, b = _glued_pair(arts)
    prior = _alone(arts, a, b)
    linked = cluster_batch(arts, dataclasses.replace(MATE, online_prior="link"), prior=prior)
    assert _group_of(linked, a) == {a, b}
    # The prior is read only with the setting on.
    off = cluster_batch(arts, MATE, prior=prior)
    assert b not in _group_of(off, a)


def test_link_still_needs_the_link_rule() -> None:
    # The online pass put two unrelated reports together, but their score does not pass
    # the default link rule: the evidence alone does not join them.
    arts = _mostly_singletons()
    ferry = next(x.id for x in arts if x.id.startswith("ferry/"))
    one = next(x.id for x in arts if x.id.startswith("one"))
    groups = cluster_batch(arts, dataclasses.replace(MATE, online_prior="link"), prior=_alone(arts, ferry, one))
    assert one not in _group_of(groups, ferry)


def test_seed_starts_from_the_prior_groups() -> None:
    arts = _mostly_singletons()
    ferry = next(x.id for x in arts if x.id.startswith("ferry/"))
    one = next(x.id for x in arts if x.id.startswith("one"))
    groups = cluster_batch(arts, dataclasses.replace(MATE, online_prior="seed"), prior=_alone(arts, ferry, one))
    assert {ferry, one} <= _group_of(groups, ferry)
    # ... and the pass still joins the true events around the seeds.
    for ev in ("depot", "clock", "kiosk"):
        ids = {x.id for x in arts if _story(x.id) == ev}
        assert ids <= _group_of(groups, next(iter(ids)))


def test_guard_keeps_a_lone_text_from_growing_a_seeded_group() -> None:
    # The default pass glues three unrelated reports; seed two of them as one online
    # story: "seed" lets the third join by the group rule, "guard" asks the mate test of
    # it too, and it stays out.
    arts = _mostly_singletons()
    trio = next(g for g in cluster_batch(arts, ClusterConfig()) if len(g) == 3 and len({_story(a) for a in g}) == 3)
    pair, third = trio[:2], trio[2]
    prior = _alone(arts, *pair)
    seeded = cluster_batch(arts, dataclasses.replace(MATE, online_prior="seed"), prior=prior)
    assert _group_of(seeded, pair[0]) == set(trio)
    guarded = cluster_batch(arts, dataclasses.replace(MATE, online_prior="guard"), prior=prior)
    assert _group_of(guarded, pair[0]) == set(pair)
    assert _group_of(guarded, third) == {third}


def test_count_raises_the_set_cutoff() -> None:
    # Forty texts with the same tail; their best neighbours score a little higher text by
    # text, none an outlier (p 0.19-0.97), so the set discovers nothing, until every
    # second text is joined by the evidence: those count as discoveries (p = 0) and the
    # cutoff relaxes enough to pass some unremarkable pairs.
    tail = [0.30 - 0.01 * k for k in range(20)]
    near = [([(i + 1) % 40] + [0] * 19, [0.30 + 0.006 * i] + tail[1:]) for i in range(40)]
    test = MateTest(near)
    for q in (0.2, 0.5):
        cut, tested = set_cutoff(test, near, q)
        assert tested == 40 and cut < 0
    cut2, _ = set_cutoff(test, near, 0.2, lambda i, j: i % 2 == 0)
    assert cut2 == 0.0  # at 0.2 the discoveries pass, no unremarkable pair does
    cut5, _ = set_cutoff(test, near, 0.5, lambda i, j: i % 2 == 0)
    assert 0.25 < cut5 < 0.4


def test_without_a_prior_the_online_pass_is_run() -> None:
    arts = _mostly_singletons()
    cfg = dataclasses.replace(MATE, online_prior="link")
    assert cluster_batch(arts, cfg) == cluster_batch(arts, cfg, prior=online_assignment(arts, cfg))


def test_recluster_reads_the_current_assignment() -> None:
    arts = _mostly_singletons()
    a, b = _glued_pair(arts)
    current = _alone(arts, a, b)
    cfg = dataclasses.replace(MATE, online_prior="link")
    res = recluster(arts, current, cfg)
    assert res.assignment[a] == res.assignment[b]
    res_off = recluster(arts, current, MATE)
    assert res_off.assignment[a] != res_off.assignment[b]


def test_unknown_mode_is_an_error_and_default_is_off() -> None:
    assert ClusterConfig().online_prior is None
    with pytest.raises(ConfigError):
        cluster_batch(_mostly_singletons()[:5], ClusterConfig(online_prior="both"))
