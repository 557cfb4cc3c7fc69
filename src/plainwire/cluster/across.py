"""The online clusterer's part for streams in several languages (plainwire.cluster.xlang).

Texts in another language than a story's join it only by the cross-language rule (shared
rare names and figures within ``xlang_window``), and their words stay out of its centroid
(``Story.foreign`` keeps them per language). docs/clustering.md, "Other languages".
"""

from __future__ import annotations

from collections.abc import Callable
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
        self,
        anchors: xlang.Anchors,
        lang: str,
        when: datetime | None,
        vec: dict[int, float],
        norm: float,
        genre: str | None = None,
    ) -> Story | None:
        """The live story in another language that this text reports, by the cross-language
        rule (plainwire.cluster.xlang), or ``None``. Candidates: the index's stories for
        the text's names. Against a story's texts in the text's own language the join rule's
        floor applies, or for an opinion or analysis piece the opinion bar's
        (``opinion_floor``: a French op-ed on a treaty whose French report the story took).
        An opinion or analysis piece may also join by ``xlang.opinion_shared``. When the
        story is one that took texts in ``lang`` and the rule picks another, lone one, the
        two merge first (``_bridged``)."""
        cfg = self.config
        floor = cfg.join_floor
        if genre in ("opinion", "analysis") and cfg.opinion_threshold is not None:
            floor = min(floor, cfg.opinion_floor)
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
        is_name = self._name_test(lang)
        seen = 0
        for num in self._postings.ranked(query):
            story = live.get(num)
            if story is None or story.lang is None or story.lang == lang or story.norm == 0.0:
                continue
            seen += 1
            if seen > cfg.candidates:
                break
            if story.foreign is not None and lang in story.foreign:
                # The story already took texts in this language: the same-language score
                # against them decides as the join rule would (a second Spanish report of
                # a landslide the first joined), and alone: names and small counts shared
                # across languages must not overrule words that say another event (an
                # English treaty report and the English reports a quarry story took). As
                # the join rule, within a dormancy gap less the time penalty: an English
                # follow-up a day later to a story a Dutch report began is such a text.
                gap = self._gap(story, when)
                if gap is None:
                    continue
                cos = story.foreign_cos(lang, vec, norm)
                if not self._within(story, when, cfg.xlang_window):
                    cos -= cfg.time_penalty * gap
                if cos >= floor and (same is None or cos > same[0]):
                    same = (cos, num)
                continue
            if not self._within(story, when, cfg.xlang_window):
                continue
            side = self._story_side(story)
            points = xlang.shared(
                anchors,
                side,
                is_name,
                self._is_rare,
                min_names=cfg.xlang_min_names,
                min_figures=cfg.xlang_min_figures,
                count_weight=cfg.xlang_count_weight,
                names_alone=cfg.xlang_names_alone,
            )
            if points is None and genre in ("opinion", "analysis"):
                points = xlang.opinion_shared(anchors, side, is_name)
            if points is not None:
                scored.append((num, points))
        chosen = xlang.pick(scored)
        if same is not None:
            return self._bridged(live[same[1]], None if chosen is None else live[chosen])
        return None if chosen is None else live[chosen]

    def _bridged(self, story: Story, lone: Story | None) -> Story:
        """``story``, which took the text by its texts in the text's language, and ``lone``,
        the story the cross-language rule picked for the same text, are one event when
        ``lone`` is a story of one text in ``story``'s own language: a later stage the words
        of that language did not tie ("Albion voitti Pihlajarannassa 3–1" two days after
        "ottelu siirrettiin"), which this text ties by its words to the one and by its names
        and figures to the other. Merged (the story created first keeps its id; the other
        redirects, ``take_merges``); the story now holding the text is returned."""
        if (
            not self.config.xlang_bridge
            or lone is None
            or lone is story
            or lone.texts != 1
            or lone.lang != story.lang
        ):
            return story
        keep, gone = (story, lone) if story.num < lone.num else (lone, story)
        self._fold(keep, gone)
        self._merges.append((gone.id, keep.id))
        return keep

    def _name_test(self, lang: str | None) -> Callable[[str], bool]:
        """The stream's test of a word as a name, for a text in ``lang`` (a language that
        capitalises every noun needs the stricter one)."""
        return self._nouns.is_proper if lang in xlang.NOUN_CAPS else self._nouns.never_lower

    def _story_side(self, story: Story) -> xlang.StorySide:
        """The story as the cross-language rule reads it: its centroid's terms and those of
        its texts in other languages, each read in its own language (a Spanish story's
        English report gives its figures: "38 pensioners" is the event's whatever language
        the story began in)."""
        key = self._df.key_of
        side = xlang.story_side((key(i) for i in story.terms), story.lang)
        for lang, vec in (story.foreign or {}).items():
            side = side | xlang.story_side((key(i) for i in vec), lang)
        return side

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
        self._attach(article, story, sh, chash)

    def _attach(self, article: Article, story: Story, sh: Signature | None, chash: str | None) -> None:
        """Add a text to ``story`` as one more text and outlet, its words in none of the
        story's vectors (a text in another language, an opinion piece joined by its names)."""
        story.texts += 1
        self._register(article, story)
        if chash is not None and sh is not None:
            self._dups.add(sh, story.id, chash)
