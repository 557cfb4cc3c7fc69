"""Small builders for the operations tests: feeds, article pages, fast pipelines.

Every text here is written for plainwire's tests (fictional places and events).
"""

from __future__ import annotations

import html
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from plainwire.models import Outlet
from plainwire.pipeline import Pipeline
from plainwire.settings import Config, load_config
from plainwire.sources.fetch import FetchConfig, Fetcher
from plainwire.store import Store


def rss(title: str, items: list[tuple[str, str, datetime]]) -> tuple[str, bytes]:
    """An RSS 2.0 feed of ``(url, title, published)`` items."""
    body = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(u)}</link><guid>{html.escape(u)}</guid>"
        f"<pubDate>{format_datetime(p)}</pubDate></item>"
        for u, t, p in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.invalid/</link><description>test</description>"
        f"{body}</channel></rss>"
    )
    return "application/rss+xml", xml.encode()


def page(
    title: str, paragraphs: list[str], published: datetime, outlet: str = "Test Outlet"
) -> tuple[str, bytes]:
    """An article page with a little site chrome around the text."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {outlet}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{published.isoformat()}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{html.escape(title)}</h1><p class="byline">By Test Writer</p>{paras}</article>
<footer>Copyright {outlet}</footer></body></html>"""
    return "text/html; charset=utf-8", doc.encode()


def fast_fetcher() -> Fetcher:
    return Fetcher(
        FetchConfig(
            allow_private_networks=True,
            connect_timeout=2.0,
            read_timeout=2.0,
            total_timeout=3.0,
            per_host_interval=0.0,
            per_host_concurrency=8,
            retries=0,
            respect_robots=False,
        )
    )


def make_pipeline(home: Path, **overrides: object) -> tuple[Pipeline, Config]:
    config = load_config(home, {"allow_private_networks": True, **overrides})
    store = Store(config.db_path)
    return Pipeline(store, config, fetcher=fast_fetcher()), config


class FakeClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds


def fill_store(
    store: Store, *, now: datetime, n_stories: int = 3, per_story: int = 3, age_days: float = 0.0
) -> list[str]:
    """Stories of fictional articles written straight into the store; returns story ids.

    Articles are dated ``age_days`` before ``now`` (an hour apart inside a story)."""
    from datetime import timedelta

    from plainwire.models import (
        Analysis,
        Article,
        SourceRef,
        StorySentence,
        StorySynthesis,
        Tone,
        article_id_for,
    )

    oid, _ = store.add_outlet(Outlet("Fen Valley Post", "http://fen.invalid/feed.xml"))
    story_ids = []
    for s in range(n_stories):
        sid = f"s-test-{age_days:g}-{s}"
        arts = []
        for k in range(per_story):
            url = f"http://fen.invalid/{age_days:g}/{s}/{k}.html"
            art = Article(
                id=article_id_for(url),
                title=f"Lantern festival {s} draws crowd number {k} to Fen Valley",
                text=f"Organisers of lantern festival {s} in Fen Valley counted visitors on day {k}. " * 5,
                url=url,
                source="Fen Valley Post",
                published=now - timedelta(days=age_days, hours=per_story - k),
                language="en",
            )
            store.put_article(art, Analysis(art.id, "en", "news", Tone("Neutral", 0.1, ())), outlet_id=oid)
            store.assign_story(art.id, sid)
            arts.append(art)
        sent = StorySentence(f"Lantern festival {s} drew crowds to Fen Valley.")
        syn = StorySynthesis(
            story_id=sid,
            headline=f"Lantern festival {s} draws crowds",
            highlights=(sent, sent, sent),
            story=(sent,),
            tone=Tone("Neutral", 0.1, ()),
            sources=tuple(SourceRef(a.source, a.title, a.url, a.id, a.published) for a in arts),
            published=arts[0].published,
            updated=arts[-1].published,
        )
        store.save_synthesis(syn, store.story_signature(sid))
        story_ids.append(sid)
    return story_ids
