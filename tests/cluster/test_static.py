"""Static word-vector signal (plainwire.cluster.static) in the batch and online passes."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch, static
from plainwire.cluster.index import DocFreq
from plainwire.cluster.text import tokenize_article
from plainwire.errors import ConfigError
from plainwire.models import Article

from .fixtures import event_articles, gold

# One fictional event told in different words, and an unrelated item from the same town.
RAIL = Article(
    id="rail/1",
    title="Corvell rail talks collapse as unions walk away",
    text="Negotiations between the Corvell railway unions and the operator broke down on Friday, "
    "raising the prospect of walkouts across the network next month.",
)
RAIL_PARAPHRASE = Article(
    id="rail/2",
    title="Corvell train staff discussions fail, stoppages loom",
    text="Discussions between train workers' representatives and the company running Corvell's lines "
    "ended without agreement, and strikes now look likely within weeks.",
)
POOL = Article(
    id="pool/1",
    title="Corvell opens new public swimming pool",
    text="The town of Corvell opened a heated public swimming pool on Saturday, paid for by a local "
    "lottery grant and open every day of the year.",
)


def _vectors(arts: list[Article]) -> list[np.ndarray]:
    cfg = ClusterConfig()
    toks = [tokenize_article(a.title, a.text, cfg) for a in arts]
    df = DocFreq()
    for t in toks:
        df.add({k for part in t for k, _, _, _ in part if k})
    return [static.embed(t, df.idf) for t in toks]


def test_paraphrase_is_nearer_than_another_event_in_the_same_town() -> None:
    rail, para, pool = _vectors([*event_articles(), RAIL, RAIL_PARAPHRASE, POOL])[-3:]
    for v in (rail, para, pool):
        assert v.dtype == np.float32 and abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
    assert float(rail @ para) > float(rail @ pool) + 0.15
    assert float(rail @ para) > float(para @ pool) + 0.15


def test_no_known_word_gives_zeros() -> None:
    (v,) = _vectors([Article(id="x", title="Zzqvx blorptang", text="the of and 12345")])
    assert not v.any()


def test_mix_is_the_weighted_sum_of_cosines() -> None:
    rng = np.random.default_rng(5)
    s1, s2 = (x / np.linalg.norm(x) for x in rng.normal(size=(2, 96)))
    d1, d2 = (x / np.linalg.norm(x) for x in rng.normal(size=(2, 384)))
    cfg = dataclasses.replace(ClusterConfig(), static_weight=0.2, dense_weight=0.5)
    m1 = static.mix(s1, d1, cfg, batch=False)
    m2 = static.mix(s2, d2, cfg, batch=False)
    assert m1 is not None and m2 is not None
    w = static.emb_weight(cfg, batch=False)
    assert w * float(m1 @ m2) == pytest.approx(0.2 * float(s1 @ s2) + 0.5 * float(d1 @ d2))
    assert float(np.linalg.norm(m1)) == pytest.approx(1.0)


def test_batch_static_is_off_when_the_dense_encoder_is_on() -> None:
    cfg = ClusterConfig()
    assert static.static_weight(cfg, batch=True) == cfg.batch_static_weight > 0
    assert static.static_weight(cfg, batch=False) == cfg.static_weight == 0.0
    with_dense = dataclasses.replace(cfg, dense_weight=0.5)
    assert static.static_weight(with_dense, batch=True) == 0.0


@pytest.mark.parametrize("weight", [0.0, 0.2, 0.3])
def test_batch_groups_fixture_events_with_or_without_static(weight: float) -> None:
    arts = [*event_articles(), RAIL, RAIL_PARAPHRASE, POOL]
    groups = cluster_batch(arts, dataclasses.replace(ClusterConfig(), batch_static_weight=weight))
    for g in groups:  # no group mixes two events (the rail pair is one event)
        assert len({a.split("/")[0] if a.startswith(("rail", "pool")) else gold(a) for a in g}) == 1
    fixture = {frozenset(g) for g in groups if not g[0].startswith(("rail", "pool"))}
    assert len(fixture) == 5


def test_static_raises_the_paraphrase_pair_score_in_the_batch() -> None:
    # With a heavier static term the paraphrase joins; without, it does not (same threshold).
    arts = [*event_articles(), RAIL, RAIL_PARAPHRASE, POOL]
    plain = cluster_batch(arts, dataclasses.replace(ClusterConfig(), batch_static_weight=0.0))
    heavy = cluster_batch(arts, dataclasses.replace(ClusterConfig(), batch_static_weight=0.3))
    assert ["rail/1", "rail/2"] not in plain
    assert ["rail/1", "rail/2"] in heavy
    assert ["pool/1"] in heavy


def test_out_of_range_weights_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="static_weight"):
        OnlineClusterer(dataclasses.replace(ClusterConfig(), static_weight=0.6, dense_weight=0.5))
    with pytest.raises(ConfigError, match="batch_static_weight"):
        cluster_batch(event_articles(), dataclasses.replace(ClusterConfig(), batch_static_weight=1.5))


def test_online_static_is_the_same_through_add_add_many_and_restore() -> None:
    cfg = dataclasses.replace(ClusterConfig(), static_weight=0.2)
    arts = [*event_articles(), RAIL, RAIL_PARAPHRASE, POOL]
    one = OnlineClusterer(cfg)
    by_add = [one.add(a) for a in arts]
    many = OnlineClusterer(cfg)
    assert list(many.add_many(arts, workers=-1)) == by_add
    stories = one.stories()
    restored = OnlineClusterer(cfg)
    restored.restore((sid, [a for a in arts[:-1] if a.id in ids]) for sid, ids in stories.items())
    again = OnlineClusterer(cfg)
    for a in arts[:-1]:
        again.add(a)
    assert restored.add(POOL) == again.add(POOL)
    story = one._by_id[by_add[0]]
    assert story.dense is not None and story.dense.shape == (96,)
