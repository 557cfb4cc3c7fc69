"""Render the seventh audit newsroom (newsroom7_content.py) as a web site, with the interface of
the other renderers (``build_site``, ``page_path``, ``feed_path``, ``opml``, ``FURNITURE``,
``DATELINES``, ``outlet``, ``path_aliases``, ``SHAPES``).

Furniture sits in plain ``<p>`` paragraphs inside the article, in this set's words: the wire's
"(Writing by ...; additional reporting by ...; edited by ...)" line (in the content, so papers
that reprint the wire reprint it too), the tabloid's "Got a story?" and "READ NEXT", the
broadsheet's "Listen to this article" and print line, the broadcaster's share row, taglines of
the digital outlet and the local paper ("the voice of the valley since 1887"), "Subscriber
exclusive", a betting line, and in six languages "Leggi anche:", "Lees ook:", "Les også:",
"Olvassa el ezt is:", "Loe ka:", "Läs mer:" with share prompts and update lines ("Aggiornato il
...", "Bijgewerkt op ...", "Oppdatert ... kl.", "Frissítve: ...", "Uuendatud ... kell",
"Publicerad ..."). Page kinds this set adds: a moved article whose new page's canonical link
names a third URL (the short link, which serves it too), a page whose ``<title>`` is its update
line, a column marked only by its byline, feeds whose items share a GUID/id, and Estonian pages
in ISO-8859-15 declared only in the HTTP header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import newsroom_pages as pages
from newsroom7_content import OUTLETS, OutletSpec, Piece
from newsroom_pages import FeedItem, e

FURNITURE = (
    "Writing by",
    "additional reporting by",
    "edited by Ines Parr",
    "All rights reserved",
    "Got a story?",
    "READ NEXT",
    "Listen to this article",
    "Print edition",
    "Subscribe to the Chronicle",
    "Share this story",
    "Watch LBC",
    "news without the noise",
    "Share on social",
    "the voice of the valley",
    "See also:",
    "Comment on this story",
    "Subscriber exclusive",
    "Markets Daily newsletter",
    "bet responsibly",
    "Match stats",
    "Related:",
    "Share this article",
    "in your podcast app",
    "Leggi anche",
    "Condividi su",
    "Lees ook",
    "Deel dit artikel",
    "Les også",
    "Del artikkelen",
    "Olvassa el ezt is",
    "Ossza meg",
    "Loe ka",
    "Jaga artiklit",
    "Läs mer:",
    "Tipsa oss",
)
DATELINES = (
    # The wire's dateline, whole or without its "(LPA)".
    re.compile(r"\b[A-ZÁÉÍÓÖŐÚÜŰ]{3,}(?: [A-ZÁÉÍÓÖŐÚÜŰ]+)*(?: \(LPA\))? —"),
    re.compile(r"\bPUBLISHED: \d{2}:\d{2}"),
    re.compile(r"\bAggiornato il \d{2}/11/2026"),
    re.compile(r"\bBijgewerkt op \d{1,2} november 2026"),
    re.compile(r"\bOppdatert \d{2}\.11\.2026"),
    re.compile(r"\bFrissítve: 2026\. november \d{1,2}\."),
    re.compile(r"\bUuendatud \d{2}\.11\.2026"),
    re.compile(r"\bPublicerad \d{4}-11-\d{2}"),
    re.compile(r"^\d{2}:\d{2}\s"),
)
SHAPES = ("live", "video", "podcast", "teaser", "byline-opinion", "moved", "withdrawn", "update-title")

# chrome -> (dateline format, inline paragraph after the first, closing paragraphs); the
# dateline is formatted with the local publication time ``at`` and modification time ``mod``.
_STYLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "wire": ("", "", ("© Lussavian Press Association 2026. All rights reserved.",)),
    "tabloid": (
        "By {author} | PUBLISHED: {at:%H:%M}, {at.day} November 2026",
        "READ NEXT: Pensioner's parrot sings the national anthem",
        ("Got a story? Call the Thunder newsdesk on 0800 555 0199",),
    ),
    "broadsheet": (
        "{author} · Listen to this article · 4 min",
        "",
        (
            "Print edition: page 12, {at:%A} {at.day} November 2026",
            "Subscribe to the Chronicle from 3 dalers a week.",
        ),
    ),
    "broadcaster": (
        "{author}",
        "",
        ("Share this story: Email | X | WhatsApp", "Watch LBC News on channel 4."),
    ),
    "digital": ("{author}", "", ("Averill Now — news without the noise.", "Share on social")),
    "local": (
        "By {author}",
        "See also: Brackwater Christmas market dates announced",
        ("Brackwater Gazette — the voice of the valley since 1887", "Comment on this story"),
    ),
    "business7": (
        "{author} | {mod.day} Nov 2026",
        "",
        ("Markets Daily newsletter: sign up for the 7am briefing.",),
    ),
    "sports": ("{author}", "", ("Odds correct at time of publishing. Please bet responsibly.",)),
    "regional7": ("{author}", "Related: Valley bus timetable changes", ("Share this article",)),
    "italian7": (
        "Aggiornato il {mod:%d}/11/2026 alle {mod:%H:%M}",
        "Leggi anche: Sagra della castagna a San Teodoro",
        ("Condividi su Facebook",),
    ),
    "dutch": (
        "Bijgewerkt op {mod.day} november 2026, {mod:%H:%M}",
        "Lees ook: Kerstmarkt Hoornmeer groter dan ooit",
        ("Deel dit artikel",),
    ),
    "norwegian": (
        "Oppdatert {mod:%d}.11.2026 kl. {mod:%H:%M}",
        "Les også: Julegrana i Skarvholm tennes lørdag",
        ("Del artikkelen",),
    ),
    "hungarian": (
        "Frissítve: 2026. november {mod.day}. {mod:%H:%M}",
        "Olvassa el ezt is: Adventi vásár Almásfalván",
        ("Ossza meg a cikket",),
    ),
    "estonian": (
        "Uuendatud {mod:%d}.11.2026 kell {mod:%H:%M}",
        "Loe ka: Sõrve jõuluturg avatakse laupäeval",
        ("Jaga artiklit",),
    ),
    "swedish7": (
        "Publicerad {at:%Y-%m-%d %H.%M}",
        "Läs mer: Julmarknad i Hamnö hamn",
        ("Tipsa oss: nyheter@hamnbladet.example",),
    ),
}
_SECTION = {"hirlap": "velemeny", "chronicle": "comment"}
_LOCAL_URLS = ("corriere", "stem", "nordvika", "hirlap", "kaaruma", "hamnbladet")


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def _dated(p: Piece, when: datetime) -> str:
    d = pages.local(outlet(p.outlet).utc_offset, when)
    if p.genre != "news" and p.shape != "byline-opinion":  # (the column's URL says news)
        return f"/{p.outlet}/{_SECTION.get(p.outlet, 'opinion')}/{p.slug}"
    if p.shape in ("live", "video", "podcast"):
        return (
            f"/{p.outlet}/{ {'live': 'diretta', 'video': 'video', 'podcast': 'podcasts'}[p.shape] }/{p.slug}"
        )
    if p.outlet in _LOCAL_URLS:
        return f"/{p.outlet}/{d:%Y-%m-%d}/{p.slug}.html"
    return f"/{p.outlet}/news/{d:%Y/%m/%d}/{p.slug}"


def page_path(p: Piece) -> str:
    """The article's canonical path: a moved article's is the short link its new page names."""
    if p.shape == "moved":
        return f"/{p.outlet}/s/{p.slug}"
    return _dated(p, p.published)


def _old_path(p: Piece) -> str:
    return _dated(p, p.published)


def _new_path(p: Piece) -> str:
    """Where the old URL of a moved article redirects (301) once it is revised."""
    return _dated(p, p.revised or p.published)


def path_aliases(pieces: Sequence[Piece]) -> dict[str, Piece]:
    """The other paths a moved piece is served (or was listed) under: its first URL and the 301's target."""
    out: dict[str, Piece] = {}
    for p in pieces:
        if p.shape == "moved":
            out[_old_path(p)] = p
            out[_new_path(p)] = p
    return out


