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
# Eleventh session (facts.Told, docs/synthesis.md "A sentence that adds a fact"): with a
# ``Meaning`` and DISTINCT_FACTS, no rule drops a candidate that gives a number, a date or a name
# that no pick gives (a claim of at most facts.MAX_WORDS content words): the richer of two
# sentences is printed too, never the poorer one alone.
ADDS_FACTS = True
# ... and such a richer restatement that says all a pick says (every number, date and name of
# it) takes the pick's place in the Story ("Board chair Ines Kovac said construction would
# begin in March and take about 18 months." for "Ines Kovac, the board chair, said work would
# start in March."); False: both are printed.
RICHER_WINS = True
# Only the first RESTATE_PICKS picks are tested this way (a 300-word Story prints about 15
# sentences; MMR orders the whole pool).
RESTATE_PICKS = 20


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


class Redundancy:
    """One judgement of "says nothing an earlier sentence has not said", for the Story
    (``mmr``) and the Highlights (``highlights.restates_fn``; eleventh session: the same code,
    the Highlights with stricter word-share cuts, since they sit side by side).

    A candidate ``i`` restates sentence ``b`` when
    - the **word-share rules** merge them (``word_share``: the shared claim stems reach
      ``pair_cut`` of the smaller claim; two denials, or past the ``MEANING_LEX`` gate a shared
      count of the same thing or ``soft_cut`` of the smaller claim said with near-synonyms), and
      the **distinct-fact test** (``facts.distinct``: opposite outcomes, conflicting numbers,
      dates or names, future against past, another object of one verb, another predicate of one
      subject, another event with a detail of its own) does not find two facts; or
    - the **structural test** (``restate.Restater``: the same speaker, actor or timed future in
      other words; vetoed by the distinct-fact test's conflicts) finds one fact;
    - and in both cases ``i`` **adds** no number, date or name (``facts.Told.adds``): the richer
      of two sentences is never dropped for the poorer one.

    ``side_by_side`` (the Highlights): besides the stricter cuts, only the distinct-fact test's
    conflicts keep two sentences apart (opposites, numbers, dates, names, tense, object,
    predicate; not its weakest rule, "another event with a detail of its own", the one the
    structural test leaves out too), and a sentence that adds a detail is no exception: three
    bullets are a choice, not the whole coverage, and a partial repeat side by side reads as a
    repeat. So every pair the Story takes for one fact, the Highlights take for one fact too.

    ``stems``: each sentence's claim stems; ``meaning`` (word vectors, facts) and ``restater``
    are optional (without them, only the shared-stem share); ``texts``: the sentences (their
    speakers' names are told too, ``facts.Told.add``)."""

    def __init__(
        self,
        stems: Sequence[frozenset[str]],
        meaning: Meaning | None = None,
        restater: Restater | None = None,
        *,
        pair_cut: float | None = None,
        soft_cut: float | None = None,
        side_by_side: bool = False,
        texts: Sequence[str] | None = None,
    ) -> None:
        self.stems = stems
        self.meaning = meaning
        self.restater = restater
        self.side_by_side = side_by_side
        self.texts = texts
        self.pair_cut = PAIR_CUT if pair_cut is None else pair_cut
        # soft share needed past the MEANING_LEX gate (the Story: the pair cut itself)
        self.soft_cut = soft_cut if soft_cut is not None else (self.pair_cut or 0.6)
        self.gate = MEANING_LEX if meaning is not None else None
        self.veto = meaning is not None and DISTINCT_FACTS
        self.max_words = facts.MAX_WORDS + 2  # a margin: the claim stems count a few words Terms does not
        self._number_words: dict[int, frozenset[str]] = {}
        self._restates: dict[tuple[int, int], bool] = {}

    def word_share(self, i: int, b: int, denies: bool | None = None) -> bool:
        """The word-share rules (before the distinct-fact test): ``denies``, whether ``b`` is a
        denial (``NEGATION_SOFT``; computed when ``None``)."""
        share = _share(self.stems[i], self.stems[b])
        if self.pair_cut is not None and share >= self.pair_cut:
            return True
        m = self.meaning
        if m is None:
            return False
        if denies is None:
            denies = NEGATION_SOFT and m.negated(b)
        if denies and m.negated(i) and m.soft_share(i, b) >= self.soft_cut:
            return True
        if self.gate is None or share < self.gate:
            return False
        if COUNTED_NOUN and m.counted(i) & m.counted(b):
            return True
        if MEANING_MODE == "soft":
            return m.soft_share(i, b) >= self.soft_cut
        return float(m.vector(i) @ m.vector(b)) >= MEANING_CUT

    def short(self, i: int, b: int) -> bool:
        """The distinct-fact test may apply: both claims are short enough (``facts.MAX_WORDS``;
        the claim stems count about the same words, and cost nothing to count) and each has a
        stem or a number word the other lacks (a claim all of whose words the other has adds no
        word: a copy; number words are stop words, so "take three years" is read too)."""
        si, sb = self.stems[i], self.stems[b]
        if len(si) > self.max_words or len(sb) > self.max_words:
            return False
        if not (si <= sb or sb <= si):
            return True
        wi, wb = si | self.number_words(i), sb | self.number_words(b)  # only for a copy of the stems
        return not (wi <= wb or wb <= wi)

    def number_words(self, i: int) -> frozenset[str]:
        """The number words of claim ``i`` (``facts.number_words``; cached)."""
        got = self._number_words.get(i)
        if got is None:
            m = self.meaning
            got = self._number_words[i] = facts.number_words(m.text(i)) if m is not None else frozenset()
        return got

    def distinct(self, i: int, b: int) -> bool:
        """The distinct-fact test finds two facts (``facts.distinct``; short claims only; side by
        side, its conflicts only)."""
        return (
            self.veto
            and self.short(i, b)
            and self.meaning is not None
            and self.meaning.distinct(i, b, event_rule=not self.side_by_side) is not None
        )

    def adds(self, i: int, told: facts.Told) -> bool:
        """Candidate ``i`` gives a number, a date or a name that nothing ``told`` gives
        (``ADDS_FACTS``, ``facts.Told.adds``; never side by side)."""
        return (
            self.veto
            and ADDS_FACTS
            and not self.side_by_side
            and self.meaning is not None
            and told.adds(self.meaning.facts(i))
        )

    def covers(self, i: int, b: int) -> bool:
        """Claim ``i`` gives every number, date and name that claim ``b`` gives (``facts.covers``)."""
        m = self.meaning
        return m is not None and facts.covers(m.facts(i), m.facts(b))

    def tell(self, told: facts.Told, p: int) -> None:
        """Add what sentence ``p`` tells to ``told``."""
        if self.meaning is not None:
            told.add(self.meaning.facts(p), None if self.texts is None else self.texts[p])

    def told(self, picks: Sequence[int]) -> facts.Told:
        """What the sentences ``picks`` tell (``facts.Told``)."""
        out = facts.Told()
        for p in picks:
            self.tell(out, p)
        return out

    def restates(self, i: int, b: int, told: facts.Told | None = None) -> bool:
        """Sentence ``i`` says nothing that ``b`` (and ``told``, default: what ``b`` tells) has
        not said: the whole test (class docstring), for one pair (cached without ``told``: the
        Highlights ask about the same pairs in several passes)."""
        key = (i, b)
        if told is None and key in self._restates:
            return self._restates[key]
        word = self.word_share(i, b) and not self.distinct(i, b)
        structural = (
            not word
            and self.restater is not None
            and RESTATE_OTHER_WORDS
            and self.restater.restates(i, b, shared=not self.stems[i].isdisjoint(self.stems[b]))
        )
        got = (word or structural) and not self.adds(i, self.told([b]) if told is None else told)
        if told is None:
            self._restates[key] = got
        return got


