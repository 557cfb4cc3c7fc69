"""Sixth session: restatements a reader notices at once, and the Story's opening sentence.

Every text here is invented for these tests (variants of the user audit's invented stories).
"""

from plainwire.models import Article
from plainwire.synthesize import synthesize
from plainwire.synthesize.attribution import claim
from plainwire.synthesize.meaning import Meaning, counted, negated
from plainwire.synthesize.opening import introduce_first

from .fixtures import t
from .test_distinct_facts import _order

WILDFIRE = [
    Article(
        id="fire-1",
        title="Brush fire forces evacuations above Dunmere",
        text=(
            "A brush fire burning in the hills above Dunmere forced the evacuation of about 450 homes on "
            "Sunday morning.\n"
            "The fire has burned 900 acres and is 15 percent contained, officials said.\n"
            "A shelter opened at Dunmere Middle School for evacuated families.\n"
            "No injuries have been reported, the county fire chief, Rosa Ibarra, said."
        ),
        source="Dunmere Daily",
        published=t(9),
    ),
    Article(
        id="fire-2",
        title="Hundreds of homes evacuated as fire spreads near Dunmere",
        text=(
            "The fire has burned 900 acres and is 15 percent contained, officials said.\n"
            "Firefighters from four counties were sent to the hills above Dunmere.\n"
            "Officials said no one had been hurt.\n"
            "The cause of the fire is under investigation."
        ),
        source="Valley Post",
        published=t(10),
    ),
    Article(
        id="fire-3",
        title="Dunmere brush fire 15 percent contained",
        text=(
            "The fire has burned 900 acres above Dunmere and is 15 percent contained.\n"
            "About 450 homes were evacuated on Sunday as the brush fire spread.\n"
            "Two helicopters dropped water on the ridge through the afternoon."
        ),
        source="Ridge Courier",
        published=t(11),
    ),
]

WALKOUT = [
    Article(
        id="walk-1",
        title="Corvale nurses walk out after contract talks fail",
        text=(
            "Nurses in Corvale began a walkout on Tuesday after contract talks broke down.\n"
            "Corvale's 12 public clinics were closed on Tuesday as 900 nurses began a walkout over pay.\n"
            "The union is asking for raises of 7 percent a year."
        ),
        source="Corvale Herald",
        published=t(9),
    ),
    Article(
        id="walk-2",
        title="Nurses strike shuts Corvale clinics",
        text=(
            "Corvale nurses walked off the job on Tuesday after talks on a new contract broke down.\n"
            "All 12 clinics in the region were closed, affecting about 4,000 patient visits a day.\n"
            "The health board has offered 2 percent."
        ),
        source="Coastal Times",
        published=t(10),
    ),
    Article(
        id="walk-3",
        title="Corvale clinics closed as nurses strike",
        text=(
            "Corvale nurses began a walkout on Tuesday after contract talks failed.\n"
            "The health board said it could not pay more without cutting services.\n"
            "Talks are scheduled to resume next week."
        ),
        source="Bay Ledger",
        published=t(11),
    ),
]


def _story(out) -> list[str]:
    return [s.text for s in out.story]


def test_trailing_speaker_with_an_appositive_name_is_not_the_claim():
    # the claim used to keep ", the county fire chief, Rosa Ibarra, said" as content
    assert claim("No injuries have been reported, the county fire chief, Rosa Ibarra, said.") == (
        "No injuries have been reported"
    )
    # a plain trailing speaker is still removed, and a sentence without one is left whole
    assert claim("The road reopened on Monday, the mayor said.") == "The road reopened on Monday"
    assert claim("The board, which met on Friday, approved the plan.") == (
        "The board, which met on Friday, approved the plan."
    )


def test_negation_and_counted_nouns():
    assert negated("No injuries have been reported") and negated("no one had been hurt")
    assert negated("the district couldn't pay more")
    assert not negated("Two people were hurt")
    assert ("12", "clinic") in counted("All 12 clinics in the region were closed")
    assert ("12", "clinic") in counted("Corvale's 12 public clinics were closed")
    # a scale is not the thing counted: "7 percent" of raises and "7 percent" of votes differ
    assert not counted("The union is asking for raises of 7 percent a year.")
    assert ("50", "aid") in counted("Congress approved $50 billion aid for farmers")
    # years and hyphenated numbers count nothing
    assert not counted("before the 2016 election")
    assert not counted("the COVID-19 relief bill")


def test_two_denials_of_the_same_thing_are_one_fact():
    m = Meaning(["No injuries have been reported", "no one had been hurt", "Two people were hurt"])
    assert m.negated(0) and m.negated(1) and not m.negated(2)
    out = synthesize("fire", WILDFIRE)
    said = [s for s in _story(out) if "injuries" in s or "hurt" in s]
    assert len(said) == 1, _story(out)


def test_same_count_of_the_same_thing_is_one_fact():
    # two wordings of one count of the same thing are printed once
    first = "Corvale's 12 public clinics were closed on Tuesday as nurses began a walkout."
    assert _order(first, "All 12 clinics in the region were closed.") == [0]
    # ... unless the second adds a number of its own (eleventh session): "4,000 patient visits"
    # is a fact only it gives, so it is printed too (it used to be dropped with the repeat)
    richer = "All 12 clinics in the region were closed, affecting about 4,000 patient visits a day."
    assert _order(first, richer) == [0, 1]
    out = synthesize("walkout", WALKOUT)
    assert any("4,000 patient visits" in s for s in _story(out)), _story(out)
    # distinct facts with other numbers are kept
    assert any("7 percent" in s for s in _story(out))
    assert any("2 percent" in s for s in _story(out))


def test_story_opens_on_the_sentence_that_introduces_the_event():
    out = synthesize("fire", WILDFIRE)
    assert out.story[0].text.startswith("A brush fire burning in the hills above Dunmere"), _story(out)
    assert any(s.startswith("The fire has burned 900 acres") for s in _story(out))


def test_introduce_first_moves_only_an_introducing_top_sentence():
    texts = [
        "The fire has burned 900 acres, officials said.",
        "Firefighters from four counties were sent to the hills.",
        "A brush fire above Dunmere forced about 450 homes to be evacuated.",
        "A shelter opened at the school.",
    ]
    assert introduce_first([0, 1, 2, 3], texts.__getitem__) == [2, 0, 1, 3]
    # only among the top sentences (the introducing one would be printed anyway)
    assert introduce_first([0, 1, 3, 2], texts.__getitem__) == [0, 1, 3, 2]
    # a top sentence that is not definite, or nothing introducing its noun: unchanged
    assert introduce_first([1, 0, 2], texts.__getitem__) == [1, 0, 2]
    assert introduce_first([0, 3, 1], texts.__getitem__) == [0, 3, 1]
    # the head noun decides: "A harbor pilot" does not introduce "The harbor master"
    other = ["The harbor master closed the channel on Friday.", "A harbor pilot said the fog was thick."]
    assert introduce_first([0, 1], other.__getitem__) == [0, 1]
    brush = [
        "The brush fire has burned 900 acres.",
        "Crews arrived at noon.",
        "A small fire broke out near the school.",
    ]
    assert introduce_first([0, 1, 2], brush.__getitem__) == [2, 0, 1]
