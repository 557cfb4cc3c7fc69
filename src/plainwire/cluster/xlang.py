"""Across languages: does a text in one language report the event of a story in another?

TF-IDF over words does not cross languages ("floods" / "inondations" / "Hochwasser"
share no term), and there is no model or translation service in the default path. What
survives translation is read instead (docs/clustering.md, "Across languages"):

- **names**: words the text capitalises mid-sentence and never writes lower-case
  ("Vaudrelle", "Idony", "Colette Rignac"), accent- and case-folded, adjacent ones taken
  as one name;
- **figures**: numbers with their magnitude, read with the text's own decimal mark
  ("2,4" in French is 2.4, "1.200" in German is 1200, "3,2 millions" is 3.2 million),
  results ("3-1" = "1:3") and ordinals ("61st" = "61."); not dates ("14 November");
- **small counts** (2 to 12, in digits or words: "cuatro" = "four"), weak evidence;
- **time**: the text must be published while the story runs (``xlang_window``).

The decision is a small rule, strict on purpose (a wrong merge of two events that share a
town is worse than a split): the text's names and figures found in the story (each name a
name in the stream, capitalised in most of its sightings, and not one that many texts
carry) count a point each, shared small counts ``xlang_count_weight``; at least one name,
``xlang_min_figures`` figures and ``xlang_min_names + xlang_min_figures`` points (two names
and a figure; one name, a figure and two counts: :func:`shared`); of two candidates that
pass, the one sharing more wins, and a tie joins neither.

It is only ever asked when the text's language and the story's differ (both known): the
same-language decision is unchanged. The story side is read from the story's terms (the
online centroid's keys, or a batch group's texts' terms), so nothing is kept per story for
it and a stream in one language pays nothing.

Modules by concern: a text's names (:mod:`plainwire.cluster.anchors`), figures read in a
language (:mod:`plainwire.cluster.figures`), a story's side (:mod:`plainwire.cluster.story_side`);
this module holds the rule and re-exports their names for its callers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from plainwire.cluster.anchors import (
    NAME_MAX_SHARE,
    NAME_MAX_TEXTS,
    NOUN_CAPS,
    Anchors,
    Name,
    anchors,
    fold,
    name_terms,
    norm_lang,
)
from plainwire.cluster.figures import (
    COUNT_WORDS,
    DECIMAL_COMMA,
    MAGNITUDES,
    MONTHS,
    _canon,
    is_specific,
    parse_number,
    score_figure,
    small_count,
)
from plainwire.cluster.story_side import StorySide, story_side


def shared(
    text: Anchors,
    story: StorySide,
    is_name: Callable[[str], bool],
    is_rare: Callable[[str], bool],
    *,
    min_names: int,
    min_figures: int,
    count_weight: float = 0.0,
    names_alone: int | None = None,
) -> float | None:
    """How much ``text`` and ``story`` share (names + figures + ``count_weight`` x small
    counts) if the rule is met, else ``None``. The rule: at least ``min_figures`` figures
    (a result, "3-1" = "1:3", counts as one), at least one name, and in all at least
    ``min_names + min_figures`` points: two names and a figure, or one name with two
    figures, or one name, one figure and two small counts at weight 0.5 ("cuatro muertos,
    once desaparecidos" = "four dead, eleven missing"). ``is_name(lower)``: the word is a
    name in the stream (not a noun a German text capitalises); ``is_rare(key)``: few texts
    carry it.

    ``names_alone``: a text that gives no specific figure at all (a tribunal's ruling, a
    jury's decision, a recall widened "to eleven batches" in words) cannot share one, and
    has none that disagrees either: then this many names found, counted alone, meet the
    rule. Four (a rider, her team, its town and the tribunal; the dairy, its town and two
    of its cheeses), not three (a town, its mayor and a bridge, which a council vote and a
    film festival there share). Each run of found words counts as one name: a German text
    runs nouns and names together ("Eichenfurter Team Rotwald" is two). A text giving
    figures the story lacks still needs a shared one."""
    names = 0  # names (a run of capitalised words: "Colette Rignac") found in the story
    runs = 0  # ... counted by their runs of found words ("Eichenfurter Team Rotwald": two)
    keys = story.keys
    stems: dict[str, list[str]] = {}
    for n in text.names:
        found = False
        last = False
        for key, f, lower in n.words:
            hit = _found(key, f, lower, keys, stems, is_name, is_rare)
            found |= hit
            runs += hit and not last
            last = hit
        names += found
    if names < min(1, min_names):
        return None
    figures = len(text.figures & story.figures)
    if figures < min_figures:
        if names_alone is not None and not text.figures and runs >= names_alone:
            return float(runs)
        return None
    points: float = names + figures
    if count_weight:
        points += count_weight * len(text.counts & story.counts)
    return points if points >= min_names + min_figures else None


def _found(
    key: str,
    f: str,
    lower: str,
    keys: frozenset[str],
    stems: dict[str, list[str]],
    is_name: Callable[[str], bool],
    is_rare: Callable[[str], bool],
) -> bool:
    """Whether one word of a text's name (term key, folded, lower-case) is a rare name of
    the story with folded ``keys`` (``stems``: those keys by stem, filled on first use)."""
    if f in keys and is_name(lower) and is_rare(key):
        return True
    if f not in keys and len(f) >= _STEM and is_rare(key):
        # An inflected name ("Teodora Wąsika", "Lipnicy Marreńskiej" for "Teodor Wąsik",
        # "Lipnica Marreńska"): the same stem, a short ending on either side. The name test
        # may read either form: a German adjective of a town ("Eichenfurter" for
        # "Eichenfurt") is written only by texts that capitalise every noun, so the stream
        # knows the town's form as a name, not this one.
        if not stems:
            stems.update(_by_stem(keys))
        own = is_name(lower)
        if any(_inflected(f, k) and is_rare(k) and (own or is_name(k)) for k in stems.get(f[:_STEM], ())):
            return True
    # "Ostrel-See" / "Ostrel-meer" name the lake "Ostrel": a compound's name part.
    return "-" in f and any(len(p) >= 4 and p in keys and is_name(p) and is_rare(p) for p in f.split("-"))


#: A figure this large ("310 miljoner", "1,2 mld") is as specific as a rare name.
OPINION_FIGURE = 1000.0


def opinion_shared(text: Anchors, story: StorySide, is_name: Callable[[str], bool]) -> float | None:
    """The cross-language rule for an opinion or analysis piece (attached under the story,
    never folded into its vectors): an editorial argues in its own words and names the
    place it is about more than the event's people, so any name of the story counts, common
    or not ("Sarnhavens budget ..."), with a large figure of the story ("310 miljoner" for
    the tram line's 310 million). Names + figures shared, or ``None``."""
    figures = sum(1 for v in text.figures & story.figures if v >= OPINION_FIGURE)
    if not figures:
        return None
    stems: dict[str, list[str]] = {}
    names = sum(
        any(_found(key, f, lower, story.keys, stems, is_name, _any) for key, f, lower in n.words)
        for n in text.names
    )
    return float(names + figures) if names else None


def _any(_key: str) -> bool:
    return True


#: Letters two spellings of an inflected name share at the start, at least.
_STEM = 4
#: Letters an inflection may add or change at a name's end ("-a", "-y", "-iej", "-owi", "-en").
_ENDING = 3


def _by_stem(keys: Iterable[str]) -> dict[str, list[str]]:
    """A story's folded keys by their first ``_STEM`` letters (names only: no figures)."""
    out: dict[str, list[str]] = {}
    for k in keys:
        if len(k) >= _STEM and k[0] != "#":
            out.setdefault(k[:_STEM], []).append(k)
    return out


def _inflected(a: str, b: str) -> bool:
    """Whether folded words ``a`` and ``b`` are one name in two grammatical cases: a common
    start of at least ``_STEM`` letters and six tenths of the longer word, then at most
    ``_ENDING`` letters each ("wasika"/"wasik", "marrenskiej"/"marrenska"; not
    "marrenland"/"marren")."""
    if a == b:
        return True
    p = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        p += 1
    return (
        p >= _STEM and 10 * p >= 6 * max(len(a), len(b)) and len(a) - p <= _ENDING and len(b) - p <= _ENDING
    )


def shared_name_words(
    text: Anchors, keys: frozenset[str], is_name: Callable[[str], bool], is_rare: Callable[[str], bool]
) -> int:
    """Distinct words of ``text``'s names found among a story's folded term ``keys``, each
    a name in the stream and rare ("Ashcombe Junction" shared in full: two). Used within
    one language (``ClusterConfig.anchor_min_names``), where a shared place of two words is
    as specific as two places."""
    words: set[str] = set()
    for n in text.names:
        for key, f, lower in n.words:
            if f in keys and is_name(lower) and is_rare(key):
                words.add(f)
    return len(words)


def pick(scored: Iterable[tuple[int, float]]) -> int | None:
    """The candidate (id, shared) that shares most; ``None`` when none or a tie at the top
    (two stories as likely: a split is better than a wrong merge)."""
    best: int | None = None
    top = -1.0
    tie = False
    for cand, points in scored:
        if points > top:
            best, top, tie = cand, points, False
        elif points == top and cand != best:
            tie = True
    return None if tie else best


__all__ = [
    "COUNT_WORDS",
    "DECIMAL_COMMA",
    "MAGNITUDES",
    "MONTHS",
    "NAME_MAX_SHARE",
    "NAME_MAX_TEXTS",
    "NOUN_CAPS",
    "Anchors",
    "Name",
    "StorySide",
    "_canon",
    "anchors",
    "fold",
    "is_specific",
    "name_terms",
    "norm_lang",
    "opinion_shared",
    "parse_number",
    "pick",
    "score_figure",
    "shared",
    "shared_name_words",
    "small_count",
    "story_side",
]
