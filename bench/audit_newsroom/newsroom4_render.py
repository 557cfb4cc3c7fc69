"""Render the fourth audit newsroom (newsroom4_content.py) as a web site, with the interface of
the other renderers (``build_site``, ``page_path``, ``feed_path``, ``opml``, ``FURNITURE``,
``DATELINES``, ``path_aliases``) plus ``COMMENTS`` (reader comments no stored article may hold).

House styles unlike the earlier sets': a wire whose reports open with "CITY, Nov 3 (APN) —"
and end with a "(Writing by ...; Editing by ...)" paragraph; a tabloid with "READ MORE" links
inside the body, a "Most Read" box and a reader-comments section; a broadsheet with Guardian-
style URLs (/2026/nov/04/, /commentisfree/ for opinion), an "Image caption" figure, reader
comments under every article and an AMP copy of one page; a broadcaster with an "Image source"
credit and a live blog (timestamped entries, newest first); a business paper whose one
paywalled page answers 403; a German paper (/meinung/, "Mehr zum Thema"); a Spanish paper in
windows-1252 ("Te puede interesar"); a Portuguese one ("Leia também"); a Swedish one ("Läs
också"); a county weekly with "Related:" paragraphs and a sponsored box; a sports site; a
digital outlet; a weekly review. Feeds: RSS whose titles carry escaped entities (``&#038;``,
``&quot;``, ``&ndash;`` written once more escaped), Atom with links relative to the feed, an
RSS feed listing one article twice (its URL and its AMP URL).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import newsroom_pages as pages
from newsroom4_content import OUTLETS, OutletSpec, Piece
from newsroom_pages import FeedItem, e

# Text of site furniture; none of it may appear in an extracted article or on a story page.
FURNITURE = (
    "(Writing by",
    "The APN Code of Practice",
    "READ MORE:",
    "Most Read",
    "Comments (",
    "Reader comments",
    "Sign in to comment",
    "Image caption",
    "Image source",
    "Most viewed",
    "Related Topics",
    "Premium subscribers only",
    "Save to myLedger",
    "Mehr zum Thema",
    "Artikel teilen",
    "Te puede interesar",
    "Suscríbete a nuestro boletín",
    "Prohibida la reproducción",
    "Leia também",
    "Assine a newsletter",
    "Läs också",
    "Prenumerera på vårt nyhetsbrev",
    "Related:",
    "Sponsored",
    "Share your news with the Echo",
    "Live scores",
    "Trending on Carrow Today",
    "From the issue of",
    "Subscribe from",
)
# A wire dateline, a byline time or a live-blog time as a page's own text.
DATELINES = (
    re.compile(r"\b[A-Z][A-Z]+(?: [A-Z][A-Z]+)*, Nov \d{1,2} \(APN\)"),
    re.compile(r"\b\d{1,2} Nov 2026 \d{2}\.\d{2}\b"),
    re.compile(r"\bPublished: \d{2}:\d{2}\b"),
    re.compile(r"\b\d{2}\.\d{2}\.2026,? \d{2}[:.]\d{2}\b"),
    re.compile(r"^\d{2}:\d{2}\s"),
)
# Reader comments (user, text): under the broadsheet's and the tabloid's articles.
COMMENTS: tuple[tuple[str, str], ...] = (
    ("quietharbour", "Every winter the same story and every winter nobody in charge learns anything."),
    ("MiroValleyMum", "Thoughts with everyone affected, it could have been any of us."),
    ("eastgate_pete", "Has anyone actually asked who pays for all of this in the end?"),
    ("Ledgerreader71", "Good reporting, but the headline oversells it a bit."),
    ("norrsund_nils", "I commute on this route daily and nobody from the company ever listens."),
    ("TramSpotter", "The old trams never had these problems, say what you like about them."),
    ("halden_resident", "I heard the bang from my kitchen, thought it was thunder at first."),
)
AMP_PIECE = ("gazette", "halden-square-tram-derailment-points")  # also listed under its AMP URL
_MONTH = "nov"


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def _section_dir(p: Piece) -> str:
    if p.shape == "live":
        return "live"
    if p.genre != "news":
        return {"gazette": "commentisfree", "tagblatt": "meinung"}.get(p.outlet, "opinion")
    return {
        "gazette": "carrow-news",
        "tagblatt": "region",
        "diario": "sucesos" if p.event == "coach" else "deportes",
        "folha": "regiao",
        "posten": "nyheter",
        "touchline": "football" if p.event == "transfer" else "skiing",
        "ledger": "companies",
    }.get(p.outlet, "news")


def page_path(p: Piece) -> str:
    d = p.published
    if p.outlet == "gazette":
        return f"/gazette/{_section_dir(p)}/{d:%Y}/{_MONTH}/{d:%d}/{p.slug}"
    if p.outlet == "apn":
        return f"/apn/world/{p.slug}-idAPN{d:%d%H%M}"
    if p.outlet == "avb":
        return f"/avb/{_section_dir(p)}/{p.slug}-{d:%d%H}"
    if p.outlet == "tagblatt":
        return f"/tagblatt/{_section_dir(p)}/{p.slug}-{d:%d%m}.html"
    if p.outlet == "diario":
        return f"/diario/{_section_dir(p)}/{d:%Y%m%d}/{p.slug}.html"
    if p.outlet == "today":
        return f"/today/{d:%Y/%m/%d}/{p.slug}/"
    return f"/{p.outlet}/{_section_dir(p)}/{d:%Y/%m/%d}/{p.slug}.html"


def amp_path(p: Piece) -> str:
    return page_path(p) + "/amp"


def path_aliases(pieces: Sequence[Piece]) -> dict[str, Piece]:
    """The other URLs an article is served under (the AMP copy of one article)."""
    return {amp_path(p): p for p in pieces if (p.outlet, p.slug) == AMP_PIECE}


def feed_path(key: str) -> str:
    kind = outlet(key).feed
    if kind.startswith("atom"):
        return f"/{key}/atom.xml"
    if kind.startswith("jsonfeed"):
        return f"/{key}/feed.json"
    return f"/{key}/feeds/rss.xml" if key == "posten" else f"/{key}/rss.xml"


def local(key: str, when: datetime) -> datetime:
    return pages.local(outlet(key).utc_offset, when)


version = pages.version


def _comments(p: Piece) -> str:
    start = sum(map(ord, p.slug)) % len(COMMENTS)
    picked = [COMMENTS[(start + i) % len(COMMENTS)] for i in range(3)]
    items = "".join(
        f'<li class="comment"><span class="user">{e(u)}</span> <span class="ago">{3 + i} hours ago</span>'
        f'<p>{e(c)}</p><a href="#">Reply</a> <a href="#">Report</a></li>'
        for i, (u, c) in enumerate(picked)
    )
    return (
        f'<section id="comments" class="comments"><h2>Reader comments ({len(picked)})</h2>'
        f'<ol class="comment-list">{items}</ol><p><a href="#">Sign in to comment</a></p></section>'
    )


def _meta(p: Piece, url: str, title: str, modified: datetime, *, jsonld: bool, charset: str) -> str:
    spec = outlet(p.outlet)
    at, mod = local(p.outlet, p.published), local(p.outlet, modified)
    ld = ""
    if jsonld:
        kind = "LiveBlogPosting" if p.shape == "live" else ("NewsArticle" if p.genre == "news" else "Article")
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
        ld = f'\n<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return (
        f"<head>\n{charset}\n<title>{e(title)} | {e(spec.name)}</title>\n"
        f'<link rel="canonical" href="{e(url)}">\n'
        f'<meta property="og:title" content="{e(title)}">\n'
        f'<meta property="og:site_name" content="{e(spec.name)}">\n'
        f'<meta property="article:published_time" content="{at.isoformat()}">\n'
        f'<meta property="article:modified_time" content="{mod.isoformat()}">\n'
        f'<meta name="author" content="{e(p.author)}">{ld}\n</head>'
    )


def _article(p: Piece, title: str, paragraphs: Sequence[str], modified: datetime, *, amp: bool) -> str:
    """The body in the outlet's house style."""
    spec = outlet(p.outlet)
    key, name = spec.key, spec.name
    at, mod = local(key, p.published), local(key, modified)
    text = pages.text_of(p.shape, paragraphs)
    paras = pages.paras(text)
    chrome = "amp" if amp else spec.chrome
    if chrome == "amp":
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a></header>
<article><h1>{e(title)}</h1><p class="byline">{e(p.author)}</p>
{paras}
</article>
<footer><a href="/{key}/">View the full site</a></footer>
</body>"""
    if chrome == "wire":
        return f"""<body>
