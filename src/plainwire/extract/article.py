"""HTML page -> ``Article``: trafilatura for the body, the page's own metadata first.

Body cascade (each step only runs while the body is still shorter than
``MIN_BODY_CHARS``; the longest candidate wins):

1. trafilatura ``bare_extraction`` (default precision/recall balance, its internal
   readability/jusText comparison on, comments excluded);
2. trafilatura again with ``favor_recall=True`` (short pages, unusual markup);
3. the JSON-LD ``articleBody`` the page embeds (paywalled and JS-rendered pages often
   carry the full text there);
4. ``trafilatura.baseline`` (all ``<p>``-like text of the page; last structural resort);
5. the feed entry's summary, if one was given.

Every body candidate loses a repeated headline line and unrendered template expressions
(``{{ ... }}``: a JavaScript page served before rendering is not an article); the body and
title are NFC-normalised (decomposed umlauts would match no query or duplicate).

Page furniture trafilatura keeps, found by the golden pages (tests/extract/golden/): the
lines of sign-up and subscription boxes (``PageMeta.promo_texts``), a kicker/label or byline
line above the first paragraph, wire credit and "Read more:" lines at the end, related-story
blocks and share bars; a body trafilatura returned glued into one line (its ``<article>``
rescue on short pages) is first cut back into the page's blocks (``glued``). A page laid
out in a ``<table>`` is handed over with that table turned into ``<div>``s (trafilatura
renders tables as ``| cell |`` rows). A photo gallery gets its captions back (trafilatura
drops ``<figcaption>``) and is marked ``schema_type = "ImageGallery"`` (stored as a source of
its story, not text for the Story to quote). Several bylined authors are kept when trafilatura found only the
first, and a day-only date gets its hour from a ``<time datetime>`` on the same day.

Metadata order (first that is present wins): JSON-LD, then OpenGraph/``article:`` meta
tags, then trafilatura's own metadata (htmldate for the date), then the feed entry.
A date more than a day in the future is ignored as wrong. The title: JSON-LD ``headline``,
``og:title``, other title meta tags, the visible text of the page's only ``<h1>``, then
trafilatura's title (trafilatura's own order, with the element read as a reader sees it:
its ``<script>`` dropped; and a malformed JSON-LD block never guessed from), skipping any that
is an update or date line ("Actualitzat el 11/11/2026 a les 12:30": ``date_lines``). Every title,
site name, author, section and description string is reduced to visible text (``visible``);
a first body line that repeats the title is dropped whichever cascade step gave the body.

A video or audio page with less than ``MIN_BODY_CHARS`` of its own text is stored as a source
of its story, not text to quote (``media_page``; sixteenth session): the longer of its own text
and the feed's summary, ``schema_type = "MediaGallery"``; with no text at all it is refused.

A page is *not an article* (``ExtractionError``) when it is binary (PDF, image, archive)
whatever its Content-Type, when it declares itself an index (schema.org CollectionPage,
ItemList... without an article type) or carries many ``<article>`` teasers (and neither
an article type, nor ``og:type=article``, nor one ``<article>`` that dwarfs the others and
so is the article itself), when it is a
site's home page, or when no step yields ``MIN_BODY_CHARS`` of text (a brief of at least
``SHORT_BODY_CHARS`` counts when its page furniture made up the rest).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from plainwire.errors import ExtractionError
from plainwire.extract.canonical import canonical_url, same_site
from plainwire.extract.date_lines import date_line
from plainwire.extract.furniture import (
    GALLERY_TYPE,
    cut_glued_pointers,
    drop_furniture,
    gallery_body,
    glued_pointer_lines,
    is_gallery,
)
from plainwire.extract.glued import article_blocks, may_be_glued, unglue
from plainwire.extract.language import detect_language
from plainwire.extract.limits import MAX_BODY_CHARS, cap_body
from plainwire.extract.markup_furniture import furniture_texts, may_hold_furniture
from plainwire.extract.media_page import MEDIA_TYPE, is_media_page, media_text
from plainwire.extract.pagemeta import PageMeta, page_meta
from plainwire.extract.pageparts import (
    GALLERY_CAPTIONS,
    byline_names,
    drop_offscreen,
    link_texts,
    serialise,
    untable,
)
from plainwire.extract.shallow import MAX_DEPTH, flatten_deep, too_deep
from plainwire.extract.visible import clean_meta
from plainwire.lazyre import lazy_pattern
from plainwire.models import Article, FeedEntry, article_id_for, parse_time, utcnow

log = logging.getLogger(__name__)

MIN_BODY_CHARS = 200
# A short brief (two sentences) whose extracted text held MIN_BODY_CHARS with its furniture
# (headline, byline, kicker, share bar, sign-up box) is still an article once that furniture
# is dropped: it was stored with the furniture before the furniture rules caught it (the
# second audit newsroom's 170-character bakery brief under "News" and a byline-and-time
# line; a glued "<headline> By <name> <two sentences>" body of 167 characters).
SHORT_BODY_CHARS = 120
INDEX_ARTICLE_ELEMENTS = 6  # this many <article> teasers without an article type = index page
# ... unless one of them is the article: at least this long (non-space characters, ~90 words;
# the longest teaser on the public benchmark pages has 472) and this many times the next
# longest (article pages there: 2.9-180x; teaser lists: 1.0-1.1x).
DOMINANT_ARTICLE_CHARS = 500
DOMINANT_ARTICLE_RATIO = 2.0
FUTURE_TOLERANCE = timedelta(days=1)
TEMPLATE_LINE_MIN_LETTERS = 20  # a line that held a template expression keeps only this much prose

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00", "a binary media file"),
)


_CTRL_STR = lazy_pattern("[\x00-\x08\x0e-\x1f\ufffd]")
_CTRL_BYTES = bytes([*range(0, 9), *range(14, 32)])


@dataclass(frozen=True)
class Extraction:
    """An article plus how its body was obtained (for statistics and debugging)."""

    article: Article
    method: str  # trafilatura | recall | jsonld | baseline | feed-summary


def sniff_binary(data: bytes | str) -> str | None:
    """Describe ``data`` if it is evidently not text/HTML, else ``None``."""
    head = data[:64].encode("latin-1", "replace") if isinstance(data, str) else data[:64]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text with a byte-order mark: zero bytes are expected
    stripped = head.lstrip()
    for magic, what in _MAGIC:
        if stripped.startswith(magic):
            return what
    if head[:12].startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    sample = data[:2048]
    # Control characters other than tab/newline/CR (and U+FFFD from a lossy decode) are rare
    # in HTML and common in binary data; counted with a regex/translate, not a Python loop.
    if isinstance(sample, str):
        bad = len(_CTRL_STR().findall(sample))
    else:
        bad = len(sample) - len(sample.translate(None, _CTRL_BYTES))
    if sample and bad / len(sample) > 0.1:
        return "binary data"
    return None


def _to_text(html: str | bytes) -> str:
    if isinstance(html, str):
        return html
    from plainwire.sources.decode import decode_text

    return decode_text(html)[0]


def _date(value: Any, now: datetime) -> datetime | None:
    dt = parse_time(value) if value else None
    if dt is not None and dt > now + FUTURE_TOLERANCE:
        return None
    return dt


def _first_date(now: datetime, *values: Any) -> datetime | None:
    for v in values:
        dt = _date(v, now)
        if dt is not None:
            return dt
    return None


def _nfc(text: str) -> str:
    """Composed Unicode (NFC). Pages written on macOS often carry decomposed letters (``u`` +
    combining diaeresis for ``ü``); trafilatura's ``extract()`` normalises its text output but
    ``bare_extraction`` does not, and a decomposed body matches no composed query, snippet or
    near-duplicate shingle. ``is_normalized`` is a quick check, so composed text costs ~nothing."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_TEMPLATE_EXPR = lazy_pattern(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_WORD_CHARS = lazy_pattern(r"[^\W\d_]")


