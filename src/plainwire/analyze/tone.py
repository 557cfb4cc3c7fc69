"""Tone of a sentence, an article and a story's coverage, with the phrases that drove it."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

from plainwire.analyze import cues
from plainwire.analyze.labels import MEASURED_FROM, label_for
from plainwire.analyze.model import QUOTED, ToneModel, default_model, sigmoid
from plainwire.analyze.text import split_sentences, tokenize
from plainwire.models import Analysis, Article, Tone

MAX_EVIDENCE = 5
# An article is as loaded as its most loaded quarter: a few heated sentences colour a piece,
# but one stray adjective in thirty sentences does not.
TOP_SHARE = 0.25
# ... taken over at least this many units (all of them when the article has fewer): in a
# short article the top quarter is a single sentence, and the label rested on one noisy
# sentence score (a plain 3-4-sentence article read as Charged whenever one of its sentences
# did). The units' logits are averaged, not their probabilities, so one very heated sentence
# still weighs by its strength. Ninth session, chosen by article-grouped cross-validation on
# BABE (tools/tone_article_cv.py; docs/benchmarks.md, "Article-level tone (ninth session)").
MIN_TOP_UNITS = 4
# Out-of-domain articles (ninth session): BABE, on which the model is fitted, is political copy,
# and there a word it never saw is often the loaded one (a coinage, a metaphor). An article in
# which more than OOD_UNSEEN_SHARE of the content words are words BABE never saw is outside
# that domain (a bakery, a cave survey): there such words are its topic, so it is scored by
# ``ToneModel.out_of_domain`` (every unattested word priced as BABE's plain words). The line
# is about the 95th percentile of that share in political news leads (AllSides train, leads of
# at least OOD_MIN_WORDS content words). Shorter texts are never switched: the share of a few
# dozen words says too little (with 20, some of BABE's longer items were switched in
# cross-validation and evidence recall fell a point; docs/benchmarks.md), and a sentence, as
# sentence_loadedness and the BABE benchmark score it, is always read in BABE's domain.
OOD_UNSEEN_SHARE = 0.125
OOD_MIN_WORDS = 40
# The switch is a ramp, not a line (tenth session): within OOD_RAMP of OOD_UNSEEN_SHARE an
# article's unit logits are a blend of the two models', weighted by where its share lies. A
# hard line made two near-identical articles either side of it score far apart (a plain
# report at 12.4 % unseen words scored as political copy, at 12.6 % as out of domain), and a
# share of 40-200 words is itself noisy by a few points. Outside the ramp nothing changed.
OOD_RAMP = 0.025
EVIDENCE_SENTENCES = 6  # the evidence (5 phrases at most) comes from the top sentences...
EXTRA_EVIDENCE_SENTENCES = 2  # ... and a couple more loaded ones
# Headline sensationalism the sentence model (fitted on body sentences) cannot see.
# Hand-set logit bumps, documented in docs/tone.md.
CLICKBAIT_BUMP = 1.0
HEADLINE_EXCLAIM_BUMP = 0.5
HEADLINE_CAPS_BUMP = 0.4
# How far the most heated article pulls the story's score above the mean.
MAX_PULL = 0.15
# Weight of each genre in a story's coverage tone. Opinion is heated by design: it is left
# out when there is anything else, and used (equally weighted) when it is all there is.
GENRE_WEIGHT = {"news": 1.0, "analysis": 0.7, "opinion": 0.25}


# Synthesis re-scores the candidate sentences of a story's articles each time the story
# changes: the working set is the live window (about 1.2 sentences per article; ~5,000 in
# the 200-outlet soak). Each entry costs an estimated 1 KB (the sentence is the key), so 65,536
# entries let a long-running job grow by ~65 MB over weeks; 16,384 holds the working set
# several times over (a miss only costs one fast scoring pass).
LOADEDNESS_CACHE_SIZE = 16_384


@lru_cache(maxsize=LOADEDNESS_CACHE_SIZE)
def _cached_loadedness(text: str) -> tuple[float, tuple[str, ...]]:
    p, ev, _z = default_model().score(text)
    return p, ev


def sentence_loadedness(text: str) -> tuple[float, tuple[str, ...]]:
    """0..1 loaded-language score of one sentence, and the phrases that raised it.

    Fast (a regex pass and dictionary look-ups) and memoised, for the synthesis stage.
    """
    if not text or not text.strip():
        return 0.0, ()
    return _cached_loadedness(text)


def _headline_bump(title: str) -> tuple[float, list[tuple[float, str]]]:
    bump, ev = 0.0, []
    m = cues.CLICKBAIT.search(title)
    if m:
        bump += CLICKBAIT_BUMP
        ev.append((CLICKBAIT_BUMP, m.group().strip()))
    if "!" in title:
        bump += HEADLINE_EXCLAIM_BUMP
        ev.append((HEADLINE_EXCLAIM_BUMP, "!"))
    caps = [t.raw for t in tokenize(title) if len(t.raw) > 3 and t.raw.isupper() and t.raw.isalpha()]
    if caps and len(caps) < max(2, len(title.split()) // 2):  # an all-caps headline is a style, not a shout
        bump += HEADLINE_CAPS_BUMP
        ev.append((HEADLINE_CAPS_BUMP, caps[0]))
    return bump, ev


def _is_threat(phrase: str) -> bool:
    return any(t.norm in cues.THREAT for t in tokenize(phrase))


# Rescores the most loaded units of an article: ``[(lexical logit, text)] -> [logit]``.
# The optional dense head (``dense_tone``) plugs in here; evidence stays lexical.
Rescorer = Callable[[Sequence[tuple[float, str]]], Sequence[float]]
# How many of an article's units a rescorer sees: the candidates for its top quarter.
RESCORE_MAX = 8


def top_units(n: int) -> int:
    """How many of an article's ``n`` units (most loaded first) its score averages."""
    return max(1, min(n, max(MIN_TOP_UNITS, math.ceil(n * TOP_SHARE))))


