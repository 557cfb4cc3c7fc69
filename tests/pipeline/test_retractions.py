"""Retractions and moved articles through the main job (docs/ingest.md, "Retractions and
moves"): a page revised to a withdrawal notice, a notice on a first fetch, a page gone 410,
a page moved (301) and revised, and look-alikes that are news about something withdrawn.

A local HTTP server serves invented pages (Dunmarrow, Kessel Reach, harbour master Ilse
Varga, Councillor Tamsin Reeve: all fictional); passes run through ``Pipeline.run_once`` on
a real SQLite file and the reader is read in process (FastAPI's TestClient).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from plainwire.models import Outlet
from plainwire.pipeline import Pipeline
from plainwire.publish import create_app
from plainwire.settings import load_config
from plainwire.store import Store
from tests.ops.helpers import fast_fetcher


@dataclass
class Site:
    """Path -> (status, headers, body); a 301 names its target in its headers."""

    server: ThreadingHTTPServer
    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


@pytest.fixture
def site() -> Iterator[Site]:
    holder: list[Site] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            status, headers, body = holder[0].routes.get(self.path.split("?")[0], (404, {}, b"not found"))
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder.append(Site(server))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield holder[0]
    server.shutdown()
    server.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}
NOW = datetime.now(UTC).replace(microsecond=0)
T0 = NOW - timedelta(hours=30)


def page(title: str, paragraphs: list[str], published: datetime, modified: datetime | None = None) -> bytes:
    mod = f'<meta property="article:modified_time" content="{modified.isoformat()}">' if modified else ""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{published.isoformat()}">{mod}</head>'
        f"<body><article><h1>{html.escape(title)}</h1>{paras}</article></body></html>"
    ).encode()


def atom(site: Site, feed: str, items: list[tuple[str, str, datetime, datetime]]) -> None:
    """``(path, title, published, updated)`` items as the Atom feed at ``feed``."""
    body = "".join(
        f"<entry><title>{html.escape(t)}</title><link href='{site.base}{p}'/><id>{site.base}{p}</id>"
        f"<published>{pub.isoformat()}</published><updated>{upd.isoformat()}</updated></entry>"
        for p, t, pub, upd in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{feed}</title><id>{site.base}{feed}</id><updated>{NOW.isoformat()}</updated>{body}</feed>"
    )
    site.routes[feed] = (200, {"Content-Type": "application/atom+xml"}, xml.encode())


def pipeline_for(home: Path) -> Pipeline:
    config = load_config(home, {"allow_private_networks": True, "revisit_every": 0.0})
    return Pipeline(Store(config.db_path), config, fetcher=fast_fetcher())


def run_pass(home: Path) -> dict[str, Any]:
    pipeline = pipeline_for(home)
    try:
        report = pipeline.run_once()
    finally:
        pipeline.close()
        pipeline.store.close()
    # (getattr: the same checks run against the committed code fail on what it stores, not here)
    return {
        "withdrawn": getattr(report, "articles_withdrawn", 0),
        "moved": getattr(report, "articles_moved", 0),
        "errors": report.errors,
    }


def recluster(home: Path) -> None:
    """``plainwire recluster --since``: every stored article of the last weeks, at once."""
    pipeline = pipeline_for(home)
    try:
        pipeline.recluster_window(NOW - timedelta(days=30))
    finally:
        pipeline.close()
        pipeline.store.close()


def reader(home: Path) -> TestClient:
    return TestClient(create_app(load_config(home, {})))


def row(home: Path, sql: str, *args: Any) -> Any:
    with Store(load_config(home, {}).db_path) as store:
        return store.conn.execute(sql, args).fetchone()


# -- the texts (invented) --------------------------------------------------------------------

HARBOUR_A = (
    "Dunmarrow harbour closed after Kessel Reach pier collapse",
    [
        "Dunmarrow harbour was closed on Tuesday after part of the Kessel Reach pier collapsed into the "
        "water overnight, harbour master Ilse Varga said.",
        "No one was hurt, but twelve fishing boats are stuck inside the harbour until divers inspect the "
        "wreckage, Varga told reporters at the harbour office.",
        "The pier was built in 1931 and had been due for repairs next spring, the harbour board said.",
    ],
)
HARBOUR_B = (
    "Harbour master Ilse Varga quits as Dunmarrow pier collapse probe begins",
    [
        "Dunmarrow harbour master Ilse Varga has resigned over the Kessel Reach pier collapse, two people "
        "close to the harbour board said on Tuesday.",
        "The pier collapsed into the water overnight and the harbour was closed, leaving twelve fishing "
        "boats stuck inside until divers inspect the wreckage.",
        "The harbour board is expected to name an interim harbour master on Friday, the people said.",
    ],
)
NOTICE = [
    "This article has been withdrawn.",
    "It reported claims about the Dunmarrow harbour master that could not be verified. "
    "The Reach Courier apologises to its readers.",
]
BILL = (
    "Dunmarrow council withdraws parking bill after protest",
    [
        "Councillor Tamsin Reeve said on Tuesday that the parking bill has been withdrawn after two hundred "
        "traders protested outside the Dunmarrow council chamber.",
        "The bill would have doubled parking charges on the Kessel Reach seafront from April.",
        "Reeve said a new proposal would be put to traders before the summer season.",
    ],
)
LONE = (
    "Dunmarrow lighthouse keeper wins national lottery jackpot",
    [
        "The keeper of the Dunmarrow lighthouse has won the national lottery jackpot, neighbours said.",
        "He plans to buy the old ferry and run it again between Dunmarrow and Kessel Reach, they said.",
        "The lottery operator would not confirm the name of the winner.",
    ],
)
LONE_NOTICE = [
    "Editor's note: This story has been removed because it did not meet our editorial standards.",
]


def _setup(site: Site, home: Path) -> None:
    with Store(load_config(home, {}).db_path) as store:
        store.add_outlet(Outlet("Dunmarrow Gazette", site.base + "/gazette.atom"))
        store.add_outlet(Outlet("Reach Courier", site.base + "/courier.atom"))


def test_a_page_revised_to_a_withdrawal_notice_leaves_its_story(site: Site, tmp_path: Path) -> None:
    home = tmp_path / "home"
    a, b, bill, lone = T0, T0 + timedelta(hours=1), T0 + timedelta(hours=2), T0 + timedelta(hours=3)
    site.routes["/gazette/harbour.html"] = (200, HTML, page(*HARBOUR_A, a))
    site.routes["/gazette/bill.html"] = (200, HTML, page(*BILL, bill))
    site.routes["/courier/varga.html"] = (200, HTML, page(*HARBOUR_B, b))
    site.routes["/courier/lottery.html"] = (200, HTML, page(*LONE, lone))
    atom(
        site,
        "/gazette.atom",
        [("/gazette/harbour.html", HARBOUR_A[0], a, a), ("/gazette/bill.html", BILL[0], bill, bill)],
    )
    courier = [
        ("/courier/varga.html", HARBOUR_B[0], b, b),
        ("/courier/lottery.html", LONE[0], lone, lone),
    ]
    atom(site, "/courier.atom", courier)
    _setup(site, home)
    first = run_pass(home)
    assert first["withdrawn"] == 0
    b_url, lone_url = site.base + "/courier/varga.html", site.base + "/courier/lottery.html"
    story_b = row(home, "SELECT story_id FROM articles WHERE url = ?", b_url)[0]
    story_a = row(home, "SELECT story_id FROM articles WHERE url = ?", site.base + "/gazette/harbour.html")[0]
    assert story_a == story_b  # one event, two outlets
    lone_story = row(home, "SELECT story_id FROM articles WHERE url = ?", lone_url)[0]
    lone_slug = row(home, "SELECT slug FROM stories WHERE id = ?", lone_story)[0]
    with reader(home) as client:
        assert "resigned" in client.get(f"/api/v1/stories/{story_b}").text.lower()

    # The Courier withdraws both of its reports (same URLs, revised in place).
    later = NOW - timedelta(hours=2)
    site.routes["/courier/varga.html"] = (200, HTML, page("Article withdrawn", NOTICE, b, later))
    site.routes["/courier/lottery.html"] = (200, HTML, page(LONE[0], LONE_NOTICE, lone, later))
    atom(site, "/courier.atom", [(p, t, pub, later) for p, t, pub, _ in courier])
    second = run_pass(home)
    assert second["withdrawn"] == 2, second

    # Nothing stored is lost: the earlier title and text stay, the notice is kept beside them.
    title, text, notice, withdrawn = row(
        home, "SELECT title, text, notice, withdrawn FROM articles WHERE url = ?", b_url
    )
    assert title == HARBOUR_B[0] and "has resigned" in text
    assert notice.startswith("This article has been withdrawn.") and withdrawn is not None

    with reader(home) as client:
        api = client.get(f"/api/v1/stories/{story_b}").json()
        shown = " ".join([api["headline"], api["story"], *api["highlights"]]).lower()
        assert "resigned" not in shown and "quits" not in shown and "withdrawn" not in shown
        assert [s["source"] for s in api["sources"]] == ["Dunmarrow Gazette"]
        assert [(w["source"], w["notice"][:32]) for w in api["withdrawn"]] == [
            ("Reach Courier", "This article has been withdrawn.")
        ]
        story_page = client.get(f"/story/{api['slug']}")
        assert story_page.status_code == 200
        text_of_page = story_page.text
        assert "Withdrawn by their outlets" in text_of_page and "could not be verified" in text_of_page
        assert HARBOUR_B[0] not in text_of_page and "has resigned" not in text_of_page
        # The story left with only withdrawn articles is not news: not listed, its page 410.
        listed = client.get("/api/v1/stories?limit=100").json()["stories"]
        assert lone_story not in {s["id"] for s in listed} and story_b in {s["id"] for s in listed}
        assert "lottery" not in client.get("/feeds/stories.atom").text.lower()
        assert "lottery" not in client.get("/").text.lower()
        gone = client.get(f"/story/{lone_slug}")
        assert gone.status_code == 410
        assert "editorial standards" in gone.text and "jackpot" not in gone.text
        assert client.get(f"/api/v1/stories/{lone_story}").status_code == 410
        # The bill report (a look-alike: news *about* a withdrawn bill) is news as before.
        bill_story = row(
            home, "SELECT story_id FROM articles WHERE url = ?", site.base + "/gazette/bill.html"
        )[0]
        assert bill_story in {s["id"] for s in listed}
        # The article itself stays addressable for the record, marked withdrawn.
        b_id = row(home, "SELECT id FROM articles WHERE url = ?", b_url)[0]
        one = client.get(f"/api/v1/articles/{b_id}").json()
        assert one["withdrawn"] is not None and one["story_id"] == story_b  # listed there as withdrawn
        bill_id = row(home, "SELECT id FROM articles WHERE url = ?", site.base + "/gazette/bill.html")[0]
        assert client.get(f"/api/v1/articles/{bill_id}").json()["withdrawn"] is None
    assert (
        row(home, "SELECT withdrawn FROM articles WHERE url = ?", site.base + "/gazette/bill.html")[0] is None
    )

    # The withdrawal dates the story by the notice page's own time, never by the clock that
    # read it (a wall-clock "now" would move the live window past every stored story).
    updated = row(home, "SELECT updated FROM stories WHERE id = ?", lone_story)[0]
    assert updated <= later.timestamp() + 1

    # A third pass over the same pages changes nothing (idempotent).
    assert run_pass(home)["withdrawn"] == 0


def test_a_withdrawn_first_article_gives_its_story_a_new_slug_and_the_old_one_redirects(
    site: Site, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    b, a = T0, T0 + timedelta(hours=1)
    # The Courier's report (later withdrawn) is the story's only article at its first synthesis.
    site.routes["/courier/varga.html"] = (200, HTML, page(*HARBOUR_B, b))
    atom(site, "/courier.atom", [("/courier/varga.html", HARBOUR_B[0], b, b)])
    atom(site, "/gazette.atom", [])
    _setup(site, home)
    run_pass(home)
    sid = row(home, "SELECT story_id FROM articles WHERE url = ?", site.base + "/courier/varga.html")[0]
    old_slug = row(home, "SELECT slug FROM stories WHERE id = ?", sid)[0]
    assert old_slug.startswith("harbour-master-ilse-varga-quits")
    # Then the Gazette reports the event and the Courier withdraws its report.
    later = NOW - timedelta(hours=2)
    site.routes["/gazette/harbour.html"] = (200, HTML, page(*HARBOUR_A, a))
    atom(site, "/gazette.atom", [("/gazette/harbour.html", HARBOUR_A[0], a, a)])
    site.routes["/courier/varga.html"] = (200, HTML, page("Article withdrawn", NOTICE, b, later))
    atom(site, "/courier.atom", [("/courier/varga.html", HARBOUR_B[0], b, later)])
    assert run_pass(home)["withdrawn"] == 1
    assert (
        row(home, "SELECT story_id FROM articles WHERE url = ?", site.base + "/gazette/harbour.html")[0]
        == sid
    )
    headline, new_slug = row(home, "SELECT headline, slug FROM stories WHERE id = ?", sid)
    assert "quits" not in headline.lower() and "resign" not in headline.lower()
    assert not new_slug.startswith("harbour-master-ilse-varga-quits")
    assert new_slug != old_slug
    with reader(home) as client:
        moved = client.get(f"/story/{old_slug}", follow_redirects=False)
        assert moved.status_code == 301 and moved.headers["location"] == f"/story/{new_slug}"
        assert client.get(f"/story/{new_slug}").status_code == 200


def test_a_notice_on_first_fetch_is_stored_withdrawn_and_shown_nowhere(site: Site, tmp_path: Path) -> None:
    home = tmp_path / "home"
    site.routes["/courier/varga.html"] = (200, HTML, page("Article removed", NOTICE, T0))
    site.routes["/gazette/harbour.html"] = (200, HTML, page(*HARBOUR_A, T0))
    atom(site, "/courier.atom", [("/courier/varga.html", "Article removed", T0, T0)])
    atom(site, "/gazette.atom", [("/gazette/harbour.html", HARBOUR_A[0], T0, T0)])
    _setup(site, home)
    assert run_pass(home)["withdrawn"] == 1
    url = site.base + "/courier/varga.html"
    story_id, withdrawn, notice = row(
        home, "SELECT story_id, withdrawn, notice FROM articles WHERE url = ?", url
    )
    assert story_id is None and withdrawn is not None and "could not be verified" in notice
    with reader(home) as client:
        listed = client.get("/api/v1/stories?limit=100").json()["stories"]
        assert len(listed) == 1 and "withdrawn" not in listed[0]["headline"].lower()
    # Not placed by the recovery of unclustered articles on the next pass, nor by a re-cluster.
    run_pass(home)
    assert row(home, "SELECT story_id FROM articles WHERE url = ?", url)[0] is None
    recluster(home)
    assert row(home, "SELECT story_id FROM articles WHERE url = ?", url)[0] is None


def test_a_page_gone_410_keeps_its_claims_and_says_the_page_is_gone(site: Site, tmp_path: Path) -> None:
    home = tmp_path / "home"
    site.routes["/gazette/harbour.html"] = (200, HTML, page(*HARBOUR_A, T0))
    atom(site, "/gazette.atom", [("/gazette/harbour.html", HARBOUR_A[0], T0, T0)])
    _setup(site, home)
    run_pass(home)
    url = site.base + "/gazette/harbour.html"
    sid = row(home, "SELECT story_id FROM articles WHERE url = ?", url)[0]
    site.routes["/gazette/harbour.html"] = (410, {"Content-Type": "text/plain"}, b"gone")
    later = NOW - timedelta(hours=1)
    atom(site, "/gazette.atom", [("/gazette/harbour.html", HARBOUR_A[0], T0, later)])
    run_pass(home)
    gone, withdrawn, story_id = row(home, "SELECT gone, withdrawn, story_id FROM articles WHERE url = ?", url)
    assert gone is not None and withdrawn is None and story_id == sid
    with reader(home) as client:
        api = client.get(f"/api/v1/stories/{sid}").json()
        assert "twelve fishing boats" in api["story"].lower() or "pier" in api["headline"].lower()
        assert client.get(f"/story/{api['slug']}").text.count("no longer at this address") == 1


def test_a_moved_and_revised_article_is_stored_once_under_its_new_url(site: Site, tmp_path: Path) -> None:
    home = tmp_path / "home"
    old, new = "/gazette/2026/01/10/pier.html", "/gazette/2026/01/11/pier.html"
    site.routes[old] = (200, HTML, page(*HARBOUR_A, T0))
    atom(site, "/gazette.atom", [(old, HARBOUR_A[0], T0, T0)])
    _setup(site, home)
    run_pass(home)
    old_id, old_story = row(home, "SELECT id, story_id FROM articles WHERE url = ?", site.base + old)
    with reader(home) as client:
        old_slug = client.get(f"/api/v1/stories/{old_story}").json()["slug"]
    revised = (
        "Dunmarrow harbour reopens as divers clear Kessel Reach pier wreckage",
        [
            "Dunmarrow harbour reopened on Wednesday after divers cleared the wreckage of the Kessel Reach "
            "pier, harbour master Ilse Varga said, and the twelve fishing boats stuck inside left at dawn.",
            "Part of the pier collapsed into the water on Monday night; no one was hurt.",
            "The pier was built in 1931 and had been due for repairs next spring, the harbour board said.",
        ],
    )
    later = NOW - timedelta(hours=1)
    site.routes[old] = (301, {"Location": site.base + new}, b"")
    site.routes[new] = (200, HTML, page(revised[0], revised[1], T0, later))
    atom(site, "/gazette.atom", [(new, revised[0], T0, later)])
    assert run_pass(home)["moved"] == 1
    new_id, new_story = row(home, "SELECT id, story_id FROM articles WHERE url = ?", site.base + new)
    superseded, story_of_old, title = row(
        home, "SELECT superseded_by, story_id, title FROM articles WHERE id = ?", old_id
    )
    assert superseded == new_id and story_of_old is None and title == HARBOUR_A[0]  # kept, marked
    recluster(home)
    assert row(home, "SELECT story_id FROM articles WHERE id = ?", old_id)[0] is None
    with reader(home) as client:
        listed = client.get("/api/v1/stories?limit=100").json()["stories"]
        assert len(listed) == 1 and listed[0]["n_articles"] == 1 and listed[0]["id"] == new_story
        assert "reopen" in listed[0]["headline"].lower()
        if new_story != old_story:  # the old copy's story redirects to the article's
            assert client.get(f"/story/{old_slug}", follow_redirects=False).status_code == 301


def test_a_move_whose_new_page_names_a_third_url_canonical_is_still_one_article(
    site: Site, tmp_path: Path
) -> None:
    """The old URL answers 301 to the new dated page, which names a short link canonical: the
    article is stored under the short link and the old copy is superseded, not a second source."""
    home = tmp_path / "home"
    old, new, short = "/gazette/2026/01/10/pier.html", "/gazette/2026/01/11/pier.html", "/gazette/s/pier"
    site.routes[old] = (200, HTML, page(*HARBOUR_A, T0))
    atom(site, "/gazette.atom", [(old, HARBOUR_A[0], T0, T0)])
    _setup(site, home)
    run_pass(home)
    (old_id,) = row(home, "SELECT id FROM articles WHERE url = ?", site.base + old)
    later = NOW - timedelta(hours=1)
    revised = page(HARBOUR_A[0].replace("closed", "reopens"), HARBOUR_A[1], T0, later).replace(
        b"</head>", f'<link rel="canonical" href="{site.base}{short}"></head>'.encode()
    )
    site.routes[old] = (301, {"Location": site.base + new}, b"")
    site.routes[new] = (200, HTML, revised)
    atom(site, "/gazette.atom", [(new, HARBOUR_A[0], T0, later)])
    assert run_pass(home)["moved"] == 1
    (new_id,) = row(home, "SELECT id FROM articles WHERE url = ?", site.base + short)
    assert row(home, "SELECT superseded_by FROM articles WHERE id = ?", old_id)[0] == new_id
    live = row(home, "SELECT COUNT(*) FROM articles WHERE superseded_by IS NULL")[0]
    assert live == 1
    with reader(home) as client:
        assert client.get(f"/api/v1/articles/{old_id}").json()["superseded_by"] == new_id
