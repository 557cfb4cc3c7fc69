"""A story as the cross-language rule reads it (plainwire.cluster.xlang): its folded term keys
and the figures and small counts they hold, read in the story's language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from plainwire.cluster.anchors import fold
from plainwire.cluster.figures import (
    _SCORE,
    COUNT_WORDS,
    DECIMAL_COMMA,
    MAGNITUDES,
    _canon,
    parse_number,
    score_figure,
    small_count,
)
from plainwire.cluster.text import term_key


@dataclass(frozen=True, slots=True)
class StorySide:
    """A story as the rule sees it: its folded term keys and the figures they hold."""

    keys: frozenset[str]
    figures: frozenset[float]
    counts: frozenset[int] = frozenset()

    def __or__(self, other: StorySide) -> StorySide:
        return StorySide(self.keys | other.keys, self.figures | other.figures, self.counts | other.counts)


def story_side(keys: Iterable[str], lang: str | None) -> StorySide:
    """Read a story's term keys ("vaudrell", "#2.4", "million") in the story's language.

    The clusterer's number keys have their thousands commas removed ("1,200" -> "#1200")
    and a comma before one or two digits made a point ("4,80" -> "#4.80"), so in a language
    writing decimal commas "#3125" may have been "3,125": it is read as 3125 only (a missed
    figure, never an invented one). A magnitude word among the keys also gives each figure
    under 1,000 at that magnitude ("#3.2" with "million": 3.2 and 3.2 million), and so does
    a lone "#000" in a language grouping thousands with spaces ("41 000" is keyed "#41",
    "#000").
    """
    folded: set[str] = set()
    raw: list[str] = []
    mags: set[float] = set()
    counts: set[int] = set()
    words = _count_keys(lang)
    for k in keys:
        if k[:1] == "#":
            raw.append(k)
            if k == "#000" and lang in DECIMAL_COMMA:
                mags.add(1e3)
        else:
            folded.add(fold(k))
            m = MAGNITUDES.get(k)
            if m is not None:
                mags.add(m)
            n = words.get(k)
            if n is not None:
                counts.add(n)
    figures: set[float] = set()
    for k in raw:
        sc = _SCORE.fullmatch(k)
        if sc is not None:
            figures.add(score_figure(int(sc[1]), int(sc[2])))
            continue
        value = parse_number(k[1:], lang) if lang in DECIMAL_COMMA else parse_number(k, None)
        if value is None:
            continue
        if (n := small_count(value)) is not None:
            counts.add(n)
            continue
        figures.add(_canon(value))
        if value < 1000:
            figures.update(_canon(value * m) for m in mags)
    return StorySide(frozenset(folded), frozenset(figures), frozenset(counts))


_count_key_cache: dict[str | None, dict[str, int]] = {}


def _count_keys(lang: str | None) -> dict[str, int]:
    """The language's count words as the clusterer keys them ("twelve" -> "twelv")."""
    hit = _count_key_cache.get(lang)
    if hit is None:
        words = COUNT_WORDS.get(lang or "en", COUNT_WORDS["en"])
        hit = _count_key_cache[lang] = {k: n for w, n in words.items() if (k := term_key(w))}
    return hit


__all__ = ["StorySide", "story_side"]
