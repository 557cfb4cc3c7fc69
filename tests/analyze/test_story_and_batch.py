"""Story-level tone aggregation and analyze / analyze_many (order, laziness, parallel path)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plainwire.analyze import TONE_LABELS, analyze, analyze_many, story_tone
from plainwire.analyze.tone import evidence_phrases
from plainwire.models import Analysis, Article, Tone

CALM = (
    "The council approved the budget on Tuesday after a two-hour meeting. "
    "Officials said the new spending plan takes effect in July."
)
HOT = (
    "The council rammed through a reckless, bloated budget on Tuesday in a shameful display. "
    "Furious residents slammed the outrageous spending spree as a disaster."
)


def _pair(i: int, text: str, url: str = "") -> tuple[Article, Analysis]:
    art = Article(
        id=str(i), title="Council passes budget", text=text, url=url or f"https://example{i}.com/news/b"
    )
    return art, analyze(art)


def test_story_tone_rises_with_heated_outlets() -> None:
    calm = story_tone([_pair(i, CALM) for i in range(3)])
    mixed = story_tone([_pair(0, CALM), _pair(1, CALM), _pair(2, HOT)])
    hot = story_tone([_pair(i, HOT) for i in range(3)])
    assert calm.score < mixed.score < hot.score
    assert calm.label in TONE_LABELS and hot.label in TONE_LABELS
    assert TONE_LABELS.index(hot.label) > TONE_LABELS.index(calm.label)
    assert hot.evidence and len(hot.evidence) <= 5
    low = [e.lower() for e in hot.evidence]
    assert len(set(low)) == len(low)


def test_story_tone_ignores_opinion_when_news_exists() -> None:
    news = [_pair(0, CALM), _pair(1, CALM)]
    op_art = Article(
        id="op", title="Opinion: this budget is a disgrace", text=HOT, url="https://ex.com/opinion/b"
    )
    op = (op_art, analyze(op_art))
    assert op[1].genre == "opinion"
    assert story_tone(news + [op]).score == story_tone(news).score
    # only opinion pieces: their tone is all there is
    assert story_tone([op]).score >= 0.5


def test_story_tone_evidence_most_shared_first() -> None:
    items = [_pair(i, HOT) for i in range(3)] + [_pair(9, CALM)]
    tone = story_tone(items)
    first = evidence_phrases(tone.evidence)[0].lower()
    assert sum(first in " ".join(an.tone.evidence).lower() for _a, an in items) >= 2


def test_story_tone_evidence_only_from_loaded_articles() -> None:
    calm_items = [_pair(i, CALM) for i in range(3)]
    assert all(an.tone.score < 0.5 for _a, an in calm_items)
    assert story_tone(calm_items).evidence == ()  # a calm story has nothing to point at
    hot = _pair(7, HOT)
    mixed = story_tone([*calm_items, hot])
    assert set(evidence_phrases(mixed.evidence)) <= set(hot[1].tone.evidence)
    assert mixed.evidence[0] == "loaded language in 1 of 4 outlets: example7.com"


def test_story_tone_empty() -> None:
    assert story_tone([]) == Tone(label=TONE_LABELS[0], score=0.0, evidence=())


def test_analyze_fields() -> None:
    art = Article(
        id="e1",
        title="Council approves budget for the coming year",
        text=CALM * 3,
        url="https://example.com/news/budget",
    )
    an = analyze(art)
    assert an.id == "e1" and an.language == "en" and an.genre == "news"
    d = an.to_json()
    assert set(d) == {"id", "language", "genre", "tone"} and set(d["tone"]) == {"label", "score", "evidence"}


def _articles(n: int) -> list[Article]:
    out = []
    for i in range(n):
        text = HOT if i % 3 == 0 else CALM
        url = f"https://example.com/opinion/{i}" if i % 5 == 0 else f"https://example.com/news/{i}"
        out.append(Article(id=f"a{i}", title=f"Story {i}", text=text, url=url))
    return out


def test_analyze_many_in_process_keeps_order() -> None:
    arts = _articles(20)
    got = list(analyze_many(arts, workers=1))
    assert [a.id for a in got] == [a.id for a in arts]
    assert got == [analyze(a) for a in arts]


def test_analyze_many_parallel_keeps_order_and_matches() -> None:
    arts = _articles(600)  # above the in-process threshold: uses the process pool
    got = list(analyze_many(iter(arts), workers=2))
    assert [a.id for a in got] == [a.id for a in arts]
    sample = [0, 1, 5, 299, 599]
    assert [got[i] for i in sample] == [analyze(arts[i]) for i in sample]


def test_analyze_many_consumes_lazily() -> None:
    pulled = []

    def gen() -> Iterator[Article]:
        for a in _articles(2000):
            pulled.append(a.id)
            yield a

    it = analyze_many(gen(), workers=2)
    first = next(it)
    assert first.id == "a0"
    assert len(pulled) < 2000  # did not read the whole input before yielding
    rest = list(it)
    assert len(rest) == 1999


def test_analyze_many_small_and_empty_inputs() -> None:
    assert list(analyze_many([], workers=0)) == []
    arts = _articles(3)
    assert [a.id for a in analyze_many(arts)] == ["a0", "a1", "a2"]


class _CrashingArticle(Article):
    """An article whose unpickling kills the worker process that receives it (a real crash)."""

    __slots__ = ()

    def __reduce__(self):  # type: ignore[override]
        import os

        return (os._exit, (3,))


def test_analyze_many_survives_a_crashing_worker(caplog: pytest.LogCaptureFixture) -> None:
    arts = _articles(700)
    bad = arts[300]
    arts[300] = _CrashingArticle(id=bad.id, title=bad.title, text=bad.text, url=bad.url)
    got = list(analyze_many(iter(arts), workers=2))
    assert [a.id for a in got] == [a.id for a in arts]
    assert got[300] == analyze(arts[300])
    assert got[699] == analyze(arts[699])
    assert "process pool failed" in caplog.text  # the pool really broke and the run went on
