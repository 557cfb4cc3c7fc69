"""Render the second audit newsroom (newsroom2_content.py) as a web site, with the same
interface as newsroom_render.py (``build_site``, ``page_path``, ``feed_path``, ``opml``,
``FURNITURE``) plus ``path_aliases`` (the other URLs an article is served under).

Page shapes real sites have and the first newsroom lacks: a paywall teaser (two paragraphs
and a subscribe box), a tabloid's cookie banner, newsletter box and "MORE ON THIS STORY"
links inside the body, a broadcaster's "Listen to this article" bar and related-topics list,
a regional daily whose pages are windows-1252 (declared so in the header and a meta tag, with
typographic quotes and dashes), a live blog (timestamped entries, newest first), a photo
gallery (captions only), an editorial marked only by its section, an AMP copy of a page. Feed
shapes: links with ``utm_*`` parameters, an Atom feed whose entry links are relative to the
feed, titles with double-escaped HTML entities, one item listed twice (its URL and its AMP
URL), and an entry updated in place (same URL, new body and ``<updated>``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import newsroom_pages as pages
from newsroom2_content import OUTLETS, OutletSpec, Piece
from newsroom_pages import FeedItem, e

# Text of site furniture; none of it may appear in an extracted article.
FURNITURE = (
    "We use cookies to give you the best experience",
    "Get the Blaze Bulletin",
    "MORE ON THIS STORY",
    "Share this article",
    "Most read",
    "Subscribe to continue reading",
    "Listen to this article",
    "Related topics",
    "Related stories",
    "All rights reserved",
    "Alle Rechte vorbehalten",
    "Todos los derechos reservados",
    "Have your say",
)
_UTM = "?utm_source=rss&utm_medium=feed&utm_campaign=latest"
AMP_PIECE = ("newsline", "what-to-do-if-you-own-a-korrin-kettle")  # also listed under its AMP URL


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def _section_dir(p: Piece) -> str:
    if p.shape == "editorial":
        return "comment"
    if p.shape == "live":
        return "live"
    if p.shape == "gallery":
        return "pictures"
    return {"news": "news", "opinion": "opinion", "analysis": "analysis"}[p.genre]


def page_path(p: Piece) -> str:
    return f"/{p.outlet}/{_section_dir(p)}/2026/11/{p.published.day:02d}/{p.slug}.html"


def amp_path(p: Piece) -> str:
    return f"/{p.outlet}/amp/{_section_dir(p)}/2026/11/{p.published.day:02d}/{p.slug}.html"


def path_aliases(pieces: Sequence[Piece]) -> dict[str, Piece]:
    """Other paths (with query) an article's URL may be stored under: AMP and utm variants."""
    out: dict[str, Piece] = {}
    for p in pieces:
        out[page_path(p) + _UTM] = p
        out[amp_path(p)] = p
        out[amp_path(p) + _UTM] = p
    return out


def feed_path(key: str) -> str:
    return pages.feed_path(key, outlet(key).feed)


def feed_type(key: str) -> str:
    return pages.feed_type(outlet(key).feed)


def local(key: str, when: datetime) -> datetime:
    """A time as the outlet writes it (its own UTC offset)."""
    return pages.local(outlet(key).utc_offset, when)


version = pages.version


def _schema_type(p: Piece) -> str:
    if p.shape == "live":
        return "LiveBlogPosting"
    if p.outlet == "blaze":  # the tabloid's CMS marks every page a NewsArticle, columns too
        return "NewsArticle"
    return {"news": "NewsArticle", "opinion": "OpinionNewsArticle", "analysis": "AnalysisNewsArticle"}[
        p.genre
    ]


def _section(p: Piece) -> str:
    if p.shape == "editorial":
        return "Comment"
    return {"news": "News", "opinion": "Opinion", "analysis": "Analysis"}[p.genre]


_smart = pages.smart
_paras = pages.paras


