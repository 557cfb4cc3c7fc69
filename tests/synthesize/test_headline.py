"""Headline builder: compressed lead clause, outlet-title choice and the fallbacks between them.

Every text here is invented for these tests.
"""

import re

import numpy as np
import pytest

from plainwire.analyze import sentence_loadedness
from plainwire.synthesize import headline
from plainwire.synthesize.headline import build_headline, choose_headline, tidy
from plainwire.synthesize.headline_clause import PRESENT, acceptable, clause_headline, core_clause
from plainwire.synthesize.neutral import _GUARDED, _SAFE


def loaded(text: str) -> float:
    return float(sentence_loadedness(text)[0])


def _words(s: str) -> set[str]:
    return set(re.findall(r"[\w$'’-]+", s.lower()))


ALLOWED_NEW = set(PRESENT.values()) | {
    w for v in list(_SAFE.values()) + list(_GUARDED.values()) for w in v.split()
}

LEADS = [
    "Mayor Lena Ortiz said on Tuesday that the Grey River bridge will reopen in June, ending months of detours.",
    "The Harbor Authority approved a $12 million dredging contract on Monday, officials said.",
    "According to port officials, the Harbor Authority signed a $12 million dredging contract with Bayline Marine on Monday.",
    "Speaking at a press conference in Riverton on Tuesday, Harbor Authority Chief Executive Dana Whitlock said "
    "the north channel would be dredged before the autumn storms.",
    "Council member Tom Reyes, who voted against the plan, said the city should have sought state money first.",
    "The Riverton city council voted 7-2 on Tuesday to approve $40 million for a new bridge over the Grey River.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_clause_headline_is_short_specific_and_never_invents(lead):
    h = clause_headline(lead)
    assert h is not None, lead
    assert 4 <= len(h.split()) <= 14
    assert _words(h) <= _words(lead) | ALLOWED_NEW, h
    assert not h.endswith(".")
    assert h[0].isupper()


def test_clause_headline_drops_attribution_time_and_side_clause():
    h = clause_headline(LEADS[0])
    assert h is not None
    assert "Tuesday" not in h and "ending" not in h and "detours" not in h
    assert "Lena Ortiz" in h and "Grey River bridge" in h and "June" in h


def test_clause_headline_drops_trailing_and_leading_attribution():
    assert clause_headline(LEADS[1]) == "The Harbor Authority approves a $12 million dredging contract"
    h = clause_headline(LEADS[2])
    assert h is not None and not h.lower().startswith("according")
    assert "Bayline Marine" in h and "$12 million" in h


def test_clause_headline_drops_relative_clause_and_leading_adverbial():
    h = clause_headline(LEADS[4])
    assert h is not None and "who voted" not in h and h.startswith("Council member Tom Reyes")
    h = clause_headline(LEADS[3])
    assert h is not None and not h.startswith("Speaking") and "Dana Whitlock" in h


def test_present_tense_only_when_safe():
    # dated this week, named singular subject: headline present
    assert clause_headline("The Harbor Authority approved the dredging contract on Monday.") == (
        "The Harbor Authority approves the dredging contract"
    )
    # plural subject: left in the past ("Democrats rejects" would be wrong)
    assert clause_headline("Riverton Democrats rejected the harbor budget on Monday.") == (
        "Riverton Democrats rejected the harbor budget"
    )
    # the event is not dated to the last days: left in the past
    assert clause_headline("The Harbor Authority approved the dredging contract in 2024.") == (
        "The Harbor Authority approved the dredging contract in 2024"
    )
    # a past form after the verb would clash with a present one
    h = clause_headline("Mayor Lena Ortiz announced on Friday she was leaving the harbor board.")
    assert h is not None and "announced" in h


@pytest.mark.parametrize(
    "text",
    [
        "He said it would happen before the harbor season.",  # pronoun: not specific
        "I think the council made a mistake on Tuesday.",  # a columnist's voice
        "The bridge.",  # too short
        "Officials in the port said on Monday.",  # nothing left but an attribution
    ],
)
def test_clause_headline_rejects_what_is_not_a_headline(text):
    assert clause_headline(text) is None


def test_acceptable_checks():
    assert acceptable("Riverton council approves $40 million for Grey River bridge")
    assert not acceptable("Riverton council approves $40 million for the")  # dangling end
    assert not acceptable('Riverton council approves "a new bridge for the Grey River')  # unbalanced quote
    assert not acceptable("Riverton and the Grey River bridge funding")  # no verb
    assert not acceptable(" ".join(["Riverton council approves"] + ["money"] * 12))  # too long


def test_core_clause_keeps_names_and_numbers():
    c = core_clause(LEADS[5])
    assert "7-2" in c and "$40 million" in c and "Riverton" in c and "Tuesday" not in c


TITLES = [
    "Furious council SLAMS disastrous, outrageous bridge scam!",
    "Riverton council approves $40 million for new Grey River bridge",
    "Is Riverton's bridge a huge waste of money?",
]
SENTENCES = [(LEADS[5], 0.6), (LEADS[0], 0.4)]


def test_title_strategy_picks_calm_supported_title():
    support = np.array([0.6, 0.5, 0.6])
    head, kind = build_headline(TITLES, support, loaded, SENTENCES, strategy="title")
    assert kind == "title"
    assert head == tidy(TITLES[1])


def test_title_strategy_falls_back_to_clause_when_every_title_is_charged_or_a_question():
    titles = [TITLES[0], TITLES[2]]
    assert loaded(TITLES[0]) >= headline.CHARGED  # the fixture is what the test assumes
    head, kind = build_headline(titles, np.array([0.9, 0.9]), loaded, SENTENCES, strategy="title")
    assert kind == "clause"
    assert head == clause_headline(LEADS[5])
    assert loaded(head) < headline.CHARGED


def test_clause_strategy_and_its_title_fallback():
    support = np.array([0.6, 0.5, 0.6])
    head, kind = build_headline(TITLES, support, loaded, SENTENCES, strategy="clause")
    assert (head, kind) == (clause_headline(LEADS[5]), "clause")
    # nothing compresses: the calmest supported title
    bad = [("He said it would happen soon.", 0.9)]
    head, kind = build_headline(TITLES, support, loaded, bad, strategy="clause")
    assert (head, kind) == (tidy(TITLES[1]), "title")


def test_joint_strategy_scores_both_kinds():
    support = np.array([0.1, 0.1, 0.1])
    head, kind = build_headline(TITLES, support, loaded, [(LEADS[5], 0.9)], strategy="joint")
    assert kind == "clause"  # far better supported than any title
    head, kind = build_headline(
        TITLES, np.array([0.0, 0.95, 0.0]), loaded, [(LEADS[5], 0.2)], strategy="joint"
    )
    assert (head, kind) == (tidy(TITLES[1]), "title")


def test_no_titles_no_clause_uses_top_sentence():
    head, kind = build_headline(["", "  "], np.zeros(2), loaded, [("He said it would happen soon.", 0.5)])
    assert kind == "sentence" and head == "He said it would happen soon"
    assert build_headline([], np.zeros(0), loaded, []) == ("", "sentence")


def test_unknown_strategy_is_an_error():
    with pytest.raises(ValueError, match="strategy"):
        build_headline(TITLES, np.zeros(3), loaded, SENTENCES, strategy="loudest")


def test_long_title_is_cut_at_a_clause_boundary():
    t = "Riverton council approves $40 million for new Grey River bridge, ending a debate that lasted two years"
    out = tidy(t)
    assert len(out.split()) <= 14 and out == "Riverton council approves $40 million for new Grey River bridge"
    assert choose_headline([t], np.zeros(1), loaded) == out


def test_a_thousands_comma_is_not_a_clause_boundary():
    # Cutting at "1,300" printed "Markets slide more than 1" (seventh session, val split).
    t = "Harbour index slides more than 1,300 points as traders weigh whether the port strike will end soon"
    assert tidy(t) == ""  # no clause fits in 14 words: the title is not used, never cut inside a number
    t2 = "Ferry fares rise by 1,200 crowns a year, the operator says after a long review of its costs"
    assert tidy(t2) == "Ferry fares rise by 1,200 crowns a year"
