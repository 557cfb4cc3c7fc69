"""The online clusterer's part for streams in several languages (plainwire.cluster.xlang).

Texts in another language than a story's join it only by the cross-language rule (shared
rare names and figures within ``xlang_window``), and their words stay out of its centroid
(``Story.foreign`` keeps them per language). docs/clustering.md, "Other languages".
"""

from __future__ import annotations

from datetime import datetime

from plainwire.cluster import xlang
from plainwire.cluster.base import ClustererBase
from plainwire.cluster.story import Signature, Story
from plainwire.models import Article


class CrossLanguage(ClustererBase):
    """Language bookkeeping and the cross-language join of ``OnlineClusterer``."""

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
