"""The static word-vector term of the tone model (``plainwire.wordvec``), as a word table.

The sentence model has a linear block over the mean static vector of a sentence's own-voice
words (not names, not function words, not inside a quotation): ``u · mean(v(word))``. Being
linear, it equals the mean over those words of each word's share ``u · v(word)``. The build
(tools/build_tone_model.py) turns the 96 fitted weights ``u`` (kept as ``wordvec_w``) into a
word -> share table (``wvec`` in ``tone_model.json.gz``) with one matrix-vector product over
the word-vector table, so scoring costs one dictionary value per word, like the other word
tables: no vector arithmetic per sentence, no numpy and no vector table at run time, and the
model stays consistent with the vectors it was fitted on even if that table is rebuilt
(a test flags when the shipped shares no longer match it: rebuild the tone model then).

Everything here is the fitting side; ``own_voice_words`` must pick the same words as
``features.featurize``, which tests check.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from plainwire.analyze import cues
from plainwire.analyze.text import Token, tokenize
from plainwire.errors import ConfigError


def own_voice_words(tokens: Sequence[Token]) -> list[str]:
    """Normalised words that carry the static-vector term, in order (repeats kept).

    Same rule as ``featurize``: a capitalised word inside a sentence is a name (unless the
    sentence is in title case), function words say nothing, quoted words are someone else's.
    """
    n_cap = sum(1 for t in tokens if t.raw[:1].isupper())
    title_case = len(tokens) > 3 and n_cap > 0.6 * len(tokens)
    return [
        t.norm
        for i, t in enumerate(tokens)
        if not (i and not title_case and t.raw[0].isupper())
        and not t.quoted
        and t.norm not in cues.FUNCTION_WORDS
    ]


def mean_vectors(texts: Sequence[str]) -> np.ndarray:
    """``(len(texts), dim)`` mean static vector of each text's own-voice words that have one
    (zeros when none has); the design block the sentence model is fitted on."""
    from plainwire import wordvec

    table = wordvec.table()
    out = np.zeros((len(texts), table.dim), dtype=np.float64)
    for k, text in enumerate(texts):
        rows = [j for w in own_voice_words(tokenize(text)) if (j := table.index.get(w)) is not None]
        if rows:
            out[k] = table.matrix[rows].mean(axis=0)
    return out


def word_shares(weights: Sequence[float]) -> dict[str, float]:
    """Word -> ``u · v(word)`` for every word of the shipped word-vector table."""
    from plainwire import wordvec

    table = wordvec.table()
    u = np.asarray(weights, dtype=np.float32)
    if u.shape != (table.dim,):
        raise ConfigError(
            f"tone model: wordvec_w has {u.size} weights, the word-vector table {table.dim} dims"
        )
    shares = (table.matrix @ u).astype(np.float64)
    return dict(zip(table.words, shares.tolist(), strict=True))
