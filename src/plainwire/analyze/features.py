"""Features of one sentence for the loaded-language model, with per-token attribution.

The same code serves run time (``plainwire.analyze.loaded``) and the fitting/cross-validation
scripts in ``tools/``, so what is measured is what ships.

A sentence is described by
- word features: one per distinct word (value 1 in the outlet's own voice, ``quote_factor``
  inside a quotation: a loaded word someone else said weighs less than one the outlet chose);
- dense features (``DENSE``): lexicon evidence (VADER valence, the AllSides-derived
  "outlets say, editors drop" lexicon, the BABE-derived "experts mark this word" rate),
  intensifiers, hedges, threat framing, punctuation and shape.
Each dense feature that comes from words remembers which tokens produced it, so the model's
score can be attributed back to phrases (the evidence).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from plainwire.analyze import cues
from plainwire.analyze.text import SCARE_QUOTE_MAX_WORDS, Token, quote_spans, tokenize

DENSE: tuple[str, ...] = (
    "vader_neg_max",
    "vader_pos_max",
    "vader_abs_sum",
    "loaded_max",
    "loaded_sum",
    "marked_max",
    "marked_sum",
    "intens",
    "hedge",
    "threat",
    "exclaim",
    "question",
    "caps",
    "log_len",
    "scare",
    "first_person",
    "second_person",
    "should",
    "quote_frac",
)
_IDX = {name: i for i, name in enumerate(DENSE)}


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Word -> weight tables the features read (all keys are normalised tokens)."""

    vader: Mapping[str, float]  # VADER valence, -4..4
    loaded: Mapping[str, float]  # AllSides log-odds, >0 means outlets use it and editors drop it
    marked: Mapping[str, float]  # BABE: smoothed rate at which experts mark the word as biased


@dataclass(slots=True)
class SentenceFeatures:
    tokens: list[Token]
    words: dict[str, float]  # norm -> value (1.0 own voice, quote_factor quoted)
    dense: list[float]
    # index into tokens -> list of (dense feature index, amount contributed by that token)
    attrib: dict[int, list[tuple[int, float]]]


def featurize(text: str, lex: Lexicons, quote_factor: float, tokens: list[Token] | None = None) -> SentenceFeatures:
    toks = tokenize(text) if tokens is None else tokens
    dense = [0.0] * len(DENSE)
    words: dict[str, float] = {}
    attrib: dict[int, list[tuple[int, float]]] = {}
    vader, loaded, marked = lex.vader, lex.loaded, lex.marked
    neg_max = pos_max = l_max = m_max = 0.0
    neg_i = pos_i = l_i = m_i = -1
    n_quoted = 0
    for i, t in enumerate(toks):
        w = t.norm
        val = quote_factor if t.quoted else 1.0
        if t.quoted:
            n_quoted += 1
        if words.get(w, 0.0) < val:
            words[w] = val
        a: list[tuple[int, float]] | None = None
        v = vader.get(w)
        if v is not None:
            av = abs(v) / 4.0 * val
            a = [(_IDX["vader_abs_sum"], av)]
            if v < 0 and av > neg_max:
                neg_max, neg_i = av, i
            elif v > 0 and av > pos_max:
                pos_max, pos_i = av, i
        lw = loaded.get(w)
        if lw is not None and lw > 0:
            x = lw * val
            (a := a or []).append((_IDX["loaded_sum"], x))
            if x > l_max:
                l_max, l_i = x, i
        mw = marked.get(w)
        if mw is not None:
            x = mw * val
            (a := a or []).append((_IDX["marked_sum"], x))
            if x > m_max:
                m_max, m_i = x, i
        if w in cues.INTENSIFIERS:
            (a := a or []).append((_IDX["intens"], val))
        elif w in cues.HEDGES:
            (a := a or []).append((_IDX["hedge"], val))
        if w in cues.THREAT:
            (a := a or []).append((_IDX["threat"], val))
        if not t.quoted:
            if w in cues.FIRST_PERSON:
                dense[_IDX["first_person"]] += 1.0
            elif w in cues.SECOND_PERSON:
                dense[_IDX["second_person"]] += 1.0
            elif w in cues.MODALS_SHOULD:
                dense[_IDX["should"]] += 1.0
        if len(t.raw) > 2 and t.raw.isupper() and t.raw.isalpha():
            dense[_IDX["caps"]] += 1.0
        if a:
            attrib[i] = a
            for j, x in a:
                dense[j] += x
    for idx, (mx, mi) in (
        (_IDX["vader_neg_max"], (neg_max, neg_i)),
        (_IDX["vader_pos_max"], (pos_max, pos_i)),
        (_IDX["loaded_max"], (l_max, l_i)),
        (_IDX["marked_max"], (m_max, m_i)),
    ):
        if mi >= 0:
            dense[idx] = mx
            attrib.setdefault(mi, []).append((idx, mx))
    n = len(toks)
    dense[_IDX["exclaim"]] = float(text.count("!"))
    dense[_IDX["question"]] = float(text.count("?"))
    dense[_IDX["log_len"]] = math.log1p(n)
    if n:
        dense[_IDX["quote_frac"]] = n_quoted / n
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        dense[_IDX["scare"]] = float(
            sum(1 for _a, _b, k in quote_spans(text) if 0 < k <= SCARE_QUOTE_MAX_WORDS)
            + text.count("‘")
        )
    return SentenceFeatures(toks, words, dense, attrib)
