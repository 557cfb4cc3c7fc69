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
"""

from __future__ import annotations

import logging
import math
import os
from array import array
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice, repeat
from operator import itemgetter, mul

import numpy as np

from plainwire.cluster import static, xlang
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.index import Postings, TermTable
from plainwire.cluster.neardup import MinHasher, NearDupIndex
from plainwire.cluster.text import (
    ProperNouns,
    Token,
    drop_stopwords,
    extract_terms,
    note_long_body,
    repeated_names,
    tokenize_article,
    word_hashes,
)
from plainwire.errors import ConfigError
from plainwire.models import Article

log = logging.getLogger(__name__)

Signature = np.ndarray  # MinHash signature of a text


@dataclass(slots=True)
class Story:
    """Mutable state of one live story inside the clusterer.

    The centroid is kept compact (parallel term-id / float32 arrays, at most
    ``story_terms`` entries): it is the sum of the story's unit-length TF-IDF article
    vectors, weighted with the IDF in force when each article arrived. Terms are the
    clusterer's ``TermTable`` ids: scoring reads them from this one buffer instead of
    dereferencing a term string per entry.
    """

    num: int
    id: str
    terms: array = field(default_factory=lambda: array("i"))
    weights: array = field(default_factory=lambda: array("f"))
    norm: float = 0.0
    article_ids: list[str] = field(default_factory=list)
    texts: int = 0  # distinct texts (syndicated copies count once)
    sources: set[str] = field(default_factory=set)
    first: datetime | None = None
    last: datetime | None = None
    #: Sum of the story's unit article embeddings (float32; 384 values = 1.5 KB per story
    #: with dense scoring, 96 with static vectors alone); its direction is the running mean.
    dense: np.ndarray | None = None
    #: Language of the story's first text (``None``: unknown). Texts in another language
    #: join only by the cross-language rule (plainwire.cluster.xlang) and leave the
    #: centroid in this one.
    lang: str | None = None
    #: Texts in other languages joined by the cross-language rule, per language: the sum of
    #: their unit vectors (at most ``story_terms`` terms), so that a later text in that
    #: language can join them by the same-language score (``None`` until there is one).
    foreign: dict[str, dict[int, float]] | None = None

    def add_foreign(self, lang: str, vec: dict[int, float], norm: float, cap: int) -> None:
        if norm <= 0.0:
            return
        if self.foreign is None:
            self.foreign = {}
        acc = self.foreign.setdefault(lang, {})
        for t, v in vec.items():
            acc[t] = acc.get(t, 0.0) + v / norm
        if len(acc) > cap:
            self.foreign[lang] = dict(_top(acc, cap))

    def foreign_cos(self, lang: str, vec: dict[int, float], norm: float) -> float:
        """Cosine of a text in ``lang`` with the story's texts in that language (0 if none)."""
        acc = self.foreign.get(lang) if self.foreign else None
        if not acc or norm <= 0.0:
            return 0.0
        n = math.sqrt(sum(v * v for v in acc.values()))
        return sum(w * vec.get(t, 0.0) for t, w in acc.items()) / (n * norm)

    def add_dense(self, emb: np.ndarray) -> None:
        if self.dense is None:
            self.dense = emb.astype(np.float32, copy=True)
        else:
            self.dense += emb

    def dense_cos(self, emb: np.ndarray) -> float:
        if self.dense is None:
            return 0.0
        n = float(np.linalg.norm(self.dense))
        return float(self.dense @ emb) / n if n > 0 else 0.0

    def vec(self) -> dict[int, float]:
        return dict(zip(self.terms, self.weights, strict=True))

    def set_vec(self, vec: dict[int, float], cap: int) -> None:
        # Heaviest terms first (stable sort: ties keep insertion order, so runs repeat).
        items = sorted(vec.items(), key=itemgetter(1), reverse=True)[:cap]
        self.terms = array("i", (t for t, _ in items))
        self.weights = array("f", (w for _, w in items))
        self.norm = math.sqrt(sum(map(mul, self.weights, self.weights)))

    def dot(self, vec: dict[int, float]) -> float:
        # map() keeps the loop in C: this is the innermost step of scoring.
        return sum(map(mul, self.weights, map(vec.get, self.terms, repeat(0.0))))

    def touch(self, when: datetime | None) -> None:
        if when is None:
            return
        if self.first is None or when < self.first:
            self.first = when
        if self.last is None or when > self.last:
            self.last = when


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """Read-only view of a live story."""

    id: str
    article_ids: tuple[str, ...]
    texts: int  # distinct texts: syndicated copies count once
    sources: frozenset[str]
    first: datetime | None
    last: datetime | None


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    """Two live stories that look like one event; ``keep`` survives, ``absorb`` redirects."""

    keep: str
    absorb: str
    score: float


