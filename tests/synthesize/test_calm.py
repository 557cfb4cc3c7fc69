"""Eleventh session: a tabloid's heat stays out of Story and Highlights (``synthesize/calm.py``).

Every text here is invented for these tests (the town, the ferry, the people).
"""

from datetime import UTC, datetime

import numpy as np
import pytest

from plainwire.analyze import sentence_loadedness
from plainwire.analyze.labels import MEASURED_FROM
from plainwire.models import Article
from plainwire.synthesize import calm, synthesize
from plainwire.synthesize.core import _loadedness_fn, _previous
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.pool import build_pool
from plainwire.synthesize.select import FEATURES, LOADED_CUT, charged_mask

WIRE = (
    "A passenger ferry ran aground on a sandbank off Corveth harbour on Sunday morning, the coastguard said. "
    "All 86 passengers were taken ashore by lifeboat. "
    "The ferry operator, Westlyn Lines, said the vessel would be towed to a dry dock on Monday. "
    "The marine accident board has opened an inquiry into the cause."
)
RADIO = (
    "Eighty-six passengers were brought ashore after the Westlyn Lines ferry Maren ran aground near Corveth "
    "on Sunday. "
    "Coastguard officer Tilde Rask said the sea was calm at the time. "
    "Crossings to the island will run on a smaller vessel until the Maren is repaired."
)
TABLOID_HEAT = (
    "Panic-stricken families clung to their children in a nightmare rescue off Corveth.",
    "Holidaymakers wept as the crippled ferry limped back to port, witnesses said.",
    "Furious islanders branded the rescue a shambles.",
    '"It was a disgrace," said one.',
)
# the one fact of the story only the tabloid reports
TABLOID_FACT = "A crew member, 23, was rushed to hospital with a broken arm after the nightmare crash."
QUOTED = (
    'Island councillor Bram Ode said the delays were "a disgraceful shambles for everyone who lives here".'
)
OWN_VOICE = "The delays were a disgraceful shambles for everyone who lives here."


def _article(key: str, title: str, text: str, hour: int) -> Article:
    return Article(
        id=key,
        title=title,
        text=text,
        url=f"http://news.example/{key}/ferry.html",
        source=key,
        published=datetime(2026, 6, 7, hour, tzinfo=UTC),
        language="en",
    )


def _coverage(tabloid: tuple[str, ...]) -> list[Article]:
    return [
        _article("wire", "Ferry runs aground off Corveth; 86 passengers brought ashore", WIRE, 9),
        _article("radio", "Corveth ferry aground, passengers safe", RADIO, 10),
        _article("tabloid", "FERRY HORROR: nightmare on the sandbank", " ".join(tabloid), 11),
    ]


def _printed(result) -> list[tuple[str, str]]:
    return [(s.support[0].article_id, s.text) for s in (*result.story, *result.highlights)]


def _masks(arts: list[Article]):
    loaded = _loadedness_fn()
    pl = build_pool(arts, "en", loaded)
    texts = [s.text for s in pl.sentences]
    x = calm.own_voice(texts, pl.x[:, FEATURES.index("loaded")], loaded)
    mask = calm.heated_mask(texts, x, pl.article_of, _previous(pl), charged_mask(pl.x))
    return texts, x, mask


def test_the_fixture_is_what_the_rule_is_for():
    # the tabloid's sentences are hotter than the calm outlets' by more than a tone band, and
    # below the charged cut (select.LOADED_CUT) that kept the hottest sentences out before this session
    calm_scores = [sentence_loadedness(t)[0] for t in (WIRE + " " + RADIO).split(". ")]
    heat = [sentence_loadedness(t)[0] for t in TABLOID_HEAT[:3]]
    assert max(calm_scores) < MEASURED_FROM
    assert all(h < LOADED_CUT for h in heat)
    assert min(heat) >= float(np.median(calm_scores)) + calm.GAP


def test_a_tabloid_telling_what_calm_outlets_tell_stays_out(monkeypatch):
    arts = _coverage(TABLOID_HEAT)
    monkeypatch.setattr(calm, "ENABLED", False)
    before = _printed(synthesize("ferry", arts))
    # without the rule the tabloid's register reaches the page (the fault this rule fixes)
    assert any(aid == "tabloid" for aid, _ in before)
    monkeypatch.setattr(calm, "ENABLED", True)
    after = synthesize("ferry", arts)
    printed = _printed(after)
    assert [t for aid, t in printed if aid == "tabloid"] == []
    # the event is still told, by the calm outlets
    story = after.story_text
    assert "86" in story or "Eighty-six" in story
    assert "Corveth" in story and after.highlights


def test_a_tabloid_sentence_that_alone_carries_a_fact_is_kept():
    arts = _coverage((*TABLOID_HEAT[:3], TABLOID_FACT))
    texts, loaded, mask = _masks(arts)
    k = next(i for i, t in enumerate(texts) if "crew member" in t)
    heat = [i for i, t in enumerate(texts) if any(t[:30] in h for h in TABLOID_HEAT[:3])]
    # it is as hot as the register the rule keeps out ...
    assert loaded[k] >= MEASURED_FROM
    # ... but nobody else reports the injured crew member: the fact is kept, the colour is not
    assert not mask[k]
    assert heat and all(mask[i] for i in heat)
    printed = _printed(synthesize("ferry", arts))
    assert any("crew member, 23" in t for _, t in printed)


