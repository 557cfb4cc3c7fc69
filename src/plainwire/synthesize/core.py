"""``synthesize``: headline, highlights, story, tone, opinions, sources and times of a story."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np

from plainwire.analyze.labels import MEASURED_FROM
from plainwire.models import (
    Analysis,
    Article,
    OpinionRef,
    SentenceRef,
    SourceRef,
    StorySentence,
    StorySynthesis,
    Tone,
    is_gallery_article,
)
from plainwire.synthesize import (
    calm,
    corrections,
    developing,
    figures,
    keyfacts,
    labels,
    names,
    outlets,
    supersede,
    voxpop,
)
from plainwire.synthesize.attribution import claim
from plainwire.synthesize.gist import gist
from plainwire.synthesize.headline import CHARGED as CHARGED_HEADLINE
from plainwire.synthesize.headline import build_headline, choose_headline
from plainwire.synthesize.highlights import (
    OPENING,
    adds_to_headline,
    compress_highlight,
    coverage_people,
    names_person_fn,
    pick_highlights,
    restates_fn,
    reword,
    same_fact_fn,
)
from plainwire.synthesize.meaning import Meaning
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.opening import introduce_first, speaker_first
from plainwire.synthesize.pool import POOL_CAP, Pool, build_pool, story_features
from plainwire.synthesize.restate import Restater
from plainwire.synthesize.select import (
    FEATURES,
    Redundancy,
    Scored,
    charged_mask,
    default_weights,
    mmr,
    score_pool,
    supporting,
)
from plainwire.synthesize.sentences import Sentence
from plainwire.synthesize.standalone import (
    drop_relative_days,
    follow_antecedents,
    leans_back,
    pronoun_opening,
    pronoun_speaker,
    resolve_pronoun,
    resolve_speaker,
    unfit_reason,
    unterminated,
)
from plainwire.synthesize.stop import containment, walk, walk_features
from plainwire.synthesize.stop import default_model as default_stop_model

log = logging.getLogger(__name__)

MIN_STORY_WORDS = 120
MAX_STORY_WORDS = 300
MAX_SUPPORT_REFS = 6
# Another outlet's wording of a Highlight must read as Neutral (the tone taxonomy's < 0.35 band)
# or be no more loaded than the Story's own sentence.
REWORD_MAX_LOADED = 0.35
# Chosen on train stories 2100-2451 (not fitted; see docs/synthesis.md): the editors' summaries
# grow with the coverage (correlation 0.50 between summary and source length on train).
LENGTH_RATIO = 0.4
LENGTH_MIN = 40
HEADLINE_SENTENCES = 5  # top story sentences offered to the headline builder
# A raw sentence starting in lower case is a fragment (``_printable``; eighth session).
LOWER_FRAGMENT = True
# Highlights may name the person a "He"/"She" opening points to (``_resolved``; ninth session).
RESOLVE_PRONOUNS = True
# A Story sentence opening on a pronoun is printed right after the sentence before it in its own
# article, or not at all (``stop.walk``'s ``after``; twelfth session).
FOLLOW_ANTECEDENT = True
# A speaker named only by a pronoun ('..., she said.') is named by the one person the sentence
# before it in its article names (``_named_speakers``; thirteenth session); else the sentence is
# printed right after that one, or not at all (``standalone.leans_back``).
NAME_SPEAKERS = True
# When a later report moved a status, a level or a value on, the newest sentence that did so opens
# the Story (``_developing``; fifteenth session): the lead, like the headline, is the latest state.
LATEST_FIRST = True


def _wc(text: str) -> int:
    return len(text.split())


def _aware(dt: datetime) -> datetime:
    # records promise aware UTC times; a naive one from a careless caller is read as UTC, not a crash
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _times(articles: Sequence[Article]) -> tuple[datetime | None, datetime | None]:
    """Published = the first article's time, updated = the newest time of any article."""
    firsts: list[datetime] = []
    lasts: list[datetime] = []
    for a in articles:
        ts = [_aware(t) for t in (a.published, a.modified) if t is not None]
        if ts:
            firsts.append(_aware(a.published) if a.published is not None else min(ts))
            lasts.append(max(ts))
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def _analyses(
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


def _loadedness_fn() -> Callable[[str], float]:
    from plainwire.analyze import sentence_loadedness

    cache: dict[str, float] = {}

    def f(text: str) -> float:
        v = cache.get(text)
        if v is None:
            v = float(sentence_loadedness(text)[0])
            cache[text] = v
        return v

    return f


def _unread(text: str) -> float:
    """The loadedness of a sentence the tone model cannot read: none measured."""
    return 0.0


def _majority_language(
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


def _previous(pl: Pool) -> list[int | None]:
    """Per pool sentence, the pool index of the sentence right before it in its own article."""
    pool = pl.sentences
    return [
        i - 1
        if i > 0 and pl.article_of[i - 1] == pl.article_of[i] and pool[i - 1].index == pool[i].index - 1
        else None
        for i in range(len(pool))
    ]


def _named_speakers(pl: Pool) -> dict[int, str]:
    """Pool sentences whose speaker is named only by a pronoun ('..., she said.') with the one
    person the sentence before them in their own article names put in its place
    (``standalone.resolve_speaker``; thirteenth session): they no longer lean on that sentence."""
    pool = pl.sentences
    cands = [i for i, s in enumerate(pool) if pronoun_speaker(s.text) and not pronoun_opening(s.text)]
    if not cands:
        return {}
    previous = _previous(pl)
    out: dict[int, str] = {}
    for i in cands:
        p = previous[i]
        if p is not None:
            text = resolve_speaker(pool[i].text, pool[p].text)
            if text is not None:
                out[i] = text
    return out


def _printable(order: Sequence[int], pl: Pool, named: Mapping[int, str] | None = None) -> list[int]:
    """``order`` without the sentences that cannot stand outside their article (``standalone``)."""
    pool = pl.sentences
    # a sentence whose raw form starts in lower case was split mid-clause or lost its first
    # letter ("attack on the Capitol by ...", "resident Trump ..."): the capital compression gives
    # it would hide that it is a fragment
    fit = [
        i
        for i in order
        if unfit_reason(pool[i].text) is None and not (LOWER_FRAGMENT and pool[i].raw[:1].islower())
    ]
    named = named or {}
    return follow_antecedents(
        fit, [leans_back(s.text) and i not in named for i, s in enumerate(pool)], _previous(pl)
    )


def _resolved(ranked: Sequence[int], pl: Pool, printed: Callable[[int], StorySentence]) -> dict[int, str]:
    """Ranked sentences opening on "He"/"She" whose person the sentence before them in their own
    article names (``standalone.resolve_pronoun``), with the pronoun replaced by the surname;
    only sentences that are otherwise fit to print alone."""
    pool = pl.sentences
    # cheap first: the only openings resolve_pronoun names (most sentences have none)
    cands = [i for i in ranked if pool[i].text.startswith(("He ", "She ", "His ", "Her "))]
    if not cands:
        return {}
    previous = _previous(pl)
    out: dict[int, str] = {}
    for i in cands:
        p = previous[i]
        if p is None or unfit_reason(pool[i].text) is not None:
            continue
        text = resolve_pronoun(printed(i).text, pool[p].text)
        if text is not None:
            out[i] = text
    return out


def _key_facts(
    order: list[int], pl: Pool, news: Sequence[Article], charged: np.ndarray
) -> tuple[list[int], set[int]]:
    """``order`` with the key facts of ``keyfacts.py`` moved up (the newest development, which
    may come back when redundancy dropped it as a restatement of the lead, a casualty
    statement, each named party's reply), and the sentences moved."""
    pool = pl.sentences

    def lead_of(a: int) -> int | None:
        # the whole pool, not the ranked order: redundancy may have dropped the development's lead
        # as a restatement of the first day's lead (the facts it adds are the point)
        for i in range(len(pool)):
            if pl.article_of[i] == a:
                text = pool[i].text
                fit = unfit_reason(text) is None and not (LOWER_FRAGMENT and pool[i].raw[:1].islower())
                return i if fit and not pronoun_opening(text) and not charged[i] else None
        return None

    times = [_aware(a.published) if a.published is not None else None for a in news]
    develop = keyfacts.development(order, lead_of, times, pl.stems)

    def text_of(i: int) -> str:
        return pool[i].text

    cands = order if develop is None else [*order, develop]
    stale = keyfacts.superseded(cands, text_of, pl.stems, lambda i: times[pl.article_of[i]])
    return keyfacts.promote(order, text_of, develop, stale)


def _as_of(a: Article) -> datetime | None:
    """When an article's text was current: its revision time when the outlet updated it in place,
    else its publication time."""
    ts = [_aware(t) for t in (a.published, a.modified) if t is not None]
    return max(ts) if ts else None


def _developing(
    order: list[int], ranked: Sequence[int], pl: Pool, news: Sequence[Article], charged: np.ndarray
) -> tuple[list[int], set[int], developing.Revision]:
    """``order`` with the counts a later article revises taken out (or cut back) and the newest
    count in their place (``developing.py``), the sentences moved, and what was found."""
    pool = pl.sentences
    times = [_as_of(a) for a in news]
    # an article that says its count is partial ("with 30 of 41 seats declared") gives partial counts
    partial = {a for a, t in enumerate(pl.titles) if developing.partial_count(t)}
    partial |= {pl.article_of[i] for i, s in enumerate(pool) if developing.partial_count(s.text)}
    prov = [pl.article_of[i] in partial or developing.provisional(s.text) for i, s in enumerate(pool)]
    nouns = any(prov)  # only a provisional count is revised by a count of a word
    items = [
        developing.item(s.text, a, times[a], pl.stems[i], a in partial, nouns, prov[i])
        for i, (s, a) in enumerate(zip(pool, pl.article_of, strict=True))
    ]
    titles = [developing.item(t, a, times[a], None, a in partial, nouns) for a, t in enumerate(pl.titles)]

    def fit(j: int) -> bool:  # a sentence the Story may print where the stale one stood
        text = pool[j].text
        return (
            not charged[j]
            and unfit_reason(text) is None
            and not (LOWER_FRAGMENT and pool[j].raw[:1].islower())
            and not pronoun_opening(text)
        )

    cands = list(dict.fromkeys([*order, *ranked]))
    rev = developing.superseded(cands, items, titles, fit)
    if supersede.ENABLED:  # a further status or another value (supersede.py, fourteenth session)
        found = supersede.find(cands, [s.text for s in pool], pl.stems, pl.article_of, times, pl.titles, fit)
        for i in sorted(found.dropped - rev.dropped):
            rev.dropped.add(i)
            rev.cut.pop(i, None)
            if i in found.newest:  # (none when a later title alone moved its story on)
                rev.newest.setdefault(i, found.newest[i])
        rev.stale_titles |= found.stale_titles
        rev.moved_on = bool(found.dropped)
    if not rev.newest and not rev.dropped:
        return order, set(), rev
    out, moved = developing.place_newest(order, rev)
    if rev.moved_on and LATEST_FIRST:
        # the lead gives the latest state (fifteenth session): the newest sentence that moved a
        # status, level or value on opens the Story, not an older report's framing
        in_out = set(out)
        latest = [j for j in found.newest.values() if j in in_out and j not in rev.dropped]
        if latest:
            far = datetime.min.replace(tzinfo=UTC)
            top = max(latest, key=lambda j: (times[pl.article_of[j]] or far, -j))
            if out[0] != top:
                out = [top, *(i for i in out if i != top)]
                moved.add(top)
    return out, moved, rev


def _fresh_titles(
    titles: Sequence[str],
    rev: developing.Revision,
    pl: Pool,
    news: Sequence[Article],
    loadedness: Callable[[str], float],
) -> list[str]:
    """The titles the headline may start from when some give a count a later article revised:
    not those; and when the article giving the newest count has a calm title of its own that
    gives no stale count, that title alone (a developing story's headline is its latest turn)."""
    fresh = ["" if t in rev.stale_titles else x for t, x in enumerate(titles)]
    if not rev.newest:
        return fresh
    newest = max(
        rev.newest.values(),
        key=lambda j: (_as_of(news[pl.article_of[j]]) or datetime.min.replace(tzinfo=UTC), -j),
    )
    a = pl.article_of[newest]
    title = fresh[a] if a < len(fresh) else ""
    if title and loadedness(title) < CHARGED_HEADLINE and title.strip()[-1:] not in "?!":
        return ["" if t != a else x for t, x in enumerate(fresh)]
    return fresh


def _ref(s: Sentence) -> SentenceRef:
    return SentenceRef(article_id=s.article_id, index=s.index, text=s.raw, source=s.source)


def _story_sentence(
    sc: Scored, pl: Pool, text: str | None = None, sources: Sequence[str] = ()
) -> StorySentence:
    """The printed sentence (``text``: the pool sentence cut back, when it was; ``sources``: the
    story's outlet names, which the text does not name: ``outlets.unname``)."""
    text, _ = neutralize(sc.sentence.text if text is None else text)
    if outlets.ENABLED and sources:
        text = outlets.unname(text, sources)
    text = drop_relative_days(text)
    others = supporting(sc.index, pl.sim, pl.text_of or pl.article_of, limit=MAX_SUPPORT_REFS - 1)
    return StorySentence(
        text=text, support=(_ref(sc.sentence),) + tuple(_ref(pl.sentences[j]) for j in others)
    )


def _reworded(
    picks: Sequence[tuple[int, str]],
    printed: Callable[[int], StorySentence],
    story_idx: Sequence[int],
    pl: Pool,
    charged: np.ndarray,
    restates: Callable[[int, int], bool],
    same_fact: Callable[[int, int], bool],
    clash: Callable[[int], bool] | None = None,
) -> list[StorySentence]:
    """The Highlights as StorySentences. A fact the Story also prints is worded as another
    outlet put it when one did (``highlights.reword``), else shown in its shortest safe form
    when that differs: a bullet should not repeat a Story sentence word for word."""
    in_story = set(story_idx)
    text_of = pl.text_of or pl.article_of
    opening = list(story_idx[:OPENING])
    loaded = pl.x[:, FEATURES.index("loaded")]
    out: list[StorySentence] = []
    for n, (i, h) in enumerate(picks):
        ss = replace(printed(i), text=h)
        if i in in_story:
            others = [k for m, (k, _) in enumerate(picks) if m != n] + opening
            alt = reword(
                i,
                lambda j: printed(j).text,
                [  # other outlets' sentences the Story does not print, most similar first
                    int(j)
                    for j in np.argsort(-pl.sim[i], kind="stable")
                    if text_of[j] != text_of[i]  # another text: a rewrite is no other wording
                    and j not in in_story
                    and not charged[j]
                    and loaded[j] <= max(loaded[i], REWORD_MAX_LOADED)
                    and (clash is None or not clash(j))
                ],
                same_fact,
                restates,
                others,
            )
            if alt is not None:
                j, text = alt
                own = printed(j).support[0]
                ss = StorySentence(text, (own,) + tuple(r for r in printed(i).support if r != own))
            elif h == " ".join(printed(i).text.split()):
                # No other wording: the bullet without its asides (relative clauses, appositives,
                # party tags, a leading adverbial), when it has any. Reasons and circumstances
                # (", citing the cost ...") stay: they are often the point of the fact.
                short = compress_highlight(h, always=True, side_clauses=False)
                if short is not None and short != h:
                    ss = replace(ss, text=short)
        out.append(ss)
    return out


# A one-article Story of at most this many sentences is what its Highlights would be: a bullet
# that would repeat one of its sentences word for word is shortened when it can be (twelfth
# session). Thirteenth session: it is no longer left out when it cannot (``KEEP_REPEATS``): the
# reader of a page looks for three distinct facts above the Story, and a short article's facts
# are its sentences; a bullet is dropped only when it is no distinct fact.
SHORT_STORY = 3
KEEP_REPEATS = True


def _not_repeating(
    highlights: Sequence[StorySentence],
    story: Sequence[StorySentence],
    notes: list[str],
    loadedness: Callable[[str], float] | None = None,
) -> list[StorySentence]:
    """The Highlights of a short one-article Story, each bullet that would repeat a Story sentence
    word for word in its shortest safe form (``compress_highlight``, side clauses too) when that
    differs; else kept as it is (``KEEP_REPEATS``: when it is a whole sentence and, by
    ``loadedness``, below Measured) or left out (all but the best one: a page has Highlights),
    with a note saying why the Highlights are fewer."""
    said = {" ".join(x.text.split()) for x in story}
    out: list[StorySentence] = []
    dropped = 0
    for h in highlights:
        text = " ".join(h.text.split())
        if text not in said:
            out.append(h)
            continue
        short = compress_highlight(text, always=True, side_clauses=True)
        if short is not None and short not in said and all(short != o.text for o in out):
            out.append(replace(h, text=short))
        elif (
            KEEP_REPEATS
            and not unterminated(text)
            and (loadedness is None or loadedness(text) < MEASURED_FROM)
        ):
            out.append(h)
        else:
            dropped += 1
    if highlights and not out:
        # the page's Highlights part is never empty while there is a fact: the best bullet stays
        out.append(highlights[0])
        dropped -= 1
    if dropped:
        notes.append(
            f"the Story is one short article ({len(story)} sentence{'s' if len(story) != 1 else ''}): "
            f"{dropped} Highlight{'s' if dropped != 1 else ''} that would repeat it word for word left out"
            + (" (loaded language or not a whole sentence)" if KEEP_REPEATS else "")
        )
    return out


def _beyond_headline(highlights: Sequence[StorySentence], head: str, notes: list[str]) -> list[StorySentence]:
    """``highlights`` without the bullets that are the headline again (``adds_to_headline``),
    with a note; sixteenth session. Never all of them: the page's Highlights part is not left
    empty while there is a fact (as in ``_not_repeating``)."""
    out = [h for h in highlights if adds_to_headline(h.text, head)] or list(highlights[:1])
    if len(out) < len(highlights):
        n = len(highlights) - len(out)
        notes.append(f"{n} Highlight{'s' if n != 1 else ''} that would repeat the headline left out")
    return out


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
    published, updated = _times(arts)
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
    an = _analyses(arts, analyses, notes)
    try:
        tone = story_tone([(a, an[a.id]) for a in arts])
    except Exception as exc:  # the tone is one part of the page; the rest must still be written
        log.warning("story_tone failed for %s: %s", story_id, exc)
        notes.append(f"story tone unavailable ({exc})")
        tone = Tone("unknown", 0.0)
    news = [a for a in arts if an[a.id].genre == "news"]
    opin = [a for a in arts if an[a.id].genre != "news"]
    language, news, lang_note = _majority_language(news, an)
    if lang_note:
        notes.append(lang_note)
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
        loaded = _unread
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
    # Charged, unattributed sentences never reach Story or Highlights while calmer ones exist;
    # they rank last before MMR, so they cannot make a calm sentence look redundant.
    charged = charged_mask(pl.x)
    if calm.ENABLED:  # tabloid heat (calm.py, eleventh session): kept out like charged sentences
        # an article the tone model could not read (another language, a failed analysis) is neither
        tones = [
            float("nan") if an[a.id].tone.label.lower() in ("unknown", "unrated") else an[a.id].tone.score
            for a in news
        ]
        charged = charged | calm.heated_sentences(pl, charged, _previous(pl), loaded, tones)
    if voxpop.ENABLED:  # a passer-by's loaded reaction (voxpop.py, fifteenth session)
        vox = voxpop.loaded_vox_pops([s.text for s in pool], loaded)
        if vox:
            more = charged.copy()
            more[sorted(vox)] = True
            if not more.all():  # kept out while the story has other sentences
                charged = more
    if labels.ENABLED:  # title, label and own-outlet lines among the sentences (labels.py)
        lines = [s.text for s in pool]
        heads = labels.title_lines(lines, [a.title for a in news])
        heads |= labels.own_outlet_lines(lines, [news[pl.article_of[i]].source for i in range(len(pool))])
        if heads and len(heads) < len(pool):
            charged = charged.copy()
            charged[sorted(heads)] = True
    # correction notices and the figures they retract (corrections.py, fourteenth session): never
    # printed, like charged sentences; nor a title giving a retracted figure
    gone: set[int] = set()
    if corrections.ENABLED:
        gone = corrections.retracted([s.text for s in pool], pl.stems)
        if gone and len(gone) < len(pool):
            charged = charged.copy()
            charged[sorted(gone)] = True
            bad = corrections.retracted_titles(titles, [pool[i].text for i in gone])
            if len(bad) < len(titles):
                titles = ["" if k in bad else t for k, t in enumerate(titles)]
        else:
            gone = set()
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
    named = _named_speakers(pl) if NAME_SPEAKERS else {}
    printable = _printable(order, pl, named)
    if printable:
        order = printable
    # key facts near the top (keyfacts.py, twelfth session): the newest development, casualties,
    # the other side of a dispute
    key: set[int] = set()
    if keyfacts.ENABLED:
        order, key = _key_facts(order, pl, news, charged)
    # counts a later article revised (developing.py, thirteenth session): the newest count first,
    # the stale one cut back or left out (the headline too)
    cut: dict[int, str] = {}
    dropped: set[int] = set()
    if developing.ENABLED and len(news) > 1:
        order, moved, rev = _developing(order, ranked_all, pl, news, charged)
        key |= moved
        cut, dropped = rev.cut, rev.dropped
        if (rev.stale_titles or rev.moved_on) and len(rev.stale_titles) < len(titles):
            titles = _fresh_titles(titles, rev, pl, news, loaded)
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
            texts[i] = _story_sentence(scored[i], pl, cut.get(i, named.get(i)), outlet_names)
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
    resolved = _resolved(ranked_all, pl, printed) if RESOLVE_PRONOUNS else {}
    in_order = set(order)

    # no bullet gives another figure for a thing the page counts (figures.py)
    def clashes_story(j: int) -> bool:
        return figs is not None and figs.clashes_any(j, story_idx)

    def repeats(i: int, j: int) -> bool:
        return story_red.restates(i, j) or (figs is not None and figs.clash(i, j))

    picks = pick_highlights(
        [i for i in order if not clashes_story(i)],
        lambda i: resolved.get(i) or printed(i).text,
        story_idx[:OPENING],
        restates=(restates := restates_fn(pl.stems, meaning, restater, pool_texts)),
        extra=[
            i
            for i in ranked_all
            if i in resolved and i not in in_order and i not in dropped and not clashes_story(i)
        ],
        repeats=repeats if figs is not None else story_red.restates,
        # who is a fact too: a bullet naming the coverage's person when nothing else does
        who=names_person_fn(pool_texts, coverage_people(pool_texts)),
        story=set(story_idx),
    )
    highlights = _reworded(
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
        kept = _not_repeating(highlights, story, notes, loaded)
        if len(kept) < len(highlights):
            return result(head, _beyond_headline(kept, head, notes), story)  # the notes say why
    highlights = _beyond_headline(highlights, head, notes)
    if len(highlights) < 3:
        notes.append(
            f"only {len(highlights)} distinct fact sentence(s) in the coverage: fewer than three Highlights"
            if highlights
            else "no sentence of the coverage stands alone as a Highlight: fewer than three Highlights"
        )
    return result(head, highlights, story)
