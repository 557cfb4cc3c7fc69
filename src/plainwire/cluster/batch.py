"""Whole-set clustering for batches: group-average linkage over a nearest-neighbour graph.

The online clusterer must decide as each article arrives, against stories built from
what came before and an IDF still warming up. A batch (``plainwire cluster FILE``, the
window of ``plainwire recluster``) sees every text at once, so it can do better:

1. every distinct text becomes a node (syndicated copies join their original's node:
   one text with many outlets counts once, as in the online path); proper nouns are
   learned and the IDF is counted over the whole set before any text is weighed;
2. each node keeps its ``batch_neighbours`` most similar nodes (cosine of the same
   TF-IDF vectors as the online path, less the same time penalty; pairs further apart
   in time than the dormancy gap are never linked);
3. group-average agglomerative clustering: repeatedly merge the two groups with the
   highest *mean* pairwise score, as long as it is at least ``link_threshold``. The mean
   is exact (a group keeps the sum of its unit vectors, so the mean cosine of two groups
   is one dot product), and only groups joined by a graph edge are compared.

The mean of all pairs, unlike the online "closest centroid" rule, does not let one
ambiguous article chain two events together, and every decision is taken with the whole
set's statistics. Deterministic: ties break on input order.

Hubness correction (``density_weight``, on by default): a pair's score is lowered by
how crowded its texts' neighbourhoods are (mean score to their ``density_k`` nearest
texts outside their own group, as in cross-domain similarity local scaling), so one
threshold serves crowded and quiet topics alike; ``link_floor`` keeps tiny or quiet sets
from merging texts with little in common, and ``density_cap`` keeps a big event's many
similar reports from being each other's background. Reasons and figures: docs/clustering.md.

"Has a mate" test (``mate_fdr``, off by default; plainwire.cluster.mates): two lone texts
start a group only if their score is an outlier of both texts' own neighbour-score tails,
at a cutoff the set sets for itself (false discovery rate over every text's best
neighbour). It keeps sets of mostly one-article stories apart and costs dense sets
(docs/clustering.md, "How many texts have a mate").

Static word vectors (``batch_static_weight``, plainwire.cluster.static) add a meaning
cosine to every score; sets over ``batch_max_articles`` are clustered in dated chunks
with open groups carried over, so memory stays bounded.

Modules: this one builds the nodes, vectors and neighbour graph; ``linkage`` merges them
(step 3, the hubness correction, the gap and the mate test); ``batch_xlang`` joins groups
across languages.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from plainwire.cluster import static, xlang
from plainwire.cluster.batch_xlang import _across_languages
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.index import DocFreq
from plainwire.cluster.linkage import _average_linkage, _best_gaps
from plainwire.cluster.neardup import NearDupIndex
from plainwire.cluster.online import Prepared, _when, fingerprint
from plainwire.cluster.text import (
    ProperNouns,
    Token,
    drop_stopwords,
    extract_terms,
    learnable,
    note_long_body,
    repeated_names,
    tokenize_article,
)
from plainwire.errors import ConfigError
from plainwire.models import Article

if TYPE_CHECKING:
    import scipy.sparse as sp

log = logging.getLogger(__name__)

#: Cells of the similarity product held at once (rows x texts, float64: ~32 MB).
_CELLS = 4_000_000
#: With static word vectors alone, each text's best ``_RESCORE`` x k texts by the sparse
#: score are rescored with the mixed score (k = neighbours kept).
_RESCORE = 4


@dataclass(slots=True)
class _Node:
    """One distinct text and the articles (copies included) that carry it."""

    rows: list[int]  # input positions of its articles, first = the original
    when: datetime | None
    #: The names this text repeats when it is a templated text (a near-copy of another text
    #: that names none of them): it then links only to texts that name one of them.
    template_names: frozenset[str] | None = None


def cluster_batch(
    articles: Sequence[Article],
    config: ClusterConfig | None = None,
    *,
    embeddings: Sequence[np.ndarray] | np.ndarray | None = None,
    workers: int = 0,
) -> list[list[str]]:
    """Group ``articles`` into stories seeing the whole set; groups of article ids.

    Groups are ordered by their first article in input order, and ids inside a group
    keep input order. An article id seen twice is placed once (warning).

    With ``config.dense_weight`` w > 0 (the ``embeddings`` extra) every score is
    ``(1 - w) * sparse + w * dense`` cosine; ``embeddings`` (one unit vector per article,
    in order) skips encoding. ``workers`` > 0 tokenises in that many worker processes
    (plainwire.cluster.parallel; same result).
    """
    cfg = config or ClusterConfig()
    if not 0.0 <= cfg.batch_static_weight <= 1.0 - cfg.dense_weight:
        raise ConfigError(
            f"batch_static_weight must be between 0 and 1 - dense_weight, got {cfg.batch_static_weight}"
        )
    cap = cfg.batch_max_articles
    if cap is not None and len(articles) > cap:
        return _cluster_chunked(articles, cfg, embeddings, workers, max(cap, 2))
    return _cluster_all(articles, cfg, embeddings, workers)


def _cluster_all(
    articles: Sequence[Article],
    cfg: ClusterConfig,
    embeddings: Sequence[np.ndarray] | np.ndarray | None,
    workers: int,
) -> list[list[str]]:
    arts, nodes, tokens = _distinct_texts(articles, cfg, workers)
    if not nodes:
        return []
    x, df, nouns, vocab = _vectors(arts, nodes, tokens, cfg)
    emb = static.mix(
        None
        if static.static_weight(cfg, batch=True) <= 0
        else _static_embeddings(tokens, df, [xlang.norm_lang(arts[n.rows[0]].language) for n in nodes]),
        _node_embeddings(articles, arts, nodes, cfg, embeddings),
        cfg,
        batch=True,
    )
    when = [n.when for n in nodes]
    edges, near = _neighbours(x, emb, when, cfg, _language_ids(arts, nodes))
    if any(n.template_names is not None for n in nodes):
        edges = _without_template_links(edges, nodes, tokens)
    groups = _average_linkage(x, emb, when, edges, near, cfg, _best_gaps(edges, near, cfg))
    if cfg.cross_language:
        groups = _across_languages(groups, arts, nodes, tokens, x, vocab, nouns, df, cfg)
    out = [sorted(r for n in g for r in nodes[n].rows) for g in groups]
    out.sort(key=lambda rows: rows[0])
    return [[arts[r].id for r in rows] for rows in out]


def _cluster_chunked(
    articles: Sequence[Article],
    cfg: ClusterConfig,
    embeddings: Sequence[np.ndarray] | np.ndarray | None,
    workers: int,
    cap: int,
) -> list[list[str]]:
    """``cluster_batch`` over more than ``cap`` articles, at most ``cap`` at a time.

    Articles are taken in time order (input order unless all are dated). After each
    chunk, the groups holding one of its last ``cap // 5`` articles are still open: their
    articles go back into the next chunk and are clustered again with what follows, so a
    story crossing the boundary is not cut in two. Closed groups are final. If the open
    groups fill more than half a chunk, they are closed (warning) so every chunk makes
    progress.
    """
    log.warning(
        "clustering %d articles in chunks of at most %d (batch_max_articles) to bound memory; "
        "groups open at a chunk's end are carried into the next",
        len(articles),
        cap,
    )
    pos: dict[str, int] = {}
    order: list[int] = []
    for i, a in enumerate(articles):
        if a.id in pos:
            log.warning("article %r arrived again; placed once", a.id)
            continue
        pos[a.id] = i
        order.append(i)
    if all(articles[i].published is not None for i in order):
        order.sort(key=lambda i: (_when(articles[i]), i))
    rank = {i: r for r, i in enumerate(order)}
    tail = max(1, cap // 5)
    out: list[list[str]] = []
    carry: list[int] = []
    k = 0
    while k < len(order):
        take = cap - len(carry)
        chunk = carry + order[k : k + take]
        k += take
        sub = [articles[i] for i in chunk]
        emb = None if embeddings is None else [embeddings[i] for i in chunk]
        groups = _cluster_all(sub, cfg, emb, workers)
        if k >= len(order):
            out.extend(groups)
            break
        open_ids = {a.id for a in sub[-tail:]}
        carry = []
        for g in groups:
            if any(a in open_ids for a in g):
                carry.extend(pos[a] for a in g)
            else:
                out.append(g)
        if len(carry) > cap // 2:
            log.warning(
                "batch chunk boundary: %d articles in groups still open, more than half a chunk; "
                "closing them (a story may be split at this boundary)",
                len(carry),
            )
            carry_ids = {articles[i].id for i in carry}
            out.extend(g for g in groups if g[0] in carry_ids)
            carry = []
        carry.sort(key=rank.__getitem__)
    out = [sorted(g, key=pos.__getitem__) for g in out]
    out.sort(key=lambda g: pos[g[0]])
    return out


def _distinct_texts(
    articles: Sequence[Article], cfg: ClusterConfig, workers: int = 0
) -> tuple[list[Article], list[_Node], list[tuple[list[Token], list[Token]]]]:
    """Unique articles, their distinct-text nodes (copies folded in) and node tokens."""
    seen: set[str] = set()
    arts: list[Article] = []
    for a in articles:
        if a.id in seen:
            log.warning("article %r arrived again; placed once", a.id)
            continue
        seen.add(a.id)
        arts.append(a)
    dups = NearDupIndex(threshold=cfg.near_dup_jaccard, capacity=max(len(arts), 1))
    nodes: list[_Node] = []
    tokens: list[tuple[list[Token], list[Token]]] = []
    if workers > 0:
        from plainwire.cluster.parallel import prepared_stream

        prepared: Iterator[tuple[Article, Prepared]] = prepared_stream(arts, cfg, workers)
    else:
        prepared = ((a, _prepare(a, cfg, dups)) for a in arts)
    for r, (a, (toks, sig, chash)) in enumerate(prepared):
        note_long_body(a.id, a.text, cfg)
        when = _when(a)
        template: frozenset[str] | None = None
        if sig is not None:
            hit = dups.find(sig, chash)
            if hit is not None:
                node = nodes[int(hit)]
                if _within(node.when, when, cfg):
                    names = repeated_names(toks)
                    if _names_in(names, tokens[int(hit)]):
                        node.rows.append(r)  # a syndicated copy: one more outlet, same text
                        continue
                    template = names  # the same text about another town, company or person
        if sig is not None and chash is not None:
            dups.add(sig, str(len(nodes)), chash)
        nodes.append(_Node([r], when, template))
        tokens.append(toks)
    return arts, nodes, tokens


def _names_in(names: frozenset[str], toks: tuple[list[Token], list[Token]]) -> bool:
    """True unless a text repeats ``names`` and the text of ``toks`` has none of them."""
    return not names or not names.isdisjoint(t[0] for part in toks for t in part)


def _without_template_links(
    edges: list[tuple[int, int]], nodes: list[_Node], tokens: list[tuple[list[Token], list[Token]]]
) -> list[tuple[int, int]]:
    """The links minus those of a templated text to a text naming none of its names."""

    def ok(a: int, b: int) -> bool:
        names = nodes[a].template_names
        return names is None or _names_in(names, tokens[b])

    return [(i, j) for i, j in edges if ok(i, j) and ok(j, i)]


def _prepare(a: Article, cfg: ClusterConfig, dups: NearDupIndex) -> Prepared:
    toks = tokenize_article(a.title, a.text, cfg)
    sig, chash = fingerprint(a, toks, cfg, dups.hasher)
    return toks, sig, chash


def _node_embeddings(
    given: Sequence[Article],
    arts: list[Article],
    nodes: list[_Node],
    cfg: ClusterConfig,
    embeddings: Sequence[np.ndarray] | np.ndarray | None,
) -> np.ndarray | None:
    """Unit embeddings of the nodes' original texts (dense scoring only)."""
    if cfg.dense_weight <= 0:
        return None
    originals = [arts[n.rows[0]] for n in nodes]
    if embeddings is None:
        from plainwire.cluster import dense

        return dense.encode_articles(originals).astype(np.float64)
    if len(embeddings) != len(given):
        raise ValueError(f"{len(embeddings)} embeddings for {len(given)} articles")
    pos = {a.id: i for i, a in reversed(list(enumerate(given)))}
    return np.stack([np.asarray(embeddings[pos[a.id]], dtype=np.float64) for a in originals])


