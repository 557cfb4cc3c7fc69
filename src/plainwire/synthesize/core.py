"""``synthesize``: headline, highlights, story, tone, opinions, sources and times of a story.

The orchestration only; each concern is a module (seventeenth session, docs/synthesis.md,
"Code layout"): ``coverage`` (times, analyses, language), ``keptout`` (what never prints),
``readable`` (what stands alone), ``latest`` (key facts, revised counts and statuses),
``printing`` (a sentence as printed), ``bullets`` (the Highlights as printed). The names tools/
and tests/ patch here stay here: ``build_headline``, ``default_weights``, ``pick_highlights``,
``_printable``, ``_stopper``, ``stop_features``, ``default_stop_model``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from plainwire.models import (
    Analysis,
    Article,
    OpinionRef,
    SourceRef,
    StorySentence,
    StorySynthesis,
    Tone,
    is_gallery_article,
)
from plainwire.synthesize import coverage, developing, figures, keyfacts, names, otherlang
from plainwire.synthesize.attribution import claim
from plainwire.synthesize.bullets import SHORT_STORY, beyond_headline, not_repeating, reworded
from plainwire.synthesize.coverage import loadedness_fn as _loadedness_fn
from plainwire.synthesize.coverage import majority_language, unread
from plainwire.synthesize.gist import gist
from plainwire.synthesize.headline import build_headline, choose_headline
from plainwire.synthesize.highlights import (
    OPENING,
    coverage_people,
    names_person_fn,
    pick_highlights,
    restates_fn,
    same_fact_fn,
)
from plainwire.synthesize.keptout import kept_out
from plainwire.synthesize.latest import fresh_titles, key_facts, revised
from plainwire.synthesize.meaning import Meaning
from plainwire.synthesize.opening import introduce_first, speaker_first
from plainwire.synthesize.pool import POOL_CAP, Pool, build_pool, story_features
from plainwire.synthesize.printing import story_sentence
from plainwire.synthesize.readable import named_speakers, resolved
from plainwire.synthesize.readable import previous as _previous
from plainwire.synthesize.readable import printable as _printable
from plainwire.synthesize.restate import Restater
from plainwire.synthesize.select import FEATURES, Redundancy, Scored, default_weights, mmr, score_pool
from plainwire.synthesize.standalone import leans_back
from plainwire.synthesize.stop import containment, walk, walk_features
from plainwire.synthesize.stop import default_model as default_stop_model

log = logging.getLogger(__name__)

MIN_STORY_WORDS = 120
MAX_STORY_WORDS = 300
# Chosen on train stories 2100-2451 (not fitted; see docs/synthesis.md): the editors' summaries
# grow with the coverage (correlation 0.50 between summary and source length on train).
LENGTH_RATIO = 0.4
LENGTH_MIN = 40
HEADLINE_SENTENCES = 5  # top story sentences offered to the headline builder
# Highlights may name the person a "He"/"She" opening points to (``readable.resolved``; ninth session).
RESOLVE_PRONOUNS = True
# A Story sentence opening on a pronoun is printed right after the sentence before it in its own
# article, or not at all (``stop.walk``'s ``after``; twelfth session).
FOLLOW_ANTECEDENT = True
# A speaker named only by a pronoun ('..., she said.') is named by the one person the sentence
# before it in its article names (``readable.named_speakers``; thirteenth session); else the
# sentence is printed right after that one, or not at all (``standalone.leans_back``).
NAME_SPEAKERS = True


def _wc(text: str) -> int:
    return len(text.split())


# The learned stopping rule (stop.py) was fitted on Stories of at most 75 words (story_bench's
# --max-words 75); for longer Stories the score bar (select.Weights.min_score) decides.
STOP_MODEL_MAX_LIMIT = 100


def stop_features(
    scored: Sequence[Scored],
    pl: Pool,
    limit: int,
    printed: Callable[[int], StorySentence],
    loadedness: Callable[[str], float],
) -> Callable[[int, list[int], int], np.ndarray]:
    """``stop.STOP_FEATURES`` of candidate ``i`` when ``picked`` (``total`` words) are printed
    (also used by tools/synth_stop_fit.py, so the model is fitted on exactly these rows)."""
    xs = np.hstack([pl.x, story_features(pl, loadedness)])

    def f(i: int, picked: list[int], total: int) -> np.ndarray:
        said: set[str] = set().union(*(pl.stems[j] for j in picked))
        return walk_features(
            xs[i],
            scored[i].score,
            picked,
            total,
            _wc(printed(i).text),
            limit,
            containment(pl.stems[i], said),
            pl.sim[i],
        )

    return f


def _stopper(
    scored: Sequence[Scored],
    pl: Pool,
    limit: int,
    max_words: int | None,
    printed: Callable[[int], StorySentence],
    bar: float,
    loadedness: Callable[[str], float],
) -> Callable[[int, list[int], int], bool]:
    """When the Story walk ends: at the learned rule's "not worth its words", else at the score bar."""
    model = default_stop_model() if max_words is not None and limit <= STOP_MODEL_MAX_LIMIT else None
    if model is None:
        return lambda i, picked, total: scored[i].score < bar
    f = stop_features(scored, pl, limit, printed, loadedness)
    return lambda i, picked, total: model.stops(f(i, picked, total))


