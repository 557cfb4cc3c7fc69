"""Feed parsing: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed, Google News sitemaps.

``parse_feed`` turns a feed body into ``FeedEntry`` records and is strict about what it
keeps: entries without an http(s) link are dropped, duplicate GUIDs/links are kept once,
publication dates in the future (beyond a day of clock skew) or unparseable become
``None`` -- each with a log warning naming the feed and the entry. A feed that yields no
entries *and* is not a recognisable feed raises ``FeedError``, and so does a malformed
("bozo") feed none of whose entries has a usable link; a malformed feed that still yields
entries is kept, with a warning.
"""

from __future__ import annotations

import calendar
import html as htmlmod
import json
import logging
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from plainwire.errors import FeedError
from plainwire.models import FeedEntry, is_zero_date, parse_time, utcnow

log = logging.getLogger(__name__)

DEFAULT_MAX_ENTRIES = 2000
FUTURE_TOLERANCE = timedelta(days=1)
_BLOCK_TAG = re.compile(r"</?(p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|table|section|article)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_RAW_OPEN = re.compile(r"<(script|style)[\s/>]")  # on lower-cased text
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
    "text/xml",
    "application/xml",
}
_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def html_to_text(value: str | None) -> str:
    """Plain text of a (possibly HTML) feed field, whitespace-normalised; what ``<script>``
    and ``<style>`` elements hold is code, not text, and is dropped."""
    if not value:
        return ""
    if "<" in value:
        value = _TAG.sub("", _BLOCK_TAG.sub(" ", _drop_raw_text(value)))
    return " ".join(htmlmod.unescape(value).split())


def _drop_raw_text(value: str) -> str:
    """``value`` without its script and style elements (an unclosed one runs to the end, as
    in a browser). Found with a plain search and ``str.find``, not one regex: a lazy ``.*?``
    to the closing tag is quadratic on a field of many unclosed ``<script>`` tags."""
    low = value.lower()
    if "<script" not in low and "<style" not in low:
        return value
    out: list[str] = []
    pos = 0
    while (m := _RAW_OPEN.search(low, pos)) is not None:
        out += (value[pos : m.start()], " ")
        end = low.find("</" + m.group(1), m.end())
        if end < 0:
            return "".join(out)
        close = low.find(">", end)
        pos = len(value) if close < 0 else close + 1
    out.append(value[pos:])
    return "".join(out)


def _http_url(link: str | None, base: str) -> str | None:
    if not link or not isinstance(link, str):
        return None
    absolute = urljoin(base, link.strip())
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return absolute


class _Collector:
    """Applies the common rules (links, duplicates, dates, cap) to raw entries."""

    def __init__(self, url: str, source: str, max_entries: int | None, now: datetime | None) -> None:
        self.url = url
        self.source = source
        self.max_entries = max_entries
        self.now = now or utcnow()
        self.entries: list[FeedEntry] = []
        self.seen: set[str] = set()
        self.dropped_duplicates = 0
        self.dropped_links = 0
        self.dropped_examples: list[str] = []  # the first few refused links, for the warning
        self.capped = False

    def _date(self, value: datetime | None, raw: Any, link: str) -> datetime | None:
        if value is None:
            if raw not in (None, ""):
                log.warning("feed %s: unparseable date %r for %s; left unset", self.url, raw, link)
            return None
        if is_zero_date(value):
            log.warning("feed %s: zero date %r (the Unix epoch) for %s; left unset", self.url, raw, link)
            return None
        if value > self.now + FUTURE_TOLERANCE:
            log.warning(
                "feed %s: date %s in the future for %s; left unset", self.url, value.isoformat(), link
            )
            return None
        return value

    def add(
        self,
        *,
        link: str | None,
        title: str = "",
        summary: str = "",
        published: datetime | None = None,
        raw_date: Any = None,
        guid: str | None = None,
        authors: Iterable[str] = (),
        updated: datetime | None = None,
    ) -> bool:
        """Add one entry; return False once the cap is reached (callers stop then)."""
        if self.max_entries is not None and len(self.entries) >= self.max_entries:
            self.capped = True
            return False
        url = _http_url(link, self.url) or (_http_url(guid, self.url) if guid and "://" in guid else None)
        if url is None:
            self.dropped_links += 1
            if len(self.dropped_examples) < 3:
                # Name the item a reader of the log can find in the feed: its link if it
                # has one (relative, mailto:, ...), else its title and id.
                shown = str(link or "").strip()
                if shown:
                    self.dropped_examples.append(repr(shown[:80]))
                else:
                    named = f"title {html_to_text(title)[:80]!r}"
                    self.dropped_examples.append(f"{named} (id {str(guid)[:80]!r})" if guid else named)
            return True
        key = guid or url
        if key in self.seen or url in self.seen:
            self.dropped_duplicates += 1
            return True
        self.seen.add(key)
        self.seen.add(url)
        self.entries.append(
            FeedEntry(
                url=url,
                title=html_to_text(title),
                summary=html_to_text(summary),
                published=self._date(published, raw_date, url),
                guid=guid,
                source=self.source,
                authors=tuple(a for a in (" ".join(str(x).split()) for x in authors) if a),
                updated=updated,
            )
        )
        return True

    def finish(self) -> list[FeedEntry]:
        if self.dropped_duplicates:
            log.warning("feed %s: %d duplicate GUIDs/links dropped", self.url, self.dropped_duplicates)
        if self.dropped_links:
            log.warning(
                "feed %s: %d entries without an http(s) link dropped (e.g. %s)",
                self.url,
                self.dropped_links,
                ", ".join(self.dropped_examples),
            )
        if self.capped:
            log.warning(
                "feed %s: more than %d entries; only the first %d kept",
                self.url,
                self.max_entries,
                self.max_entries,
            )
        return self.entries


