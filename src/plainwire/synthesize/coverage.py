"""What a story's articles give before any sentence is chosen: their times, their analyses, the
tone reader for their sentences and the one language the Story is written from (split out of
``core``, seventeenth session)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from plainwire.models import Analysis, Article, Tone

log = logging.getLogger(__name__)


def aware(dt: datetime) -> datetime:
    # records promise aware UTC times; a naive one from a careless caller is read as UTC, not a crash
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def times(articles: Sequence[Article]) -> tuple[datetime | None, datetime | None]:
    """Published = the first article's time, updated = the newest time of any article."""
    firsts: list[datetime] = []
    lasts: list[datetime] = []
    for a in articles:
        ts = [aware(t) for t in (a.published, a.modified) if t is not None]
        if ts:
            firsts.append(aware(a.published) if a.published is not None else min(ts))
            lasts.append(max(ts))
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def as_of(a: Article) -> datetime | None:
    """When an article's text was current: its revision time when the outlet updated it in place,
    else its publication time."""
    ts = [aware(t) for t in (a.published, a.modified) if t is not None]
    return max(ts) if ts else None


def analyses(
    articles: Sequence[Article], given: Mapping[str, Analysis] | None, notes: list[str]
) -> dict[str, Analysis]:
    from plainwire.analyze import analyze

    out: dict[str, Analysis] = {}
    for a in articles:
        got = given.get(a.id) if given else None
        if got is None:
            try:
                got = analyze(a)
            except Exception as exc:  # one bad article must not sink the story
                log.warning("analyze failed for %s: %s", a.id, exc)
                notes.append(f"article {a.id}: analysis failed ({exc}); treated as news")
                got = Analysis(id=a.id, language=a.language, genre="news", tone=Tone("unknown", 0.0))
        out[a.id] = got
    return out


def loadedness_fn() -> Callable[[str], float]:
    from plainwire.analyze import sentence_loadedness

    cache: dict[str, float] = {}

    def f(text: str) -> float:
        v = cache.get(text)
        if v is None:
            v = float(sentence_loadedness(text)[0])
            cache[text] = v
        return v

    return f


def unread(text: str) -> float:
    """The loadedness of a sentence the tone model cannot read: none measured."""
    return 0.0


def majority_language(
    news: Sequence[Article], an: Mapping[str, Analysis]
) -> tuple[str | None, list[Article], str | None]:
    langs = [(an[a.id].language or a.language or None) for a in news]
    known = Counter(lang.split("-")[0].lower() for lang in langs if lang)
    if not known:
        return None, list(news), None
    # On a tie, English: the reader's pages and the synthesis and tone models are English
    # (other ties: the language of the earliest article, the Counter's order).
    major = max(known, key=lambda k: (known[k], k == "en"))
    kept = [a for a, lang in zip(news, langs, strict=True) if not lang or lang.split("-")[0].lower() == major]
    note = None
    if len(known) > 1:
        others = ", ".join(f"{k}: {v}" for k, v in sorted(known.items()) if k != major)
        note = (
            f"coverage is in {len(known)} languages; the Story uses the majority language '{major}' "
            f"({known[major]} articles); not used: {others}"
        )
    return major, kept, note
