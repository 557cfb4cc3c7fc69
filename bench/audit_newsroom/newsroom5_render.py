"""Render the fifth audit newsroom (newsroom5_content.py) as a web site, with the interface of
the other renderers (``build_site``, ``page_path``, ``feed_path``, ``opml``, ``FURNITURE``,
``DATELINES``) plus ``SHAPES`` (the page kinds this set adds, for its checks).

House styles unlike the earlier sets': a wire whose reports open "ESKER (MPA) –" and end with
an editors' initials line ("mpa/hk/rs"); a tabloid with ALL-CAPS headlines, "SEE ALSO >>" links
in the body and a "Got a story?" box; a broadsheet with an "Advertisement" label between
paragraphs, "Photograph:" credits and a print line, whose columns sit under /news/ with only an
OpinionNewsArticle JSON-LD type to mark them; a broadcaster with a live page, a video page
("Media caption") and an "Around MBC" list; a business paper with a "Partner content" box, a
preview updated in place and a paywalled page that serves one paragraph; a county weekly with
"Promoted:" boxes and a "Posted 21 Oct 2026, 1:45pm" line; a local paper with "Read next:"; a
digital outlet with a podcast page; a sports site with a "Match facts" panel; French ("Lire
aussi", "Publié le ... à 14h05", a photo legend before an editorial's text), Italian ("Leggi
anche", "Il punto |"), Dutch ("Lees ook", "Gepubliceerd op"), Polish in ISO-8859-2 ("Czytaj
także", "Opublikowano:"), Danish ("Læs også", "Opdateret ... kl.") and Spanish ("Lee también",
"Actualizado:") papers. No input is broken on purpose (the first set covers that).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import newsroom_pages as pages
from newsroom5_content import OUTLETS, OutletSpec, Piece
from newsroom_pages import FeedItem, e

# Text of site furniture; none of it may appear in an extracted article or on a story page.
FURNITURE = (
    "mpa/",
    "© MPA",
    "SEE ALSO",
    "Got a story?",
    "Most Shared",
    "Advertisement",
    "Photograph:",
    "appears in print",
    "Share this article",
    "Media caption",
    "Around MBC",
    "Partner content",
    "Subscribe to continue reading",
    "Already a subscriber",
    "Promoted:",
    "story for the Mercury",
    "Read next:",
    "Trending now",
    "Listen on",
    "Match facts",
    "Bet responsibly",
    "Lire aussi",
    "Abonnez-vous",
    "Photo :",
    "Leggi anche",
    "Riproduzione riservata",
    "Lees ook",
    "Deel dit artikel",
    "Czytaj także",
    "Udostępnij",
    "Læs også",
    "Del artiklen",
    "Lee también",
    "Síguenos en",
)
# Datelines and byline times in this set's house styles, as a page's own text.
DATELINES = (
    re.compile(r"\b[A-Z][A-Z]+(?: [A-Z][A-Z]+)* \(MPA\) [–-]"),
    re.compile(r"\bmpa/[a-z]{2}/[a-z]{2}\b"),
    re.compile(r"\b\d{2}/\d{2}/2026 [–-] \d{2}:\d{2}\b"),
    re.compile(r"\bPosted \d{1,2} Oct 2026, \d{1,2}:\d{2}[ap]m\b"),
    re.compile(r"\bPublié le \d{1,2} octobre 2026\b"),
    re.compile(r"\bPubblicato il \d{2}/\d{2}/2026\b"),
    re.compile(r"\bGepubliceerd op \d{1,2} oktober 2026\b"),
    re.compile(r"\bOpublikowano: \d{1,2}\.\d{2}\.2026\b"),
    re.compile(r"\bOpdateret \d{1,2}\. okt\. 2026\b"),
    re.compile(r"\bActualizado: \d{2}/\d{2}/2026\b"),
    re.compile(r"^\d{2}:\d{2}\s"),
)
# Page kinds this set adds (the checks report how each was read).
SHAPES = ("live", "video", "podcast", "teaser", "opinion-meta")
_MONTHS = {"en": "October", "fr": "octobre", "nl": "oktober"}


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def page_path(p: Piece) -> str:
    d = p.published
    if p.outlet == "standard":  # columns too: the URL says news, only the JSON-LD says opinion
        return f"/standard/news/{d:%Y/%m/%d}/{p.slug}"
    if p.outlet == "mbc":
        section = {"live": "live", "video": "av"}.get(p.shape, "news")
        return f"/mbc/{section}/articles/c{sum(map(ord, p.slug)):05d}{d:%d%H}"
    if p.outlet == "mpa":
        return f"/mpa/article/{d:%Y%m%d}-{p.slug}"
    if p.outlet == "now" and p.shape == "podcast":
        return f"/now/podcasts/money-minute/{p.slug}"
    if p.genre != "news":
        section = {"courrier": "editoriaux", "voce": "opinioni"}.get(p.outlet, "opinion")
        return f"/{p.outlet}/{section}/{p.slug}.html"
    if p.outlet in ("courrier", "voce", "krant", "gazeta", "avis", "faro"):
        return f"/{p.outlet}/{d:%Y-%m-%d}/{p.slug}"
    return f"/{p.outlet}/{d:%Y/%m/%d}/{p.slug}.html"


def feed_path(key: str) -> str:
    return pages.feed_path(key, outlet(key).feed)


def local(key: str, when: datetime) -> datetime:
    return pages.local(outlet(key).utc_offset, when)


version = pages.version


def _schema_type(p: Piece) -> str:
    if p.shape == "live":
        return "LiveBlogPosting"
    if p.shape in ("video", "podcast"):
        return {"video": "VideoObject", "podcast": "PodcastEpisode"}[p.shape]
    return "OpinionNewsArticle" if p.genre != "news" else "NewsArticle"


def _head(p: Piece, url: str, title: str, modified: datetime, charset: str) -> str:
    spec = outlet(p.outlet)
    at, mod = local(p.outlet, p.published), local(p.outlet, modified)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": _schema_type(p),
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
    return (
        f"<head>\n{charset}\n<title>{e(title)} - {e(spec.name)}</title>\n"
        f'<link rel="canonical" href="{e(url)}">\n'
        f'<meta property="og:title" content="{e(title)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="article:published_time" content="{at.isoformat()}">\n'
        f'<meta property="article:modified_time" content="{mod.isoformat()}">\n'
        f'<script type="application/ld+json">{ld}</script>\n</head>'
    )


def _shell(key: str, nav: str, inner: str, foot: str) -> str:
    return f'<body>\n<header class="site"><a href="/{key}/">{nav}</a></header>\n<main>\n{inner}\n</main>\n<footer>{foot}</footer>\n</body>'


def _body(p: Piece, title: str, paragraphs: Sequence[str], modified: datetime) -> str:
    """The page body in the outlet's house style."""
    spec = outlet(p.outlet)
    key, name = spec.key, e(spec.name)
    at, mod = local(key, p.published), local(key, modified)
    text = pages.text_of(p.shape, paragraphs)
    h1 = f"<h1>{e(title)}</h1>"
    chrome = spec.chrome
    if chrome == "wire":
        inner = (
            f'<article class="wire">{h1}<p class="by">{e(p.author)}</p>\n{pages.paras(text)}\n</article>\n'
            '<p class="rights">© MPA 2026. All rights reserved. Redistribution only under licence.</p>'
        )
        return _shell(key, name, inner, "Marren Press Agency")
    if chrome == "tabloid":
        see = '<p class="see-also"><b>SEE ALSO &gt;&gt;</b> <a href="/howl/x.html">Lottery couple buy a lighthouse</a></p>'
        inner = (
            f'<article>{h1}<p class="byline">By {e(p.author.upper())} | {at:%H:%M}, {at.day} OCT 2026</p>\n'
            f"{pages.paras(text, interleave=see, after=0)}\n"
            '<div class="tips">Got a story? Email tips@eskerhowl.example or call the newsdesk.</div></article>\n'
            "<aside><h3>Most Shared</h3><ol><li>Soap star in panto row</li></ol></aside>"
        )
        return _shell(key, "THE ESKER HOWL", inner, "© Howl Media 2026")
    if chrome == "broadsheet":
        advert = '<div class="ad-slot"><span class="ad-label">Advertisement</span></div>'
        credit = "Maud Trevelyan" if p.genre != "news" else "Standard staff"
        inner = (
            f'<article>{h1}<p class="byline">{e(p.author)}</p>'
            f'<p class="date">{at:%d/%m/%Y} – {at:%H:%M} CET</p>\n'
            f'<figure><img src="/standard/img/{p.slug}.jpg" alt=""><figcaption>Photograph: {credit}/The Esker Standard'
            "</figcaption></figure>\n"
            f"{pages.paras(text, interleave=advert, after=0)}\n"
            f'<p class="print">A version of this article appears in print on {at.day} October 2026, page 6.</p>'
            '<p class="share">Share this article</p></article>'
        )
        return _shell(key, name, inner, "© The Esker Standard 2026")
    if chrome == "broadcaster":
        if p.shape == "live":
            posts = "\n".join(
                f'<div class="post"><time datetime="{when}:00Z">{when[-5:]}</time><p>{e(body)}</p></div>'
                for when, body in pages.live_entries(paragraphs)
            )
            content = f'<section class="live-feed">\n{posts}\n</section>'
        elif p.shape == "video":
            content = (
                f'<figure class="media"><video src="/mbc/av/{p.slug}.mp4" controls></video>'
                f"<figcaption>Media caption, {e(text[0])}</figcaption></figure>"
            )
        else:
            content = pages.paras(text)
        inner = (
            f'<article>{h1}<p class="byline">{e(p.author)} · {mod.day} October</p>\n{content}\n</article>\n'
            '<aside><h2>Around MBC</h2><ul><li><a href="/mbc/weather">Weather</a></li></ul></aside>'
        )
        return _shell(key, "MBC", inner, "Copyright MBC 2026")
    if chrome == "business":
        partner = '<aside class="partner"><b>Partner content</b> Is your pension ready for 2030?</aside>'
        shown = text[:1] if p.shape == "teaser" else text
        gate = (
            '<div class="paywall"><p>Subscribe to continue reading this article.</p>'
            '<p>Already a subscriber? <a href="/markets/login">Log in</a></p></div>'
            if p.shape == "teaser"
            else ""
        )
        inner = (
            f'<article>{h1}<p class="byline">{e(p.author)} | {mod.day} Oct 2026</p>\n'
            f"{pages.paras(shown, interleave=partner, after=0)}\n{gate}</article>"
        )
        return _shell(key, name, inner, "Marren Markets Daily Ltd")
    if chrome == "county":
        promo = '<p class="promo">Promoted: <a href="#">Winter tyres fitted from 19 florins</a></p>'
        posted = f"Posted {at.day} Oct 2026, {at.hour % 12 or 12}:{at:%M}{'am' if at.hour < 12 else 'pm'}"
        inner = (
            f'<article>{h1}<p class="byline">{e(p.author)}</p><p class="posted">{posted}</p>\n'
            f"{pages.paras(text, interleave=promo, after=0)}\n"
            '<p class="tip">Do you have a story for the Mercury? Email news@brannoch-mercury.example</p></article>'
        )
        return _shell(key, name, inner, "© Brannoch Mercury 2026")
    if chrome == "local":
        nxt = '<p class="next">Read next: <a href="/clarion/x.html">Lowfield harvest festival returns</a></p>'
        inner = f'<article>{h1}<p class="byline">{e(p.author)}</p>\n{pages.paras(text, interleave=nxt, after=0)}\n</article>'
        return _shell(key, name, inner, "Lowfield Clarion")
    if chrome == "digital":
        if p.shape == "podcast":
            content = (
                f'<audio controls src="/now/audio/{p.slug}.mp3"></audio>\n<p class="desc">{e(text[0])}</p>\n'
                '<p class="platforms">Listen on your podcast app</p>'
            )
        else:
            content = pages.paras(text)
        inner = f"<article>{h1}<p>{e(p.author)}</p>\n{content}\n</article>\n<aside><h4>Trending now</h4><ul><li>Ice rink opens</li></ul></aside>"
        return _shell(key, name, inner, "Esker Now")
    if chrome == "sports":
        facts = '<table class="match-facts"><caption>Match facts</caption><tr><td>Venue</td><td>Harbour Park</td></tr></table>'
        inner = (
            f'<article>{h1}<p class="meta">{e(p.author)}</p>\n{pages.paras(text)}\n{facts}</article>\n'
            '<p class="gamble">Bet responsibly. 18+ only.</p>'
        )
        return _shell(key, name, inner, "Full Time 2026")
    month = _MONTHS.get(p.language, "")
    styles: dict[str, tuple[str, str, str]] = {
        # chrome -> (dateline, inline box, end line)
        "french": (
            f"Publié le {at.day} {month} 2026 à {at:%H}h{at:%M}",
            '<p class="lire">Lire aussi : <a href="/courrier/x">La foire aux vins de Port-Aurèle ouvre</a></p>',
            "Abonnez-vous au Courrier de la Côte.",
        ),
        "italian_daily": (
            f"Pubblicato il {at:%d/%m/%Y} alle {at:%H:%M}",
            '<p class="leggi">Leggi anche: <a href="/voce/x">Sagra delle castagne a Roccafumo</a></p>',
            "Riproduzione riservata ©",
        ),
        "dutch": (
            f"Gepubliceerd op {at.day} {month} 2026, {at:%H:%M}",
            '<p class="lees">Lees ook: <a href="/krant/x">Herfstmarkt op de Grote Markt</a></p>',
            "Deel dit artikel",
        ),
        "polish": (
            f"Opublikowano: {at.day}.{at:%m}.2026, {at:%H:%M}",
            '<p class="czytaj">Czytaj także: <a href="/gazeta/x">Jarmark jesienny w Lipnicy</a></p>',
            "Udostępnij",
        ),
        "danish": (
            f"Opdateret {mod.day}. okt. 2026 kl. {mod:%H.%M}",
            '<p class="laes">Læs også: <a href="/avis/x">Høstmarked på torvet</a></p>',
            "Del artiklen",
        ),
        "spanish": (
            f"Actualizado: {mod:%d/%m/%Y} {mod:%H:%M}",
            '<p class="lee">Lee también: <a href="/faro/x">La feria de otoño abre en el puerto</a></p>',
            "Síguenos en redes sociales",
        ),
    }
    dateline, box, end = styles[chrome]
    legend = (
        "<figure><figcaption>Photo : la digue de Port-Aurèle mardi soir. © Le Courrier</figcaption></figure>\n"
        if p.genre != "news"
        else ""
    )
    inner = (
        f'<article>{h1}<p class="auteur">{e(p.author)}</p><p class="date">{dateline}</p>\n{legend}'
        f'{pages.paras(text, interleave=box, after=0)}\n<p class="end">{end}</p></article>'
    )
    return _shell(key, name, inner, f"© {name} 2026")