def feed_path(key: str) -> str:
    return pages.feed_path(key, outlet(key).feed)


version = pages.version


def _moved(p: Piece, until: datetime | None) -> bool:
    return p.shape == "moved" and p.revised is not None and (until is None or p.revised <= until)


def _head(p: Piece, url: str, title: str, modified: datetime, charset: str) -> str:
    spec = outlet(p.outlet)
    kind = {"live": "LiveBlogPosting", "video": "VideoObject", "podcast": "PodcastEpisode"}.get(p.shape)
    opinion = p.genre != "news" and p.shape != "byline-opinion"
    if kind is None:
        kind = "OpinionNewsArticle" if opinion else "NewsArticle"
    update_title = ""
    if p.shape == "update-title":  # the CMS puts the update line in <title> and gives no og:title
        update_title = f"{_STYLES[spec.chrome][0]} - {spec.name}".format(
            mod=pages.local(spec.utc_offset, modified)
        )
    return pages.ld_head(
        p,
        spec,
        url=url,
        title=title,
        modified=modified,
        charset=charset,
        kind=kind,
        section="Comment" if opinion else "News",
        page_title=update_title,
        og_title=not update_title,
    )


def _body(p: Piece, title: str, paragraphs: Sequence[str], modified: datetime) -> str:
    """The article in the outlet's house style; its furniture in plain paragraphs."""
    spec = outlet(p.outlet)
    at, mod = pages.local(spec.utc_offset, p.published), pages.local(spec.utc_offset, modified)
    dateline, inline, closing = _STYLES[spec.chrome]
    fill = {"author": e(p.author.upper() if spec.chrome == "tabloid" else p.author), "at": at, "mod": mod}
    content = pages.shaped_content(
        p,
        paragraphs,
        paywall="Subscriber exclusive: subscribe to Averill Markets Daily to read the rest of this article.",
        podcast_end="Listen and subscribe in your podcast app.",
    )
    if content is None:
        text = pages.text_of(p.shape, paragraphs)
        content = pages.paras(text, interleave=f"<p>{e(inline)}</p>" if inline else "", after=0)
    ends = "".join(f"\n<p>{e(x.format(**fill))}</p>" for x in closing)
    dl = f"<p>{dateline.format(**fill)}</p>\n" if dateline else ""
    return (
        f'<body>\n<header><a href="/{spec.key}/">{e(spec.name)}</a></header>\n<main>\n<article>\n'
        f"<h1>{e(title)}</h1>\n{dl}{content}{ends}\n</article>\n</main>\n<footer>© {e(spec.name)}</footer>\n</body>"
    )


