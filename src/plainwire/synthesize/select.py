"""Score pool sentences and pick a non-redundant, well-supported, neutral set (MMR).

Score of a sentence (all terms in [0, 1]-ish ranges, weights in ``Weights``):
- support: how much the *other* outlets say the same (max similarity to each other article's
  sentences and title, summed over articles, normalised by the number of other articles);
- lead: position in its article (news puts who/what/when/where first);
- wh: who/what/when/where cues (names, numbers, days/dates, places in capitals);
- attribution: "X said", "according to" - attributed claims beat unattributed charged ones;
- loaded: ``plainwire.analyze.sentence_loadedness`` (penalty);
- shape: too short / too long / pronoun-initial (dangling reference) / quote-only penalties.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from plainwire.synthesize.sentences import Sentence

_ATTRIB = re.compile(
    r"(?i)\b(?:said|says|told|according to|announced|stated|reported|confirmed|testified|wrote|"
    r"added|explained|noted|tweeted|posted)\b"
)
_PRONOUN_START = re.compile(r"^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|We|I)\b")
_QUOTE_START = re.compile(r"^[\"“‘']")
_WHEN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{4})\b"
)
_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


@dataclass(frozen=True, slots=True)
class Weights:
    support: float = 1.0
    lead: float = 0.6
    article_rank: float = 0.0
    wh: float = 0.25
    attribution: float = 0.15
    loaded: float = 0.8
    pronoun: float = 0.35
    quote: float = 0.25
    mmr_lambda: float = 0.7
    redundancy_cut: float = 0.6  # never pick a sentence this similar to one already picked


@dataclass(frozen=True, slots=True)
class Scored:
    sentence: Sentence
    score: float
    support: tuple[int, ...]  # pool indexes of other articles' sentences saying the same


def _wh(text: str) -> float:
    cues = 0.0
    if _WHEN.search(text):
        cues += 1
    if _NUMBER.search(text):
        cues += 0.5
    names = len(_NAME.findall(text))
    cues += min(names, 3) / 3
    return cues / 2.5


def score_pool(
    pool: Sequence[Sentence],
    sim: np.ndarray,
    article_of: Sequence[int],
    n_articles: int,
    title_sim: np.ndarray,
    loadedness: Callable[[str], float],
    weights: Weights = Weights(),
    support_threshold: float = 0.3,
) -> list[Scored]:
    """``sim`` is pool x pool similarity; ``title_sim`` is pool x articles (similarity to each title)."""
    n = len(pool)
    arts = np.asarray(article_of)
    out: list[Scored] = []
    others = max(1, n_articles - 1)
    # max similarity of each sentence to each article's sentences
    per_article = np.zeros((n, n_articles))
    for a in range(n_articles):
        cols = np.flatnonzero(arts == a)
        if cols.size:
            per_article[:, a] = sim[:, cols].max(axis=1)
    per_article = np.maximum(per_article, title_sim)
    for i, s in enumerate(pool):
        own = arts[i]
        row = per_article[i].copy()
        row[own] = 0.0
        support = float(row.sum() / others) if n_articles > 1 else 0.0
        # its own article's title also vouches for it (the outlet's own summary of its story)
        support += 0.5 * float(title_sim[i, own])
        lead = 1.0 / (1.0 + s.index) ** 0.7
        text = s.text
        wc = len(text.split())
        shape = 0.0
        if wc < 8:
            shape -= 0.3
        elif wc > 45:
            shape -= 0.01 * (wc - 45)
        if _PRONOUN_START.match(text):
            shape -= weights.pronoun
        if _QUOTE_START.match(text) and not _ATTRIB.search(text):
            shape -= weights.quote
        attrib = 1.0 if _ATTRIB.search(text) else 0.0
        score = (
            weights.support * support
            + weights.lead * lead
            + weights.wh * _wh(text)
            + weights.attribution * attrib
            - weights.loaded * loadedness(text)
            + shape
        )
        sup = tuple(
            int(j) for j in np.flatnonzero((sim[i] >= support_threshold) & (arts != own))
        )
        out.append(Scored(sentence=s, score=score, support=sup))
    return out


def mmr(scored: Sequence[Scored], sim: np.ndarray, k: int, weights: Weights = Weights()) -> list[int]:
    """Indexes into ``scored`` in pick order (most important first): maximal marginal relevance."""
    n = len(scored)
    if n == 0 or k <= 0:
        return []
    base = np.array([s.score for s in scored])
    picked: list[int] = []
    max_sim = np.zeros(n)
    available = np.ones(n, dtype=bool)
    lam = weights.mmr_lambda
    while len(picked) < min(k, n):
        val = lam * base - (1 - lam) * max_sim
        val[~available] = -np.inf
        j = int(np.argmax(val))
        if not np.isfinite(val[j]):
            break
        picked.append(j)
        available[j] = False
        max_sim = np.maximum(max_sim, sim[j])
        available &= max_sim < weights.redundancy_cut
    return picked