def _head(
    p: Piece, url: str, name: str, title: str, modified: datetime, *, jsonld: bool, charset: str
) -> str:
    ld = ""
    if jsonld:
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": _schema_type(p),
            "headline": title,
            "datePublished": local(p.outlet, p.published).isoformat(),
            "dateModified": local(p.outlet, modified).isoformat(),
            "author": [{"@type": "Person", "name": p.author}],
            "publisher": {"@type": "Organization", "name": name},
            "articleSection": _section(p),
            "inLanguage": p.language,
            "mainEntityOfPage": url,
        }
        if p.shape == "teaser":
            data["isAccessibleForFree"] = False
        ld = f'\n  <script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return f"""<head>
  <meta charset="{charset}">
  <title>{e(title)} | {e(name)}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(name)}">
  <meta property="article:published_time" content="{local(p.outlet, p.published).isoformat()}">
  <meta property="article:modified_time" content="{local(p.outlet, modified).isoformat()}">
  <meta property="article:section" content="{_section(p)}">
  <meta name="author" content="{e(p.author)}">{ld}
</head>"""


def _footer(name: str, key: str, language: str) -> str:
    rights = {"de": "Alle Rechte vorbehalten", "es": "Todos los derechos reservados"}.get(
        language, "All rights reserved"
    )
    return f'<footer><p>&copy; 2026 {e(name)}. {rights}.</p><a href="/{key}/privacy">Privacy</a></footer>'


def _body_html(p: Piece, paragraphs: Sequence[str]) -> str:
    """The article's own content: paragraphs, or live entries, or gallery figures."""
    if p.shape == "live":
        entries = []
        for par in paragraphs:
            hhmm, _, text = par.partition(" ")
            entries.append(
                f'<div class="live-entry"><time datetime="2026-11-{p.published.day:02d}T{hhmm}:00Z">{hhmm}</time>'
                f"<p>{e(text)}</p></div>"
            )
        return "\n        ".join(entries)
    if p.shape == "gallery":
        figures = [
            f'<figure><img src="/{p.outlet}/img/{p.slug}-{i}.jpg" alt=""><figcaption>{e(c)}</figcaption></figure>'
            for i, c in enumerate(paragraphs, 1)
        ]
        return "\n        ".join(figures)
    return _paras(paragraphs)


def article_page(p: Piece, base: str, until: datetime | None, *, amp: bool = False) -> tuple[str, bytes]:
    """(content type, body) of the article page as it stands at ``until``."""
    spec = outlet(p.outlet)
    name, key = spec.name, spec.key
    url = base + page_path(p)
    title, paragraphs, modified = version(p, until)
    chrome = "plain" if amp else spec.chrome
    at = local(key, modified)
    when = f'<time datetime="{at.isoformat()}">{at:%d %B %Y, %H:%M} (UTC{at:%z})</time>'
    nav = (
        f'<nav class="main-nav"><a href="/{key}/">Home</a> <a href="/{key}/news/">News</a> '
        f'<a href="/{key}/opinion/">Opinion</a> <a href="/{key}/sport/">Sport</a></nav>'
    )
    footer = _footer(name, key, spec.language)
    byline = p.author if not p.syndicated else f"{p.author} (syndicated)"
    content = _body_html(p, paragraphs)
    if chrome == "wire":
        body = f"""<body>
  <header><a class="logo" href="/{key}/">{e(name)}</a>{nav}</header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <div class="meta">By {e(byline)} &middot; {when}</div>
      <div class="body">
        {content}
      </div>
      <div class="share">Share this article <a href="#">Mail</a> <a href="#">Copy link</a></div>
    </article>
    <aside><h2>Most read</h2><ol><li><a href="/{key}/news/x1.html">Currency steady against the euro</a></li>
    <li><a href="/{key}/news/x2.html">Frost warning for the northern valleys</a></li></ol></aside>
  </main>
  {footer}
</body>"""
    elif chrome == "tabloid":
        more = (
            '<div class="more-on"><strong>MORE ON THIS STORY</strong><ul>'
            f'<li><a href="/{key}/news/m1.html">Reality star in secret wedding on a yacht</a></li>'
            f'<li><a href="/{key}/news/m2.html">Pensioner, 92, wins lottery twice in one month</a></li></ul></div>'
        )
        signup = (
            '<div class="newsletter"><h3>Get the Blaze Bulletin</h3><p>The day\'s biggest stories, straight to '
            'your inbox.</p><form><input type="email"><button>Sign me up</button></form></div>'
        )
        body = f"""<body>
  <div id="cookie-consent">We use cookies to give you the best experience on our site. <button>Accept</button>
  <button>Manage choices</button></div>
  <header><a class="logo" href="/{key}/">{e(name)}</a>{nav}</header>
  <main>
    <article class="story">
      <h1>{e(title)}</h1>
      <p class="byline">By {e(byline)} {when}</p>
      <div class="share">Share this article</div>
      <div class="article-body">
        {_paras(paragraphs, interleave=more)}
        {signup}
      </div>
    </article>
    <section class="comments"><h2>Have your say</h2><p>Comments are closed on this article.</p></section>
  </main>
  {footer}
</body>"""
    elif chrome == "broadcaster":
        body = f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{nav}</header>
  <main id="main-content">
    <article>
      <h1>{e(title)}</h1>
      <div class="byline">{e(byline)} &middot; {when}</div>
      <div class="audio-player"><button>Listen to this article</button> <span>3 minutes</span></div>
      <div class="story-body">
        {content}
      </div>
      <section class="related-topics"><h2>Related topics</h2><ul><li><a href="/{key}/topics/dunhollow">Dunhollow</a></li>
      <li><a href="/{key}/topics/saltreach">Saltreach</a></li><li><a href="/{key}/topics/transport">Transport</a></li></ul></section>
    </article>
  </main>
  {footer}