def mmr(
    scored: Sequence[Scored],
    stems: Sequence[frozenset[str]],
    k: int,
    weights: Weights = Weights(),
    meaning: Meaning | None = None,
    restater: Restater | None = None,
    red: Redundancy | None = None,
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
    the structural test of ``restate.py`` extends these rules (``RESTATE_OTHER_WORDS``). The
    rules are ``Redundancy``'s (shared with the Highlights); while the first ``RESTATE_PICKS``
    are picked, a candidate that is another fact (``DISTINCT_FACTS``) or adds a number, a date
    or a name no pick gives (``ADDS_FACTS``) is never dropped. ``red``: that test, when the
    caller keeps it for more questions (``core`` asks it about the Highlights too, from its
    cache); otherwise built here from ``stems``, ``meaning`` and ``restater``.
    """
    n = len(scored)
    if n == 0 or k <= 0:
        return []
    base = [s.score for s in scored]
    said: set[str] = set()
    picked: list[int] = []
    available = set(range(n))
    lam = weights.mmr_lambda
    if red is None:
        red = Redundancy(stems, meaning, restater, texts=[s.sentence.text for s in scored])
    veto = red.veto
    max_words = red.max_words
    distinct_from: dict[int, int] = {}  # candidate -> number of picks (in order) it is known distinct from
    told = facts.Told()  # the numbers, dates and words of the picks (``Redundancy.adds``)
    untold: list[int] = []  # picks not yet added to ``told``
    said_numbers: set[str] = set()  # the picks' number words (stop words: not in ``said``)

    def adds(i: int) -> bool:
        """``Redundancy.adds`` against the picks, behind cheap guards (speed: most candidates a
        rule drops are copies): a claim all of whose stems the picks have, or one too long for
        ``facts.MAX_WORDS``, adds no number, date or name."""
        st = stems[i]
        if (st <= said and red.number_words(i) <= said_numbers) or len(st) > max_words:
            return False
        while untold:  # the picks' facts are read on first need
            red.tell(told, untold.pop())
        return red.adds(i, told)

    def sweep(b: int, testing: bool) -> list[int]:
        """Drop the candidates that restate pick ``b``; ``testing``: the distinct-fact test and
        the added facts apply (the first ``RESTATE_PICKS`` picks). Returns the restatements kept
        only because they add a number, a date or a name (``Redundancy.adds``) and say all that
        ``b`` says (``Redundancy.covers``): the candidates to take ``b``'s place."""
        richer: list[int] = []
        if (red.pair_cut is not None or red.gate is not None) and available:
            denies = NEGATION_SOFT and meaning is not None and meaning.negated(b)
            drop = []
            for i in available:
                if not red.word_share(i, b, denies) or (testing and red.distinct(i, b)):
                    continue
                if testing and adds(i):
                    if red.covers(i, b):
                        richer.append(i)
                    continue
                drop.append(i)
            available.difference_update(drop)
        if restater is not None and RESTATE_OTHER_WORDS and available and len(picked) <= RESTATE_PICKS:
            mine = stems[b]
            overlapping = [i for i in available if not mine.isdisjoint(stems[i])]
            for i in restater.restating(b, available, overlapping):
                if not adds(i):
                    available.discard(i)
                elif red.covers(i, b):
                    richer.append(i)
        return richer

    def new_fact(i: int) -> bool:
        """Contained candidate ``i`` is distinct from every pick it shares more than names with
        (the picks it was already found distinct from are not tested again). A pick that shares
        only a name ("Saltby") says nothing of its fact: until the eleventh session it made "The
        Saltby council approved a new ferry timetable in March." a repeat of the lead "The Saltby
        pier reopened ..." once "The Saltby council approved the repair budget in March." was
        printed, though the two approvals are distinct facts (``facts.distinct``: "object")."""
        assert meaning is not None
        st = stems[i]
        done = distinct_from.get(i, 0)
        named = None
        for p in picked[done:]:
            shared = st & stems[p]
            if shared:
                if named is None:
                    t = meaning.terms(i)
                    named = frozenset(x for x, nm in zip(t.stems, t.name, strict=True) if nm)
                if not shared <= named and (not red.short(i, p) or meaning.distinct(i, p) is None):
                    return False
            done += 1
        distinct_from[i] = done
        return True

    while available and len(picked) < k:
        best, best_val = -1, -np.inf
        dead = []
        for i in available:
            st = stems[i]
            contained = len(st & said) / len(st) if st else 1.0
            if contained >= weights.redundancy_cut and not (
                veto
                and len(picked) < RESTATE_PICKS
                and st
                and len(st) <= max_words
                and (new_fact(i) or adds(i))
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
        testing = veto and len(picked) <= RESTATE_PICKS
        if testing and ADDS_FACTS:  # what ``adds`` reads (only while testing)
            said_numbers.update(red.number_words(best))
            untold.append(best)
        richer = sweep(best, testing)
        if RICHER_WINS and richer:
            # the richer restatement takes the pick's place: it says all the pick says, and more
            r = max(richer, key=lambda i: (base[i], -i))
            picked[-1] = r
            available.discard(r)
            said |= stems[r]
            said_numbers.update(red.number_words(r))
            untold.append(r)
            sweep(r, testing)
    return picked