def synthesize(
    story_id: str,
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis] | None = None,
    *,
    max_words: int | None = None,
    headline: str | None = None,
) -> StorySynthesis:
    """Write the synthesized parts of story ``story_id`` from its articles (see docs/synthesis.md).

    ``headline``: how the headline is made (the ``headline`` setting: "title", "clause",
    "joint" or "learned"; ``None`` = ``headline.STRATEGY``).
    """
    from plainwire.analyze import story_tone

    notes: list[str] = []
    arts = list(articles)
    sources = tuple(SourceRef(a.source, a.title, a.url, a.id, a.published) for a in arts)
    published, updated = coverage.times(arts)
    if not arts:
        return StorySynthesis(
            story_id,
            "",
            (),
            (),
            Tone("neutral", 0.0),
            sources=(),
            notes=("no articles: nothing to synthesize",),
        )
    an = coverage.analyses(arts, analyses, notes)
    try:
        tone = story_tone([(a, an[a.id]) for a in arts])
    except Exception as exc:  # the tone is one part of the page; the rest must still be written
        log.warning("story_tone failed for %s: %s", story_id, exc)
        notes.append(f"story tone unavailable ({exc})")
        tone = Tone("unknown", 0.0)
    news = [a for a in arts if an[a.id].genre == "news"]
    opin = [a for a in arts if an[a.id].genre != "news"]
    language, same_language, lang_note = majority_language(news, an)
    if lang_note:
        notes.append(lang_note)
        # a figure only an other-language report gives: quoted, not translated (otherlang.py)
        ids = {a.id for a in same_language}
        others = [(a, (an[a.id].language or a.language or "").split("-")[0]) for a in news if a.id not in ids]
        newest = max((t for a in same_language if (t := coverage.as_of(a)) is not None), default=None)
        notes.extend(otherlang.only_there(others, (f"{a.title}\n{a.text}" for a in same_language), newest))
    news = same_language
    galleries = [a for a in news if is_gallery_article(a.schema_type)]
    if galleries and len(galleries) < len(news):
        # A photo gallery's captions and credits are no report to quote; it stays a source.
        news = [a for a in news if not is_gallery_article(a.schema_type)]
        n = len(galleries)
        notes.append(f"{n} photo galler{'y' if n == 1 else 'ies'} listed among the sources, not quoted")
    opinions = tuple(
        OpinionRef(a.title, a.source, a.url, gist(a, an[a.id].language or a.language), a.id, an[a.id].genre)
        for a in opin
    )
    loaded = _loadedness_fn()
    if news and all(an[a.id].tone.label.lower() in ("unknown", "unrated") for a in news):
        # The loadedness lexicon reads English only (analyze.api._tone_reads): on a Danish or
        # Polish report its function words ("har", "fordi") scored as Charged, so every fact
        # sentence was kept out and the Story printed only furniture (sixteenth session).
        loaded = unread
    # a surname one outlet misspells is printed as most outlets spell it (names.py, fourteenth
    # session); every article of the story counts, in any language and genre: a name is a name
    fixes = names.spelling_fixes((a.source, f"{a.title}\n{a.text}") for a in arts) if names.ENABLED else {}

    def respelt(parts: Sequence[StorySentence]) -> tuple[StorySentence, ...]:
        return tuple(replace(p, text=names.respell(p.text, fixes)) if fixes else p for p in parts)

    def result(headline: str, highlights=(), story=()) -> StorySynthesis:
        return StorySynthesis(
            story_id=story_id,
            headline=names.respell(headline, fixes),
            highlights=respelt(highlights),
            story=respelt(story),
            tone=tone,
            opinions=opinions,
            sources=sources,
            published=published,
            updated=updated,
            notes=tuple(notes),
        )

    if not news:
        notes.append(f"only opinion/analysis pieces ({len(opin)}): no Story or Highlights; see Opinions")
        titles = [a.title for a in opin]
        head = choose_headline(titles, np.zeros(len(titles)), loaded) if titles else ""
        return result(head)

    # ---- sentence pool (news articles only) --------------------------------------------------
    pl = build_pool(news, language, loaded)
    pool, titles = pl.sentences, pl.titles
    if pl.capped and len(news) * pl.per_article >= POOL_CAP:
        notes.append(
            f"{len(news)} news articles: only the first {pl.per_article} sentences of each were considered"
        )
    if not pool:
        notes.append("the news articles have no usable sentences (empty or very short bodies): no Story")
        return result(choose_headline(titles, np.zeros(len(titles)), loaded))
    weights = default_weights()
    scored = score_pool(pool, pl.x, weights)
    charged, titles, gone = kept_out(pl, news, an, titles, loaded)
    if charged.all():
        notes.append("every sentence of the coverage uses loaded language: the Story quotes it as reported")
    else:
        scored = [replace(sc, score=sc.score - 1e6) if charged[sc.index] else sc for sc in scored]
    meaning = Meaning(pl.claims)
    pool_texts = [s.text for s in pool]
    restater = Restater(pool_texts, pl.claims, pl.article_of, meaning)  # one cache of terms
    # The Story's redundancy test, kept: the Highlights ask it too (``repeats`` below), and its
    # cache already holds the pairs the Story judged.
    story_red = Redundancy(pl.stems, meaning, restater, texts=pool_texts)
    order = mmr(
        scored, pl.stems, k=len(scored), weights=weights, meaning=meaning, restater=restater, red=story_red
    )
    if not charged.all():
        order = [i for i in order if not charged[i]]
    elif gone:
        order = [i for i in order if i not in gone]
    # Sentences that cannot be read outside their article (docs/synthesis.md, "Pipeline" 5):
    # pieces of a quotation, cut-off sentences, the writer's first person; a pronoun opening
    # only after the sentence its pronoun points to. Kept only when nothing else is left.
    ranked_all = order
    named = named_speakers(pl) if NAME_SPEAKERS else {}
    printable = _printable(order, pl, named)
    if printable:
        order = printable
    # key facts near the top (keyfacts.py, twelfth session): the newest development, casualties,
    # the other side of a dispute
    key: set[int] = set()
    if keyfacts.ENABLED:
        order, key = key_facts(order, pl, news, charged)
    # counts a later article revised (developing.py, thirteenth session): the newest count first,
    # the stale one cut back or left out (the headline too)
    cut: dict[int, str] = {}
    dropped: set[int] = set()
    if developing.ENABLED and len(news) > 1:
        order, moved, rev = revised(order, ranked_all, pl, news, charged)
        key |= moved
        cut, dropped = rev.cut, rev.dropped
        if (rev.stale_titles or rev.moved_on) and len(rev.stale_titles) < len(titles):
            titles = fresh_titles(titles, rev, pl, news, loaded)
    # the reader learns who speaks before a quotation: not '"...," she said' first
    order = speaker_first(order, lambda i: pool[i].text)
    # the first sentence introduces the event ("A brush fire ..."), not "The fire has burned ..."
    order = introduce_first(order, lambda i: pool[i].text)
    support_col = pl.x[:, FEATURES.index("support")]
    head, _ = build_headline(
        titles,
        pl.title_support,
        loaded,
        [(pool[i].text, float(support_col[i])) for i in order[:HEADLINE_SENTENCES]],
        strategy=headline,
        title_own=pl.title_own,
    )

    # ---- story: inverted pyramid, most important first, whole sentences only ------------------
    # The Story's length follows how much the coverage says: LENGTH_RATIO of the distinct pool
    # words, 120-300 words without max_words, at least LENGTH_MIN and at most max_words with it.
    # It reaches its floor whenever the coverage allows; beyond, only sentences that clear the
    # score bar extend it. A sentence that does not fit is skipped: a shorter one may fit.
    wanted = LENGTH_RATIO * sum(_wc(s.text) for s in pool)
    if max_words is None:
        hard = MAX_STORY_WORDS
        limit = int(min(hard, max(MIN_STORY_WORDS, wanted)))
        floor = MIN_STORY_WORDS
    else:
        hard = max(0, int(max_words))
        limit = min(hard, max(LENGTH_MIN, int(wanted)))
        floor = 1
    texts: dict[int, StorySentence] = {}
    outlet_names = tuple(sorted({a.source for a in arts if a.source}))

    def printed(i: int) -> StorySentence:  # neutral text + provenance, made once per sentence
        if i not in texts:
            texts[i] = story_sentence(scored[i], pl, cut.get(i, named.get(i)), outlet_names)
        return texts[i]

    stop_at = _stopper(scored, pl, limit, max_words, printed, weights.min_score, loaded)
    # one figure per counted thing (figures.py) and a pronoun right after its antecedent
    claims = [claim(cut[i]) if i in cut else c for i, c in enumerate(pl.claims)] if cut else pl.claims
    figs = figures.Figures(claims, pl.stems, pl.article_of, pool_texts) if figures.ENABLED else None
    previous = _previous(pl)

    def antecedent(i: int) -> int | None:
        return previous[i] if leans_back(pool[i].text) and i not in named else None

    story_idx = walk(
        order,
        lambda i: _wc(printed(i).text),
        limit,
        hard,
        floor,
        (lambda i, picked, total: i not in key and stop_at(i, picked, total)) if key else stop_at,
        skip=figs.clashes_any if figs is not None else None,
        after=antecedent if FOLLOW_ANTECEDENT else None,
    )
    if not story_idx and order:
        # A Story is never empty while there is a news sentence: max_words cuts at a sentence
        # boundary, so when even one sentence is longer, the first sentence is printed whole.
        story_idx = [order[0]]
        notes.append(
            f"the first sentence ({_wc(printed(order[0]).text)} words) is longer than "
            f"max_words={max_words}: the Story is that sentence, whole"
        )
    story = [printed(i) for i in story_idx]
    # A Story shorter than MIN_STORY_WORDS needs no note: its length follows what the coverage
    # says, by design, and a note shown under the paragraph read as part of the story.

    # ---- highlights: three distinct one-sentence facts, not a copy of the Story's opening --------
    # "He"/"She" opening a sentence is named when the sentence before it in its article opens on
    # that person (standalone.resolve_pronoun); such a sentence may then be a bullet, even when
    # the Story could not print it (its antecedent not printed before it). Ninth session.
    named_in = resolved(ranked_all, pl, printed) if RESOLVE_PRONOUNS else {}
    in_order = set(order)

    # no bullet gives another figure for a thing the page counts (figures.py)
    def clashes_story(j: int) -> bool:
        return figs is not None and figs.clashes_any(j, story_idx)

    def repeats(i: int, j: int) -> bool:
        return story_red.restates(i, j) or (figs is not None and figs.clash(i, j))

    picks = pick_highlights(
        [i for i in order if not clashes_story(i)],
        lambda i: named_in.get(i) or printed(i).text,
        story_idx[:OPENING],
        restates=(restates := restates_fn(pl.stems, meaning, restater, pool_texts)),
        extra=[
            i
            for i in ranked_all
            if i in named_in and i not in in_order and i not in dropped and not clashes_story(i)
        ],
        repeats=repeats if figs is not None else story_red.restates,
        # who is a fact too: a bullet naming the coverage's person when nothing else does
        who=names_person_fn(pool_texts, coverage_people(pool_texts)),
        story=set(story_idx),
    )
    highlights = reworded(
        picks,
        printed,
        story_idx,
        pl,
        charged,
        restates,
        same_fact_fn(pl.claims, meaning),
        clash=clashes_story if figs is not None else None,
    )
    if figs is not None:
        where = {(s.article_id, s.index): k for k, s in enumerate(pool)}
        shown = list(story_idx) + [
            where[(h.support[0].article_id, h.support[0].index)]
            for h in highlights
            if h.support and (h.support[0].article_id, h.support[0].index) in where
        ]
        notes.extend(figures.disagreement_notes(shown, figs, lambda k: pool[k].text, news))
    if len(news) == 1 and len(story) <= SHORT_STORY:
        kept = not_repeating(highlights, story, notes, loaded)
        if len(kept) < len(highlights):
            return result(head, beyond_headline(kept, head, notes), story)  # the notes say why
    highlights = beyond_headline(highlights, head, notes)
    if len(highlights) < 3:
        notes.append(
            f"only {len(highlights)} distinct fact sentence(s) in the coverage: fewer than three Highlights"
            if highlights
            else "no sentence of the coverage stands alone as a Highlight: fewer than three Highlights"
        )
    return result(head, highlights, story)
