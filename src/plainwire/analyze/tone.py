"""Tone of a sentence, an article and a story's coverage, with the phrases that drove it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from plainwire.analyze import cues, events, fixedterms
from plainwire.analyze import model as model_mod
from plainwire.analyze.features import SentenceFeatures
from plainwire.analyze.labels import MEASURED_FROM, UNRATED, label_for
from plainwire.analyze.model import QUOTED, ToneModel, default_model, sigmoid
from plainwire.analyze.text import Token, split_sentences, tokenize
from plainwire.models import OUTLETS_NOTE_PREFIX, Analysis, Article, Tone, is_outlets_note

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
# Subheads of a long read are not scored (``body_units``; eleventh session).
SUBHEAD_MIN_LINES = 8
SUBHEAD_MAX_WORDS = 10
_SENTENCE_ENDS = (".", "!", ";", ":", ",", '"', "'", "”", "’", "…", ")")
# Evidence floor of a text of several units (eleventh session): a phrase is shown, and lets its
# unit count above the loaded-language line (WEAK_UNIT_CAP, a logit: 0 = score 0.5), only if it
# raised its unit's logit by at least EVIDENCE_FLOOR[0] or holds a word whose per-word
# probability of being marked by BABE's experts is at least EVIDENCE_FLOOR[1] (the sentence
# rule, ``ToneModel.evidence_min`` / ``evidence_prob``, is 0.35 / 0.17). Headline cues (the
# clickbait form, shouted words, "!") always pass: they are set by hand, not guessed. Chosen by
# cross-validation on BABE (docs/benchmarks.md, "Evidence and long articles (eleventh session)").
EVIDENCE_FLOOR = (1.0, 0.2)
WEAK_UNIT_CAP: float | None = 0.0
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
# The story label follows the bulk of the coverage (eleventh session): while loaded articles
# carry less than MAJORITY of its weight, the story's score stays in the Measured band.
MAJORITY = 0.5
MINORITY_MAX = 0.499
MAX_OUTLETS_NAMED = 3
# Thirteenth session (issue 6): in an article, event words reported plainly ("wrecked", "blast",
# "faulty") add no heat (``_unheat_events``; ``plainwire.analyze.events``). A switch for the benches.
EVENT_WORDS_PLAIN = True
# Fifteenth session (issue 6): in an article (a text of several units), a loaded-looking word
# inside a fixed term or name ("giant slalom", "killer whale", "the Iron Lady") adds no heat
# and is no evidence (``plainwire.analyze.fixedterms``; ``_without_fixed``). Not in a single
# sentence: on BABE's political sentences the terms are mostly metaphors its experts marked
# ("battering rams", "concentration camps"), and applying it there cost 0.002 macro F1 and 0.3
# points of evidence recall (docs/benchmarks.md). A switch for the benches.
FIXED_TERMS_PLAIN = True


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


def _without_fixed(
    f: SentenceFeatures, contrib: list[float], idx: set[int]
) -> tuple[float, SentenceFeatures, list[float]]:
    """``(push, features, contributions)`` of a unit with its fixed-term tokens ``idx`` taken out.

    ``idx``: ``fixedterms.fixed_tokens(f.tokens)`` ("giant" in "giant slalom"). ``push``: their
    positive logit share, to subtract from the unit's logit; the features and contributions
    returned give those tokens no positive contribution and no per-word probability, so they
    are never evidence, alone or inside a phrase.
    """
    if not idx:
        return 0.0, f, contrib
    push = sum(max(0.0, contrib[i]) for i in idx)
    contrib = [min(c, 0.0) if i in idx else c for i, c in enumerate(contrib)]
    if f.word_probs:
        f = replace(f, word_probs=[0.0 if i in idx else p for i, p in enumerate(f.word_probs)])
    return push, f, contrib


def sentence_loadedness(text: str) -> tuple[float, tuple[str, ...]]:
    """0..1 loaded-language score of one sentence, and the phrases that raised it.

    Fast (a regex pass and dictionary look-ups) and memoised, for the synthesis stage.
    """
    if not text or not text.strip():
        return 0.0, ()
    return _cached_loadedness(text)


def _headline_bump(title: str) -> tuple[float, list[tuple[float, str]]]:
    """Logit bump for headline sensationalism, and the evidence items that explain it.

    The items are what a reader can find in the headline (eleventh session): the clickbait
    form, the shouted words ("DUNMORE THE HERO", "FARE RIP-OFF") and the words an exclamation
    mark closes ("DUNMORE THE HERO!"), not a bare "!" or one capitalised word out of its run."""
    bump, ev = 0.0, []
    m = cues.CLICKBAIT.search(title)
    if m:
        bump += CLICKBAIT_BUMP
        ev.append((CLICKBAIT_BUMP, m.group().strip()))
    if "!" in title:
        bump += HEADLINE_EXCLAIM_BUMP
        ev.append((HEADLINE_EXCLAIM_BUMP, _exclaimed(title)))
    caps = [t.raw for t in tokenize(title) if len(t.raw) > 3 and t.raw.isupper() and t.raw.isalpha()]
    if caps and len(caps) < max(2, len(title.split()) // 2):  # an all-caps headline is a style, not a shout
        bump += HEADLINE_CAPS_BUMP
        ev.append((HEADLINE_CAPS_BUMP, _shouted(title, caps[0])))
    return bump, ev


# A word of a shouted run: capitals (and hyphens, apostrophes, digits), at least one letter.
_SHOUT_WORD = re.compile(r"[A-Z0-9][A-Z0-9'’-]*[A-Z][A-Z0-9'’-]*|[A-Z]")
_CLAUSE_BREAK = re.compile(r"[.:;!?|\u2013\u2014]|\s-\s")
EXCLAIMED_MAX_WORDS = 6  # the words shown before a "!": a phrase, not the whole headline


def _shouted(title: str, word: str) -> str:
    """The run of all-caps words around ``word`` in ``title`` ("FARE RIP-OFF")."""
    words = title.split()
    core = [w.strip(".,:;!?\"'“”‘’()") for w in words]
    i = next((j for j, w in enumerate(core) if w == word), None)
    if i is None:
        return word
    shout = [bool(w) and _SHOUT_WORD.fullmatch(w) is not None for w in core]
    a = b = i
    while a > 0 and shout[a - 1] and not _CLAUSE_BREAK.search(words[a - 1][-1:]):
        a -= 1
    while b + 1 < len(words) and shout[b + 1] and not _CLAUSE_BREAK.search(words[b][-1:]):
        b += 1
    return " ".join(core[a : b + 1])


def _exclaimed(title: str) -> str:
    """The words an exclamation mark in ``title`` closes, with the mark ("DUNMORE THE HERO!")."""
    head = title[: title.index("!")]
    clause = _CLAUSE_BREAK.split(head)[-1].split()
    return " ".join(clause[-EXCLAIMED_MAX_WORDS:]) + "!" if clause else "!"


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


def body_units(text: str) -> list[str]:
    """The sentences of ``text`` that are scored, without the subheads of a long read.

    A subhead ("How did we get here?", "Who is affected?") is a signpost, not a sentence
    the outlet reports in: the sentence model was fitted on body sentences, and a short
    question on a line of its own scores warm on its question mark and brevity alone (the
    audit newsroom's 40-paragraph bridge explainer had four such subheads among its eight
    warmest units; eleventh session). A line is a subhead when the text has at least
    ``SUBHEAD_MIN_LINES`` lines and it has at most ``SUBHEAD_MAX_WORDS`` words and does not
    end as a sentence or a quotation does (a question mark or no end mark at all).
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < SUBHEAD_MIN_LINES:
        return split_sentences(text)
    kept = [ln for ln in lines if not _is_subhead(ln)]
    return split_sentences("\n".join(kept))