def _static_embeddings(
    tokens: list[tuple[list[Token], list[Token]]], df: DocFreq, langs: Sequence[str | None] | None = None
) -> np.ndarray:
    """Static word-vector rows of the nodes' texts (IDF over the whole set).

    The word table is English (plainwire.wordvec): a text in another known language (``langs``,
    per node) would be read by its few words the table knows (names, loan words, "porto",
    "camara"), and two such texts of different events would look alike. Its row is zeros:
    its pairs are scored by their words alone (docs/clustering.md, "Static word vectors")."""
    cache: dict[str, float] = {}

    def idf(key: str) -> float:
        w = cache.get(key)
        if w is None:
            w = cache[key] = df.idf(key)
        return w

    rows = np.stack([static.embed(t, idf) for t in tokens]).astype(np.float64)
    if langs is not None:
        rows[[i for i, la in enumerate(langs) if la not in (None, "en")]] = 0.0
    return rows


def _within(a: datetime | None, b: datetime | None, cfg: ClusterConfig) -> bool:
    return a is None or b is None or abs(a - b) <= cfg.dormancy


def _vectors(
    arts: list[Article], nodes: list[_Node], tokens: list[tuple[list[Token], list[Token]]], cfg: ClusterConfig
) -> tuple[sp.csr_matrix, DocFreq, ProperNouns, dict[str, int]]:
    """Unit TF-IDF rows, one per node, with names and IDF learned over the whole set
    (and that document-frequency table, the names and the column of each term)."""
    import scipy.sparse as sp  # only the batch path needs it

    nouns = ProperNouns(cfg)
    for title_toks, body_toks in tokens:
        nouns.observe(learnable(title_toks, body_toks))
    # Another language's function words are rare in the set, hence heavy: dropped.
    terms = [
        extract_terms(
            "", "", nouns, cfg, drop_stopwords(t, xlang.norm_lang(arts[n.rows[0]].language)), observe=False
        )
        for n, t in zip(nodes, tokens, strict=True)
    ]
    df = DocFreq()
    for t in terms:
        if t:
            df.add(t.keys())
    vocab: dict[str, int] = {}
    indptr, cols, vals = [0], [], []
    for node, t in zip(nodes, terms, strict=True):
        if not t:
            log.warning(
                "article %r has no usable words (empty or symbols only): own story", arts[node.rows[0]].id
            )
        w = {vocab.setdefault(k, len(vocab)): v * df.idf(k) for k, v in t.items()}
        norm = float(np.sqrt(sum(v * v for v in w.values()))) or 1.0
        for c in sorted(w):
            cols.append(c)
            vals.append(w[c] / norm)
        indptr.append(len(cols))
    return (
        sp.csr_matrix(
            (
                np.asarray(vals, dtype=np.float64),
                np.asarray(cols, dtype=np.int64),
                np.asarray(indptr, dtype=np.int64),
            ),
            shape=(len(nodes), max(len(vocab), 1)),
        ),
        df,
        nouns,
        vocab,
    )