</body>"""
    elif chrome == "business":
        paywall = (
            '<div class="paywall"><h2>Subscribe to continue reading</h2><p>Get unlimited access to The '
            "Financial Standard's journalism from 4.99 crowns a week. Already a subscriber? Sign in.</p></div>"
            if p.shape == "teaser"
            else ""
        )
        body = f"""<body>
  <header><a class="logo" href="/{key}/">{e(name)}</a>{nav}</header>
  <main>
    <article>
      <p class="kicker">{_section(p)}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(p.author)} &middot; {when}</p>
      <div class="article-content">
        {content}
      </div>
      {paywall}
    </article>
    <aside><h2>Most read</h2><ul><li><a href="/{key}/markets/y1.html">Bond yields edge lower</a></li></ul></aside>
  </main>
  {footer}
</body>"""
    elif chrome == "regional":
        related = (
            '<div class="related"><h3>Related stories</h3><ul>'
            f'<li><a href="/{key}/news/r1.html">Council approves new car park at Kettlewick station</a></li>'
            f'<li><a href="/{key}/news/r2.html">Dunhollow Rovers sign goalkeeper on loan</a></li></ul></div>'
        )
        body = f"""<body>
  <header><div class="masthead"><a href="/{key}/">{e(name)}</a></div>{nav}</header>
  <main>
    <div class="article">
      <h1 class="headline">{e(_smart(title))}</h1>
      <p class="byline">{e(byline)} &mdash; {when}</p>
      <div class="article-body">
        {_paras([_smart(x) for x in paragraphs], interleave=related)}
      </div>
    </div>
    <aside class="most-read"><h2>Most read</h2><ul><li><a href="/{key}/news/r3.html">Half-term bin
    collections</a></li></ul></aside>
  </main>
  {footer}
</body>"""
    elif chrome == "paper":
        body = f"""<body>
  <header><div class="masthead"><a href="/{key}/">{e(name)}</a></div>{nav}</header>
  <main>
    <div class="article">
      <p class="section-label">{_section(p)}</p>
      <h1 class="headline">{e(title)}</h1>
      <p class="byline">{e(byline)} &mdash; {when}</p>
      <div class="article-body">
        {content}
      </div>
    </div>
    <aside class="most-read"><h2>Most read</h2><ul><li><a href="/{key}/news/p1.html">Ferry fares frozen for
    winter</a></li></ul></aside>
  </main>
  {footer}