def _is_subhead(line: str) -> bool:
    return len(line.split()) <= SUBHEAD_MAX_WORDS and not line.endswith(_SENTENCE_ENDS)


Unit = tuple[float, str, list[tuple[float, str]]]


class _FullReads:
    """The full readings of an article's units by its evidence model, each made at most once.

    A unit's features and per-token contributions (a featurisation and an attribution pass,
    the costly part of explaining a unit) are read by the event-words rule and again by the
    evidence and the evidence floor of the same units: before the fourteenth session each
    read them anew (+8.8 % instructions per 600-word article, docs/benchmarks.md, "Hot-path
    repeats and furniture tables (fourteenth session)"). Lives for one ``article_tone`` call.

    Fifteenth session: the readings are those without the unit's fixed terms and names
    (``_without_fixed``); ``fixed_push`` is what they took out of the unit's logit.
    """

    __slots__ = ("_contrib", "_features", "_fixed", "_idx", "_model", "_push", "_tokens")

    def __init__(self, model: ToneModel, fixed: bool = False) -> None:
        self._model = model
        self._fixed = fixed  # take fixed terms and names out (an article of several units)
        self._features: dict[str, SentenceFeatures] = {}
        self._contrib: dict[str, list[float]] = {}
        self._push: dict[str, float] = {}
        self._idx: dict[str, set[int]] = {}  # unit -> its fixed-term tokens, once looked for
        self._tokens: dict[str, list[Token]] = {}  # unit -> its tokens, until its full read

    def _fixed_idx(self, text: str, toks: list[Token] | None = None) -> set[int]:
        """The unit's fixed-term and name tokens (none when it holds no word that can start one)."""
        idx = self._idx.get(text)
        if idx is None:
            idx = set()
            if self._fixed and fixedterms.has_candidate(text):
                if toks is None:  # kept for the unit's full read, if it comes
                    toks = self._tokens[text] = tokenize(text)
                idx = fixedterms.fixed_tokens(toks)
            self._idx[text] = idx
        return idx

    def _read(self, text: str) -> None:
        # the unit's logit is known (``fast_logit``): only its attribution is read here
        m = self._model
        toks = self._tokens.pop(text, None)
        if toks is None:
            f = m.features(text, word_features=False)
        else:
            # ``m.features`` with the tokens the fixed-term test made (through the model
            # module's name, as ``ToneModel.features`` calls it)
            f = model_mod.featurize(text, m.lex, m.quote_factor, tokens=toks, word_features=False)
        c = m.token_contributions(f)
        push, f, c = _without_fixed(f, c, self._fixed_idx(text, f.tokens))
        self._features[text], self._contrib[text], self._push[text] = f, c, push

    def features(self, text: str) -> SentenceFeatures:
        f = self._features.get(text)
        if f is None:
            self._read(text)
            f = self._features[text]
        return f

    def contributions(self, text: str) -> list[float]:
        """``ToneModel.token_contributions`` of the unit's features."""
        c = self._contrib.get(text)
        if c is None:
            self._read(text)
            c = self._contrib[text]
        return c

    def fixed_push(self, text: str) -> float:
        """The positive logit share of the unit's fixed-term and name tokens.

        Without reading the unit in full when it holds none (0.0): the words that can start a
        term are common ("the", "new", "week" start WordNet terms), so most top units hold
        one, but few hold a term; tokenising and matching is a fraction of a featurisation
        and an attribution pass (docs/benchmarks.md, "Fixed-term cost (fifteenth session)").
        """
        if text not in self._push:
            if not self._fixed_idx(text):
                return 0.0
            self._read(text)
        return self._push[text]