def _drop_template_lines(text: str) -> str:
    """Remove unrendered template expressions (``{{ a.b | date }}``, ``{% if %}``, possibly
    spanning lines) and the lines left with hardly any words: a JavaScript app page served
    before rendering yields its template, not an article, and that must not pass for a body
    (the cascade then goes on, or the page is refused for want of text)."""
    if "{{" not in text and "{%" not in text:
        return text
    marked = _TEMPLATE_EXPR().sub("\x00", text)
    kept = []
    for line in marked.split("\n"):
        if "\x00" in line:
            line = line.replace("\x00", "")
            if len(_WORD_CHARS().findall(line)) < TEMPLATE_LINE_MIN_LETTERS:
                continue
        kept.append(line)
    return "\n".join(kept).strip()


def _body_text(
    text: str,
    title: str,
    names: tuple[str, ...] = (),
    promo: frozenset[str] = frozenset(),
    markup: Callable[[], frozenset[str]] | None = None,
    sites: tuple[str, ...] = (),
) -> tuple[str, int]:
    """The body without title line, template lines and page furniture, and the length of
    ``text`` with them (what the page holds, for ``SHORT_BODY_CHARS``: a glued body was
    accepted on that length before ``glued`` cut its headline and byline off). ``markup``
    gives the texts of the page's furniture blocks (``markup_furniture``); asked only when the
    body the word rules leave has a line such a block can be (most pages of long paragraphs
    do not pay for the page walk), and then the rules run again with them."""
    held = len(_drop_template_lines(text))  # a template is never text the page holds
    text = _drop_template_lines(_strip_title_line(text, title))
    body = drop_furniture(text, title, names, promo, sites=sites)
    if markup is not None and may_hold_furniture(body):
        blocks = markup()
        if blocks:
            body = drop_furniture(text, title, names, promo, blocks, sites)
    return body, held


