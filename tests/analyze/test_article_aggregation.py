"""How sentence scores become an article's tone (ninth session, issue 6).

- An article's score is the mean logit of its most loaded quarter of units, over at least
  ``MIN_TOP_UNITS`` units: in a short article one warm sentence no longer sets the label
  (tools/tone_article_cv.py: article-grouped cross-validation on BABE; docs/benchmarks.md,
  "Article-level tone (ninth session)").
- A Neutral article of several units shows no evidence.
- An article made largely of words BABE never saw is scored out of domain: unseen words are
  priced as BABE's plain words. Near the line the two models' unit logits are blended
  (tenth session), so a few more or fewer unseen words do not make the score jump.

All texts are invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import plainwire.analyze.tone as tone_mod
from plainwire.analyze import sentence_loadedness
from plainwire.analyze.model import default_model, sigmoid
from plainwire.analyze.tone import (
    MIN_TOP_UNITS,
    OOD_MIN_WORDS,
    article_tone,
    ood_weight,
    out_of_domain,
    top_units,
)
from plainwire.models import Article

FIXTURE = Path(__file__).parent / "fixtures" / "article_tone.jsonl"

# A plain report whose first sentence the sentence model reads as warm ("flock": BABE's
# experts marked it once, in a political sense).
ALLOTMENT = [
    "Volunteers at the allotment sell fresh eggs from a flock of forty hens.",
    "The allotment society met on Tuesday evening in the church hall.",
    "About thirty members attended the meeting, which lasted two hours.",
    "The next meeting will be held on the first Monday of March.",
]
# A short report with one vituperative sentence in the outlet's own voice.
COUNCIL = [
    "The council met on Tuesday evening in the town hall.",
    "Its shameless, reckless cronies rammed through a disgraceful giveaway to their wealthy donors.",
    "The meeting lasted about two hours.",
]


def _article(sentences: list[str], title: str = "") -> Article:
    return Article(id="t", title=title, text="\n".join(sentences))


@pytest.mark.parametrize(("n", "k"), [(1, 1), (2, 2), (3, 3), (4, 4), (8, 4), (16, 4), (17, 5), (40, 10)])
def test_top_units_is_the_top_quarter_but_at_least_four(n: int, k: int) -> None:
    assert MIN_TOP_UNITS == 4
    assert top_units(n) == k


def test_one_warm_sentence_does_not_make_a_short_plain_article_charged() -> None:
    # Before: the top quarter of four units was the warm sentence alone (Charged 0.726).
    warm = sentence_loadedness(ALLOTMENT[0])[0]
    assert warm >= 0.5
    tone = article_tone(_article(ALLOTMENT))
    assert tone.score < 0.35 and tone.label == "Neutral", tone
    # the mean of the four units' logits
    m = default_model()
    expected = sigmoid(sum(m.fast_logit(s) for s in ALLOTMENT) / 4)
    assert tone.score == pytest.approx(expected)


def test_a_neutral_article_shows_no_evidence() -> None:
    # Its warm sentence ("flock") did not drive the label, so it is not shown as the reason.
    assert article_tone(_article(ALLOTMENT)).evidence == ()
    # a one-unit text keeps its phrases: there label and phrases are one judgement
    assert article_tone(_article(ALLOTMENT[:1])).evidence


def test_one_very_heated_sentence_still_heats_a_short_article() -> None:
    # Logits are averaged, not probabilities: the vituperative sentence weighs by its strength
    # (a mean of the three probabilities would be about 0.45, Measured).
    probs = [sentence_loadedness(s)[0] for s in COUNCIL]
    assert sum(probs) / 3 < 0.5 < max(probs)
    tone = article_tone(_article(COUNCIL))
    assert tone.score >= 0.6 and tone.label in ("Charged", "Provocative"), tone
    assert any("shameless" in e or "disgraceful" in e for e in tone.evidence)


def test_one_sentence_article_still_scores_as_its_sentence() -> None:
    s = COUNCIL[1]
    assert article_tone(_article([s])).score == pytest.approx(sentence_loadedness(s)[0])


# A plain report made largely of words BABE (political copy) never saw.
CAVES = [
    "Researchers mapped six miles of limestone caves beneath the park using laser scanners.",
    "The scans show stalactites, stalagmites, an underground stream and the bones of a bat colony.",
    "Geologists said the caves formed as groundwater slowly dissolved the rock.",
    "The map will help rangers monitor the stream and the bats that roost there in winter.",
    "Some passages are less than three feet high and were crawled on hands and knees.",
    "The scanners recorded the walls to within an inch, with lamps fixed to helmets.",
]


def test_unseen_counts_reads_content_words_only() -> None:
    m = default_model()
    n, unseen = m.unseen_counts("The judges tasted the kombucha in Leeds.")
    # content words: judges, tasted, kombucha ("The", "the", "in" are function words, "Leeds" a name)
    assert n == 3
    assert unseen == 1  # "kombucha": BABE never saw it


def test_an_article_of_unseen_words_is_scored_out_of_domain() -> None:
    m = default_model()
    art = _article(CAVES, "Cave survey maps limestone passages beneath state park")
    assert out_of_domain(m, art)
    ood = m.out_of_domain()
    assert ood is not None and ood is m.out_of_domain()  # built once
    # an unseen word that is not a whole MiniLM word keeps BABE's "unseen = suspicious" value
    # in the base model, and gets the plain-word level out of domain; known words are unchanged
    base_p = m.lex.word_model.prob("stalactites", False, False)
    ood_p = ood.lex.word_model.prob("stalactites", False, False)
    assert base_p > 0.1 and ood_p == pytest.approx(m.lex.word_model.p_ref, abs=1e-3)
    for w in ("shameless", "disgraceful", "meeting"):
        assert ood.lex.word_model.prob(w, False, False) == pytest.approx(
            m.lex.word_model.prob(w, False, False)
        )
    tone = article_tone(art)
    assert tone.score < 0.35, tone
    assert tone.score < article_tone(art, ood).score + 1e-9  # scored with the out-of-domain model
    assert tone.score == pytest.approx(article_tone(art, ood).score)


def test_political_copy_and_single_sentences_are_not_switched() -> None:
    m = default_model()
    # the five civic stories of article_tone.jsonl, four versions each (303-381 words)
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 20
    for r in rows:
        art = Article(id=r["id"], title=r["title"], text=r["text"])
        n, unseen = m.unseen_counts(art.title + "\n" + art.text)
        assert n >= 2 * OOD_MIN_WORDS and not out_of_domain(m, art), (r["id"], n, unseen)
    # one sentence says too little about the domain (OOD_MIN_WORDS content words)
    assert not out_of_domain(m, _article(CAVES[1:2]))


def test_loaded_words_still_count_out_of_domain() -> None:
    rant = "The park's shameless, incompetent bureaucrats have disgracefully wasted a fortune on it."
    m = default_model()
    ood = m.out_of_domain()
    assert ood is not None
    # the out-of-domain model changes only words nothing gives evidence about
    assert abs(ood.fast_logit(rant) - m.fast_logit(rant)) < 0.3
    art = _article(CAVES + [rant, "Critics called the survey a pointless, self-serving vanity stunt."])
    assert out_of_domain(m, art)
    tone = article_tone(art)
    assert tone.score >= 0.5, tone
    assert any("shameless" in e or "disgracefully" in e or "incompetent" in e for e in tone.evidence)


HEADLINE = "Council cronies shamelessly ram through disgraceful giveaway"
LEAD = [
    "The council approved a grant of 40,000 pounds to the harbour trust on Tuesday.",
    "The grant will pay for repairs to the slipway and two new moorings.",
]


def test_a_loaded_headline_sets_the_tone_of_a_short_text() -> None:
    # A headline and a two-sentence lead: three units, all averaged by the floor, so without
    # the headline rule the plain lead would drown the loaded headline (AllSides train:
    # outlets' title + lead above the editors' summary in 51.9 % of pairs, 59.4 % with it).
    m = default_model()
    head = sigmoid(m.fast_logit(HEADLINE))
    assert head >= 0.7
    tone = article_tone(_article(LEAD, HEADLINE))
    mean_all = sigmoid((m.fast_logit(HEADLINE) + sum(m.fast_logit(s) for s in LEAD)) / 3)
    assert mean_all < head
    assert tone.score == pytest.approx(head) and tone.score >= 0.7, tone
    assert any("disgraceful" in e or "shamelessly" in e for e in tone.evidence)


def test_in_a_longer_article_the_headline_is_one_unit_among_the_top_quarter() -> None:
    body = (
        LEAD
        + ALLOTMENT[1:]
        + [
            "The trust said work on the slipway would begin in April.",
            "The moorings will be let to local boat owners from the summer.",
        ]
    )
    m = default_model()
    tone = article_tone(_article(body, HEADLINE))
    units = sorted([m.fast_logit(HEADLINE)] + [m.fast_logit(s) for s in body], reverse=True)
    assert len(units) == 8 and top_units(8) == 4
    assert tone.score == pytest.approx(sigmoid(sum(units[:4]) / 4))
    assert tone.score < sigmoid(m.fast_logit(HEADLINE))


# Political copy with no word BABE never saw, to dilute CAVES' share of unseen words.
CIVIC = [
    "The council met on Tuesday evening in the town hall to discuss the budget for next year.",
    "Members voted to approve the plan after a long debate about taxes and spending on roads.",
    "The mayor said the city would review the proposal again in the spring with residents.",
    "Officials told reporters that the state government had offered to share the costs of the project.",
    "The library board also asked for money to repair the roof before the winter rains arrive.",
]


def test_the_out_of_domain_weight_ramps_across_the_line() -> None:
    m = default_model()
    assert ood_weight(m, _article(CIVIC + CIVIC)) == 0.0
    assert ood_weight(m, _article(CAVES)) == 1.0
    # the same two cave sentences in more and more civic copy: the share of unseen words
    # falls through the line (0.169, 0.147, 0.132, 0.122, 0.112) and the weight with it
    weights = [ood_weight(m, _article(CIVIC[:extra] + CIVIC + CAVES[:2])) for extra in range(5)]
    assert weights[0] == 1.0
    assert all(a > b for a, b in zip(weights[1:], weights[2:], strict=False)), weights
    assert all(0.0 < w < 1.0 for w in weights[1:]), weights
    assert [out_of_domain(m, _article(CIVIC[:e] + CIVIC + CAVES[:2])) for e in range(5)] == [
        w >= 0.5 for w in weights
    ]


def test_inside_the_ramp_the_score_lies_between_the_two_models(monkeypatch: pytest.MonkeyPatch) -> None:
    m = default_model()
    ood = m.out_of_domain()
    assert ood is not None
    art = _article(CIVIC[:2] + CIVIC + CAVES[:2])
    w = ood_weight(m, art)
    assert 0.5 < w < 1.0, w
    blended = article_tone(art).score
    far = article_tone(art, ood).score
    monkeypatch.setattr(tone_mod, "OOD_MIN_WORDS", 10**9)  # never out of domain
    near = article_tone(art).score
    assert far < blended < near, (far, blended, near)
    # the unit logits are blended, so the score sits nearer the model that weighs more
    assert blended - far < near - blended
