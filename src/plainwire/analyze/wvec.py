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
from plainwire.analyze.features import Lexicons
from plainwire.analyze.text import Token, tokenize
from plainwire.analyze.wordmodel import unattested
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


def mean_vectors(
    texts: Sequence[str],
    lexes: Sequence[Lexicons] | None = None,
    refs: Sequence[np.ndarray | None] | None = None,
) -> np.ndarray:
    """``(len(texts), dim)`` mean static vector of each text's own-voice words that have one
    (zeros when none has); the design block the sentence model is fitted on.

    With ``lexes`` (one per text: the tables that text is fitted with), each word is looked up
    by its American spelling when they spell (``spelling``), and, with ``refs`` (a reference
    vector per text), the vector of an unattested ordinary word (``wordmodel.unattested``) is
    moved toward it by ``1 - unattested_shrink`` — the same rule ``features.word_info`` applies
    to the word's share at run time (a share is linear in the vector).
    """
    from plainwire import wordvec

    table = wordvec.table()
    out = np.zeros((len(texts), table.dim), dtype=np.float64)
    for k, text in enumerate(texts):
        lex = lexes[k] if lexes is not None else None
        ref = refs[k] if refs is not None else None
        vecs = []
        for w in own_voice_words(tokenize(text)):
            key = lex.spell(w) if lex is not None and lex.spell is not None else w
            j = table.index.get(key)
            if j is None:
                continue
            v = table.matrix[j].astype(np.float64)
            if (
                lex is not None
                and ref is not None
                and lex.unattested_shrink < 1.0
                and unattested(key, lex.vader, lex.loaded, lex.marked, lex.common, lex.compounds)
            ):
                v = ref + lex.unattested_shrink * (v - ref)
            vecs.append(v)
        if vecs:
            out[k] = np.mean(vecs, axis=0)
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