Tokens = tuple[list[Token], list[Token]]
Prepared = tuple[Tokens, "Signature | None", "str | None"]


def fingerprint(
    article: Article, tokens: Tokens, config: ClusterConfig, hasher: MinHasher
) -> tuple[Signature | None, str | None]:
    """MinHash signature and content-hash key of a text long enough to call copies by."""
    hs = word_hashes(tokens)  # one per word (stopwords included), carried by the tokens
    if len(hs) < config.near_dup_min_words:
        return None, None
    return hasher.signature_of_hashes(hs), article.content_hash[:20]


def _when(article: Article) -> datetime | None:
    """Publication time as aware UTC (a naive time is taken as UTC, never compared naive)."""
    when = article.published
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when


def _top(vec: dict[int, float], k: int) -> list[tuple[int, float]]:
    return sorted(vec.items(), key=itemgetter(1), reverse=True)[:k]


class OnlineClusterer:
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

    def restore(self, stories: Iterable[tuple[str, Sequence[Article]]]) -> None:
        """Warm start from stored stories, keeping their ids.

        Articles are replayed in publication order (given order where undated) into their
        given stories, so later ``add`` calls see the same index, IDF and centroids as if
        the articles had been added one by one.
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
            if story.texts and self._foreign(lang, story):
                # Joined across languages (add() did not fold it into the centroid).
                _terms, fvec, fnorm = self._features(art, tokens)  # counted in the IDF, as add() did
                self._join_across(art, story, sh, chash, lang, (fvec, fnorm))
                continue
            terms, vec, norm = self._features(art, tokens)
            emb = self._with_static(tokens, None if embs is None else embs[i])
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

    def merge_candidates(self, threshold: float | None = None) -> list[MergeCandidate]:
        """Pairs of live stories whose centroids are as close as one event's articles.

        The older story (created first) is the one kept, so its id and page survive.
        """
        cfg = self.config
        thr = cfg.merge_threshold if threshold is None else threshold
        out: dict[tuple[int, int], float] = {}
        for story in list(self._live.values()):
            if story.norm == 0.0:
                continue
            vec = story.vec()
            cands = self._postings.gather(_top(vec, cfg.query_terms))
            cands.pop(story.num, None)
            for num in self._shortlist(cands):
                key = (min(story.num, num), max(story.num, num))
                if key in out:
                    continue
                other = self._live[num]
                if other.norm == 0.0 or not self._time_ok(other, story.first, story.last):
                    continue
                score = other.dot(vec) / (story.norm * other.norm)
                if score >= thr:
                    out[key] = score
        return [
            MergeCandidate(self._live[a].id, self._live[b].id, sc)
            for (a, b), sc in sorted(out.items(), key=lambda x: (-x[1], x[0]))
        ]

    def merge(self, keep: str, absorb: str) -> None:
        """Fold story ``absorb`` into ``keep``; ``absorb`` then redirects to ``keep``."""
        a, b = self._by_id.get(keep), self._by_id.get(absorb)
        if a is None or b is None or a is b:
            raise KeyError(f"cannot merge {absorb!r} into {keep!r}: not two live stories")
        self._fold(a, b)
        log.info("story %s merged into %s", b.id, a.id)

    def _fold(self, a: Story, b: Story) -> None:
        """Fold live story ``b`` into ``a``; ``b`` redirects to ``a``. Redirect chains and
        the copy index's owners are resolved when read (``_resolve``), so this costs
        what the two stories hold, not what the clusterer holds."""
        vec = a.vec()
        for t, v in zip(b.terms, b.weights, strict=True):
            vec[t] = vec.get(t, 0.0) + v
        a.set_vec(vec, self.config.story_terms)
        if b.dense is not None:
            a.add_dense(b.dense)
        for lang, fvec in (b.foreign or {}).items():
            a.add_foreign(lang, fvec, 1.0, self.config.story_terms)
        a.article_ids.extend(b.article_ids)
        a.texts += b.texts
        a.sources |= b.sources
        a.touch(b.first)
        a.touch(b.last)
        for aid in b.article_ids:
            self._article_story[aid] = a.id
        del self._live[b.num]
        del self._by_id[b.id]
        self.redirects[b.id] = a.id
        for t, _ in _top(a.vec(), self.config.index_terms):
            self._postings.post(t, a.num)
        self._live.move_to_end(a.num)

    # ------------------------------------------------------------------ placement
    def add_many(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 0,
        embeddings: Iterable[np.ndarray] | None = None,
    ) -> Iterator[str]:
        """Place articles in order, yielding each story id as ``add`` would.

        Tokenising and copy fingerprints are pure functions of the text; with
        ``workers`` > 0 (0: one per extra core, none on a single core) they run in worker
        processes while this process scores and updates the index. Results are
        identical to calling ``add`` one by one.

        With dense scoring on, embeddings are computed in chunks of 64 articles ahead of
        placement (one forward pass per chunk), or taken from ``embeddings`` (one unit
        vector per article, in order: e.g. stored ones, or computed once for a sweep).
        """
        n = (os.cpu_count() or 1) - 1 if workers == 0 else workers
        pending: deque[np.ndarray | None] = deque()
        if not self._dense:
            stream: Iterable[Article] = articles
        elif embeddings is not None:
            stream = self._zip_given(articles, embeddings, pending)
        else:
            stream = self._embed_ahead(articles, pending)
        if n <= 0:
            for art in stream:
                yield self._add_prepared(art, None, pending.popleft() if self._dense else None)
            return
        from plainwire.cluster.parallel import prepared_stream

        for art, prep in prepared_stream(stream, self.config, n):
            yield self._add_prepared(art, prep, pending.popleft() if self._dense else None)

    def _add_prepared(self, art: Article, prep: Prepared | None, emb: np.ndarray | None) -> str:
        known = self._article_story.get(art.id)
        if known is not None:
            log.warning("article %r arrived again; kept in story %s", art.id, known)
            return self._resolve(known)
        return self._place(art, prep, emb=emb)

    # ------------------------------------------------------------------ dense
    def _embed_one(self, article: Article) -> np.ndarray | None:
        if not self._dense:
            return None
        from plainwire.cluster import dense

        return dense.encode_articles([article])[0]

    def _embed_all(self, articles: Sequence[Article]) -> np.ndarray | None:
        if not self._dense:
            return None
        from plainwire.cluster import dense

        return dense.encode_articles(articles)

    def _embed_ahead(
        self, articles: Iterable[Article], out: deque[np.ndarray | None], chunk: int = 64
    ) -> Iterator[Article]:
        """Yield articles, having pushed each one's embedding onto ``out`` first.

        The consumer pops one embedding per placed article; whatever reads ahead of the
        placement (worker processes) only ever adds a bounded number of chunks to ``out``.
        """
        from plainwire.cluster import dense

        it = iter(articles)
        while batch := list(islice(it, chunk)):
            out.extend(dense.encode_articles(batch))
            yield from batch

    @staticmethod
    def _zip_given(
        articles: Iterable[Article], embeddings: Iterable[np.ndarray], out: deque[np.ndarray | None]
    ) -> Iterator[Article]:
        for art, emb in zip(articles, embeddings, strict=True):
            out.append(np.asarray(emb, dtype=np.float32))
            yield art

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
        if best is None and lang is not None and len(self._langs) > 1 and cfg.cross_language:
            # The same-language decision starts a story: a story in another language may
            # still report this event (names, figures, time; plainwire.cluster.xlang).
            anchors = xlang.anchors(tokens, lang)
            other = self._across(anchors, lang, _when(article), vec, norm)
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
        story = best if best is not None else self._new_story(self._fresh_id(article))
        self._ingest(
            article, story, terms, sh, chash, weighted=(vec, norm), emb=emb, posted=top[: cfg.index_terms]
        )
        if self._repair and not template:
            story = self._repair_around(story)
        return story.id

    def _repair_around(self, story: Story) -> Story:
        """Split repair (docs/clustering.md, "Online split repair"): ``story`` just took
        the article placed. The article's best other candidate, when it is a story of one
        text, is placed again as if it arrived now: looked up in the index with its own
        vector, scored against its current candidates with the join rule's background
        correction. If its best story is now ``story`` and the corrected score is at least
        ``repair_threshold``, the two merge (the story created first keeps its id; the
        other redirects). A text that started its story was refused by the join rule a
        moment ago: nothing is looked up then. Returns the story now holding the article."""
        if story.texts < 2:
            return story
        cfg = self.config
        thr = cfg.repair_threshold
        assert thr is not None
        # Best first; ties: the story created first (deterministic).
        others = sorted((-sc, num) for num, sc in self._scored if num != story.num and sc > 0.0)
        for _neg, num in others[: cfg.repair_lookups]:
            lone = self._live.get(num)
            if lone is None or lone.texts != 1 or lone.norm == 0.0:
                continue
            vec = lone.vec()
            found = self._nearest(
                vec, lone.norm, lone.first, lone.dense, _top(vec, cfg.query_terms), skip=num
            )
            if found is None or found[1] != story.num:
                continue
            score = self._corrected(found[0], found[2])
            if score is None or score < thr:
                continue
            keep, gone = (story, lone) if story.num < lone.num else (lone, story)
            self._fold(keep, gone)
            self._merges.append((gone.id, keep.id))
            log.debug("split repair: story %s merged into %s (score %.3f)", gone.id, keep.id, score)
            story = keep
        return story

    # ------------------------------------------------------------------ across languages
    def _note_lang(self, article: Article) -> str | None:
        """The article's language (normalised; ``None`` if unknown), counted."""
        lang = xlang.norm_lang(article.language)
        if lang is not None:
            self._langs[lang] = self._langs.get(lang, 0) + 1
        return lang

    def _main_lang(self) -> str | None:
        """The language most texts placed so far are in."""
        langs = self._langs
        return max(langs, key=langs.__getitem__) if langs else None

    @staticmethod
    def _foreign(lang: str | None, story: Story) -> bool:
        return lang is not None and story.lang is not None and lang != story.lang

    def _across(
        self, anchors: xlang.Anchors, lang: str, when: datetime | None, vec: dict[int, float], norm: float
    ) -> Story | None:
        """The live story in another language that this text reports, by the cross-language
        rule (plainwire.cluster.xlang), or ``None``. Candidates: the index's stories for
        the text's names."""
        cfg = self.config
        if len(anchors.names) < min(1, cfg.xlang_min_names):
            return None
        df = self._df
        query: list[tuple[int, float]] = []
        for key in xlang.name_terms(anchors):
            for k in dict.fromkeys((key, xlang.fold(key))):  # (ordered: runs repeat)
                i = df.id_of(k)
                if i is not None:
                    query.append((i, vec.get(i, 1.0)))
        # ... and its figures as written ("#212"): a story's heaviest terms, which it is
        # posted under, hold its figures, and in a language the stream rarely sees, more of
        # its own words than of its names.
        query.extend((i, w) for i, w in vec.items() if df.key_of(i)[:1] == "#")
        if not query:
            return None
        live = self._live
        scored: list[tuple[int, float]] = []
        same: tuple[float, int] | None = None  # best story already holding texts in ``lang``
        seen = 0
        for num in self._postings.ranked(query):
            story = live.get(num)
            if story is None or story.lang is None or story.lang == lang or story.norm == 0.0:
                continue
            seen += 1
            if seen > cfg.candidates:
                break
            if not self._within(story, when, cfg.xlang_window):
                continue
            if story.foreign is not None and lang in story.foreign:
                # The story already took texts in this language: the same-language score
                # against them decides as the join rule would (a second Spanish report of
                # a landslide the first joined), and alone: names and small counts shared
                # across languages must not overrule words that say another event (an
                # English treaty report and the English reports a quarry story took).
                cos = story.foreign_cos(lang, vec, norm)
                if cos >= cfg.join_floor and (same is None or cos > same[0]):
                    same = (cos, num)
                continue
            side = xlang.story_side((df.key_of(i) for i in story.terms), story.lang)
            points = xlang.shared(
                anchors,
                side,
                self._nouns.is_proper,
                self._is_rare,
                min_names=cfg.xlang_min_names,
                min_figures=cfg.xlang_min_figures,
                count_weight=cfg.xlang_count_weight,
            )
            if points is not None:
                scored.append((num, points))
        if same is not None:
            return live[same[1]]
        chosen = xlang.pick(scored)
        return None if chosen is None else live[chosen]

    @staticmethod
    def _within(story: Story, when: datetime | None, window: timedelta) -> bool:
        """Whether ``when`` is within ``window`` of the story's time span (undated: yes)."""
        if when is None or story.first is None or story.last is None:
            return True
        return story.first - window <= when <= story.last + window

    def _join_across(
        self,
        article: Article,
        story: Story,
        sh: Signature | None,
        chash: str | None,
        lang: str | None,
        weighted: tuple[dict[int, float], float],
    ) -> None:
        """Add a text in another language to ``story``: one more text and outlet; its words
        stay out of the centroid (the story's language keeps deciding same-language joins),
        in the story's vector for that language instead (``Story.foreign``)."""
        if lang is not None:
            story.add_foreign(lang, weighted[0], weighted[1], self.config.story_terms)
        story.texts += 1
        self._register(article, story)
        if chash is not None and sh is not None:
            self._dups.add(sh, story.id, chash)

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

    def _second_look(
        self,
        found: tuple[float, int, float],
        tokens: Tokens,
        lang: str | None,
        when: datetime | None,
        genre: str | None,
    ) -> Story | None:
        """The best candidate, if the join rule refused it but a lower bar with more evidence
        takes it (docs/clustering.md, "Opinion pieces" and "Same event, other words"):

        - an opinion or analysis piece: corrected score >= ``opinion_threshold`` and plain
          score >= ``opinion_floor``;
        - a dated text within ``anchor_window`` of the story that shares at least
          ``anchor_min_names`` rare name words with it: plain score >= ``anchor_share *
          join_floor``, corrected score >= ``join_threshold`` as usual.

        Only reached when the join rule starts a new story, and the names are read only for
        a candidate already in the score band: the common path costs one comparison."""
        cfg = self.config
        score, num, rest = found
        story = self._live[num]
        if lang != story.lang:
            # Lower bars within one language only (both unknown counts as one): across
            # languages, or with one side unknown, the words compared are not the event's.
            return None
        corrected = self._less_background(score, rest)
        if (
            cfg.opinion_threshold is not None
            and genre in ("opinion", "analysis")
            and score >= cfg.opinion_floor
            and corrected >= cfg.opinion_threshold
        ):
            return story
        share = cfg.anchor_share
        if share is None or when is None or score < share * cfg.join_floor or corrected < cfg.join_threshold:
            return None
        if not self._within(story, when, cfg.anchor_window):
            return None
        df = self._df
        keys = frozenset(xlang.fold(df.key_of(i)) for i in story.terms)
        shared = xlang.shared_name_words(
            xlang.anchors(tokens, lang), keys, self._nouns.is_proper, self._is_rare
        )
        return story if shared >= cfg.anchor_min_names else None

    def _is_rare(self, key: str) -> bool:
        """Whether few texts carry the term ``key`` (a name that says which event)."""
        df = self._df
        return df.count_of(key) <= max(xlang.NAME_MAX_TEXTS, xlang.NAME_MAX_SHARE * df.n)

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

    # ------------------------------------------------------------------ story state
    def _new_story(self, story_id: str, *, reuse: bool = False) -> Story:
        if story_id in self._by_id or (story_id in self._used_ids and not reuse):
            raise ValueError(f"story id {story_id!r} already in use")
        story = Story(num=self._next_num, id=story_id)
        self._next_num += 1
        self._used_ids.add(story_id)
        self._note_label(story_id)
        self._live[story.num] = story
        self._by_id[story_id] = story
        self._evict_over_cap()
        return story

    def _ingest(
        self,
        article: Article,
        story: Story,
        terms: dict[str, float],
        sh: Signature | None,
        chash: str | None,
        *,
        weighted: tuple[dict[int, float], float],
        emb: np.ndarray | None = None,
        posted: list[tuple[int, float]] | None = None,
    ) -> None:
        vec, norm = weighted
        if not story.texts:
            story.lang = xlang.norm_lang(article.language)
        if norm > 0:
            cvec = story.vec()
            for t, v in vec.items():
                cvec[t] = cvec.get(t, 0.0) + v / norm
            story.set_vec(cvec, self.config.story_terms)
            post, num = self._postings.post, story.num
            # A story with no text yet was never posted (story numbers are not reused):
            # its posts need no duplicate check.
            fresh = story.texts == 0
            for t, _ in posted if posted is not None else _top(vec, self.config.index_terms):
                post(t, num, fresh=fresh)
            if emb is not None:
                story.add_dense(emb)
        story.texts += 1
        self._register(article, story)
        if chash is not None and sh is not None:
            self._dups.add(sh, story.id, chash)

    def _register(self, article: Article, story: Story) -> None:
        story.article_ids.append(article.id)
        if article.source:
            story.sources.add(article.source)
        story.touch(_when(article))
        self._article_story[article.id] = story.id
        self._live.move_to_end(story.num)

    def _resolve(self, story_id: str) -> str:
        seen = 0
        while story_id in self.redirects and seen < 1000:
            story_id = self.redirects[story_id]
            seen += 1
        return story_id

    # ------------------------------------------------------------------ time
    def _gap(self, story: Story, when: datetime | None) -> float | None:
        """Time distance to the story in dormancy units; ``None`` if too far."""
        if when is None or story.first is None or story.last is None:
            return 0.0
        if story.first <= when <= story.last:
            return 0.0
        delta = (story.first - when) if when < story.first else (when - story.last)
        frac = delta / self.config.dormancy
        return None if frac > 1.0 else frac

    def _time_ok(self, story: Story, first: datetime | None, last: datetime | None) -> bool:
        return self._gap(story, first) is not None or self._gap(story, last) is not None

    def _advance_clock(self, article: Article, *, warn: bool = True) -> None:
        when = _when(article)
        if when is None:
            return
        if warn and self._clock is not None and when < self._clock - self.config.late_tolerance:
            self.late_articles += 1
            n = self.late_articles
            # An unsorted file makes nearly every article late: warn on the 1st, 10th, 100th, ...
            # (a bounded log for a stream that never ends), the rest at debug level.
            level = logging.WARNING if n == 10 ** (len(str(n)) - 1) else logging.DEBUG
            log.log(
                level,
                "article %r published %s, before already-seen %s: out of time order "
                "(%d such article%s so far; placed against the stories still live)",
                article.id,
                when.isoformat(),
                self._clock.isoformat(),
                n,
                "" if n == 1 else "s",
            )
        if self._clock is None or when > self._clock:
            self._clock = when
            # A replay (restore, warn=False) keeps the article ids it was given: they all
            # belong to the stored live window.
            self._evict_dormant(forget_articles=warn)

    def _evict_dormant(self, *, forget_articles: bool = True) -> None:
        if self._clock is None:
            return
        horizon = self._clock - self.config.dormancy
        # Least recently updated first; stop at the first story that is still awake.
        while self._live:
            num, story = next(iter(self._live.items()))
            if story.last is None or story.last >= horizon:
                break
            self._drop(num, forget_articles=forget_articles)

    def _evict_over_cap(self) -> None:
        cap = self.config.max_live_stories
        while cap is not None and len(self._live) > cap:
            self._drop(next(iter(self._live)))

    def _drop(self, num: int, *, forget_articles: bool = True) -> None:
        story = self._live.pop(num)
        del self._by_id[story.id]
        # A long-running process must not keep per-article state for stories that left
        # the live window: the store keeps them, and restore() rebuilds only the live
        # window, so this is exactly the state a restart would have.
        if forget_articles:
            for aid in story.article_ids:
                self._article_story.pop(aid, None)
        self._dups.expire(self._is_live_owner)
        log.debug("story %s went dormant", story.id)

    def _term_ids_in_use(self) -> np.ndarray:
        """Term ids held by posting lists and live story centroids (``TermTable`` keeps
        them when it prunes; repeats allowed)."""
        lists = self._postings.lists
        parts = [np.fromiter(lists, dtype=np.int32, count=len(lists))]  # ids < 2**31, as in centroids
        parts += [np.frombuffer(s.terms, dtype=np.int32) for s in self._live.values() if s.terms]
        return np.concatenate(parts)

    def _is_live_owner(self, story_id: str) -> bool:
        return self._resolve(story_id) in self._by_id

    # ------------------------------------------------------------------ ids
    def _fresh_id(self, article: Article) -> str:
        if self._id_factory is not None:
            sid = self._id_factory(article)
            if sid in self._used_ids:
                raise ValueError(f"id_factory returned an id already in use: {sid!r}")
            return sid
        while f"s{self._next_label}" in self._used_ids:
            self._next_label += 1
        return f"s{self._next_label}"

    def _note_label(self, story_id: str) -> None:
        if story_id.startswith("s") and story_id[1:].isdigit():
            self._next_label = max(self._next_label, int(story_id[1:]) + 1)
