"""The online clusterer's stream input: worker processes and embeddings computed ahead.

Tokenising and copy fingerprints are pure functions of the text, so ``add_many`` may compute
them in worker processes (plainwire.cluster.parallel) while the clusterer places articles in
order; dense embeddings (plainwire.cluster.dense) are computed a chunk at a time.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

import numpy as np

from plainwire.cluster.base import ClustererBase
from plainwire.models import Article


class Stream(ClustererBase):
    """``OnlineClusterer.add_many`` and the embedding helpers."""

    def add_many(
        self,
        articles: Iterable[Article],
        *,
        workers: int = 0,
        embeddings: Iterable[np.ndarray] | None = None,
        genres: Iterable[str | None] | None = None,
    ) -> Iterator[str]:
        """Place articles in order, yielding each story id as ``add`` would.

        Tokenising and copy fingerprints are pure functions of the text; with
        ``workers`` > 0 (0: one per extra core, none on a single core) they run in worker
        processes while this process scores and updates the index. Results are
        identical to calling ``add`` one by one.

        With dense scoring on, embeddings are computed in chunks of 64 articles ahead of
        placement (one forward pass per chunk), or taken from ``embeddings`` (one unit
        vector per article, in order: e.g. stored ones, or computed once for a sweep).

        ``genres`` (one per article, in order; ``None``: not known) is the analysis stage's
        genre, as ``add`` takes it: opinion and analysis pieces get the lower bar.
        """
        n = (os.cpu_count() or 1) - 1 if workers == 0 else workers
        pending: deque[np.ndarray | None] = deque()
        kinds: deque[str | None] = deque()
        if genres is not None:
            articles = _zip_genres(articles, genres, kinds)
        genre = kinds.popleft if genres is not None else _unknown
        if not self._dense:
            stream: Iterable[Article] = articles
        elif embeddings is not None:
            stream = self._zip_given(articles, embeddings, pending)
        else:
            stream = self._embed_ahead(articles, pending)
        if n <= 0:
            for art in stream:
                yield self._add_prepared(art, None, pending.popleft() if self._dense else None, genre())
            return
        from plainwire.cluster.parallel import prepared_stream

        for art, prep in prepared_stream(stream, self.config, n):
            yield self._add_prepared(art, prep, pending.popleft() if self._dense else None, genre())

    # ------------------------------------------------------------------ dense
    def _embed_one(self, article: Article) -> np.ndarray | None:
        if not self._dense:
            return None
        from plainwire.cluster import dense

        return dense.encode_articles([article])[0]

    def _embed_all(self, articles: Sequence[Article]) -> np.ndarray | None:
        if not self._dense:
            return None
        from plainwire.cluster import dense

        return dense.encode_articles(articles)

    def _embed_ahead(
        self, articles: Iterable[Article], out: deque[np.ndarray | None], chunk: int = 64
    ) -> Iterator[Article]:
        """Yield articles, having pushed each one's embedding onto ``out`` first.

        The consumer pops one embedding per placed article; whatever reads ahead of the
        placement (worker processes) only ever adds a bounded number of chunks to ``out``.
        """
        from plainwire.cluster import dense

        it = iter(articles)
        while batch := list(islice(it, chunk)):
            out.extend(dense.encode_articles(batch))
            yield from batch

    @staticmethod
    def _zip_given(
        articles: Iterable[Article], embeddings: Iterable[np.ndarray], out: deque[np.ndarray | None]
    ) -> Iterator[Article]:
        for art, emb in zip(articles, embeddings, strict=True):
            out.append(np.asarray(emb, dtype=np.float32))
            yield art


def _zip_genres(
    articles: Iterable[Article], genres: Iterable[str | None], out: deque[str | None]
) -> Iterator[Article]:
    """Yield articles, having pushed each one's genre onto ``out`` first (the placement pops
    them in the same order, however far worker processes read ahead). Each genre is taken
    after its article is read: a caller may produce it while reading the article."""
    them = iter(genres)
    for art in articles:
        out.append(next(them, None))
        yield art


def _unknown() -> str | None:
    return None
