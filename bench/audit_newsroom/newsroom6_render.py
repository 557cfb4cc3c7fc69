"""Render the sixth audit newsroom (newsroom6_content.py) as a web site, with the interface of
the other renderers (``build_site``, ``page_path``, ``feed_path``, ``opml``, ``FURNITURE``,
``DATELINES``, ``outlet``) plus ``path_aliases`` (the AMP and pre-move URLs of a piece) and
``SHAPES`` (the page kinds this set adds, for its checks).

Unlike the earlier sets, every house style puts its furniture in *plain* ``<p>`` paragraphs
inside the article (no class, no aside, nothing telling): the wire's "Reporting by ...; Editing
by ..." line (in the content), the broadsheet's "Sponsored:" paragraph and print line, the
tabloid's "Seen something?" line, the broadcaster's "Related Topics", the business paper's
newsletter line, the evening paper's "Read more:", the island paper's "Published:" line, the
sports site's "Fact file:" row, and in six languages "Läs också:", "Čtěte také", "Leia também:",
"Lesen Sie auch:", "Lue myös:", "Llegiu també:" with "Uppdaterad ... kl.", "Aktualizováno ...",
"Atualizado em ...", "Stand: ... Uhr", "Päivitetty ... klo", "Actualitzat el ..." datelines and
an editors'-initials line ("ik/sb"). Pages of the Czech paper are windows-1250, declared only in
a meta tag (the HTTP header names no charset).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import newsroom_pages as pages
from newsroom6_content import OUTLETS, OutletSpec, Piece
from newsroom_pages import FeedItem, e

FURNITURE = (
    "© Quellmark News Agency",
    "Reporting by",
    "Editing by",
    "Sponsored:",
    "was printed in the Sentinel",
    "Seen something?",
    "MORE ON THIS",
    "Related Topics",
    "Follow QBC",
    "morning briefing",
    "for subscribers only",
    "Read more:",
    "Have your say",
    "Published:",
    "serving the islands",
    "Fact file:",
    "Gamble responsibly",
    "wherever you get your podcasts",
    "funded by its members",
    "Join today",
    "Läs också",
    "Dela artikeln",
    "Čtěte také",
    "Sdílejte článek",
    "Leia também",
    "Partilhe este artigo",
    "Lesen Sie auch",
    "Anzeige",
    "Lue myös",
    "Jaa artikkeli",
    "Llegiu també",
    "Comparteix aquest article",
)
DATELINES = (
    re.compile(r"\b[A-ZÁČÄÖ]{3,}(?: [A-Z]+)*, \d{1,2} Nov(?: \(QNA\))?:"),
    re.compile(r"\bUppdaterad \d{1,2} november 2026 kl\."),
    re.compile(r"\bAktualizováno \d{1,2}\. 11\. 2026"),
    re.compile(r"\bAtualizado em \d{2}/11/2026"),
    re.compile(r"\bStand: \d{2}\.11\.2026"),
    re.compile(r"\bPäivitetty \d{1,2}\.11\.2026"),
    re.compile(r"\bActualitzat el \d{2}/11/2026"),
    re.compile(r"^[a-z]{2}/[a-z]{2}$"),
    re.compile(r"^\d{2}:\d{2}\s"),
)
SHAPES = ("live", "video", "podcast", "teaser", "opinion-meta", "amp", "moved", "withdrawn")

# chrome -> (dateline format, inline paragraph after the first, closing paragraphs); the
# dateline is formatted with the local publication time ``at`` and modification time ``mod``.
_STYLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "wire": ("", "", ("© Quellmark News Agency 2026",)),
    "tabloid": (
        "By {author} | {at:%H:%M}, {at.day} NOV 2026",
        "MORE ON THIS STORY: Lottery winner buys a lighthouse",
        ("Seen something? Send your pics and videos to news@dailyblast.example",),
    ),
    "broadsheet": (
        "{author} · {at:%A} {at.day} November 2026",
        "Sponsored: Winter breaks in the Corvane Islands from 899 quills",
        ("This article was printed in the Sentinel on {at:%A} {at.day} November 2026, page 7.",),
    ),
    "broadcaster": (
        "{author} · {mod.day} November",
        "",
        ("Related Topics: Sarnhaven, Quellmark", "Follow QBC News for the latest."),
    ),
    "business": ("{author} | {mod.day} Nov 2026", "Sign up to the Ledger's morning briefing.", ()),
    "local": (
        "{author}, Chief Reporter",
        "Read more: Gallowmere Christmas lights switch-on date confirmed",
        ("Have your say: email letters@gallowmerestar.example",),
    ),
    "islands": (
        "Published: {at:%A} {at.day} November 2026, {at:%I.%M%p}",
        "",
        ("Corvane Islands Times — serving the islands since 1911.",),
    ),
    "sports": (
        "{author}",
        "",
        ("Fact file: Venue Gallowmere Arena | Attendance 3,870", "Gamble responsibly. 18+ only."),
    ),
    "digital": ("{author}", "", ("Pulse is funded by its members. Join today.",)),
    "swedish": (
        "Uppdaterad {mod.day} november 2026 kl. {mod:%H.%M}",
        "Läs också: Julmarknaden i Källvik öppnar på lördag",
        ("Dela artikeln",),
    ),
    "czech": (
        "Aktualizováno {mod.day}. 11. 2026 v {mod.hour}:{mod:%M}",
        "Čtěte také: Brodná chystá adventní trhy",
        ("Sdílejte článek",),
    ),
    "portuguese": (
        "Atualizado em {mod:%d}/11/2026 às {mod:%H}h{mod:%M}",
        "Leia também: Festa do Mar regressa a Vila Serena",
        ("Partilhe este artigo",),
    ),
    "german": (
        "Stand: {mod:%d}.11.2026, {mod:%H:%M} Uhr",
        "Lesen Sie auch: Weihnachtsmarkt in Eichenfurt öffnet früher",
        ("Anzeige", "ik/sb"),
    ),
    "finnish": (
        "Päivitetty {mod.day}.11.2026 klo {mod:%H.%M}",
        "Lue myös: Pihlajarannan joulutori avataan lauantaina",
        ("Jaa artikkeli",),
    ),
    "catalan": (
        "Actualitzat el {mod:%d}/11/2026 a les {mod:%H:%M}",
        "Llegiu també: La fira de la castanya torna a Sant Pere",
        ("Comparteix aquest article",),
    ),
}


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def _dated(p: Piece, when: datetime) -> str:
    d = pages.local(outlet(p.outlet).utc_offset, when)
    if p.genre != "news":
        section = {"skarbladet": "ledare"}.get(p.outlet, "opinion")
        return f"/{p.outlet}/{section}/{p.slug}"
    if p.shape == "live":
        return f"/{p.outlet}/live/{p.slug}"
    if p.shape == "video":
        return f"/{p.outlet}/video/{p.slug}"
    if p.shape == "podcast":
        return f"/{p.outlet}/podcasts/{p.slug}"
    if p.outlet in ("skarbladet", "brodenske", "amparo", "rundschau", "jarvi", "arnella"):
        return f"/{p.outlet}/{d:%Y-%m-%d}/{p.slug}.html"
    return f"/{p.outlet}/news/{d:%Y/%m/%d}/{p.slug}"


def page_path(p: Piece) -> str:
    """The article's canonical path (a moved article's new one; the column's URL says news)."""
    if p.shape == "opinion-meta":
        return f"/{p.outlet}/news/{p.published:%Y/%m/%d}/{p.slug}"
    if p.shape == "moved" and p.revised is not None:
        return _dated(p, p.revised)
    return _dated(p, p.published)


