"""Render the third audit newsroom (newsroom3_content.py) as a web site, with the interface of
the other renderers (``build_site``, ``page_path``, ``feed_path``, ``opml``, ``FURNITURE``)
plus ``DATELINES`` (patterns of byline-time and dateline text no page may show).

House styles unlike the second newsroom's: a wire whose reports open with a dateline and end
with a "Reporting by ... ; Editing by ..." credit; a tabloid with "DON'T MISS" links, a share
bar and a newsletter box inside the body; a broadcaster with a video caption and a "Follow us"
line in the body; a broadsheet with a support box, "Last modified on" line and its leader
column under /voices/; a business paper with a "Gift this article" bar; a French paper in
ISO-8859-1 with "À lire aussi"; an Italian paper served with a wrong charset header (ISO-8859-1)
for UTF-8 pages and "Leggi anche"; a Dutch paper with a "Lees ook:" paragraph; a sports site,
two local sites with "ADVERTISEMENT" slots and a "Read next:" paragraph, and a magazine whose
viewpoints carry an author bio. No page uses schema.org's opinion types: opinion is marked by
section, URL and headline only. Feeds: an RSS item with no link, JSON Feed items with no URL or
a relative one, an Atom entry updated in place (a correction).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import newsroom_pages as pages
from newsroom3_content import BROKEN_JSON_ITEMS, BROKEN_RSS_ITEM, OUTLETS, OutletSpec, Piece
from newsroom_pages import FeedItem, e

# Text of site furniture; none of it may appear in an extracted article.
FURNITURE = (
    "Reporting by",
    "Our Standards: The VPA Trust Principles",
    "Sign up to our free newsletter",
    "DON'T MISS",
    "Share on Facebook",
    "Comments (",
    "Watch: ",
    "Follow Radio Venn News",
    "Support independent journalism",
    "Last modified on",
    "Explore more on these topics",
    "Reuse this content",
    "Gift this article",
    "Markets data delayed",
    "\u00c0 lire aussi",
    "Abonnez-vous \u00e0 notre lettre",
    "Tous droits r\u00e9serv\u00e9s",
    "Leggi anche",
    "Iscriviti alla newsletter",
    "Riproduzione riservata",
    "Lees ook",
    "Meld je aan voor onze nieuwsbrief",
    "Alle rechten voorbehouden",
    "Transfer Centre LIVE",
    "Trending now",
    "ADVERTISEMENT",
    "Got a story?",
    "Read next:",
    "This article appears in the",
    "The views expressed",
)
# A wire dateline or a byline time as a page's own text ("BREVIK, Nov 17 (VPA) -",
# "Thu 19 Nov 2026 08.30 GMT", "November 17, 2026 8:10 AM GMT", "18/11/2026 16:00").
DATELINES = (
    re.compile(r"\b[A-Z][A-Z-]+(?: [A-Z][A-Z-]+)*, [A-Z][a-z]{2} \d{1,2} \([A-Z]+\)"),
    re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2}"),
    re.compile(r"\b[A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M\b"),
    re.compile(r"\b\d{2}/\d{2}/\d{4},? \d{2}[:.]\d{2}\b"),
    re.compile(r"\bUpdated \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}"),
)
FEED_ERRORS_EXPECTED = ("clarion", "record")  # feeds with a broken item (the rest must still be read)


def outlet(key: str) -> OutletSpec:
    return next(o for o in OUTLETS if o.key == key)


def _section_dir(p: Piece) -> str:
    if p.shape == "leader":
        return "voices/leader"
    if p.shape == "obituary":
        return "obituaries"
    if p.genre != "news":
        return {"forum": "perspectives", "corriere": "commenti", "echo": "tribunes"}.get(p.outlet, "voices")
    return {
        "echo": "actualite",
        "corriere": "cronaca",
        "dagblad": "nieuws",
        "pitchside": "transfers",
        "healthdesk": "health",
        "record": "companies",
    }.get(p.outlet, "news")


def page_path(p: Piece) -> str:
    if p.outlet == "vpa":
        return f"/vpa/article/{p.slug}-id{p.published:%d%H%M}"
    ext = {"corriere": ".shtml", "echo": ".php", "chronicle": "", "forum": "/"}.get(p.outlet, ".html")
    return f"/{p.outlet}/{_section_dir(p)}/{p.published:%Y/%m/%d}/{p.slug}{ext}"


def feed_path(key: str) -> str:
    kind = outlet(key).feed
    if kind.startswith("atom"):
        return f"/{key}/feeds/atom.xml"
    if kind.startswith("jsonfeed"):
        return f"/{key}/feed.json"
    return f"/{key}/rss"


def feed_type(key: str) -> str:
    return pages.feed_type(outlet(key).feed)


def local(key: str, when: datetime) -> datetime:
    return pages.local(outlet(key).utc_offset, when)


version = pages.version


def _section(p: Piece) -> str:
    if p.shape == "leader":
        return "Leader"
    if p.shape == "obituary":
        return "Obituaries"
    if p.genre != "news":
        return {"forum": "Perspectives", "corriere": "L'opinione", "echo": "Tribune"}.get(p.outlet, "Voices")
    return {
        "echo": "Actualit\u00e9",
        "corriere": "Cronaca",
        "dagblad": "Nieuws",
        "pitchside": "Transfers",
    }.get(p.outlet, "News")


def _head(p: Piece, url: str, title: str, modified: datetime, *, jsonld: bool, charset_meta: str) -> str:
    spec = outlet(p.outlet)
    ld = ""
    if jsonld:
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            # No opinion types anywhere in this set: a leader is a plain "Article".
            "@type": "NewsArticle" if p.genre == "news" else "Article",
            "headline": title,
            "datePublished": local(p.outlet, p.published).isoformat(),
            "dateModified": local(p.outlet, modified).isoformat(),
            "author": [{"@type": "Person", "name": p.author}],
            "publisher": {"@type": "Organization", "name": spec.name},
            "articleSection": _section(p),
            "inLanguage": p.language,
        }
        ld = f'\n  <script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return f"""<head>
  {charset_meta}
  <title>{e(title)} - {e(spec.name)}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{local(p.outlet, p.published).isoformat()}">
  <meta property="article:modified_time" content="{local(p.outlet, modified).isoformat()}">
  <meta property="article:section" content="{e(_section(p))}">
  <meta name="author" content="{e(p.author)}">{ld}
