"""Defects found by the sixth session's reader audit, checked in Chromium on a live server:
an empty filter says what it filtered, a story page names the topics /topics lists, and
/outlets tells a failing source from one missed poll."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from plainwire.models import Outlet
from plainwire.publish import create_app
from plainwire.settings import Config
from plainwire.store import Store
from tests.publish.conftest import _free_port
from tests.publish.newsroom_store import Newsroom, Piece, add_story
from tests.publish.test_browser import ARGS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium at /usr/bin/chromium"),
]


def _build(home: Path) -> Newsroom:
    """Two stories; "Ferrytown" opens one headline and sits inside the other."""
    path = Config(home=home).db_path
    room = Newsroom(path)
    with Store(path) as store:
        ids = {}
        for name in ("Ferrytown Ledger", "Upland Post", "Coastline Daily", "North/South Wire"):
            ids[name], _ = store.add_outlet(
                Outlet(name, f"https://{name.split()[0].lower()}.example/feed.xml")
            )
        store.record_poll_success(ids["Ferrytown Ledger"], etag=None, last_modified=None)
        store.record_poll_success(ids["Upland Post"], etag=None, last_modified=None)
        store.record_poll_failure(ids["Upland Post"], "HTTP 503")  # worked before: one miss
        store.record_poll_failure(ids["Coastline Daily"], "not a usable feed")  # never worked
        add_story(
            store, room, "cafe",
            headline="Ferrytown café wins regional baking prize",
            label="Measured", evidence=(),
            highlights=[
                "A Ferrytown café won the regional baking prize for its rye loaf.",
                "The prize comes with a grant for a second oven.",
                "The café opened four years ago.",
            ],
            pieces=[
                Piece("Ferrytown Ledger", "Ferrytown café wins baking prize",
                      ["A small café in Ferrytown won the regional baking prize on Saturday for its rye loaf."], 0),
                Piece("Upland Post", "Café takes regional prize",
                      ["The prize carries a grant that the baker will spend on a second oven."], 30),
            ],
            outlet_ids=ids,
        )  # fmt: skip
        add_story(
            store, room, "bridge",
            headline="Old Mill bridge in Ferrytown closed for repairs",
            label="Measured", evidence=(),
            highlights=[
                "Inspectors found a crack in a girder of the Old Mill bridge.",
                "Repairs will take at least six weeks.",
                "Drivers are sent to the Harbour Road crossing.",
            ],
            pieces=[
                Piece("Ferrytown Ledger", "Ferrytown shuts Old Mill bridge",
                      ["Engineers closed the Old Mill bridge in Ferrytown on Friday after finding a crack."], 60),
                Piece("Upland Post", "Crack closes bridge",
                      ["Repairs to the bridge are expected to take at least six weeks."], 90),
                Piece("North/South Wire", "Bridge shut for six weeks",
                      ["Drivers were told to use the Harbour Road crossing while the bridge is shut."], 120),
            ],
            outlet_ids=ids,
            day=1,
        )  # fmt: skip
    return room


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Newsroom]]:
    home = tmp_path_factory.mktemp("audit-home")
    room = _build(home)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Config(home=home)), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "reader server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", room
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page(site: tuple[str, Newsroom]) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        yield pg
        assert errors == []
        browser.close()


def test_empty_filters_say_what_they_filtered(page, site) -> None:  # type: ignore[no-untyped-def]
    base, _ = site
    page.goto(base + "/?label=Furious")
    empty = page.locator("main p.empty").inner_text()
    assert empty == "No stories with the tone label “Furious”."  # was "No stories yet." on a full store
    assert page.locator("main nav.labels a").all_inner_texts() == ["Measured"]
    page.goto(base + "/topic/zeppelin-harbour")
    assert page.locator("main p.empty").inner_text() == "No stories mention this name or term."
    page.goto(base + "/")
    assert page.locator("main article.card").count() == 2 and page.locator("main p.empty").count() == 0


def test_story_page_names_the_topics_the_topics_page_lists(page, site) -> None:  # type: ignore[no-untyped-def]
    base, room = site
    page.goto(base + "/topics")
    listed = page.locator("main li a").all_inner_texts()
    assert "Ferrytown" in listed and "Old Mill" in listed
    page.goto(f"{base}/story/{room.slugs['cafe']}")
    # The headline opens with "Ferrytown"; /topics lists it, so the story page links it too.
    links = page.locator("main .topic-links a")
    assert links.all_inner_texts() == ["Ferrytown"]
    links.first.click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "Ferrytown"
    assert page.locator("main article.card").count() == 2
    page.goto(f"{base}/story/{room.slugs['bridge']}")
    assert page.locator("main .topic-links a").all_inner_texts() == ["Old Mill", "Ferrytown"]


def test_outlets_tell_failing_from_one_missed_poll(page, site) -> None:  # type: ignore[no-untyped-def]
    base, _ = site
    page.goto(base + "/outlets")
    status = {
        row.locator("th").inner_text(): row.locator("td").nth(2).inner_text()
        for row in page.locator("main tbody tr").all()
    }
    assert status == {
        "Coastline Daily": "failing (1 in a row)",  # never worked: failing from its first failure
        "Ferrytown Ledger": "ok",
        "North/South Wire": "not polled yet",
        "Upland Post": "last poll failed",  # worked before; was "failing (1 in a row)"
    }
    # An outlet name with a slash: its link used to answer 404.
    page.locator("main tbody a", has_text="North/South Wire").click()
    page.wait_for_load_state()
    assert page.locator("main h1").inner_text() == "North/South Wire"
    assert page.locator("main").inner_text().count("Bridge shut for six weeks") == 1
    page.goto(base + "/outlet/Upland%20Post")
    assert (
        "2 articles stored; last poll failed" in page.locator("main").inner_text()
    )  # was "last 1 polls failed"
    page.goto(base + "/api/v1/health")
    assert '"failing_sources":1' in page.locator("body").inner_text()
