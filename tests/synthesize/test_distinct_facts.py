"""Tenth session: one redundancy test that keeps distinct facts and drops restatements.

- ``facts.distinct``: two claims are two facts, however many words they share, when something
  differs with positive evidence (opposite events, numbers, dates, names, future against past,
  another event with a detail of its own);
- ``meaning.said``: the one set of word-match rules the word-share rules and the structural test
  (``restate.Restater``) share;
- ``attribution.speaker_span``: the speaker is the span ``attribution.claim`` removes;
- the quality gate: both invented pair sets through ``select.mmr`` as the Story runs it.

Every sentence here is invented for these tests (no news text).
"""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from plainwire.synthesize import select
from plainwire.synthesize.attribution import claim, speaker_span
from plainwire.synthesize.meaning import Meaning, said, terms
from plainwire.synthesize.restate import Restater, speaker

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def _distinct(a: str, b: str) -> str | None:
    m = Meaning([claim(a), claim(b)])
    return m.distinct(0, 1)


# ---- facts.distinct: each reason, and its guard -------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("Bread prices rose for a second month.", "Bread prices fell for a second month.", "opposite"),
        ("The union voted to accept the pay deal.", "The union voted to reject the pay deal.", "opposite"),
        (
            "Striker Ola Venn was banned for four matches.",
            "Striker Ola Venn was fined 5,000 euros.",
            "numbers",
        ),
        (
            "The Brisk river burst its banks on Monday.",
            "The Brisk river burst its banks on Thursday.",
            "dates",
        ),
        (
            "The Corby council sacked housing chief Ada Lund on Friday.",
            "The Corby council named planner Ravi Osei as housing chief on Friday.",
            "names",
        ),
        (
            "The Pell tunnel was closed after the flood.",
            "The Pell tunnel will be closed for two weeks.",
            "tense",
        ),
        (
            "Strong winds knocked over the fair's main tent.",
            "Strong winds delayed the fair's opening by 3 hours.",
            "event",
        ),
    ],
)
def test_each_reason_keeps_two_facts_apart(a, b, why):
    assert _distinct(a, b) == why
    assert _distinct(b, a) == why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # restatements: other words, the same fact
        (
            "The Lisk ferry was cancelled on Sunday because of the gale.",
            "Sunday's Lisk ferry was scrapped as the gale hit.",
        ),
        ("Mayor Ida Fenn resigned on Tuesday.", "Fenn stepped down as mayor on Tuesday."),
        # a title and a first name are no other person ("Governor Ida Fenn" / "Gov. Fenn")
        ("Governor Ida Fenn signed the water bill.", "Gov. Fenn signed the bill on water."),
        # present for future is no tense conflict
        ("The Orlo museum will reopen in June.", "The Orlo museum opens its doors again in June."),
        # a verb of estimating introduces reported speech: "would" is no past
        (
            "Repairs to the pier are expected to take a month.",
            "Engineers estimated that repairs to the pier would take a month.",
        ),
        # a shared year anchors one fact, whatever the verbs (the Story still prints the second,
        # which adds a year: facts.Told.adds, eleventh session; test_added_facts.py)
        (
            "The Hobb lighthouse opened in 1911.",
            "The Hobb lighthouse was built in 1911 and restored in 1987.",
        ),
        # a shared count of the same thing: one fact with other details
        (
            "All 12 clinics in Brae were shut as 300 nurses walked out.",
            "Brae's 12 clinics were closed, leaving 9,000 patients waiting.",
        ),
    ],
)
def test_restatements_are_not_distinct(a, b):
    assert _distinct(a, b) is None
    assert _distinct(b, a) is None


def test_long_claims_are_left_to_the_word_share_rules():
    a = (
        "The Senate in Arvo on Tuesday opened the second hearing into the collapse of the Dunmere "
        "grain exchange, a month after traders lost their savings in the crash."
    )
    b = (
        "The second Arvo hearing into the collapse of the grain exchange, which wiped out the savings "
        "of traders in Dunmere last month, opened in the Senate on Tuesday with testimony from the Treasury."
    )
    assert _distinct(a, b) is None  # both say more than facts.MAX_WORDS content words