</head>"""


def _nav(key: str, labels: Sequence[str]) -> str:
    return (
        '<nav class="site-nav">'
        + " ".join(f'<a href="/{key}/{x.lower()}/">{e(x)}</a>' for x in labels)
        + "</nav>"
    )


def _body(p: Piece, title: str, paragraphs: Sequence[str], modified: datetime) -> str:
    """The page body in the outlet's house style."""
    spec = outlet(p.outlet)
    key, name = spec.key, spec.name
    at = local(key, p.published)
    mod = local(key, modified)
    content = pages.paras(paragraphs)
    chrome = spec.chrome
    if chrome == "agency":
        return f"""<body>
  <header><a href="/vpa/">{e(name)}</a>{_nav(key, ("World", "Business", "Sport"))}</header>
  <main>
    <article>
      <h1 data-testid="Heading">{e(title)}</h1>
      <div class="article-byline">By {e(p.author)}</div>
      <time datetime="{at.isoformat()}">{at:%B} {at.day}, {at:%Y} {at:%I:%M %p} GMT</time>
      <div id="article-text">
        {content}
        <p class="credit">Reporting by {e(p.author)}; Editing by Tomas Brink</p>
      </div>
      <p class="standards"><a href="/vpa/trust">Our Standards: The VPA Trust Principles.</a></p>
    </article>
  </main>
  <footer>&copy; 2026 {e(name)}</footer>
</body>"""
    if chrome == "redtop":
        dont_miss = (
            '<div class="dont-miss"><h4>DON\'T MISS</h4><ul>'
            f'<li><a href="/{key}/news/dm1.html">Soap star reveals secret twin on live TV</a></li>'
            f'<li><a href="/{key}/news/dm2.html">Gran, 97, skydives for charity</a></li></ul></div>'
        )
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("News", "Showbiz", "Sport", "Money"))}</header>
  <main>
    <article>
      <h1 class="headline">{e(title)}</h1>
      <div class="author">{e(p.author)} <span class="date">{at:%H:%M}, {at:%d %b %Y}</span></div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on WhatsApp</a></div>
      <div class="article-body">
        {pages.paras(paragraphs, interleave=dont_miss, after=0)}
        <div class="newsletter-signup"><p>Sign up to our free newsletter for the top stories every morning</p>
        <input type="email" placeholder="Your email"><button>Sign up</button></div>
      </div>
      <div class="comments-count"><a href="#comments">Comments (34)</a></div>
    </article>
  </main>
  <footer>&copy; {e(name)} 2026</footer>