# Invisible characters a headline may carry in one copy and not the other (soft hyphens in
# long German words, zero-width spaces and joiners from CMS editors, a stray BOM).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _title_key(text: str) -> str:
    """``text`` for comparing a body line with the title: composed (NFC), invisible
    characters removed, whitespace collapsed, case-folded ("STRASSE" = "Straße")."""
    return " ".join(_nfc(text).translate(_INVISIBLE).split()).casefold()


def _strip_title_line(text: str, title: str) -> str:
    """trafilatura keeps the <h1> as the first line when its own title differs; the title
    is stored separately. Only the first line: a later repeat is the author's."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if _title_key(first) == _title_key(title):
        return rest.lstrip("\n")
    return text


def _headline(*candidates: str | None) -> str:
    """The first of the page's titles (JSON-LD ``headline``, ``og:title``, other title meta
    tags, the ``<h1>``, trafilatura's, the feed's) that is not an update or date line
    (``date_lines``; seventeenth session: a page whose title slot says "Actualitzat el
    11/11/2026 a les 12:30" still has its headline in another); all of them dates: the first."""
    given = [c for c in candidates if c]
    return next((c for c in given if not date_line(c.strip())), given[0] if given else "")


def _split_authors(value: str | None) -> tuple[str, ...]:
    return tuple(a for a in (clean_meta(part) for part in (value or "").split(";")) if a)


# How a <title> joins headline and site name (trafilatura's HTMLTITLE_REGEX, 2.3).
_TITLE_PARTS = lazy_pattern(r"^(.+)?\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+(.+)$")


def _site_name(doc: Any, meta: PageMeta) -> str | None:
    """trafilatura's site name, as text. When it holds markup it was cut from a ``<title>``
    whose raw text carried a tag (a ``<script>`` there is text to the parser): the cut is
    redone on the title's visible text, by trafilatura's rule (the part with a dot)."""
    raw = doc.sitename if doc is not None else None
    if not raw:
        return None
    text = clean_meta(raw)
    if text == " ".join(raw.split()):
        return text
    match = _TITLE_PARTS().match(meta.title_text or "")
    return next((part for part in (match.groups() if match else ()) if part and "." in part), None)


def _with_time_of_day(day: datetime | None, time_values: list[str], now: datetime) -> datetime | None:
    """htmldate (trafilatura's date) gives a day; a ``<time datetime>`` of the page on that
    same day (in its own offset) gives the hour too, which orders a story's articles."""
    if day is None or (day.hour, day.minute, day.second) != (0, 0, 0):
        return day
    for value in time_values:
        if value[:10] == day.date().isoformat() and "T" in value[10:11]:
            precise = _date(value, now)
            if precise is not None:
                return precise
    return day


def _canonical(url: str, meta: PageMeta) -> str:
    """The page's rel=canonical (or og:url) when it stays on the same site, else ``url``.

    A cross-site canonical (a syndicated wire story pointing at the agency) is not
    followed: each outlet's copy stays its own article, and the near-duplicate index
    groups them.
    """
    for claim in (meta.canonical, meta.og_url):
        if not claim:
            continue
        absolute = urljoin(url, claim)
        if urlsplit(absolute).scheme not in ("http", "https"):
            continue
        if not url or urlsplit(url).scheme == "file" or same_site(url, absolute):
            return canonical_url(absolute)
        log.debug("cross-site canonical %s for %s ignored", absolute, url)
    return canonical_url(url) if url else ""


def _has_dominant_article(tree: Any) -> bool:
    """Whether one outermost ``<article>`` holds the page's text: an article page whose
    related-story teasers or reader comments are ``<article>`` elements too (WordPress marks
    up every comment so), not a listing of similar teasers. Lengths are non-space characters,
    so indentation does not count."""
    sizes = sorted(
        (
            len("".join(el.text_content().split()))
            for el in tree.iter("article")
            if not any(a.tag == "article" for a in el.iterancestors())
        ),
        reverse=True,
    )
    if not sizes or sizes[0] < DOMINANT_ARTICLE_CHARS:
        return False
    return len(sizes) == 1 or sizes[0] >= DOMINANT_ARTICLE_RATIO * sizes[1]


def _is_home_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.path in ("", "/") and not parts.query


def _parse(text: str, load_html: Any) -> Any:
    """lxml's parser directly (fast); trafilatura's loader for what lxml refuses
    (str input with an XML encoding declaration, odd doctypes)."""
    return _parse_checked(text, load_html)[0]


def _parse_checked(text: str, load_html: Any) -> tuple[Any, bool]:
    """``_parse``, and whether the parser cut the page for its nesting depth."""
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser()  # its own, for its error log (~7 us)
    try:
        return document_fromstring(text, parser=parser), too_deep(parser.error_log)
    except (ValueError, etree.ParserError):
        return load_html(text), False


def _import_trafilatura() -> Any:
    """Import trafilatura once. Its downloader (unused here) makes urllib3 warn about
    missing SOCKS support at import; that warning says nothing about extraction."""
    import sys
    import warnings

    if "trafilatura" not in sys.modules:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*SOCKS support.*")
            import trafilatura  # noqa: F401
            import trafilatura.utils  # noqa: F401
    return sys.modules["trafilatura"]


def _trafilatura(source: Any, url: str, **kw: Any) -> Any:
    bare_extraction = _import_trafilatura().bare_extraction

    return bare_extraction(source, url=url or None, with_metadata=True, include_comments=False, **kw)


def extract_with_method(
    html: str | bytes,
    url: str,
    *,
    entry: FeedEntry | None = None,
    source: str = "",
    now: datetime | None = None,
) -> Extraction:
    """Like :func:`extract_article`, also telling which cascade step produced the body."""
    try:
        return _extract(html, url, entry=entry, source=source, now=now)
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError("page nested too deeply to parse", input=url or "<html>") from None
    except Exception as exc:  # a parser/extractor bug on one page must not end a run
        log.warning("extraction of %s failed unexpectedly", url, exc_info=True)
        raise ExtractionError(f"extractor failed: {exc!r}", input=url or "<html>") from None


def _extract(
    html: str | bytes,
    url: str,
    *,
    entry: FeedEntry | None,
    source: str,
    now: datetime | None,
) -> Extraction:
    traf = _import_trafilatura()
    baseline, load_html = traf.baseline, traf.utils.load_html

    name = url or "<html>"
    if html is None or len(html) == 0:
        raise ExtractionError("empty page", input=name)
    binary = sniff_binary(html)
    if binary:
        raise ExtractionError(f"not an HTML page: looks like {binary}", input=name)
    text = _to_text(html)
    tree, deep = _parse_checked(text, load_html)
    if deep:
        # The parser stopped at its depth limit and dropped the rest of the page (the
        # article with it): flatten the over-deep part and parse again.
        log.warning("%s: page nested deeper than %d elements; deeper tags ignored", name, MAX_DEPTH)
        text = flatten_deep(text)
        tree = _parse(text, load_html)
    if tree is None:
        raise ExtractionError("not parseable as HTML", input=name)
    offscreen = drop_offscreen(tree)
    meta = page_meta(tree)
    teasers = (
        meta.article_count >= INDEX_ARTICLE_ELEMENTS
        and meta.og_type != "article"
        and meta.article_type is None
        and not _has_dominant_article(tree)
    )
    # Rare (old table-layout pages, screen-reader notes): only they pay for the re-serialisation.
    if meta.layout_tables:
        text = untable(tree)
    elif offscreen:
        text = serialise(tree)
    # Kept past trafilatura only for pages whose metadata names no author, to read the byline.
    byline_tree = tree if not meta.authors else None
    del tree  # free the DOM before trafilatura builds its own (unless kept just above)
    now = now or utcnow()
    if meta.has_index_type or teasers:
        raise ExtractionError("an index/listing page, not an article", input=name)
    if meta.article_type is None and _is_home_page(url) and meta.og_type in (None, "website"):
        raise ExtractionError("a site's home page, not an article", input=name)

    # The text, not our tree: trafilatura deep-copies a tree it is given (~0.4 ms/page),
    # while re-parsing the string costs ~0.06 ms.
    doc = _trafilatura(text, url)
    bylined: list[str] = []
    if byline_tree is not None and doc is not None and doc.author:
        bylined = byline_names(byline_tree)  # only when trafilatura found a byline author
    del byline_tree
    title = _headline(
        meta.headline,
        meta.og_title,
        meta.meta_title,
        meta.h1_text,
        clean_meta(doc.title if doc is not None else None),
        clean_meta(entry.title if entry else None),
    )
    names = (*meta.authors, *bylined, *(_split_authors(doc.author) if doc is not None else ()))
    blocks: list[list[str]] | None = None

    links: list[str] | None = None

    markup: frozenset[str] | None = None

    def markup_of() -> frozenset[str]:
        # The page's furniture blocks (``markup_furniture``), read once, from the page parsed again.
        nonlocal markup
        if markup is None:
            page = _parse(text, load_html)
            figcaptions = list(page.iter("figcaption"))
            markup = furniture_texts(page, figcaptions, gallery=len(figcaptions) >= GALLERY_CAPTIONS, url=url)
        return markup

    # The outlet's names, for its tagline set as a paragraph (``plain_furniture._tagline``).
    sites = tuple(
        x
        for x in (
            meta.site_name,
            source,
            entry.source if entry else None,
            doc.sitename if doc is not None else None,
        )
        if x
    )

    def body_text(raw: str) -> tuple[str, int]:
        return _body_text(unglued(raw), title, names, meta.promo_texts, markup_of, sites)

    def unglued(raw: str) -> str:
        # Only a body that may be trafilatura's one-line <article> text, or that has a line
        # starting with a pointer cue glued to a paragraph, pays for a re-parse.
        nonlocal blocks, links
        if may_be_glued(raw):
            if blocks is None:
                blocks = article_blocks(_parse(text, load_html))
            raw = unglue(raw, blocks)
        if glued_pointer_lines(raw):
            if links is None:
                links = link_texts(_parse(text, load_html))
            raw = cut_glued_pointers(raw, links)
        return raw

    body, held = body_text(doc.text or "") if doc is not None else ("", 0)
    method = "trafilatura"
    if len(body) < MIN_BODY_CHARS:
        candidates: list[tuple[str, str, int]] = []
        recall = _trafilatura(text, url, favor_recall=True)
        if recall is not None and recall.text:
            candidates.append(
                (
                    "recall",
                    *body_text(recall.text),
                )
            )
            if doc is None:
                doc = recall
        if meta.body:
            jsonld = " ".join(meta.body.split())
            candidates.append(("jsonld", jsonld, len(jsonld)))
        try:
            _, base_text, _ = baseline(text)
            candidates.append(
                (
                    "baseline",
                    *body_text(base_text or ""),
                )
            )
        except Exception as exc:  # baseline is a best-effort last resort
            log.debug("baseline extraction failed for %s: %s", name, exc)
        if entry is not None and entry.summary:
            candidates.append(("feed-summary", entry.summary, len(entry.summary)))
        for how, cand, cand_held in candidates:
            if len(cand.strip()) > len(body) and (how != "feed-summary" or len(body) < MIN_BODY_CHARS // 2):
                body, method, held = cand.strip(), how, cand_held
            if len(body) >= MIN_BODY_CHARS:
                break
    short_brief = held >= MIN_BODY_CHARS and len(body) >= SHORT_BODY_CHARS
    # A video or audio page with less text of its own than an article (sixteenth session): a
    # source of its story, not text to quote (``media_page``).
    media = len(body) < MIN_BODY_CHARS and not short_brief and is_media_page(url, meta.og_type, meta.types)
    if media:
        body, method = media_text(body, method, entry.summary if entry is not None else "")
    if (
        len(body) < MIN_BODY_CHARS
        and not (method == "feed-summary" and body)
        and not short_brief
        and not media
    ):
        raise ExtractionError(f"no article text found ({len(body)} characters)", input=name)
    if not body:
        raise ExtractionError("a video or audio page with no text", input=name)

    gallery = not media and is_gallery(url, title, meta.section, meta.types)
    if gallery and meta.captions:
        body = gallery_body(body, meta.captions, title, names)
    body = _nfc(body)
    if len(body) > MAX_BODY_CHARS:  # (extract.limits: what a long body cost every later stage)
        capped = cap_body(body)
        log.warning("%s: article text of %d characters cut to the first %d", name, len(body), len(capped))
        body = capped
    if not title:
        lines = body.split("\n")
        title = next((x for x in lines if x.strip() and not date_line(x.strip())), lines[0])[:200]
    elif "\n" in body:
        body = _strip_title_line(body, title)  # also for the JSON-LD / feed bodies, and after NFC
    site = meta.site_name or _site_name(doc, meta) or (urlsplit(url).hostname or None)
    published = _first_date(now, meta.date_published, entry.published if entry else None)
    if published is None and doc is not None:
        published = _with_time_of_day(_date(doc.date, now), meta.time_values, now)
    modified = _first_date(now, meta.date_modified)
    authors: tuple[str, ...] = tuple(meta.authors)
    if not authors and doc is not None and doc.author:
        authors = _split_authors(doc.author)
    if len(bylined) > 1 and set(authors) <= set(bylined):
        authors = tuple(bylined)  # trafilatura keeps only the first of several bylined names
    if not authors and entry is not None:
        authors = entry.authors
    section = meta.section or clean_meta(doc.categories[0] if doc is not None and doc.categories else None)
    description = (
        meta.description
        or clean_meta(doc.description if doc is not None else None)
        or (entry.summary if entry else None)
    )
    lang = detect_language(f"{title}\n{body[:1000]}")  # 1000 chars identify a language; more only costs
    if lang is None and meta.language:
        lang = meta.language.split("-")[0].lower()
    canon = _canonical(url, meta)
    article = Article(
        id=article_id_for(canon),
        title=_nfc(" ".join(title.split())),
        text=body,
        url=canon,
        source=source or (entry.source if entry and entry.source else "") or site or "",
        published=published,
        modified=modified,
        authors=authors,
        language=lang,
        site=site,
        section=section,
        # A gallery is stored (a source of its story) but marked: not text to quote.
        schema_type=MEDIA_TYPE if media else GALLERY_TYPE if gallery else meta.article_type,
        og_type=meta.og_type,
        description=_nfc(description) if description else description,
    )
    return Extraction(article, method)


def extract_article(
    html: str | bytes,
    url: str,
    *,
    entry: FeedEntry | None = None,
    source: str = "",
) -> Article:
    """Extract the article in ``html`` fetched from ``url``; raise ``ExtractionError`` naming
    ``url`` when the page holds no article (or a library fails on it: never anything else)."""
    return extract_with_method(html, url, entry=entry, source=source).article
