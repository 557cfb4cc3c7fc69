"""Press-release rewrites among a story's articles: one text, several outlets.

Two outlets that print one press release with light edits share most of their wording. The
clusterer counts such a text once (``cluster.neardup``, ``ClusterConfig.rewrite_jaccard``). In
synthesis, provenance lists one sentence per text (a rewrite is not a second outlet agreeing),
and a Highlight "worded as another outlet put it" takes another text's wording. The selection's
``support`` feature still counts every outlet that printed a text, as for verbatim wire copies:
which text several outlets chose to run says what leads, and the weights were fitted that way
(counting a text once there dropped the wire's lead sentence from a fixture story).

Seventeenth session: a rewrite that rewords more (the sixth audit newsroom's pair shares 0.18 of
its 3-word sequences, as two outlets' own reports of one event may) still follows its release
sentence by sentence. Two texts are also one text when every sentence of the shorter one (at
least ``ALIGN_MIN`` of them) has a counterpart in the other sharing ``ALIGN_JACCARD`` of its
content stems, in the same order (``_aligned``). In the six audit newsrooms the four rewrite pairs
align fully and no two outlets' own reports do (at most two of three sentences).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from plainwire.lazyre import lazy_pattern
from plainwire.synthesize.textstats import content_stems

# Share of 3-word shingles two texts must have in common (exact Jaccard) to be one text: the
# clusterer's bar (docs/clustering.md, "Press-release rewrites": rewrites share ~0.45, two
# outlets' own reports of one event at most 0.13 in the audit newsrooms and 0.21 at the 99th
# percentile on the AllSides train split).
REWRITE_JACCARD = 0.35
# Texts shorter than this share shingles by their subject alone (a headline-length brief).
MIN_WORDS = 40
# Pairwise comparison; a larger story compares only its first articles (the cost stays bounded
# on a 500-article story; rewrites of one release arrive together, early).
MAX_ARTICLES = 200

# Sentence by sentence: the shorter text's sentences (at least this many) each with a counterpart
# in the other sharing this share of content stems, in order; tried only for texts whose word sets
# share ``ALIGN_VOCAB`` (rewrites 0.53 to 0.90 in the audit newsrooms).
ALIGN_MIN = 3
ALIGN_JACCARD = 0.4
ALIGN_VOCAB = 0.4

_WORD = re.compile(r"\w+")
# A sentence ends at . ! ? before a capital or a quote (enough to compare two texts by sentence).
_SENTENCE_END = lazy_pattern(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[^\W\d_])")


def _words(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return words if len(words) >= MIN_WORDS else []


def _jaccard(a: frozenset[object], b: frozenset[object]) -> float:
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


def _aligned(la: int, lb: int, stems: Callable[[int, int], frozenset[str]]) -> bool:
    """Every sentence of the shorter of texts 0 and 1 (``la`` and ``lb`` sentences, at least
    ``ALIGN_MIN``) has a counterpart in the other at ``ALIGN_JACCARD`` or more, the counterparts
    in the same order; ``stems(text, k)``: the content stems of a text's k-th sentence. In order,
    the k-th sentence of the shorter text can only match within the longer one's extra sentences
    of its k-th: a window of ``lb - la + 1``, so two texts are compared in about as many steps
    as they have sentences, and the first sentence without a counterpart ends the test."""
    short, long_ = (0, 1) if la <= lb else (1, 0)
    ls, ll = min(la, lb), max(la, lb)
    if ls < ALIGN_MIN:
        return False
    pos = -1
    for k in range(ls):
        x = stems(short, k)
        window = range(max(pos + 1, k), ll - ls + k + 1)
        best = max(window, key=lambda m: _jaccard(x, stems(long_, m)), default=-1)
        if best < 0 or _jaccard(x, stems(long_, best)) < ALIGN_JACCARD:
            return False
        pos = best
    return True


def text_groups(texts: Sequence[str], threshold: float = REWRITE_JACCARD) -> list[int]:
    """Per article, the index of the first article whose text it rewrites (itself when none):
    articles with one group index are one text."""
    group = list(range(len(texts)))
    words = [_words(t) for t in texts[:MAX_ARTICLES]]
    vocab = [frozenset(w) for w in words]
    shingles: dict[int, frozenset[object]] = {}

    def shingled(k: int) -> frozenset[object]:
        if k not in shingles:
            w = words[k]
            shingles[k] = frozenset(zip(w, w[1:], w[2:], strict=False))
        return shingles[k]

    sentences: dict[int, list[str]] = {}
    sentence_stems: dict[tuple[int, int], frozenset[str]] = {}

    def sentenced(k: int) -> list[str]:
        if k not in sentences:
            sentences[k] = [x for x in _SENTENCE_END().split(texts[k]) if x.strip()]
        return sentences[k]

    def aligned(i: int, j: int) -> bool:
        pair = (i, j)

        def stems(side: int, k: int) -> frozenset[str]:
            key = (pair[side], k)
            if key not in sentence_stems:
                sentence_stems[key] = frozenset(content_stems(sentenced(pair[side])[k]))
            return sentence_stems[key]

        return _aligned(len(sentenced(i)), len(sentenced(j)), stems)

    for j in range(1, len(words)):
        if not words[j]:
            continue
        for i in range(j):
            if group[i] != i or not words[i]:
                continue  # compare with the first text of each group only
            # Texts sharing this share of 3-word sequences share at least as much of their
            # vocabulary (in practice): the cheap test first, shingles only for the few left.
            vj = _jaccard(vocab[i], vocab[j])
            if vj >= threshold and _jaccard(shingled(i), shingled(j)) >= threshold:
                group[j] = i
                break
            if vj >= ALIGN_VOCAB and aligned(i, j):
                group[j] = i
                break
    return group