# ---- meaning.said: one set of match rules ------------------------------------------------------


def _said(a: str, b: str, tau: float = 0.6) -> tuple[int, int]:
    return said(terms(a), terms(b), tau)


def test_match_rules():
    # the same stem
    assert _said("Dock workers", "a dock worker") == (2, 2)
    # a longer form of one word, and a re- verb and its base
    assert _said("easterly gales", "gales from the east")[0] == 2
    assert _said("the pool reopens", "the pool opens")[0] == 2
    # "-er" makes another thing: no longer form
    assert _said("the engine", "the engineer", tau=2.0) == (0, 1)
    # "again" for a re- verb
    assert _said("talks resume", "talks begin again", tau=2.0)[0] == 2
    # specifics match only themselves; an infinite cut means same stems only
    assert _said("in March", "in June", tau=-1.0) == (0, 1)
    assert _said("the easterly gales", "gales from the east", tau=float("inf")) == (1, 2)


def test_restater_and_word_share_rules_share_the_words():
    a = "Strong gusts carried the smoke over Harwick."
    b = "Fire captain Lio Brandt said powerful gusts were blowing the smoke across the town."
    m = Meaning([claim(a), claim(b)])
    r = Restater([a, b], [claim(a), claim(b)], [0, 1], meaning=m)
    ta = m.terms(0)
    counted = r.facts(0).count
    # the structural test counts the claim's words less names and light words, by meaning.said
    assert [ta.words[k] for k in counted] == ["gusts", "carried", "smoke"]
    assert r.said(0, 1) == said(ta, m.terms(1), 0.35, counted)


# ---- attribution.speaker_span: the span claim() removes ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Harbour master Ines Kovac said the pier was unsafe after the storm.",
            ("Harbour master Ines Kovac", True),
        ),
        ("The pier was unsafe, Kovac said on Friday.", ("Kovac", False)),
        ("The pier was unsafe, the harbour master, Ines Kovac, said.", ("Ines Kovac", False)),
        ("The pier was unsafe, said harbour master Ines Kovac.", ("harbour master Ines Kovac", False)),
        ("Ines Kovac, the harbour master, said the pier was unsafe after the storm.", ("Ines Kovac", True)),
        ("The pier was unsafe, the harbour office reported.", None),  # "reported": no one speaker
        ("The pier was unsafe.", None),
    ],
)
def test_speaker_is_the_span_claim_removes(text, span):
    assert speaker_span(text) == span
    if span is not None:
        assert span[0] not in claim(text)


def test_speaker_keys_from_the_span():
    assert speaker("The pier was unsafe, said harbour master Ines Kovac.") == ("name", "kovac")
    assert speaker("The Shop owners on the quay said the pier was unsafe for them.") == (
        "group",
        "owner",
        "shop",
    )


# ---- select.mmr: the Story keeps a distinct fact ------------------------------------------------


def _order(a: str, b: str, same_article: bool = False) -> list[int]:
    from plainwire.synthesize.pool import _claim_stems
    from plainwire.synthesize.select import Scored, default_weights, mmr
    from plainwire.synthesize.sentences import Sentence
    from plainwire.synthesize.textstats import content_stems

    texts = [a, b]
    claims = [claim(t) for t in texts]
    stems = [_claim_stems(t, content_stems(t), c) for t, c in zip(texts, claims, strict=True)]
    sents = [Sentence(f"art-{k}", 0, t, t, f"outlet-{k}") for k, t in enumerate(texts)]
    scored = [Scored(s, 1.0 - 0.1 * k, k) for k, s in enumerate(sents)]
    arts = [0, 0] if same_article else [0, 1]
    m = Meaning(claims)
    return mmr(
        scored, stems, k=2, weights=default_weights(), meaning=m, restater=Restater(texts, claims, arts, m)
    )


