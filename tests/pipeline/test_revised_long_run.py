"""A page revised in place during one long `plainwire run` is read again by the live
clusterer, as a restart would read it (docs/operations.md, "Pages revised in place"): a
report that joins the story only through the revision joins it in one long run too, the
story is re-synthesised with the new fact and its page shows it; a story no text joined is
not re-synthesised (issue 5).

The scheduler runs on a fake clock over a local HTTP server and a real SQLite store. Every
text here (Orsingen, the Brackwehr, Halla Vintner, Gullhaven) is invented for these tests.
"""

from __future__ import annotations

import html
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plainwire.models import Article, Outlet, article_id_for
from plainwire.pipeline import PassReport, Pipeline
from plainwire.publish import create_app
from plainwire.scheduler import Scheduler
from plainwire.settings import load_config
from plainwire.store import Store
from tests.conftest import SiteServer
from tests.ops.helpers import FakeClock, fast_fetcher

FLOOD_WIRE = (
    "Orsingen braces for the Brackwehr flood crest",
    "The river Brackwehr rose above its banks at Orsingen on Monday, and mayor Halla Vintner said "
    "sandbags were handed out at the town hall.\n"
    "The old bridge was closed to cars in the afternoon as the water rose, and schools in the lower "
    "town sent their pupils home early.\n"
    "Forecasters expect the crest to reach the town overnight after three days of heavy rain in the hills.",
)
LIVE_FIRST = (
    "Brackwehr flood at Orsingen: live",
    "The river Brackwehr is still rising at Orsingen, mayor Halla Vintner said at the town hall, where "
    "sandbags were handed out all afternoon.\n"
    "The old bridge is closed to cars and schools in the lower town closed early.\n"
    "Forecasters expect the crest overnight after three days of heavy rain in the hills.",
)
FLOOD_LIVE = (
    LIVE_FIRST[0],
    "The Brackwehr crest reached Orsingen overnight and 1,450 residents were evacuated from the lower "
    "town, mayor Halla Vintner said on Wednesday.\n" + LIVE_FIRST[1],
)
FLOOD_DE = (
    "Hochwasser in Orsingen: 1.450 Menschen in Sicherheit gebracht",
    "Die Brackwehr hat in Orsingen die Altstadt erreicht. Bürgermeisterin Halla Vintner sagte am "
    "Mittwoch, 1.450 Einwohner seien in Sicherheit gebracht worden.\n"
    "Die alte Brücke bleibt für Autos gesperrt, die Schulen der Unterstadt bleiben geschlossen.\n"
    "Nach drei Tagen Regen in den Bergen erwarten die Meteorologen erst am Wochenende sinkende Pegel.",
)
FERRY = (
    "Gullhaven ferry moves to its winter timetable",
    "The Gullhaven ferry will run four crossings a day instead of six from Monday, its operator said, "
    "after passenger numbers fell at the end of the summer season.\n"
    "The first crossing will leave Gullhaven at seven in the morning and the last at six in the evening.\n"
    "Season tickets bought for the summer timetable stay valid until the end of the year, the operator said.",
)


def _page(
    lang: str, title: str, text: str, published: datetime, modified: datetime | None = None
) -> tuple[str, bytes]:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n"))
    mod = f'<meta property="article:modified_time" content="{modified.isoformat()}">' if modified else ""
    doc = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="article:published_time" content="{published.isoformat()}">{mod}</head>'
        f"<body><article><h1>{html.escape(title)}</h1>{paras}</article></body></html>"
    )
    return "text/html; charset=utf-8", doc.encode()


def _atom(site: SiteServer, items: list[tuple[str, str, datetime, datetime]]) -> None:
    body = "".join(
        f"<entry><title>{html.escape(t)}</title><link href='{site.base}{p}'/><id>{site.base}{p}</id>"
        f"<published>{pub.isoformat()}</published><updated>{upd.isoformat()}</updated></entry>"
        for p, t, pub, upd in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Brackwehr News</title><id>{site.base}/feed.atom</id><updated>{datetime.now(UTC).isoformat()}</updated>"
        f"{body}</feed>"
    )
    site.pages["/feed.atom"] = ("application/atom+xml", xml.encode())


def _synthesized_at(store: Store, story_id: str) -> float | None:
    row = store.conn.execute("SELECT synthesized_at FROM stories WHERE id = ?", (story_id,)).fetchone()
    return None if row is None else row[0]


def _pipeline(home: Path) -> Pipeline:
    config = load_config(home, {"allow_private_networks": True, "revisit_every": 0.0})
    return Pipeline(Store(config.db_path), config, fetcher=fast_fetcher())