def article_page(p: Piece, base: str, until: datetime | None) -> tuple[str, bytes]:
    """(content type, body) of the article page as it stands at ``until``."""
    url = base + (page_path(p) if _moved(p, until) else _old_path(p) if p.shape == "moved" else page_path(p))
    title, paragraphs, modified = version(p, until)
    if outlet(p.outlet).chrome == "estonian":  # declared only in the HTTP header: no meta charset
        doc = f'<!DOCTYPE html>\n<html lang="et">\n{_head(p, url, title, modified, "")}\n{_body(p, title, paragraphs, modified)}\n</html>'
        return "text/html; charset=iso-8859-15", doc.encode("iso8859_15", errors="xmlcharrefreplace")
    head = _head(p, url, title, modified, '<meta charset="utf-8">')
    body = _body(p, title, paragraphs, modified)
    return (
        "text/html; charset=utf-8",
        f'<!DOCTYPE html>\n<html lang="{p.language}">\n{head}\n{body}\n</html>'.encode(),
    )


def feed(key: str, base: str, until: datetime | None, pieces: Sequence[Piece]) -> tuple[str, bytes]:
    """The outlet's feed as of ``until``; the thread-id feeds give follow-ups their first item's id."""
    spec = outlet(key)
    items: list[FeedItem] = []
    thread: dict[str, str] = {}
    for p in pieces:
        if p.outlet != key or (until is not None and p.published > until):
            continue
        title, paragraphs, modified = version(p, until)
        path = (_new_path(p) if _moved(p, until) else _old_path(p)) if p.shape == "moved" else page_path(p)
        items.append(
            FeedItem(
                base + path, title, pages.text_of(p.shape, paragraphs)[0], p.published, modified, p.author
            )
        )
        thread[base + path] = f"{key}-{p.event}"
    items.sort(key=lambda it: it.published, reverse=True)
    dup = spec.feed in ("rss-dup-guid", "jsonfeed-dup-id")
    return pages.feed_response(
        spec,
        f"{base}/{key}/",
        base + feed_path(key),
        items,
        empty_updated=datetime(2026, 11, 17, tzinfo=UTC),
        id_of=(lambda it: thread[it.url]) if dup else None,
    )


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom 7", base, [(outlet(k), base + feed_path(k)) for k in keys])


def build_site(
    base: str, dead_base: str, *, until: datetime | None, outlets: Iterable[str], pieces: Sequence[Piece]
) -> dict[str, tuple[Any, ...]]:
    """Every path served -> (content type, body[, status, headers]), as the site stands at ``until``."""
    del dead_base  # (no outlet here links to a dead host)
    keys = set(outlets)
    site = pages.outlet_frame(base, keys, outlet, feed_path, lambda k: feed(k, base, until, pieces))
    for p in pieces:
        if p.outlet not in keys or (until is not None and p.published > until):
            continue
        if _moved(p, until):  # the old URL answers 301; the new page names the short link canonical
            site[_old_path(p)] = ("text/html", b"", 301, {"Location": base + _new_path(p)})
            site[_new_path(p)] = site[page_path(p)] = article_page(p, base, until)
        else:
            site[_old_path(p) if p.shape == "moved" else page_path(p)] = article_page(p, base, until)
    return site