<div class="topbar"><a href="/apn/">{e(name)}</a> <a href="/apn/world/">World</a> <a href="/apn/markets/">Markets</a></div>
<main><article class="story">
<h1 itemprop="headline">{e(title)}</h1>
<div class="meta">By {e(p.author)} | {at:%d} Nov 2026 {at:%H.%M} UTC</div>
<div class="story-body">
{paras}
</div>
<p class="code"><a href="/apn/code">The APN Code of Practice</a></p>
</article></main>
<footer>&copy; 2026 Aveland Press Network</footer>
</body>"""
    if chrome == "tabloid":
        more = (
            '<div class="read-more"><strong>READ MORE:</strong> '
            f'<a href="/{key}/news/x1.html">Lottery winner, 72, buys village pub</a> | '
            f'<a href="/{key}/news/x2.html">Dog rescued from frozen pond</a></div>'
        )
        return f"""<body>
<header class="masthead"><a href="/{key}/">THE CARROW BLAZE</a> <a href="/{key}/news/">News</a> <a href="/{key}/sport/">Sport</a></header>
<main><article>
<h1>{e(title)}</h1>
<p class="by">By {e(p.author.upper())}</p>
<p class="when">Published: {at:%H:%M}, {at.day} Nov 2026 | Updated: {mod:%H:%M}, {mod.day} Nov 2026</p>
<div class="body">
{pages.paras(text, interleave=more, after=1)}
</div>
<a class="count" href="#comments">Comments ({len(COMMENTS)})</a>
{_comments(p)}
</article>
<aside class="most-read"><h3>Most Read</h3><ol><li>Soap star's secret wedding</li><li>Pensioner's prize marrow</li></ol></aside>
</main>
<footer>&copy; Blaze Media 2026</footer>
</body>"""
    if chrome == "broadsheet":
        section = {"commentisfree": "Opinion", "carrow-news": "Carrow"}[_section_dir(p)]
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a><nav><a href="/{key}/carrow-news">News</a> <a href="/{key}/commentisfree">Opinion</a> <a href="/{key}/culture">Culture</a></nav></header>
<main><article>
<a class="section" href="/{key}/{_section_dir(p)}">{section}</a>
<h1>{e(title)}</h1>
<p class="contributor">{e(p.author)}</p>
<p class="dateline">{at:%a} {at.day} Nov 2026 {at:%H.%M} GMT</p>
<figure class="lead"><img src="/{key}/img/{p.slug}.jpg" alt=""><figcaption>Image caption: {e(title)}. Photograph: Gazette staff</figcaption></figure>
<div class="content__article-body">
{paras}
</div>
{_comments(p)}
<aside class="most-viewed"><h2>Most viewed</h2><ul><li>Carrow's best winter walks</li></ul></aside>
</article></main>
<footer>&copy; 2026 Carrow Gazette Media Group</footer>
</body>"""
    if chrome == "broadcaster":
        if p.shape == "live":
            entries = "\n".join(
                f'<article class="live-post"><header><time datetime="{when}:00Z">{when[-5:]}</time></header>'
                f"<p>{e(body)}</p></article>"
                for when, body in pages.live_entries(paragraphs)
            )
            content = f'<div class="live-stream"><p class="summary">Summary: latest updates below.</p>\n{entries}\n</div>'
        else:
            content = (
                f'<figure><div class="img"></div><figcaption>Image source, Aveland Broadcasting</figcaption></figure>\n'
                f"{paras}"
            )
        return f"""<body>
<header><a href="/avb/">AVB News</a> <a href="/avb/news/">Home</a> <a href="/avb/live/">Live</a> <a href="/avb/weather/">Weather</a></header>
<main id="main-content"><article>
<h1 id="main-heading">{e(title)}</h1>
<div class="byline"><span>{e(p.author)}</span> <time datetime="{mod.isoformat()}">{mod.day} November 2026</time></div>
{content}
<section class="related"><h2>Related Topics</h2><ul><li><a href="/avb/topics/carrow">Carrow</a></li></ul></section>
</article></main>
<footer>Copyright 2026 Aveland Broadcasting</footer>
</body>"""
    if chrome == "business":
        kicker = "Analysis" if p.genre == "analysis" else "Companies"
        return f"""<body>
<header><a href="/ledger/">{e(name)}</a> <a href="/ledger/companies/">Companies</a> <a href="/ledger/opinion/">Opinion</a></header>
<main><article>
<p class="kicker">{kicker}</p>
<h1>{e(title)}</h1>
<p class="author">{e(p.author)}</p>
<p class="pubdate">{mod.day} November 2026</p>
<div class="actions"><button>Save to myLedger</button> <button>Print</button></div>
<div class="article-content">
{paras}
</div>
</article></main>
<footer>&copy; The Aveland Ledger 2026</footer>
</body>"""
    if chrome == "german":
        mehr = (
            '<div class="mehr"><h3>Mehr zum Thema</h3><ul>'
            f'<li><a href="/{key}/region/a.html">Martinimarkt in Tannried eröffnet</a></li></ul></div>'
        )
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/region/">Region</a> <a href="/{key}/meinung/">Meinung</a> <a href="/{key}/sport/">Sport</a></header>
<main><article>
<p class="dachzeile">{"Kommentar" if p.genre != "news" else "Hochwald"}</p>
<h1>{e(title)}</h1>
<p class="autor">Von {e(p.author)} | {at:%d.%m.%Y, %H:%M} Uhr</p>
<div class="artikeltext">
{pages.paras(text, interleave=mehr, after=0)}
</div>
<p class="teilen">Artikel teilen: <a href="#">E-Mail</a> <a href="#">Messenger</a></p>
</article></main>
<footer>&copy; Hochwälder Tagblatt 2026</footer>
</body>"""
    if chrome == "regional":
        also = (
            '<aside class="relacionadas"><strong>Te puede interesar</strong> '
            f'<a href="/{key}/sucesos/x.html">La feria de invierno abre el viernes en San Telmo</a></aside>'
        )
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/sucesos/">Sucesos</a> <a href="/{key}/deportes/">Deportes</a></header>
<main><article>
<h1>{e(title)}</h1>
<p class="firma">{e(p.author)} · San Telmo · {at:%d.%m.%Y %H:%M}</p>
<div class="cuerpo">
{pages.paras(text, interleave=also, after=0)}
</div>
<div class="boletin">Suscríbete a nuestro boletín y recibe las noticias de Costa Serena.</div>
</article></main>
<footer>&copy; 2026 Diario de Costa Serena. Prohibida la reproducción total o parcial.</footer>
</body>"""
    if chrome == "portuguese":
        also = f'<p class="leia"><strong>Leia também</strong> <a href="/{key}/regiao/y.html">Feira do Miro bate recorde</a></p>'
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/regiao/">Região</a> <a href="/{key}/desporto/">Desporto</a></header>
<main><article>
<h1>{e(title)}</h1>
<p class="autor">{e(p.author)}</p><p class="data">{at:%d/%m/%Y} às {at:%H:%M}</p>
<div class="texto">
{pages.paras(text, interleave=also, after=1)}
</div>
<div class="nl">Assine a newsletter da Folha do Vale.</div>
<div class="partilhar">Partilhar</div>
</article></main>
<footer>&copy; 2026 Folha do Vale</footer>
</body>"""
    if chrome == "swedish":
        also = f'<p class="las-ocksa"><strong>Läs också:</strong> <a href="/{key}/nyheter/z.html">Isen lägger sig i Hällviks hamn</a></p>'
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/nyheter/">Nyheter</a> <a href="/{key}/sport/">Sport</a></header>
<main><article>
<h1>{e(title)}</h1>
<p class="byline">{e(p.author)} · Publicerad {at:%d.%m.%Y %H.%M}</p>
<div class="brodtext">
{pages.paras(text, interleave=also, after=0)}
</div>
<div class="nyhetsbrev">Prenumerera på vårt nyhetsbrev.</div>
<p class="dela">Dela artikeln</p>
</article></main>
<footer>&copy; 2026 Norrsundsposten</footer>
</body>"""
    if chrome == "local":
        rel = f'<p class="related">Related: <a href="/{key}/news/r.html">Bonfire night fireworks draw crowds</a></p>'
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/news/">News</a> <a href="/{key}/sport/">Sport</a></header>
<main><article>
<h1>{e(title)}</h1>
<p class="byline">{e(p.author)}, {at.day} November 2026</p>
<div class="entry">
{pages.paras(text, interleave=rel, after=0)}
<div class="sponsored">Sponsored: <a href="#">Winter boiler checks from 49 crowns</a></div>
</div>
<p class="tip">Share your news with the Echo: newsdesk@westmere-echo.example</p>
</article></main>
<footer>&copy; 2026 Westmere Echo</footer>
</body>"""
    if chrome == "sports":
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/football/">Football</a> <a href="/{key}/skiing/">Skiing</a></header>
<div class="scores-bar"><a href="/{key}/scores">Live scores</a></div>
<main><article>
<h1>{e(title)}</h1>
<p class="meta">{e(p.author)} · {at:%H:%M}, {at.day} Nov</p>
<div class="article-body">
{paras}
</div>
</article></main>
<footer>Touchline 2026</footer>
</body>"""
    if chrome == "magazine":
        return f"""<body>
<header><a href="/{key}/">{e(name)}</a> <a href="/{key}/opinion/">Opinion</a> <a href="/{key}/books/">Books</a></header>
<main><article>
<p class="rubric">{"Editorial" if p.author == spec.name else "Opinion"}</p>
<h1>{e(title)}</h1>
<div class="text">
{paras}
</div>
<p class="issue">From the issue of 6 November 2026.</p>
<div class="paywall-offer">Subscribe from 3 crowns a week.</div>
</article></main>
<footer>&copy; The Aveland Review 2026</footer>
</body>"""
    # digital
    return f"""<body>
<header><a href="/{key}/">{e(name)}</a></header>
<main>
<h1>{e(title)}</h1>
<p class="byline">{e(p.author)}</p>
{paras}
<aside><h4>Trending on Carrow Today</h4><ul><li>Ice rink opens in Halden Square</li></ul></aside>
</main>
<footer>&copy; 2026 Carrow Today</footer>
</body>"""


