"""Eleventh session: Story and Highlights keep distinct facts.

- ``facts.distinct``: another object of one verb ("object"), another predicate of one subject
  ("predicate": the same speaker on two sides of one subject), more opposite outcomes, and a
  negated outcome that is no opposite;
- ``facts.Told`` / ``select.mmr``: a sentence that adds a number, a date or a name no printed
  sentence gives is no restatement; a richer restatement takes the poorer one's place;
- one reading of time words and edge punctuation for ``facts`` and ``restate``;
- ``highlights.restates_fn``: the Story's test (``select.Redundancy``), held side by side;
- end to end: a pier story whose richer sentence survives and whose Highlights are three
  distinct facts.

Every sentence here is invented for these tests (no news text).
"""

import pytest

from plainwire.synthesize import facts, restate, select, synthesize
from plainwire.synthesize.attribution import claim
from plainwire.synthesize.facts import Told, numbers_and_dates, read_facts
from plainwire.synthesize.highlights import restates_fn
from plainwire.synthesize.meaning import Meaning
from plainwire.synthesize.pool import _claim_stems
from plainwire.synthesize.restate import Restater
from plainwire.synthesize.textstats import content_stems

from .pier_fixture import PIER
from .test_distinct_facts import _distinct, _order

# ---- facts.distinct: the new reasons and their guards --------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        # one verb, two objects
        ("The Marlby council approved the budget.", "The Marlby council approved the tram line.", "object"),
        (
            "Customs officers seized a lorry full of stolen tyres.",
            "Customs officers seized a lorry full of fake perfume.",
            "object",
        ),
        # one subject, another verb and another object (the same speaker on two sides)
        (
            "Mayor Ilse Varga said the plan would cut costs.",
            "Mayor Ilse Varga said the plan would delay repairs.",
            "predicate",
        ),
        # outcomes the table did not know before this session
        ("The fishing bill passed in the senate.", "The fishing bill failed in the senate.", "opposite"),
        (
            "The jury found the cyclist guilty of reckless riding.",
            "The jury acquitted the cyclist of reckless riding.",
            "opposite",
        ),
        ("Governor Aldo Renn signed the port bill.", "Governor Aldo Renn vetoed the port bill.", "opposite"),
        ("Police arrested the three climbers.", "Police released the three climbers.", "opposite"),
        (
            "The court upheld the ban on the festival.",
            "The court overturned the ban on the festival.",
            "opposite",
        ),
        ("The bus strike began on Friday.", "The bus strike ended on Friday.", "opposite"),
        ("The ministry lifted the fishing quota.", "The ministry imposed a fishing quota.", "opposite"),
    ],
)
def test_new_reasons_keep_two_facts_apart(a, b, why):
    assert _distinct(a, b) == why
    assert _distinct(b, a) == why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a negated outcome is its opposite: one fact
        (
            "The jury acquitted the cyclist of all charges.",
            "The cyclist was found not guilty on all charges.",
        ),
        ("The senate rejected the fishing bill.", "The fishing bill failed to pass the senate."),
        # the same object in more words ("town" is only more detail)
        ("Inspectors closed the bakery.", "Inspectors closed the town bakery."),
        # a shared number anchors one fact whatever the objects ("jobs" / "positions")
        ("Tarn Foods will cut 900 jobs.", "Tarn Foods will cut 900 positions."),
        # a bare verb has no object to compare: "closed" / "shut" is no other predicate
        ("The Holm cafe closed on Sunday.", "The Holm cafe shut on Sunday."),
        # a predicate that keeps a word ("costs") is the same claim
        (
            "Mayor Ilse Varga said the plan would cut costs.",
            "The plan would bring costs down, Mayor Ilse Varga said.",
        ),
        # a light verb's event is its noun ("gave ... a win")
        ("Striker Ana Bell scored twice as Wexby won.", "Two goals from Ana Bell gave Wexby the win."),
    ],
)
def test_guards_leave_restatements_alone(a, b):
    assert _distinct(a, b) is None
    assert _distinct(b, a) is None


def test_object_and_subject_are_read_from_the_main_clause():
    f = read_facts("The Marlby council approved the tram line on Monday.")
    assert f.subject == frozenset({"marlby", "council"})
    assert dict(f.objects)["approv"] == ("tram", "line")
    # an adverb or a subordinate clause is no object; "had ever shown": "ever" is no event
    assert dict(read_facts("The rocket exploded shortly after liftoff.").objects)["explod"] == ()
    assert read_facts("the collection was the largest the city had ever shown").events == ("shown",)


# ---- one reading of numbers, times and punctuation -----------------------------------------------


def test_one_reading_of_time_words():
    assert numbers_and_dates("Talks will resume in the coming weeks.")[1] == frozenset({"coming week"})
    assert numbers_and_dates("The pass closed two years ago.")[1] == frozenset({"year ago"})
    assert numbers_and_dates("The pass will reopen next month.")[1] == frozenset({"next month"})
    # the structural test reads the same dates and periods
    texts = [
        "The Orne bridge will reopen next month.",
        "Traffic will return to the Orne bridge in the coming weeks.",
    ]
    r = Restater(texts, texts, [0, 1])
    assert r.facts(0).times == numbers_and_dates(texts[0])[1]
    assert r.facts(1).times == frozenset({"coming week"})
    # a vague period names no time another outlet could contradict; a definite one does
    assert _distinct(texts[0], "The Orne bridge will reopen in the coming weeks.") is None
    assert _distinct(texts[0], "The Orne bridge will reopen next week.") == "dates"
    # one set of edge punctuation, no second list of time words
    assert restate.EDGE is facts.EDGE
    assert not hasattr(restate, "_TIME") and not hasattr(restate, "_PUNCT")


