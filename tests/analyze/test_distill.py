"""Distillation step of the tone-model build (tools/build_tone_model.py, tenth session).

The teacher itself (MiniLM) needs the embeddings extra; these tests exercise what the student
fit does with teacher probabilities, the corpus selection and the sharpening, on invented text.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tests.analyze.test_wvec import _rows

# A toy fit: no word embeddings (wemb off) and no MiniLM vocabulary (unattested_common off).
_TOY = {"min_df": 1, "wemb": 0, "unattested_common": 0}


def _corpus(word: str, n: int = 30) -> list[str]:
    # Invented unlabelled sentences that all contain ``word`` in the outlet's own voice.
    places = ["harbour", "station", "library", "market", "bridge", "museum"]
    return [f"The new {word} plan for the {places[i % len(places)]} was published in week {i}" for i in range(n)]


def test_sharpen_keeps_order_and_moves_away_from_one_half() -> None:
    from tools.build_tone_model import sharpen

    p = np.array([0.1, 0.4, 0.5, 0.7, 0.95])
    assert np.array_equal(sharpen(p, 1.0), p)
    s = sharpen(p, 0.5)
    assert np.all(np.diff(s) > 0)
    assert s[2] == pytest.approx(0.5)
    assert s[0] < p[0] and s[1] < p[1] and s[3] > p[3] and s[4] > p[4]
    # T = 0.5 doubles the logit
    assert s[3] == pytest.approx(1 / (1 + np.exp(-2 * np.log(0.7 / 0.3))))


def test_no_distillation_without_weight_or_corpus() -> None:
    from tools.build_tone_model import fit

    rows = _rows()
    base = fit(rows, {}, {}, _TOY)
    corpus = _corpus("timetable")
    probs = [0.9] * len(corpus)
    del base["params"]

    def same(d: dict[str, object]) -> bool:
        return {k: v for k, v in d.items() if k != "params"} == base

    assert same(fit(rows, {}, {}, _TOY, distill=(corpus, probs)))  # distill_w defaults to 0
    assert same(fit(rows, {}, {}, {**_TOY, "distill_w": 0.5}, distill=([], [])))


def test_teacher_probabilities_move_the_student() -> None:
    # "approved" occurs only in calm labelled sentences; a teacher that finds the corpus
    # sentences containing it loaded must make the student warmer on such text, one that
    # finds them plain cooler.
    from tools.build_tone_model import fit

    from plainwire.analyze.model import ToneModel, vader_lexicon

    rows = _rows()
    corpus = _corpus("approved")
    probe = "The approved plan for the depot was published"

    def student(w: float, p: float | None) -> tuple[ToneModel, dict[str, Any]]:
        d = fit(rows, {}, {}, {**_TOY, "distill_w": w}, distill=(corpus, [p] * len(corpus)) if p else None)
        return ToneModel.from_dict(d, vader_lexicon()), d

    base, d_base = student(0.5, None)
    hot, d_hot = student(0.5, 0.95)
    cold, _ = student(0.5, 0.05)
    hotter, _ = student(2.0, 0.95)
    assert hot.fast_logit(probe) > base.fast_logit(probe) + 1.0
    assert cold.fast_logit(probe) < base.fast_logit(probe)
    assert hotter.fast_logit(probe) > hot.fast_logit(probe)
    assert hot.word_w["approved"] > base.word_w["approved"] > cold.word_w["approved"]
    # the model keeps its shape: the same dense features, words only from the labelled rows
    assert set(d_hot["dense"]) == set(d_base["dense"])
    assert set(hot.word_w) <= _vocab(rows)


def _vocab(rows: list[dict[str, object]]) -> set[str]:
    from plainwire.analyze.text import stem, tokenize

    out: set[str] = set()
    for r in rows:
        toks = tokenize(str(r["text"]))
        out.update(t.norm for t in toks)
        out.update("~" + stem(t.norm) for t in toks)
        out.update(a.norm + " " + b.norm for a, b in zip(toks, toks[1:], strict=False))
    return out


def test_distill_corpus_takes_titles_and_lead_sentences_and_drops_labelled_text() -> None:
    from tools.build_tone_model import distill_corpus

    stories = [
        {
            "articles": [
                {"title": "Harbour board backs the new ferry timetable", "text": "The harbour board voted on Monday. Ferries will run every hour from May."},
                {"title": "Ferry plan", "text": "The board's plan, which residents discussed for months, passed easily."},
            ]
        },
        {"articles": [{"title": "Harbour board backs the new ferry timetable", "text": ""}]},
    ]
    # a labelled sentence, spelt with other case and punctuation, must not come back as unlabelled
    labelled = ["the harbour board voted on monday!"]
    got = distill_corpus(stories, labelled)
    assert got == sorted(got) and len(got) == len(set(got))
    assert "Harbour board backs the new ferry timetable" in got  # a title, once
    assert "Ferries will run every hour from May." in got
    assert "The board's plan, which residents discussed for months, passed easily." in got
    assert "The harbour board voted on Monday." not in got
    assert "Ferry plan" not in got  # fewer than four words
    assert len(got) == 3


@pytest.mark.extra
def test_teacher_probs_come_from_the_dense_stack_fitted_on_the_rows() -> None:
    # the teacher (lexical model + MiniLM sentence head) fitted on invented rows only
    from tools.build_tone_model import SentenceEncoder, teacher_probs

    texts = [
        "The planning board published the ferry schedule for the summer season",
        "The planning board rammed through a disgraceful and reckless ferry scheme",
        "Officials said the library will open an hour earlier on weekdays",
        "Officials buried a damning and shameful report on the filthy library",
    ]
    p = teacher_probs(_rows(), {}, {}, SentenceEncoder(None), texts, _TOY)
    assert p.shape == (4,) and np.all((p >= 0) & (p <= 1))
    assert p[1] > 0.5 > p[0] and p[3] > 0.5 > p[2]