def article_page(p: Piece, base: str, until: datetime | None, *, amp: bool = False) -> tuple[Any, ...]:
    """(content type, body[, status]) of the article page as it stands at ``until``."""
    spec = outlet(p.outlet)
    url = base + page_path(p)
    if p.shape == "teaser":  # a paywall that refuses the fetcher outright
        refusal = (
            b"<!DOCTYPE html><html><body><h1>403 Forbidden</h1><p>Premium subscribers only.</p></body></html>"
        )
        return "text/html; charset=utf-8", refusal, 403
    title, paragraphs, modified = version(p, until)
    body = _article(p, title, paragraphs, modified, amp=amp)
    jsonld = spec.chrome in ("wire", "tabloid", "broadcaster", "business", "german") and not amp
    if spec.chrome == "regional":
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        doc = f'<!DOCTYPE html>\n<html lang="{p.language}">\n{_meta(p, url, title, modified, jsonld=jsonld, charset=meta)}\n{body}\n</html>'
        return "text/html; charset=windows-1252", doc.encode("cp1252", errors="xmlcharrefreplace")
    head = _meta(p, url, title, modified, jsonld=jsonld, charset='<meta charset="utf-8">')
    html_attr = f'lang="{p.language}" amp' if amp else f'lang="{p.language}"'
    return (
        "text/html; charset=utf-8",
        f"<!DOCTYPE html>\n<html {html_attr}>\n{head}\n{body}\n</html>".encode(),
    )


