"""Render the audit newsroom (newsroom_content.py) as a web site: article pages with site chrome,
RSS / Atom / JSON feeds, homepages with feed autodiscovery, an OPML list, and the broken
inputs (a feed that is not XML, one that 404s, one with a wrong declared encoding, a page
over the size limit, items linking to a host that refuses connections).

Five page templates imitate what real sites wrap around an article: a wire service's
JSON-LD and credit line, a tabloid's cookie banner, "READ MORE" links and newsletter box
inside the body, a paper's article-body div with a most-read box, a magazine's standfirst
and author bio, and a plain page with only a ``<time>``. Every piece of furniture text is
listed in ``FURNITURE`` so the audit can check none of it reached a stored article.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import newsroom_pages as pages
from newsroom_content import LOWMOOR_ITEMS, OUTLETS, OVERSIZE_ITEM, OutletSpec, Piece

e = html.escape

# Text of site furniture; none of it may appear in an extracted article.
FURNITURE = (
    "We use cookies to improve your experience",
    "Sign up for the Klaxon Daily",
    "READ MORE:",
    "Share this article",
    "Most read this week",
    "is a columnist for The Ledger Review",
    "Subscribe for full access",
    "Reader Jory wrote",
    "All rights reserved",
)
MAX_BYTES_DEFAULT = 10_000_000  # plainwire's max_bytes default; the oversize page exceeds it


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def page_path(p: Piece) -> str:
    section = {"news": "news", "opinion": "opinion", "analysis": "analysis"}[p.genre]
    return f"/{p.outlet}/{section}/2026/10/{p.published.day:02d}/{p.slug}.html"


def feed_path(key: str) -> str:
    kind = outlet(key).feed
    if kind == "atom":
        return f"/{key}/atom.xml"
    if kind == "jsonfeed":
        return f"/{key}/feed.json"
    return f"/{key}/rss.xml"


def feed_type(key: str) -> str:
    kind = outlet(key).feed
    return {"atom": "application/atom+xml", "jsonfeed": "application/feed+json"}.get(
        kind, "application/rss+xml"
    )


def local(key: str, when: datetime) -> datetime:
    """A time as the outlet writes it (its own UTC offset)."""
    return when.astimezone(timezone(timedelta(hours=outlet(key).utc_offset)))


def _schema_type(p: Piece) -> str:
    return {"news": "NewsArticle", "opinion": "OpinionNewsArticle", "analysis": "AnalysisNewsArticle"}[
        p.genre
    ]


def _section(p: Piece) -> str:
    return {"news": "News", "opinion": "Opinion", "analysis": "Analysis"}[p.genre]


def _paras(paragraphs: Iterable[str], *, interleave: str = "") -> str:
    out = []
    for i, par in enumerate(paragraphs):
        # "## " marks a subhead inside the article, as long reads have.
        out.append(f"<h2>{e(par[3:])}</h2>" if par.startswith("## ") else f"<p>{e(par)}</p>")
        if interleave and i == 1:
            out.append(interleave)
    return "\n        ".join(out)


def _head(p: Piece, url: str, name: str, *, jsonld: bool, lang: str) -> str:
    ld = ""
    if jsonld:
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": _schema_type(p),
            "headline": p.title,
            "datePublished": local(p.outlet, p.published).isoformat(),
            "dateModified": local(p.outlet, p.published).isoformat(),
            "author": [{"@type": "Person", "name": p.author}],
            "publisher": {"@type": "Organization", "name": name},
            "articleSection": _section(p),
            "inLanguage": lang,
            "mainEntityOfPage": url,
        }
        ld = f'\n  <script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return f"""<head>
  <meta charset="utf-8">
  <title>{e(p.title)} | {e(name)}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:title" content="{e(p.title)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(name)}">
  <meta property="article:published_time" content="{local(p.outlet, p.published).isoformat()}">
  <meta property="article:section" content="{_section(p)}">
  <meta name="author" content="{e(p.author)}">{ld}
