import re

import pytest

from plainwire.analyze import analyze
from plainwire.synthesize import synthesize
from plainwire.synthesize.clauses import compress_clauses
from plainwire.synthesize.neutral import _GUARDED, _SAFE, neutralize
from plainwire.synthesize.pool import CLAUSE_MARGIN
from plainwire.synthesize.sentences import compress, split_sentences
from plainwire.synthesize.wordstats import mean_keep

from .fixtures import BRIDGE, t

BY_ID = {a.id: a for a in BRIDGE}
NEUTRAL_WORDS = {w for v in list(_SAFE.values()) + list(_GUARDED.values()) for w in v.split()}


def _words(s: str) -> set[str]:
    return set(re.findall(r"[\w$'’-]+", s.lower()))


@pytest.fixture(scope="module")
def bridge():
    return synthesize("bridge", BRIDGE)


def test_fixture_genres_are_what_the_test_assumes():
    assert [analyze(a).genre for a in BRIDGE] == ["news", "news", "news", "opinion"]


def test_cross_source_fact_leads(bridge):
    # reported by all three news outlets: $40 million, Tuesday, new bridge
    first = bridge.story[0].text
    assert "$40 million" in first and "Tuesday" in first
    sources = {r.article_id for r in bridge.story[0].support}
    assert len(sources) >= 2  # the provenance shows the other outlets saying the same


def test_opinion_kept_out_of_story_and_highlights(bridge):
    for s in bridge.story + bridge.highlights:
        assert all(r.article_id != "rv-op" for r in s.support)
        assert "vanity" not in s.text and "reckless" not in s.text
    assert [o.article_id for o in bridge.opinions] == ["rv-op"]
    op = bridge.opinions[0]
    assert op.source == "The Riverton Voice" and op.url.endswith("bridge-vanity")
    assert op.gist.startswith("This bridge is a monument to vanity")


def test_charged_unattributed_claim_not_highlighted(bridge):
    for h in bridge.highlights:
        assert "slammed" not in h.text and "outrageous" not in h.text


def test_provenance_points_to_real_sentences(bridge):
    for s in bridge.story + bridge.highlights:
        assert s.support
        for ref in s.support:
            art = BY_ID[ref.article_id]
            assert split_sentences(art.text)[ref.index] == ref.text
            assert ref.source == art.source


def test_story_never_invents_words(bridge):
    for s in bridge.story + bridge.highlights:
        origin = _words(s.support[0].text)
        assert _words(s.text) <= origin | NEUTRAL_WORDS, s.text


def test_headline(bridge):
    words = bridge.headline.split()
    assert 3 <= len(words) <= 14
    assert "vanity" not in bridge.headline.lower()
    assert "riverton" in bridge.headline.lower() or "bridge" in bridge.headline.lower()


def test_three_distinct_highlights(bridge):
    assert len(bridge.highlights) == 3
    assert len({h.text for h in bridge.highlights}) == 3


def test_times_and_sources(bridge):
    assert bridge.published == t(8, 0)  # the opinion piece came first: it is part of the story
    assert bridge.updated == t(14, 5)  # Valley Post's modification is the newest
    assert [(s.source, s.url) for s in bridge.sources] == [(a.source, a.url) for a in BRIDGE]
    assert bridge.tone.label


@pytest.mark.parametrize("limit", [12, 25, 40, 75])
def test_max_words_cuts_at_sentence_boundary(bridge, limit):
    cut = synthesize("bridge", BRIDGE, max_words=limit)
    assert cut.story, "every limit here fits at least one fixture sentence"
    assert sum(len(s.text.split()) for s in cut.story) <= limit
    for s in cut.story:
        # whole sentences, never a truncated one: the text is its source sentence as processed
        ref = s.support[0]
        whole = compress(ref.text, first=ref.index == 0)
        whole = neutralize(compress_clauses(whole, mean_keep, CLAUSE_MARGIN))[0]
        assert s.text == whole
        assert s.text[-1] in '.!?"”’'


def test_default_story_uses_the_coverage(bridge):
    n = len(bridge.story_text.split())
    assert 30 <= n <= 300
    assert len(bridge.story) >= 3


def test_json_shape(bridge):
    d = bridge.to_json()
    assert d["story_id"] == "bridge"
    assert len(d["highlights"]) == 3
    assert d["provenance"]["story"][0]["support"][0]["article_id"] in BY_ID
    assert d["published"] == "2026-03-03T08:00:00Z"


def test_given_analyses_are_used():
    # the caller says the Metro Wire piece is analysis: it must leave the Story
    ans = {a.id: analyze(a) for a in BRIDGE}
    from dataclasses import replace

    ans["mw-1"] = replace(ans["mw-1"], genre="analysis")
    out = synthesize("bridge", BRIDGE, ans)
    assert {o.article_id for o in out.opinions} == {"rv-op", "mw-1"}
    assert all(r.article_id != "mw-1" for s in out.story for r in s.support)
