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
from collections.abc import Callable, Collection, Mapping

from plainwire.analyze import cues
from plainwire.analyze.text import stem
from plainwire.letters import unaccented
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
    compounds: bool = False,
) -> bool:
    """True for a word nothing we know gives evidence about.

    Its stem never occurs in BABE (the experts never saw it, marked or not), VADER gives it no
    valence, the AllSides lexicon no "outlets say, editors drop" weight, and no cue list names
    it; and, when ``common`` is given, it is an ordinary English word (``ordinary``: rare
    coinages keep their signal). Inside BABE's political sentences such words are often
    the loaded one (a metaphor, a coinage), so the
    per-word and meaning-based models learn "unseen = suspicious"; outside politics they are
    mostly topic words ("crust", "regatta"). Their probabilities are therefore shrunk toward
    what BABE's plain words get (``shrink_unattested``; docs/tone.md, "Out-of-domain words").
    ``compounds`` (eighth session): compounds of plain ordinary words are ordinary too
    (``ordinary``).
    """
    st = "~" + stem(norm)
    return (
        st not in marked
        and norm not in vader
        and norm not in loaded
        and norm not in _CUE_WORDS
        and (common is None or ordinary(norm, common, vader, loaded, marked, compounds))
    )


# A part of a compound is plain when nothing marks it as evaluative: no VADER valence, no
# AllSides loaded weight, no cue list, and BABE's experts marked its stem rarely (below about
# three times their base rate) or never saw it.
PART_MARKED_MAX = 0.1
# Closed compounds are split into two parts of at least this many letters (with 3, chance
# splits such as "gus|hing" let through words BABE's experts mark: docs/benchmarks.md).
PART_MIN = 4


def ordinary(
    norm: str,
    common: Collection[str],
    vader: Mapping[str, float] | None = None,
    loaded: Mapping[str, float] | None = None,
    marked: Mapping[str, float] | None = None,
    compounds: bool = False,
) -> bool:
    """Is ``norm`` an ordinary English word? Its stem is listed in ``common`` (the stems of
    MiniLM's whole vocabulary words), also without accents ("café").

    With ``compounds`` (eighth session) also, when every part is ordinary and plain
    (``PART_MARKED_MAX``; not a function word in a closed compound):
    - a hyphenated word ("slow-cooked", "jam-making", "walk-in"; numbers count as plain parts);
    - a closed compound that splits into two words of four letters or more ("sourdough",
      "buttermilk", "wicketkeeper", "boathouse").
    Derivations need no rule of their own where Snowball strips the suffix (-ation, -ment,
    -ness: the stem is then listed or not); -er was measured and left out (docs/benchmarks.md).
    Loaded coinages built from loaded parts ("doom-laden": "doom" has a VADER valence) stay
    unordinary and keep the model's own probability.
    """
    if _listed(norm, common):
        return True
    if not compounds or not norm.isalpha() and "-" not in norm:
        return False
    v, lo, mk = vader or {}, loaded or {}, marked or {}

    def plain_part(p: str, closed: bool) -> bool:
        if p.isdigit():
            return True
        if closed and (len(p) < PART_MIN or p in cues.FUNCTION_WORDS):
            return False
        return (
            _listed(p, common)
            and p not in v
            and p not in lo
            and p not in _CUE_WORDS
            and mk.get("~" + stem(p), 0.0) < PART_MARKED_MAX
        )

    if "-" in norm:
        parts = norm.split("-")
        return all(parts) and all(plain_part(p, False) for p in parts)
    return any(
        plain_part(norm[:i], True) and plain_part(norm[i:], True)
        for i in range(PART_MIN, len(norm) - PART_MIN + 1)
    )


def _listed(word: str, common: Collection[str]) -> bool:
    return "~" + stem(word) in common or (not word.isascii() and "~" + stem(_fold(word)) in common)


def _fold(word: str) -> str:
    """``word`` without accents ("café" -> "cafe"). MiniLM's uncased vocabulary, from which the
    ordinary-word stems come, strips accents, so "café" is as ordinary as "cafe" (seventh
    session: the café report kept "café" as its one piece of evidence)."""
    return unaccented(word)


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

    __slots__ = (
        "_cache",
        "common",
        "compounds",
        "freq",
        "loaded",
        "marked",
        "p_ref",
        "shrink",
        "spell",
        "vader",
        "weights",
    )

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
        compounds: bool = False,
        spell: Callable[[str], str] | None = None,
    ) -> None:
        self.weights = [float(weights.get(n, 0.0)) for n in TOKEN_FEATS]
        self.vader, self.loaded, self.marked, self.freq = vader, loaded, marked, freq
        # Unattested words (see ``unattested``): probability shrunk toward ``p_ref``, the
        # typical probability of a word BABE saw and the experts never marked. 1.0 = off.
        self.shrink, self.p_ref, self.common = shrink, p_ref, common
        # Eighth session: compound rule of ``ordinary``, and British spellings read as American
        # (``spelling.Speller``) before any look-up. Off for older models.
        self.compounds, self.spell = compounds, spell
        self._cache: dict[tuple[str, bool, bool], float] = {}

    def with_unattested(self, shrink: float, common: Collection[str] | None) -> WordModel:
        """The same model with another unattested-word rule (``common`` None: every unattested
        word, not only ordinary ones); its own memo."""
        return WordModel(
            dict(zip(TOKEN_FEATS, self.weights, strict=True)),
            self.vader,
            self.loaded,
            self.marked,
            self.freq,
            shrink,
            self.p_ref,
            common,
            self.compounds,
            self.spell,
        )

    def prob(self, norm: str, capitalised: bool, initial: bool) -> float:
        key = (norm, capitalised, initial)
        p = self._cache.get(key)
        if p is None:
            w = self.spell(norm) if self.spell is not None else norm
            x = token_vector(w, capitalised, initial, self.vader, self.loaded, self.marked, self.freq)
            z = sum(wt * v for wt, v in zip(self.weights, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            if self.shrink < 1.0 and unattested(
                w, self.vader, self.loaded, self.marked, self.common, self.compounds
            ):
                p = shrink_unattested(p, self.p_ref, self.shrink)
            remember(self._cache, key, p)
        return p