</head>"""


def article_page(p: Piece, base: str) -> str:
    spec = outlet(p.outlet)
    name, key = spec.name, spec.key
    url = base + page_path(p)
    lang = p.language
    chrome = spec.chrome
    at = local(key, p.published)
    when = f'<time datetime="{at.isoformat()}">{at:%d %B %Y, %H:%M} (UTC{at:%z})</time>'
    nav = (
        f'<nav class="main-nav"><a href="/{key}/">Home</a> <a href="/{key}/news/">News</a> '
        f'<a href="/{key}/opinion/">Opinion</a> <a href="/{key}/sport/">Sport</a></nav>'
    )
    comments = (
        '<section class="comments"><h2>Comments (2)</h2><div class="comment"><p>Reader Jory wrote: '
        'first! this site gets worse every year.</p></div><div class="comment"><p>Reader Mott: the council '
        "should resign, all of them.</p></div></section>"
    )
    footer = f'<footer><p>&copy; 2026 {e(name)}. All rights reserved.</p><a href="/{key}/privacy">Privacy</a></footer>'
    byline = p.author if not p.syndicated else f"{p.author} (syndicated)"
    if chrome == "wire":
        credit = (
            ""
            if not p.paragraphs
            else f'<p class="credit">(Reporting by {e(p.author)}; editing by Karl Moe)</p>'
        )
        body = f"""<body>
  <header><a class="logo" href="/{key}/">{e(name)}</a>{nav}</header>
  <main>
    <article>
      <h1>{e(p.title)}</h1>
      <div class="meta">By {e(byline)} &middot; {when}</div>
      <div class="body">
        {_paras(p.paragraphs)}
        {credit}
      </div>
      <div class="share">Share this article <a href="#">Mail</a> <a href="#">Copy link</a></div>
    </article>
    <aside><h2>Most read this week</h2><ol><li><a href="/{key}/news/a.html">Markets close higher</a></li>
    <li><a href="/{key}/news/b.html">Weather: a dry weekend ahead</a></li></ol></aside>
  </main>
  {footer}
</body>"""
    elif chrome == "tabloid":
        read_more = (
            f'<div class="read-more"><strong>READ MORE:</strong> <a href="/{key}/news/celebrity.html">'
            "Soap star's secret wedding revealed</a></div>"
        )
        signup = (
            '<div class="newsletter"><h3>Sign up for the Klaxon Daily</h3><p>The stories everyone is talking '
            'about, in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>'
        )
        body = f"""<body>
  <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  <header><a class="logo" href="/{key}/">{e(name)}</a>{nav}</header>
  <div class="ad">Advertisement</div>
  <main>
    <article class="story">
      <h1>{e(p.title)}</h1>
      <p class="byline">By {e(byline)} {when}</p>
      <div class="share">Share this article</div>
      <div class="article-body">
        {_paras(p.paragraphs, interleave=read_more)}
        {signup}
      </div>
    </article>
    {comments}
  </main>
  {footer}
</body>"""
    elif chrome == "paper":
        body = f"""<body>
  <header><div class="masthead"><a href="/{key}/">{e(name)}</a></div>{nav}</header>
  <main>
    <div class="article">
      <h1 class="headline">{e(p.title)}</h1>
      <p class="byline">{e(byline)} &mdash; {when}</p>
      <div class="article-body">
        {_paras(p.paragraphs)}
      </div>
    </div>
    <aside class="most-read"><h2>Most read this week</h2><ul><li><a href="/{key}/news/c.html">Bin collections change
    over half term</a></li><li><a href="/{key}/news/d.html">Bakery wins county prize</a></li></ul></aside>
    {comments}
  </main>
  {footer}
</body>"""
    elif chrome == "magazine":
        bio_name = p.author.split(",")[0].removeprefix("Columnist: ")
        body = f"""<body>
  <header><a class="logo" href="/{key}/">{e(name)}</a>{nav}</header>
  <div class="paywall-note">Subscribe for full access to The Ledger Review.</div>
  <main>
    <article>
      <p class="kicker">{_section(p)}</p>
      <h1>{e(p.title)}</h1>
      <p class="byline">{e(p.author)} &middot; {when}</p>
      <div class="article-content">
        {_paras(p.paragraphs)}
      </div>
      <div class="author-bio"><p>{e(bio_name)} is a columnist for The Ledger Review.</p></div>
    </article>
  </main>
  {footer}
</body>"""
    else:  # plain
        body = f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{nav}</header>
  <main>
    <h1>{e(p.title)}</h1>
    <p>{e(byline)}, {when}</p>
    {_paras(p.paragraphs)}
  </main>
  {footer}
</body>"""
    jsonld = chrome in ("wire", "magazine", "tabloid")
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n{_head(p, url, name, jsonld=jsonld, lang=lang)}\n{body}\n</html>'


def oversize_page(base: str, size: int) -> bytes:
    """A photo gallery page whose inline images push it over the size limit."""
    key, slug, title, published = OVERSIZE_ITEM
    pic = (
        '<figure><img src="data:image/jpeg;base64,'
        + "QUJD" * 25_000
        + '"><figcaption>Smoke</figcaption></figure>\n'
    )
    head = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<h1>{title}</h1><p>Photographs of the fire on the Quayside estate.</p>"
    )
    n = size // len(pic) + 1
    return (head + pic * n + "</body></html>").encode()


