"""Tone of sentences and articles: loaded vs neutral, quote discount, evidence, labels.

Every sentence here is written for the tests.
"""

from __future__ import annotations

import pytest

from plainwire.analyze import TONE_LABELS, article_tone, label_for, sentence_loadedness
from plainwire.models import Article

NEUTRAL = [
    "The city council approved the budget on Tuesday after a two-hour meeting.",
    "Officials said the bridge will reopen to traffic next month.",
    "The company reported quarterly revenue of 4.2 billion dollars, up 3 percent from a year earlier.",
    "The governor signed the bill into law on Friday.",
    "Voters in the district will choose between three candidates in the March primary.",
]
LOADED = [
    "The radical mob unleashed chaos on the streets, smearing anyone who dared to disagree.",
    "The senator slammed the bizarre and dangerous scheme as an outright disaster.",
    "Critics blasted the governor's draconian lockdown orders as a reckless power grab.",
    "The administration's shameful lies have fueled a toxic campaign of hatred.",
    "Extremist thugs terrorized the peaceful neighborhood in a shocking rampage.",
]


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_neutral_sentences_score_low(sentence: str) -> None:
    score, _ev = sentence_loadedness(sentence)
    assert score < 0.5, (score, sentence)


@pytest.mark.parametrize("sentence", LOADED)
def test_loaded_sentences_score_high_with_evidence(sentence: str) -> None:
    score, ev = sentence_loadedness(sentence)
    assert score >= 0.5, (score, sentence)
    assert ev, sentence
    # every evidence phrase is a verbatim piece of the sentence
    assert all(e in sentence for e in ev)


def test_every_loaded_sentence_outscores_every_neutral_one() -> None:
    lo = max(sentence_loadedness(s)[0] for s in NEUTRAL)
    hi = min(sentence_loadedness(s)[0] for s in LOADED)
    assert hi > lo


def test_evidence_names_the_loaded_words() -> None:
    _s, ev = sentence_loadedness(
        "The senator slammed the bizarre and dangerous scheme as an outright disaster."
    )
    joined = " ".join(ev).lower()
    assert "bizarre" in joined and "slammed" in joined
    assert "senator" not in joined
    assert len(ev) <= 5


def test_quoted_loaded_words_weigh_less_than_own_voice() -> None:
    own = "The bizarre and dangerous scheme will end in disaster for everyone, the senator wrote."
    quoted = 'The senator wrote that "the bizarre and dangerous scheme will end in disaster for everyone."'
    s_own, _ = sentence_loadedness(own)
    s_quoted, _ = sentence_loadedness(quoted)
    assert s_quoted < s_own


def test_scare_quotes_are_not_discounted() -> None:
    # a two-word quotation is the outlet's framing, not someone else's speech
    scare = 'The senator promoted his "patriotic reform" plan on Tuesday.'
    plain = "The senator promoted his patriotic reform plan on Tuesday."
    assert sentence_loadedness(scare)[0] >= sentence_loadedness(plain)[0]


def test_intensifier_raises_score() -> None:
    base = sentence_loadedness("The plan was criticized by several lawmakers.")[0]
    hot = sentence_loadedness("The plan was utterly and savagely criticized by several lawmakers.")[0]
    assert hot > base


def test_empty_sentence() -> None:
    assert sentence_loadedness("") == (0.0, ())
    assert sentence_loadedness("   ") == (0.0, ())


def test_labels_are_ordered_and_banded() -> None:
    assert 4 <= len(TONE_LABELS) <= 6
    scores = [0.0, 0.2, 0.4, 0.55, 0.75, 0.95]
    idx = [TONE_LABELS.index(label_for(s)) for s in scores]
    assert idx == sorted(idx)
    assert label_for(0.1) == TONE_LABELS[0]
    assert label_for(0.95) != label_for(0.1)
    # "Alarming" needs threat framing, not just a high score
    assert label_for(0.95, threat_share=0.0) == "Provocative"
    assert label_for(0.95, threat_share=1.0) == "Alarming"
    # the project-wide decision: >= 0.5 is loaded
    assert label_for(0.49) in ("Neutral", "Measured") and label_for(0.5) not in ("Neutral", "Measured")