@pytest.mark.parametrize("restart", [False, True], ids=["one long run", "restart between rounds"])
def test_a_revised_live_page_keeps_its_story_running_in_one_long_run(
    site_server: SiteServer, tmp_path: Path, restart: bool
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    t0 = now - timedelta(hours=50)
    wire, live, de, ferry = t0, t0 + timedelta(hours=1), t0 + timedelta(hours=45), t0 + timedelta(hours=2)
    revised = t0 + timedelta(hours=40)
    site = site_server
    site.pages["/wire.html"] = _page("en", *FLOOD_WIRE, wire)
    site.pages["/live.html"] = _page("en", *LIVE_FIRST, live)
    site.pages["/ferry.html"] = _page("en", *FERRY, ferry)
    items = [
        ("/wire.html", FLOOD_WIRE[0], wire, wire),
        ("/live.html", LIVE_FIRST[0], live, live),
        ("/ferry.html", FERRY[0], ferry, ferry),
    ]
    _atom(site, items)
    home = tmp_path / "home"
    pipeline = _pipeline(home)
    store = pipeline.store
    store.add_outlet(Outlet("Brackwehr News", site.base + "/feed.atom"))
    clock = FakeClock(now.timestamp())
    Scheduler(pipeline, clock=clock, rng=random.Random(1)).step()
    ids = {p: store.article_story(site.base + p) for p in ("/wire.html", "/live.html", "/ferry.html")}
    story = {p: hit[1] for p, hit in ids.items() if hit is not None}
    assert story["/wire.html"] == story["/live.html"] != story["/ferry.html"]
    flood = story["/wire.html"]
    assert flood is not None and story["/ferry.html"] is not None
    ferry_synthesized = _synthesized_at(store, story["/ferry.html"])
    assert ferry_synthesized is not None
    assert "1,450" not in json.dumps(store.get_story(flood).synthesis)  # type: ignore[union-attr]

    # The live page is revised in place (the crest, 1,450 evacuated); a German report follows.
    site.pages["/live.html"] = _page("en", *FLOOD_LIVE, live, revised)
    site.pages["/de.html"] = _page("de", *FLOOD_DE, de)
    items[1] = ("/live.html", FLOOD_LIVE[0], live, revised)
    items.append(("/de.html", FLOOD_DE[0], de, de))
    _atom(site, items)
    clock.t += 4 * 3600  # the next polls are due; well inside the daily clusterer refresh
    if restart:
        pipeline.close()
        store.close()
        pipeline = _pipeline(home)
        store = pipeline.store
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(2)) if restart else None
    site.hits.clear()
    (sched or Scheduler(pipeline, clock=clock, rng=random.Random(2))).step()
    assert "/live.html" in site.hits  # fetched again
    hit = store.article_story(site.base + "/de.html")
    assert hit is not None and hit[1] == flood  # joined through the revision
    row = store.get_story(flood)
    assert row is not None and row.synthesis is not None and "1,450" in json.dumps(row.synthesis)
    assert store.dirty_stories() == []
    assert _synthesized_at(store, story["/ferry.html"]) == ferry_synthesized  # nothing joined it
    pipeline.close()
    store.close()
    with TestClient(create_app(load_config(home, {}))) as client:
        page = client.get(f"/story/{row.slug}")
    assert page.status_code == 200 and "1,450" in page.text


def test_a_costly_rebuild_waits_for_a_later_batch(tmp_path: Path) -> None:
    """A revision rebuilds the clusterer only while rebuilds stay under REBUILD_SHARE of the
    time; a deferred one is made at a later batch, and any rebuild clears it."""
    now = datetime.now(UTC).replace(microsecond=0)
    url = "http://brackwehr.invalid/live.html"

    def live(text: str) -> Article:
        return Article(article_id_for(url), LIVE_FIRST[0], text, url=url, source="B", published=now)

    pipeline = _pipeline(tmp_path / "home")
    pipeline.add_articles([live(LIVE_FIRST[1])], PassReport())
    first = pipeline.clusterer
    pipeline._rebuild_cost = 1e9  # as if the last rebuild had taken forever
    report = PassReport()
    pipeline.add_articles([live(FLOOD_LIVE[1])], report)
    assert report.articles_updated == 1
    assert pipeline.clusterer is first and pipeline._revision_pending  # deferred
    pipeline._rebuild_cost = 0.0
    ferry_url = "http://brackwehr.invalid/ferry.html"
    ferry = Article(article_id_for(ferry_url), FERRY[0], FERRY[1], url=ferry_url, source="B", published=now)
    pipeline.add_articles([ferry], PassReport())
    assert pipeline.clusterer is not first and not pipeline._revision_pending
    pipeline.close()
    pipeline.store.close()