def _smart(text: str) -> str:
    """Typographic quotes and dashes, as a CMS writes them into a feed."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def _summary(p: Piece) -> str:
    return " ".join(p.paragraphs[:1]) if p.paragraphs else ""


def feed(
    key: str, base: str, until: datetime | None, dead_base: str, pieces: Sequence[Piece]
) -> tuple[str, bytes] | None:
    """The outlet's feed as of ``until`` (items published after it are not in it yet)."""
    spec = outlet(key)
    kind = spec.feed
    name = spec.name
    if kind == "missing":
        return None
    if kind == "not-xml":  # a CMS error page served where the feed should be
        doc = (
            "<html><head><title>Service unavailable</title></head><body><h1>We'll be back soon</h1>"
            "<p>The Quarry Hill Bugle website is undergoing maintenance.</p></body></html>"
        )
        return "application/rss+xml; charset=utf-8", doc.encode()
    items: list[tuple[str, str, str, datetime, str]] = []  # url, title, summary, published, author
    for p in pieces:
        if p.outlet == key and (until is None or p.published <= until):
            items.append((base + page_path(p), p.title, _summary(p), p.published, p.author))
    if key == OVERSIZE_ITEM[0] and (until is None or OVERSIZE_ITEM[3] <= until):
        _, slug, title, published = OVERSIZE_ITEM
        items.append(
            (f"{base}/{key}/news/2026/10/{published.day:02d}/{slug}.html", title, "", published, "Photo desk")
        )
    if kind == "rss-dead-links":
        for slug, title, published in LOWMOOR_ITEMS:
            if until is None or published <= until:
                items.append((f"{dead_base}/{key}/news/{slug}.html", title, "", published, "Lowmoor staff"))
    items.sort(key=lambda it: it[3], reverse=True)
    home = f"{base}/{key}/"
    if kind == "atom":
        updated = items[0][3].isoformat() if items else "2026-10-13T00:00:00+00:00"
        entries = "".join(
            f'<entry><title>{e(t)}</title><link rel="alternate" href="{e(u)}"/><id>{e(u)}</id>'
            f"<published>{d.isoformat()}</published><updated>{d.isoformat()}</updated>"
            f"<author><name>{e(a)}</name></author><summary>{e(s)}</summary></entry>"
            for u, t, s, d, a in items
        )
        body = (
            f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>{e(name)}</title><id>{home}</id><link rel="self" href="{base}{feed_path(key)}"/>'
            f'<link href="{home}"/><updated>{updated}</updated>{entries}</feed>'
        )
        return "application/atom+xml; charset=utf-8", body.encode()
    if kind == "jsonfeed":
        data = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": name,
            "home_page_url": home,
            "feed_url": base + feed_path(key),
            "language": spec.language,
            "items": [
                {
                    "id": u,
                    "url": u,
                    "title": t,
                    "summary": s,
                    "date_published": d.isoformat(),
                    "authors": [{"name": a}],
                }
                for u, t, s, d, a in items
            ],
        }
        return "application/feed+json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode()
    wrong_encoding = kind == "rss-wrong-encoding"
    xml_items = "".join(
        f"<item><title>{e(_smart(t) if wrong_encoding else t)}</title><link>{e(u)}</link>"
        f'<guid isPermaLink="true">{e(u)}</guid><pubDate>{format_datetime(local(key, d))}</pubDate>'
        f"<dc:creator>{e(a)}</dc:creator>"
        f"<description>{e(_smart(s) if wrong_encoding else s)}</description></item>"
        for u, t, s, d, a in items
    )
    channel_desc = "Northgate\u2019s news \u2014 caf\u00e9s, chips and council" if wrong_encoding else "News"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{e(name)}</title><link>{home}</link><description>{e(channel_desc)}</description>"
        f"<language>{spec.language}</language>{xml_items}</channel></rss>"
    )
    # The wrong-encoding feed declares UTF-8 but its CMS writes Windows-1252 bytes.
    raw = body.encode("cp1252") if wrong_encoding else body.encode()
    return "application/rss+xml; charset=utf-8", raw


def homepage(key: str, base: str) -> bytes:
    return pages.homepage(outlet(key), base + feed_path(key), feed_type(key))


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom", base, [(outlet(k), base + feed_path(k)) for k in keys])


def build_site(
    base: str,
    dead_base: str,
    *,
    until: datetime | None,
    outlets: Iterable[str],
    pieces: Sequence[Piece],
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> dict[str, tuple[str, bytes]]:
    """Every path served → (content type, body), as the site stands at ``until``."""
    keys = set(outlets)
    site: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n")}
    for key in keys:
        site[f"/{key}/"] = ("text/html; charset=utf-8", homepage(key, base))
        f = feed(key, base, until, dead_base, pieces)
        if f is not None:
            site[feed_path(key)] = f
    for p in pieces:
        if p.outlet in keys:
            site[page_path(p)] = ("text/html; charset=utf-8", article_page(p, base).encode())
    key, slug, _title, published = OVERSIZE_ITEM
    if key in keys:
        site[f"/{key}/news/2026/10/{published.day:02d}/{slug}.html"] = (
            "text/html; charset=utf-8",
            oversize_page(base, max_bytes + 500_000),
        )
    return site
