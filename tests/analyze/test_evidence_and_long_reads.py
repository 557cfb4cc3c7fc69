"""Eleventh session: subheads of long reads, the evidence floor, headline cues as phrases, and a
story label that follows the bulk of the coverage. All texts invented for these tests."""

from __future__ import annotations

from plainwire.analyze import analyze
from plainwire.analyze.labels import CHARGED_FROM, MEASURED_FROM
from plainwire.analyze.text import split_sentences
from plainwire.analyze.tone import article_tone, body_units, evidence_phrases, story_tone
from plainwire.models import OUTLETS_NOTE_PREFIX, Article

SUBHEADS = ("How did we get here?", "What do the divers look for?", "Who is affected?", "What happens next?")
# A calm explainer: plain paragraphs, four question subheads, some history.
EXPLAINER_PARAS = (
    "The Vesk Lane footbridge over the Orrin canal was closed on Monday after surveyors found rust in two of its steel hangers.",
    "The county said the decision was taken on Sunday evening, after a routine survey sent back photographs of the hangers.",
    "About 3,000 people cross the footbridge on a weekday, according to the county's counts from last year.",
    "Walkers are being sent over the Mill Row bridge, 600 metres to the east, which adds about ten minutes to the walk.",
    "The survey that found the rust was part of a programme of checks on the town's nine canal crossings.",
    "Engineer Olva Tamsin, whose firm carried out the survey, said the rust was on the lower part of each hanger.",
    SUBHEADS[0],
    "The footbridge was built in 1958 to replace a ferry that had carried people across the canal since 1890.",
    "Its deck was replaced in 1984 and painted again in 2009, when a weight limit for cyclists was added.",
    "Councillors have discussed a second crossing at Tarn Basin for several years without reaching a decision.",
    SUBHEADS[1],
    "Steel hangers of this age are checked for rust, for loose bolts and for cracks near the welds.",
    "Sensors fitted this week will record any movement of the deck every ten minutes.",
    SUBHEADS[2],
    "Pupils at the Vesk Lane school use the footbridge, and the school said it would open its side gate earlier.",
    "The library on the far bank said it would keep its usual hours.",
    SUBHEADS[3],
    "The sensor readings will be reviewed on Friday, the county said, and a repair plan is expected next month.",
    "Residents can ask questions at a meeting in the town hall on Thursday evening.",
)
EXPLAINER = Article(
    id="explainer",
    title="Vesk Lane footbridge closure: what we know",
    text="\n".join(EXPLAINER_PARAS),
    url="https://courier.example/news/vesk-lane-footbridge",
)
CALM_SHORT = Article(
    id="calm-short",
    title="Kelmere University names new cave spider",
    text=(
        "Researchers at Kelmere University have identified a blind spider new to science in the Orven caves.\n"
        "The species has been named after the cave system where it was found.\n"
        "It was collected during a 2025 survey of the caves."
    ),
    url="https://radio.example/news/cave-spider",
)
HOT_TEXT = (
    "Furious residents slammed the county's reckless, shameful handling of the crumbling bridge.\n"
    "Council chiefs were blasted for a disgraceful cover-up that left families terrified.\n"
    "It is an outrageous scandal, fumed one mother."
)


def test_subheads_of_a_long_read_are_not_scored() -> None:
    units = body_units(EXPLAINER.text)
    for sub in SUBHEADS:
        assert sub in split_sentences(EXPLAINER.text)
        assert sub not in units
    # every body sentence is still there
    assert len(units) == len(split_sentences(EXPLAINER.text)) - len(SUBHEADS)
    # a short text keeps its lines, questions included: it has no subheads
    short = "Is the bridge safe?\nThe county says it is."
    assert body_units(short) == split_sentences(short)


def test_a_long_calm_explainer_is_not_charged_and_shows_no_weak_cues() -> None:
    tone = analyze(EXPLAINER).tone
    assert tone.score < CHARGED_FROM, tone
    # the subheads weigh nothing: the explainer scores exactly as its body without them
    body = "\n".join(p for p in EXPLAINER_PARAS if p not in SUBHEADS)
    assert article_tone(Article(id="b", title=EXPLAINER.title, text=body)) == tone
    # and they are warm units, which the score would otherwise average
    assert any(article_tone(Article(id="q", title="", text=q)).score >= MEASURED_FROM for q in SUBHEADS)
    for e in tone.evidence:  # whatever is shown is words of the body, never a subhead's
        assert not any(e in sub for sub in SUBHEADS)


def test_a_calm_short_report_shows_no_evidence() -> None:
    # Measured on the base level of short descriptive sentences, with nothing loaded in it:
    # its least calm words ("spider", "species": 0.4-0.7 logit, word probability under 0.2)
    # are below the evidence floor, and before it were shown
    tone = analyze(CALM_SHORT).tone
    assert MEASURED_FROM <= tone.score < CHARGED_FROM
    assert tone.evidence == ()
    # the same sentences in a loaded report do show their phrases
    hot = Article(id="hot", title=CALM_SHORT.title, text=CALM_SHORT.text + "\n" + HOT_TEXT)
    assert analyze(hot).tone.evidence


def test_headline_cues_are_shown_as_the_phrase_they_belong_to() -> None:
    body = (
        "Harbour Rovers chairman Pell Doran resigned on Friday after a board vote.\n"
        "The club said a new chairman would be named next month."
    )
    ev = analyze(
        Article(id="h", title="RIVAL BOSS QUITS! Club in turmoil after shock exit", text=body)
    ).tone.evidence
    # not a bare "!" or one word of the shouted run, but the words a reader sees shouted
    assert "!" not in ev and "RIVAL" not in ev and "BOSS" not in ev
    assert "RIVAL BOSS QUITS!" in ev, ev


def _pair(i: int, outlet: str, title: str, text: str) -> tuple[Article, object]:
    a = Article(id=f"s{i}", title=title, text=text, url=f"https://{i}.example/news/x", source=outlet)
    return a, analyze(a)


def test_one_heated_outlet_of_four_does_not_set_the_story_label_but_is_named() -> None:
    calm = [
        _pair(0, "Orrin Radio", CALM_SHORT.title, CALM_SHORT.text),
        _pair(1, "Canal Courier", "Library to open later on Saturdays", CALM_SHORT.text),
        _pair(2, "County Wire", "Saturday library hours extended in Orrin", CALM_SHORT.text),
    ]
    hot = _pair(3, "The Daily Foghorn", "SHAMBLES! Bridge scandal shames the county", HOT_TEXT)
    assert hot[1].tone.score >= CHARGED_FROM and all(an.tone.score < CHARGED_FROM for _a, an in calm)
    story = story_tone([*calm, hot])
    # most of the coverage is calm: at most Measured, but not Neutral either
    assert MEASURED_FROM <= story.score < CHARGED_FROM and story.label == "Measured"
    assert story.evidence[0] == f"{OUTLETS_NOTE_PREFIX}1 of 4 outlets: The Daily Foghorn"
    assert set(evidence_phrases(story.evidence)) <= set(hot[1].tone.evidence)
    # when the heated outlets are half of the coverage, they do set the label
    hot2 = _pair(4, "The Evening Klaxon", "Bridge scandal: county blasted", HOT_TEXT)
    even = story_tone([calm[0], hot, hot2])
    assert even.evidence[0].startswith(
        f"{OUTLETS_NOTE_PREFIX}2 of 3 outlets: The Daily Foghorn, The Evening Klaxon"
    )
    assert even.score >= CHARGED_FROM
    # all calm: no evidence at all
    assert story_tone(calm).evidence == ()