def _article(title: str, sentences: list[str]) -> Article:
    return Article(id="a", title=title, text=" ".join(sentences), url="https://www.example-paper.com/news/x")


def test_article_tone_neutral_vs_loaded() -> None:
    calm = article_tone(_article("Council approves budget", NEUTRAL))
    hot = article_tone(_article("Council approves budget", NEUTRAL[:2] + LOADED))
    assert calm.score < 0.5 and calm.label in ("Neutral", "Measured")
    assert hot.score >= 0.5 and hot.label in TONE_LABELS[2:]
    assert hot.evidence and len(hot.evidence) <= 5
    assert len({e.lower() for e in hot.evidence}) == len(hot.evidence)


def test_one_sentence_article_equals_sentence_score() -> None:
    s = LOADED[1]
    tone = article_tone(Article(id="b", title="", text=s))
    assert tone.score == pytest.approx(sentence_loadedness(s)[0])


def test_clickbait_headline_raises_article_score() -> None:
    plain = article_tone(_article("Council approves budget", NEUTRAL))
    bait = article_tone(_article("You won't believe what the council just did!", NEUTRAL))
    assert bait.score > plain.score
    assert any("believe" in e.lower() or e == "!" for e in bait.evidence)


def test_empty_article() -> None:
    tone = article_tone(Article(id="c", title="", text=""))
    assert tone.score == 0.0 and tone.evidence == () and tone.label == TONE_LABELS[0]


def test_fast_features_match_explained_features() -> None:
    from plainwire.analyze.model import default_model

    m = default_model()
    texts = (
        LOADED
        + NEUTRAL
        + [
            'The mayor said "this reckless and shameful plan will wreck our city for years," and left.',
            "WATCH: Furious Crowd Slams Council Over Outrageous Tax Hike!",
            "I think you should stop the disastrous scheme now?",
        ]
    )
    for t in texts:
        fast, full = m.features(t, explain=False), m.features(t)
        assert fast.dense == pytest.approx(full.dense), t
        assert fast.words == full.words
        assert m.logit(fast) == pytest.approx(m.logit(full))


FAST_PATH_CASES = [
    *LOADED,
    *NEUTRAL,
    "Senator Ann Poe slammed the ‘patriotic’ plan, calling it utterly absurd!",
    "WATCH: Furious Crowd Slams Council Over Outrageous Tax Hike",
    "Is this the END of the so-called reform? You should decide.",
    'She said "the plan is a reckless and shameful waste of money" on Tuesday.',
    "The claims, the claim and the claimed victory were all repeated by the mayor's allies.",
    "Le maire a parlé d'une «réforme historique» devant la presse.",
    "He called it «a reckless and shameful waste of public money» on Monday.",
    '"Utterly absurd," he said, while the "so-called" reform "will be a disaster for every family here."',
    "",
    "OK",
]


@pytest.mark.parametrize("text", FAST_PATH_CASES)
def test_fast_logit_equals_full_features(text: str) -> None:
    from plainwire.analyze.model import default_model

    m = default_model()
    assert m.fast_logit(text) == pytest.approx(m.logit(m.features(text)), abs=1e-9)


def test_names_carry_no_word_weight() -> None:
    from plainwire.analyze.model import default_model

    f = default_model().features("The plan was backed by Senator Poe and Governor Ruiz on Monday.")
    assert "poe" not in f.words and "ruiz" not in f.words and "senator" not in f.words
    assert "plan" in f.words


def test_evidence_keeps_non_ascii_words_whole() -> None:
    # Before the tokeniser read letters of any script, "Smørhaven" and "fiancée" were cut at
    # their non-ASCII letters and fragments such as "Sm" or "fianc" could become evidence.
    from plainwire.analyze.text import tokenize

    text = "The disgraceful Smørhaven council betrayed a fiancée and her naïve neighbours."
    raws = [t.raw for t in tokenize(text)]
    assert "Smørhaven" in raws and "fiancée" in raws and "naïve" in raws
    _, evidence = sentence_loadedness(text)
    assert evidence
    words = {w for phrase in evidence for w in phrase.split()}
    assert words <= set(text.replace(".", "").split()), evidence
