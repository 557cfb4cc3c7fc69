"""Across languages: does a text in one language report the event of a story in another?

TF-IDF over words does not cross languages ("floods" / "inondations" / "Hochwasser"
share no term), and there is no model or translation service in the default path. What
survives translation is read instead (docs/clustering.md, "Across languages"):

- **names**: words the text capitalises mid-sentence and never writes lower-case
  ("Vaudrelle", "Idony", "Colette Rignac"), accent- and case-folded, adjacent ones taken
  as one name;
- **figures**: numbers with their magnitude, read with the text's own decimal mark
  ("2,4" in French is 2.4, "1.200" in German is 1200, "3,2 millions" is 3.2 million);
- **time**: the text must be published while the story runs (``xlang_window``).

The decision is a small rule, strict on purpose (a wrong merge of two events that share a
town is worse than a split): at least ``xlang_min_names`` distinct names and
``xlang_min_figures`` figures of the text found in the story, each name a name in the
stream (capitalised in most of its sightings) and not one that many texts carry; of two
candidates that pass, the one sharing more wins, and a tie joins neither.

It is only ever asked when the text's language and the story's differ (both known): the
same-language decision is unchanged. The story side is read from the story's terms (the
online centroid's keys, or a batch group's texts' terms), so nothing is kept per story for
it and a stream in one language pays nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from plainwire.cluster.text import CAPS, NUMBER, Token, _local_names, learnable
from plainwire.memo import remember
from plainwire.models import primary_language

#: Languages writing "2,4" for two point four and "1.200" (or "1 200") for twelve hundred.
#: Any other language is read as English writes numbers ("2.4", "1,200").
_COMMA_LANGS = (
    "fr de es it pt nl pl ru uk sv da nb nn no fi cs sk sl hr sr bs bg ro hu tr el lt lv et ca gl eu is id vi"
)
DECIMAL_COMMA = frozenset(_COMMA_LANGS.split())

#: Magnitude words following a number, in the languages of the outlets we expect (stems
#: as the clusterer's term keys write them are listed too: "millions" -> "million").
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "mille": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "tausend": 1e3,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "millone": 1e6,
    "milhão": 1e6,
    "milhões": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "miljoen": 1e6,
    "miljard": 1e9,
}
#: Unit suffixes glued to a number ("3.2m", "5bn", "40k").
_SUFFIX = {"": 1.0, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9}
_NUM = re.compile(r"#?(\d+(?:[.,]\d+)*)([a-zäöüéèó]*)\.?")

#: A name many texts carry (a president, a capital) says little about which event a text
#: reports: it counts only if at most this share of the texts seen carry it ...
NAME_MAX_SHARE = 0.01
#: ... or at most this many (small streams).
NAME_MAX_TEXTS = 10


_lang_cache: dict[str, str | None] = {}


def norm_lang(code: str | None) -> str | None:
    """The primary language subtag, lower-case ("fr-CA" -> "fr"); ``None`` when missing,
    malformed or a code for "undetermined" ("und")."""
    if not code or not isinstance(code, str):
        return None
    hit = _lang_cache.get(code, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    return remember(_lang_cache, code, primary_language(code), 1024)


_fold_cache: dict[str, str] = {}


def fold(word: str) -> str:
    """Lower-case without accents ("Zürich" -> "zurich", "Élodie" -> "elodie")."""
    hit = _fold_cache.get(word)
    if hit is not None:
        return hit
    decomposed = unicodedata.normalize("NFKD", word.lower())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return remember(_fold_cache, word, out)


def _canon(v: float) -> float:
    # Six significant digits: "3,2 millions" and "3.2 million" give the same float.
    return float(f"{v:.6g}")


def parse_number(token: str, lang: str | None) -> float | None:
    """The value of a number token as the text's language writes it; ``None`` if it is not
    a plain number (a product code, "covid-19")."""
    m = _NUM.fullmatch(token)
    if m is None:
        return None
    digits, suffix = m.groups()
    mult = _SUFFIX.get(suffix)
    if mult is None:
        return None
    if lang in DECIMAL_COMMA:
        if digits.count(",") > 1:
            return None
        digits = digits.replace(".", "").replace(",", ".")
    else:
        if digits.count(".") > 1:
            return None
        digits = digits.replace(",", "")
    try:
        return float(digits) * mult
    except ValueError:
        return None


def is_specific(value: float, magnitude: bool) -> bool:
    """Whether a figure says something about one event: not a small count ("two boats"),
    not a bare year."""
    if magnitude:
        return True
    if value.is_integer():
        return value >= 13 and not 1900 <= value <= 2100
    return True


@dataclass(frozen=True, slots=True)
class Name:
    """One name of a text: its words as (term key, folded key, lower-case word)."""

    words: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class Anchors:
    """What a text (or a group of texts) says that survives translation."""

    names: tuple[Name, ...]
    figures: frozenset[float]

    @staticmethod
    def union(parts: Iterable[Anchors]) -> Anchors:
        names: list[Name] = []
        figures: set[float] = set()
        for p in parts:
            names.extend(p.names)
            figures |= p.figures
        return Anchors(_merge_names(names), frozenset(figures))


def _merge_names(names: Sequence[Name]) -> tuple[Name, ...]:
    """Names sharing a word are one name ("Colette Rignac", "Rignac", "Mayor Rignac")."""
    out: list[dict[str, tuple[str, str, str]]] = []
    for n in names:
        words = {w[1]: w for w in n.words}
        hits = [g for g in out if not words.keys().isdisjoint(g)]
        for g in hits:
            words.update(g)
            out.remove(g)
        out.append(words)
    return tuple(Name(tuple(g.values())) for g in out)


def anchors(tokens: tuple[list[Token], list[Token]], lang: str | None) -> Anchors:
    """Names and specific figures of one text (title and the body the clusterer reads)."""
    learn = learnable(*tokens)
    local = _local_names(learn)
    names: list[Name] = []
    run: list[tuple[str, str, str]] = []
    for key, lower, flags, _h in learn:
        if key and key[0] != "#" and flags & CAPS and lower in local:
            run.append((key, fold(key), lower))
            continue
        if run:
            names.append(Name(tuple(run)))
            run = []
    if run:
        names.append(Name(tuple(run)))
    figures: set[float] = set()
    for part in tokens:
        for i, (_key, lower, flags, _h) in enumerate(part):
            if not flags & NUMBER:
                continue
            value = parse_number(lower, lang)
            if value is None:
                continue
            mag = False
            for nxt in part[i + 1 : i + 3]:
                m = MAGNITUDES.get(nxt[1])
                if m is None:
                    break
                value *= m
                mag = True
            if is_specific(value, mag):
                figures.add(_canon(value))
    return Anchors(_merge_names(names), frozenset(figures))


@dataclass(frozen=True, slots=True)
class StorySide:
    """A story as the rule sees it: its folded term keys and the figures they hold."""

    keys: frozenset[str]
    figures: frozenset[float]


def story_side(keys: Iterable[str], lang: str | None) -> StorySide:
    """Read a story's term keys ("vaudrell", "#2.4", "million") in the story's language.

    The clusterer's number keys have their commas removed ("1,200" -> "#1200"), so in a
    language writing decimal commas "#24" may have been "2,4": it is read as 24 only (a
    missed figure, never an invented one). A magnitude word among the keys also gives each
    figure under 1,000 at that magnitude ("#3.2" with "million": 3.2 and 3.2 million).
    """
    folded: set[str] = set()
    raw: list[str] = []
    mags: set[float] = set()
    for k in keys:
        if k[:1] == "#":
            raw.append(k)
        else:
            folded.add(fold(k))
            m = MAGNITUDES.get(k)
            if m is not None:
                mags.add(m)
    figures: set[float] = set()
    for k in raw:
        value = parse_number(k[1:], lang) if lang in DECIMAL_COMMA else parse_number(k, None)
        if value is None:
            continue
        figures.add(_canon(value))
        if value < 1000:
            figures.update(_canon(value * m) for m in mags)
    return StorySide(frozenset(folded), frozenset(figures))


def shared(
    text: Anchors,
    story: StorySide,
    is_name: Callable[[str], bool],
    is_rare: Callable[[str], bool],
    *,
    min_names: int,
    min_figures: int,
) -> int | None:
    """How much ``text`` and ``story`` share (names + figures) if the rule is met, else
    ``None``. ``is_name(lower)``: the word is a name in the stream (not a noun a German text
    capitalises); ``is_rare(key)``: few texts carry it."""
    names = 0
    keys = story.keys
    for n in text.names:
        for key, f, lower in n.words:
            if f in keys and is_name(lower) and is_rare(key):
                names += 1
                break
            # "Ostrel-See" / "Ostrel-meer" name the lake "Ostrel": a compound's name part.
            if "-" in f and any(
                len(p) >= 4 and p in keys and is_name(p) and is_rare(p) for p in f.split("-")
            ):
                names += 1
                break
    if names < min_names:
        return None
    figures = len(text.figures & story.figures)
    if figures < min_figures:
        return None
    return names + figures


def pick(scored: Iterable[tuple[int, int]]) -> int | None:
    """The candidate (id, shared) that shares most; ``None`` when none or a tie at the top
    (two stories as likely: a split is better than a wrong merge)."""
    best: int | None = None
    top = -1
    tie = False
    for cand, points in scored:
        if points > top:
            best, top, tie = cand, points, False
        elif points == top and cand != best:
            tie = True
    return None if tie else best


def name_terms(a: Anchors) -> list[str]:
    """Term keys of a text's names (to look stories up or post the text under), with the
    name parts of compounds ("Ostrel-See": "ostrel")."""
    out: dict[str, None] = {}
    for n in a.names:
        for key, _f, _l in n.words:
            out[key] = None
            if "-" in key:
                out.update((p, None) for p in key.split("-") if len(p) >= 4)
    return list(out)


__all__ = [
    "Anchors",
    "StorySide",
    "anchors",
    "fold",
    "norm_lang",
    "parse_number",
    "pick",
    "shared",
    "story_side",
]
