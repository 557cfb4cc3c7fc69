"""Metadata a page states about itself: JSON-LD, OpenGraph/article meta tags, canonical link.

Read from the already-parsed lxml tree (the same tree trafilatura then gets) so a page is
parsed once. Nothing here mutates the tree.

Every string is reduced to the text a reader sees (``visible``): a JSON-LD ``headline`` or
an ``og:title`` may carry markup or entities, an ``<h1>`` a ``<script>``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from plainwire.extract.pageparts import captions, is_layout_table, promo_texts
from plainwire.extract.visible import element_text, markup_text

log = logging.getLogger(__name__)

MAX_TIMES = 20  # <time datetime> values kept (the first ones: a byline's, not a comment thread's)

# schema.org types that denote one article (the most specific wins when several are given).
ARTICLE_TYPES = {
    "Article",
    "NewsArticle",
    "OpinionNewsArticle",
    "AnalysisNewsArticle",
    "ReportageNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "Review",
    "CriticReview",
    "Editorial",
    "OpinionArticle",
}
GENERIC_TYPES = {"Article", "CreativeWork", "WebPage", "Thing"}
# Page types that mark a listing. Not "WebSite": SEO plugins emit it on every page.
INDEX_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"}
# <meta name=...> keys that state the headline: the ones trafilatura reads (its METANAME_TITLE,
# 2.3), so the title keeps trafilatura's precedence (og:title, then these) with clean text.
META_TITLE_NAMES = {
    "citation_title",
    "dc.title",
    "dcterms.title",
    "fb_title",
    "headline",
    "parsely-title",
    "sailthru.title",
    "shareaholic:title",
    "rbtitle",
    "title",
    "twitter:title",
}


@dataclass
class PageMeta:
    types: list[str] = field(default_factory=list)  # every @type seen, in order
    article_type: str | None = None
    headline: str | None = None
    date_published: str | None = None
    date_modified: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    body: str | None = None  # JSON-LD articleBody
    description: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical: str | None = None
    og_type: str | None = None
    og_url: str | None = None
    article_count: int = 0  # <article> elements: many of them mark an index page
    time_values: list[str] = field(default_factory=list)  # <time datetime> values, page order
    layout_tables: bool = False  # a <table> lays out the page (its cells hold headings/paragraphs)
    captions: list[str] = field(default_factory=list)  # <figcaption> texts, credits removed (galleries)
    promo_texts: frozenset[str] = frozenset()  # texts inside sign-up / subscription boxes
    og_title: str | None = None  # og:title
    meta_title: str | None = None  # <meta name=twitter:title|dc.title|...> or itemprop=headline
    h1_text: str | None = None  # the visible text of the page's only <h1> (None if 0 or several)
    title_text: str | None = None  # the <title> element's text, markup reduced to text

    @property
    def stated_title(self) -> str | None:
        """The headline the page states in metadata: JSON-LD, og:title, other meta tags."""
        return self.headline or self.og_title or self.meta_title

    @property
    def has_index_type(self) -> bool:
        return (
            any(t in INDEX_TYPES for t in self.types)
            and self.article_type is None
            and self.og_type != "article"
        )


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    vals = t if isinstance(t, list) else [t]
    return [str(v).rsplit("/", 1)[-1] for v in vals if isinstance(v, str)]


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(node, list):
        for n in node:
            yield from _walk(n, depth + 1)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk(node["@graph"], depth + 1)


def _name(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        n = value.get("name")
        return [n] if isinstance(n, str) else []
    if isinstance(value, list):
        return [x for v in value for x in _name(v)]
    return []


def _first_str(value: Any, *, text: bool = True) -> str | None:
    """The first non-empty string in ``value``; reduced to visible text unless ``text`` is
    false (URLs and dates: ``&copy=1`` in a query string is not an entity)."""
    if isinstance(value, str):
        return (markup_text(value) if text else value.strip()) or None
    if isinstance(value, list):
        for v in value:
            s = _first_str(v, text=text)
            if s:
                return s
    return None


_BROAD_TYPES = {"NewsArticle", "BlogPosting", "Report", "SocialMediaPosting", "Review"}


def _rank(t: str) -> int:
    """Generic Article < broad kinds (NewsArticle) < specific kinds (OpinionNewsArticle)."""
    if t in GENERIC_TYPES:
        return 0
    return 1 if t in _BROAD_TYPES else 2


def _pick_type(types: list[str]) -> str | None:
    arts = [t for t in types if t in ARTICLE_TYPES or t.endswith("Article")]
    return max(arts, key=_rank) if arts else None


_TEXT_KEYS = META_TITLE_NAMES | {
    "og:title",
    "og:site_name",
    "article:section",
    "og:description",
    "description",
    "author",
    "article:author",
}


def page_meta(tree: Any) -> PageMeta:
    """Collect what the page says about itself from ``tree`` (an lxml HtmlElement)."""
    meta = PageMeta()
    article_obj: dict[str, Any] | None = None
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (json.JSONDecodeError, ValueError):
            log.debug("malformed JSON-LD ignored")
            continue
        for obj in _walk(data):
            types = _types(obj)
            meta.types.extend(types)
            chosen = _pick_type(types)
            if chosen and (article_obj is None or _rank(chosen) > _rank(meta.article_type or "Article")):
                article_obj, meta.article_type = obj, chosen
            if "WebSite" in types and not meta.site_name:
                meta.site_name = _first_str(obj.get("name"))
    if article_obj is not None:
        o = article_obj
        meta.headline = _first_str(o.get("headline")) or _first_str(o.get("name"))
        meta.date_published = _first_str(o.get("datePublished"), text=False) or _first_str(
            o.get("dateCreated"), text=False
        )
        meta.date_modified = _first_str(o.get("dateModified"), text=False)
        meta.authors = [a for a in map(markup_text, _name(o.get("author"))) if a]
        meta.section = _first_str(o.get("articleSection"))
        meta.body = _first_str(o.get("articleBody"))
        meta.description = _first_str(o.get("description"))
        pub = [p for p in map(markup_text, _name(o.get("publisher"))) if p]
        if pub:
            meta.site_name = pub[0]
        meta.language = _first_str(o.get("inLanguage"))
        main = o.get("mainEntityOfPage")
        meta.og_url = _first_str(o.get("url"), text=False) or (
            _first_str(main.get("@id"), text=False)
            if isinstance(main, dict)
            else _first_str(main, text=False)
        )
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        val = (node.get("content") or "").strip()
        if not key or not val:
            continue
        if key in _TEXT_KEYS:
            val = markup_text(val)  # read as text; dates, types and URLs as they are
            if not val:
                continue
        if key == "og:title":
            meta.og_title = val  # the last one, as trafilatura (pages add a clean one after a "› Site" one)
        elif key in META_TITLE_NAMES:
            meta.meta_title = meta.meta_title or val
        elif key == "og:type":
            meta.og_type = meta.og_type or val.lower()
        elif key == "og:site_name":
            meta.site_name = meta.site_name or val
        elif key in ("article:published_time", "datepublished", "pubdate", "publishdate"):
            meta.date_published = meta.date_published or val
        elif key in ("article:modified_time", "og:updated_time", "datemodified", "last-modified"):
            meta.date_modified = meta.date_modified or val
        elif key == "article:section":
            meta.section = meta.section or val
        elif key in ("og:description", "description"):
            meta.description = meta.description or val
        elif key == "og:url":
            meta.og_url = meta.og_url or val
        elif key in ("author", "article:author") and not val.startswith("http") and not meta.authors:
            meta.authors = [val]
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta.canonical = link.get("href").strip()
            break
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and not meta.language:
        meta.language = lang
    meta.article_count = sum(1 for _ in tree.iter("article"))
    h1s = list(tree.iter("h1"))
    if len(h1s) == 1:  # as trafilatura: a single <h1> is the headline, several are not telling
        meta.h1_text = element_text(h1s[0]) or None
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text:
        meta.title_text = markup_text(title_el.text_content()) or None
    # One pass over the document for the three tags (the walk, in lxml's C code, is the cost).
    times: list[Any] = []
    tables: list[Any] = []
    figcaptions: list[Any] = []
    for el in tree.iter("time", "table", "figcaption"):
        (times if el.tag == "time" else tables if el.tag == "table" else figcaptions).append(el)
    meta.time_values = [v.strip() for el in times if (v := el.get("datetime"))][:MAX_TIMES]
    meta.layout_tables = any(is_layout_table(t) for t in tables)
    meta.captions = captions(figcaptions)
    meta.promo_texts = promo_texts(tree)
    return meta