def article_page(p: Piece, base: str, until: datetime | None) -> tuple[str, bytes]:
    """(content type, body) of the article page as it stands at ``until``."""
    spec = outlet(p.outlet)
    url = base + page_path(p)
    title, paragraphs, modified = version(p, until)
    body = _body(p, title, paragraphs, modified)
    if spec.chrome == "polish":
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
        doc = f'<!DOCTYPE html>\n<html lang="pl">\n{_head(p, url, title, modified, meta)}\n{body}\n</html>'
        return "text/html; charset=iso-8859-2", doc.encode("iso-8859-2", errors="xmlcharrefreplace")
    head = _head(p, url, title, modified, '<meta charset="utf-8">')
    return (
        "text/html; charset=utf-8",
        f'<!DOCTYPE html>\n<html lang="{p.language}">\n{head}\n{body}\n</html>'.encode(),
    )


def feed(key: str, base: str, until: datetime | None, pieces: Sequence[Piece]) -> tuple[str, bytes]:
    """The outlet's feed as of ``until`` (items published after it are not in it yet)."""
    spec = outlet(key)
    items: list[FeedItem] = []
    for p in pieces:
        if p.outlet != key or (until is not None and p.published > until):
            continue
        title, paragraphs, modified = version(p, until)
        text = pages.text_of(p.shape, paragraphs)
        items.append(FeedItem(base + page_path(p), title, text[0], p.published, modified, p.author))
    items.sort(key=lambda it: it.published, reverse=True)
    home = f"{base}/{key}/"
    return pages.feed_response(
        spec, home, base + feed_path(key), items, empty_updated=datetime(2026, 10, 20, tzinfo=UTC)
    )


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom 5", base, [(outlet(k), base + feed_path(k)) for k in keys])


def build_site(
    base: str,
    dead_base: str,
    *,
    until: datetime | None,
    outlets: Iterable[str],
    pieces: Sequence[Piece],
) -> dict[str, tuple[Any, ...]]:
    """Every path served -> (content type, body), as the site stands at ``until``."""
    del dead_base  # (no outlet here links to a dead host)
    keys = set(outlets)
    site = pages.outlet_frame(base, keys, outlet, feed_path, lambda k: feed(k, base, until, pieces))
    for p in pieces:
        if p.outlet in keys:
            site[page_path(p)] = article_page(p, base, until)
    return site
