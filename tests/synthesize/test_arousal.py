"""Seventh session: the writer's heat out of Story and headline (issue 5, arousal).

Every text here is invented for these tests.
"""

import numpy as np
import pytest

from plainwire.synthesize import headline
from plainwire.synthesize.headline import build_headline
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.pool import build_pool, title_own_share

from .fixtures import BRIDGE


def _calm(text: str) -> float:
    return 0.1


# ---- the headline in the coverage's shared words ------------------------------------------------


def test_title_own_share_counts_words_no_other_outlet_uses():
    titles = [
        ["council", "approv", "bridg"],
        ["bridg", "saga", "lurch", "chapter"],
        ["council", "bridg", "vote"],
    ]
    sentences = [["council", "vote", "bridg", "money"], ["council", "approv", "plan"], ["mayor", "approv"]]
    own = title_own_share(titles, sentences, [0, 1, 2])
    # title 0: every stem is used by another outlet
    assert own[0] == 0.0
    # title 1: "saga", "lurch", "chapter" are its own (3 of 4 stems)
    assert own[1] == pytest.approx(0.75)
    # title 2: "council", "bridg" elsewhere; "vote" also in article 0's sentence
    assert own[2] == 0.0
    # one article: nothing to compare with
    assert title_own_share([["a", "b"]], [["a"]], [0]).tolist() == [0.0]


def test_pool_records_each_titles_own_share():
    pl = build_pool(BRIDGE, "en", _calm)
    assert pl.title_own is not None and len(pl.title_own) == len(pl.titles)
    assert np.all((pl.title_own >= 0) & (pl.title_own <= 1))


def test_equal_support_goes_to_the_title_in_shared_words():
    titles = [
        "Harbor dredging saga lurches into a costly new chapter",
        "Harbor board approves dredging contract",
    ]
    support = np.array([0.5, 0.5])
    own = np.array([0.6, 0.0])
    # without the share the first of two equal titles wins ...
    assert build_headline(titles, support, _calm, strategy="title", title_own=None)[0] == titles[0]
    # ... with it, the one in words the other outlets use too
    assert build_headline(titles, support, _calm, strategy="title", title_own=own)[0] == titles[1]
    # clearly better supported still wins over a small own-word share
    assert (
        build_headline(titles, np.array([0.9, 0.3]), _calm, strategy="title", title_own=own)[0] == titles[0]
    )


def test_own_weight_zero_switches_the_rule_off(monkeypatch):
    monkeypatch.setattr(headline, "OWN_WEIGHT", 0.0)
    titles = [
        "Harbor dredging saga lurches into a costly new chapter",
        "Harbor board approves dredging contract",
    ]
    got = build_headline(
        titles, np.array([0.5, 0.5]), _calm, strategy="title", title_own=np.array([0.6, 0.0])
    )
    assert got[0] == titles[0]


# ---- the writer's evaluative modifiers ------------------------------------------------------------


def test_intensifiers_dropped_with_the_article_agreeing():
    out, changes = neutralize("The senator gave a brutally honest account of the deeply divided committee.")
    assert out == "The senator gave an honest account of the divided committee."
    assert ("brutally", "") in changes and ("deeply", "") in changes
    assert neutralize("It was an utterly unusual vote.")[0] == "It was an unusual vote."
    assert neutralize("An absolutely unique case went to court.")[0] == "A unique case went to court."
    assert neutralize("Deeply divided, the panel adjourned.")[0] == "Divided, the panel adjourned."


def test_no_drop_after_a_negation_or_before_a_function_word():
    for text in (
        "The plan was not deeply flawed, the auditor said.",
        "It isn't a deeply flawed plan.",
        "It was not a stunning result.",
        "The mayor fought fiercely for the harbor plan.",
        "Residents voiced deeply held concerns.",
    ):
        assert neutralize(text) == (text, ()), text


def test_sentence_adverbs_dropped():
    assert neutralize("Sadly, the ferry will not run on Sunday.")[0] == "The ferry will not run on Sunday."
    # "hopefully" makes the sentence a hope: without it the hope would read as fact
    text = "Hopefully, the ferry will run on Sunday."
    assert neutralize(text) == (text, ())
    assert (
        neutralize("The ferry, ironically, ran late on its first day.")[0]
        == "The ferry ran late on its first day."
    )


def test_quotations_are_never_edited():
    text = '"It was a brutally unfair decision," said Ames, who chided the board.'
    assert neutralize(text)[0] == '"It was a brutally unfair decision," said Ames, who criticized the board.'
    curly = "Ames called the ruling “absolutely absurd” and a deeply flawed plan."
    assert neutralize(curly)[0] == "Ames called the ruling “absolutely absurd” and a flawed plan."
    # headlines quote with single marks; apostrophes ("Harbor’s", "don't") are no quotation
    head = "Harbor chief says board is 'deeply sorry' for the delay"
    assert neutralize(head) == (head, ())
    assert neutralize("Harbor’s deeply unpopular plan")[0] == "Harbor’s unpopular plan"


def test_new_vetted_rows_keep_the_fact():
    assert neutralize("Councillor Ross chided the board over the delay.")[0] == (
        "Councillor Ross criticized the board over the delay."
    )
    assert (
        neutralize("The mayor touted the new ferry schedule.")[0]
        == "The mayor highlighted the new ferry schedule."
    )
    assert neutralize("The mayor boasted that crime fell.")[0] == "The mayor said that crime fell."
    # "boasts" meaning "has" is left alone
    assert neutralize("The town boasts a harbor museum.")[0] == "The town boasts a harbor museum."
    assert neutralize("Residents fumed over the toll.")[0] == "Residents criticized the toll."


def test_hyphenated_compounds_left_alone():
    # "much-touted" is one word: "much-highlighted" would be a new one
    text = "Her much-touted harbor plan passed after a stunning vote."
    assert neutralize(text)[0] == "Her much-touted harbor plan passed after a vote."


def test_literal_senses_left_alone():
    # rioters trash a room; only a person is "trashed" in words
    assert neutralize("Rioters trashed the hotel lobby.")[0] == "Rioters trashed the hotel lobby."
    assert neutralize("Ross trashed Pell for the delay.")[0] == "Ross criticized Pell for the delay."
    assert neutralize("A mob assailed the convoy.")[0] == "A mob assailed the convoy."
    # guarded verbs only before a name, pronoun or article
    assert neutralize("The mayor slammed the plan.")[0] == "The mayor criticized the plan."
    assert neutralize("The mayor slammed shut the gate.")[0] == "The mayor slammed shut the gate."
    # "bombshell" as a noun is left alone; as an adjective it is "new"
    assert (
        neutralize("After the bombshell on Friday, polls moved.")[0]
        == "After the bombshell on Friday, polls moved."
    )
    assert neutralize("A bombshell report landed.")[0] == "A new report landed."
