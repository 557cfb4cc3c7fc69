"""The sentence pool of a story: news sentences, their similarities and selection features."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

import numpy as np

from plainwire import wordvec
from plainwire.models import Article
from plainwire.synthesize import rewrites
from plainwire.synthesize.attribution import claim
from plainwire.synthesize.clauses import compress_clauses
from plainwire.synthesize.headline import best_title_index
from plainwire.synthesize.rankfeat import EXTRA_FEATURES, extra_features
from plainwire.synthesize.select import FEATURES, features
from plainwire.synthesize.sentences import Sentence, article_sentences, is_junk
from plainwire.synthesize.standalone import trim_cut
from plainwire.synthesize.textstats import content_stems, content_words, similarity_matrix, stem
from plainwire.synthesize.wordstats import mean_keep

POOL_CAP = 1500  # sentences; keeps 500-article stories fast (leads first: inverted pyramid)
MAX_SENTENCES_PER_ARTICLE = 25
CLAUSE_MARGIN: float | None = 0.0  # None switches clause compression off
TRIM_CUT = True  # standalone.trim_cut on pool sentences (eighth session)
CLAIM_STEMS = True  # redundancy on the sentence without its attribution (docs/synthesis.md)


@dataclass(slots=True)
class Pool:
    sentences: list[Sentence]
    article_of: list[int]  # index into the news-article list
    titles: list[str]
    sim: np.ndarray  # sentence x sentence
    title_sim: np.ndarray  # sentence x title
    title_support: np.ndarray  # per title: how much the other articles back it
    x: np.ndarray  # sentence x FEATURES
    stems: list[frozenset[str]]  # content stems per sentence, attributions left out (redundancy)
    per_article: int  # sentences considered per article
    capped: bool  # some article had more sentences than ``per_article``
    claims: list[str] = field(default_factory=list)  # what each sentence claims (meaning test)
    # unit word-vector means of the sentences, then the titles (None with one article)
    vectors: np.ndarray | None = None
    # per title: share of its content stems no other article uses (``title_own_share``)
    title_own: np.ndarray | None = None
    # per sentence, its text: the article's index, or that of the article it rewrites
    # (``rewrites.text_groups``); provenance counts one text once
    text_of: list[int] = field(default_factory=list)


def _claim_stems(text: str, stems: Sequence[str], c: str | None = None) -> frozenset[str]:
    """Content stems of what ``text`` claims (``stems``: those of the whole text, reused;
    ``c``: its claim, when already known)."""
    c = claim(text) if c is None else c
    words = stems if c == text else content_stems(c)
    # British and American spellings say the same: "criticised" / "criticized" ("criticis" -> "criticiz")
    return frozenset(w[:-1] + "z" if w.endswith("is") and len(w) > 5 else w for w in words)


def title_support(title_title: np.ndarray, title_sim: np.ndarray, article_of: Sequence[int]) -> np.ndarray:
    """How much the other articles (their titles and sentences) back each article's title."""
    k = title_title.shape[0]
    arts = np.asarray(article_of, dtype=int)
    out = np.zeros(k)
    if k < 2:
        return out
    for ti in range(k):
        vals = []
        for tj in range(k):
            if tj == ti:
                continue
            cols = np.flatnonzero(arts == tj)
            best = max(float(title_title[ti, tj]), float(title_sim[cols, ti].max()) if cols.size else 0.0)
            vals.append(best)
        out[ti] = sum(vals) / len(vals)
    return out


def title_own_share(
    title_stems: Sequence[Sequence[str]], sentence_stems: Sequence[Sequence[str]], article_of: Sequence[int]
) -> np.ndarray:
    """Per title, the share of its content stems that no *other* article uses (in its title or
    pool sentences): one outlet's own words, which the other outlets did not need to report the
    event. Zeros with fewer than two articles (nothing to compare with)."""
    k = len(title_stems)
    out = np.zeros(k)
    if k < 2:
        return out
    used = [set(t) for t in title_stems]
    for d, a in zip(sentence_stems, article_of, strict=True):
        used[a].update(d)
    count = Counter(chain.from_iterable(used))  # how many articles use each stem
    for i, t in enumerate(title_stems):
        own = set(t)
        if own:
            out[i] = sum(count[w] == 1 for w in own) / len(own)
    return out


def build_pool(news: Sequence[Article], language: str | None, loadedness: Callable[[str], float]) -> Pool:
    per_article = max(2, min(MAX_SENTENCES_PER_ARTICLE, POOL_CAP // max(1, len(news))))
    sentences: list[Sentence] = []
    article_of: list[int] = []
    seen: set[str] = set()
    capped = False
    for ai, a in enumerate(news):
        sents = [s for s in article_sentences(a.id, a.text, a.source, language) if not is_junk(s.text)]
        capped = capped or len(sents) > per_article
        for s in sents[:per_article]:
            if CLAUSE_MARGIN is not None:
                s = replace(s, text=compress_clauses(s.text, mean_keep, CLAUSE_MARGIN))
            if TRIM_CUT:
                # a sentence the feed cut off inside a side clause ends where its main clause ends
                trimmed = trim_cut(s.text)
                if trimmed is not s.text:
                    s = replace(s, text=trimmed)
            key = s.text.lower()
            if key in seen:  # verbatim wire copy: keep one; similarity still counts the rest
                continue
            seen.add(key)
            sentences.append(s)
            article_of.append(ai)
    titles = [a.title for a in news]
    group = rewrites.text_groups([a.text for a in news]) if len(news) > 1 else [0] * len(news)
    word_docs = [content_words(s.text) for s in sentences] + [content_words(t) for t in titles]
    docs = [[stem(w) for w in d] for d in word_docs]
    full = similarity_matrix(docs)
    n = len(sentences)
    sim, tsim = full[:n, :n], full[:n, n:]
    tsupport = title_support(full[n:, n:], tsim, article_of)
    town = title_own_share(docs[n:], docs[:n], article_of)
    # word-vector means (meaning, not shared words) for the title_gist feature
    vectors = wordvec.table().embed_many(word_docs) if len(news) > 1 else None
    x = (
        features(sentences, sim, article_of, len(news), tsim, tsupport, loadedness, vectors)
        if n
        else np.zeros((0, 0))
    )
    claims = [claim(s.text) for s in sentences]
    if CLAIM_STEMS:
        # redundancy is about the claim: "X said" and "according to Y" do not make a repeat new
        stems = [
            _claim_stems(s.text, d, c) or frozenset(d)
            for s, d, c in zip(sentences, docs, claims, strict=False)
        ]
    else:
        stems = [frozenset(d) for d in docs[:n]]
    return Pool(
        sentences,
        article_of,
        titles,
        sim,
        tsim,
        tsupport,
        x,
        stems,
        per_article,
        capped,
        claims,
        vectors,
        town,
        [group[a] for a in article_of],
    )


def story_features(pl: Pool, loadedness: Callable[[str], float]) -> np.ndarray:
    """``rankfeat.EXTRA_FEATURES`` of the pool (computed only when the stop model needs them)."""
    if not pl.sentences:
        return np.zeros((0, len(EXTRA_FEATURES)))
    return extra_features(
        pl.sentences,
        pl.x,
        FEATURES,
        pl.sim,
        pl.title_sim,
        pl.article_of,
        len(pl.titles),
        pl.vectors,
        best_title_index(pl.titles, pl.title_support, loadedness, pl.title_own),
    )
