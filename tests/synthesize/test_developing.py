"""Thirteenth session: a count a later article revises is not printed as current
(``synthesize/developing.py``), a figure's signature (``figures.signature``), the outlet named in
the text (``outlets.py``), a speaker named only by a pronoun, the outlet's register (``calm``)
and a short article's three Highlights.

Every text here is invented for these tests (the valley, the towns, the parties, the people).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from plainwire.models import Article
from plainwire.synthesize import calm, developing, synthesize
from plainwire.synthesize.developing import Item, cut_stale, item, outcome_counts, revises
from plainwire.synthesize.figures import page_figures, signature
from plainwire.synthesize.outlets import unname
from plainwire.synthesize.standalone import leans_back, pronoun_speaker, resolve_speaker

from .fixtures import article

DAY1 = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)


_art = article


# ---- reading counts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A mudslide hit the village on Monday, killing at least three people, officials said.",
            {("dead", 3)},
        ),
        (
            "Seven people are now known to have died, and two are still missing.",
            {("dead", 7), ("missing", 2)},
        ),
        ("Twenty-four people were injured, three of them seriously.", {("injured", 24)}),
        ("The number of people killed by the storm rose to 11 on Wednesday.", {("dead", 11)}),
        ("Divers recovered a sixth body from the river.", {("dead", 6)}),
        ("Storm in Orvath valley: death toll rises to nine", {("dead", 9)}),
        ("Ferry capsizes off Skelm, 14 injured", {("injured", 14)}),
        # not counts of the whole: a sub-count, another clause's people, an increment
        ("The 31 passengers were taken to hospital, two with serious injuries.", set()),
        ("Two lifeboats were taking injured people to the harbour.", set()),
        ("Three more people died in hospital overnight.", set()),
        ("No one was hurt.", set()),
    ],
)
def test_outcome_counts(text: str, want: set[tuple[str, int]]) -> None:
    assert {(c.what, int(c.value)) for c in outcome_counts(text)} == want


def _it(text: str, article: int, hours: float, partial: bool = False) -> Item:
    return item(text, article, DAY1 + timedelta(hours=hours), article_provisional=partial)


def test_a_later_count_revises_an_earlier_one_only_hours_later_and_from_another_article() -> None:
    old = _it("A mudslide hit Fenrow on Monday, killing at least three people, police said.", 0, 0)
    later = _it("Seven people are now known to have died in the Fenrow mudslide.", 1, 20)
    soon = _it("Five people died in the Fenrow mudslide, the mayor said.", 1, 1)
    same = _it("Seven people are now known to have died in the Fenrow mudslide.", 0, 20)
    assert [(c.what, c.value) for c in revises(old, later)] == [("dead", 3.0)]
    assert revises(later, old) == []  # never backwards in time
    # an hour apart, two outlets disagree (figures.py notes both); one article's own timeline is
    # its writer's account
    assert revises(old, soon) == [] and revises(old, same) == []


def test_a_provisional_count_is_revised_by_the_final_one_of_the_same_thing() -> None:
    so_far = _it("The Green Union had won 11 seats so far, against nine for the Labour Guild.", 0, 0)
    partial = _it("The Labour Guild had nine seats.", 0, 0, partial=True)
    final = _it(
        "The Green Union has won 15 of the 41 seats, the final count showed, and the Labour Guild 12.", 1, 9
    )
    guild = _it("The Labour Guild won 12 seats on the council.", 1, 9)
    assert [c.value for c in revises(so_far, final)] == [11.0]
    assert [c.value for c in revises(partial, guild)] == [9.0]
    # a count told "so far" is not revised by another count of the same word that is no revision
    melted = _it("Tarvik says 14 toasters have melted so far.", 0, 0)
    recalled = _it("Tarvik is recalling 60,000 toasters sold since May.", 1, 5)
    assert revises(melted, recalled) == []


def test_a_stale_figure_in_a_trailing_clause_is_cut_else_the_sentence_goes() -> None:
    lead = "A mudslide buried part of Fenrow early on Monday, killing at least three people, police said."
    assert (
        cut_stale(lead, outcome_counts(lead))
        == "A mudslide buried part of Fenrow early on Monday, police said."
    )
    whole = "Three people were killed, police said."
    assert cut_stale(whole, outcome_counts(whole)) is None


WIRE_DAY1 = (
    "A mudslide after two days of heavy rain buried part of the village of Fenrow in the Orvath valley early "
    "on Monday, killing at least three people, the county fire service said. "
    "Five people were missing, the fire service said. "
    "About 30 houses were destroyed or damaged on the lower slope. "
    "Rescue teams worked through the night with dogs and thermal cameras."
)
RADIO_DAY1 = (
    "Families from Fenrow spent the night in the village hall after Monday's mudslide in the Orvath valley. "
    "The county council said it would open a relief fund for families who lost their homes. "
    "The road into the village was closed to all but emergency vehicles."
)
PAPER_DAY2 = (
    "The number of people killed by the mudslide at Fenrow in the Orvath valley rose to seven on Tuesday, and "
    "one person is still missing, the county fire service said. "
    "Army engineers began clearing the road into the village. "
    "Geologists said the upper slope was still moving."
)


def _mudslide() -> list[Article]:
    return [
        _art("wire", "Valley Wire", "Mudslide buries Fenrow homes, at least three dead", WIRE_DAY1, DAY1),
        _art(
            "radio",
            "Orvath Radio",
            "Fenrow families spend night in village hall",
            RADIO_DAY1,
            DAY1 + timedelta(hours=3),
        ),
        _art(
            "paper",
            "The Orvath Courier",
            "Fenrow mudslide: death toll rises to seven",
            PAPER_DAY2,
            DAY1 + timedelta(hours=26),
        ),
    ]


def test_the_latest_count_comes_first_and_earlier_ones_are_not_printed_as_current() -> None:
    out = synthesize("mudslide", _mudslide())
    story = [s.text for s in out.story]
    page = " ".join([out.headline, *story, *(h.text for h in out.highlights)])
    assert "at least three" not in page and "Five people were missing" not in page, page
    assert "three dead" not in out.headline
    newest = next(k for k, t in enumerate(story) if "rose to seven" in t)
    assert newest <= 1, story
    # the first day's lead still tells the event, without its stale figure
    assert (
        "A mudslide after two days of heavy rain buried part of the village of Fenrow in the Orvath valley "
        in (" ".join(story))
    )


def test_without_the_rule_the_stale_count_is_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(developing, "ENABLED", False)
    out = synthesize("mudslide", _mudslide())
    page = " ".join([out.headline, *(s.text for s in out.story), *(h.text for h in out.highlights)])
    assert "at least three" in page  # the fixture exercises the rule


def test_an_article_updated_in_place_counts_from_its_revision_time() -> None:
    partial = _art(
        "herald",
        "Norvale Herald",
        "Green Union leads as Norvale count goes on",
        "The Green Union had won 11 seats so far in the Norvale council election, with 30 of 41 seats declared, "
        "the returning officer said. The Labour Guild had nine seats. Counting will resume on Thursday morning "
        "in the rural wards.",
        DAY1 + timedelta(hours=15),
    )
    final = _art(
        "tv",
        "Norvale TV",
        "Green Union wins 15 of 41 seats in Norvale",
        "The Green Union has won 15 of the 41 seats on Norvale council, the final count showed on Thursday, two "
        "short of a majority. The Labour Guild won 12 seats and independents four. Turnout was 44 percent, up "
        "from 39 percent four years ago.",
        DAY1 + timedelta(hours=14),  # first published before the Herald's partial count ...
        modified=DAY1 + timedelta(hours=26),  # ... and updated with the final one
    )
    out = synthesize("count", [partial, final])
    text = " ".join(s.text for s in out.story)
    assert "15 of the 41 seats" in text
    assert "11 seats so far" not in text and "nine seats" not in text, text


# ---- figures: what each figure is -------------------------------------------------------------


def test_a_figures_signature_says_what_it_counts() -> None:
    assert signature("A new nurse earns 2,400 marks a month.", "2400", "mark") == ("", "month", "")
    assert signature("Profit fell to 180 million marks.", "180", "mark") == ("million", "", "")
    assert signature("The Union won 15 of the 41 seats.", "41", "seat") == ("", "", "whole")
    assert signature("She beat him by about 2,100 votes.", "2100", "vot") == ("", "", "change")
    assert signature("The model SX-200 toasters are recalled.", "200", "toaster") is None


def test_page_figures_tells_one_thing_counted_twice_from_two_things() -> None:
    page = [
        "A new nurse earns 2,400 marks a month.",
        "The strike costs the hospital 90,000 marks a day.",
        "About 55 firefighters were sent to the blaze.",
        "By noon 60 firefighters were fighting the blaze.",
        "The 12 million mark wing was paid for partly by an appeal that raised 2.5 million marks.",
    ]
    got = {(n[:4], *sorted((a, b))): v for n, a, b, v in page_figures(page)}
    assert got[("mark", "2400", "90000")] == "apart"
    assert got[("fire", "55", "60")] == "same"
    assert got[("mark", "12", "2.5")] == "apart"  # one sentence says what each is


# ---- the outlet named in the text ------------------------------------------------------------


def test_an_outlet_of_the_story_named_in_a_sentence_is_rewritten_to_the_attribution() -> None:
    sources = ["The Norbridge Gazette", "Valley Wire"]
    assert (
        unname("Mayor Ola Brandt told the Gazette at the town hall that the bridge was safe.", sources)
        == "Mayor Ola Brandt said at the town hall that the bridge was safe."
    )
    assert unname("The mayor, speaking to the Norbridge Gazette, said it was safe.", sources) == (
        "The mayor said it was safe."
    )
    assert unname("Brandt said in a statement to Valley Wire that repairs begin Monday.", sources) == (
        "Brandt said in a statement that repairs begin Monday."
    )
    # another paper, or a word that only looks like an outlet's, stays
    assert unname("Brandt told the council the bridge was safe.", sources) == (
        "Brandt told the council the bridge was safe."
    )
    assert unname("Brandt told the Courier the bridge was safe.", sources) == (
        "Brandt told the Courier the bridge was safe."
    )


def test_the_story_does_not_name_its_outlets() -> None:
    gazette = _art(
        "gazette",
        "The Norbridge Gazette",
        "Norbridge closes Kell bridge after crack found",
        "Norbridge closed the Kell bridge to all traffic on Tuesday after engineers found a crack in one of its "
        'piers, the town council said. "We will not take risks with people\'s safety," council leader Ola Brandt '
        "told the Gazette on Tuesday. Buses will use the Mill Lane crossing until repairs are done.",
        DAY1,
    )
    wire = _art(
        "wire",
        "Valley Wire",
        "Kell bridge in Norbridge closed after inspection",
        "The Kell bridge in Norbridge was closed on Tuesday after an inspection found a crack in a pier, the town "
        "council said. Repairs are expected to take six weeks.",
        DAY1 + timedelta(hours=1),
    )
    out = synthesize("bridge", [gazette, wire])
    page = " ".join([*(s.text for s in out.story), *(h.text for h in out.highlights)])
    assert "told the Gazette" not in page and "Gazette" not in page
    assert any("council leader Ola Brandt said on Tuesday" in s.text for s in out.story), page


# ---- a speaker named only by a pronoun ---------------------------------------------------------


def test_a_pronoun_speaker_leans_on_the_sentence_before_it() -> None:
    assert pronoun_speaker("Most of the cuts will fall on the warehouses, she said.")
    assert leans_back('"We need to know why the test failed," he said.')
    assert not leans_back("Chief executive Ana Moreau said most of the cuts would fall on the warehouses.")
    assert not pronoun_speaker("Ana Moreau said he told the board nothing.")


def _cuts(meeting: str) -> list[Article]:
    body = (
        "Kessel Freight will cut 400 jobs by the end of next year, the company said on Tuesday. "
        f"{meeting} "
        "The warehouses in Dorn and Ulmet will close in June and their 250 staff will lose their jobs, she said. "
        "Kessel Freight employs about 3,000 people in the region."
    )
    other = (
        "Kessel Freight, the region's largest haulier, plans to cut 400 jobs. "
        "Its warehouses in Dorn and Ulmet will close, the company said. "
        "The Transport Workers' Union said it would fight every job loss."
    )
    third = (
        "Haulier Kessel Freight is to shed 400 jobs and close its Dorn and Ulmet warehouses in June. "
        "The union said it would ballot members on strike action."
    )
    return [
        _art("wire", "Valley Wire", "Kessel Freight to cut 400 jobs", body, DAY1),
        _art("biz", "Orvath Business", "Kessel Freight plans 400 job cuts", other, DAY1 + timedelta(hours=1)),
        _art("tv", "Orvath TV", "Kessel Freight to close two warehouses", third, DAY1 + timedelta(hours=2)),
    ]


def test_a_pronoun_speaker_is_named_by_the_one_person_the_sentence_before_names() -> None:
    assert resolve_speaker(
        "Most of the cuts will fall on the warehouses, she said.",
        "The company's chief executive, Ana Moreau, spoke to staff on Tuesday.",
    ) == ("Most of the cuts will fall on the warehouses, Ana Moreau said.")
    assert resolve_speaker('"We will appeal," said he.', "Union leader Piet Olsen met the board.") == (
        '"We will appeal," said Piet Olsen.'
    )
    # a place is no person ("Port Kesh"); a surname alone that speaks is one
    assert resolve_speaker(
        '"Nobody likes paying more," she said.', "Faro said the money would pay for new trains to Port Kesh."
    ) == ('"Nobody likes paying more," Faro said.')
    # two people named, or none: nothing is guessed
    assert resolve_speaker("It was hard, she said.", "Ana Moreau met Piet Olsen on Tuesday.") is None
    assert resolve_speaker("It was hard, she said.", "The meeting lasted two hours.") is None
    out = synthesize(
        "cuts",
        _cuts(
            "The company's chief executive, Ana Moreau, spoke to staff at a meeting at its "
            "head office in Orvath on Tuesday morning."
        ),
    )
    story = [s.text for s in out.story]
    assert any(t.endswith("their 250 staff will lose their jobs, Ana Moreau said.") for t in story), story
    assert not any(pronoun_speaker(t) for t in story)


def test_an_unnamed_pronoun_speaker_is_printed_only_right_after_the_sentence_before_it() -> None:
    # the sentence before it names two people: "she" cannot be resolved
    out = synthesize(
        "cuts",
        _cuts(
            "Chief executive Ana Moreau and union leader Piet Olsen spoke to staff at a "
            "meeting at the head office in Orvath on Tuesday morning."
        ),
    )
    story = [s.text for s in out.story]
    # (without the rule, "..., she said." is printed second, before anyone is named)
    for k, t in enumerate(story):
        if pronoun_speaker(t):
            assert k > 0 and "Ana Moreau" in story[k - 1], story
    assert not any(pronoun_speaker(h.text) for h in out.highlights)


# ---- the outlet's register --------------------------------------------------------------------


def test_sentences_of_a_charged_article_stay_out_while_calm_articles_tell_the_story() -> None:
    texts = [
        "Kessel Freight will cut 400 jobs, the company said.",  # calm article 0
        "The union said it would fight the cuts.",  # calm article 1
        "Kessel Freight's warehouses in Dorn will close.",  # calm article 2
        "Angry staff at Dorn said the news was a disaster.",  # charged article 3: nothing new
        "A driver, 58, said he had worked at Kessel for 31 years.",  # charged article 3: its own facts
    ]
    article_of = [0, 1, 2, 3, 3]
    none = np.zeros(5, dtype=bool)
    prev: list[int | None] = [None, None, None, None, 3]
    mask = calm.register_mask(texts, article_of, [0.1, 0.2, 0.1, 0.75], prev, none)
    assert mask.tolist() == [False, False, False, True, False]
    # a Charged article (below the Provocative band) keeps its sentences
    assert not calm.register_mask(texts, article_of, [0.1, 0.2, 0.1, 0.6], prev, none).any()
    # with fewer than REGISTER_MIN_CALM calm articles there is no calm coverage to prefer
    assert not calm.register_mask(texts, article_of, [0.1, 0.4, 0.45, 0.8], prev, none).any()


# ---- a short article's Highlights -----------------------------------------------------------


def test_a_short_one_article_story_keeps_three_distinct_highlights() -> None:
    brief = _art(
        "brief",
        "Ulmet Advertiser",
        "Ulmet bakery wins regional prize for its rye bread",
        "Holm & Daughters, a bakery on Ulmet's Market Row, has won the regional bread awards' prize for the best "
        "rye loaf.\n\nOwner Petra Holm said the recipe had not changed since her grandfather opened the shop in "
        "1961.\n\nThe prize will be presented at a dinner in Orvath on Saturday.",
        DAY1,
    )
    out = synthesize("bakery", [brief])
    assert len(out.story) == 3
    assert len(out.highlights) == 3, ([h.text for h in out.highlights], out.notes)
    assert len({h.text for h in out.highlights}) == 3
