"""What the held-out audit newsrooms (2 and 3) share: the record classes their content is
written in, and the writers of what every site serves besides its article pages (RSS, Atom
and JSON feeds, a homepage with feed autodiscovery, an OPML list) plus small page helpers.

Each newsroom keeps its own texts and its own article templates (the house styles are what
differs between the sets); only the plumbing lives here, so a fix to a feed writer is made
once. No I/O and no newsroom content in this module.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any, NamedTuple

e = html.escape


@dataclass(frozen=True)
class OutletSpec:
    key: str
    name: str
    # rss | rss-utm (links carry utm_* parameters) | rss-entities (titles double-escaped) |
    # atom | atom-relative (entry links relative to the feed) | jsonfeed | jsonfeed-amp
    # (one item listed again under its AMP URL); a newsroom may add kinds of its own.
    feed: str
    # The page template (each newsroom's renderer defines its own).
    chrome: str
    added_by: str  # "add" (plainwire sources add FEED), "add-home" (autodiscovery), "opml"
    language: str = "en"
    utc_offset: int = 0  # hours; the outlet's pages and feed give local times


@dataclass(frozen=True)
class Piece:
    outlet: str
    slug: str
    event: str
    title: str
    author: str
    published: datetime
    paragraphs: tuple[str, ...]
    genre: str = "news"  # news | opinion | analysis (editorials are opinion)
    language: str = "en"
    syndicated: bool = False  # wire copy run word for word (credited to the wire)
    shape: str = ""  # a page shape the renderer knows ("" = the outlet's usual article page)
    # An article updated in place: from ``revised`` on, the same URL serves this title and body.
    revised: datetime | None = None
    revised_title: str = ""
    revised_paragraphs: tuple[str, ...] = ()
    revised_fact: str = ""  # a phrase only the revised body has (must reach the stored text and the page)
    note: str = ""  # what this piece is there to test
    # Pieces rewritten from one press release (near, not exact, copies) share this tag.
    rewrite_of: str = ""


class FeedItem(NamedTuple):
    url: str
    title: str
    summary: str
    published: datetime
    modified: datetime
    author: str


def feed_path(key: str, kind: str) -> str:
    """The feed's path on the site for an outlet ``key`` whose feed is of ``kind``."""
    if kind.startswith("atom"):
        return f"/{key}/atom.xml"
    if kind.startswith("jsonfeed"):
        return f"/{key}/feed.json"
    return f"/{key}/rss.xml"


def feed_type(kind: str) -> str:
    """The media type of a feed of ``kind``."""
    if kind.startswith("atom"):
        return "application/atom+xml"
    if kind.startswith("jsonfeed"):
        return "application/feed+json"
    return "application/rss+xml"


def live_entries(paragraphs: Sequence[str]) -> list[tuple[str, str]]:
    """(ISO time, text) of each live-blog entry, as written (newest first)."""
    return [(par.partition("|")[0], par.partition("|")[2]) for par in paragraphs]


def text_of(shape: str, paragraphs: Sequence[str]) -> list[str]:
    """A page's paragraphs of text (a live blog's entries without their times)."""
    return [text for _, text in live_entries(paragraphs)] if shape == "live" else list(paragraphs)


def version(p: Piece, until: datetime | None) -> tuple[str, tuple[str, ...], datetime]:
    """Title, paragraphs and last-modified time of a page as it stands at ``until``."""
    if p.revised is not None and (until is None or p.revised <= until):
        return p.revised_title or p.title, p.revised_paragraphs, p.revised
    return p.title, p.paragraphs, p.published


def local(offset_hours: int, when: datetime) -> datetime:
    """A time as an outlet writes it (its own UTC offset)."""
    return when.astimezone(timezone(timedelta(hours=offset_hours)))


