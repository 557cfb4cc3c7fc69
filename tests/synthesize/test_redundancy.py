"""Redundancy: a sentence that restates a picked one (other speaker, other spelling) is left out.

Every text here is invented for these tests.
"""

from plainwire.models import Article
from plainwire.synthesize import pool, select, synthesize
from plainwire.synthesize.attribution import claim, strip_attribution
from plainwire.synthesize.pool import _claim_stems
from plainwire.synthesize.textstats import content_stems

from .fixtures import t

HARBOR = [
    Article(
        id="bay-1",
        title="Port of Saltmere board approves $18 million harbor deepening plan",
        text=(
            "The Port of Saltmere board voted 5-2 on Thursday to approve an $18 million plan to deepen the "
            "harbor's main channel. "
            "Opponents criticised the harbor plan as too costly, council member Tom Reyes said. "
            "Dredging is due to start in October and last about eight months. "
            "Council member Tom Reyes said the port should repay the state loan by 2031."
        ),
        source="Bay Ledger",
        published=t(9),
    ),
    Article(
        id="tide-1",
        title="Saltmere port board backs channel deepening",
        text=(
            "Saltmere's port board on Thursday backed an $18 million project to deepen the main shipping "
            "channel. "
            '"Opponents of the harbor plan criticized it as too costly," said Sara Lind, a dock workers\' '
            "representative. "
            "The board said larger cargo ships could dock once the work is finished. "
            "Two board members voted against the plan."
        ),
        source="Tide Times",
        published=t(10),
    ),
    Article(
        id="coast-1",
        title="Saltmere to deepen harbor channel after board vote",
        text=(
            "The Port of Saltmere will deepen its main channel after its board approved $18 million for the "
            "work on Thursday. "
            "Fishing groups asked the board to protect the oyster beds near the harbor mouth. "
            "The port expects the first larger ships to arrive next summer."
        ),
        source="Coast Courier",
        published=t(11),
    ),
]

RESTATEMENTS = ("Opponents criticised the harbor plan", "Opponents of the harbor plan criticized")


def _texts(out):
    return [s.text for s in out.story] + [h.text for h in out.highlights]


def test_claim_leaves_out_who_says_it():
    assert claim("Council member Tom Reyes said the port should repay the state loan by 2031.") == (
        "the port should repay the state loan by 2031."
    )
    assert strip_attribution("The port will deepen the channel, according to the harbor master.") == (
        "The port will deepen the channel."
    )
    assert strip_attribution(
        "Opponents criticised the plan as too costly, council member Tom Reyes said."
    ) == ("Opponents criticised the plan as too costly")
    # a sentence whose verb only looks like an attribution keeps its subject
    assert claim("The economy added 75,000 jobs in May.") == "The economy added 75,000 jobs in May."
    # ", said ..." with a whole clause after it is the sentence's content, not an attribution
    s = "Tom Reyes, who voted against the plan, said the city should have sought state money first."
    assert strip_attribution(s) == s


def test_claim_stems_match_across_speakers_and_spellings():
    a = "Opponents criticised the harbor plan as too costly, council member Tom Reyes said."
    b = '"Opponents of the harbor plan criticized it as too costly," said Sara Lind, a dock workers\' representative.'
    assert _claim_stems(a, content_stems(a)) == _claim_stems(b, content_stems(b))


def test_restatement_is_left_out_of_story_and_highlights(monkeypatch):
    out = synthesize("harbor", HARBOR)
    said = [r for r in RESTATEMENTS if any(r in x for x in _texts(out))]
    assert len(said) == 1, _texts(out)
    # a different fact from the same speaker is not a restatement
    assert any("repay the state loan" in x for x in _texts(out))
    # the restatement rules are what remove it: switched off (redundancy on all words, no pair
    # rule), both sentences are printed
    monkeypatch.setattr(select, "PAIR_CUT", None)
    monkeypatch.setattr(pool, "CLAIM_STEMS", False)
    both = synthesize("harbor", HARBOR)
    assert all(any(r in s.text for s in both.story) for r in RESTATEMENTS)


def test_short_story_carries_no_length_note():
    out = synthesize("harbor-one", HARBOR[2:])
    assert out.story and len(out.story_text.split()) < 120
    assert not any("Story is shorter" in n or "says little" in n for n in out.notes)
