"""The batch pass across languages: groups of different languages that report one event
are joined by the cross-language rule (plainwire.cluster.xlang; docs/clustering.md, "Across
languages")."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from plainwire.cluster import xlang
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.index import DocFreq
from plainwire.cluster.text import ProperNouns, Token
from plainwire.models import Article

if TYPE_CHECKING:
    import scipy.sparse as sp

    from plainwire.cluster.batch import _Node

log = logging.getLogger(__name__)


def _across_languages(
    groups: list[list[int]],
    arts: list[Article],
    nodes: list[_Node],
    tokens: list[tuple[list[Token], list[Token]]],
    x: sp.csr_matrix,
    vocab: dict[str, int],
    nouns: ProperNouns,
    df: DocFreq,
    cfg: ClusterConfig,
) -> list[list[int]]:
    """Join groups of different languages that report one event (plainwire.cluster.xlang).

    Only a set holding two or more known languages is looked at. A group's language is its
    texts' majority language; the smaller group of a pair is read as the text (its names
    and figures), the larger as the story (the 64 heaviest terms of its summed vectors, as
    the online centroid keeps). Each group joins at most one larger group in another
    language: the one the rule accepts and that shares most (a tie joins neither).
    """
    langs = [xlang.norm_lang(arts[n.rows[0]].language) for n in nodes]
    if len({la for la in langs if la is not None}) < 2:
        return groups
    glang: list[str | None] = []
    span: list[tuple[datetime, datetime] | None] = []
    for g in groups:
        counts: dict[str, int] = {}
        for i in g:
            la = langs[i]
            if la is not None:
                counts[la] = counts.get(la, 0) + 1
        glang.append(max(counts, key=counts.__getitem__) if counts else None)  # ties: first seen
        times = [w for i in g if (w := nodes[i].when) is not None]
        span.append((min(times), max(times)) if len(times) == len(g) else None)
    terms = [""] * len(vocab)
    for term, col in vocab.items():
        terms[col] = term
    rare_cap = max(xlang.NAME_MAX_TEXTS, xlang.NAME_MAX_SHARE * df.n)

    def is_rare(key: str) -> bool:
        return df.df.get(key, 0) <= rare_cap

    sides: dict[int, xlang.StorySide] = {}

    def side(gi: int) -> xlang.StorySide:
        got = sides.get(gi)
        if got is None:
            summed = np.asarray(x[groups[gi]].sum(axis=0)).ravel()
            top = np.argsort(-summed, kind="stable")[: cfg.story_terms]
            keys = [terms[c] for c in top.tolist() if summed[c] > 0.0]
            got = sides[gi] = xlang.story_side(keys, glang[gi])
        return got

    # Folded name key -> the groups (with a language) whose texts hold it: candidates.
    holders: dict[str, list[int]] = {}
    text_side: list[xlang.Anchors | None] = []
    for gi, g in enumerate(groups):
        if glang[gi] is None:
            text_side.append(None)
            continue
        a = xlang.Anchors.union(xlang.anchors(tokens[i], glang[gi]) for i in g)
        text_side.append(a)
        for key in {f for n in a.names for k, f, _l in n.words if is_rare(k)}:
            holders.setdefault(key, []).append(gi)
    window = cfg.xlang_window
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def larger(h: int, g: int) -> bool:
        return (len(groups[h]), -groups[h][0]) > (len(groups[g]), -groups[g][0])

    for gi, ta in enumerate(text_side):
        if ta is None:
            continue
        cands = sorted(
            {h for n in ta.names for _k, f, _l in n.words for h in holders.get(f, ())} - {gi},
        )
        scored: list[tuple[int, float]] = []
        for h in cands:
            if glang[h] == glang[gi] or not larger(h, gi):
                continue
            sg, sh = span[gi], span[h]
            if sg is not None and sh is not None and (sg[1] < sh[0] - window or sg[0] > sh[1] + window):
                continue
            points = xlang.shared(
                ta,
                side(h),
                nouns.is_proper,
                is_rare,
                min_names=cfg.xlang_min_names,
                min_figures=cfg.xlang_min_figures,
                count_weight=cfg.xlang_count_weight,
                names_alone=cfg.xlang_names_alone,
            )
            if points is not None:
                # Groups already joined are one candidate (two of its parts are no tie).
                scored.append((root(h), points))
        best = xlang.pick(scored)
        if best is not None:
            log.debug("batch: a %s group joins a %s group across languages", glang[gi], glang[best])
            parent[root(gi)] = root(best)
    merged: dict[int, list[int]] = {}
    for gi, g in enumerate(groups):
        merged.setdefault(root(gi), []).extend(g)
    return list(merged.values())