def _unheat_events(
    m: ToneModel,
    units: list[Unit],
    depth: int,
    reported: dict[str, frozenset[str]],
    reads: _FullReads | None = None,
    fixed_terms: bool = False,
    event_words: bool = True,
) -> list[Unit]:
    """``units`` (most loaded first) with the push of plainly reported event words taken out
    of the logits of the top ``depth`` of them; ``reported`` gets each changed unit's words.

    A calm report of a grim event must use the event's words ("wrecked", "blast", "faulty"), and
    the BABE-fitted weights read some of them as heat (``plainwire.analyze.events``). In a
    sentence without a sensational frame or an exclamation mark, the positive logit share of
    each such word (``ToneModel.token_contributions``: its word weights and its share of the
    dense features) is subtracted. Lazily: only units that reach the top ``depth`` are looked
    at (a unit's logit only goes down), and only those with an event word are read in full,
    through ``reads`` (``m``'s readings, kept for the evidence of the same units).

    Fifteenth session, ``fixed_terms``: the push of the unit's fixed terms and names ("giant
    slalom", "killer whale"; ``_without_fixed``, read through ``reads``, which must take them
    out) is taken out too, whatever the sentence's frame; ``event_words=False`` leaves the
    event words alone (``EVENT_WORDS_PLAIN`` off).
    """
    reads = reads if reads is not None else _FullReads(m)
    checked: set[str] = set()
    units = list(units)
    while True:
        todo = next((i for i in range(min(depth, len(units))) if units[i][1] not in checked), None)
        if todo is None:
            return units
        z, t, h = units[todo]
        checked.add(t)
        push = reads.fixed_push(t) if fixed_terms else 0.0
        if event_words and "!" not in t and events.has_event_word(t):
            toks = reads.features(t).tokens
            idx = events.neutral_event_tokens(toks)
            if idx:
                contrib = reads.contributions(t)  # fixed-term tokens' push is out already
                push += sum(max(0.0, contrib[i]) for i in idx)
                reported[t] = frozenset(toks[i].norm for i in idx)
        if push > 0.0:
            units[todo] = (z - push, t, h)
            units.sort(key=lambda x: -x[0])


