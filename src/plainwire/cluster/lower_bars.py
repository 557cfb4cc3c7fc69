"""The online clusterer's second look: lower bars for a text the join rule refused.

docs/clustering.md, "Opinion pieces" and "Same event, other words".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from plainwire.cluster import xlang
from plainwire.cluster.base import ClustererBase
from plainwire.cluster.story import Story, Tokens

#: The magnitudes a figure may have been written with ("22 million").
_MAGNITUDES = (1e3, 1e6, 1e9)


class SecondLook(ClustererBase):
    """``OnlineClusterer``'s lower bars (opinion pieces, shared rare names)."""

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
          ``anchor_min_names`` anchors with it (rare name words, and specific figures
          once there is a name: ``_anchor_points``): plain score >= ``anchor_share *
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
        if not self._within(story, when, cfg.dormancy):
            return None
        points = self._anchor_points(story, tokens, lang)
        if points < cfg.anchor_min_names:
            return None
        if self._within(story, when, cfg.anchor_window):
            return story
        # A follow-up days later (a suspect released, a compensation claim after a verdict)
        # names the event's people and places, in its title or first sentence, but shares
        # few of its words: then each anchor past the minimum widens the window by
        # ``anchor_window`` (two rare names share a town and a surname by chance within
        # hours; four, two of them in the lead, the same story a day and a half on).
        window = cfg.anchor_window * (1 + points - cfg.anchor_min_names)
        if window == cfg.anchor_window or not self._within(story, when, min(window, cfg.dormancy)):
            return None
        return story if self._lead_names(story, tokens, lang) >= cfg.anchor_min_names else None

    def _lead_names(self, story: Story, tokens: Tokens, lang: str | None) -> int:
        """Rare name words the text shares with ``story`` in its title or first sentence."""
        keys = frozenset(xlang.fold(self._df.key_of(i)) for i in story.terms)
        anchors = xlang.anchors(tokens, lang, self._nouns.is_proper)
        lead = _lead_words(tokens)
        is_name, is_rare = self._nouns.is_proper, self._is_rare
        return len(
            {
                f
                for n in anchors.names
                for key, f, lower in n.words
                if lower in lead and f in keys and is_name(lower) and is_rare(key)
            }
        )

    def _took(
        self,
        story: Story,
        vec: dict[int, float],
        norm: float,
        emb: np.ndarray | None,
        tokens: Tokens,
        lang: str | None,
        when: datetime | None,
        genre: str | None,
    ) -> bool:
        """Whether ``add`` would have folded the text into ``story`` by its words (the join
        rule or the second look), not attached it by its names: ``restore`` replays an
        opinion piece as ``add`` placed it."""
        found = self._nearest(vec, norm, when, emb, lang=lang if len(self._langs) > 1 else None)
        if found is None:
            return False
        best = self._joined(found) or self._second_look(found, tokens, lang, when, genre)
        return best is story

    def _anchor_points(self, story: Story, tokens: Tokens, lang: str | None) -> int:
        """Rare name words the text shares with ``story``, plus the specific figures they
        share when there is at least one such name ("22 million" with "April": two).

        A figure is as specific as a name (the cross-language rule counts both the same
        way): a tabloid's "DRIVERS FLEECED ... rake in 22 million a year" names little but
        gives the report's figure. Not figures alone: one company's or one council's
        figures recur across its events; the name ties the figure to this one (the rule
        measured: bench/cluster_register.py)."""
        df = self._df
        terms = [df.key_of(i) for i in story.terms]
        keys = frozenset(xlang.fold(k) for k in terms)
        anchors = xlang.anchors(tokens, lang, self._nouns.is_proper)
        names = xlang.shared_name_words(anchors, keys, self._nouns.is_proper, self._is_rare)
        if not names or not anchors.figures:
            return names
        return names + _shared_figures(anchors, terms, lang)

    def _opinion_story(self, tokens: Tokens, lang: str | None, when: datetime | None) -> Story | None:
        """The live story an opinion or analysis piece the other rules refused goes under by
        its names (``ClusterConfig.opinion_min_names``), or ``None``.

        Candidates are the index's stories for the piece's name words, in any language; each
        is read with its texts in other languages (a German comment on a story an English
        report began holds the German report's names too)."""
        cfg = self.config
        need = cfg.opinion_min_names
        if need is None or when is None:
            return None
        anchors = xlang.anchors(tokens, lang)  # names mid-sentence only: "one name" stays one
        df = self._df
        query = [(i, 1.0) for k in xlang.name_terms(anchors) if (i := df.id_of(k)) is not None]
        if not query:
            return None
        is_name, is_rare = self._nouns.is_proper, self._is_rare
        lead = _lead_words(tokens)
        live = self._live
        scored: list[tuple[int, float]] = []
        for num in self._first_live(self._postings.ranked(query)):
            story = live[num]
            if not story.texts or not self._within(story, when, cfg.opinion_window):
                continue
            ids = [*story.terms, *(i for v in (story.foreign or {}).values() for i in v)]
            keys = frozenset(xlang.fold(df.key_of(i)) for i in ids)
            words = {
                (f, lower)
                for n in anchors.names
                for key, f, lower in n.words
                if f in keys and is_name(lower) and is_rare(key)
            }
            names = len({f for f, _ in words})
            if names >= need and any(lower in lead for _, lower in words):
                scored.append((num, float(names)))
        chosen = xlang.pick(scored)
        return None if chosen is None else live[chosen]

    def evidence(
        self, found: tuple[float, int, float], tokens: Tokens, lang: str | None, when: datetime | None
    ) -> Evidence | None:
        """What the text shares with its best candidate ``found`` beyond the word score (the
        second look's reading; ``None`` across languages)."""
        score, num, rest = found
        story = self._live[num]
        if lang != story.lang:
            return None
        df = self._df
        terms = [df.key_of(i) for i in story.terms]
        keys = frozenset(xlang.fold(k) for k in terms)
        anchors = xlang.anchors(tokens, lang, self._nouns.is_proper)
        is_name, is_rare = self._nouns.is_proper, self._is_rare
        words = {
            (f, lower)
            for n in anchors.names
            for key, f, lower in n.words
            if f in keys and is_name(lower) and is_rare(key)
        }
        lead = _lead_words(tokens)
        return Evidence(
            story.id,
            score,
            self._less_background(score, rest),
            len({f for f, _ in words}),
            len({f for f, lower in words if lower in lead}),
            _shared_figures(anchors, terms, lang),
            when is not None and self._within(story, when, self.config.anchor_window),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """A refused text against its best candidate story (``SecondLook.evidence``)."""

    story: str
    score: float  # plain score
    corrected: float  # less the background
    names: int  # rare name words shared
    lead: int  # of those, in the text's title or first sentence
    figures: int  # specific figures shared
    window: bool  # dated, within ``anchor_window`` of the story


def _lead_words(tokens: Tokens) -> frozenset[str]:
    """Lower-case words of the title and the body's first sentence (where a report names
    its subject)."""
    title, body = tokens
    first: list[str] = []
    for t in body:
        if not t[0] and not t[1]:  # the sentence-end marker
            if first:
                break
            continue
        first.append(t[1])
    return frozenset(t[1] for t in title) | frozenset(first)


def _shared_figures(anchors: xlang.Anchors, terms: list[str], lang: str | None) -> int:
    """Specific figures of the text that the story's term keys ``terms`` hold."""
    if not anchors.figures:
        return 0
    figures = xlang.story_side(terms, lang).figures
    # A story's centroid keeps its heaviest terms: a magnitude word common in the stream
    # ("million") may be gone from it while its figure ("#22") stays.
    return sum(
        1 for v in anchors.figures if v in figures or any(xlang._canon(v / m) in figures for m in _MAGNITUDES)
    )