def test_story_keeps_the_distinct_fact_and_drops_the_copy(monkeypatch):
    first = "Heavy snow closed the Tarn pass on Monday."
    assert _order(first, "Heavy snow is forecast to close the Tarn pass again on Friday.") == [0, 1]
    assert _order(first, "On Monday, heavy snow closed the Tarn pass.") == [0]
    monkeypatch.setattr(select, "DISTINCT_FACTS", False)
    assert _order(first, "Heavy snow is forecast to close the Tarn pass again on Friday.") == [0]


# ---- quality gate: both pair sets ---------------------------------------------------------------


def _tool():
    spec = importlib.util.spec_from_file_location(
        "synth_restate_pairs", ROOT / "tools" / "synth_restate_pairs.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synth_restate_pairs", mod)
    spec.loader.exec_module(mod)
    return mod


# Floors below the measured figures (python tools/synth_restate_pairs.py). Tenth session, first
# task: development 30/35 = 0.86 precision, 30/42 = 0.71 recall; held-out 27/34 = 0.79, 27/33 =
# 0.82 (the code before it: 0.62 / 0.69, 0.58 / 0.85). Second task (docs/benchmarks.md,
# "Restatement test: other events (tenth session)"): development 30/32 = 0.94, 30/42 = 0.71; the
# former held-out set, now developed on, 25/29 = 0.86, 25/33 = 0.76; the check set (written and
# scored before that task changed a rule; never tuned on) 32/43 = 0.74, 32/34 = 0.94 (before:
# 33/48 = 0.69, 33/34 = 0.97).
# Eleventh session (docs/benchmarks.md, "Distinct facts: objects, Highlights (eleventh
# session)"): development 28/30 = 0.93, 28/42 = 0.67; former held-out 25/28 = 0.89, 25/33 = 0.76;
# check 32/37 = 0.86, 32/34 = 0.94; the eleventh set (written and scored before that session
# changed a rule) 23/25 = 0.92, 23/24 = 0.96 (before: 23/53 = 0.43, 23/24).
FLOORS = {
    "restatement_pairs.json": (0.88, 0.66),
    "restatement_pairs_heldout.json": (0.84, 0.72),
    "restatement_pairs_check.json": (0.80, 0.90),
    "restatement_pairs_eleventh.json": (0.85, 0.90),
}
# The structural test alone (``Restater.restates``), precision: development 7/7, former held-out
# 3/5 (4/8 before the second task), check 9/15 = 0.60 (10/20 = 0.50 before; 9/13 = 0.69 since the
# eleventh session), eleventh 5/8 = 0.62 (4/20 before that session).
ALONE_FLOORS = {
    "restatement_pairs_heldout.json": 0.55,
    "restatement_pairs_check.json": 0.60,
    "restatement_pairs_eleventh.json": 0.55,
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_pair_sets_quality_gate(name):
    tool = _tool()
    pairs = json.loads((FIXTURES / name).read_text("utf-8"))["pairs"]
    assert len(pairs) >= 60 and 20 <= sum(p["same"] for p in pairs) <= len(pairs) - 20
    tp, fp, _ = tool.score(pairs, tool.VARIANTS["shipped (with restate.py)"])
    positives = sum(p["same"] for p in pairs)
    precision, recall = tp / (tp + fp), tp / positives
    low_p, low_r = FLOORS[name]
    assert precision >= low_p, (name, tp, fp)
    assert recall >= low_r, (name, tp, positives)


@pytest.mark.parametrize("name", sorted(ALONE_FLOORS))
def test_structural_test_alone_quality_gate(name):
    tool = _tool()
    pairs = json.loads((FIXTURES / name).read_text("utf-8"))["pairs"]
    tp, fp, _ = tool.score(pairs, tool.VARIANTS["restate alone"])
    assert tp + fp > 0 and tp / (tp + fp) >= ALONE_FLOORS[name], (name, tp, fp)
