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
import unicodedata
from collections.abc import Collection, Mapping

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
_CUE_WORDS = cues.THREAT | cues.INTENSIFIERS | cues.HEDGES


def unattested(
    norm: str,
    vader: Mapping[str, float],
    loaded: Mapping[str, float],
    marked: Mapping[str, float],
    common: Collection[str] | None = None,
) -> bool:
    """True for a word nothing we know gives evidence about.

    Its stem never occurs in BABE (the experts never saw it, marked or not), VADER gives it no
    valence, the AllSides lexicon no "outlets say, editors drop" weight, and no cue list names
    it; and, when ``common`` is given, its stem is listed there (an ordinary English word:
    rare coinages keep their signal). Inside BABE's political sentences such words are often
    the loaded one (a metaphor, a coinage), so the
    per-word and meaning-based models learn "unseen = suspicious"; outside politics they are
    mostly topic words ("crust", "regatta"). Their probabilities are therefore shrunk toward
    what BABE's plain words get (``shrink_unattested``; docs/tone.md, "Out-of-domain words").
    """
    st = "~" + stem(norm)
    return (
        st not in marked
        and norm not in vader
        and norm not in loaded
        and norm not in _CUE_WORDS
        and (common is None or st in common or (not norm.isascii() and "~" + stem(_fold(norm)) in common))
    )


def _fold(word: str) -> str:
    """``word`` without accents ("café" -> "cafe"). MiniLM's uncased vocabulary, from which the
    ordinary-word stems come, strips accents, so "café" is as ordinary as "cafe" (seventh
    session: the café report kept "café" as its one piece of evidence)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def shrink_unattested(p: float, ref: float, shrink: float) -> float:
    """``p`` moved toward ``ref`` by ``1 - shrink`` (0: all the way), never raised."""
    return min(p, ref + shrink * (p - ref))


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

    __slots__ = ("_cache", "common", "freq", "loaded", "marked", "p_ref", "shrink", "vader", "weights")

    def __init__(
        self,
        weights: Mapping[str, float],
        vader: Mapping[str, float],
        loaded: Mapping[str, float],
        marked: Mapping[str, float],
        freq: Mapping[str, float],
        shrink: float = 1.0,
        p_ref: float = 0.0,
        common: Collection[str] | None = None,
    ) -> None:
        self.weights = [float(weights.get(n, 0.0)) for n in TOKEN_FEATS]
        self.vader, self.loaded, self.marked, self.freq = vader, loaded, marked, freq
        # Unattested words (see ``unattested``): probability shrunk toward ``p_ref``, the
        # typical probability of a word BABE saw and the experts never marked. 1.0 = off.
        self.shrink, self.p_ref, self.common = shrink, p_ref, common
        self._cache: dict[tuple[str, bool, bool], float] = {}

    def prob(self, norm: str, capitalised: bool, initial: bool) -> float:
        key = (norm, capitalised, initial)
        p = self._cache.get(key)
        if p is None:
            x = token_vector(norm, capitalised, initial, self.vader, self.loaded, self.marked, self.freq)
            z = sum(w * v for w, v in zip(self.weights, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            if self.shrink < 1.0 and unattested(norm, self.vader, self.loaded, self.marked, self.common):
                p = shrink_unattested(p, self.p_ref, self.shrink)
            remember(self._cache, key, p)
        return p
