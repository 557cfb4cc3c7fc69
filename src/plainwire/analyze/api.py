"""``analyze`` one article and ``analyze_many`` of them, in parallel when worthwhile."""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from plainwire.analyze.genre import genre_of
from plainwire.analyze.labels import UNRATED
from plainwire.analyze.model import default_model
from plainwire.analyze.tone import article_tone
from plainwire.extract.language import detect_language
from plainwire.models import Analysis, Article, Tone, primary_language

log = logging.getLogger(__name__)

# Below this many articles a process pool costs more than it saves.
PARALLEL_MIN = 256
CHUNK = 64


def analyze(article: Article, dense: bool = False) -> Analysis:
    """Language, genre and tone of one article.

    ``dense``: tone from the MiniLM head stacked on the lexical model (the ``tone_dense``
    setting; needs the ``embeddings`` extra, see ``plainwire.analyze.dense_tone``).
    """
    language = article.language or detect_language(f"{article.title}\n{article.text}")
    if not _tone_reads(language, article):
        # Another language: neither the tone model nor the genre's writer's-voice word lists read it.
        genre = genre_of(article, english=False)
        return Analysis(id=article.id, language=language, genre=genre, tone=Tone(UNRATED, 0.0))
    if dense:
        from plainwire.analyze.dense_tone import article_tone_dense

        tone = article_tone_dense(article)
    else:
        tone = article_tone(article)
    return Analysis(id=article.id, language=language, genre=genre_of(article), tone=tone)


#: Below this many characters a guessed language (no ``article.language``) is not trusted to
#: withhold a tone: a one-line English headline in title case can read as German.
GUESS_TRUSTED_CHARS = 200


def _tone_reads(language: str | None, article: Article) -> bool:
    """Whether the (English) tone model may score the article. Function words of another
    language ("einer", "sobre") would otherwise be shown to readers as loaded language."""
    if primary_language(language) in (None, "en"):
        return True
    return article.language is None and len(article.title) + len(article.text) < GUESS_TRUSTED_CHARS


def _analyze_chunk(chunk: list[Article]) -> list[Analysis]:
    return [analyze(a) for a in chunk]


def _workers(workers: int) -> int:
    if workers > 0:
        return workers
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyze_many(articles: Iterable[Article], workers: int = 0, dense: bool = False) -> Iterator[Analysis]:
    """Analyses of ``articles`` in input order.

    The input is consumed lazily (it may be a generator reporting bad lines as it goes). With
    more than one worker (``0`` = one per core) and at least ``PARALLEL_MIN`` articles, chunks
    go to a process pool with a bounded number in flight; small inputs run in-process.
    ``dense`` (see ``analyze``) always runs in-process: torch spreads one encoder over the
    cores itself, and forked copies of it would only compete.
    """
    if dense:
        from plainwire.analyze.dense_tone import default_head

        default_head()  # fail early, with a clear error, if the extra or the head is missing
        yield from (analyze(a, dense=True) for a in articles)
        return
    n_workers = _workers(workers)
    it = iter(articles)
    if n_workers <= 1:
        yield from map(analyze, it)
        return
    head = list(itertools.islice(it, PARALLEL_MIN))
    if len(head) < PARALLEL_MIN:
        yield from map(analyze, head)
        return
    default_model()  # load once in the parent so forked workers inherit it
    rest = itertools.chain(head, it)
    yield from _pooled(rest, n_workers)


def _pooled(rest: Iterator[Article], n_workers: int) -> Iterator[Analysis]:
    """Chunks through a process pool, in order; if the pool cannot start or breaks, the
    remaining chunks (including those in flight) are analysed in-process: the run goes on."""
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    pending: deque[tuple[Future[list[Analysis]] | None, list[Article]]] = deque()
    max_pending = 4 * n_workers
    try:
        pool = ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx)
    except (OSError, NotImplementedError, ValueError) as exc:
        log.warning("process pool unavailable (%s); analysing in-process", exc)
        yield from map(analyze, rest)
        return
    broken = False
    with pool:
        while True:
            while len(pending) < max_pending:
                chunk = list(itertools.islice(rest, CHUNK))
                if not chunk:
                    break
                fut = None
                if not broken:
                    try:
                        fut = pool.submit(_analyze_chunk, chunk)
                    except (BrokenProcessPool, RuntimeError) as exc:
                        log.warning("process pool failed (%s); analysing the rest in-process", exc)
                        broken = True
                pending.append((fut, chunk))
            if not pending:
                break
            fut, chunk = pending.popleft()
            if fut is not None and not broken:
                try:
                    results = fut.result()
                except BrokenProcessPool as exc:
                    log.warning("process pool failed (%s); analysing the rest in-process", exc)
                    broken = True
                    results = _analyze_chunk(chunk)
            else:
                results = _analyze_chunk(chunk)
            yield from results