def ood_weight(model: ToneModel, article: Article) -> float:
    """How far ``article`` lies outside the domain of the model's training copy, 0..1: 0 below
    ``OOD_UNSEEN_SHARE - OOD_RAMP`` of unseen content words (or with fewer than
    ``OOD_MIN_WORDS``), 1 above ``OOD_UNSEEN_SHARE + OOD_RAMP``, linear between."""
    n, unseen = model.unseen_counts(article.title + "\n" + article.text)
    if n < OOD_MIN_WORDS:
        return 0.0
    return min(1.0, max(0.0, (unseen / n - OOD_UNSEEN_SHARE + OOD_RAMP) / (2 * OOD_RAMP)))


def out_of_domain(model: ToneModel, article: Article) -> bool:
    """Is ``article`` mostly outside the model's domain (``ood_weight`` at least one half)?"""
    return ood_weight(model, article) >= 0.5


def _unit_scorer(model: ToneModel, article: Article) -> tuple[Callable[[str], float], ToneModel]:
    """The article's unit logit (``ood_weight``'s blend of the two models) and the model that
    explains its evidence (the one weighing more)."""
    w = ood_weight(model, article)
    ood = model.out_of_domain() if w > 0.0 else None
    if ood is None:
        return model.fast_logit, model
    if w >= 1.0:
        return ood.fast_logit, ood
    near, far = model.fast_logit, ood.fast_logit
    return (lambda text: (1.0 - w) * near(text) + w * far(text)), (ood if w >= 0.5 else model)


def article_tone(article: Article, model: ToneModel | None = None, rescore: Rescorer | None = None) -> Tone:
    """Tone of one article: the mean logit of its most loaded quarter of units (the headline and
    the sentences), and of at least ``MIN_TOP_UNITS`` of them (``top_units``); in a text of at
    most ``MIN_TOP_UNITS`` units, at least the headline's own score."""
    logit, m = _unit_scorer(model or default_model(), article)
    # (logit, text, extra headline evidence) per unit
    units: list[tuple[float, str, list[tuple[float, str]]]] = []
    title = article.title.strip()
    head_ev: list[tuple[float, str]] | None = None  # the headline unit's list (found by identity)
    if title:
        bump, head_ev = _headline_bump(title)
        units.append((logit(title) + bump, title, head_ev))
    for sent in split_sentences(article.text):
        units.append((logit(sent), sent, []))
    if not units:
        return Tone(label=label_for(0.0), score=0.0, evidence=())
    units.sort(key=lambda x: -x[0])
    k = top_units(len(units))
    if rescore is not None:
        n_re = min(len(units), max(k, RESCORE_MAX))
        new = rescore([(z, t) for z, t, _h in units[:n_re]])
        units[:n_re] = [(z2, t, h) for z2, (_z, t, h) in zip(new, units[:n_re], strict=True)]
        units.sort(key=lambda x: -x[0])
    scored = [(sigmoid(z), t, h) for z, t, h in units]
    score = sigmoid(sum(z for z, _t, _h in units[:k]) / k)
    if head_ev is not None and len(units) <= MIN_TOP_UNITS:
        # A short text (a headline and a lead of up to three sentences) is scored by the mean
        # of all its units, and there a loaded headline would drown in its plain lead: every
        # reader sees the headline, and outlets put their heat there (ninth session; on the
        # AllSides train split, outlets' title + lead score above the editors' neutral headline
        # + summary in 51.9 % of pairs without this rule, 59.4 % with it; docs/benchmarks.md).
        score = max(score, sigmoid(next(z for z, _t, h in units if h is head_ev)))
    # The evidence is what drove the score: the phrases of the sentences that set it, and of
    # a few more loaded ones (bounded: explaining a sentence costs a full featurisation).
    n_top = min(k, EVIDENCE_SENTENCES)
    explain = scored[:n_top] + [x for x in scored[n_top : n_top + EXTRA_EVIDENCE_SENTENCES] if x[0] >= 0.5]
    if len(scored) > 1:
        # A unit the model itself finds Neutral testifies to nothing: its top phrases are just
        # its least calm words ("typical", "six-hour"; seventh session, full articles), so a
        # plain article shows its label without evidence, as a calm story does. A one-unit
        # text keeps them: there the label and the phrases are one judgement of one sentence.
        explain = [x for x in explain if x[0] >= MEASURED_FROM]
        if score < MEASURED_FROM:
            # Nor does a Neutral article (ninth session): since its score averages several
            # units, one warm sentence no longer sets the label ("a flock of forty hens" in a
            # plain four-sentence report), and its phrases would explain a label they did not drive.
            explain = []
    evidence = _merge_evidence(
        [(p, m.scored_evidence(m.features(t), mark_quoted=True) + hev) for p, t, hev in explain]
    )
    return Tone(label=label_for(score, _threat_share(evidence)), score=score, evidence=evidence)