def _escaped_title(title: str) -> str:
    """A CMS that writes entities into its titles (the feed writer then escapes them again)."""
    return title.replace("&", "&#038;").replace('"', "&quot;").replace(" - ", " &ndash; ")


def feed(key: str, base: str, until: datetime | None, pieces: Sequence[Piece]) -> tuple[str, bytes]:
    """The outlet's feed as of ``until`` (items published after it are not in it yet)."""
    spec = outlet(key)
    kind = spec.feed
    items: list[FeedItem] = []
    for p in pieces:
        if p.outlet != key or (until is not None and p.published > until):
            continue
        title, paragraphs, modified = version(p, until)
        text = pages.text_of(p.shape, paragraphs)
        summary = text[0] if text else ""
        items.append(FeedItem(base + page_path(p), title, summary, p.published, modified, p.author))
        if kind == "rss-amp" and (p.outlet, p.slug) == AMP_PIECE:
            items.append(FeedItem(base + amp_path(p), title, summary, p.published, modified, p.author))
    items.sort(key=lambda it: it.published, reverse=True)
    home = f"{base}/{key}/"
    if kind.startswith("atom"):
        body = pages.atom_feed(
            spec,
            home,
            base + feed_path(key),
            items,
            empty_updated=datetime(2026, 11, 3, tzinfo=UTC),
            relative_to=base if kind == "atom-relative" else "",
        )
        return "application/atom+xml; charset=utf-8", body
    if kind.startswith("jsonfeed"):
        return "application/feed+json", pages.json_feed(spec, home, base + feed_path(key), items)
    title_of = _escaped_title if kind == "rss-entities" else None
    return "application/rss+xml; charset=utf-8", pages.rss_feed(spec, home, items, title_of=title_of)


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom 4", base, [(outlet(k), base + feed_path(k)) for k in keys])


def build_site(
    base: str,
    dead_base: str,
    *,
    until: datetime | None,
    outlets: Iterable[str],
    pieces: Sequence[Piece],
) -> dict[str, tuple[Any, ...]]:
    """Every path served -> (content type, body[, status]), as the site stands at ``until``."""
    del dead_base  # (no outlet here links to a dead host)
    keys = set(outlets)
    site = pages.outlet_frame(base, keys, outlet, feed_path, lambda k: feed(k, base, until, pieces))
    for p in pieces:
        if p.outlet in keys:
            site[page_path(p)] = article_page(p, base, until)
            if (p.outlet, p.slug) == AMP_PIECE:
                site[amp_path(p)] = article_page(p, base, until, amp=True)
    return site
