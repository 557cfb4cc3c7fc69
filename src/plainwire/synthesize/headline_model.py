"""Learned headline choice: which candidate (an outlet title, or the clause headline) to print.

``headline.build_headline`` with ``STRATEGY = "learned"`` scores every calm candidate with a
linear model of what it adds to the page text's match with the editors' neutral text (mean
ROUGE-1/2/L F1 of candidate + ". " + Story against the AllSides editors' headline + summary,
fitted by tools/synth_headline_fit.py and shipped as plain coefficients in
data/headline_model.json). The neutrality rules stay hard rules, not weights:
a charged candidate (loadedness >= ``headline.CHARGED``) or a question never wins while a calm
statement exists, and every candidate is tidied to <= 14 words before it is scored.

Features per candidate (``HEADLINE_FEATURES``): how much the other outlets back it (titles and
sentences), its loadedness, its shape (question, colon, quotation, length, whether tidying cut
it), overlap with the Story's first sentence and top sentences, word-vector closeness to the rest
of the coverage, the editors' keep-rate of its words, names and numbers, and its kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from plainwire.synthesize.fitted import load_fitted
from plainwire.synthesize.textstats import stem, stopwords, words
from plainwire.synthesize.wordstats import keep_rate, prior

RESOURCE = "headline_model.json"
HEADLINE_FEATURES = (
    "support",  # how much the other outlets back it (title_support; the clause: its sentence's)
    "support_rel",  # minus the best candidate's support
    "loaded",  # sentence_loadedness of the raw candidate
    "question",  # ends with "?" or opens with a question word
    "colon",  # a colon or dash splits it ("Topic: what happened")
    "quote",  # a quotation mark
    "words",  # tidied words / 14
    "cut",  # tidying shortened it (labels, site suffix, clause cut)
    "lead_overlap",  # share of its content stems found in the Story's top sentence
    "top_overlap",  # share found in the top story sentences
    "centrality",  # word-vector cosine to the other candidates and the top sentences
    "keep",  # mean editors' keep-rate of its words minus the prior
    "names",  # capitalised words after the first (capped at 4) / 4
    "numbers",  # has a number
    "clause",  # the clause headline (compressed top sentence), not a title
)

# Product rule on top of the fit: the fitted weight of loadedness is near zero (ROUGE barely
# cares), but a reader should get the calmer of two equally good titles. Chosen on train
# stories 2100-2451 (docs/benchmarks.md, "Synthesis: headline (fourth session)").
LOADED_PENALTY = 0.0
_QUESTION = re.compile(r"^\s*(?:How|Why|What|Where|When|Who|Is|Are|Should|Can|Will|Do|Does)\b")
_COLON = re.compile(r":|\s[—–-]\s")
_QUOTE = re.compile(r"[\"“”‘’']")
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str  # tidied, as it would be printed
    raw: str  # as the outlet (or the sentence) wrote it
    kind: str  # "title" or "clause"
    support: float


@dataclass(frozen=True, slots=True)
class HeadlineModel:
    coef: tuple[float, ...]
    bias: float

    def scores(self, x: np.ndarray) -> np.ndarray:
        return x @ np.asarray(self.coef) + self.bias


@lru_cache(maxsize=1)
def default_model() -> HeadlineModel | None:
    """The model fitted by tools/synth_headline_fit.py; ``None`` when absent or stale."""
    obj = load_fitted(RESOURCE, HEADLINE_FEATURES, "the headline is chosen by support and loadedness")
    if obj is None:
        return None
    return HeadlineModel(coef=tuple(float(c) for c in obj["coef"]), bias=float(obj["bias"]))


def _share(stems: Sequence[str], other: set[str]) -> float:
    return sum(1 for s in stems if s in other) / len(stems) if stems else 0.0


def _tokens(text: str) -> tuple[list[str], list[str], list[str]]:
    """All words, content words and content stems of ``text`` (tokenised once: this runs per story)."""
    ws = words(text)
    sw = stopwords()
    cw = [w for w in ws if w not in sw and (len(w) > 1 or w.isdigit())]  # textstats.content_words
    return ws, cw, [stem(w) for w in cw]


def features(
    cands: Sequence[Candidate], top: Sequence[str], loadedness: Callable[[str], float]
) -> np.ndarray:
    """One ``HEADLINE_FEATURES`` row per candidate; ``top``: the Story's top sentences, best first."""
    from plainwire import wordvec

    x = np.zeros((len(cands), len(HEADLINE_FEATURES)))
    if not cands:
        return x
    ctoks = [_tokens(c.text) for c in cands]
    ttoks = [_tokens(s) for s in top]
    lead = set(ttoks[0][2]) if ttoks else set()
    tops: set[str] = set().union(*(t[2] for t in ttoks))
    vecs = wordvec.table().embed_many([t[1] for t in ctoks] + [t[1] for t in ttoks])
    total = vecs.sum(axis=0)
    best_support = max(c.support for c in cands)
    p0 = prior()
    for k, (c, (ws, _, stems)) in enumerate(zip(cands, ctoks, strict=True)):
        rest = total - vecs[k]
        norm = float(np.linalg.norm(rest))
        n_words = len(c.text.split())
        x[k] = (
            c.support,
            c.support - best_support,
            loadedness(c.raw),
            1.0 if c.raw.rstrip().endswith("?") or _QUESTION.match(c.raw) else 0.0,
            1.0 if _COLON.search(c.raw) else 0.0,
            1.0 if _QUOTE.search(c.text) else 0.0,
            n_words / 14,
            1.0 if n_words < len(c.raw.split()) else 0.0,
            _share(stems, lead),
            _share(stems, tops),
            float(vecs[k] @ rest) / norm if norm > 0 else 0.0,
            # wordstats.mean_keep over the words already split
            (sum(keep_rate(stem(w)) for w in ws) / len(ws) if ws else p0) - p0,
            min(len(_NAME.findall(c.text)), 4) / 4,
            1.0 if _DIGIT.search(c.text) else 0.0,
            1.0 if c.kind == "clause" else 0.0,
        )
    return x


def choose(
    cands: Sequence[Candidate],
    top: Sequence[str],
    loadedness: Callable[[str], float],
    calm: Callable[[Candidate], bool],
    model: HeadlineModel,
) -> Candidate | None:
    """The calm candidate the model scores highest (ties: the earlier one); ``None`` if none is calm."""
    ok = [c for c in cands if calm(c)]
    if not ok:
        return None
    x = features(ok, top, loadedness)
    s = model.scores(x) - LOADED_PENALTY * x[:, HEADLINE_FEATURES.index("loaded")]
    return ok[int(np.argmax(s))]
