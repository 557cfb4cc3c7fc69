"""Article and story tone on full articles at known heat levels.

``fixtures/article_tone.jsonl``: five invented stories (a fare rise, a flood, an asylum bill,
job cuts, a school curriculum), each written four ways over the same facts, 303-381 words:
``plain`` wire copy; ``quoted`` (a few loaded words, all inside quotations); ``voice`` (the
outlet's own voice loaded in about five sentences); ``sensational`` (``voice`` plus a clickbait
headline and three more heated sentences). Figures: docs/benchmarks.md, "Genre and article
tone (seventh session)".
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from plainwire.analyze import analyze
from plainwire.analyze.labels import CHARGED_FROM, MEASURED_FROM, PROVOCATIVE_FROM
from plainwire.analyze.model import QUOTED
from plainwire.analyze.text import split_sentences
from plainwire.analyze.tone import evidence_phrases, story_tone
from plainwire.models import Analysis, Article

FIXTURE = Path(__file__).parent / "fixtures" / "article_tone.jsonl"
LEVELS = ("plain", "quoted", "voice", "sensational")
TOPICS = ("fares", "storm", "bill", "layoffs", "school")


@pytest.fixture(scope="module")
def done() -> dict[str, tuple[dict, Article, Analysis]]:
    out = {}
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        a = Article(id=r["id"], title=r["title"], text=r["text"])
        out[r["id"]] = (r, a, analyze(a))
    return out


def _units(r: dict) -> list[str]:
    return [r["title"], *split_sentences(r["text"])]


def test_the_fixture(done: dict) -> None:
    assert len(done) == 20
    for r, _a, _an in done.values():
        assert 250 <= len(r["text"].split()) <= 700


@pytest.mark.parametrize("topic", TOPICS)
def test_heat_levels_are_ordered(done: dict, topic: str) -> None:
    scores = [done[f"{topic}-{lv}"][2].tone.score for lv in LEVELS]
    assert scores == sorted(scores) and len(set(scores)) == 4, scores
    # plain copy stays below the loaded-language line; sensational copy is at least Provocative
    assert scores[0] < CHARGED_FROM
    assert scores[3] >= PROVOCATIVE_FROM


def test_own_voice_is_loaded_in_most_stories(done: dict) -> None:
    # Not all: the fare story's own-voice loaded words ("rammed through a punishing hike",
    # "rightly warning") are weaker for the sentence model than its quoted insults.
    voice = [done[f"{t}-voice"][2].tone.score for t in TOPICS]
    assert sum(s >= CHARGED_FROM for s in voice) >= 4, voice
    # a loaded word in someone else's mouth weighs less than the same heat in the outlet's voice
    quoted = [done[f"{t}-quoted"][2].tone.score for t in TOPICS]
    assert sum(s >= CHARGED_FROM for s in quoted) <= 1, quoted


@pytest.mark.parametrize("topic", TOPICS)
def test_evidence_comes_from_the_loaded_sentences(done: dict, topic: str) -> None:
    plain_units = set(_units(done[f"{topic}-plain"][0]))
    for lv in ("voice", "sensational"):
        r, _a, an = done[f"{topic}-{lv}"]
        ev = an.tone.evidence
        assert ev and len(ev) <= 5
        changed = [u for u in _units(r) if u not in plain_units]  # the sentences we heated
        from_changed = [e for e in ev if any(e in u for u in changed)]
        # the phrases a reader sees are, mostly, the words we made loaded (since the evidence
        # floor, the fare story's weak own-voice heat shows two phrases, both of them ours)
        assert len(from_changed) >= max(2, len(ev) - 1), (lv, ev)
        assert all(any(e in u for u in _units(r)) for e in ev)  # verbatim from the article


def test_calm_articles_show_no_stray_evidence(done: dict) -> None:
    # A plain article's least calm words ("typical", "third-graders") are not shown as reasons:
    # only units that are themselves at least Measured testify.
    for t in ("fares", "layoffs", "school"):
        tone = done[f"{t}-plain"][2].tone
        assert tone.score < MEASURED_FROM and tone.evidence == (), (t, tone)


def test_quoted_variant_evidence_is_the_quoted_words(done: dict) -> None:
    r, _a, an = done["bill-quoted"]
    quoted_spans = [u for u in _units(r) if "\u201c" in u or '"' in u]
    assert quoted_spans
    # Eighth session: a phrase someone else said carries the QUOTED mark ("cruel (quoted)").
    quoted = [e.removesuffix(QUOTED) for e in an.tone.evidence if e.endswith(QUOTED)]
    assert len(quoted) >= 3 and all(any(e in u for u in quoted_spans) for e in quoted), an.tone.evidence


def test_own_voice_evidence_is_not_marked_as_quoted(done: dict) -> None:
    for t in ("bill", "school", "layoffs"):
        ev = done[f"{t}-voice"][2].tone.evidence
        assert ev and not any(e.endswith(QUOTED) for e in ev), (t, ev)


def test_clickbait_evidence_is_the_whole_form(done: dict) -> None:
    assert "You won't believe" in done["fares-sensational"][2].tone.evidence


def _story(done: dict, ids: list[str], genres: list[str] | None = None):
    items = []
    for n, i in enumerate(ids):
        _r, a, an = done[i]
        if genres:
            an = dataclasses.replace(an, genre=genres[n])
        items.append((a, an))
    return story_tone(items)


@pytest.mark.parametrize("topic", TOPICS)
def test_story_aggregation(done: dict, topic: str) -> None:
    ids = {lv: f"{topic}-{lv}" for lv in LEVELS}
    calm = _story(done, [ids["plain"], ids["plain"]])
    one_hot = _story(done, [ids["plain"], ids["sensational"]])
    all_hot = _story(done, [ids["sensational"], ids["sensational"]])
    # one shouting outlet warms the coverage, less than all of them shouting
    assert calm.score < one_hot.score < all_hot.score
    # the evidence of a story names the loaded articles (no outlet names here: 1 of 2 articles),
    # then gives their phrases, none from calm copy
    assert one_hot.evidence[0] == "loaded language in 1 of 2 articles"
    assert set(evidence_phrases(one_hot.evidence)) <= set(done[ids["sensational"]][2].tone.evidence)
    if calm.score < CHARGED_FROM and done[ids["plain"]][2].tone.score < CHARGED_FROM:
        assert calm.evidence == ()
    # a heated piece filed as opinion does not heat the news coverage
    assert _story(done, [ids["plain"], ids["sensational"]], ["news", "opinion"]).score == pytest.approx(
        done[ids["plain"]][2].tone.score
    )
    # analysis counts, with less weight than news
    as_news = _story(done, [ids["plain"], ids["voice"]])
    as_analysis = _story(done, [ids["plain"], ids["voice"]], ["news", "analysis"])
    assert calm.score < as_analysis.score < as_news.score