def _old_path(p: Piece) -> str:
    return _dated(p, p.published)


def _amp_path(p: Piece) -> str:
    return f"/{p.outlet}/amp/{p.slug}"


def path_aliases(pieces: Sequence[Piece]) -> dict[str, Piece]:
    """The other paths a piece is served (or was listed) under: AMP copies, pre-move URLs."""
    out: dict[str, Piece] = {}
    for p in pieces:
        if p.shape == "amp":
            out[_amp_path(p)] = p
        if p.shape == "moved":
            out[_old_path(p)] = p
    return out


def feed_path(key: str) -> str:
    return pages.feed_path(key, outlet(key).feed)


version = pages.version


def _moved(p: Piece, until: datetime | None) -> bool:
    return p.shape == "moved" and p.revised is not None and (until is None or p.revised <= until)


def _head(p: Piece, url: str, title: str, modified: datetime, charset: str) -> str:
    spec = outlet(p.outlet)
    at, mod = pages.local(spec.utc_offset, p.published), pages.local(spec.utc_offset, modified)
    kind = {"live": "LiveBlogPosting", "video": "VideoObject", "podcast": "PodcastEpisode"}.get(p.shape)
    if kind is None:
        kind = "OpinionNewsArticle" if p.genre != "news" and p.shape != "opinion-meta" else "NewsArticle"
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
    if p.shape == "teaser":
        data["isAccessibleForFree"] = False
    ld = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    section = "Comment" if p.genre != "news" else "News"
    return (
        f"<head>\n{charset}\n<title>{e(title)} | {e(spec.name)}</title>\n"
        f'<link rel="canonical" href="{e(url)}">\n'
        f'<meta property="og:title" content="{e(title)}">\n<meta property="og:type" content="article">\n'
        f'<meta property="article:section" content="{section}">\n'
        f'<meta property="article:published_time" content="{at.isoformat()}">\n'
        f'<meta property="article:modified_time" content="{mod.isoformat()}">\n'
        f'<script type="application/ld+json">{ld}</script>\n</head>'
    )


