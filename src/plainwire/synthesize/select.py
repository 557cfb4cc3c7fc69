"""Score pool sentences and pick a non-redundant, well-supported, neutral set (MMR).

The score is linear in ``FEATURES`` (cross-source support, lead position, who/what/when/where
cues, attribution, loadedness, shape, editors' keep-rate, ...); the coefficients are fitted by
tools/synth_fit.py and shipped in data/select_weights.json (docs/synthesis.md). Charged,
unattributed sentences are marked by ``charged_mask``; redundancy is containment (``mmr``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from plainwire.synthesize import facts
from plainwire.synthesize.meaning import Meaning
from plainwire.synthesize.restate import Restater
from plainwire.synthesize.sentences import Sentence
from plainwire.synthesize.textstats import ANAPHORA
from plainwire.synthesize.wordstats import mean_keep, prior

log = logging.getLogger(__name__)

_ATTRIB = re.compile(
    r"(?i)\b(?:said|says|told|according to|announced|stated|reported|confirmed|testified|wrote|"
    r"added|explained|noted|tweeted|posted)\b"
)
_PRONOUN_START = re.compile(rf"^(?:{ANAPHORA}|We|I)\b")
_QUOTE_START = re.compile(r"^[\"“‘']")
_WHEN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{4})\b"
)
_NUMBER = re.compile(r"\d")
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


FEATURES = (
    "support",  # other outlets say the same (0..1)
    "own_title",  # its own outlet's title says the same
    "lead",  # 1 / (1 + index) ** 0.7
    "wh",  # who/what/when/where cues
    "attribution",  # "X said", "according to"
    "loaded",  # sentence_loadedness score
    "short",  # fewer than 8 words
    "long",  # words beyond 45, / 10
    "pronoun",  # starts with a pronoun (dangling reference)
    "quote",  # starts with an unattributed quote
    "keep",  # mean editors' keep-rate of its words minus the prior (wordstats)
    "article",  # how much the rest of the coverage backs its article's title
    "title_gist",  # word-vector cosine to the other outlets' titles (meaning, not shared words)
)


@dataclass(frozen=True, slots=True)
class Weights:
    """Linear sentence score ``x @ coef`` (+ ``bias``), MMR trade-off and stopping rule."""

    coef: tuple[float, ...] = (1.0, 0.5, 0.6, 0.25, 0.15, -0.8, -0.3, -0.1, -0.35, -0.25, 0.0, 0.0, 0.0)
    bias: float = 0.0
    mmr_lambda: float = 0.7
    redundancy_cut: float = 0.6  # never pick a sentence whose content is this much already said
    min_score: float = -np.inf  # sentences scoring below this never extend the Story


WEIGHTS_RESOURCE = "select_weights.json"


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    """The weights fitted by tools/synth_fit.py (hand-set ones if the file is absent or stale)."""
    try:
        raw = resources.files("plainwire.synthesize").joinpath("data", WEIGHTS_RESOURCE).read_text("utf-8")
    except FileNotFoundError:
        log.warning("no %s: using hand-set selection weights", WEIGHTS_RESOURCE)
        return Weights()
    obj = json.loads(raw)
    if tuple(obj["features"]) != FEATURES:
        log.warning("%s was fitted for other features: using hand-set weights", WEIGHTS_RESOURCE)
        return Weights()
    return Weights(
        coef=tuple(float(c) for c in obj["coef"]),
        bias=float(obj.get("bias", 0.0)),
        mmr_lambda=float(obj.get("mmr_lambda", 1.0)),
        redundancy_cut=float(obj.get("redundancy_cut", 0.6)),
        min_score=float(obj.get("min_score", -np.inf)),
    )


@dataclass(frozen=True, slots=True)
class Scored:
    sentence: Sentence
    score: float
    index: int  # position in the pool


def _wh(text: str) -> float:
    cues = 0.0
    if _WHEN.search(text):
        cues += 1
    if _NUMBER.search(text):
        cues += 0.5
    names = len(_NAME.findall(text))
    cues += min(names, 3) / 3
    return cues / 2.5


def features(
    pool: Sequence[Sentence],
    sim: np.ndarray,
    article_of: Sequence[int],
    n_articles: int,
    title_sim: np.ndarray,
    title_support: np.ndarray,
    loadedness: Callable[[str], float],
    vectors: np.ndarray | None = None,
) -> np.ndarray:
    """One row of ``FEATURES`` per pool sentence.

    ``sim`` is pool x pool similarity; ``title_sim`` is pool x articles (similarity to each
    title); ``title_support[a]`` is how much the other articles back article ``a``'s title;
    ``vectors``: unit word-vector means of each sentence, then of each title (``title_gist``;
    ``WordVectors.embed_many``).
    """
    n = len(pool)
    arts = np.asarray(article_of, dtype=int)
    others = max(1, n_articles - 1)
    per_article = np.zeros((n, n_articles))
    for a in range(n_articles):
        cols = np.flatnonzero(arts == a)
        if cols.size:
            per_article[:, a] = sim[:, cols].max(axis=1)
    per_article = np.maximum(per_article, title_sim)
    x = np.zeros((n, len(FEATURES)))
    p0 = prior()
    for i, s in enumerate(pool):
        own = arts[i]
        row = per_article[i].copy()
        row[own] = 0.0
        text = s.text
        wc = len(text.split())
        attributed = _ATTRIB.search(text) is not None
        x[i] = (
            float(row.sum() / others) if n_articles > 1 else 0.0,
            float(title_sim[i, own]),
            1.0 / (1.0 + s.index) ** 0.7,
            _wh(text),
            1.0 if attributed else 0.0,
            loadedness(text),
            1.0 if wc < 8 else 0.0,
            max(0, wc - 45) / 10,
            1.0 if _PRONOUN_START.match(text) else 0.0,
            1.0 if (not attributed and _QUOTE_START.match(text)) else 0.0,
            mean_keep(text) - p0,
            float(title_support[own]),
            0.0,
        )
    if n and n_articles > 1 and vectors is not None and len(vectors) == n + n_articles:
        sv = vectors[:n]
        x[:, FEATURES.index("title_gist")] = np.einsum("ij,ij->i", sv, other_titles(vectors[n:])[arts])
    return x


def other_titles(tv: np.ndarray) -> np.ndarray:
    """Per article, the unit direction of the *other* articles' title vectors (summed)."""
    others = tv.sum(axis=0, keepdims=True) - tv
    return others / np.maximum(np.linalg.norm(others, axis=1, keepdims=True), 1e-9)


