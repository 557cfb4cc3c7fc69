"""``synthesize``: headline, highlights, story, tone, opinions, sources and times of a story."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime

import numpy as np

from plainwire.models import (
    Analysis,
    Article,
    OpinionRef,
    SentenceRef,
    SourceRef,
    StorySentence,
    StorySynthesis,
    Tone,
)
from plainwire.synthesize.headline import choose_headline
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.select import Scored, Weights, mmr, score_pool
from plainwire.synthesize.sentences import Sentence, article_sentences, is_junk
from plainwire.synthesize.textstats import content_stems, similarity_matrix

log = logging.getLogger(__name__)

MIN_STORY_WORDS = 120
MAX_STORY_WORDS = 300
POOL_CAP = 1500  # sentences; keeps 500-article stories fast (leads first: inverted pyramid)
MAX_SENTENCES_PER_ARTICLE = 25
HIGHLIGHT_MAX_WORDS = 35
MAX_SUPPORT_REFS = 6


def _wc(text: str) -> int:
    return len(text.split())


def _times(articles: Sequence[Article]) -> tuple[datetime | None, datetime | None]:
    firsts = [a.published or a.modified for a in articles if (a.published or a.modified)]
    lasts = [max(t for t in (a.published, a.modified) if t) for a in articles if (a.published or a.modified)]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def _analyses(articles: Sequence[Article], given: Mapping[str, Analysis] | None, notes: list[str]) -> dict[str, Analysis]:
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


def _loadedness_fn():
    from plainwire.analyze import sentence_loadedness

    cache: dict[str, float] = {}

    def f(text: str) -> float:
        v = cache.get(text)
        if v is None:
            v = float(sentence_loadedness(text)[0])
            cache[text] = v
        return v

    return f


def _gist(article: Article, language: str | None) -> str:
    for s in article_sentences(article.id, article.text, article.source, language)[:5]:
        if not is_junk(s.text):
            g = s.text
            break
    else:
        g = (article.description or article.title or "").strip()
    words = g.split()
    return " ".join(words[:30]) + ("…" if len(words) > 30 else "")


def _majority_language(news: Sequence[Article], an: Mapping[str, Analysis]) -> tuple[str | None, list[Article], str | None]:
    langs = [(an[a.id].language or a.language or None) for a in news]
    known = Counter(lang.split("-")[0].lower() for lang in langs if lang)
    if not known:
        return None, list(news), None
    major, _ = known.most_common(1)[0]
    kept = [a for a, lang in zip(news, langs, strict=True) if not lang or lang.split("-")[0].lower() == major]
    note = None
    if len(known) > 1:
        others = ", ".join(f"{k}: {v}" for k, v in sorted(known.items()) if k != major)
        note = (
            f"coverage is in {len(known)} languages; the Story uses the majority language '{major}' "
            f"({known[major]} articles); not used: {others}"
        )
    return major, kept, note


def _ref(s: Sentence) -> SentenceRef:
    return SentenceRef(article_id=s.article_id, index=s.index, text=s.raw, source=s.source)


def _story_sentence(sc: Scored, pool: Sequence[Sentence]) -> StorySentence:
    text, _ = neutralize(sc.sentence.text)
    support = (_ref(sc.sentence),) + tuple(_ref(pool[j]) for j in sc.support[: MAX_SUPPORT_REFS - 1])
    return StorySentence(text=text, support=support)


def synthesize(
    story_id: str,
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis] | None = None,
    *,
    max_words: int | None = None,
) -> StorySynthesis:
    """Write the synthesized parts of story ``story_id`` from its articles (see docs/synthesis.md)."""
    from plainwire.analyze import story_tone

    notes: list[str] = []
    arts = list(articles)
    sources = tuple(SourceRef(a.source, a.title, a.url, a.id, a.published) for a in arts)
    published, updated = _times(arts)
    if not arts:
        return StorySynthesis(
            story_id, "", (), (), Tone("neutral", 0.0), sources=(), notes=("no articles: nothing to synthesize",)
        )
    an = _analyses(arts, analyses, notes)
    tone = story_tone([(a, an[a.id]) for a in arts])
    news = [a for a in arts if an[a.id].genre == "news"]
    opin = [a for a in arts if an[a.id].genre != "news"]
    language, news, lang_note = _majority_language(news, an)
    if lang_note:
        notes.append(lang_note)
    opinions = tuple(
        OpinionRef(a.title, a.source, a.url, _gist(a, an[a.id].language or a.language), a.id, an[a.id].genre)
        for a in opin
    )
    loaded = _loadedness_fn()

    def result(headline: str, highlights=(), story=()) -> StorySynthesis:
        return StorySynthesis(
            story_id=story_id,
            headline=headline,
            highlights=tuple(highlights),
            story=tuple(story),
            tone=tone,
            opinions=opinions,
            sources=sources,
            published=published,
            updated=updated,
            notes=tuple(notes),
        )

    if not news:
        notes.append(
            f"only opinion/analysis pieces ({len(opin)}): no Story or Highlights; see Opinions"
        )
        titles = [a.title for a in opin]
        head = choose_headline(titles, np.zeros(len(titles)), loaded) if titles else ""
        return result(head)

    # ---- sentence pool (news articles only) --------------------------------------------------
    per_article = max(2, min(MAX_SENTENCES_PER_ARTICLE, POOL_CAP // len(news)))
    pool: list[Sentence] = []
    article_of: list[int] = []
    seen: set[str] = set()
    capped = False
    for ai, a in enumerate(news):
        sents = [s for s in article_sentences(a.id, a.text, a.source, language) if not is_junk(s.text)]
        if len(sents) > per_article:
            capped = True
        for s in sents[:per_article]:
            key = s.text.lower()
            if key in seen:  # verbatim wire copy: keep one, the others still count via similarity
                continue
            seen.add(key)
            pool.append(s)
            article_of.append(ai)
    if capped and len(news) * per_article >= POOL_CAP:
        notes.append(f"{len(news)} news articles: only the first {per_article} sentences of each were considered")
    titles = [a.title for a in news]
    if not pool:
        notes.append("the news articles have no usable sentences (empty or very short bodies): no Story")
        head = choose_headline(titles, np.zeros(len(titles)), loaded)
        return result(head)

    docs = [content_stems(s.text) for s in pool] + [content_stems(t) for t in titles]
    full = similarity_matrix(docs)
    n = len(pool)
    sim = full[:n, :n]
    title_sim = full[:n, n:]
    scored = score_pool(pool, sim, article_of, len(news), title_sim, loaded, Weights())

    # ---- headline: the title the rest of the coverage backs most -----------------------------
    title_title = full[n:, n:]
    tsupport = np.zeros(len(titles))
    arts_arr = np.asarray(article_of)
    for ti in range(len(titles)):
        other = [tj for tj in range(len(titles)) if tj != ti]
        vals = []
        for tj in other:
            cols = np.flatnonzero(arts_arr == tj)
            best = max(float(title_title[ti, tj]), float(title_sim[cols, ti].max()) if cols.size else 0.0)
            vals.append(best)
        tsupport[ti] = sum(vals) / max(1, len(other))
    order = mmr(scored, sim, k=len(scored), weights=Weights())
    head = choose_headline(titles, tsupport, loaded, fallback=pool[order[0]].text if order else "")

    # ---- story: inverted pyramid, most important first, whole sentences only ------------------
    pool_words = sum(_wc(scored[i].sentence.text) for i in order)
    if max_words is not None:
        limit = max(0, int(max_words))
    else:
        limit = int(min(MAX_STORY_WORDS, max(MIN_STORY_WORDS, 0.6 * pool_words)))
        if pool_words < MIN_STORY_WORDS:
            notes.append(f"the coverage is short ({pool_words} words of distinct sentences): Story is shorter than {MIN_STORY_WORDS} words")
    story: list[StorySentence] = []
    total = 0
    for i in order:
        ss = _story_sentence(scored[i], pool)
        w = _wc(ss.text)
        if total + w > limit:
            if max_words is None and total >= MIN_STORY_WORDS:
                break
            continue
        story.append(ss)
        total += w
    if not story and order:
        notes.append(f"no sentence fits within max_words={max_words}: Story left empty")

    # ---- highlights: three distinct one-sentence facts ----------------------------------------
    highlights: list[StorySentence] = []
    for i in order:
        if _wc(scored[i].sentence.text) <= HIGHLIGHT_MAX_WORDS:
            highlights.append(_story_sentence(scored[i], pool))
        if len(highlights) == 3:
            break
    if len(highlights) < 3:
        for i in order:
            if len(highlights) == 3:
                break
            ss = _story_sentence(scored[i], pool)
            if all(h.text != ss.text for h in highlights):
                highlights.append(ss)
    if len(highlights) < 3:
        notes.append(
            f"only {len(highlights)} distinct fact sentence(s) in the coverage: fewer than three Highlights"
        )
    return result(head, highlights, story)