def test_number_readings():
    assert numbers_and_dates("The fair runs on August 4-6.")[0] == frozenset({"4", "6"})
    assert numbers_and_dates("Fourteen people were hurt.")[0] == frozenset({"14"})
    assert numbers_and_dates("The COVID-19 ward and the Astra-4 rocket.")[0] == frozenset()


# ---- a sentence that adds a fact -----------------------------------------------------------------


def _told(*texts: str) -> Told:
    t = Told()
    for x in texts:
        t.add(read_facts(claim(x)), x)
    return t


def test_told_adds():
    told = _told("The Arnholt bridge opened in 1958.")
    assert told.adds(read_facts("The Arnholt bridge was built in 1958 and last repaired in 2004."))
    assert told.adds(read_facts("The Arnholt bridge opened in 1958 with the Dunmore tram line."))
    assert not told.adds(read_facts("The Arnholt bridge dates from 1958."))
    # a date said more precisely is no new fact; an undated one gets its first date
    assert not _told("The ferry will restart later this week.").adds(
        read_facts("Ferries will run again on Friday.")
    )
    assert _told("The ferry restarted.").adds(read_facts("The ferry restarted on Friday."))
    # the speaker's name is told by the whole sentence, not only by its claim
    told = _told("Board chair Ines Kovac said work would start in March.")
    assert not told.adds(read_facts("Work will start in March under Kovac's plan."))


def test_story_prints_the_richer_sentence(monkeypatch):
    poor, rich = (
        "The Arnholt bridge opened in 1958.",
        "The Arnholt bridge was built in 1958 and last repaired in 2004.",
    )
    # the richer one takes the poorer one's place ...
    assert _order(poor, rich) == [1]
    # ... or, without RICHER_WINS, both are printed; never the poorer one alone
    monkeypatch.setattr(select, "RICHER_WINS", False)
    assert _order(poor, rich) == [0, 1]
    # the poorer one after the richer one adds nothing
    assert _order(rich, poor) == [0]
    # before this session the richer sentence was dropped
    monkeypatch.setattr(select, "ADDS_FACTS", False)
    assert _order(poor, rich) == [0]


def test_a_richer_sentence_that_lacks_a_fact_of_the_pick_does_not_replace_it():
    a = "Mayor Ada Renn said construction of the twelve piers would begin in March."
    b = "Mayor Ada Renn said construction would begin in March and take three years."
    assert _order(a, b) == [0, 1]  # "three years" is new, "twelve piers" is not in b


# ---- the Highlights: the Story's test, side by side ----------------------------------------------


def _red(texts: list[str]):
    claims = [claim(t) for t in texts]
    stems = [
        _claim_stems(t, content_stems(t), c) or frozenset(content_stems(t))
        for t, c in zip(texts, claims, strict=True)
    ]
    m = Meaning(claims)
    r = Restater(texts, claims, list(range(len(texts))), m)
    return stems, m, r


def test_highlights_use_the_storys_test():
    texts = [
        "The Marlby council approved the budget on Monday.",
        "The Marlby council approved the tram line on Monday.",
        "Growers in the Lisk valley said the frost had halved their plum harvest.",
        "Lisk valley growers said cold nights had cut their plum yields by half.",
    ]
    stems, m, r = _red(texts)
    f = restates_fn(stems, m, r, texts)
    # two facts that share most words can both be bullets (the old 40% rule took them for one)
    assert select._share(stems[0], stems[1]) >= 0.4
    assert not f(1, 0) and not f(0, 1)
    # a restatement in other words (the structural test) is one bullet; the old rule, a quarter
    # of the stems and of the near-synonyms, missed it
    assert select._share(stems[2], stems[3]) < 0.4 and m.soft_share(3, 2) < 0.6
    assert f(3, 2)


def test_every_pair_the_story_merges_the_highlights_merge_too():
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "synth_restate_pairs", root / "tools" / "synth_restate_pairs.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    checked = 0
    for path in tool.SETS.values():
        for p in json.loads(path.read_text("utf-8"))["pairs"]:
            if not tool.merged(p["a"], p["b"], p["at"], with_restater=True):
                continue
            stems, m, r = _red([p["a"], p["b"]])
            assert restates_fn(stems, m, r, [p["a"], p["b"]])(1, 0), p
            checked += 1
    assert checked > 80


# ---- end to end: the pier story ----------------------------------------------------------------


def test_pier_story_keeps_the_richer_sentence_and_both_approvals():
    out = synthesize("pier", PIER)
    story = [s.text for s in out.story]
    assert "The pier was built in 1911 and last restored in 1987." in story, story
    assert "The pier opened in 1911." not in story  # the richer sentence took its place
    assert any("repair budget" in s for s in story) and any("ferry timetable" in s for s in story), story
    # the harbour master's promise is printed once
    assert sum("winter" in s for s in story) == 1, story


def test_pier_story_without_this_sessions_rules_loses_the_restoration_year(monkeypatch):
    monkeypatch.setattr(select, "ADDS_FACTS", False)
    story = [s.text for s in synthesize("pier", PIER).story]
    assert not any("1987" in s for s in story), story


def test_pier_highlights_are_three_distinct_facts():
    out = synthesize("pier", PIER)
    texts = [h.text for h in out.highlights]
    assert len(texts) == 3 and len(set(texts)) == 3
    # by the Story's own test (select.Redundancy as the Story runs it), no bullet restates another
    stems, m, r = _red(texts)
    red = select.Redundancy(stems, m, r, texts=texts)
    for i in range(3):
        for j in range(3):
            assert i == j or not red.restates(i, j), (texts[i], texts[j])