def _bare(phrase: str) -> str:
    """``phrase`` lower-cased without the quoted mark: the same words, quoted or not."""
    return phrase.lower().removesuffix(QUOTED)


def _prefer_own_voice(a: str, b: str) -> str:
    # The same phrase quoted somewhere and in the outlet's own voice elsewhere: the outlet
    # used it, so it is shown without the quoted mark.
    return a if not a.endswith(QUOTED) else b


def _merge_evidence(parts: Sequence[tuple[float, Sequence[tuple[float, str]]]]) -> tuple[str, ...]:
    """Rank phrases by how much they pushed up how loaded a unit was; de-duplicate."""
    best: dict[str, tuple[float, str]] = {}
    for weight, ev in parts:
        for c, phrase in ev:
            key = _bare(phrase)
            val = c * weight
            if key in best:
                old_val, old_phrase = best[key]
                val += old_val * 0.5  # repeated use is more telling, with diminishing weight
                if old_phrase.endswith(QUOTED) != phrase.endswith(QUOTED):
                    phrase = _prefer_own_voice(old_phrase, phrase)
                elif val <= old_val:
                    phrase = old_phrase
                val = max(val, old_val)
            best[key] = (val, phrase)
    ranked = sorted(best.values(), key=lambda x: -x[0])
    out: list[str] = []
    for _v, phrase in ranked:
        low = _bare(phrase)
        if any(low in _bare(o) or _bare(o) in low for o in out):
            continue
        out.append(phrase)
        if len(out) >= MAX_EVIDENCE:
            break
    return tuple(out)


def _threat_share(evidence: Sequence[str]) -> float:
    if not evidence:
        return 0.0
    return sum(1 for e in evidence if _is_threat(e)) / len(evidence)


LOADED = 0.5  # the decision threshold of an article's tone score (see docs/tone.md)


def story_tone(items: Sequence[tuple[Article, Analysis]]) -> Tone:
    """Tone of a story's coverage: how heated the outlets' language is, not the event.

    A genre-weighted mean of the articles' scores, pulled a little toward the most heated outlet
    (one shouting outlet does make coverage heated, but less than all of them shouting).
    Evidence: phrases from the loaded articles (score >= 0.5), most telling first (the more
    outlets and the more heated the article using a phrase, the higher), de-duplicated, at
    most five; none when no article is loaded.
    """
    if not items:
        return Tone(label=label_for(0.0), score=0.0, evidence=())
    news_like = [(a, an) for a, an in items if an.genre != "opinion"]
    pool = news_like or list(items)
    weights = [GENRE_WEIGHT.get(an.genre, 1.0) for _a, an in pool]
    scores = [an.tone.score for _a, an in pool]
    wsum = sum(weights)
    mean = sum(w * s for w, s in zip(weights, scores, strict=True)) / wsum
    score = (1 - MAX_PULL) * mean + MAX_PULL * max(scores)
    counts: dict[str, float] = {}
    shown: dict[str, str] = {}
    for (_a, an), w in zip(pool, weights, strict=True):
        # Only articles judged loaded (score >= 0.5) testify: the top phrases of a calm article
        # are merely its least calm words ("tidal", "underwater"), and showing them to readers
        # as the reason for a label would explain nothing.
        if an.tone.score < LOADED:
            continue
        for rank, phrase in enumerate(an.tone.evidence):
            key = _bare(phrase)
            counts[key] = counts.get(key, 0.0) + w * an.tone.score / (1 + rank)
            shown[key] = _prefer_own_voice(shown.get(key, phrase), phrase)
    ranked = sorted(counts, key=lambda k: -counts[k])
    evidence: list[str] = []
    for key in ranked:
        if any(key in _bare(e) or _bare(e) in key for e in evidence):
            continue
        evidence.append(shown[key])
        if len(evidence) >= MAX_EVIDENCE:
            break
    ev = tuple(evidence)
    return Tone(label=label_for(score, _threat_share(ev)), score=score, evidence=ev)
