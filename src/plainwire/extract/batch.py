"""Extraction of many pages on all cores, in input order, with bounded memory.

trafilatura is CPU-bound pure-Python-over-lxml, so threads do not help; a process pool
does. Pages go to workers in chunks (fewer pickling round trips); at most
``workers * 3`` chunks are in flight, so memory stays flat however long the input is,
and workers are recycled every ``MAX_TASKS_PER_CHILD`` chunks to return lxml's arenas.
Small inputs (fewer than ``INLINE_BELOW`` pages) are extracted inline: starting
processes would cost more than it saves.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from plainwire.errors import ExtractionError, PlainwireError
from plainwire.models import Article, FeedEntry

log = logging.getLogger(__name__)

CHUNK = 16
INLINE_BELOW = 8
MAX_TASKS_PER_CHILD = 200

Item = tuple[bytes | str, str, FeedEntry | None, str]  # (html, url, entry, source)


@dataclass(frozen=True)
class Failed:
    """An item that produced no article; ``error`` names it (its URL)."""

    input: str
    error: PlainwireError


def _one(item: Item) -> Article | tuple[str, str, str]:
    from plainwire.extract.article import extract_article

    html, url, entry, source = item
    try:
        return extract_article(html, url, entry=entry, source=source)
    except PlainwireError as exc:
        return (url, exc.code, exc.message)
    except Exception as exc:  # a library bug on one page must not lose the batch
        return (url, "extraction_failed", f"unexpected error: {exc!r}")


def _chunk(items: list[Item]) -> list[Article | tuple[str, str, str]]:
    return [_one(it) for it in items]


def _result(out: Article | tuple[str, str, str]) -> Article | Failed:
    if isinstance(out, Article):
        return out
    url, _code, message = out
    return Failed(url, ExtractionError(message, input=url))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _warm() -> None:
    """Worker initializer: import trafilatura and load the language model once, up front."""
    _one(
        (
            b"<html><body><p>"
            + b"Warm-up text for the extraction worker process. " * 8
            + b"</p></body></html>",
            "https://warmup.invalid/a",
            None,
            "",
        )
    )


class ExtractPool:
    """A long-lived process pool for extraction; reuse it across passes of the run loop
    (starting workers and importing trafilatura costs about a second per worker).

        with ExtractPool() as pool:
            for out in pool.extract_many(items): ...
    """

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers or default_workers()
        # forkserver: workers do not inherit the parent's threads (fetcher pools, servers).
        ctx = multiprocessing.get_context("forkserver")
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=ctx,
            max_tasks_per_child=MAX_TASKS_PER_CHILD,
            initializer=_warm,
        )

    def extract_many(self, items: Iterable[Item], *, chunk: int = CHUNK) -> Iterator[Article | Failed]:
        """Like :func:`extract_many`, on this pool's workers."""
        pending: deque[Future[list[Article | tuple[str, str, str]]]] = deque()
        batch: list[Item] = []
        try:
            for item in items:
                batch.append(item)
                if len(batch) >= chunk:
                    pending.append(self._pool.submit(_chunk, batch))
                    batch = []
                    while len(pending) >= self.workers * 3:
                        yield from map(_result, pending.popleft().result())
            if batch:
                pending.append(self._pool.submit(_chunk, batch))
            while pending:
                yield from map(_result, pending.popleft().result())
        finally:
            for fut in pending:
                fut.cancel()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_many(
    items: Iterable[Item], *, workers: int = 0, chunk: int = CHUNK, pool: ExtractPool | None = None
) -> Iterator[Article | Failed]:
    """Extract ``(html, url, entry, source)`` items; yield an Article or a Failed per item,
    in input order. ``workers=0`` = one per core, ``1`` = inline in this process; pass a
    long-lived ``pool`` to skip worker start-up."""
    if pool is not None:
        yield from pool.extract_many(items, chunk=chunk)
        return
    n = workers or default_workers()
    it = iter(items)
    head: list[Item] = []
    for item in it:
        head.append(item)
        if len(head) >= INLINE_BELOW:
            break
    if n <= 1 or len(head) < INLINE_BELOW:
        for item in head:
            yield _result(_one(item))
        for item in it:
            yield _result(_one(item))
        return
    with ExtractPool(n) as own:
        yield from own.extract_many(itertools.chain(head, it), chunk=chunk)


def extract_records(
    records: Iterable[object], *, workers: int = 0, pool: ExtractPool | None = None
) -> Iterator[object]:
    """Turn a Source's records into Articles: ``Page`` -> extracted ``Article`` (or a
    ``Failure`` with stage "extract"); ``Article`` and ``Failure`` pass through. Order is kept."""
    from plainwire.sources.base import Failure, Page

    passthrough: dict[int, object] = {}
    counter = 0

    def items() -> Iterator[Item]:
        nonlocal counter
        for rec in records:
            if isinstance(rec, Page):
                yield (rec.html, rec.url, rec.entry, rec.source)
            else:
                # Non-page records ride along as a marker item so order is preserved.
                passthrough[counter] = rec
                counter += 1
                yield (b"", f"\x00passthrough:{counter - 1}", None, "")

    for out in extract_many(items(), workers=workers, pool=pool):
        if isinstance(out, Failed) and out.input.startswith("\x00passthrough:"):
            yield passthrough.pop(int(out.input.split(":", 1)[1]))
        elif isinstance(out, Failed):
            yield Failure(out.input, out.error, "extract")
        else:
            yield out
