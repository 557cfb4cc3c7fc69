"""The article scorer reads each unit in full at most once (fourteenth session).

The event-words rule (``tone._unheat_events``) and the evidence of the same units used to
featurise a sentence each on their own; the readings are now shared (``tone._FullReads``),
and the evidence reads a sentence's attribution only (``featurize(word_features=False)``:
its logit is ``fast_logit``'s). The outputs must be the very same: checked here on invented
articles, and on BABE, AllSides and the audit newsrooms in docs/benchmarks.md, "Hot-path
repeats and furniture tables (fourteenth session)".
"""

from __future__ import annotations

from collections import Counter

import pytest

from plainwire.analyze import events
from plainwire.analyze import tone as tone_mod
from plainwire.analyze.model import default_model
from plainwire.analyze.tone import article_tone
from plainwire.models import Article

# Invented: a calm report of a grim event (event words in most sentences), with a quotation
# and a loaded sentence so that several units are explained and one is framed.
QUARRY = Article(
    id="quarry",
    url="https://valley.example/news/quarry",
    title="Blast at Corvell quarry injures two workers",
    text=(
        "A blast at the Corvell quarry injured two workers on Thursday morning, the county fire "
        "service said. The explosion wrecked a storage shed and damaged a conveyor belt. "
        '"The crew followed every procedure we have, and we are shocked by what happened," the '
        "site manager, Petra Lund, said. Investigators said a faulty detonator was the likely cause. "
        "Both workers were taken to Halden General Hospital with burns and were said to be stable. "
        "In a night of sheer horror, neighbours described a deafening explosion that shook their homes. "
        "The quarry will stay closed while the safety inspectorate examines the site. "
        "Last year the company was fined after a worker was injured by falling rock."
    ),
)
SENTENCES = [
    "The explosion wrecked a storage shed and damaged a conveyor belt.",
    '"It was a disgraceful, reckless decision," the senator said of the plan.',
    "Officials said the outrageous scheme would be scrapped on Tuesday.",
    "A calm afternoon at the market, where stall holders sold apples.",
    "THE BRIDGE IS CLOSED!",
    "",
]


def test_each_unit_is_featurised_at_most_once(full_reads: Counter[str]) -> None:
    calls = full_reads
    tone = article_tone(QUARRY)
    assert calls, "the article's evidence reads some units in full"
    assert max(calls.values()) == 1, calls
    # the rule did run on a unit it also explained: a plainly reported event word is no evidence
    assert tone.evidence and not {"blast", "wrecked", "explosion"} & {e.lower() for e in tone.evidence}


def test_the_rule_and_the_evidence_share_one_reading() -> None:
    m = default_model()
    sents = [QUARRY.title, *tone_mod.body_units(QUARRY.text)]
    units = sorted(((m.fast_logit(s), s, []) for s in sents), key=lambda x: -x[0])
    reads = tone_mod._FullReads(m)
    reported: dict[str, frozenset[str]] = {}
    tone_mod._unheat_events(m, units, len(units), reported, reads)
    assert reported  # event words reported plainly in several units
    for text in reported:
        assert reads.features(text) is reads.features(text)
        assert reads.contributions(text) is reads.contributions(text)
        # the shared reading is the one a fresh pass gives
        assert reads.contributions(text) == m.token_contributions(m.features(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_attribution_only_reading_matches_the_full_one(text: str) -> None:
    m = default_model()
    full = m.features(text)
    lean = m.features(text, word_features=False)
    assert lean.words == {} and (full.words or not full.tokens)
    assert lean.tokens == full.tokens
    assert lean.attrib == full.attrib
    assert lean.word_probs == full.word_probs
    assert lean.dense == full.dense
    assert m.token_contributions(lean) == m.token_contributions(full)
    for floor in (None, tone_mod.EVIDENCE_FLOOR):
        want = m.scored_evidence(full, mark_quoted=True, floor=floor)
        assert m.scored_evidence(lean, mark_quoted=True, floor=floor) == want
        given = m.token_contributions(full)
        assert m.scored_evidence(full, mark_quoted=True, floor=floor, contrib=given) == want


def _has_event_word_before(text: str) -> bool:
    # the thirteenth session's definition, kept here to pin the faster one to it
    ev = events.event_words()
    return any(w.strip(".,;:!?\"'()[]“”‘’") in ev for w in text.lower().split())


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        QUARRY.text,
        "(Wrecked) 'blast' “faulty” [killed]; charged!",
        "The blast's cause was unknown.",  # a possessive: not stripped, as before
        "blast-hit homes",
        "Nothing happened here at all.",
        "   ",
    ],
)
def test_has_event_word_is_the_same_test(text: str) -> None:
    assert events.has_event_word(text) == _has_event_word_before(text)
