"""Optional tone head on MiniLM sentence embeddings (the ``embeddings`` extra, ``tone_dense``).

A logistic head over the 384-dimensional all-MiniLM-L6-v2 embedding of a sentence, stacked
with the lexical model's logit: ``logit = a * lexical + b * head(embedding) + c``. Both the head
and the stacking weights are fitted on BABE by ``tools/build_tone_model.py`` (the stacking
weights on out-of-fold logits) and ship in ``tone_model.json.gz`` under ``dense_head``.

Only an article's most loaded units (``tone.RESCORE_MAX``, or its whole top quarter when
larger) are embedded: the article score is the mean logit of its top quarter (at least four
units, ``tone.top_units``), so the rest cannot
change it much, and encoding is ~100x dearer than the lexical pass. The evidence stays the
lexical model's: words from the text.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from plainwire.analyze.model import default_model
from plainwire.analyze.tone import article_tone
from plainwire.errors import ConfigError
from plainwire.models import Article, Tone

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DenseHead:
    weights: np.ndarray  # (384,) over L2-normalised embeddings
    bias: float
    a_lexical: float
    a_dense: float
    intercept: float

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DenseHead:
        stack = [float(x) for x in d["stack"]]
        return cls(
            weights=np.asarray(d["w"], dtype=np.float32),
            bias=float(d["b"]),
            a_lexical=stack[0],
            a_dense=stack[1],
            intercept=stack[2],
        )

    def head_logits(self, emb: np.ndarray) -> np.ndarray:
        return emb @ self.weights + self.bias

    def combine(self, lexical: Sequence[float], head: np.ndarray) -> list[float]:
        return [
            self.a_lexical * z + self.a_dense * float(h) + self.intercept
            for z, h in zip(lexical, head, strict=True)
        ]

    def rescore(self, units: Sequence[tuple[float, str]]) -> list[float]:
        """``tone.Rescorer``: stacked logits of ``(lexical logit, text)`` units."""
        from plainwire.cluster import dense  # imports nothing heavy until encode() is called

        emb = dense.encode([t for _z, t in units])
        return self.combine([z for z, _t in units], self.head_logits(emb))


@lru_cache(maxsize=1)
def default_head() -> DenseHead:
    """The shipped head; a clear error when the model file has none or the extra is missing."""
    from plainwire.cluster import dense

    if not dense.available():
        raise ConfigError(
            "tone_dense needs the optional 'embeddings' extra: pip install 'plainwire[embeddings]'"
        )
    d = default_model().dense_head
    if not d:
        raise ConfigError(
            "tone_dense: the shipped tone model has no dense head (rebuild with tools/build_tone_model.py)"
        )
    return DenseHead.from_dict(d)


def article_tone_dense(article: Article, head: DenseHead | None = None) -> Tone:
    """``article_tone`` with the most loaded units rescored by the dense head."""
    h = head or default_head()
    return article_tone(article, rescore=h.rescore)
