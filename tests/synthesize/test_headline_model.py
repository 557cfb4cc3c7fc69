"""The learned headline choice (headline_model.py, headline.STRATEGY "learned").

Every text here is invented for these tests.
"""

import numpy as np
import pytest

from plainwire.synthesize import headline, headline_model
from plainwire.synthesize.headline import build_headline, calm_fn, candidates, tidy
from plainwire.synthesize.headline_clause import clause_headline
from plainwire.synthesize.headline_model import HEADLINE_FEATURES, Candidate, HeadlineModel, choose, features

from .test_headline import LEADS, SENTENCES, TITLES, loaded

COL = {name: k for k, name in enumerate(HEADLINE_FEATURES)}


def _model(**weights: float) -> HeadlineModel:
    coef = [0.0] * len(HEADLINE_FEATURES)
    for name, v in weights.items():
        coef[COL[name]] = v
    return HeadlineModel(tuple(coef), 0.0)


def test_shipped_model_matches_the_feature_list():
    headline_model.default_model.cache_clear()
    m = headline_model.default_model()
    assert m is not None, "data/headline_model.json missing or fitted for other features"
    assert len(m.coef) == len(HEADLINE_FEATURES)
    assert all(np.isfinite(m.coef))


def test_candidates_are_distinct_tidied_titles_then_one_clause():
    titles = [*TITLES, "VIDEO: Riverton council approves $40 million for new Grey River bridge", "Bridge", ""]
    got = candidates(titles, np.array([0.1, 0.5, 0.2, 0.4, 0.9, 0.0]), SENTENCES)
    # the labelled copy tidies to the same text as title 1, "Bridge" is too short, "" is nothing
    assert [c.kind for c in got] == ["title", "title", "title", "clause"]
    assert [c.text for c in got[:3]] == [tidy(t) for t in TITLES]
    assert got[1].support == 0.5 and got[1].raw == TITLES[1]
    assert got[3].text == clause_headline(LEADS[5]) and got[3].support == 0.6
    assert all(len(c.text.split()) <= headline.MAX_WORDS for c in got)


def test_features_describe_each_candidate():
    cands = [
        Candidate(tidy(TITLES[1]), TITLES[1], "title", 0.5),
        Candidate(tidy(TITLES[2]), TITLES[2], "title", 0.2),
        Candidate(
            "Mayor Ortiz says Grey River bridge will reopen",
            "Mayor Ortiz says Grey River bridge will reopen",
            "clause",
            0.4,
        ),
    ]
    x = features(cands, [LEADS[5], LEADS[0]], loaded)
    assert x.shape == (3, len(HEADLINE_FEATURES))
    assert list(x[:, COL["support_rel"]]) == pytest.approx([0.0, -0.3, -0.1])
    assert list(x[:, COL["question"]]) == [0.0, 1.0, 0.0]
    assert list(x[:, COL["clause"]]) == [0.0, 0.0, 1.0]
    assert list(x[:, COL["numbers"]]) == [1.0, 0.0, 0.0]
    assert x[1, COL["loaded"]] == pytest.approx(loaded(TITLES[2]))
    # title 1 shares most of its words with the Story's top sentence (the council vote), the
    # clause only "Grey River bridge"; it shares more with the top two sentences together
    assert x[0, COL["lead_overlap"]] > x[2, COL["lead_overlap"]] > 0
    assert x[2, COL["top_overlap"]] > x[2, COL["lead_overlap"]]
    assert np.all(np.abs(x[:, COL["centrality"]]) <= 1.0 + 1e-6)


def test_choose_takes_the_best_scored_calm_candidate():
    cands = candidates(TITLES, np.array([0.9, 0.3, 0.8]), SENTENCES)
    calm = calm_fn(loaded)
    # the support weight alone: the charged title (0.9) and the question (0.8) are out
    got = choose(cands, [s for s, _ in SENTENCES], loaded, calm, _model(support=1.0))
    assert got is not None and got.text == clause_headline(LEADS[5])  # 0.6 > 0.3
    # a model that would love a question still never gets one while a calm statement exists
    got = choose(cands, [s for s, _ in SENTENCES], loaded, calm, _model(question=5.0, numbers=1.0))
    assert got is not None and got.raw == TITLES[1]
    # nothing calm: no choice (build_headline falls back to the support rule)
    assert choose(cands[:1] + cands[2:3], [], loaded, calm, _model(support=1.0)) is None


def test_learned_strategy_in_build_headline():
    support = np.array([0.9, 0.5, 0.9])
    head, kind = build_headline(TITLES, support, loaded, SENTENCES, strategy="learned")
    assert kind in ("title", "clause")
    assert head in (tidy(TITLES[1]), clause_headline(LEADS[5]))  # never the charged or the question title
    assert len(head.split()) <= headline.MAX_WORDS
    assert build_headline(TITLES, support, loaded, SENTENCES, strategy="learned") == (head, kind)
    # every title charged or a question and no clause: the support rule's last resort, as before
    bad = [("He said it would happen soon.", 0.9)]
    args = ([TITLES[0], TITLES[2]], np.array([0.9, 0.8]), loaded, bad)
    assert build_headline(*args, strategy="learned") == build_headline(*args, strategy="title")


def test_learned_strategy_without_a_model_uses_the_support_rule(monkeypatch):
    monkeypatch.setattr(headline_model, "default_model", lambda: None)
    support = np.array([0.6, 0.5, 0.6])
    assert build_headline(TITLES, support, loaded, SENTENCES, strategy="learned") == build_headline(
        TITLES, support, loaded, SENTENCES, strategy="title"
    )


def test_fit_learns_the_within_story_preference_and_ignores_story_level_shifts():
    from tools.synth_headline_fit import fit

    rng = np.random.default_rng(3)
    groups = []
    for _ in range(200):
        x = rng.normal(size=(3, len(HEADLINE_FEATURES)))
        # the target rises with centrality and falls with words; each story adds its own offset,
        # which a per-story (centred) fit must not try to explain
        y = 0.05 * x[:, COL["centrality"]] - 0.02 * x[:, COL["words"]] + rng.normal() * 10
        groups.append((x, y))
    model = fit(groups, 1.0, "full")
    assert model["features"] == list(HEADLINE_FEATURES)
    coef = dict(zip(HEADLINE_FEATURES, model["coef"], strict=True))
    assert coef["centrality"] == pytest.approx(0.05, abs=0.005)
    assert coef["words"] == pytest.approx(-0.02, abs=0.005)
    assert max(abs(v) for k, v in coef.items() if k not in ("centrality", "words")) < 0.005
