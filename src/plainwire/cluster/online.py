"""Single-pass story clustering: each article joins the best live story or starts one.

Scoring model (all parts in docs/clustering.md):

    score = cosine_idf(article, story centroid) - time_penalty * gap / dormancy

or, with ``dense_weight`` w > 0 (the ``embeddings`` extra, plainwire.cluster.dense),

    score = (1 - w) * cosine_idf + w * cosine(embedding, story mean embedding) - time penalty

where both vectors hold title-weighted words, proper-noun phrases (boosted), numbers
(boosted) and word pairs, weighted by an IDF kept up to date as texts arrive. Candidate
stories come from a capped inverted index (plainwire.cluster.index), so the cost per
article does not grow with the number of live stories.

(``static_weight`` mixes a static word-vector cosine the same way, plainwire.cluster.static).
The best candidate is joined when ``score - background_weight * background >=
join_threshold`` and ``score >= join_floor``, the background being the mean score of the
article's other candidate stories: a cheap hubness correction, so one threshold serves
quiet and crowded streams.

The clusterer is assembled from parts (plainwire.cluster.base says which): this module
places one text; ``story`` holds a story's record, ``state`` creates, fills and retires
stories (with the clock and story ids), ``lower_bars`` the second look, ``across`` the
cross-language join, ``repair`` the merges and ``stream`` ``add_many``.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

import numpy as np

from plainwire.cluster import static, xlang
from plainwire.cluster.across import CrossLanguage
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.index import Postings, TermTable
from plainwire.cluster.lower_bars import SecondLook
from plainwire.cluster.neardup import NearDupIndex
from plainwire.cluster.repair import Repair
from plainwire.cluster.state import StoryState
from plainwire.cluster.story import (
    MergeCandidate,
    Prepared,
    Signature,
    Story,
    StoryInfo,
    Tokens,
    _top,
    _when,
    fingerprint,
)
from plainwire.cluster.stream import Stream
from plainwire.cluster.text import (
    ProperNouns,
    Token,
    drop_stopwords,
    extract_terms,
    note_long_body,
    repeated_names,
    tokenize_article,
)
from plainwire.errors import ConfigError
from plainwire.models import Article

# Re-exported: batch, parallel, recluster and callers import these from here.
__all__ = ["MergeCandidate", "OnlineClusterer", "Prepared", "Story", "StoryInfo", "_when", "fingerprint"]

log = logging.getLogger(__name__)


class OnlineClusterer(Stream, Repair, SecondLook, CrossLanguage, StoryState):
    """Online, incremental story clustering with stable story ids.

    ``add`` is the only call the pipeline needs; ``restore`` rebuilds the state from
    stored stories; ``merge_candidates``/``merge`` fix stories that turned out to be one.
    """

    def __init__(
        self,
        config: ClusterConfig | None = None,
        *,
        id_factory: Callable[[Article], str] | None = None,
    ) -> None:
        self.config = config or ClusterConfig()
        self._id_factory = id_factory
        w = self.config.dense_weight
        if not 0.0 <= w <= 1.0:
            raise ConfigError(f"dense_weight must be between 0 and 1, got {w}")
        ws = self.config.static_weight
        if not 0.0 <= ws <= 1.0 - w:
            raise ConfigError(f"static_weight must be between 0 and 1 - dense_weight, got {ws}")
        self._static = ws > 0.0
        self._dense = w > 0.0
        if self._dense:
            from plainwire.cluster import dense

            if not dense.available():
                raise ConfigError(dense._MISSING)
        self._df = TermTable()
        self._nouns = ProperNouns(self.config)
        self._postings = Postings(self.config.postings_cap)
        self._df.in_use = self._term_ids_in_use
        self._live: OrderedDict[int, Story] = OrderedDict()  # least recently updated first
        self._by_id: dict[str, Story] = {}
        self._article_story: dict[str, str] = {}  # article id -> story id (ever placed)
        self._dups = NearDupIndex(
            threshold=self.config.near_dup_jaccard, capacity=self.config.near_dup_memory
        )
        self._next_num = 0
        self._next_label = 1
        self._used_ids: set[str] = set()
        self._clock: datetime | None = None
        #: articles that came more than ``late_tolerance`` before the newest seen (placed anyway)
        self.late_articles = 0
        #: story id -> the story id it was merged into (pages of absorbed stories redirect)
        self.redirects: dict[str, str] = {}
        self._repair = self.config.repair_threshold is not None
        #: (absorbed, kept) story ids merged by the split repair, not yet taken (take_merges)
        self._merges: list[tuple[str, str]] = []
        #: the last placement's scored candidates (story number, score), kept only for the
        #: split repair
        self._scored: list[tuple[int, float]] = []
        #: texts placed per known language (cross-language placement starts at the second)
        self._langs: dict[str, int] = {}

    # ------------------------------------------------------------------ public API
    def add(self, article: Article, *, genre: str | None = None) -> str:
        """Place one article; return its story id (the same id if the article was seen).

        ``genre`` is the analysis stage's ("news", "opinion", "analysis"; ``None``: not
        known): an opinion or analysis piece the join rule would leave alone joins its best
        candidate at a lower bar (``ClusterConfig.opinion_threshold``)."""
        known = self._article_story.get(article.id)
        if known is not None:
            log.warning("article %r arrived again; kept in story %s", article.id, known)
            return self._resolve(known)
        return self._place(article, emb=self._embed_one(article), genre=genre)

    def restore(
        self,
        stories: Iterable[tuple[str, Sequence[Article]]],
        *,
        genres: Mapping[str, str | None] | None = None,
    ) -> None:
        """Warm start from stored stories, keeping their ids.

        Articles are replayed in publication order (given order where undated) into their
        given stories, so later ``add`` calls see the same index, IDF and centroids as if
        the articles had been added one by one. ``genres`` (article id -> the analysis
        stage's genre, as ``add`` took it) lets an opinion piece that ``add`` attached by
        its names stay attached, out of the story's vectors, as ``add`` left it.
        """
        items: list[tuple[int, str, Article]] = []
        seq = 0
        for story_id, arts in stories:
            for art in arts:
                items.append((seq, story_id, art))
                seq += 1
        if items and all(x[2].published is not None for x in items):
            items.sort(key=lambda x: (_when(x[2]), x[0]))
        embs = self._embed_all([x[2] for x in items])
        for i, (_, story_id, art) in enumerate(items):
            if art.id in self._article_story:
                continue
            story_id = self._resolve(story_id)
            self._advance_clock(art, warn=False)
            story = self._by_id.get(story_id)
            if story is None:
                # New here, or went dormant during the replay (a stored story may have
                # gaps longer than the dormancy): it lives again under the same id.
                story = self._new_story(story_id, reuse=True)
            tokens = tokenize_article(art.title, art.text, self.config)
            sh, chash = self._fingerprint(art, tokens)
            lang = self._note_lang(art)  # counted as add() counts it, copies included
            if self._is_copy(chash, sh) == story.id:
                self._register(art, story)  # a copy, as add() would have treated it
                continue
            if story.texts and not self._foreign(lang, story) and self._is_rewrite(sh, story):
                self._features(art, tokens)  # counted in the IDF, as add() did
                self._register(art, story)  # a rewrite, as add() would have treated it
                if chash is not None and sh is not None:
                    self._dups.add(sh, story.id, chash)
                continue
            if story.texts and self._foreign(lang, story):
                # Joined across languages (add() did not fold it into the centroid).
                _terms, fvec, fnorm = self._features(art, tokens)  # counted in the IDF, as add() did
                self._join_across(art, story, sh, chash, lang, (fvec, fnorm))
                continue
            terms, vec, norm = self._features(art, tokens)
            emb = self._with_static(tokens, None if embs is None else embs[i])
            genre = genres.get(art.id) if genres is not None else None
            if (
                story.texts
                and genre in ("opinion", "analysis")
                and not self._took(story, vec, norm, emb, tokens, lang, _when(art), genre)
            ):
                self._attach(art, story, sh, chash)  # add() attached it by its names
                continue
            self._ingest(art, story, terms, sh, chash, weighted=(vec, norm), emb=emb)

    @property
    def live_stories(self) -> int:
        return len(self._live)

    def story_of(self, article_id: str) -> str | None:
        sid = self._article_story.get(article_id)
        return self._resolve(sid) if sid is not None else None

    def resolve(self, story_id: str) -> str:
        """The story that holds ``story_id``'s articles now (itself unless merged)."""
        return self._resolve(story_id)

    def take_merges(self) -> list[tuple[str, str]]:
        """Stories merged by the split repair (``repair_threshold``) since the last call,
        as ``(absorbed, kept)`` pairs in the order they happened: the caller moves the
        absorbed story's articles and redirects its page (``Store.merge_stories``)."""
        out, self._merges = self._merges, []
        return out

    def story_info(self, story_id: str) -> StoryInfo | None:
        """The live story ``story_id`` (following merges), or ``None`` if dormant/unknown."""
        st = self._by_id.get(self._resolve(story_id))
        if st is None:
            return None
        return StoryInfo(st.id, tuple(st.article_ids), st.texts, frozenset(st.sources), st.first, st.last)

    def stories(self) -> dict[str, list[str]]:
        """Live story id -> its article ids, in arrival order."""
        return {s.id: list(s.article_ids) for s in self._live.values()}

    # ------------------------------------------------------------------ placement
    def _add_prepared(
        self, art: Article, prep: Prepared | None, emb: np.ndarray | None, genre: str | None = None
    ) -> str:
        known = self._article_story.get(art.id)
        if known is not None:
            log.warning("article %r arrived again; kept in story %s", art.id, known)
            return self._resolve(known)
        return self._place(art, prep, emb=emb, genre=genre)

    def _place(
        self,
        article: Article,
        prepared: Prepared | None = None,
        *,
        emb: np.ndarray | None = None,
        genre: str | None = None,
    ) -> str:
        self._advance_clock(article)
        lang = self._note_lang(article)
        if prepared is None:
            tokens = tokenize_article(article.title, article.text, self.config)
            sh, chash = self._fingerprint(article, tokens)
        else:
            tokens, sh, chash = prepared
        target = self._is_copy(chash, sh)
        names: frozenset[str] = frozenset()
        template = False
        if target is not None:
            story = self._by_id.get(target)
            if story is not None and self._gap(story, _when(article)) is not None:
                names = repeated_names(tokens)
                if self._names_in(names, story):
                    # A syndicated copy: one more outlet, not one more piece of evidence.
                    log.debug("article %r is a copy of a text in story %s", article.id, story.id)
                    self._register(article, story)
                    return story.id
                # The same text about another town, company or person (a templated item,
                # docs/clustering.md): another event, so it joins only a story naming it.
                template = True
        terms, vec, norm = self._features(article, tokens)
        if not terms:
            log.warning("article %r has no usable words (empty or symbols only): new story", article.id)
            story = self._new_story(self._fresh_id(article))
            self._register(article, story)
            story.texts += 1
            return story.id
        emb = self._with_static(tokens, emb)
        cfg = self.config
        # One sort serves both: the query terms are a prefix of the posted ones (or v.v.).
        top = _top(vec, max(cfg.query_terms, cfg.index_terms))
        when = _when(article)
        # With two languages in the stream, stories in another language are no candidates
        # here: only the cross-language rule below joins across (names *and* figures), the
        # word score of two texts that share little but names is no evidence of one event.
        found = self._nearest(
            vec, norm, when, emb, top[: cfg.query_terms], lang=lang if len(self._langs) > 1 else None
        )
        best = self._joined(found)
        if best is None and found is not None:
            best = self._second_look(found, tokens, lang, when, genre)
        if template and best is not None and not self._names_in(names, best):
            log.debug(
                "article %r: a templated text naming none of story %s's names; new story", article.id, best.id
            )
            best = None
        if best is None and not template and genre in ("opinion", "analysis"):
            # An opinion piece argues in its own words: the event's rare names say which
            # story it is about. Attached, not folded in (ClusterConfig.opinion_min_names).
            held = self._opinion_story(tokens, lang, when)
            if held is not None:
                log.debug("article %r (%s) goes under story %s by its names", article.id, genre, held.id)
                self._attach(article, held, sh, chash)
                return held.id
        if best is None and lang is not None and len(self._langs) > 1 and cfg.cross_language:
            # The same-language decision starts a story: a story in another language may
            # still report this event (names, figures, time; plainwire.cluster.xlang).
            # (An opinion piece's names at a sentence's start count too, as the stream knows
            # them: an editorial opens on the place it argues about, "Sarnhaven bygger ...".)
            opinion = genre in ("opinion", "analysis")
            anchors = xlang.anchors(tokens, lang, self._name_test(lang) if opinion else None)
            other = self._across(anchors, lang, _when(article), vec, norm, genre)
            if other is not None:
                log.debug(
                    "article %r (%s) joins story %s (%s) across languages",
                    article.id,
                    lang,
                    other.id,
                    other.lang,
                )
                self._join_across(article, other, sh, chash, lang, (vec, norm))
                return other.id
            story = self._new_story(self._fresh_id(article))
            self._ingest(
                article, story, terms, sh, chash, weighted=(vec, norm), emb=emb, posted=top[: cfg.index_terms]
            )
            if lang != self._main_lang():
                # A text in a minority language is looked up by its names from the other
                # languages; its heaviest terms are its own language's words (rare in the
                # stream, so heavy), which the others never query.
                for key in xlang.name_terms(anchors):
                    if (i := self._df.id_of(key)) is not None:
                        self._postings.post(i, story.num)
            return story.id
        if best is not None and not template and self._is_rewrite(sh, best):
            # One press release (or wire story) lightly edited by another outlet: one more
            # outlet, not one more piece of evidence, as a copy (its words were counted in
            # the IDF above, as any text that reached scoring).
            log.debug("article %r is a rewrite of a text in story %s", article.id, best.id)
            self._register(article, best)
            if chash is not None and sh is not None:
                self._dups.add(sh, best.id, chash)
            return best.id
        story = best if best is not None else self._new_story(self._fresh_id(article))
        self._ingest(
            article, story, terms, sh, chash, weighted=(vec, norm), emb=emb, posted=top[: cfg.index_terms]
        )
        if self._repair and not template:
            story = self._repair_around(story)
        return story.id

    def _is_rewrite(self, sh: Signature | None, story: Story) -> bool:
        """Whether the text (copy signature ``sh``) rewrites one of ``story``'s first texts
        (``ClusterConfig.rewrite_jaccard``): read only for the story it joins."""
        thr = self.config.rewrite_jaccard
        return thr is not None and sh is not None and story.rewrites(sh, thr)

    def _names_in(self, names: frozenset[str], story: Story) -> bool:
        """True unless the text repeats names and the story's centroid has none of them."""
        if not names:
            return True
        ids = story.terms
        return any((i := self._df.id_of(n)) is not None and i in ids for n in names)

    def _with_static(self, tokens: Tokens, emb: np.ndarray | None) -> np.ndarray | None:
        """The article's embedding with its static word-vector part (``static_weight``)."""
        if not self._static:
            return emb
        return static.mix(static.embed(tokens, self._df.idf), emb, self.config, batch=False)

    def _fingerprint(
        self, article: Article, tokens: tuple[list[Token], list[Token]]
    ) -> tuple[Signature | None, str | None]:
        return fingerprint(article, tokens, self.config, self._dups.hasher)

    def _is_copy(self, chash: str | None, sh: Signature | None) -> str | None:
        if chash is None or sh is None:
            return None
        target = self._dups.find(sh, chash)
        return self._resolve(target) if target is not None else None

    def _features(
        self, article: Article, tokens: tuple[list[Token], list[Token]] | None = None
    ) -> tuple[dict[str, float], dict[int, float], float]:
        """Raw term weights, TF-IDF weights by term id and their norm; counts the text in
        the IDF."""
        note_long_body(article.id, article.text, self.config)
        if tokens is None:
            tokens = tokenize_article(article.title, article.text, self.config)
        # Another language's function words are rare in the stream, hence heavy: dropped.
        tokens = drop_stopwords(tokens, xlang.norm_lang(article.language))
        terms = extract_terms(article.title, article.text, self._nouns, self.config, tokens)
        if not terms:
            return terms, {}, 0.0
        # IDF counts this text before it is scored: its own terms are never "unseen".
        vec, norm = self._df.add_weigh(terms)
        return terms, vec, norm

    def _joined(self, found: tuple[float, int, float] | None) -> Story | None:
        """The story the join rule takes for the best candidate ``found`` (``_nearest``), if
        any."""
        if found is None:
            return None
        score = self._corrected(found[0], found[2])
        if score is None or score < self.config.join_threshold:
            return None
        return self._live[found[1]]

    def _nearest(
        self,
        vec: dict[int, float],
        norm: float,
        when: datetime | None,
        emb: np.ndarray | None = None,
        query: list[tuple[int, float]] | None = None,
        *,
        skip: int = -1,
        lang: str | None = None,
    ) -> tuple[float, int, float] | None:
        """The best-scoring candidate story (never story number ``skip``, never one in a
        known language other than ``lang``) as ``(score, story number, sum of the positive
        scores of all candidates)``; ``None`` if none. With the split repair on, the scored
        candidates are kept in ``_scored``."""
        cfg = self.config
        w = static.emb_weight(cfg, batch=False) if emb is not None else 0.0
        scored = self._scored if self._repair else None
        if scored is not None:
            scored.clear()
        if norm == 0.0:
            return None
        if query is None:
            query = _top(vec, cfg.query_terms)
        best: tuple[float, int] | None = None
        rest = 0.0  # sum of the positive scores: the article's background, best included
        ranked = self._postings.ranked(query)
        if skip >= 0:
            ranked = [n for n in ranked if n != skip]
        for num in self._first_live(ranked):
            story = self._live[num]
            if lang is not None and story.lang is not None and story.lang != lang:
                continue
            gap = self._gap(story, when)
            if gap is None or story.norm == 0.0:
                continue
            score = story.dot(vec) / (norm * story.norm)
            if w:
                # Dense only rescores the candidates the index found (cost stays flat).
                score = (1.0 - w) * score + w * story.dense_cos(emb)  # type: ignore[arg-type]
            score -= cfg.time_penalty * gap
            if score > 0.0:
                rest += score
            if scored is not None:
                scored.append((num, score))
            if best is None or score > best[0] or (score == best[0] and num < best[1]):
                best = (score, num)
        if best is None:
            return None
        return best[0], best[1], rest

    def _corrected(self, score: float, rest: float) -> float | None:
        """The best candidate's score after the background correction, or ``None`` under
        ``join_floor``."""
        if score < self.config.join_floor:
            return None
        return self._less_background(score, rest)

    def _less_background(self, score: float, rest: float) -> float:
        """``score`` less the background correction."""
        cfg = self.config
        if cfg.background_weight and score > 0.0:
            # Hubness correction (docs/clustering.md, "Online background correction"): the
            # best story must stand out from the article's other candidates, whose mean
            # score (over ``candidates - 1`` slots; absent ones count 0) is how crowded
            # its topic is right now. Monotone in the score: the ranking is unchanged.
            score -= cfg.background_weight * (rest - score) / max(1, cfg.candidates - 1)
        return score

    def _shortlist(self, cands: dict[int, float]) -> list[int]:
        """The best ``candidates`` live stories by index score (ties: first reached)."""
        # sorted() is stable over the dict's insertion order: ties resolve the same way
        # on every run.
        return self._first_live(sorted(cands, key=cands.__getitem__, reverse=True))

    def _first_live(self, ranked: list[int]) -> list[int]:
        """The first ``candidates`` stories of ``ranked`` that are still live."""
        live = self._live
        k = self.config.candidates
        out: list[int] = []
        for n in ranked:
            if n in live:
                out.append(n)
                if len(out) == k:
                    break
        return out
