"""Would an expert mark this word as loaded? A tiny per-word logistic model.

It generalises the sentence model to words it never saw: besides how often experts marked
the word (its stem) in BABE, it reads VADER valence, the AllSides "outlets say, editors
drop" weight, how common the word is in news copy, its shape (suffixes such as -ly, -ous,
-ist, -ism; anti-/pro- compounds; capitalisation, which mostly means a name) and the cue
lists. Its probability feeds the sentence model and ranks the evidence phrases.

The probability of a word depends only on the word and whether it is capitalised, so it is
memoised per lexicon set: at run time one dictionary look-up per token.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from plainwire.analyze import cues
from plainwire.analyze.text import stem
from plainwire.memo import remember

TOKEN_FEATS: tuple[str, ...] = (
    "bias",
    "marked",
    "unseen",
    "vader_abs",
    "vader_neg",
    "loaded",
    "freq_unseen",
    "log_freq",
    "proper",
    "initial",
    "stop",
    "short",
    "len",
    "hyphen",
    "anti_pro",
    "digit",
    "sfx_ly",
    "sfx_ous",
    "sfx_ive",
    "sfx_ic",
    "sfx_ist",
    "sfx_ism",
    "sfx_ing",
    "sfx_ed",
    "sfx_est",
    "sfx_ful",
    "sfx_less",
    "threat",
    "intens",
    "hedge",
)
_SUFFIXES = (
    ("sfx_ly", ("ly",)),
    ("sfx_ous", ("ous",)),
    ("sfx_ive", ("ive",)),
    ("sfx_ic", ("ic", "ical")),
    ("sfx_ist", ("ist", "ists")),
    ("sfx_ism", ("ism", "isms")),
    ("sfx_ing", ("ing",)),
    ("sfx_ed", ("ed",)),
    ("sfx_est", ("est",)),
    ("sfx_ful", ("ful",)),
    ("sfx_less", ("less",)),
)
_PREFIXES = ("anti-", "pro-", "far-", "hard-", "ultra-", "so-", "self-", "super-")


def token_vector(
    norm: str,
    capitalised: bool,
    initial: bool,
    vader: Mapping[str, float],
    loaded: Mapping[str, float],
    marked: Mapping[str, float],
    freq: Mapping[str, float],
) -> list[float]:
    """Feature values of one word, in ``TOKEN_FEATS`` order."""
    st = "~" + stem(norm)
    m = marked.get(st)
    v = vader.get(norm, 0.0)
    fq = freq.get(norm)
    x = [
        1.0,
        m or 0.0,
        1.0 if m is None else 0.0,
        abs(v) / 4.0,
        abs(v) / 4.0 if v < 0 else 0.0,
        max(0.0, loaded.get(norm, 0.0)),
        1.0 if fq is None else 0.0,
        (fq or 0.0) / 10.0,
        1.0 if capitalised and not initial else 0.0,
        1.0 if initial else 0.0,
        1.0 if norm in cues.FUNCTION_WORDS else 0.0,
        1.0 if len(norm) <= 3 else 0.0,
        min(len(norm), 15) / 15.0,
        1.0 if "-" in norm else 0.0,
        1.0 if norm.startswith(_PREFIXES) else 0.0,
        1.0 if any(c.isdigit() for c in norm) else 0.0,
    ]
    for _name, sfx in _SUFFIXES:
        x.append(1.0 if len(norm) > 4 and norm.endswith(sfx) else 0.0)
    x.append(1.0 if norm in cues.THREAT else 0.0)
    x.append(1.0 if norm in cues.INTENSIFIERS else 0.0)
    x.append(1.0 if norm in cues.HEDGES else 0.0)
    return x


class WordModel:
    """Memoised P(expert marks word) for one set of lexicons and weights."""

    __slots__ = ("_cache", "freq", "loaded", "marked", "vader", "weights")

    def __init__(
        self,
        weights: Mapping[str, float],
        vader: Mapping[str, float],
        loaded: Mapping[str, float],
        marked: Mapping[str, float],
        freq: Mapping[str, float],
    ) -> None:
        self.weights = [float(weights.get(n, 0.0)) for n in TOKEN_FEATS]
        self.vader, self.loaded, self.marked, self.freq = vader, loaded, marked, freq
        self._cache: dict[tuple[str, bool, bool], float] = {}

    def prob(self, norm: str, capitalised: bool, initial: bool) -> float:
        key = (norm, capitalised, initial)
        p = self._cache.get(key)
        if p is None:
            x = token_vector(norm, capitalised, initial, self.vader, self.loaded, self.marked, self.freq)
            z = sum(w * v for w, v in zip(self.weights, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            remember(self._cache, key, p)
        return p
