"""The learned stopping rule of the Story walk (stop.py) and the story-relative features (rankfeat.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from plainwire.synthesize import core, stop
from plainwire.synthesize.rankfeat import EXTRA_FEATURES, extra_features
from plainwire.synthesize.select import FEATURES
from plainwire.synthesize.sentences import Sentence

from .fixtures import BRIDGE


def _walk(words, order, limit, hard, floor, stop_at):
    return stop.walk(order, lambda i: words[i], limit, hard, floor, stop_at)


def test_walk_takes_what_fits_and_skips_what_does_not():
    words = [30, 50, 20, 10]
    # 50 does not fit the 55-word limit after 30; 20 does, then 10 would exceed it
    assert _walk(words, [0, 1, 2, 3], 55, 75, 1, lambda *a: False) == [0, 2]
    assert _walk(words, [0, 1, 2, 3], 60, 75, 1, lambda *a: False) == [0, 2, 3]
    # the first sentence only has to fit the hard cap (max_words), not the limit
    assert _walk([70, 5], [0, 1], 40, 75, 1, lambda *a: False) == [0]
    assert _walk([80, 5], [0, 1], 40, 75, 1, lambda *a: False) == [1]


def test_walk_stops_at_first_fitting_candidate_the_rule_rejects():
    words = [10, 10, 10, 10]
    seen = []

    def stop_at(i, picked, total):
        seen.append((i, list(picked), total))
        return i == 2

    assert _walk(words, [0, 1, 2, 3], 75, 75, 1, stop_at) == [0, 1]
    # never asked about the first sentence; asked with what is printed so far
    assert seen == [(1, [0], 10), (2, [0, 1], 20)]


def test_walk_never_stops_below_the_floor():
    words = [10, 10, 10, 10]
    assert _walk(words, [0, 1, 2, 3], 75, 75, 25, lambda *a: True) == [0, 1, 2]


def test_stop_model_compares_logit_with_cut():
    m = stop.StopModel(coef=(1.0, -2.0), bias=0.5, cut=0.0)
    assert m.logit(np.array([1.0, 1.0])) == pytest.approx(-0.5)
    assert m.stops(np.array([1.0, 1.0]))
    assert not m.stops(np.array([1.0, 0.0]))


def test_shipped_model_matches_the_feature_list():
    stop.default_model.cache_clear()
    m = stop.default_model()
    assert m is not None, "data/stop_model.json missing or fitted for other features"
    assert len(m.coef) == len(stop.STOP_FEATURES) == len(FEATURES) + len(EXTRA_FEATURES) + 7
    assert all(math.isfinite(c) for c in m.coef) and math.isfinite(m.cut)


def test_walk_features_describe_the_walk():
    x = np.arange(3, dtype=float)
    sim_row = np.array([0.0, 0.4, 0.9, 0.2])
    f = stop.walk_features(x, 0.3, [1, 3], 30, 15, 60, 0.5, sim_row)
    assert list(f[:3]) == [0.0, 1.0, 2.0]
    score, printed, total, cand, room, contained, max_sim = f[3:]
    assert (score, printed, contained) == (0.3, 2, 0.5)
    assert total == pytest.approx(30 / 75) and cand == pytest.approx(15 / 30)
    assert room == pytest.approx(30 / 75)
    assert max_sim == pytest.approx(0.4)  # of the printed sentences 1 and 3, not of 2
    assert stop.walk_features(x, 0.3, [], 0, 15, 60, 0.0, sim_row)[-1] == 0.0
    assert stop.containment(frozenset({"a", "b"}), {"a"}) == 0.5
    assert stop.containment(frozenset(), set()) == 1.0


def _sentence(article: str, index: int, text: str) -> Sentence:
    return Sentence(article_id=article, index=index, text=text, raw=text, source=article)


def test_extra_features_are_relative_to_the_story():
    pool = [
        _sentence("a", 0, "The council approved 40 million dollars for the bridge."),
        _sentence("a", 1, '"It is a good day," the mayor said.'),
        _sentence("b", 0, "Council members voted for the new bridge on Tuesday."),
        _sentence("c", 0, "A storm hit the coast."),
    ]
    arts = [0, 0, 1, 2]
    sim = np.array(
        [
            [1.0, 0.1, 0.6, 0.0],
            [0.1, 1.0, 0.0, 0.0],
            [0.6, 0.0, 1.0, 0.35],
            [0.0, 0.0, 0.35, 1.0],
        ]
    )
    title_sim = np.array([[0.5, 0.2, 0.0], [0.0, 0.0, 0.0], [0.1, 0.7, 0.0], [0.0, 0.0, 0.9]])
    base = np.zeros((4, len(FEATURES)))
    base[:, FEATURES.index("support")] = [0.4, 0.0, 0.3, 0.1]
    base[:, FEATURES.index("keep")] = [0.05, -0.02, 0.01, 0.0]
    base[:, FEATURES.index("loaded")] = [0.2, 0.6, 0.1, 0.3]
    x = extra_features(pool, base, FEATURES, sim, title_sim, arts, 3, None, 1)
    col = {n: k for k, n in enumerate(EXTRA_FEATURES)}
    assert x.shape == (4, len(EXTRA_FEATURES))
    assert list(x[:, col["first"]]) == [1.0, 0.0, 1.0, 1.0]
    # best match in another article (its own article's sentences and title never count)
    assert list(x[:, col["support_max"]]) == pytest.approx([0.6, 0.0, 0.6, 0.35])
    # share of the two other articles that say the same (>= 0.3)
    assert list(x[:, col["support_n"]]) == pytest.approx([0.5, 0.0, 1.0, 0.5])
    assert list(x[:, col["support_rel"]]) == pytest.approx([0.0, -0.4, -0.1, -0.3])
    assert list(x[:, col["keep_rel"]]) == pytest.approx([0.0, -0.07, -0.04, -0.05])
    assert list(x[:, col["art_loaded"]]) == pytest.approx([0.4, 0.4, 0.1, 0.3])
    assert list(x[:, col["headline_sim"]]) == pytest.approx([0.2, 0.0, 0.7, 0.0])
    assert list(x[:, col["headline_art"]]) == [0.0, 0.0, 1.0, 0.0]
    assert list(x[:, col["quote_any"]]) == [0.0, 1.0, 0.0, 0.0]
    assert x[0, col["numbers"]] == pytest.approx(1 / 3)
    assert not x[:, col["centroid"]].any()  # no vectors: no centroid


def test_extra_features_centroid_from_vectors():
    pool = [_sentence("a", 0, "one two"), _sentence("b", 0, "three four"), _sentence("b", 1, "five six")]
    v = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.0, 1.0]])  # 3 sentences, 2 titles
    x = extra_features(
        pool, np.zeros((3, len(FEATURES))), FEATURES, np.eye(3), np.zeros((3, 2)), [0, 1, 1], 2, v, None
    )
    c = x[:, EXTRA_FEATURES.index("centroid")]
    # centroid direction (2, 1) / sqrt(5)
    assert list(c) == pytest.approx([2 / math.sqrt(5), 2 / math.sqrt(5), 1 / math.sqrt(5)])


def _never(cut: float) -> stop.StopModel:
    return stop.StopModel(coef=(0.0,) * len(stop.STOP_FEATURES), bias=0.0, cut=cut)


def test_synthesize_uses_the_model_only_with_short_max_words(monkeypatch):
    # cut above every logit: the walk stops after its first sentence (only where the model applies)
    monkeypatch.setattr(core, "default_stop_model", lambda: _never(math.inf))
    short = core.synthesize("bridge", BRIDGE, max_words=75)
    assert len(short.story) == 1
    # without max_words the Story is longer than the model's training range: the score bar decides
    full = core.synthesize("bridge", BRIDGE)
    assert len(full.story) > 1
    # cut below every logit: the walk fills the room the length rule leaves
    monkeypatch.setattr(core, "default_stop_model", lambda: _never(-math.inf))
    filled = core.synthesize("bridge", BRIDGE, max_words=75)
    assert len(filled.story) > 1
    assert sum(len(s.text.split()) for s in filled.story) <= 75


def test_stop_feature_rows_have_the_model_width(monkeypatch):
    rows = []
    real = core.stop_features

    def recording(*args):
        f = real(*args)

        def g(i, picked, total):
            row = f(i, picked, total)
            rows.append(row)
            return row

        return g

    monkeypatch.setattr(core, "stop_features", recording)
    core.synthesize("bridge", BRIDGE, max_words=75)
    assert rows and all(r.shape == (len(stop.STOP_FEATURES),) for r in rows)
    assert all(np.isfinite(r).all() for r in rows)