def article_tone(article: Article, model: ToneModel | None = None, rescore: Rescorer | None = None) -> Tone:
    """Tone of one article: the mean logit of its most loaded quarter of units (the headline and
    the sentences, not the subheads: ``body_units``), and of at least ``MIN_TOP_UNITS`` of them
    (``top_units``); in a text of at most ``MIN_TOP_UNITS`` units, at least the headline's own
    score. In a text of several units, a unit counts above the loaded-language line only with
    a phrase that clears the evidence floor (``WEAK_UNIT_CAP``)."""
    logit, m = _unit_scorer(model or default_model(), article)
    # (logit, text, extra headline evidence) per unit
    units: list[tuple[float, str, list[tuple[float, str]]]] = []
    title = article.title.strip()
    head_ev: list[tuple[float, str]] | None = None  # the headline unit's list (found by identity)
    if title:
        bump, head_ev = _headline_bump(title)
        units.append((logit(title) + bump, title, head_ev))
    for sent in body_units(article.text):
        units.append((logit(sent), sent, []))
    if not units:
        return Tone(label=label_for(0.0), score=0.0, evidence=())
    units.sort(key=lambda x: -x[0])
    k = top_units(len(units))
    multi = len(units) > 1
    # unit text -> the event words it reports plainly (their push is taken out; thirteenth session)
    reported: dict[str, frozenset[str]] = {}
    fixed = multi and FIXED_TERMS_PLAIN
    reads = _FullReads(m, fixed=fixed)
    if multi and (EVENT_WORDS_PLAIN or fixed):
        units = _unheat_events(
            m,
            units,
            max(k, EVIDENCE_SENTENCES + EXTRA_EVIDENCE_SENTENCES),
            reported,
            reads,
            fixed_terms=fixed,
            event_words=EVENT_WORDS_PLAIN,
        )
    if rescore is not None:
        n_re = min(len(units), max(k, RESCORE_MAX))
        new = rescore([(z, t) for z, t, _h in units[:n_re]])
        units[:n_re] = [(z2, t, h) for z2, (_z, t, h) in zip(new, units[:n_re], strict=True)]
        units.sort(key=lambda x: -x[0])
    # unit index -> its phrases (in a text of several units, those that clear the evidence floor)
    phrases: dict[int, list[tuple[float, str]]] = {}

    def explained(i: int) -> list[tuple[float, str]]:
        if i not in phrases:
            _z, t, h = units[i]
            floor = EVIDENCE_FLOOR if multi else None
            ev = m.scored_evidence(
                reads.features(t), mark_quoted=True, floor=floor, contrib=reads.contributions(t)
            )
            plain = reported.get(t)
            if plain:  # an event word reported plainly is not evidence of heat
                ev = [
                    (c, p)
                    for c, p in ev
                    if not all(x.norm in plain for x in tokenize(p.removesuffix(QUOTED)))
                ]
            phrases[i] = ev + h
        return phrases[i]

    if multi and WEAK_UNIT_CAP is not None:
        # A unit above the line on weak cues alone ("fitting", "scour", "happens": none of its
        # phrases clears the evidence floor) counts at the line, no higher. In a long article
        # the top quarter is drawn from a long tail, and plain sentences reach it by chance on
        # such cues; a unit that does carry a phrase worth showing keeps its full weight, so
        # one very heated sentence still counts by its strength (eleventh session).
        capped = False
        # Bounded like the evidence (explaining a unit costs a full featurisation): the units
        # beyond the first few of a long top quarter are in a heated article anyway.
        for i in range(min(k, EVIDENCE_SENTENCES + EXTRA_EVIDENCE_SENTENCES)):
            if units[i][0] <= WEAK_UNIT_CAP:
                break
            if not explained(i):
                units[i] = (WEAK_UNIT_CAP, units[i][1], units[i][2])
                capped = True
        if capped:
            order = sorted(range(len(units)), key=lambda j: -units[j][0])
            units = [units[j] for j in order]
            phrases = {new_i: phrases[old_i] for new_i, old_i in enumerate(order) if old_i in phrases}
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
    explain = list(range(n_top)) + [
        i for i in range(n_top, min(len(scored), n_top + EXTRA_EVIDENCE_SENTENCES)) if scored[i][0] >= 0.5
    ]
    if multi:
        # A unit the model itself finds Neutral testifies to nothing: its top phrases are just
        # its least calm words ("typical", "six-hour"; seventh session, full articles), so a
        # plain article shows its label without evidence, as a calm story does. A one-unit
        # text keeps them: there the label and the phrases are one judgement of one sentence.
        explain = [i for i in explain if scored[i][0] >= MEASURED_FROM]
        if score < MEASURED_FROM:
            # Nor does a Neutral article (ninth session): since its score averages several
            # units, one warm sentence no longer sets the label ("a flock of forty hens" in a
            # plain four-sentence report), and its phrases would explain a label they did not drive.
            explain = []
    # Nor does a phrase below the evidence floor (``explained``; eleventh session): "named",
    # "yet", "species" pushed their sentence up by less than a plain word's share, and a calm
    # Measured article may honestly show none.
    evidence = _merge_evidence([(scored[i][0], explained(i)) for i in explain])
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


