"""Fourteenth session, follow-up: two Highlight regressions of the superseded-facts change.

1. A tabloid's vox pop ('One angry commuter said: "Closing it is a scandal."') stayed in a
   several-outlet story because the word opening the quotation was read as a name no calm
   sentence gives (``calm._numbers_names``), the exemption for a fact only the tabloid reports.
2. A story whose Story and Highlights named nobody lost its one named person when a figure
   sentence outranked that person's sentence (``highlights._who_swap``).

Every text here is invented for these tests (the valley, the towns, the people).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from plainwire.synthesize import calm, highlights
from plainwire.synthesize.highlights import coverage_people, names_person_fn, pick_highlights

# ---- 1. the word opening a quotation is no name ---------------------------------------------

CALM_A = [
    "The Orlen Valley council voted on Tuesday to close the Kestrup ferry line in June.",
    "The line carried 41,000 passengers last year, down from 60,000 in 2019, the council said.",
    "Councillors said a new bridge at Vilna had taken most of its traffic.",
]
CALM_B = [
    "The Kestrup ferry will stop running in June after the Orlen Valley council voted to close it.",
    "Passenger numbers fell to 41,000 last year, council figures show.",
]
TABLOID = [
    "Furious islanders blasted the shameful axe on their beloved ferry last night.",
    'One angry commuter said: "Closing it is a scandal."',
]


def _register(texts: list[str], article_of: list[int]) -> np.ndarray:
    n = len(texts)
    previous = [i - 1 if i and article_of[i - 1] == article_of[i] else None for i in range(n)]
    # the tabloid reads Provocative as a whole, the two others Neutral (the analyze stage's scores)
    return calm.register_mask(texts, article_of, [0.1, 0.2, 0.85], previous, np.zeros(n, dtype=bool))


@pytest.fixture
def quote_names() -> Iterator[None]:
    old = calm.QUOTE_START_NAMES
    calm.QUOTE_START_NAMES = True  # the reading before this session
    yield
    calm.QUOTE_START_NAMES = old


def test_a_quotations_first_word_is_no_name() -> None:
    assert calm._numbers_names('One angry commuter said: "Closing it is a scandal."') == (
        frozenset(),
        frozenset(),
    )
    assert calm._numbers_names("Fans said “Nobody asked us” on Friday.")[1] == frozenset()
    # a name inside the quotation, or a surname after a first name, is still one
    assert "halvorsen" in calm._numbers_names('One fan said: "We want Halvorsen to stay."')[1]
    assert "halvorsen" in calm._numbers_names('"Petra Halvorsen must stay," one fan said.')[1]


def test_a_tabloid_vox_pop_is_kept_out_while_calm_reports_exist() -> None:
    texts = CALM_A + CALM_B + TABLOID
    article_of = [0] * len(CALM_A) + [1] * len(CALM_B) + [2] * len(TABLOID)
    out = _register(texts, article_of)
    vox = texts.index(TABLOID[1])
    assert out[vox], "the vox pop gives no fact of its own"
    assert out[texts.index(TABLOID[0])]
    assert not out[: len(CALM_A) + len(CALM_B)].any()


def test_the_vox_pop_stayed_before(quote_names: None) -> None:
    # the regression itself: "Closing" read as a name only the tabloid gives
    texts = CALM_A + CALM_B + TABLOID
    article_of = [0] * len(CALM_A) + [1] * len(CALM_B) + [2] * len(TABLOID)
    assert not _register(texts, article_of)[texts.index(TABLOID[1])]


def test_a_vox_pop_naming_someone_no_calm_report_names_stays() -> None:
    # the exemption itself is kept: a name only the tabloid gives is a fact
    texts = CALM_A + CALM_B + [TABLOID[0], 'One angry commuter said: "Ask Magnus Elverum why it closed."']
    article_of = [0] * len(CALM_A) + [1] * len(CALM_B) + [2, 2]
    assert not _register(texts, article_of)[-1]


# ---- 2. who is a fact: a named person's bullet ------------------------------------------------

TRAM = [
    "The Orlen Valley council approved a new tram line on Monday after a long debate.",  # 0 opening
    "The line will run 14 kilometres from Kestrup to the harbour at Vilna.",  # 1 opening
    "Construction is due to start in March and will cost 210 million crowns.",  # 2 in the Story
    "The council voted 31 to 12 in favour of the plan.",  # 3 in the Story
    "Residents of Kestrup have campaigned for the line for a decade.",  # 4 not in the Story
    "Mayor Ilse Varnholt said the first trams would run before the 2029 regional games.",  # 5
]


def _pick(story: set[int], who: bool = True) -> list[int]:
    picks = pick_highlights(
        list(range(len(TRAM))),
        lambda i: TRAM[i],
        [0, 1],
        who=names_person_fn(TRAM, coverage_people(TRAM)) if who else None,
        story=story,
    )
    return [i for i, _ in picks]


def test_coverage_people_are_titled_names() -> None:
    texts = [
        "Those on the drug did better, lead author Dr Anneli Korpela of Vilna University said.",
        '"A careful study," said Professor Jon Eskeland, who was not involved.',
        "Provincial governor Hendrika Stoltz opened the bridge; Talvo Pharma said nothing.",
    ]
    assert coverage_people(texts) == {"Korpela", "Eskeland", "Stoltz"}
    who = names_person_fn(["Korpela said more work was needed.", "The Korpelan study ended."], {"Korpela"})
    assert who(0) and not who(1)


def test_a_named_person_replaces_a_bullet_the_story_prints() -> None:
    assert _pick({0, 1, 2, 3}, who=False) == [2, 3, 4]  # the regression: nobody named on the page
    got = _pick({0, 1, 2, 3})
    assert 5 in got, "the mayor's sentence is the page's only person"
    assert 4 in got, "a fact the Story does not print keeps its bullet"
    assert got == [2, 4, 5]  # the lowest-ranked bullet the Story prints gave way, ranked order kept


def test_no_swap_when_the_story_names_the_person_or_every_bullet_is_new() -> None:
    assert _pick({0, 1, 2, 3, 5}) == [2, 3, 4]
    assert _pick({0, 1}) == [2, 3, 4]  # no bullet the Story prints: none gives way


def test_no_swap_when_the_story_quotes_someone_by_full_name() -> None:
    # an untitled person the Story quotes ("..., Petra Lindqvist said") is a person on the page
    text = "The council voted 31 to 12 in favour of the plan, committee chair Petra Lindqvist said."
    picks = pick_highlights(
        list(range(len(TRAM))),
        lambda i: text if i == 3 else TRAM[i],
        [0, 1],
        who=names_person_fn(TRAM, coverage_people(TRAM)),
        story={0, 1, 2, 3},
    )
    assert [i for i, _ in picks] == [2, 3, 4]


def test_the_swap_can_be_switched_off() -> None:
    old = highlights.WHO
    highlights.WHO = False
    try:
        assert _pick({0, 1, 2, 3}) == [2, 3, 4]
    finally:
        highlights.WHO = old