</body>"""
    if chrome == "radio":
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("Home", "News", "Weather", "Listen"))}</header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <div class="byline">{e(p.author)} <time datetime="{at.isoformat()}">{at:%d/%m/%Y %H:%M}</time></div>
      <div class="rich-text">
        <figure class="video"><div class="player"></div><figcaption>Watch: our reporter at the scene (2:14)</figcaption></figure>
        {content}
        <p class="follow">Follow Radio Venn News on social media for the latest updates.</p>
      </div>
    </article>
  </main>
  <footer>Radio Venn &copy; 2026</footer>
</body>"""
    if chrome == "broadsheet":
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("News", "Voices", "Culture", "Obituaries"))}</header>
  <main>
    <article>
      <div class="kicker">{e(_section(p))}</div>
      <h1>{e(title)}</h1>
      <address>{e(p.author)}</address>
      <div class="dateline">{at:%a %d %b %Y %H.%M} GMT</div>
      <div class="modified">Last modified on {mod:%a %d %b %Y %H.%M} GMT</div>
      <div class="article-body-commercial-selector">
        {pages.paras(paragraphs)}
      </div>
      <aside class="contributions-epic"><h2>Support independent journalism</h2><p>The Chronicle is
      read by more people than ever. Give from 2 thalers a month.</p></aside>
      <div class="submeta"><h3>Explore more on these topics</h3><ul><li>Brevik</li><li>Hollin</li></ul>
      <a href="#">Reuse this content</a></div>
    </article>
  </main>
  <footer>&copy; 2026 Brevik Chronicle Ltd</footer>
</body>"""
    if chrome == "business":
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("Companies", "Markets", "Opinion"))}</header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(p.author)}</p>
      <p class="timestamp">Updated {mod.day} {mod:%B %Y} at {mod:%H:%M} UTC</p>
      <div class="tools"><button>Gift this article</button> <button>Save</button></div>
      <div class="article-text">
        {content}
      </div>
    </article>
  </main>
  <footer><p>Markets data delayed by at least 15 minutes. &copy; 2026 {e(name)}</p></footer>
</body>"""
    if chrome == "latin1":
        also = (
            '<div class="a-lire"><strong>\u00c0 lire aussi</strong> '
            f'<a href="/{key}/actualite/march\u00e9.php">Le march\u00e9 de No\u00ebl ouvre vendredi</a></div>'
        )
        nav_fr = _nav(key, ("Actualit\u00e9", "R\u00e9gion", "Sports"))
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{nav_fr}</header>
  <main>
    <article>
      <p class="rubrique">{e(_section(p))}</p>
      <h1>{e(title)}</h1>
      <p class="signature">Par {e(p.author)}, le {at:%d/%m/%Y} \u00e0 {at:%Hh%M}</p>
      <div class="texte">
        {pages.paras(paragraphs, interleave=also, after=1)}
      </div>
      <div class="partage">Partager sur <a href="#">Facebook</a> <a href="#">X</a></div>
      <div class="lettre">Abonnez-vous \u00e0 notre lettre d'information quotidienne.</div>
    </article>
  </main>
  <footer>&copy; 2026 {e(name)}. Tous droits r\u00e9serv\u00e9s.</footer>
