"""Twelfth session: the Story says what the coverage says.

- the newest development (a later article's lead that restates the event and adds the cost and
  the time a repair takes) is printed second, not dropped as a repeat of the first day's lead;
- a casualty statement ("There were no injuries.") is printed near the top;
- a dispute gives the other party's position when the printed side names it;
- outlets that give different figures for one thing: one figure on the page, and a note naming
  each figure with its outlets (never a figure no outlet gave);
- a sentence opening on "It" is printed right after the sentence before it in its article;
- a "not yet known" sentence is dropped once a later article tells it.

All through the public ``synthesize`` entry point, on invented coverage (faithful_fixture.py).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from plainwire.models import Article
from plainwire.synthesize import synthesize
from plainwire.synthesize.figures import close
from plainwire.synthesize.keyfacts import casualty, superseded
from plainwire.synthesize.textstats import content_stems

from .faithful_fixture import BARN, BUS, CUP, LOCK


def _page(s) -> str:  # type: ignore[no-untyped-def]
    return " ".join([s.headline, *(x.text for x in s.story), *(h.text for h in s.highlights)])


def test_newest_development_is_printed_second() -> None:
    s = synthesize("lock", LOCK)
    texts = [x.text for x in s.story]
    second = texts[1]
    assert "1.4 million marks" in second and "six weeks" in second, texts
    assert s.story[1].support[0].article_id == "lock-4"
    # the first day's lead still opens the Story
    assert s.story[0].support[0].article_id != "lock-4"


def test_casualty_statement_is_a_key_fact() -> None:
    s = synthesize("barn", BARN)
    top = [x.text for x in s.story[:3]]
    assert any(re.search(r"no injuries|Nobody was hurt", t) for t in top), [x.text for x in s.story]


@pytest.mark.parametrize(
    ("arts", "noun", "figs", "other_outlet"),
    [
        (BARN, "firefighters", ("40", "44"), "Lindby Echo"),
        (BUS, "bus drivers", ("800", "760"), "Tamber Business Daily"),
    ],
)
def test_one_figure_per_thing_and_a_note(arts, noun, figs, other_outlet) -> None:  # type: ignore[no-untyped-def]
    s = synthesize("figures", arts)
    page = _page(s)
    printed = {f for f in figs if re.search(rf"\b{f} {noun}\b", page)}
    assert len(printed) == 1, (printed, page)
    notes = [n for n in s.notes if "different figures" in n]
    assert len(notes) == 1, s.notes
    note = notes[0]
    for f in figs:
        assert f"{f} {noun}" in note
    assert other_outlet in note
    # every figure the note gives is in the text of an outlet it names
    for phrase, outlets in re.findall(r"(\d[\d,.]* [a-z ]+?) \(([^)]*)\)", note):
        for outlet in outlets.split(", "):
            assert any(a.source == outlet and phrase in a.text for a in arts), (phrase, outlet)


def test_dispute_gives_the_other_side() -> None:
    s = synthesize("bus", BUS)
    texts = [x.text for x in s.story]
    guild = [n for n, t in enumerate(texts) if "Transit Workers' Guild" in t]
    assert guild, texts
    operator = [n for n, t in enumerate(texts) if "20-minute" in t and "Citylines" in t]
    assert operator, texts  # the operator's offer, the other side of the dispute
    assert operator[0] == guild[0] + 1


def test_pronoun_opening_follows_its_antecedent() -> None:
    s = synthesize("cup", CUP)
    for n, x in enumerate(s.story):
        if re.match(r"(It|He|She|They|This|These|Those|Its|His|Her|Their)\b", x.text):
            assert n > 0
            here, before = x.support[0], s.story[n - 1].support[0]
            assert (before.article_id, before.index) == (here.article_id, here.index - 1), [
                y.text for y in s.story
            ]


def test_casualty_reading() -> None:
    for text in (
        "No one was injured.",
        "There were no injuries.",
        "Two people were killed and five injured, police said.",
        "Nobody was hurt in the collapse, the council said.",
        "No deaths or serious injuries were reported.",
    ):
        assert casualty(text), text
    for text in (
        "The warehouse was destroyed.",
        "The council said the injury clinic would open in May.",
        "Fire officer Tove Brenner said 44 firefighters fought the fire.",
    ):
        assert not casualty(text), text


def test_close_figures() -> None:
    assert close("55", "60") and close("1150", "1200")
    assert not close("3400", "18412") and not close("60", "60") and not close("0", "1")


def test_not_yet_known_is_superseded_by_a_later_article() -> None:
    texts = [
        "The cause of the barn fire is not yet known.",
        "The barn fire was caused by a faulty heater, the fire service said on Monday.",
        "The owners said the cause was not yet known.",
    ]
    day1, day2 = datetime(2026, 5, 6, 22, tzinfo=UTC), datetime(2026, 5, 7, 12, tzinfo=UTC)
    times = [day1, day2, day2]
    stems = [frozenset(content_stems(t)) for t in texts]
    got = superseded([0, 1, 2], texts.__getitem__, stems, times.__getitem__)
    assert got == {0}  # the same day's "not yet known" (sentence 2) is not told later
    # told only earlier: nothing is stale
    assert superseded([0, 1], texts.__getitem__, stems, [day2, day1].__getitem__) == set()


def test_short_one_article_story_highlights_do_not_repeat_it() -> None:
    brief = Article(
        id="brief-1",
        title="Osterby library to close for a week for rewiring",
        text=(
            "Osterby's public library will close from Monday to Friday next week so that its wiring can be "
            "replaced after a fault in the reading room.\n\n"
            "Librarian Hedda Lund said the work could only be done while the building was empty.\n\n"
            "Books due back during the closure can be returned the following week without a fine."
        ),
        source="Osterby Courier",
        language="en",
    )
    s = synthesize("brief", [brief])
    story = {x.text for x in s.story}
    assert len(story) <= 3
    # thirteenth session: the reader gets three distinct facts when the article has them; each
    # bullet is in its shortest safe form, and a whole calm sentence that has none stays as it is
    assert len(s.highlights) == 3, [h.text for h in s.highlights]
    assert len({h.text for h in s.highlights}) == 3
    assert not any("word for word left out" in n for n in s.notes), s.notes


def test_short_one_article_story_leaves_out_a_loaded_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    from plainwire.synthesize import bullets

    brief = Article(
        id="brief-2",
        title="Osterby ferry runs aground on a sandbank",
        text=(
            "The Osterby ferry ran aground on a sandbank on Sunday and all 40 passengers were taken ashore.\n\n"
            "Frightened passengers waited for hours on the stricken ferry.\n\n"
            "The operator said the ferry would be towed to the harbour on Monday."
        ),
        source="Osterby Courier",
        language="en",
    )
    s = synthesize("brief-2", [brief])
    assert len(s.story) == 3
    # a repeat that reads as loaded language (Measured or above) is no Highlight; the note says why
    # the Highlights are fewer
    assert [h for h in s.highlights if "Frightened" in h.text] == [], [h.text for h in s.highlights]
    assert any("word for word left out (loaded language" in n for n in s.notes), s.notes
    # the loadedness bar is what leaves it out
    monkeypatch.setattr(bullets, "MEASURED_FROM", 1.1)
    assert any("Frightened" in h.text for h in synthesize("brief-2", [brief]).highlights)
