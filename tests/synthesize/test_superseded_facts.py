"""Fourteenth session: one table of number words (``plainwire.numwords``), facts a later report
supersedes beyond counts of people (``supersede.py``), correction notices (``corrections.py``)
and a surname one outlet misspells (``names.py``).

Every text here is invented for these tests (the province, the towns, the clubs, the people).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from plainwire import numwords
from plainwire.cluster import xlang
from plainwire.synthesize import corrections, developing, facts, names, supersede, synthesize
from plainwire.synthesize.textstats import content_stems

from .fixtures import article

DAY1 = datetime(2026, 4, 14, 7, 0, tzinfo=UTC)


_art = article


def _page(s) -> str:
    return " ".join([s.headline, *(h.text for h in s.highlights), *(x.text for x in s.story)])


# ---- one number-word table -------------------------------------------------------------------


def test_number_words_are_read_from_one_table() -> None:
    assert numwords.cardinal("Twenty-seven") == 27.0
    assert numwords.cardinal("nineteen") == 19.0
    assert numwords.cardinal("twenty-teen") is None
    assert numwords.ordinal("ninth") == 9.0 and numwords.ordinal("21st") == 21.0
    # the three readers see the same words
    assert developing.number("forty-two") == 42.0 and developing.number("1,200") == 1200.0
    assert facts.number_words("They waited a dozen hours, then three more.") == frozenset({"dozen", "three"})
    assert xlang.COUNT_WORDS is numwords.COUNT_WORDS
    assert xlang.COUNT_WORDS["en"] == {w: n for w, n in numwords.UNITS.items() if 2 <= n <= 12}
    assert "neuf" not in xlang.COUNT_WORDS["fr"] and xlang.COUNT_WORDS["fr"]["dix"] == 10
    assert set(numwords.DIGITS_OF) >= {"two", "nineteen", "ninety", "dozen", "hundred"}
    assert "one" not in numwords.DIGITS_OF


# ---- reading stages and measures -------------------------------------------------------------


def _sup(old: str, new: str) -> bool:
    return supersede.supersedes(
        supersede.facets(old),
        supersede.facets(new),
        frozenset(content_stems(old)),
        frozenset(content_stems(new)),
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Forecasters issued a yellow warning for snow in Harlow county on Monday.",
            "Forecasters raised the snow warning for Harlow county to red on Tuesday.",
        ),
        (
            "Two climbers were missing on Mount Caddan after an avalanche on Sunday.",
            "Rescuers found the two climbers alive on Mount Caddan on Monday morning.",
        ),
        (
            "A man was arrested after the fire at the Dunmere bus depot.",
            "A 34-year-old man has been charged with arson over the fire at the Dunmere bus depot.",
        ),
        (
            "The Linford harbour festival is scheduled for Saturday on the quay.",
            "The Linford harbour festival on the quay has been cancelled because of the gale.",
        ),
        (
            "Midfielder Oren Talby is close to a move to Farrow Rovers, reports say.",
            "Midfielder Oren Talby has joined Farrow Rovers from Ashby Town.",
        ),
        ("He agreed a five-year contract.", "Talby signed a three-year contract on Friday."),
        (
            "The lake at Kelby stood 40 centimetres above its normal level on Monday.",
            "The lake at Kelby reached 85 centimetres above its normal level overnight.",
        ),
    ],
)
def test_a_later_stage_or_value_supersedes(old: str, new: str) -> None:
    assert _sup(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a report of the sentence recalls the arrest: an earlier stage supersedes nothing
        (
            "Two men were charged with the robbery of the Kelby post office.",
            "The two men, arrested in May, robbed the Kelby post office, the court heard.",
        ),
        # two amounts of one currency, for two things (a contract, a grant)
        (
            "Dunlow Ferries ordered two ships in a contract worth 30 million crowns, the company said.",
            "Dunlow Ferries will pay for the ships partly with a 9 million crown grant from the state.",
        ),
        # one unit, a part and the whole: an item of a budget is not a revised budget
        (
            "The Dunlow budget sets aside 40 million crowns to resurface the harbour road.",
            "Dunlow's council approved a 1.2 billion crown budget with the harbour road works.",
        ),
        # counts of things differ between outlets more often than they are updated (figures.py)
        (
            "About 900 bus drivers at Dunlow depot walked out on Monday over rosters.",
            "A strike by about 850 bus drivers at Dunlow depot went into a second day over rosters.",
        ),
        # a bound replaces no exact figure, a change is no level
        (
            "Kelby Water reported a profit of 212 million crowns for the year to March.",
            "Kelby Water's profit for the year to March topped 200 million crowns, it said.",
        ),
        (
            "The Kelby Water bill will be 310 euros a year for an average home in Kelby.",
            "The Kelby Water bill for an average home in Kelby could rise by 20 euros a year.",
        ),
        # the same stage again is no news
        (
            "The Linford festival was postponed because of the gale.",
            "Organisers said the Linford festival was postponed until June.",
        ),
        # another subject altogether
        (
            "A yellow warning for wind covers the Orrin coast.",
            "Farrow Rovers wear red shirts at home, the club said of its new warning kit.",
        ),
    ],
)
def test_no_supersession_without_a_further_state_of_one_subject(old: str, new: str) -> None:
    assert not _sup(old, new)


def test_an_age_is_no_measure() -> None:
    assert supersede.facets("The 23-year-old striker scored twice.").measures == {}


# ---- a story told over days ------------------------------------------------------------------

_WARN = [
    (
        "wire",
        "Yellow snow warning for Harlow county",
        "The Harlow Weather Service issued a yellow warning for heavy snow in Harlow county on "
        "Monday, saying up to 15 centimetres could fall by Wednesday. Forecaster Ines Rowe said "
        "drivers should allow extra time on the hill roads. The warning runs until Wednesday night.",
        0,
    ),
    (
        "wire",
        "Harlow county snow warning raised to amber",
        "The Harlow Weather Service raised its snow warning for Harlow county to amber on Tuesday and "
        "now expects up to 30 centimetres by Wednesday. Snow ploughs from three towns were sent to the "
        "pass road, the county said. Schools in the upper valley will open late on Wednesday.",
        26,
    ),
    (
        "radio",
        "Red snow warning for Harlow county: Brenna pass closed",
        "The Harlow Weather Service has issued its first red snow warning for Harlow county, and the "
        "Brenna pass road has been closed to all traffic. About 40 centimetres of snow fell on the "
        "upper valley in a day, the service said. County leader Tamsin Oakes said 300 households in "
        "Brenna had lost power. Crews expect to restore it by Thursday, she said.",
        50,
    ),
]


def test_a_raised_warning_leads_and_the_first_level_is_gone() -> None:
    arts = [
        _art(f"w{k}", src, title, text, DAY1 + timedelta(hours=h))
        for k, (src, title, text, h) in enumerate(_WARN)
    ]
    s = synthesize("warn", arts)
    page = _page(s).lower()
    assert "red" in s.headline.lower()
    assert "yellow" not in page and "amber" not in page
    assert "red snow warning" in s.story[0].text.lower()
    # the same texts an hour apart are outlets disagreeing, not a later report: nothing superseded
    texts = [_WARN[0][2].split(". ")[0], _WARN[2][2].split(". ")[0]]
    found = supersede.find(
        [0],
        texts,
        [frozenset(content_stems(t)) for t in texts],
        [0, 1],
        [DAY1, DAY1 + timedelta(hours=1)],
    )
    assert not found.dropped
    later = supersede.find(
        [0],
        texts,
        [frozenset(content_stems(t)) for t in texts],
        [0, 1],
        [DAY1, DAY1 + timedelta(hours=30)],
    )
    assert later.dropped == {0} and later.newest == {0: 1}


# ---- corrections -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Correction, 3 May: an earlier version of this article said the survey covered 3,000 homes.",
            {"3000"},
        ),
        ("An earlier version of this story misstated the cost of the bridge as 12 million.", {"12"}),
        ("This article has been corrected: it previously said 250 jobs would go.", {"250"}),
        ("The council will hire 40 wardens, not 400 as we previously reported.", {"400"}),
    ],
)
def test_correction_notices_name_the_wrong_figure(text: str, wrong: set[str]) -> None:
    r = corrections.notice(text)
    assert r is not None and set(r.figures) == wrong


def test_a_retracted_figure_is_dropped_only_about_the_same_thing() -> None:
    texts = [
        "The council will hire 40 wardens, not 400 as we previously reported.",
        "About 400 residents came to the meeting in the town hall.",
        "The council wants 400 wardens on the streets by the summer.",
    ]
    assert corrections.retracted(texts) == {0, 2}


def test_no_notice_in_ordinary_sentences() -> None:
    # another outlet's earlier report corrected in the news itself: a fact, not a notice
    assert corrections.notice("The fire started in the kitchen, not in the garage as first reported.") is None
    assert corrections.notice("The survey covered 300 homes in the Kelby district, the council said.") is None
    assert corrections.notice("He said the correction in house prices was overdue.") is None


def test_a_corrected_figure_reaches_the_story_and_the_wrong_one_never_does() -> None:
    fixed = _art(
        "c1",
        "Kelby Health Desk",
        "Home insulation survey finds half of Kelby homes lose heat",
        "Half of the homes in Kelby lose heat through their roofs, a council survey published on "
        "Monday found. The survey covered 300 homes in the Kelby district between January and March. "
        "Council energy officer Rhian Pryce said grants for roof insulation would open in June. "
        "Correction, 15 April: an earlier version of this article said the survey covered 3,000 homes. "
        "It covered 300.",
        DAY1,
        modified=DAY1 + timedelta(hours=24),
    )
    copied = _art(
        "c2",
        "Kelby Echo",
        "Half of Kelby homes leak heat, survey says",
        "A council survey of 3,000 homes found that half of Kelby's houses lose heat through the roof. "
        "Grants for roof insulation will open in June, energy officer Rhian Pryce said. "
        "The survey was carried out between January and March.",
        DAY1 + timedelta(hours=3),
    )
    s = synthesize("survey", [fixed, copied])
    page = _page(s)
    assert "3,000" not in page and "earlier version" not in page.lower()
    assert "300 homes" in page


# ---- a misspelt surname ----------------------------------------------------------------------


def test_the_majority_spelling_of_a_surname_is_printed() -> None:
    arts = [
        _art(
            "n1",
            "Wire",
            "Oona Brackwell named Dunmere harbour master",
            "Oona Brackwell, a pilot at Kelby port, was named Dunmere harbour master on Tuesday. "
            "Brackwell, 52, replaces Owen Tate, who retires in May after 20 years.",
            DAY1,
        ),
        _art(
            "n2",
            "Radio",
            "New Dunmere harbour master promises longer opening hours",
            "The new Dunmere harbour master, Oona Brackwell, promised to open the lock two hours longer "
            "each day. Brackwell was chosen from five candidates, the port board said.",
            DAY1 + timedelta(hours=1),
        ),
        _art(
            "n3",
            "Bulletin",
            "Kelby's Brakwell to run Dunmere harbour",
            "Oona Brakwell, a Kelby pilot for 18 years, will run Dunmere harbour from May. "
            "Ms Brakwell succeeds Owen Tate, who is retiring after 20 years.",
            DAY1 + timedelta(hours=2),
        ),
    ]
    fixes = names.spelling_fixes((a.source, f"{a.title}\n{a.text}") for a in arts)
    assert fixes == {"Brakwell": "Brackwell"}
    s = synthesize("harbour", arts)
    assert "Brakwell" not in _page(s)


@pytest.mark.parametrize(
    "texts",
    [
        # one outlet gives both: two people
        [
            ("A", "Pieter Jansen and Pieter Janssen ran the stall."),
            ("B", "Pieter Jansen said."),
            ("C", "Pieter Jansen agreed."),
        ],
        # as many outlets each: no majority
        [
            ("A", "Mira Hollis spoke."),
            ("B", "Mira Hollis said."),
            ("C", "Mira Hollins"),
            ("D", "Mira Hollins"),
        ],
        # two outlets: no majority against a minority
        [("A", "Mira Hollis spoke."), ("B", "Mira Hollins spoke.")],
        # another given name: perhaps another person
        [("A", "Tom Carrow spoke."), ("B", "Tom Carrow said."), ("C", "Ada Carow said.")],
        # a word and its derivative
        [("A", "South Korea said."), ("B", "South Korea agreed."), ("C", "South Korean said.")],
    ],
)
def test_no_respelling_when_it_is_ambiguous(texts: list[tuple[str, str]]) -> None:
    assert names.spelling_fixes(texts) == {}


def test_edits_is_levenshtein() -> None:
    assert names.edits("vasselmark", "vaselmarck") == 2
    assert names.edits("kitten", "sitting") == 3
    assert names.edits("abc", "abc") == 0
