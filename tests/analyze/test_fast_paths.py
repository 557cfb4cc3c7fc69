"""The twelfth session's faster forms read text exactly as the forms they replaced.

Word, sentence and quotation splitting, and the genre regexes' substring pre-check, are
compared with the earlier forms (kept here as references) on texts written to hit their edges:
doubled punctuation, apostrophes and hyphens, closing quotes, abbreviations, unclosed
quotations, and the characters case-insensitive regexes read differently from ``str.lower``.
"""

from __future__ import annotations

import re

import pytest

from plainwire.analyze import genre, genre_cues
from plainwire.analyze.model import default_model, quoted_words
from plainwire.analyze.text import _ABBREV, WORD_RE, quote_spans, split_sentences, tokenize
from plainwire.models import Article

# The forms of before the twelfth session.
OLD_WORD_RE = re.compile(r"[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*")
OLD_SENT_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")

TEXTS = [
    "The Marlow ferry's crew won't sail -- not on Tuesday -- said Dr. Ines Valcourt.",
    "A well-known co-op in Brisk-on-Tay (est. 1982) sold 1,200 jars; 'jam-making' is back!",
    "Trailing hyphen- and apostrophe' and double--hyphen and x''y and a_b_c and 3-4-5.",
    "Café Bønne’s owner said: “We are not closing.” Then she left. (It rained.) Next day...",
    'He wrote "the harbour levy is a tax on every fisher in Quellport" and stopped "dead."',
    'An unclosed quotation "starts here and runs on to the end of the text without a mark',
    "U.S. officials met Gen. Orrin Pell at 9 a.m. Talks ended at noon. Why? Nobody said!",
    "Really?! Yes. “Quoted end.” Next one starts here. [Bracketed.] Another. 4 more follow.",
    "«Les pêcheurs de Vaudrelle» ont voté. İstanbul-style kebabs, ſtrange ıdeas, KELVIN K.",
    "",
    '""',
    "\"One two three four five\" six 'seven' “eight nine ten eleven” twelve «a b c d e» f",
]


def _old_split_sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in OLD_SENT_END.finditer(para):
            head = para[start : m.start()]
            last = head.rsplit(None, 1)[-1].rstrip(".").lower() if head.strip() else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
            out.append(head.strip())
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append(tail)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_word_regex_finds_the_same_words(text: str) -> None:
    assert [(m.start(), m.group()) for m in WORD_RE.finditer(text)] == [
        (m.start(), m.group()) for m in OLD_WORD_RE.finditer(text)
    ]


def test_sentence_split_is_unchanged() -> None:
    text = "\n".join(TEXTS) + "\nThe vote was 7-2. “It passed,” she said. Mr. Pell left.\n\nA. Voss spoke."
    assert split_sentences(text) == _old_split_sentences(text)
    assert len(split_sentences(text)) > len(TEXTS)  # the texts did split


@pytest.mark.parametrize("text", TEXTS)
def test_quoted_words_match_tokenize(text: str) -> None:
    toks = tokenize(text)
    raws, quoted = quoted_words(text, quote_spans(text))
    assert raws == [t.raw for t in toks]
    assert quoted == [t.quoted for t in toks]


def test_quoted_and_plain_fast_logit_agree_with_features() -> None:
    m = default_model()
    for text in TEXTS:
        if text.strip():
            assert m.fast_logit(text) == pytest.approx(m.logit(m.features(text)), abs=1e-9)


PHRASES = [
    "I think the levy is wrong.",
    "In my view, the quay should stay open.",
    "IT'S TIME FOR the council to act.",
    "Let’s be clear about the ferry.",  # curly apostrophe: the regex wants a straight one
    "Here's why the harbour matters.",
    "She argues that the ferry is needed.",
    "They WRITE THAT the port is dying.",
    "We need to talk about Quellport.",
    "İ thınk the tax is unfair.",  # dotted and dotless I: IGNORECASE reads both as i
    "The truth iſ simple.",  # long s
    "Nothing argued here, and nobody wrote anything.",
]
DISCLAIMERS = [
    "The views expressed in this commentary are her own.",
    "OPINIONS EXPRESSED HERE ARE THOSE OF THE WRITER.",
    "The vıews expressed are solely the author's own.",
    "Figures expressed in euros are estimates.",
]


@pytest.mark.parametrize("text", PHRASES)
def test_phrase_precheck_never_hides_a_match(text: str) -> None:
    found = genre._OPINION_PHRASES.findall(text)
    if found:
        assert genre._may_contain(text, genre._PHRASE_KEYS)
    cue = [c for c in genre.genre_cues(Article(id="x", title="Harbour", text=text)) if "argument" in c.reason]
    assert (f"{len(found)} argument phrases" in cue[0].reason) if cue else not found


@pytest.mark.parametrize("text", DISCLAIMERS)
def test_disclaimer_precheck_never_hides_a_match(text: str) -> None:
    match = genre._OPINION_DISCLAIMER.search(text)
    if match:
        assert genre._may_contain(text, genre._DISCLAIMER_KEYS)
    body = "The harbour board met on Monday and approved the quay works. " * 5 + text
    reasons = [c.reason for c in genre_cues(Article(id="x", title="Quay works", text=body))]
    assert any(r.startswith("disclaimer") for r in reasons) == (match is not None)


def test_precheck_skips_texts_without_key_words() -> None:
    plain = "The harbour board approved the quay works on Monday after a short debate."
    assert not genre._may_contain(plain, genre._PHRASE_KEYS)
    assert not genre._may_contain(plain, genre._DISCLAIMER_KEYS)
    assert genre._may_contain(plain + " ı", genre._PHRASE_KEYS)  # an odd character: left to the regex


def test_voice_counts() -> None:
    text = (
        "I’m sure we must act. US officials and us, our town, You and your ferry, "
        "I'd say you should. Mustn't we? MY view: Ours."
    )
    reason = next(
        c.reason for c in genre_cues(Article(id="x", title="Ferry", text=text)) if "voice" in c.reason
    )
    # first: I’m, I'd, MY; we/our: we, us, our, we (not "US"); second: You, your, you;
    # should/must: must, should, Mustn't
    assert reason.startswith("writer's voice: 3 first-person, 4 we/our, 3 second-person, 3 should/must")
