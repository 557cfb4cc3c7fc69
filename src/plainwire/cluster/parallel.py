"""Worker processes for the text-only part of clustering (tokens, copy fingerprints).

The clusterer's state lives in one process; what only depends on an article's own text
is computed ahead in ``n`` worker processes, a bounded number of chunks in flight, and
handed back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.neardup import MinHasher
from plainwire.cluster.online import Prepared, fingerprint
from plainwire.cluster.text import tokenize_article
from plainwire.models import Article

_hasher: MinHasher | None = None


def _prepare(arts: list[Article], config: ClusterConfig) -> list[Prepared]:
    global _hasher
    if _hasher is None:
        _hasher = MinHasher()  # same seed as the clusterer's: identical signatures
    out: list[Prepared] = []
    for art in arts:
        tokens = tokenize_article(art.title, art.text, config)
        sig, chash = fingerprint(art, tokens, config, _hasher)
        out.append((tokens, sig, chash))
    return out


def prepared_stream(
    articles: Iterable[Article], config: ClusterConfig, workers: int, chunk: int = 64
) -> Iterator[tuple[Article, Prepared]]:
    """``(article, prepared)`` in input order, prepared by ``workers`` processes."""
    it = iter(articles)
    # spawn: no fork of a process that may hold threads or a large index.
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as pool:
        pending: deque[tuple[list[Article], Future[list[Prepared]]]] = deque()

        def submit() -> bool:
            batch = list(islice(it, chunk))
            if not batch:
                return False
            pending.append((batch, pool.submit(_prepare, batch, config)))
            return True

        for _ in range(2 * workers + 1):
            if not submit():
                break
        while pending:
            batch, fut = pending.popleft()
            submit()
            yield from zip(batch, fut.result(), strict=True)
