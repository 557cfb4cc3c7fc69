"""Reader defects left by the sixth-session audit: an empty Atom feed dated 1970-01-01, zero
dates shown as the epoch, and outlets named "." or ".." whose links led elsewhere."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote

from fastapi.testclient import TestClient

from plainwire.models import Outlet
from plainwire.publish import create_app
from plainwire.publish.context import outlet_href
from plainwire.publish.timefmt import as_utc, time_context
from plainwire.settings import Config
from plainwire.store import Store
from tests.publish.newsroom_store import Newsroom, Piece, add_story


def _updated(feed: str) -> datetime:
    m = re.search(r"<feed[^>]*>.*?<updated>([^<]+)</updated>", feed, re.S)
    assert m is not None
    return datetime.fromisoformat(m.group(1).replace("Z", "+00:00"))


def test_an_empty_atom_feed_is_not_dated_1970(tmp_path: Path) -> None:
    config = Config(home=tmp_path)
    with Store(config.db_path) as store:
        oid, _ = store.add_outlet(Outlet("Quiet Gazette", "https://quiet.example/feed.xml"))
    start = datetime.now(UTC) - timedelta(seconds=2)
    with TestClient(create_app(config)) as client:
        feed = client.get("/feeds/stories.atom").text
        assert "1970" not in feed  # was <updated>1970-01-01T00:00:00Z</updated>
        assert "<entry>" not in feed and _updated(feed) >= start  # nothing polled yet: the reader's start
    with Store(config.db_path) as store:
        store.record_poll_success(oid, etag=None, last_modified=None)  # an empty, valid feed read
        polled = store.outlets()[0].last_success
    assert polled is not None
    with TestClient(create_app(config)) as client:
        for path in ("/feeds/stories.atom", "/feeds/label/Heated.atom", "/feeds/search.atom?q=nothing"):
            feed = client.get(path).text
            # Empty as of the last successful poll: the time it is known to be empty.
            assert _updated(feed) == polled.replace(microsecond=0) or abs(
                _updated(feed) - polled
            ) < timedelta(seconds=1)


def test_zero_times_render_as_unknown() -> None:
    assert as_utc(0) is None and as_utc(0.0) is None and time_context(0) is None
    assert as_utc(datetime(1970, 1, 1, tzinfo=UTC)) is None
    assert as_utc(datetime(1969, 12, 31, 23, 0, tzinfo=UTC)) is None  # "1970-01-01T00:00+01:00"
    assert as_utc(86400 * 400) == datetime(1971, 2, 5, tzinfo=UTC)  # a real (if old) time stays


def test_a_story_with_a_zero_date_shows_it_as_unknown(tmp_path: Path) -> None:
    config = Config(home=tmp_path)
    room = Newsroom(config.db_path)
    with Store(config.db_path) as store:
        add_story(
            store, room, "lock",
            headline="Millbrook lock reopens", label="Measured", evidence=(),
            highlights=["The lock reopened.", "Boats pass again.", "The gates were old."],
            pieces=[Piece("Canal News", "Lock reopens", ["The Millbrook lock reopened to boats on Monday."], 0)],
        )  # fmt: skip
        # A store written before zero dates were refused: the story's times are the epoch.
        store.conn.execute("UPDATE stories SET published = 0, updated = 0")
        store.conn.commit()
        slug = room.slugs["lock"]
    with TestClient(create_app(config)) as client:
        front = client.get("/").text
        assert "1970" not in front and "Updated at an unknown time" in front
        story = client.get(f"/story/{slug}").text
        assert "1970" not in story and "date unknown" in story


def _hrefs(html: str, name: str) -> list[str]:
    return [
        h.replace("&amp;", "&")
        for h, text in re.findall(r'<a href="(/outlet[^"]*)">([^<]*)</a>', html)
        if text == name
    ]


def test_outlets_named_dot_and_dot_dot_have_working_links(tmp_path: Path) -> None:
    config = Config(home=tmp_path)
    room = Newsroom(config.db_path)
    names = (".", "..", "../x", ".hidden")
    with Store(config.db_path) as store:
        ids = {
            n: store.add_outlet(Outlet(n, f"https://o{i}.example/feed.xml"))[0] for i, n in enumerate(names)
        }
        add_story(
            store, room, "lock",
            headline="Millbrook lock reopens", label="Measured", evidence=(),
            highlights=["The lock reopened.", "Boats pass again.", "The gates were old."],
            pieces=[
                Piece(n, f"Lock story from {n!r}", [f"The Millbrook lock reopened, by outlet {i}."], i * 10)
                for i, n in enumerate(names)
            ],
            outlet_ids=ids,
        )  # fmt: skip
    with TestClient(create_app(config)) as client:
        pages = {
            "/outlets": client.get("/outlets").text,
            "story": client.get(f"/story/{room.slugs['lock']}").text,
            "search": client.get("/search", params={"q": "Millbrook"}).text,
        }
        for where, html in pages.items():
            for name in names:
                hrefs = _hrefs(html, name.replace("&", "&amp;"))
                assert hrefs, (where, name)
                for href in hrefs:
                    # The client normalises dot segments as browsers do ("/outlet/.." is "/").
                    res = client.get(href)
                    assert res.status_code == 200, (where, name, href)
                    assert f"<h1>{name}</h1>" in res.text, (where, name, href)
                    assert f"Lock story from {name!r}".replace("'", "&#39;") in res.text, (where, name, href)


def test_outlet_href_shapes() -> None:
    assert outlet_href("Valley Times") == "/outlet/Valley%20Times"
    assert outlet_href("North/South Wire") == "/outlet/North%2FSouth%20Wire"
    assert outlet_href(".") == "/outlet?name=."
    assert outlet_href("..") == "/outlet?name=.."
    assert unquote(outlet_href("...").removeprefix("/outlet/")) == "..."  # not a dot segment: a path
