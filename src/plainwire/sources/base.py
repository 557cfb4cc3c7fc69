"""Where articles come from: a ``Source`` yields records, one at a time, never raising.

A record is one of

* :class:`Page` -- raw HTML with the URL it came from (and the feed entry that pointed to
  it, if any); the extract stage turns it into an ``Article``;
* ``plainwire.models.Article`` -- already-extracted text (JSONL input);
* :class:`Failure` -- one input that could not be read or fetched, with a
  ``PlainwireError`` naming it. The caller records it and goes on.

Sources stream: a 40 GB WARC or a 10,000-line JSONL is read record by record, so memory
does not grow with input size. Extraction is not done here, so the caller can run it in
a process pool (``plainwire.extract.batch.extract_records``).
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

from plainwire.errors import BadInputError, FetchError, PlainwireError
from plainwire.extract.canonical import canonical_url
from plainwire.models import Article, FeedEntry, Outlet, article_from_json, article_id_for
from plainwire.sources.decode import page_markup

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]  # (units done, total or None)


@dataclass(frozen=True)
class Page:
    url: str  # where the HTML was fetched/read from (final URL after redirects)
    html: bytes | str
    entry: FeedEntry | None = None
    source: str = ""  # outlet name, if known


@dataclass(frozen=True)
class Failure:
    input: str  # URL, "file:line" or "archive#recordN"
    error: PlainwireError
    stage: str = "read"  # read | feed | fetch | extract

    def __str__(self) -> str:
        return str(self.error)


Record = Page | Article | Failure


@runtime_checkable
class Source(Protocol):
    @property
    def name(self) -> str: ...

    def fetch(self) -> Iterator[Record]: ...


# --- feeds --------------------------------------------------------------------------


@dataclass
class FeedSource:
    """An outlet's feed: conditional GET, parse, then fetch the pages of new entries.

    ``is_known(canonical_url)`` lets the caller skip pages it already stored. After
    ``fetch()`` has run, ``etag``/``last_modified`` hold the validators to persist,
    ``not_modified`` says the feed was unchanged and ``entries`` holds the parsed entries.
    """

    outlet: Outlet
    fetcher: object  # plainwire.sources.fetch.Fetcher (kept loose to avoid a hard import)
    etag: str | None = None
    last_modified: str | None = None
    is_known: Callable[[str], bool] | None = None
    max_entries: int | None = 500
    workers: int | None = None
    not_modified: bool = False
    entries: list[FeedEntry] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.outlet.name

    def fetch(self) -> Iterator[Record]:
        from plainwire.sources.feeds import parse_feed

        url = self.outlet.feed_url
        try:
            res = self.fetcher.get(url, etag=self.etag, last_modified=self.last_modified)  # type: ignore[attr-defined]
            if res.not_modified:
                self.not_modified = True
                self.etag, self.last_modified = res.etag, res.last_modified
                return
            self.entries = parse_feed(
                res.content,
                url=res.final_url,
                source=self.outlet.name,
                max_entries=self.max_entries,
                content_type=res.headers.get("content-type"),
            )
            self.etag, self.last_modified = res.etag, res.last_modified
        except PlainwireError as exc:
            yield Failure(url, exc, "feed")
            return
        todo: dict[str, FeedEntry] = {}
        for e in self.entries:
            key = canonical_url(e.url)
            if key in todo or (self.is_known is not None and self.is_known(key)):
                continue
            todo[e.url] = e
        for page_url, result in self.fetcher.fetch_many(todo, max_workers=self.workers):  # type: ignore[attr-defined]
            if isinstance(result, FetchError):
                yield Failure(page_url, result, "fetch")
            else:
                yield Page(
                    result.final_url or page_url,
                    result.markup,
                    todo[page_url],
                    self.outlet.name,
                )


# --- WARC ---------------------------------------------------------------------------

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WARC_TYPES = {
    "warcinfo",
    "response",
    "resource",
    "request",
    "metadata",
    "revisit",
    "conversion",
    "continuation",
}


@dataclass
class WarcSource:
    """HTML responses in a WARC/ARC file (gzip or plain), e.g. Common Crawl CC-NEWS.

    Only ``response`` (and ``resource``) records with status 200 and an HTML content
    type are yielded; others are skipped silently. A payload over ``max_bytes`` becomes
    a Failure. A corrupt archive ends the stream with one Failure naming the record:
    records before it have been yielded already.
    """

    path: str | Path
    source: str = ""
    max_bytes: int = 10 * 1024 * 1024
    progress: Progress | None = None  # (compressed bytes read, file size)
    skipped: int = 0

    @property
    def name(self) -> str:
        return str(self.path)

    def fetch(self) -> Iterator[Record]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        name = str(self.path)
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - closed in finally, generator-owned
        except OSError as exc:
            yield Failure(name, BadInputError(f"cannot open WARC: {exc.strerror or exc}", input=name))
            return
        total = os.fstat(fh.fileno()).st_size
        n = 0
        try:
            # ARC conversion only for .arc files: on a WARC it would read garbage as ARC records.
            it = ArchiveIterator(fh, arc2warc=name.lower().endswith((".arc", ".arc.gz")))
            for rec in it:
                n += 1
                page = self._page(rec, name, n)
                if page is not None:
                    yield page
                if self.progress is not None:
                    self.progress(fh.tell(), total)
            if fh.tell() < total:  # warcio stops quietly at an unparseable record header
                where = f"{name}#record{n + 1}"
                yield Failure(
                    where,
                    BadInputError(
                        f"corrupt WARC: reading stopped at byte {fh.tell()} of {total} after record {n}",
                        input=where,
                    ),
                )
        # warcio raises AttributeError on a response record without a WARC-Target-URI.
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError) as exc:
            where = f"{name}#record{n + 1}"
            yield Failure(where, BadInputError(f"corrupt WARC after record {n}: {exc}", input=where))
        finally:
            fh.close()

    def _page(self, rec: object, name: str, n: int) -> Record | None:
        rtype = getattr(rec, "rec_type", None)
        if rtype not in _WARC_TYPES:  # warcio yields unparseable header blocks as typeless records
            where = f"{name}#record{n}"
            return Failure(
                where, BadInputError(f"corrupt WARC: record {n} has no valid WARC-Type", input=where)
            )
        if rtype not in ("response", "resource"):
            return None
        url = rec.rec_headers.get_header("WARC-Target-URI") or ""  # type: ignore[attr-defined]
        if rtype == "response":
            http = rec.http_headers  # type: ignore[attr-defined]
            if http is None or not http.get_statuscode().startswith("2"):
                self.skipped += 1
                return None
            ctype = (http.get_header("Content-Type") or "").lower()
        else:
            ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()  # type: ignore[attr-defined]
        if not ctype.startswith(_HTML_TYPES):
            self.skipped += 1
            return None
        where = f"{name}#record{n}"
        try:
            body = _read_upto(rec.content_stream(), self.max_bytes + 1)  # type: ignore[attr-defined]
        except Exception as exc:  # a broken payload must not end the archive
            return Failure(where, BadInputError(f"unreadable payload for {url}: {exc}", input=where))
        if len(body) > self.max_bytes:
            return Failure(
                where, BadInputError(f"payload for {url} larger than {self.max_bytes} bytes", input=where)
            )
        # the record's HTTP charset is the page's only declaration on some sites
        return Page(url, page_markup(body, ctype), None, self.source)


def _read_upto(stream: IO[bytes], n: int) -> bytes:
    """Read up to ``n`` bytes; decompressing streams return short reads, so loop."""
    buf = bytearray()
    while len(buf) < n:
        chunk = stream.read(n - len(buf))
        if not chunk:
            break
        buf += chunk
    return bytes(buf)


# --- JSONL --------------------------------------------------------------------------


def _open_binary(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - caller closes


@dataclass
class JsonlSource:
    """One JSON object per line: ``{"url", "html"}`` pages or extracted articles
    ``{"url"?, "id"?, "title", "text", ...}`` (the batch contract). An article without
    ``id`` gets one from its canonical URL. Bad lines are Failures naming ``file:line``."""

    path: str | Path
    source: str = ""
    # A line longer than this is a Failure and is skipped without being held in memory (a
    # .jsonl.gz of one endless line would otherwise inflate into RAM until the process dies).
    max_line_bytes: int = 64 * 1024 * 1024

    @property
    def name(self) -> str:
        return str(self.path)

    def fetch(self) -> Iterator[Record]:
        path = Path(self.path)
        name = str(path)
        try:
            fh = _open_binary(path)
        except OSError as exc:
            yield Failure(name, BadInputError(f"cannot open: {exc.strerror or exc}", input=name))
            return
        with fh:
            lineno = 0
            while True:
                try:
                    raw = fh.readline(self.max_line_bytes + 1)
                    too_long = len(raw) > self.max_line_bytes
                    while too_long and not raw.endswith(b"\n"):  # skip the rest, a chunk at a time
                        raw = fh.readline(1024 * 1024)
                        if not raw:
                            break
                except (OSError, EOFError) as exc:  # truncated/corrupt gzip
                    where = f"{name}:{lineno + 1}"
                    yield Failure(
                        where, BadInputError(f"unreadable ({exc}); rest of file skipped", input=where)
                    )
                    return
                if not raw and not too_long:
                    return
                lineno += 1
                where = f"{name}:{lineno}"
                if too_long:
                    yield Failure(
                        where,
                        BadInputError(f"line longer than {self.max_line_bytes} bytes; skipped", input=where),
                    )
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield Failure(
                        where, BadInputError(f"not UTF-8 ({exc.reason} at byte {exc.start})", input=where)
                    )
                    continue
                if line.strip():
                    yield self._record(line, where)

    def _record(self, line: str, where: str) -> Record:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            return Failure(
                where, BadInputError(f"malformed JSON: {exc.msg} at column {exc.colno}", input=where)
            )
        if not isinstance(obj, dict):
            return Failure(where, BadInputError("expected a JSON object", input=where))
        url = obj.get("url") or ""
        if not isinstance(url, str):
            return Failure(where, BadInputError("'url' must be a string", input=where))
        if isinstance(obj.get("html"), str):
            if not url:
                return Failure(where, BadInputError("page without 'url'", input=where))
            return Page(url, obj["html"], None, str(obj.get("source") or self.source))
        if "id" not in obj:
            if not url:
                return Failure(where, BadInputError("article needs an 'id' or a 'url'", input=where))
            obj = {**obj, "id": article_id_for(canonical_url(url))}
        if self.source and not obj.get("source"):
            obj = {**obj, "source": self.source}
        try:
            return article_from_json(obj)
        except KeyError as exc:
            return Failure(where, BadInputError(f"missing field {exc.args[0]!r}", input=where))
        except (TypeError, ValueError) as exc:
            return Failure(where, BadInputError(str(exc), input=where))


# --- folders of HTML ----------------------------------------------------------------

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class HtmlFolderSource:
    """``*.html``/``*.htm`` files under a folder (recursively, sorted), or one file.
    Each page's URL is its ``file://`` URI; the page's own rel=canonical, when present,
    becomes the article URL at extraction."""

    path: str | Path
    source: str = ""
    max_bytes: int = 10 * 1024 * 1024

    @property
    def name(self) -> str:
        return str(self.path)

    def files(self) -> Iterator[Path]:
        root = Path(self.path)
        if root.is_file():
            yield root
            return
        for p in sorted(root.rglob("*")):
            if p.suffix.lower() in HTML_SUFFIXES and p.is_file():
                yield p

    def fetch(self) -> Iterator[Record]:
        root = Path(self.path)
        if not root.exists():
            yield Failure(str(root), BadInputError("no such file or folder", input=str(root)))
            return
        for p in self.files():
            try:
                size = p.stat().st_size
                if size > self.max_bytes:
                    yield Failure(
                        str(p), BadInputError(f"file larger than {self.max_bytes} bytes", input=str(p))
                    )
                    continue
                data = p.read_bytes()
            except OSError as exc:
                yield Failure(str(p), BadInputError(f"cannot read: {exc.strerror or exc}", input=str(p)))
                continue
            yield Page(p.resolve().as_uri(), data, None, self.source)


# --- choosing a source for a path ---------------------------------------------------


def source_for_path(path: str | Path, *, source: str = "", progress: Progress | None = None) -> Source:
    """The Source reading ``path``: ``*.warc[.gz]``/``*.arc[.gz]`` -> WARC, ``*.jsonl[.gz]``/
    ``*.ndjson`` -> JSONL, a folder or ``*.html`` -> HTML files. Raises BadInputError otherwise."""
    p = Path(path)
    name = p.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return WarcSource(p, source=source, progress=progress)
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return JsonlSource(p, source=source)
    if p.is_dir() or p.suffix.lower() in HTML_SUFFIXES:
        return HtmlFolderSource(p, source=source)
    raise BadInputError(
        "unknown input type (expected .warc[.gz], .jsonl[.gz], .html or a folder)", input=str(p)
    )


def iter_sources(sources: Iterable[Source]) -> Iterator[Record]:
    """All records of several sources in turn; a source that raises becomes a Failure."""
    for src in sources:
        try:
            yield from src.fetch()
        except PlainwireError as exc:
            yield Failure(src.name, exc)
