"""Plain articles outside politics read as plain; British spellings, compounds; quoted evidence.

Eighth session (issue 6, user audit): the audit's three-outlet bakery story was labelled
Charged ("honoured", "slow-fermented", "crust", "loaf", "rye sourdough"), and evidence inside a
quotation looked like the outlet's own words. The fixture ``ood_articles.jsonl`` holds 40
invented plain articles over ten domains (half British, half American spelling), 15 loaded
versions of some of them, and the bakery story's three reports (written for the project);
``bench/tone_ood_eval.py`` prints the same figures.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from plainwire.analyze import analyze, sentence_loadedness
from plainwire.analyze.features import word_info
from plainwire.analyze.model import QUOTED, default_model
from plainwire.analyze.spelling import american
from plainwire.analyze.tone import _merge_evidence, evidence_phrases, story_tone
from plainwire.analyze.wordmodel import ordinary, unattested
from plainwire.models import Analysis, Article, Tone

FIXTURE = Path(__file__).parent / "fixtures" / "ood_articles.jsonl"
# Ten more plain articles (sport, science, weather, culture, business; ninth session), written
# before the ninth session's changes were chosen and kept out of that choice.
HELDOUT = Path(__file__).parent / "fixtures" / "ood_articles_heldout.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def scored() -> dict[str, tuple[dict, Article, Analysis]]:
    out = {}
    for r in _rows():
        a = Article(id=r["id"], title=r["title"], text=r["text"])
        out[r["id"]] = (r, a, analyze(a))
    return out


def test_fixture_covers_ten_domains_both_spellings_and_loaded_versions() -> None:
    rows = _rows()
    plain = [r for r in rows if r["kind"] == "plain"]
    assert len(plain) >= 40
    assert len(Counter(r["domain"] for r in plain)) == 10
    assert Counter(r["spelling"] for r in plain) == {"uk": 20, "us": 20}
    for r in plain:
        assert 150 <= len(re.findall(r"\w+", r["title"] + " " + r["text"])) <= 900, r["id"]
    ids = {r["id"] for r in plain}
    loaded = [r for r in rows if r["kind"] == "loaded"]
    assert len(loaded) >= 15 and all(r["of"] in ids for r in loaded)
    assert sum(r.get("story") == "bakery" for r in rows) == 3


def test_bakery_story_is_not_charged(scored: dict) -> None:
    # Before: Charged 0.543 (articles 0.553 / 0.580 / 0.476); eighth session: Measured 0.475
    # (0.527 / 0.428 / 0.444); ninth (mean logit over at least four units): Measured 0.406
    # (0.434 / 0.357 / 0.412). The reports are too short (23-34 content words) to be switched
    # to out-of-domain scoring, though a third of their words are words BABE never saw.
    items = [(a, an) for r, a, an in scored.values() if r.get("story") == "bakery"]
    assert len(items) == 3
    tone = story_tone(items)
    assert tone.score < 0.45 and tone.label in ("Neutral", "Measured") and tone.evidence == (), tone
    assert all(an.tone.score < 0.45 for _a, an in items), [an.tone for _a, an in items]
    # "honoured" (the second outlet's headline) is read as "honored" and no longer evidence
    assert not any("honoured" in e for _a, an in items for e in an.tone.evidence)


def test_plain_articles_read_as_plain(scored: dict) -> None:
    # Eighth session, before and after: 3 of 40 at >= 0.5, all food, driven by words BABE's
    # experts marked in their political sense ("crumb", "flock") and words BABE never saw
    # ("loaves", "kombucha"); mean 0.355 -> 0.357; not Neutral (>= 0.35) 14 -> 13 of 40.
    # Ninth session (aggregation over at least four units, out-of-domain scoring): none
    # >= 0.5, 7 of 40 >= 0.35, mean 0.300.
    plain = [(an.tone.score, r["id"]) for r, _a, an in scored.values() if r["kind"] == "plain"]
    hot = [x for x in plain if x[0] >= 0.5]
    assert not hot, hot
    assert sum(s >= 0.35 for s, _ in plain) <= 9
    assert sum(s for s, _ in plain) / len(plain) < 0.32


def test_held_out_plain_articles_read_as_neutral() -> None:
    # Before the ninth session's changes: 4 of 10 Measured (0.38-0.42: "fog", "folk",
    # "stalactites", "lichens"), mean 0.334; after: all Neutral, mean 0.267.
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 10 and all(r["kind"] == "plain" and r["split"] == "heldout" for r in rows)
    assert len({r["domain"] for r in rows}) == 5
    tones = {r["id"]: analyze(Article(id=r["id"], title=r["title"], text=r["text"])).tone for r in rows}
    assert all(t.label == "Neutral" and t.evidence == () for t in tones.values()), tones
    assert sum(t.score for t in tones.values()) / len(tones) < 0.3


def test_loaded_versions_still_read_as_loaded(scored: dict) -> None:
    for r, _a, an in scored.values():
        if r["kind"] == "loaded":
            assert an.tone.score >= 0.5, (r["id"], an.tone)
            assert an.tone.score > scored[r["of"]][2].tone.score + 0.2, r["id"]


def test_british_spellings_map_to_american_forms() -> None:
    known = {
        "honored",
        "flavor",
        "organized",
        "organize",
        "center",
        "defense",
        "traveled",
        "color",
        "for",
        "filed",
        "timber",
        "flor",
    }
    seen = {"four", "defence"}.__contains__
    k = known.__contains__
    assert american("honoured", seen, k) == "honored"
    assert american("flavour", seen, k) == "flavor"
    assert american("organised", seen, k) == "organized"
    assert american("well-organised", seen, k) == "well-organized"
    assert american("travelled", seen, k) == "traveled"
    assert american("centre", seen, k) == "center"
    # real words stay: too short before "our", one vowel group before "ll", excluded, or seen as spelt
    for w in ("four", "flour", "filled", "timbre", "defence", "colourway"):
        assert american(w, seen, k) == w
    # nothing the model knows to map to: unchanged
    assert american("armoured", seen, k) == "armoured"


def test_shipped_model_reads_british_spellings_as_american() -> None:
    m = default_model()
    wm = m.lex.word_model
    assert wm is not None and wm.spell is not None
    for uk, us in (
        ("honoured", "honored"),
        ("organised", "organized"),
        ("neighbours", "neighbors"),
        ("favourite", "favorite"),
    ):
        assert wm.prob(uk, False, False) == pytest.approx(wm.prob(us, False, False)), uk
        assert word_info(uk, m.lex).stem_key == word_info(us, m.lex).stem_key
    # a loaded British spelling still counts: it is read as the loaded American word
    assert sentence_loadedness("The minister was brutalised by his critics.")[0] == pytest.approx(
        sentence_loadedness("The minister was brutalized by his critics.")[0], abs=0.02
    )
    uk = sentence_loadedness("The bakery was honoured for its flavour.")[0]
    us = sentence_loadedness("The bakery was honored for its flavor.")[0]
    assert abs(uk - us) < 0.05, (uk, us)


def test_compounds_of_plain_ordinary_words_are_ordinary() -> None:
    common = frozenset(
        {
            "~sour",
            "~dough",
            "~slow",
            "~cook",
            "~jam",
            "~make",
            "~walk",
            "~doom",
            "~laden",
            "~melt",
            "~bake",
            "~six",
            "~hour",
            "~in",
            "~over",
        }
    )
    vader = {"doom": -1.7}
    for w in ("sourdough", "slow-cooked", "jam-making", "walk-in", "six-hour"):
        assert ordinary(w, common, vader, {}, {}, compounds=True), w
        assert unattested(w, vader, {}, {}, common, compounds=True), w
    assert not ordinary("sourdough", common)  # the seventh-session rule: not a listed stem
    assert not ordinary("bakeover", common, vader, {}, {}, compounds=True)  # "over": a function word
    assert not ordinary("jamsour", common, vader, {}, {}, compounds=True)  # "jam": too short a part
    assert not ordinary("doom-laden", common, vader, {}, {}, compounds=True)  # a part with valence
    assert not ordinary("meltdown", common, vader, {}, {}, compounds=True)  # "down": a function word
    assert not ordinary("sour-snarkfest", common, vader, {}, {}, compounds=True)  # a part not ordinary
    marked = {"~dough": 0.4}  # BABE's experts often mark a part: not plain
    assert not ordinary("sourdough", common, vader, {}, marked, compounds=True)


def test_shipped_model_shrinks_compounds_and_static_vector_shares() -> None:
    m = default_model()
    wm = m.lex.word_model
    assert wm is not None and wm.compounds and m.lex.compounds and m.lex.wvec_ref is not None
    for w in ("sourdough", "slow-cooked", "wicketkeeper"):
        assert unattested(w, m.lex.vader, m.lex.loaded, m.lex.marked, m.lex.common, True), w
        assert wm.prob(w, False, False) < 0.15, w
    for w in ("crust", "loaf"):  # unattested ordinary words: share moved halfway to the reference
        raw = m.lex.wvec[w]
        got = word_info(w, m.lex).wvec
        assert got == pytest.approx(m.lex.wvec_ref + m.lex.unattested_shrink * (raw - m.lex.wvec_ref))
    assert word_info("budget", m.lex).wvec == pytest.approx(m.lex.wvec["budget"])  # attested: untouched


def test_quoted_evidence_is_marked_and_own_voice_is_not() -> None:
    quoted = Article(
        id="q",
        title="Council closes youth centre",
        text=(
            "The council voted to close the youth centre on Thursday. "
            'A resident said "these thugs on the council are shameful and heartless cowards" after the vote. '
            # a second quoted outburst: with one alone in four units the article is Neutral
            # (ninth-session aggregation) and a Neutral article shows no evidence
            'Another resident called the decision "a disgraceful, cruel betrayal of every child in this town". '
            "The centre will shut in March."
        ),
    )
    own = Article(
        id="o",
        title="Council closes youth centre",
        text=(
            "The council voted to close the youth centre on Thursday. "
            "These thugs on the council are shameful and heartless cowards. "
            "The centre will shut in March."
        ),
    )
    ev_q = analyze(quoted).tone.evidence
    ev_o = analyze(own).tone.evidence
    assert ev_q and all(
        e.endswith(QUOTED) for e in ev_q if e.split()[0] in ("thugs", "shameful", "heartless", "cowards")
    ), ev_q
    assert any(e.endswith(QUOTED) for e in ev_q), ev_q
    assert ev_o and not any(e.endswith(QUOTED) for e in ev_o), ev_o
    # the phrase itself is intact before the mark (a reader, and the benchmark, read it)
    assert any(e.removesuffix(QUOTED) in quoted.text for e in ev_q if e.endswith(QUOTED))


def test_a_phrase_the_outlet_also_uses_itself_is_not_marked_quoted() -> None:
    # One outlet quotes "thugs", another says it in its own voice: the story's evidence shows
    # the phrase once, unmarked (an outlet did use it), even when the quoting article ranks first.
    a_q, a_o = Article(id="q", title="t", text="x"), Article(id="o", title="t", text="y")
    an_q = Analysis("q", "en", "news", Tone("Provocative", 0.8, ("thugs" + QUOTED, "cruel" + QUOTED)))
    an_o = Analysis("o", "en", "news", Tone("Charged", 0.6, ("thugs",)))
    assert evidence_phrases(story_tone([(a_q, an_q), (a_o, an_o)]).evidence) == ("thugs", "cruel" + QUOTED)
    # the same inside one article: quoted in a stronger sentence, own voice in another
    merged = _merge_evidence([(0.9, [(2.0, "thugs" + QUOTED)]), (0.6, [(1.0, "thugs"), (0.5, "cruel")])])
    assert merged == ("thugs", "cruel")