def _outlet(article: Article) -> str:
    """The name a reader knows the article's outlet by (its source, site or host)."""
    return article.source.strip() or (article.site or "").strip() or urlsplit(article.url).hostname or ""


def _loaded_outlets_item(loaded: Sequence[Article], pool: Sequence[Article]) -> str:
    """The evidence item naming the outlets whose loaded pieces drove the story's tone
    ("loaded language in 1 of 4 outlets: The Morning Klaxon"); articles when outlets are unnamed."""
    names = list(dict.fromkeys(_outlet(a) for a in loaded))
    total = list(dict.fromkeys(_outlet(a) for a in pool))
    if "" in names or "" in total:
        return f"{OUTLETS_NOTE_PREFIX}{len(loaded)} of {len(pool)} articles"
    shown = ", ".join(names[:MAX_OUTLETS_NAMED])
    if len(names) > MAX_OUTLETS_NAMED:
        shown += f" and {len(names) - MAX_OUTLETS_NAMED} more"
    unit = "outlet" if len(total) == 1 else "outlets"
    return f"{OUTLETS_NOTE_PREFIX}{len(names)} of {len(total)} {unit}: {shown}"


def evidence_phrases(evidence: Sequence[str]) -> tuple[str, ...]:
    """A story's evidence without the item naming the loaded outlets: the phrases alone."""
    return tuple(e for e in evidence if not is_outlets_note(e))


def story_tone(items: Sequence[tuple[Article, Analysis]]) -> Tone:
    """Tone of a story's coverage: how heated the outlets' language is, not the event.

    A genre-weighted mean of the articles' scores, pulled a little toward the most heated outlet
    (one shouting outlet does make coverage heated, but less than all of them shouting). The
    label follows the bulk of the coverage (eleventh session): while loaded articles (score >=
    0.5) carry less than half of its weight, it is Measured at most, and Measured at least;
    the evidence then starts with the outlets whose pieces are loaded, so a reader sees that
    part of the coverage is heated, and by whom. Evidence: that item (whenever an article is
    loaded), then phrases from the loaded articles, most telling first (the more outlets and
    the more heated the article using a phrase, the higher), de-duplicated, five items at
    most; none when no article is loaded.
    """
    if not items:
        return Tone(label=label_for(0.0), score=0.0, evidence=())
    rated = [(a, an) for a, an in items if an.tone.label != UNRATED]
    if not rated:
        return Tone(label=UNRATED, score=0.0, evidence=())
    items = rated
    news_like = [(a, an) for a, an in items if an.genre != "opinion"]
    pool = news_like or list(items)
    weights = [GENRE_WEIGHT.get(an.genre, 1.0) for _a, an in pool]
    scores = [an.tone.score for _a, an in pool]
    wsum = sum(weights)
    mean = sum(w * s for w, s in zip(weights, scores, strict=True)) / wsum
    score = (1 - MAX_PULL) * mean + MAX_PULL * max(scores)
    loaded = [(a, an, w) for (a, an), w in zip(pool, weights, strict=True) if an.tone.score >= LOADED]
    if loaded and sum(w for _a, _an, w in loaded) < MAJORITY * wsum:
        # One tabloid among three calm reports: the coverage is not Charged, but not calm
        # either (the label a reader sees first must fit what most outlets wrote).
        score = min(max(score, MEASURED_FROM), MINORITY_MAX)
    counts: dict[str, float] = {}
    shown: dict[str, str] = {}
    for _a, an, w in loaded:
        # Only articles judged loaded (score >= 0.5) testify: the top phrases of a calm article
        # are merely its least calm words ("tidal", "underwater"), and showing them to readers
        # as the reason for a label would explain nothing.
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
        if len(evidence) >= MAX_EVIDENCE - 1:
            break
    label = label_for(score, _threat_share(evidence))
    if loaded:
        evidence.insert(0, _loaded_outlets_item([a for a, _an, _w in loaded], [a for a, _an in pool]))
    return Tone(label=label, score=score, evidence=tuple(evidence))