</body>"""
    if chrome == "italian":
        also = (
            '<p class="leggi-anche"><strong>Leggi anche</strong> '
            f'<a href="/{key}/cronaca/fiera.shtml">Pianello, torna la fiera di San Martino</a></p>'
        )
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("Cronaca", "Sport", "Opinioni"))}</header>
  <main>
    <article>
      <p class="occhiello">{e(_section(p))}</p>
      <h1>{e(title)}</h1>
      <p class="firma">di {e(p.author)} &middot; {at:%d/%m/%Y, %H:%M}</p>
      <div class="corpo">
        {pages.paras(paragraphs, interleave=also, after=0)}
      </div>
      <div class="social">Condividi su <a href="#">Facebook</a></div>
      <div class="nl">Iscriviti alla newsletter del Corriere</div>
    </article>
  </main>
  <footer>&copy; Riproduzione riservata</footer>
</body>"""
    if chrome == "dutch":
        also = f'<p><strong>Lees ook:</strong> <a href="/{key}/nieuws/r.html">Nieuwe fietsbrug over de Meer open</a></p>'
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("Nieuws", "Regio", "Sport"))}</header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="meta">{e(p.author)} &middot; {at:%d/%m/%Y, %H:%M}</p>
      <div class="artikel">
        {pages.paras(paragraphs, interleave=also, after=1)}
        <div class="nieuwsbrief">Meld je aan voor onze nieuwsbrief</div>
      </div>
      <div class="deel">Deel dit artikel</div>
    </article>
  </main>
  <footer>&copy; 2026 {e(name)}. Alle rechten voorbehouden.</footer>
</body>"""
    if chrome == "sports":
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("Football", "Transfers", "Scores"))}</header>
  <div class="ticker"><a href="/{key}/live">Transfer Centre LIVE</a></div>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <div class="byline">{e(p.author)} &middot; {at:%H:%M} {at:%d %b}</div>
      <div class="article__content">
        {content}
      </div>
    </article>
    <aside><h3>Trending now</h3><ol><li>Athletic fans plan protest march</li></ol></aside>
  </main>
  <footer>Pitchside &copy; 2026</footer>
</body>"""
    if chrome == "local":
        advert = '<div class="ad-slot">ADVERTISEMENT</div>'
        nxt = f'<p class="read-next">Read next: <a href="/{key}/news/n.html">Bin rounds change after half-term</a></p>'
        ps = list(paragraphs)
        body = pages.paras(ps[:2], interleave=advert, after=0)
        if ps[2:]:
            body += f"\n        {nxt}\n        " + pages.paras(ps[2:])
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("News", "Sport", "What's on"))}</header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(p.author)} &middot; {at:%d %B %Y}</p>
      <div class="entry-content">
        {body}
      </div>
      <p class="tip">Got a story? Email the newsdesk.</p>
    </article>
  </main>
  <footer>&copy; 2026 {e(name)}</footer>
</body>"""
    if chrome == "magazine":
        return f"""<body>
  <header><a href="/{key}/">{e(name)}</a>{_nav(key, ("Perspectives", "Books", "Issues"))}</header>
  <main>
    <article>
      <p class="section">{e(_section(p))}</p>
      <h1>{e(title)}</h1>
      <p class="author">{e(p.author)}</p>
      <div class="article-body">
        {content}
      </div>
      <div class="author-bio"><p>{e(p.author)} is an economist at the University of Hollin. The views expressed
      are the author's own.</p></div>
      <p class="issue">This article appears in the 21 November 2026 issue.</p>
    </article>
  </main>
  <footer>&copy; 2026 {e(name)}</footer>