def _body(p: Piece, title: str, paragraphs: Sequence[str], modified: datetime) -> str:
    """The article in the outlet's house style; its furniture in plain paragraphs."""
    spec = outlet(p.outlet)
    at, mod = pages.local(spec.utc_offset, p.published), pages.local(spec.utc_offset, modified)
    dateline, inline, closing = _STYLES[spec.chrome]
    text = pages.text_of(p.shape, paragraphs)
    fill = {"author": e(p.author.upper() if spec.chrome == "tabloid" else p.author), "at": at, "mod": mod}
    if p.shape == "live":
        content = "\n".join(
            f'<li><time datetime="{when}:00Z">{when[-5:]}</time><p>{e(body)}</p></li>'
            for when, body in pages.live_entries(paragraphs)
        )
        content = f'<ul class="entries">\n{content}\n</ul>'
    elif p.shape == "video":  # the page has the player and nothing else (the feed has the summary)
        content = f'<div class="player"><video src="/{p.outlet}/media/{p.slug}.mp4" controls></video></div>'
    elif p.shape == "podcast":
        content = (
            f'<audio controls src="/{p.outlet}/media/{p.slug}.mp3"></audio>\n<h2>Episode notes</h2>\n'
            f"{pages.paras(text)}\n<p>Subscribe wherever you get your podcasts.</p>"
        )
    elif p.shape == "teaser":
        content = (
            pages.paras(text[:1])
            + "\n<p>This article is for subscribers only. Subscribe from 4 quills a week.</p>"
        )
    else:
        content = pages.paras(text, interleave=f"<p>{e(inline)}</p>" if inline else "", after=0)
    ends = "".join(f"\n<p>{e(x.format(**fill))}</p>" for x in closing)
    dl = f"<p>{dateline.format(**fill)}</p>\n" if dateline else ""
    return (
        f'<body>\n<header><a href="/{spec.key}/">{e(spec.name)}</a></header>\n<main>\n<article>\n'
        f"<h1>{e(title)}</h1>\n{dl}{content}{ends}\n</article>\n</main>\n<footer>© {e(spec.name)}</footer>\n</body>"
    )


def article_page(p: Piece, base: str, until: datetime | None) -> tuple[str, bytes]:
    """(content type, body) of the article page as it stands at ``until``."""
    url = base + (page_path(p) if _moved(p, until) or p.shape != "moved" else _old_path(p))
    title, paragraphs, modified = version(p, until)
    body = _body(p, title, paragraphs, modified)
    if outlet(p.outlet).chrome == "czech":  # declared only in the page: the header names no charset
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        doc = f'<!DOCTYPE html>\n<html lang="cs">\n{_head(p, url, title, modified, meta)}\n{body}\n</html>'
        return "text/html", doc.encode("cp1250", errors="xmlcharrefreplace")
    head = _head(p, url, title, modified, '<meta charset="utf-8">')
    return (
        "text/html; charset=utf-8",
        f'<!DOCTYPE html>\n<html lang="{p.language}">\n{head}\n{body}\n</html>'.encode(),
    )


def amp_page(p: Piece, base: str) -> tuple[str, bytes]:
    """The AMP copy: the same text, a canonical link to the article."""
    doc = (
        f'<!doctype html>\n<html amp lang="{p.language}">\n<head><meta charset="utf-8"><title>{e(p.title)}</title>'
        f'<link rel="canonical" href="{e(base + page_path(p))}"><script async src="https://cdn.ampproject.org/v0.js">'
        f"</script></head>\n<body><h1>{e(p.title)}</h1>\n{pages.paras(p.paragraphs)}\n</body>\n</html>"
    )
    return "text/html; charset=utf-8", doc.encode()


def feed(key: str, base: str, until: datetime | None, pieces: Sequence[Piece]) -> tuple[str, bytes]:
    """The outlet's feed as of ``until`` (the wire's lists its items oldest first)."""
    spec = outlet(key)
    items: list[FeedItem] = []
    for p in pieces:
        if p.outlet != key or (until is not None and p.published > until):
            continue
        title, paragraphs, modified = version(p, until)
        path = _amp_path(p) if p.shape == "amp" else page_path(p) if _moved(p, until) else _old_path(p)
        if p.shape == "opinion-meta":
            path = page_path(p)
        items.append(
            FeedItem(
                base + path, title, pages.text_of(p.shape, paragraphs)[0], p.published, modified, p.author
            )
        )
    items.sort(key=lambda it: it.published, reverse=spec.feed != "rss-oldest-first")
    home = f"{base}/{key}/"
    return pages.feed_response(
        spec, home, base + feed_path(key), items, empty_updated=datetime(2026, 11, 10, tzinfo=UTC)
    )


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom 6", base, [(outlet(k), base + feed_path(k)) for k in keys])


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
        if _moved(p, until):  # the old URL answers 301 to the new one
            site[_old_path(p)] = ("text/html", b"", 301, {"Location": base + page_path(p)})
            site[page_path(p)] = article_page(p, base, until)
        else:
            site[_old_path(p) if p.shape == "moved" else page_path(p)] = article_page(p, base, until)
        if p.shape == "amp":
            site[_amp_path(p)] = amp_page(p, base)
    return site