def smart(text: str) -> str:
    """Typographic quotes and dashes, as a CMS writes them."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out).replace(" - ", " \u2013 ")


def paras(paragraphs: Iterable[str], *, interleave: str = "", after: int = 1) -> str:
    """Escaped ``<p>`` paragraphs; ``interleave`` (raw HTML) goes after paragraph ``after``."""
    out = []
    for i, par in enumerate(paragraphs):
        out.append(f"<p>{e(par)}</p>")
        if interleave and i == after:
            out.append(interleave)
    return "\n        ".join(out)


def rss_feed(
    spec: OutletSpec,
    home: str,
    items: Sequence[FeedItem],
    *,
    title_of: Callable[[str], str] | None = None,
    extra: str = "",
    guid_of: Callable[[FeedItem], str] | None = None,
) -> bytes:
    """An RSS 2.0 feed (dc:creator authors). ``title_of`` rewrites titles before escaping;
    ``extra`` is raw XML appended after the items (a newsroom's broken item); ``guid_of`` gives
    an item a GUID other than its URL (not a permalink: a CMS's thread id, shared by follow-ups)."""
    fix = title_of or (lambda x: x)
    xml_items = "".join(
        f"<item><title>{e(fix(it.title))}</title><link>{e(it.url)}</link>"
        + (
            f'<guid isPermaLink="true">{e(it.url)}</guid>'
            if guid_of is None
            else f'<guid isPermaLink="false">{e(guid_of(it))}</guid>'
        )
        + f"<pubDate>{format_datetime(local(spec.utc_offset, it.published))}</pubDate>"
        f"<dc:creator>{e(it.author)}</dc:creator><description>{e(it.summary)}</description></item>"
        for it in items
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{e(spec.name)}</title><link>{home}</link><description>News</description>"
        f"<language>{spec.language}</language>{xml_items}{extra}</channel></rss>"
    )
    return body.encode()


def atom_feed(
    spec: OutletSpec,
    home: str,
    self_url: str,
    items: Sequence[FeedItem],
    *,
    empty_updated: datetime,
    relative_to: str = "",
) -> bytes:
    """An Atom feed; entry links lose the ``relative_to`` prefix when one is given."""
    key, off = spec.key, spec.utc_offset
    updated = max((it.modified for it in items), default=empty_updated).isoformat()
    entries = "".join(
        f'<entry><title>{e(it.title)}</title><link rel="alternate" '
        f'href="{e(it.url.removeprefix(relative_to) if relative_to else it.url)}"/>'
        f"<id>tag:{key}.example,2026:{e(it.url.rsplit('/', 1)[-1])}</id>"
        f"<published>{local(off, it.published).isoformat()}</published>"
        f"<updated>{local(off, it.modified).isoformat()}</updated>"
        f"<author><name>{e(it.author)}</name></author><summary>{e(it.summary)}</summary></entry>"
        for it in items
    )
    body = (
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:lang="{spec.language}"><title>{e(spec.name)}</title><id>{home}</id>'
        f'<link rel="self" href="{self_url}"/><link href="{home}"/><updated>{updated}</updated>'
        f"{entries}</feed>"
    )
    return body.encode()


def json_feed(
    spec: OutletSpec,
    home: str,
    feed_url: str,
    items: Sequence[FeedItem],
    *,
    extra: Sequence[object] = (),
    id_of: Callable[[FeedItem], str] | None = None,
) -> bytes:
    """A JSON Feed 1.1; ``extra`` items (raw dicts) are appended as they are; ``id_of`` gives an
    item an id other than its URL (a CMS's thread id, shared by follow-ups)."""
    off = spec.utc_offset
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": spec.name,
        "home_page_url": home,
        "feed_url": feed_url,
        "language": spec.language,
        "items": [
            {
                "id": it.url if id_of is None else id_of(it),
                "url": it.url,
                "title": it.title,
                "summary": it.summary,
                "date_published": local(off, it.published).isoformat(),
                "date_modified": local(off, it.modified).isoformat(),
                "authors": [{"name": it.author}],
            }
            for it in items
        ]
        + list(extra),
    }
    return json.dumps(data, ensure_ascii=False).encode()


def feed_response(
    spec: OutletSpec,
    home: str,
    feed_url: str,
    items: Sequence[FeedItem],
    *,
    empty_updated: datetime,
    id_of: Callable[[FeedItem], str] | None = None,
) -> tuple[str, bytes]:
    """(content type, body) of the outlet's feed in its kind: Atom, JSON Feed or RSS (``id_of``:
    the RSS GUID or JSON Feed id of an item, when not its URL)."""
    if spec.feed.startswith("atom"):
        return "application/atom+xml; charset=utf-8", atom_feed(
            spec, home, feed_url, items, empty_updated=empty_updated
        )
    if spec.feed.startswith("jsonfeed"):
        return "application/feed+json", json_feed(spec, home, feed_url, items, id_of=id_of)
    return "application/rss+xml; charset=utf-8", rss_feed(spec, home, items, guid_of=id_of)


def outlet_frame(
    base: str,
    keys: Iterable[str],
    spec_of: Callable[[str], OutletSpec],
    path_of: Callable[[str], str],
    feed_of: Callable[[str], tuple[Any, ...]],
) -> dict[str, tuple[Any, ...]]:
    """The site's frame: robots.txt, and per outlet a homepage linking its feed (at
    ``path_of(key)``) and the feed itself (``feed_of(key)``: content type, body)."""
    site: dict[str, tuple[Any, ...]] = {"/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n")}
    for key in keys:
        spec = spec_of(key)
        site[f"/{key}/"] = (
            "text/html; charset=utf-8",
            homepage(spec, base + path_of(key), feed_type(spec.feed)),
        )
        site[path_of(key)] = feed_of(key)
    return site


