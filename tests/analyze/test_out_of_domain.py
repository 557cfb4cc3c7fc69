"""Plain reporting outside politics must not read as loaded (user audit, issue 6).

The tone model is fitted on BABE (political sentences). Words BABE never saw used to get a
high per-word and meaning-based probability ("crust", "fermentation"), so a bakery report was
labelled Charged. The fixture holds 60 plain and 20 loaded sentences about food, sports,
weather, science, local services and culture, all written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plainwire.analyze import analyze, sentence_loadedness
from plainwire.analyze.features import Lexicons, word_info
from plainwire.analyze.model import ToneModel, default_model
from plainwire.analyze.wordmodel import WordModel, shrink_unattested, unattested
from plainwire.models import Article

FIXTURE = Path(__file__).parent / "fixtures" / "out_of_domain_tone.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fixture_has_plain_and_loaded_sentences_in_every_domain() -> None:
    rows = _rows()
    assert sum(not r["loaded"] for r in rows) == 60 and sum(r["loaded"] for r in rows) == 20
    domains = {r["domain"] for r in rows}
    assert domains == {"food", "sports", "weather", "science", "services", "culture"}
    assert all({r["domain"] for r in rows if r["loaded"] == lab} == domains for lab in (True, False))


def test_plain_out_of_domain_sentences_score_below_half() -> None:
    # The model before the fix scored 6 of these 60 at >= 0.5 (mean 0.293); after it 2 (0.272).
    plain = [r["text"] for r in _rows() if not r["loaded"]]
    scores = [sentence_loadedness(t)[0] for t in plain]
    hot = [(round(s, 3), t) for s, t in zip(scores, plain, strict=True) if s >= 0.5]
    assert len(hot) <= 2, hot
    assert sum(scores) / len(scores) < 0.285


def test_loaded_out_of_domain_sentences_still_score_high() -> None:
    rows = _rows()
    loaded = [r["text"] for r in rows if r["loaded"]]
    plain = [r["text"] for r in rows if not r["loaded"]]
    lo = [sentence_loadedness(t)[0] for t in loaded]
    assert all(s >= 0.5 for s in lo), list(zip(lo, loaded, strict=True))
    # every loaded sentence above every plain one (AUC 1 on this set)
    assert min(lo) > max(sentence_loadedness(t)[0] for t in plain)


def test_bakery_report_from_the_audit_is_not_charged() -> None:
    art = Article(
        id="x",
        title="Ferrytown café takes baking prize",
        text=(
            "The café in Ferrytown took the regional baking prize on Saturday with a rye sourdough. "
            "The judges singled out the crust and the slow fermentation. "
            "The baker opened the café four years ago."
        ),
    )
    tone = analyze(art).tone
    assert tone.score < 0.5, tone
    assert tone.label not in ("Charged", "Provocative", "Alarming"), tone


def test_unattested_means_no_evidence_from_any_source() -> None:
    vader, loaded, marked = {"gloomy": -1.5}, {"slams": 1.2}, {"~crust": 0.0}
    assert unattested("regatta", vader, loaded, marked)
    assert not unattested("gloomy", vader, loaded, marked)  # VADER has a valence for it
    assert not unattested("slams", vader, loaded, marked)  # outlets use it, editors drop it
    assert not unattested("crusts", vader, loaded, marked)  # BABE saw the stem
    assert not unattested("very", vader, loaded, marked)  # a cue-list word (intensifier)
    # with a list of ordinary words, only those are shrunk; rare coinages keep their signal
    assert unattested("regatta", vader, loaded, marked, frozenset({"~regatta"}))
    assert not unattested("snarkfest", vader, loaded, marked, frozenset({"~regatta"}))


def test_shrink_moves_toward_the_reference_and_never_up() -> None:
    assert shrink_unattested(0.3, 0.05, 0.0) == pytest.approx(0.05)
    assert shrink_unattested(0.3, 0.05, 0.5) == pytest.approx(0.175)
    assert shrink_unattested(0.3, 0.05, 1.0) == pytest.approx(0.3)
    assert shrink_unattested(0.01, 0.05, 0.0) == pytest.approx(0.01)


def test_shipped_model_shrinks_only_unattested_words() -> None:
    m = default_model()
    wm = m.lex.word_model
    assert wm is not None and wm.shrink < 1.0 and m.lex.unattested_shrink < 1.0
    off = WordModel({}, {}, {}, {}, {})  # same tables and weights, shrinking switched off
    off.weights, off.vader, off.loaded, off.marked, off.freq = (
        wm.weights,
        wm.vader,
        wm.loaded,
        wm.marked,
        wm.freq,
    )
    for w in ("pathetic", "budget", "radical", "claimed"):  # attested: untouched
        assert wm.prob(w, False, False) == pytest.approx(off.prob(w, False, False))
    for w in ("crust", "baking"):  # ordinary words BABE never saw: pulled toward the plain level
        assert wm.prob(w, False, False) < off.prob(w, False, False)
        assert wm.prob(w, False, False) == pytest.approx(
            shrink_unattested(off.prob(w, False, False), wm.p_ref, wm.shrink)
        )
        raw = m.lex.wemb.get(w, 0.0)
        assert word_info(w, m.lex).wemb == pytest.approx(
            shrink_unattested(raw, m.lex.wemb_ref, m.lex.unattested_shrink)
        )
    assert wm.prob("snarkfestery", False, False) == pytest.approx(
        off.prob("snarkfestery", False, False)
    )  # not ordinary


def test_models_without_the_section_do_not_shrink() -> None:
    d = {"bias": 0.0, "token": {"bias": -1.0, "unseen": 2.0}, "wemb": {"regatta": 0.4}}
    m = ToneModel.from_dict(d, {})
    assert m.lex.word_model is not None and m.lex.word_model.shrink == 1.0
    assert word_info("regatta", m.lex).wemb == 0.4
    d["unattested"] = {"shrink": 0.0, "p_ref": 0.02, "wemb_ref": 0.01, "common": ["~regatta"]}
    m2 = ToneModel.from_dict(d, {})
    assert m2.lex.word_model is not None
    assert m2.lex.word_model.prob("regatta", False, False) == pytest.approx(0.02)
    assert word_info("regatta", m2.lex).wemb == pytest.approx(0.01)
    # not an ordinary word: keeps the model's own probability
    assert m2.lex.word_model.prob("snarkfest", False, False) > 0.5
    assert isinstance(m2.lex, Lexicons)


def test_accented_ordinary_words_count_as_ordinary() -> None:
    # Seventh session: MiniLM's uncased vocabulary, the source of the ordinary-word stems,
    # strips accents, so "café" must match "~cafe"; before, it kept the "unseen = suspicious"
    # treatment and was the bakery report's one piece of evidence.
    common = frozenset({"~cafe", "~naiv"})
    assert unattested("café", {}, {}, {}, common)
    assert unattested("naïve", {}, {}, {}, common)
    assert not unattested("cafés-fest", {}, {}, {}, common)
    m = default_model()
    wm = m.lex.word_model
    assert wm is not None
    assert wm.prob("café", False, False) < 0.2
    score, evidence = sentence_loadedness("Ferrytown café takes baking prize")
    assert "café" not in evidence and score < 0.5, (score, evidence)