</body>"""
    # plain: a health desk and a digital outlet
    return f"""<body>
  <header><a href="/{key}/">{e(name)}</a></header>
  <main>
    <h1>{e(title)}</h1>
    <p>{e(p.author)}</p>
    {content}
  </main>
  <footer>&copy; 2026 {e(name)}</footer>
</body>"""


def article_page(p: Piece, base: str, until: datetime | None) -> tuple[str, bytes]:
    """(content type, body) of the article page as it stands at ``until``."""
    spec = outlet(p.outlet)
    url = base + page_path(p)
    title, paragraphs, modified = version(p, until)
    body = _body(p, title, paragraphs, modified)
    jsonld = spec.chrome in ("agency", "redtop", "broadsheet", "business", "sports")
    if spec.chrome == "latin1":
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        head = _head(p, url, title, modified, jsonld=jsonld, charset_meta=meta)
        doc = f'<!DOCTYPE html>\n<html lang="{p.language}">\n{head}\n{body}\n</html>'
        return "text/html; charset=ISO-8859-1", doc.encode("iso-8859-1", errors="xmlcharrefreplace")
    head = _head(p, url, title, modified, jsonld=jsonld, charset_meta='<meta charset="utf-8">')
    doc = f'<!DOCTYPE html>\n<html lang="{p.language}">\n{head}\n{body}\n</html>'
    if spec.chrome == "italian":  # an old server's default: the header disagrees with the page
        return "text/html; charset=ISO-8859-1", doc.encode()
    return "text/html; charset=utf-8", doc.encode()


def feed(key: str, base: str, until: datetime | None, pieces: Sequence[Piece]) -> tuple[str, bytes]:
    """The outlet's feed as of ``until`` (items published after it are not in it yet)."""
    spec = outlet(key)
    kind = spec.feed
    items: list[FeedItem] = []
    for p in pieces:
        if p.outlet != key or (until is not None and p.published > until):
            continue
        title, paragraphs, modified = version(p, until)
        summary = paragraphs[0] if paragraphs else ""
        items.append(FeedItem(base + page_path(p), title, summary, p.published, modified, p.author))
    items.sort(key=lambda it: it.published, reverse=True)
    home = f"{base}/{key}/"
    if kind.startswith("atom"):
        body = pages.atom_feed(
            spec, home, base + feed_path(key), items, empty_updated=datetime(2026, 11, 17, tzinfo=UTC)
        )
        return "application/atom+xml; charset=utf-8", body
    if kind.startswith("jsonfeed"):
        extra = BROKEN_JSON_ITEMS if kind == "jsonfeed-broken-item" and items else ()
        return "application/feed+json", pages.json_feed(spec, home, base + feed_path(key), items, extra=extra)
    extra_xml = BROKEN_RSS_ITEM if kind == "rss-broken-item" and items else ""
    return "application/rss+xml; charset=utf-8", pages.rss_feed(spec, home, items, extra=extra_xml)


def opml(base: str, keys: Iterable[str]) -> str:
    return pages.opml("Audit newsroom 3", base, [(outlet(k), base + feed_path(k)) for k in keys])


def build_site(
    base: str,
    dead_base: str,
    *,
    until: datetime | None,
    outlets: Iterable[str],
    pieces: Sequence[Piece],
) -> dict[str, tuple[str, bytes]]:
    """Every path served -> (content type, body), as the site stands at ``until``."""
    del dead_base  # (no outlet here links to a dead host)
    keys = set(outlets)
    site: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n")}
    for key in keys:
        site[f"/{key}/"] = (
            "text/html; charset=utf-8",
            pages.homepage(outlet(key), base + feed_path(key), feed_type(key)),
        )
        site[feed_path(key)] = feed(key, base, until, pieces)
    for p in pieces:
        if p.outlet in keys:
            site[page_path(p)] = article_page(p, base, until)
    return site