def homepage(spec: OutletSpec, feed_url: str, feed_type: str) -> bytes:
    """A homepage whose only use is feed autodiscovery."""
    link = f'<link rel="alternate" type="{feed_type}" title="{e(spec.name)}" href="{feed_url}">'
    return (
        f'<!DOCTYPE html><html lang="{spec.language}"><head><meta charset="utf-8"><title>{e(spec.name)}</title>'
        f"{link}</head><body><h1>{e(spec.name)}</h1><p>Latest news.</p></body></html>"
    ).encode()


def opml(title: str, base: str, outlets: Iterable[tuple[OutletSpec, str]]) -> str:
    """An OPML subscription list of (outlet, feed URL)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{title}</title></head>",
        "  <body>",
    ]
    for spec, url in outlets:
        lines.append(
            f'    <outline type="rss" text="{e(spec.name)}" xmlUrl="{e(url)}" '
            f'htmlUrl="{e(base)}/{spec.key}/" language="{spec.language}"/>'
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def ld_head(
    p: Piece,
    spec: OutletSpec,
    *,
    url: str,
    title: str,
    modified: datetime,
    charset: str,
    kind: str,
    section: str,
    page_title: str = "",
    og_title: bool = True,
) -> str:
    """An article page's ``<head>``: charset declaration (raw HTML, may be empty), title, canonical
    link, Open Graph and article:* tags and a schema.org JSON-LD block of ``kind``. ``page_title``
    replaces the ``<title>`` text; ``og_title=False`` leaves out og:title and the JSON-LD headline
    (a CMS whose only title is its ``<title>``)."""
    at, mod = local(spec.utc_offset, p.published), local(spec.utc_offset, modified)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": title,
        "datePublished": at.isoformat(),
        "dateModified": mod.isoformat(),
        "author": {"@type": "Person", "name": p.author},
        "publisher": {"@type": "Organization", "name": spec.name},
        "inLanguage": p.language,
    }
    if not og_title:
        del data["headline"]
    if p.shape == "teaser":
        data["isAccessibleForFree"] = False
    ld = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    og = f'<meta property="og:title" content="{e(title)}">\n' if og_title else ""
    return (
        f"<head>\n{charset}\n<title>{e(page_title or title + ' | ' + spec.name)}</title>\n"
        f'<link rel="canonical" href="{e(url)}">\n'
        f'{og}<meta property="og:type" content="article">\n'
        f'<meta property="article:section" content="{section}">\n'
        f'<meta property="article:published_time" content="{at.isoformat()}">\n'
        f'<meta property="article:modified_time" content="{mod.isoformat()}">\n'
        f'<script type="application/ld+json">{ld}</script>\n</head>'
    )


def shaped_content(p: Piece, paragraphs: Sequence[str], *, paywall: str, podcast_end: str) -> str | None:
    """The body of a page of a special kind (live blog, video, podcast, paywalled teaser) as every
    house style lays it out, or None for an ordinary article (its outlet's own template)."""
    text = text_of(p.shape, paragraphs)
    if p.shape == "live":
        items = "\n".join(
            f'<li><time datetime="{when}:00Z">{when[-5:]}</time><p>{e(body)}</p></li>'
            for when, body in live_entries(paragraphs)
        )
        return f'<ul class="entries">\n{items}\n</ul>'
    if p.shape == "video":  # the player and nothing else (the feed has the summary)
        return f'<div class="player"><video src="/{p.outlet}/media/{p.slug}.mp4" controls></video></div>'
    if p.shape == "podcast":
        return (
            f'<audio controls src="/{p.outlet}/media/{p.slug}.mp3"></audio>\n<h2>Episode notes</h2>\n'
            f"{paras(text)}\n<p>{e(podcast_end)}</p>"
        )
    if p.shape == "teaser":
        return paras(text[:1]) + f"\n<p>{e(paywall)}</p>"
    return None
