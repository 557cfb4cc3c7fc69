"""The online clusterer's story state: creating, filling and retiring stories, its clock and
story ids (a part of ``OnlineClusterer``, plainwire.cluster.base says which)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import numpy as np

from plainwire.cluster import xlang
from plainwire.cluster.base import ClustererBase
from plainwire.cluster.story import Signature, Story, _top, _when
from plainwire.models import Article

log = logging.getLogger(__name__)


class StoryState(ClustererBase):
    """Stories, their clock and their ids, for ``OnlineClusterer``."""

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
            kept = self._dups.add(sh, story.id, chash)
            if self.config.rewrite_jaccard is not None:
                story.keep_sig(kept, self.config.rewrite_texts)

    def _register(self, article: Article, story: Story) -> None:
        story.article_ids.append(article.id)
        if article.source:
            story.sources.add(article.source)
        when = _when(article)
        story.touch(when)
        # A text revised in place (a live blog, an updated report) is read as it stands at
        # its revision: the story was still being reported then, so its time span (the
        # time penalty, dormancy, the windows of the lower bars and of the cross-language
        # rule) runs to there (docs/clustering.md, "Revised texts"). Not further than a dormancy gap past publication: a page
        # stamped "modified" long after (a site rebuild) says nothing of the event.
        revised = _revised(article)
        if revised is not None and when is not None and when < revised <= when + self.config.dormancy:
            story.touch(revised)
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
        """Term ids held by posting lists and live story vectors (``TermTable`` keeps
        them when it prunes; repeats allowed)."""
        lists = self._postings.lists
        parts = [np.fromiter(lists, dtype=np.int32, count=len(lists))]  # ids < 2**31, as in centroids
        parts += [np.frombuffer(s.terms, dtype=np.int32) for s in self._live.values() if s.terms]
        # ... and by their texts in other languages (read back by the cross-language rule;
        # there are none in a stream of one language, which skips the walk).
        if len(self._langs) > 1:
            parts += [
                np.fromiter(v, dtype=np.int32, count=len(v))
                for s in self._live.values()
                if s.foreign
                for v in s.foreign.values()
            ]
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


def _revised(article: Article) -> datetime | None:
    """When the text was last revised, as aware UTC (``None``: not said)."""
    when = article.modified
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when
