"""Press-release rewrites among a story's articles: one text, several outlets.

Two outlets that print one press release with light edits share most of their wording. The
clusterer counts such a text once (``cluster.neardup``, ``ClusterConfig.rewrite_jaccard``). In
synthesis, provenance lists one sentence per text (a rewrite is not a second outlet agreeing),
and a Highlight "worded as another outlet put it" takes another text's wording. The selection's
``support`` feature still counts every outlet that printed a text, as for verbatim wire copies:
which text several outlets chose to run says what leads, and the weights were fitted that way
(counting a text once there dropped the wire's lead sentence from a fixture story).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return words if len(words) >= MIN_WORDS else []


def _jaccard(a: frozenset[object], b: frozenset[object]) -> float:
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


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

    for j in range(1, len(words)):
        if not words[j]:
            continue
        for i in range(j):
            if group[i] != i or not words[i]:
                continue  # compare with the first text of each group only
            # Texts sharing this share of 3-word sequences share at least as much of their
            # vocabulary (in practice): the cheap test first, shingles only for the few left.
            if _jaccard(vocab[i], vocab[j]) >= threshold and _jaccard(shingled(i), shingled(j)) >= threshold:
                group[j] = i
                break
    return group
