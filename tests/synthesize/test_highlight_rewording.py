"""A Highlight does not repeat a Story sentence word for word when the coverage says it otherwise.

Every text here is invented for plainwire's tests.
"""

from __future__ import annotations

from plainwire.synthesize import synthesize
from plainwire.synthesize.highlights import compress_highlight, same_fact_fn
from plainwire.synthesize.meaning import Meaning
from plainwire.synthesize.sentences import split_sentences

from .ferry_fixture import FERRY
from .test_highlights import _is_deletion_of


def test_a_fact_the_story_prints_is_highlighted_in_another_outlets_words():
    out = synthesize("ferry", FERRY)
    printed = {s.support[0]: s.text for s in out.story}
    reworded = [h for h in out.highlights if h.support[0] not in printed]
    assert reworded, [h.text for h in out.highlights]
    by_id = {a.id: a for a in FERRY}
    for h in reworded:
        # its own source comes first, then the Story sentence whose fact it states
        src = h.support[0]
        assert split_sentences(by_id[src.article_id].text)[src.index] == src.text
        assert _is_deletion_of(h.text, src.text)
        assert any(r in printed for r in h.support[1:])
        assert h.text not in printed.values()
    assert "The crossing carries about 1,200 passengers daily." in [h.text for h in out.highlights]


def test_without_another_wording_a_bullet_drops_its_asides_only():
    # The Story prints it whole; the bullet loses the relative clause, keeps the reason.
    s = "Mira Tolle, who chairs the Pellam harbour board, said the ferry would stay in port until Monday."
    assert compress_highlight(s, always=True, side_clauses=False) == (
        "Mira Tolle said the ferry would stay in port until Monday."
    )
    r = "Two board members voted against the repair budget, citing the age of the vessel and its fuel costs."
    assert compress_highlight(r, always=True, side_clauses=False) == r
    assert compress_highlight(r, always=True) == "Two board members voted against the repair budget."


def _same(claims: list[str]):
    return same_fact_fn(claims, Meaning(claims))


def test_a_rewording_must_keep_the_fact_not_just_the_names():
    f = _same(
        [
            "Engineers from the shipyard in Pellam will inspect the damaged engine on Friday",
            "Shipyard engineers will examine the damaged engine in Pellam on Friday",
            # same people and day, another fact
            "Mayor Ines Dorra praised the shipyard engineers in Pellam on Friday",
            # same fact, another day: the outlets disagree, so neither stands in for the other
            "Engineers from the shipyard in Pellam will inspect the damaged engine on Saturday",
            # the number must survive
            "About 1,200 passengers a day use the crossing",
            "Many passengers use the crossing every day",
        ]
    )
    assert f(1, 0)
    assert not f(2, 0)
    assert not f(3, 0)
    assert not f(5, 4)


def test_leading_words_that_are_a_clause_are_not_cut_as_an_adverbial():
    s = (
        "At least 60 percent of the ferry's crew is from Ruskby, a share in line with the population "
        "of the town and its nearby villages, according to 2024 figures from the operator."
    )
    out = compress_highlight(s)
    assert out is None or out.startswith("At least 60 percent")


def test_a_mid_sentence_attribution_is_not_cut_as_an_appositive():
    s = (
        "Ferry traffic grew at a record 12 percent rate in the third quarter, the regional transport "
        "office reported Thursday, beating its forecast."
    )
    for out in (compress_highlight(s, always=True, side_clauses=False), compress_highlight(s, 18)):
        assert out is None or "the regional transport office reported Thursday" in out


def test_a_fragment_is_no_bullet():
    assert compress_highlight("Va., and Sen. Ora Lind wrote a letter on Monday asking for a vote.") is None
    assert compress_highlight("and the ferry will stay in port until the engine is repaired.") is None