def score_pool(pool: Sequence[Sentence], x: np.ndarray, weights: Weights = Weights()) -> list[Scored]:
    scores = x @ np.asarray(weights.coef) + weights.bias if len(x) else np.zeros(0)
    return [Scored(sentence=s, score=float(scores[i]), index=i) for i, s in enumerate(pool)]


def supporting(
    i: int, sim: np.ndarray, article_of: Sequence[int], threshold: float = 0.3, limit: int = 5
) -> list[int]:
    """Pool indexes of other articles' sentences that say what sentence ``i`` says, best first
    (at most one per article: provenance shows which outlets agree)."""
    arts = np.asarray(article_of, dtype=int)
    cand = np.flatnonzero((sim[i] >= threshold) & (arts != arts[i]))
    out: list[int] = []
    seen: set[int] = set()
    for j in cand[np.argsort(-sim[i, cand], kind="stable")]:
        if int(arts[j]) not in seen:
            seen.add(int(arts[j]))
            out.append(int(j))
        if len(out) == limit:
            break
    return out


LOADED_CUT = 0.8  # sentence_loadedness at or above this, without attribution, is "charged"


def charged_mask(x: np.ndarray, cut: float | None = None) -> np.ndarray:
    """Sentences whose loadedness reaches ``cut`` and that attribute nothing to anyone."""
    if not len(x):
        return np.zeros(0, dtype=bool)
    c = LOADED_CUT if cut is None else cut
    loaded = x[:, FEATURES.index("loaded")]
    attributed = x[:, FEATURES.index("attribution")] > 0
    return (loaded >= c) & ~attributed


