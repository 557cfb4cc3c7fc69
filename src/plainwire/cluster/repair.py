"""The online clusterer's merges: stories that turned out to be one event.

``merge_candidates``/``merge`` are for the caller (the pipeline's periodic check); the split
repair (``repair_threshold``, docs/clustering.md "Online split repair") runs after each join.
"""

from __future__ import annotations

import logging

from plainwire.cluster.base import ClustererBase
from plainwire.cluster.story import MergeCandidate, Story, _top

log = logging.getLogger(__name__)


class Repair(ClustererBase):
    """Merging live stories of ``OnlineClusterer``."""

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
        for sig in b.sigs:
            a.keep_sig(sig, self.config.rewrite_texts)
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
