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
    story = [s.text for s in out.story]
    said = [r for r in RESTATEMENTS if any(r in x for x in story)]
    assert len(said) == 1, story
    # The Highlights state the fact at most once, and not as a copy of the Story's sentence:
    # another outlet's wording of it, when there is one (highlights.reword).
    bullets = [h.text for h in out.highlights]
    assert sum(any(r in x for x in bullets) for r in RESTATEMENTS) <= 1, bullets
    assert not [b for b in bullets if b in story and any(r in b for r in RESTATEMENTS)], bullets
    # a different fact from the same speaker is not a restatement
    assert any("repay the state loan" in x for x in _texts(out))
    # the restatement rules are what remove it: switched off (redundancy on all words, no pair
    # rule, no meaning rule), both sentences pass the redundancy cut
    assert sum(any(r in x for x in _picked()) for r in RESTATEMENTS) == 1
    monkeypatch.setattr(select, "PAIR_CUT", None)
    monkeypatch.setattr(select, "MEANING_LEX", None)
    monkeypatch.setattr(pool, "CLAIM_STEMS", False)
    assert sum(any(r in x for x in _picked()) for r in RESTATEMENTS) == 2


def _picked() -> list[str]:
    """HARBOR's sentences in the order the selection picks them, with the containment cut off
    (so only the restatement rules remove anything; the score bar and Story length play no part)."""
    from dataclasses import replace

    from plainwire.synthesize.core import _loadedness_fn
    from plainwire.synthesize.meaning import Meaning

    pl = pool.build_pool(HARBOR, "en", _loadedness_fn())
    w = replace(select.default_weights(), redundancy_cut=1.01)
    order = select.mmr(
        select.score_pool(pl.sentences, pl.x, w), pl.stems, len(pl.sentences), w, Meaning(pl.claims)
    )
    return [pl.sentences[i].text for i in order]


def test_short_story_carries_no_length_note():
    out = synthesize("harbor-one", HARBOR[2:])
    assert out.story and len(out.story_text.split()) < 120
    assert not any("Story is shorter" in n or "says little" in n for n in out.notes)


def test_restatement_in_other_words_is_left_out(monkeypatch):
    # "construction would begin in March" / "work would start in March": one shared content word
    # ("March") of three; "start" and "begin" are near-synonyms in the word-vector table
    from .library_fixture import LIBRARY

    said = ("would begin in March", "would start in March")

    def printed(out):
        return [p for p in said if any(p in s.text for s in out.story)]

    assert len(printed(synthesize("library", LIBRARY))) == 1
    monkeypatch.setattr(select, "MEANING_LEX", None)  # lexical test only: both are printed
    assert len(printed(synthesize("library", LIBRARY))) == 2


def test_soft_share_counts_near_synonyms_only():
    from plainwire.synthesize.meaning import Meaning, claim_words

    claims = [
        claim(s)
        for s in (
            "Board chair Ines Kovac said construction would begin in March and take about 18 months.",
            "Ines Kovac, the board chair, said work would start in March.",
            "Volunteers plan to hold a book sale in June to help pay for new furniture.",
        )
    ]
    assert claim_words(claims[1]) == ("work", "start", "march")  # not the speaker and her title
    m = Meaning(claims)
    assert m.soft_share(0, 1) >= 2 / 3  # march (same word) + start ~ begin
    assert m.soft_share(1, 0) == m.soft_share(0, 1)
    assert m.soft_share(1, 2) == 0.0  # "March" is no synonym of "June": a month matches itself only
    assert m.soft_share(0, 1, tau=0.99) == 1 / 3  # only the same word counts at a cosine of ~1
    assert abs(float(m.vector(1) @ m.vector(1)) - 1.0) < 1e-5
