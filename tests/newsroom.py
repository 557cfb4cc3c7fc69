"""A fictional newsroom for end-to-end tests: three outlets, three events, one opinion piece.

Every text here is written for plainwire's tests (fictional places, people and events).
Pages carry real-looking site chrome (navigation, ads, a comment section, JSON-LD) so the
extractor has to separate the article from the furniture.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime


@dataclass(frozen=True)
class Piece:
    outlet: str  # key into OUTLETS
    slug: str
    event: str  # "tidal", "quake", "strike"
    title: str
    author: str
    published: datetime
    paragraphs: tuple[str, ...]
    genre: str = "news"  # or "opinion"


OUTLETS = {
    "meridian": {"name": "The Daily Meridian", "feed": "rss"},
    "courier": {"name": "Harbor Courier", "feed": "atom"},
    "gazette": {"name": "Northfield Gazette", "feed": "jsonfeed"},
}


def _t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 9, day, hour, minute, tzinfo=UTC)


PIECES: tuple[Piece, ...] = (
    # --- event 1: Velmora council approves the Kestrel Bay tidal power plant -------------
    Piece(
        "meridian",
        "velmora-council-approves-tidal-plant",
        "tidal",
        "Velmora council approves Kestrel Bay tidal power plant",
        "Anna Brisk",
        _t(28, 9, 0),
        (
            "The Velmora city council voted 7 to 2 on Sunday to approve the Kestrel Bay tidal power plant, "
            "a 480 million euro project that will supply electricity to about 90,000 homes.",
            "Mayor Tomas Reyvik said the plant would cut the city's reliance on imported gas and that construction "
            "would begin in March next year.",
            "The plant will use twelve underwater turbines anchored near the mouth of Kestrel Bay, according to "
            "documents presented to the council.",
            "Two council members voted against the plan, citing the cost and the effect on local fishing grounds.",
            "The Velmora Fishers Association said it would study the approved design before deciding whether to "
            "challenge the decision in court.",
        ),
    ),
    Piece(
        "courier",
        "kestrel-bay-tidal-plant-wins-council-vote",
        "tidal",
        "Kestrel Bay tidal plant wins council vote in Velmora",
        "Jonas Weir",
        _t(28, 10, 30),
        (
            "Velmora's city council approved the Kestrel Bay tidal power plant on Sunday in a 7 to 2 vote.",
            "The 480 million euro plant is expected to power about 90,000 homes once its twelve turbines are "
            "installed at the mouth of Kestrel Bay.",
            "Mayor Tomas Reyvik told reporters that construction would begin in March and take three years.",
            "Opponents on the council said the cost was too high and raised concerns about fishing grounds in the bay.",
            "The regional energy agency must still issue a grid connection permit before work can start.",
        ),
    ),
    Piece(
        "gazette",
        "velmora-backs-tidal-energy-project",
        "tidal",
        "Velmora backs 480 million euro tidal energy project",
        "Priya Calder",
        _t(28, 12, 15),
        (
            "The city council of Velmora on Sunday approved a tidal power plant in Kestrel Bay by a vote of 7 to 2.",
            "The project, budgeted at 480 million euros, would supply electricity to roughly 90,000 homes.",
            "Mayor Tomas Reyvik said construction of the twelve turbines would begin in March next year.",
            "The Velmora Fishers Association said it was concerned about the plant's effect on fishing grounds.",
        ),
    ),
    Piece(
        "gazette",
        "the-tidal-plant-is-a-gamble",
        "tidal",
        "Opinion: The tidal plant is a gamble Velmora should not take",
        "Edwin Marsh, Columnist",
        _t(28, 11, 0),
        (
            "I have lived in Velmora for thirty years, and I have never seen the council rush a decision like this "
            "week's 7 to 2 vote for the Kestrel Bay tidal power plant.",
            "We should ask ourselves why a 480 million euro project of this size was approved after only two "
            "public hearings.",
            "You do not need to be an engineer to see that the budget will grow long before the first turbine turns.",
            "The council should have waited for an independent review of the costs.",
        ),
        genre="opinion",
    ),
    # --- event 2: earthquake in Arvandi province --------------------------------------------
    Piece(
        "meridian",
        "earthquake-strikes-northern-arvandi",
        "quake",
        "Magnitude 6.1 earthquake strikes northern Arvandi province",
        "Lena Ortu",
        _t(29, 3, 40),
        (
            "A magnitude 6.1 earthquake struck the northern Arvandi province early on Monday, injuring 14 people "
            "and damaging about 200 homes, officials said.",
            "The quake's epicentre was 12 kilometres south of the town of Dravell at a depth of 10 kilometres, "
            "according to the national seismology office.",
            "Governor Lina Osei said rescue teams had reached all affected villages by mid-morning.",
            "Schools in Dravell will stay closed on Tuesday while engineers inspect the buildings.",
        ),
    ),
    Piece(
        "courier",
        "arvandi-quake-injures-fourteen",
        "quake",
        "Arvandi earthquake injures 14 and damages 200 homes",
        "Mara Quill",
        _t(29, 5, 5),
        (
            "Fourteen people were injured when a magnitude 6.1 earthquake hit the northern Arvandi province on Monday.",
            "About 200 homes were damaged near the town of Dravell, Governor Lina Osei said at a news conference.",
            "The national seismology office said the epicentre lay 12 kilometres south of Dravell.",
            "Several aftershocks were recorded during the morning, the strongest of magnitude 4.2.",
        ),
    ),
    Piece(
        "gazette",
        "dravell-earthquake-governor-osei",
        "quake",
        "Earthquake near Dravell damages homes, governor says",
        "Tom Hale",
        _t(29, 6, 20),
        (
            "An earthquake of magnitude 6.1 shook the northern Arvandi province on Monday, damaging around 200 homes "
            "near Dravell.",
            "Governor Lina Osei said 14 people had been injured, none of them seriously.",
            "Engineers will inspect schools in Dravell before classes resume, the governor said.",
        ),
    ),
    # --- event 3: Northwind Airlines pilots' strike -----------------------------------------
    Piece(
        "meridian",
        "northwind-pilots-begin-strike",
        "strike",
        "Northwind Airlines pilots begin 48-hour strike",
        "Ruth Amble",
        _t(29, 7, 0),
        (
            "Pilots at Northwind Airlines began a 48-hour strike on Monday, forcing the carrier to cancel about "
            "300 flights.",
            "The Northwind Pilots Union said talks over pay and rest periods had broken down last week.",
            "Union leader Marco Dellan said pilots were ready to return to negotiations at any time.",
            "Northwind Airlines said passengers on cancelled flights could rebook free of charge or request a refund.",
        ),
    ),
    Piece(
        "courier",
        "northwind-cancels-300-flights-strike",
        "strike",
        "Northwind cancels 300 flights as pilots strike over pay",
        "Ines Varga",
        _t(29, 8, 15),
        (
            "Northwind Airlines cancelled about 300 flights on Monday as its pilots started a 48-hour strike over "
            "pay and rest periods.",
            "Marco Dellan, who leads the Northwind Pilots Union, said the union had asked for a 9 percent raise.",
            "The airline said it had offered 5 percent and called the strike disproportionate.",
            "Passengers were advised to check the status of their flights before travelling to the airport.",
        ),
    ),
    Piece(
        "gazette",
        "pilots-strike-grounds-northwind-flights",
        "strike",
        "Pilots' strike grounds hundreds of Northwind flights",
        "Olaf Berg",
        _t(29, 9, 45),
        (
            "About 300 Northwind Airlines flights were cancelled on Monday on the first day of a 48-hour pilots' strike.",
            "The Northwind Pilots Union, led by Marco Dellan, is seeking higher pay and longer rest periods.",
            "Northwind said passengers could rebook without charge.",
        ),
    ),
)

COMMENT_MARKER = "Commenter Zed99 says this site is the best"
AD_MARKER = "Buy Glimmer Soap today"


def page_path(p: Piece) -> str:
    section = "opinion" if p.genre == "opinion" else "news"
    return f"/{p.outlet}/{section}/2025/09/{p.published.day:02d}/{p.slug}.html"


def article_page(p: Piece, base: str) -> str:
    outlet = OUTLETS[p.outlet]["name"]
    url = base + page_path(p)
    ld = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle" if p.genre == "opinion" else "NewsArticle",
        "headline": p.title,
        "datePublished": p.published.isoformat(),
        "dateModified": p.published.isoformat(),
        "author": [{"@type": "Person", "name": p.author}],
        "publisher": {"@type": "Organization", "name": outlet},
        "articleSection": "Opinion" if p.genre == "opinion" else "News",
        "mainEntityOfPage": url,
    }
    body = "\n".join(f"      <p>{html.escape(par)}</p>" for par in p.paragraphs)
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(p.title)} | {e(outlet)}</title>
  <link rel="canonical" href="{e(url)}">
  <meta property="og:title" content="{e(p.title)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="article:section" content="{"Opinion" if p.genre == "opinion" else "News"}">
  <meta name="author" content="{e(p.author)}">
  <script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body>
  <header class="site-header">
    <a href="/{p.outlet}/">{e(outlet)}</a>
    <nav><ul><li><a href="/{p.outlet}/news/">News</a></li><li><a href="/{p.outlet}/sport/">Sport</a></li>
    <li><a href="/{p.outlet}/opinion/">Opinion</a></li><li><a href="/{p.outlet}/weather/">Weather</a></li></ul></nav>
  </header>
  <div class="ad-banner" id="ad-top">{AD_MARKER} &mdash; advertisement</div>
  <main>
    <article>
      <h1>{e(p.title)}</h1>
      <p class="byline">By {e(p.author)} &middot; <time datetime="{p.published.isoformat()}">{p.published:%B %d, %Y}</time></p>
{body}
    </article>
    <aside class="related"><h2>Most read</h2><ul><li><a href="/{p.outlet}/news/x.html">Weekend weather: sun returns</a></li>
    <li><a href="/{p.outlet}/news/y.html">Local bakery wins regional prize</a></li></ul></aside>
    <section id="comments" class="comments">
      <h2>Comments</h2>
      <div class="comment"><p>{COMMENT_MARKER}. Subscribe to my channel for more.</p></div>
      <div class="comment"><p>Reader Kay: I disagree with everything in this article and the one before it.</p></div>
    </section>
  </main>
  <footer><p>&copy; 2025 {e(outlet)}. All rights reserved.</p><a href="/{p.outlet}/privacy">Privacy</a></footer>
</body>
</html>"""


