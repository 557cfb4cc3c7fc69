"""Loaded-looking words inside fixed terms and names: not the outlet's choice of words.

Fifteenth session (issue 6). The tone model reads each word alone, with weights fitted on
BABE's political sentences, so "giant" in "giant slalom", "killer" in "killer whale",
"panic" in "panic room" or "Iron" in "the Iron Lady" read as heat (the fourth audit newsroom
labelled a calm ski-race story Charged on "giant"). Such a word is part of a name or a term
the outlet had to use; "a giant blunder", "killer snow", "bloody chaos" are still its own.

A token is *fixed* (``fixed_tokens``) when it is inside

- a **WordNet term** (``data/fixed_terms.json`` ``terms``): a multiword lemma that names a
  thing, a place, a time or a quantity ("killer whale", "Bloody Mary", "shock absorber",
  "Hell's Kitchen"); the last word may be inflected ("killer whales");
- a **noun compound**: a loaded-looking, mainly-noun word (``modifiers``) right before a noun
  whose senses name a concrete kind or a contest (``heads``, by Snowball stem): "giant
  slalom", "panic room", "war memorial"; not after an intensifier ("a real monster truck"
  stays the outlet's), and the head is never itself loaded-looking;
- a **name**: a capitalised modifier (a loaded-looking, mainly-noun word) that starts a run of
  capitalised words in a sentence that is not title case, not at its start ("the Iron Lady
  exhibition"). Adjectives are left out: "the Radical Left"
  or "Fake News" capitalised is still a label the writer chose.

The lists are derived from WordNet 3.0 by tools/tone_fixed_terms.py (docs/tone.md). In an
article of several units the tone scorer (``tone.py``) takes a fixed token's positive logit
share out of its unit and never shows it as evidence (not in a single sentence: on BABE's
political sentences such terms are mostly metaphors). Loaded lazily: nothing is read at
import time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import NamedTuple

from plainwire.analyze import cues
from plainwire.analyze.text import Token, stem

FIXED_RESOURCE = "fixed_terms.json"
_EDGE_PUNCT = ".,;:!?\"'()[]“”‘’"
# The longest gap between two words of one term (a space, or an apostrophe-s and a space).
_MAX_GAP = 1


class _Data(NamedTuple):
    # first word -> second word -> (middle words, last stem) of its terms of three words or
    # more, longest first, as they are tried (the first match wins); a token's next word picks
    # the few that can match ("Fixed-term cost (fifteenth session)", docs/benchmarks.md)
    longer: dict[str, dict[str, tuple[tuple[tuple[str, ...], str], ...]]]
    pairs: dict[str, frozenset[str]]  # first word -> last stems of its two-word terms
    modifiers: frozenset[str]
    heads: frozenset[str]  # Snowball stems
    candidates: frozenset[str]  # any word that can start a fixed term or be a fixed name word


@lru_cache(maxsize=1)
def _data() -> _Data:
    raw = resources.files("plainwire.analyze").joinpath("data", FIXED_RESOURCE).read_text(encoding="utf-8")
    d = json.loads(raw)
    longer: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
    pairs: dict[str, set[str]] = {}
    for term in d["terms"]:
        words = term.split()
        if len(words) == 2:
            pairs.setdefault(words[0], set()).add(stem(words[1]))
        else:
            longer.setdefault(words[0], {}).setdefault(words[1], []).append(
                (tuple(words[1:-1]), stem(words[-1]))
            )
    modifiers = frozenset(d["modifiers"])
    return _Data(
        # longest first (a stable sort: the file's order among terms of one length)
        {
            w: {n: tuple(sorted(v, key=lambda x: -len(x[0]))) for n, v in by_next.items()}
            for w, by_next in longer.items()
        },
        {w: frozenset(v) for w, v in pairs.items()},
        modifiers,
        frozenset(d["heads"]),
        frozenset(longer) | frozenset(pairs) | modifiers,
    )


def has_candidate(text: str) -> bool:
    """Cheap pre-check: could ``text`` hold a fixed term or name (a word that starts one)?"""
    return not _data().candidates.isdisjoint(map(str.strip, text.lower().split(), repeat(_EDGE_PUNCT)))


def _adjacent(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` right after token ``i - 1`` (one space, or a possessive and a space)?"""
    a, b = toks[i - 1], toks[i]
    return b.start - (a.start + len(a.raw)) <= _MAX_GAP


def _title_case(toks: Sequence[Token]) -> bool:
    # as ``features.featurize``: in a headline-style text capitals say nothing
    return len(toks) > 3 and sum(1 for t in toks if t.raw[0].isupper()) > 0.6 * len(toks)


def fixed_tokens(toks: Sequence[Token]) -> set[int]:
    """Indices of the tokens of ``toks`` (a sentence's) inside a fixed term, compound or name."""
    d = _data()
    n = len(toks)
    out: set[int] = set()
    if not n:
        return out
    names: bool | None = None  # not a title-case text: read only for a modifier (seldom)
    cand = d.candidates
    # only the positions of candidate words are looked at (most words of a sentence are not)
    end = -1  # the last token of the term matched last: no overlapping match
    for i in [j for j, t in enumerate(toks) if t.norm in cand]:
        # a term, a compound and a name all need a next word right after this one
        if i <= end or i + 1 == n or not _adjacent(toks, i + 1):
            continue
        w, nxt = toks[i].norm, toks[i + 1].norm
        matched = 0
        by_next = d.longer.get(w)
        for middle, last in by_next.get(nxt, ()) if by_next else ():
            k = len(middle) + 2  # middle[0] is ``nxt``, right after ``w``
            if (
                i + k <= n
                and all(_adjacent(toks, j) for j in range(i + 2, i + k))
                and all(toks[i + 1 + j].norm == m for j, m in enumerate(middle))
                and stem(toks[i + k - 1].norm) == last
            ):
                matched = k
                break
        if not matched and w in d.pairs and stem(nxt) in d.pairs[w]:
            matched = 2
        if matched:
            out.update(range(i, i + matched))
            end = i + matched - 1
        elif w in d.modifiers:
            if names is None:
                names = not _title_case(toks)
            if _compound(toks, i, d.heads, names) or (names and i and _in_name(toks, i)):
                out.add(i)
    return out


def _compound(toks: Sequence[Token], i: int, heads: frozenset[str], names: bool) -> bool:
    """Is the modifier at ``i`` the first word of a noun compound ("giant slalom")?"""
    return (
        i + 1 < len(toks)
        # a capitalised word inside a sentence (or starting a name) is a name's: "Trump Tower"
        and not (names and toks[i].raw[0].isupper() and (i or toks[i + 1].raw[0].isupper()))
        and _adjacent(toks, i + 1)
        and not (i and toks[i - 1].norm in cues.INTENSIFIERS)
        and stem(toks[i + 1].norm) in heads
    )


def _in_name(toks: Sequence[Token], i: int) -> bool:
    """Does the token ``i`` (not the first), capitalised, start a name: another capitalised word
    right after it, none right before it ("the Iron Lady exhibition")? A word that
    ends a name is the name's own word, not a common noun in it ("Donald Trump")."""
    if not toks[i].raw[0].isupper():
        return False
    fw = cues.FUNCTION_WORDS
    before = toks[i - 1].raw[0].isupper() and toks[i - 1].norm not in fw and (i > 1 or _adjacent(toks, i))
    after = (
        i + 1 < len(toks)
        and _adjacent(toks, i + 1)
        and toks[i + 1].raw[0].isupper()
        and toks[i + 1].norm not in fw
    )
    return after and not before