def test_a_loaded_word_inside_an_attributed_quote_is_reporting():
    # the same words in the tabloid's article: quoted from a named councillor, and in its own voice
    texts, loaded, mask = _masks(_coverage((TABLOID_HEAT[0], TABLOID_HEAT[1], QUOTED)))
    q = texts.index(QUOTED)
    assert mask[texts.index(TABLOID_HEAT[1])]  # the article's register is kept out ...
    assert not mask[q]  # ... what the councillor is quoted saying is reported
    arts = _coverage((TABLOID_HEAT[0], TABLOID_HEAT[1], OWN_VOICE))
    texts2, loaded2, mask2 = _masks(arts)
    o = texts2.index(OWN_VOICE)
    # the tone model weighs quoted words less, and so does the rule
    assert loaded[q] < MEASURED_FROM <= loaded2[o]
    pl = build_pool(arts, "en", _loadedness_fn())
    assert mask2[o] or charged_mask(pl.x)[o]  # in the outlet's own voice it stays out


def test_a_quote_from_one_of_them_goes_with_its_dropped_antecedent():
    texts, loaded, mask = _masks(_coverage(TABLOID_HEAT))
    q = texts.index(TABLOID_HEAT[3])
    before = texts.index(TABLOID_HEAT[2])
    # on its own the quote is calm enough; "one" is one of the furious islanders
    assert loaded[q] < MEASURED_FROM + calm.GAP
    assert mask[before] and mask[q]
    # a named speaker's quotation does not lean on the sentence before it
    assert not calm._anonymous_quote('"It was a disgrace," said councillor Bram Ode.')
    assert calm._anonymous_quote('"It was a disgrace," said one.')


def test_thresholds_follow_the_coverage_not_a_fixed_score():
    texts = ["a", "b", "c", "d", "e", "f"]
    arts = [0, 0, 1, 1, 2, 2]
    prev: list[int | None] = [None, 0, None, 2, None, 4]
    none = np.zeros(6, dtype=bool)
    # every outlet tells the event in the same register: nobody is hotter than the rest
    same = np.array([0.55, 0.6, 0.58, 0.52, 0.6, 0.57])
    assert not calm.heated_mask(texts, same, arts, prev, none).any()
    # one outlet a tone band above the others' median, in its whole article
    one = np.array([0.1, 0.2, 0.15, 0.12, 0.6, 0.55])
    assert calm.heated_mask(texts, one, arts, prev, none).tolist() == [False] * 4 + [True] * 2
    # one hot sentence in an otherwise calm article is the tone model's noise, not a register
    spike = np.array([0.1, 0.2, 0.15, 0.12, 0.6, 0.05])
    assert not calm.heated_mask(texts, spike, arts, prev, none).any()


def test_the_calm_wording_is_printed_in_the_heated_sentences_place(monkeypatch):
    # the tabloid's lead and the wire's sentence tell one rescue: without the rule the heated
    # wording is printed and the calm one dropped as its restatement; with it, the calm one
    lead = "Panic-stricken passengers, all 86 of them, were taken ashore by lifeboat in a nightmare rescue."
    calm_fact = "All 86 passengers were taken ashore by lifeboat."
    arts = _coverage((lead, *TABLOID_HEAT[1:]))

    def told() -> list[str]:
        return [t for _, t in _printed(synthesize("ferry", arts)) if "86" in t]

    monkeypatch.setattr(calm, "ENABLED", False)
    assert lead in told() and calm_fact not in told()
    monkeypatch.setattr(calm, "ENABLED", True)
    assert calm_fact in told() and lead not in told()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Varro, 52, grabbed 18,412 votes.", "Varro, 52, won 18,412 votes."),
        (
            "The Harbour Party snatched 46 percent of the vote.",
            "The Harbour Party won 46 percent of the vote.",
        ),
        ("The thief grabbed 40 phones from the stall.", "The thief grabbed 40 phones from the stall."),
        ("He grabbed a microphone.", "He grabbed a microphone."),
        ('Orr said: "She grabbed 10 votes."', 'Orr said: "She grabbed 10 votes."'),
    ],
)
def test_a_vote_count_grabbed_is_a_vote_count_won(text, want):
    assert neutralize(text)[0] == want


def test_short_quotations_of_a_named_speaker_are_reporting_too():
    # the tone model reads a quotation of up to three words as scare quotes (the writer's heat);
    # with a named speaker they are what that speaker said
    named = 'The new timetable is "a joke" and "a disgrace," councillor Bram Ode said.'
    anonymous = 'The new timetable is "a joke" and "a disgrace," said one.'
    loaded = _loadedness_fn()
    full = np.array([loaded(named), loaded(anonymous)])
    own = calm.own_voice([named, anonymous], full, loaded)
    assert full[0] >= MEASURED_FROM  # the fixture is one the rule would otherwise read as heat
    assert own[0] < full[0] and own[0] < MEASURED_FROM
    assert own[1] == full[1]  # "one" names nobody: the outlet's own choice of words