def feed(outlet_key: str, base: str) -> tuple[str, bytes]:
    """The outlet's feed in its own format: (content type, bytes)."""
    info = OUTLETS[outlet_key]
    items = sorted((p for p in PIECES if p.outlet == outlet_key), key=lambda p: p.published, reverse=True)
    kind = info["feed"]
    name = html.escape(info["name"])
    if kind == "rss":
        xml_items = "".join(
            f"<item><title>{html.escape(p.title)}</title><link>{base}{page_path(p)}</link>"
            f'<guid isPermaLink="true">{base}{page_path(p)}</guid>'
            f"<pubDate>{format_datetime(p.published)}</pubDate>"
            f"<description>{html.escape(p.paragraphs[0])}</description></item>"
            for p in items
        )
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{name}</title>'
            f"<link>{base}/{outlet_key}/</link><description>News</description>{xml_items}</channel></rss>"
        )
        return "application/rss+xml; charset=utf-8", body.encode()
    if kind == "atom":
        entries = "".join(
            f'<entry><title>{html.escape(p.title)}</title><link href="{base}{page_path(p)}"/>'
            f"<id>{base}{page_path(p)}</id><updated>{p.published.isoformat()}</updated>"
            f"<published>{p.published.isoformat()}</published>"
            f"<summary>{html.escape(p.paragraphs[0])}</summary><author><name>{html.escape(p.author)}</name></author></entry>"
            for p in items
        )
        body = (
            f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{name}</title>'
            f"<id>{base}/{outlet_key}/</id><updated>{items[0].published.isoformat()}</updated>"
            f'<link href="{base}/{outlet_key}/"/>{entries}</feed>'
        )
        return "application/atom+xml; charset=utf-8", body.encode()
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info["name"],
        "home_page_url": f"{base}/{outlet_key}/",
        "items": [
            {
                "id": f"{base}{page_path(p)}",
                "url": f"{base}{page_path(p)}",
                "title": p.title,
                "summary": p.paragraphs[0],
                "date_published": p.published.isoformat(),
                "authors": [{"name": p.author}],
            }
            for p in items
        ],
    }
    return "application/feed+json; charset=utf-8", json.dumps(data).encode()


def feed_path(outlet_key: str) -> str:
    return (
        f"/{outlet_key}"
        + {"rss": "/feed.xml", "atom": "/atom.xml", "jsonfeed": "/feed.json"}[OUTLETS[outlet_key]["feed"]]
    )


def build_site(base: str) -> dict[str, tuple[str, bytes]]:
    """Every path the newsroom serves → (content type, body)."""
    site: dict[str, tuple[str, bytes]] = {}
    for key in OUTLETS:
        site[feed_path(key)] = feed(key, base)
        home = (
            f'<html><head><title>{OUTLETS[key]["name"]}</title><link rel="alternate" '
            f'type="application/rss+xml" href="{base}{feed_path(key)}"></head><body><h1>Home</h1></body></html>'
        )
        site[f"/{key}/"] = ("text/html; charset=utf-8", home.encode())
    for p in PIECES:
        site[page_path(p)] = ("text/html; charset=utf-8", article_page(p, base).encode())
    site["/robots.txt"] = ("text/plain", b"User-agent: *\nAllow: /\n")
    return site