def _language_ids(arts: list[Article], nodes: list[_Node]) -> np.ndarray | None:
    """Per node, a number for its text's language (-1: unknown); ``None`` unless the set
    holds two or more known languages."""
    langs = [xlang.norm_lang(arts[n.rows[0]].language) for n in nodes]
    known = sorted({la for la in langs if la is not None})
    if len(known) < 2:
        return None
    code = {la: i for i, la in enumerate(known)}
    return np.array([-1 if la is None else code[la] for la in langs], dtype=np.int32)


def _neighbours(
    x: sp.csr_matrix,
    emb: np.ndarray | None,
    when: list[datetime | None],
    cfg: ClusterConfig,
    langs: np.ndarray | None = None,
) -> tuple[list[tuple[int, int]], list[tuple[list[int], list[float]]]]:
    """Edges (i < j) to each node's nearest nodes, and (with the hubness correction on)
    each node's ``2 * density_k`` nearest nodes and scores, best first.

    Dated texts are only compared with texts within one dormancy gap (nodes taken in
    time order, so that is a contiguous slice): the cost per text is then bounded by
    how many texts a dormancy gap holds, not by the size of the file.

    With ``langs`` (``_language_ids``: two or more known languages in the set), a text is
    never the neighbour of a text in another known language, as in the online pass: the
    word score of two texts that share little but names is no evidence of one event, so
    groups of two languages join only by the cross-language rule (``_across_languages``).
    """
    n = x.shape[0]
    k = max(cfg.batch_neighbours, 2 * cfg.density_k if cfg.density_weight > 0 else 0)
    kk = min(k, n - 1)
    edges: set[tuple[int, int]] = set()
    near: list[tuple[list[int], list[float]]] = [([], []) for _ in range(n)]
    if kk <= 0:
        return [], near
    dated = all(w is not None for w in when)
    if dated:
        ts_raw = np.array([w.timestamp() for w in when], dtype=np.float64)  # type: ignore[union-attr]
        perm = np.argsort(ts_raw, kind="stable")
        ts: np.ndarray | None = ts_raw[perm]
    else:
        perm = np.arange(n)
        ts = None
    xs = x[perm]
    lp = None if langs is None else langs[perm]
    w = static.emb_weight(cfg, batch=True)
    # Pre-scaled float32 rows: one product gives the weighted embedding part of the score
    # (float32 halves the cost of the dense product; scores are compared, not summed up).
    es = None if emb is None else (np.sqrt(w) * emb[perm]).astype(np.float32)
    rescore = cfg.dense_weight <= 0  # the static term alone: rescoring suffices
    dorm = cfg.dormancy.total_seconds()
    chunk = max(1, min(512, _CELLS // n))
    for lo in range(0, n, chunk):
        hi = min(n, lo + chunk)
        c0, c1 = 0, n
        if ts is not None:
            c0 = int(np.searchsorted(ts, ts[lo] - dorm, side="left"))
            c1 = int(np.searchsorted(ts, ts[hi - 1] + dorm, side="right"))
        sims = (xs[lo:hi] @ xs[c0:c1].T).toarray()
        if es is not None and not rescore:
            sims *= 1.0 - w
            sims += es[lo:hi] @ es[c0:c1].T
        rows = np.arange(hi - lo)
        sims[rows, rows + lo - c0] = -np.inf  # not its own neighbour
        pen: np.ndarray | float = 0.0
        if ts is not None:
            gap = np.abs(ts[lo:hi, None] - ts[None, c0:c1]) / dorm
            pen = cfg.time_penalty * gap
            sims -= pen
            sims[gap > 1.0] = -np.inf
        if lp is not None:
            a, b = lp[lo:hi, None], lp[None, c0:c1]
            sims[(a >= 0) & (b >= 0) & (a != b)] = -np.inf
        kc = min(kk, c1 - c0 - 1)
        if kc <= 0:
            continue
        if es is not None and rescore:
            # Static vectors only: rescore the best ``_RESCORE`` x k texts by the sparse
            # score instead of every pair (the 96-d product over a whole window cost more
            # than the rest of the graph; measured the same F1, docs/clustering.md).
            mc = min(_RESCORE * kk, c1 - c0 - 1)
            pre = np.argpartition(-sims, mc - 1, axis=1)[:, :mc]
            sub = np.take_along_axis(sims, pre, axis=1)
            stat = np.einsum("rd,rmd->rm", es[lo:hi], es[c0:c1][pre])
            pen_sub = np.take_along_axis(pen, pre, axis=1) if isinstance(pen, np.ndarray) else 0.0
            # (1 - w) * sparse + w * static - pen, with sub = sparse - pen and es scaled by sqrt(w)
            mixed = (1.0 - w) * sub + stat - w * pen_sub
            pick = np.argpartition(-mixed, kc - 1, axis=1)[:, :kc]
            part = np.take_along_axis(pre, pick, axis=1)
            top = np.take_along_axis(mixed, pick, axis=1)
        else:
            part = np.argpartition(-sims, kc - 1, axis=1)[:, :kc]
            top = np.take_along_axis(sims, part, axis=1)
        for r in range(hi - lo):
            i = int(perm[lo + r])
            sc = top[r]
            cand = perm[part[r] + c0]
            # Best first; ties by input position, so runs repeat exactly.
            order = np.lexsort((cand, -sc))
            cand, sc = cand[order], sc[order]
            ok = np.isfinite(sc)
            cand, sc = cand[ok], sc[ok]
            if cfg.density_weight > 0:
                near[i] = (cand.tolist(), sc.tolist())
            for j, s_ in zip(
                cand[: cfg.batch_neighbours].tolist(), sc[: cfg.batch_neighbours].tolist(), strict=True
            ):
                if s_ > 0.0:
                    edges.add((i, j) if i < j else (j, i))
    return sorted(edges), near
