"""Pick and tidy a neutral, specific headline (<= 14 words).

Candidates are the news articles' titles (each outlet's own subject-predicate summary) and,
when no title is usable, the top story sentence's main clause. The winner is the one the
coverage supports most (similar to the other outlets' titles and leads), minus loaded language,
questions, exclamations and shouting. Tidying only removes or re-cases text, and applies the
vetted neutral-word table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from plainwire.synthesize.neutral import neutralize

MAX_WORDS = 14
LOADED_WEIGHT = 0.8
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_LABEL = re.compile(
    r"^\s*(?:VIDEO|WATCH|PHOTOS?|LIVE|BREAKING|EXCLUSIVE|UPDATE[D]?|OPINION|ANALYSIS)\s*[:|-]\s*", re.I
)
_CLAUSE_SPLIT = re.compile(r"\s*(?::|;|\s[—–]\s|\s-\s|,)\s*")


def _decap(word: str) -> str:
    # "RECALLS" -> "Recalls"; keep short acronyms (US, FBI, NATO, AUKUS up to 5 letters)
    core = re.sub(r"[^A-Za-z]", "", word)
    if len(core) > 5 and core.isupper():
        return word[0] + word[1:].lower()
    return word


def tidy(title: str, max_words: int = MAX_WORDS) -> str:
    t = " ".join(title.split())
    t = _LABEL.sub("", t)
    t = _SITE_SUFFIX.sub("", t) if len(t.split()) > 4 else t
    t = " ".join(_decap(w) for w in t.split())
    t, _ = neutralize(t)
    t = t.strip().rstrip(".!").strip()
    if len(t.split()) > max_words:
        # keep the longest leading run of clauses that fits: "A does B, C says" -> "A does B"
        parts = _CLAUSE_SPLIT.split(t)
        acc = ""
        for p in parts:
            cand = (acc + ", " + p) if acc else p
            if len(cand.split()) > max_words:
                break
            acc = cand
        t = acc
    return t


def _shape_penalty(title: str) -> float:
    p = 0.0
    if title.rstrip().endswith("?"):
        p += 0.6
    if "!" in title:
        p += 0.4
    if any(len(w) > 5 and w.isupper() for w in re.findall(r"[A-Za-z]+", title)):
        p += 0.2
    if re.match(r"^\s*(?:How|Why|What|Where|When|Who|Is|Are|Should|Can|Will|Do|Does|Opinion)\b", title):
        p += 0.4
    n = len(title.split())
    if n < 4:
        p += 0.3
    if n > MAX_WORDS:
        p += 0.2
    return p


def choose_headline(
    titles: Sequence[str],
    title_support: np.ndarray,
    loadedness: Callable[[str], float],
    fallback: str = "",
) -> str:
    """``title_support[i]`` is how much the rest of the coverage backs title ``i``."""
    best, best_score = "", -np.inf
    for i, raw in enumerate(titles):
        if not raw or not raw.strip():
            continue
        t = tidy(raw)
        if len(t.split()) < 3:
            continue
        score = float(title_support[i]) - _shape_penalty(raw) - LOADED_WEIGHT * loadedness(raw)
        if score > best_score:
            best, best_score = t, score
    if not best and fallback:
        best = tidy(fallback)
    return best