</body>"""
    else:  # plain (also every AMP page)
        amp_note = f'<p class="amp-note"><a href="{e(url)}">View the full site</a></p>' if amp else ""
        body = f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{nav}</header>
  <main>
    <h1>{e(title)}</h1>
    <p>{e(byline)}, {when}</p>
    {content}
    {amp_note}
  </main>
  {footer}
</body>"""
    if chrome == "regional":
        head = _head(p, url, name, _smart(title), modified, jsonld=False, charset="windows-1252")
        doc = f'<!DOCTYPE html>\n<html lang="{p.language}">\n{head}\n{body}\n</html>'
        return "text/html; charset=windows-1252", doc.encode("cp1252")
    jsonld = chrome in ("wire", "tabloid", "business", "broadcaster") or p.shape == "live"
    head = _head(p, url, name, title, modified, jsonld=jsonld, charset="utf-8")
    html_attr = f'lang="{p.language}" amp' if amp else f'lang="{p.language}"'
    doc = f"<!DOCTYPE html>\n<html {html_attr}>\n{head}\n{body}\n</html>"
    return "text/html; charset=utf-8", doc.encode()


def _summary(paragraphs: Sequence[str]) -> str:
    return paragraphs[0] if paragraphs else ""


def _entity_title(title: str) -> str:
    """A CMS that HTML-escapes titles before its XML writer escapes them again."""
    return title.replace("&", "&amp;").replace("'", "&#8217;")


def feed(key: str, base: str, until: datetime | None, pieces: Sequence[Piece]) -> tuple[str, bytes]:
    """The outlet's feed as of ``until`` (items published after it are not in it yet)."""
    spec = outlet(key)
    kind = spec.feed
    items: list[FeedItem] = []
    for p in pieces:
        if p.outlet != key or (until is not None and p.published > until):
            continue
        title, paragraphs, modified = version(p, until)
        url = base + page_path(p)
        if kind == "rss-utm":
            url += _UTM
        items.append(FeedItem(url, title, _summary(paragraphs), p.published, modified, p.author))
        if kind == "jsonfeed-amp" and (p.outlet, p.slug) == AMP_PIECE:
            items.append(
                FeedItem(
                    base + amp_path(p) + _UTM, title, _summary(paragraphs), p.published, modified, p.author
                )
            )
    items.sort(key=lambda it: it.published, reverse=True)
    home = f"{base}/{key}/"
    if kind.startswith("atom"):
        body = pages.atom_feed(
            spec,
            home,
            base + feed_path(key),
            items,
            empty_updated=datetime(2026, 11, 3, tzinfo=UTC),
            relative_to=home if kind == "atom-relative" else "",
        )
        return "application/atom+xml; charset=utf-8", body
    if kind.startswith("jsonfeed"):
        return "application/feed+json; charset=utf-8", pages.json_feed(
            spec, home, base + feed_path(key), items
        )
    title_of = _entity_title if kind == "rss-entities" else None
    return "application/rss+xml; charset=utf-8", pages.rss_feed(spec, home, items, title_of=title_of)


def homepage(key: str, base: str) -> bytes:
    return pages.homepage(outlet(key), base + feed_path(key), feed_type(key))


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom 2", base, [(outlet(k), base + feed_path(k)) for k in keys])


def build_site(
    base: str,
    dead_base: str,
    *,
    until: datetime | None,
    outlets: Iterable[str],
    pieces: Sequence[Piece],
) -> dict[str, tuple[str, bytes]]:
    """Every path served -> (content type, body), as the site stands at ``until``. (No outlet
    here links to the dead host: ``dead_base`` is taken for the same signature as the first
    newsroom's renderer.)"""
    del dead_base
    keys = set(outlets)
    site: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n")}
    for key in keys:
        site[f"/{key}/"] = ("text/html; charset=utf-8", homepage(key, base))
        site[feed_path(key)] = feed(key, base, until, pieces)
    for p in pieces:
        if p.outlet in keys:
            site[page_path(p)] = article_page(p, base, until)
            if (p.outlet, p.slug) == AMP_PIECE:
                site[amp_path(p)] = article_page(p, base, until, amp=True)
    return site