# A candidate sharing this share of the smaller claim with one picked sentence restates it
# ("Opponents criticised the plan as too costly, Reyes said." / '"Opponents of the plan criticized
# it as too costly," said Lind.'); None: off. Claims, not speakers, are compared (pool.CLAIM_STEMS).
PAIR_CUT: float | None = 0.6  # chosen on train stories 2100-2451 (docs/synthesis.md)


# Restatement in other words (docs/synthesis.md, "Pipeline" 5). A candidate sharing at least
# MEANING_LEX of the smaller claim's stems with one picked sentence is also tested for meaning:
# "soft" (default): it restates when the share of the smaller claim's words that the other
# says too, as the same stem or a near-synonym (static word-vector cosine >= SOFT_TAU:
# "start" / "begin"), reaches PAIR_CUT; "mean": when the cosine of the two claims' mean word
# vectors reaches MEANING_CUT. MEANING_LEX None: lexical test only. Chosen on train 2100-2451.
MEANING_LEX: float | None = 0.3
MEANING_MODE = "soft"
SOFT_TAU = 0.6
MEANING_CUT = 0.75
# Two denials ("No injuries have been reported" / "no one had been hurt") are compared for
# meaning whatever their shared stems: the negation words that make them one fact are stop words.
NEGATION_SOFT = True
# Past the MEANING_LEX gate, two claims giving the same count of the same thing ("Upland's 41
# public schools were closed ..." / "All 41 schools in the district were closed ...") restate
# one fact. Sixth session; chosen on train 2100-2451 (docs/benchmarks.md).
COUNTED_NOUN = True
# Ninth session (restate.py, docs/synthesis.md "Restatements where the structure says so"): with
# a ``Restater``, a pair the rules above let through is a restatement when the same speaker, the
# same actor or the same future event says it in other words (RESTATE_OTHER_WORDS).
RESTATE_OTHER_WORDS = True
# Tenth session (facts.py, docs/synthesis.md "Two facts, however many words they share"): with a
# ``Meaning``, the word-share rules above (containment, PAIR_CUT, near-synonyms, denials, counted
# nouns) never drop a candidate that states another fact than the picked sentences it shares
# words with (``Meaning.distinct``: opposite events, conflicting numbers, dates or names, future
# against past, or another event with a detail of its own). The structural test is not vetoed.
# Like the structural test, only while the first RESTATE_PICKS are picked (the printed Story).
DISTINCT_FACTS = True
# Only the first RESTATE_PICKS picks are tested this way (a 300-word Story prints about 15
# sentences; MMR orders the whole pool).
RESTATE_PICKS = 20


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def mmr(
    scored: Sequence[Scored],
    stems: Sequence[frozenset[str]],
    k: int,
    weights: Weights = Weights(),
    meaning: Meaning | None = None,
    restater: Restater | None = None,
) -> list[int]:
    """Indexes into ``scored`` in pick order (most important first).

    Maximal marginal relevance with *containment* as redundancy: the share of a candidate's
    content stems already said by the picked sentences. A candidate whose containment reaches
    ``redundancy_cut`` adds (almost) nothing new and is never picked. A candidate that restates
    one picked sentence (their shared stems reach ``PAIR_CUT`` of the smaller one) is never
    picked either: it repeats that sentence's claim (in a longer sentence, with a detail or two;
    letting it replace the shorter one instead scored lower on train, docs/synthesis.md).
    With ``meaning`` (the claims' word vectors), a candidate sharing ``MEANING_LEX`` of the
    smaller claim that says the rest in other words restates it too (see ``MEANING_MODE``), as
    does one giving the same count of the same thing (``COUNTED_NOUN``); two denials are
    compared in other words whatever stems they share (``NEGATION_SOFT``). With ``restater``,
    the structural test of ``restate.py`` extends these rules (``RESTATE_OTHER_WORDS``).
    """
    n = len(scored)
    if n == 0 or k <= 0:
        return []
    base = [s.score for s in scored]
    said: set[str] = set()
    picked: list[int] = []
    available = set(range(n))
    lam = weights.mmr_lambda
    pair_cut = PAIR_CUT
    soft = MEANING_LEX if meaning is not None else None
    veto = meaning is not None and DISTINCT_FACTS
    max_words = facts.MAX_WORDS + 2  # a margin: the claim stems count a few words Terms does not
    distinct_from: dict[int, int] = {}  # candidate -> number of picks (in order) it is known distinct from

    def restates(i: int, b: int, denies: bool) -> bool:
        """``denies``: picked sentence ``b`` is a denial (``NEGATION_SOFT``; known once per pick)."""
        share = _share(stems[i], stems[b])
        if not lexical(i, b, denies, share):
            return False
        return not (
            veto
            and len(picked) <= RESTATE_PICKS
            and short(i, b)
            and meaning is not None
            and meaning.distinct(i, b) is not None
        )

    def short(i: int, b: int) -> bool:
        """The distinct-fact test may apply: both claims are short enough (``facts.MAX_WORDS``;
        the claim stems count about the same words, and cost nothing to count) and each has a
        stem the other lacks (a claim all of whose stems the other has adds no word: a copy)."""
        si, sb = stems[i], stems[b]
        return len(si) <= max_words and len(sb) <= max_words and not (si <= sb or sb <= si)

    def new_fact(i: int) -> bool:
        """Contained candidate ``i`` is distinct from every pick sharing a stem with it (the
        picks it was already found distinct from are not tested again)."""
        assert meaning is not None
        st = stems[i]
        done = distinct_from.get(i, 0)
        for p in picked[done:]:
            if not st.isdisjoint(stems[p]) and (not short(i, p) or meaning.distinct(i, p) is None):
                return False
            done += 1
        distinct_from[i] = done
        return True

    def lexical(i: int, b: int, denies: bool, share: float) -> bool:
        """The rules before ``restater``; ``share``: of the smaller claim's stems, shared."""
        if pair_cut is not None and share >= pair_cut:
            return True
        if meaning is None:
            return False
        if denies and meaning.negated(i) and meaning.soft_share(i, b) >= (pair_cut or 0.6):
            return True
        if soft is None or share < soft:
            return False
        if COUNTED_NOUN and meaning.counted(i) & meaning.counted(b):
            return True
        if MEANING_MODE == "soft":
            return meaning.soft_share(i, b) >= (pair_cut or 0.6)
        return float(meaning.vector(i) @ meaning.vector(b)) >= MEANING_CUT

    while available and len(picked) < k:
        best, best_val = -1, -np.inf
        dead = []
        for i in available:
            st = stems[i]
            contained = len(st & said) / len(st) if st else 1.0
            if contained >= weights.redundancy_cut and not (
                veto and len(picked) < RESTATE_PICKS and st and len(st) <= max_words and new_fact(i)
            ):
                dead.append(i)
                continue
            val = lam * base[i] - (1 - lam) * contained
            if val > best_val:
                best, best_val = i, val
        available.difference_update(dead)
        if best < 0:
            break
        available.discard(best)
        picked.append(best)
        said |= stems[best]
        if (pair_cut is not None or soft is not None) and available:
            denies = NEGATION_SOFT and meaning is not None and meaning.negated(best)
            available.difference_update([i for i in available if restates(i, best, denies)])
        if restater is not None and RESTATE_OTHER_WORDS and available and len(picked) <= RESTATE_PICKS:
            mine = stems[best]
            overlapping = [i for i in available if not mine.isdisjoint(stems[i])]
            available.difference_update(restater.restating(best, available, overlapping))
    return picked
