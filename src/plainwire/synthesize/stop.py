"""Learned stopping rule for the Story: is the next ranked sentence worth its words?

The Story walks the ranked sentences (``select.mmr``) and appends each one that fits. Whether to
go on is a question about the *next sentence given what is already printed*: a sentence that
repeats the printed ones, or that is long when little room is left, costs more than it brings.
A fixed bar on the sentence's own score (``select.Weights.min_score``) cannot see that.

``StopModel`` is a logistic model of "adding this sentence raises the story's ROUGE against the
editors' text" (the marginal gain of greedy selection, learned from the AllSides train split by
tools/synth_stop_fit.py and shipped as plain coefficients in data/stop_model.json). The walk
stops at the first fitting sentence (after the first) whose logit falls below ``cut``. Features
per candidate (``STOP_FEATURES``): the sentence's selection features (``select.FEATURES``) and
story-relative ones (``rankfeat.EXTRA_FEATURES``), its linear score, and where the walk stands
(sentences and words already printed, its length, the room left, how much of it is already
said, its closest printed sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from plainwire.synthesize.fitted import load_fitted
from plainwire.synthesize.rankfeat import EXTRA_FEATURES
from plainwire.synthesize.select import FEATURES

WALK_FEATURES = (
    "score",  # the sentence's linear selection score
    "printed",  # sentences already in the Story
    "total",  # words already in the Story / 75
    "cand_words",  # the candidate's printed words / 30
    "room",  # (word limit - words printed) / 75
    "contained",  # share of its content stems already said
    "max_sim",  # similarity to its closest printed sentence
)
STOP_FEATURES = FEATURES + EXTRA_FEATURES + WALK_FEATURES
RESOURCE = "stop_model.json"


@dataclass(frozen=True, slots=True)
class StopModel:
    """Stop when ``features @ coef + bias < cut`` (a logit; coefficients already unscaled)."""

    coef: tuple[float, ...]
    bias: float
    cut: float

    def logit(self, f: np.ndarray) -> float:
        return float(f @ np.asarray(self.coef) + self.bias)

    def stops(self, f: np.ndarray) -> bool:
        return self.logit(f) < self.cut


@lru_cache(maxsize=1)
def default_model() -> StopModel | None:
    """The model fitted by tools/synth_stop_fit.py; ``None`` (use the score bar) when absent or stale."""
    obj = load_fitted(RESOURCE, STOP_FEATURES, "the Story stops at the score bar")
    if obj is None:
        return None
    return StopModel(
        coef=tuple(float(c) for c in obj["coef"]), bias=float(obj["bias"]), cut=float(obj["cut"])
    )


def walk_features(
    x: np.ndarray,
    score: float,
    picked: Sequence[int],
    total: int,
    words: int,
    limit: int,
    contained: float,
    sim_row: np.ndarray,
) -> np.ndarray:
    """``STOP_FEATURES`` of one candidate: ``x`` its pool row (select + rankfeat features),
    ``sim_row`` its similarity to every pool sentence."""
    max_sim = float(sim_row[list(picked)].max()) if len(picked) else 0.0
    walk = (score, len(picked), total / 75, words / 30, (limit - total) / 75, contained, max_sim)
    return np.concatenate([x, np.asarray(walk, dtype=float)])


def walk(
    order: Sequence[int],
    words: Callable[[int], int],
    limit: int,
    hard: int,
    floor: int,
    stop: Callable[[int, list[int], int], bool],
    skip: Callable[[int, list[int]], bool] | None = None,
    after: Callable[[int], int | None] | None = None,
) -> list[int]:
    """The Story's sentences: ``order`` walked most important first, each one that fits taken.

    The first sentence only has to fit ``hard`` (max_words); later ones ``limit``. A sentence that
    does not fit is skipped (a shorter one may). Once ``floor`` words are printed, the walk ends
    at the first fitting candidate for which ``stop(i, picked, total)`` is true.
    ``skip(i, picked)``: a candidate that must not join ``picked`` (it gives another figure for a
    thing a picked sentence counts: ``figures.Figures.clashes_any``). ``after(i)``: the sentence
    ``i`` must be printed right after (a pronoun opening's antecedent, the sentence before it in
    its own article); ``i`` is taken only when that sentence is, and is placed right after it,
    so the pronoun points where its writer meant (twelfth session).
    """
    picked: list[int] = []
    total = 0
    for i in order:
        w = words(i)
        if total + w > (limit if picked else hard):
            continue
        if skip is not None and picked and skip(i, picked):
            continue
        a = after(i) if after is not None else None
        if a is not None and a not in picked:
            continue
        if picked and total >= floor and stop(i, picked, total):
            break
        if a is not None:
            picked.insert(picked.index(a) + 1, i)
        else:
            picked.append(i)
        total += w
    return picked


def containment(stems: frozenset[str], said: set[str]) -> float:
    """Share of ``stems`` already said (1.0 for a sentence without content words)."""
    return len(stems & said) / len(stems) if stems else 1.0