def parse_feed(
    content: bytes | str,
    *,
    url: str,
    source: str = "",
    max_entries: int | None = DEFAULT_MAX_ENTRIES,
    now: datetime | None = None,
    content_type: str | None = None,
) -> list[FeedEntry]:
    """Parse a feed body fetched from ``url``; entries carry ``source`` as outlet name.

    At most ``max_entries`` entries are kept (``None`` = all). ``content_type`` is the
    HTTP header, if known (it steers feedparser's choice of strict vs. loose parser).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    kind = _kind(data)
    if kind == "empty":
        raise FeedError("empty feed body", input=url)
    col = _Collector(url, source, max_entries, now)
    if kind == "json":
        _parse_json_feed(data, col)
    elif kind == "sitemap":
        _parse_sitemap(data, col)
    elif kind == "html":
        raise FeedError("an HTML page, not a feed (try feed autodiscovery on it)", input=url)
    else:
        _parse_xml_feed(data, col, content_type)
    return col.finish()


def _kind(data: bytes) -> str:
    """What a fetched body is, from its start: "empty", "json" (JSON Feed), "sitemap", "html"
    or "xml" (RSS / Atom / RDF, for feedparser)."""
    head = data[:2048].lstrip()
    if not head.strip():
        return "empty"
    if head.startswith(b"{"):
        return "json"
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if re.match(rb"(?is)(<!--.*?-->\s*)*<!doctype\s+html|(<!--.*?-->\s*)*<html", head):
        return "html"
    return "xml"


def feed_title(content: bytes) -> str:
    """The feed's own title ("" when it has none or the body is not a feed): a JSON Feed's
    ``title``, an RSS/Atom channel title (feedparser), nothing for a sitemap."""
    kind = _kind(content)
    try:
        if kind == "json":
            title = json.loads(content).get("title")
            return html_to_text(title) if isinstance(title, str) else ""
        if kind != "xml":
            return ""
        import feedparser

        return str(feedparser.parse(content).feed.get("title") or "").strip()
    except Exception:  # the title is cosmetic: any failure leaves the caller's fallback name
        return ""


# --- RSS / Atom ---------------------------------------------------------------------


def _struct_to_dt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, OSError, ValueError, TypeError):
        return None


# The markup a walk over a feed must step over (CDATA, comments, PIs, doctype) or read (tags).
_TOKEN = re.compile(
    rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>|<(/?)([^\s/>!?]+)[^>]*?(/?)>",
    re.S | re.I,
)
_ITEM_NAMES = (b"item", b"entry")


def _cut_items(data: bytes, keep: int) -> bytes | None:
    """The feed with only its first ``keep`` items, still well-formed, or ``None`` when it has
    no more than that (or its nesting cannot be closed safely: then it is parsed whole).

    feedparser builds every entry before anything can be dropped (~0.05 ms and ~1 kB each),
    so a feed of 100,000 items cost seconds of CPU and ~100 MB per poll although only
    ``max_entries`` are kept. Cutting the bytes first bounds that by ``keep``.
    """
    if data.count(b"<item") + data.count(b"<entry") + data.count(b":item") + data.count(b":entry") <= keep:
        return None  # the common case: one pass of bytes.count, no regex
    stack: list[bytes] = []
    seen = 0
    for tok in _TOKEN.finditer(data):
        name = tok.group(2)
        if name is None:  # CDATA, comment, PI or doctype: tags inside it are text
            continue
        if tok.group(1):
            if not stack or stack[-1] != name:
                return None  # not the simple nesting a cut can close: parse it whole
            stack.pop()
            continue
        if name.rpartition(b":")[2] in _ITEM_NAMES:
            if seen == keep:
                return data[: tok.start()] + b"".join(b"</" + n + b">" for n in reversed(stack))
            seen += 1
        if not tok.group(3):  # <empty/> opens nothing
            stack.append(name)
    return None


def _parse_xml_feed(data: bytes, col: _Collector, content_type: str | None) -> None:
    import feedparser

    if col.max_entries is not None:
        # Headroom for entries the collector drops (no link, duplicates) before the cap.
        cut = _cut_items(data, 2 * col.max_entries + 10)
        if cut is not None:
            data = cut
            col.capped = True
    # Without a content type feedparser flags every feed as bozo; XML is the honest default.
    ctype = content_type if content_type and "html" not in content_type else "application/xml"
    # No sanitising or URI resolution of the entries' HTML: only its text is kept (html_to_text)
    # and everything shown is escaped; feedparser's sgmllib pass over it cost ~0.1 ms per tag,
    # 16 s of CPU for a 7 MB description of nested tags, at every poll.
    parsed = feedparser.parse(
        data,
        response_headers={"content-location": col.url, "content-type": ctype},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries:
        if version and problem is None:
            return  # a well-formed feed that is simply empty
        reason = f"{type(problem).__name__}: {problem}" if problem is not None else "no entries"
        raise FeedError(f"not a usable feed ({reason})", input=col.url)
    if problem is not None:
        log.warning(
            "feed %s is malformed (%s: %s); keeping %d entries read",
            col.url,
            type(problem).__name__,
            problem,
            len(entries),
        )
    for e in entries:
        link = e.get("link")
        if not link:
            for lk in e.get("links") or ():
                if lk.get("rel", "alternate") == "alternate" and lk.get("href"):
                    link = lk["href"]
                    break
        raw_date = e.get("published") or e.get("updated") or e.get("created")
        published = _struct_to_dt(
            e.get("published_parsed") or e.get("updated_parsed") or e.get("created_parsed")
        )
        authors = [a.get("name", "") for a in e.get("authors") or () if isinstance(a, Mapping)]
        if not any(authors) and e.get("author"):
            authors = [e["author"]]
        summary = e.get("summary") or ""
        if not summary and e.get("content"):
            summary = e["content"][0].get("value", "")
        if not col.add(
            link=link,
            title=e.get("title") or "",
            summary=summary,
            published=published,
            raw_date=raw_date,
            guid=e.get("id") or None,
            authors=authors,
            # dict.get: feedparser's own get maps a missing updated_parsed to published_parsed
            # with a DeprecationWarning; only an <updated> of the entry itself counts here.
            updated=_struct_to_dt(dict.get(e, "updated_parsed")),
        ):
            break
    if problem is not None and not col.entries:
        # A broken feed whose fragments hold no usable entry is a failed poll, not an
        # empty success: otherwise the source shows as healthy while it yields nothing.
        raise FeedError(
            f"not a usable feed ({type(problem).__name__}: {problem}; no entry with an http(s) link)",
            input=col.url,
        )


# --- JSON Feed ----------------------------------------------------------------------


def _parse_json_feed(data: bytes, col: _Collector) -> None:
    try:
        obj = json.loads(data)
    except RecursionError:
        # json's C scanner recurses per level: 10,000 nested brackets end it; no feed nests so.
        raise FeedError("malformed JSON Feed: nested too deeply to read", input=col.url) from None
    except ValueError as exc:  # JSONDecodeError, bad UTF-8, and ints over Python's 4300 digits
        raise FeedError(f"malformed JSON Feed: {exc}", input=col.url) from None
    if not isinstance(obj, dict) or not isinstance(obj.get("items"), list):
        raise FeedError("not a JSON Feed (no 'items' list)", input=col.url)
    if "jsonfeed.org" not in str(obj.get("version", "")):
        log.warning("feed %s: JSON without a jsonfeed.org version; reading it as a JSON Feed", col.url)
    feed_authors = _json_authors(obj)
    for i, item in enumerate(obj["items"]):
        if not isinstance(item, dict):
            log.warning("feed %s: item %d is not an object; skipped", col.url, i)
            continue
        raw_date = item.get("date_published") or item.get("date_modified")
        authors = _json_authors(item) or feed_authors
        summary = item.get("summary") or item.get("content_text") or item.get("content_html") or ""
        if not col.add(
            link=item.get("url") or item.get("external_url"),
            title=str(item.get("title") or ""),
            summary=str(summary),
            published=parse_time(raw_date) if isinstance(raw_date, str) else None,
            raw_date=raw_date,
            guid=str(item["id"]) if item.get("id") is not None else None,
            authors=authors,
            updated=parse_time(item["date_modified"]) if isinstance(item.get("date_modified"), str) else None,
        ):
            break


def _json_authors(obj: Mapping[str, Any]) -> list[str]:
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj["author"]] if isinstance(obj.get("author"), dict) else []
    return [str(a.get("name")) for a in authors if isinstance(a, dict) and a.get("name")]


# --- Google News sitemaps -----------------------------------------------------------


def _parse_sitemap(data: bytes, col: _Collector) -> None:
    from lxml import etree

    if b"<!ENTITY" in data:  # sitemaps never need entity declarations; refuse expansion tricks
        raise FeedError("sitemap with entity declarations is not accepted", input=col.url)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"malformed sitemap: {exc}", input=col.url) from None
    if root is None:
        raise FeedError("malformed sitemap: no document element", input=col.url)
    if etree.QName(root).localname == "sitemapindex":
        raise FeedError("a sitemap index, not a news sitemap; add one of its child sitemaps", input=col.url)
    for node in root:
        if not isinstance(node.tag, str) or etree.QName(node).localname != "url":
            continue
        loc = _child_text(node, "loc")
        news = next(
            (c for c in node if isinstance(c.tag, str) and etree.QName(c).namespace == _NEWS_NS), None
        )
        title = _child_text(news, "title") if news is not None else ""
        raw_date = (_child_text(news, "publication_date") if news is not None else "") or _child_text(
            node, "lastmod"
        )
        if not col.add(link=loc, title=title, published=parse_time(raw_date), raw_date=raw_date):
            break


def _child_text(node: Any, localname: str) -> str:
    from lxml import etree

    for c in node.iter():
        if isinstance(c.tag, str) and etree.QName(c).localname == localname and c.text:
            return c.text.strip()
    return ""


# --- autodiscovery ------------------------------------------------------------------

_FEEDISH_HREF = re.compile(r"(^|/)(feeds?|rss|atom)(/|\.xml|\.rss|\.json)?$|\.(rss|atom)$|/rss\.xml$", re.I)


def discover_feeds(html: str, base_url: str) -> list[str]:
    """Feed URLs a page advertises: ``<link rel="alternate" type="...rss/atom/json...">`` first,
    then links whose path looks like a feed (``/feed``, ``/rss.xml``...), without duplicates."""
    if not html or not html.strip():
        return []
    from lxml import html as lxhtml

    try:
        doc = lxhtml.document_fromstring(html)
    except (ValueError, Exception) as exc:  # lxml raises ParserError (a ValueError) and others
        log.debug("autodiscovery: cannot parse %s: %s", base_url, exc)
        return []
    base = base_url
    for b in doc.iter("base"):
        if b.get("href"):
            base = urljoin(base_url, b.get("href"))
            break
    found: list[str] = []
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        ctype = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rels and ctype in _FEED_TYPES:
            u = _http_url(link.get("href"), base)
            if u and u not in found:
                found.append(u)
    for a in doc.iter("a"):
        href = a.get("href") or ""
        path = urlsplit(href).path.rstrip("/")
        if path and _FEEDISH_HREF.search(path):
            u = _http_url(href, base)
            if u and u not in found:
                found.append(u)
    return found
