"""The reader keeps serving while another writer adds stories to the same SQLite file."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi.testclient import TestClient

from plainwire.publish import create_app
from plainwire.settings import Config
from plainwire.store import Store
from tests.publish.newsroom_store import Newsroom, Piece, add_story


def test_reads_while_a_writer_writes(tmp_path: Path) -> None:
    config = Config(home=tmp_path)
    app = create_app(config)  # creates the store file before any writer exists
    room = Newsroom(config.db_path)
    done = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Store(config.db_path) as store:
                for i in range(40):
                    add_story(
                        store, room, f"w{i}",
                        headline=f"Ferry {i} resumes crossings to Gullrock",
                        label="Measured", evidence=(),
                        highlights=[f"Ferry {i} sails again.", "Crossings take an hour.", "Tickets are unchanged."],
                        pieces=[Piece("Harbour Post", f"Ferry {i} back", [f"Ferry {i} resumed crossings to Gullrock today."], i)],
                    )
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            done.set()

    with TestClient(app) as client:
        t = threading.Thread(target=writer)
        t.start()
        statuses: list[int] = []

        def read(_: int) -> None:
            while not done.is_set():
                for url in ("/", "/api/v1/stories", "/search?q=ferry", "/feeds/stories.atom"):
                    statuses.append(client.get(url).status_code)

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(read, range(4)))
        t.join()
        assert errors == []
        assert statuses and set(statuses) == {200}
        stories = client.get("/api/v1/stories", params={"limit": 100}).json()["stories"]
        assert len(stories) == 40
        page = client.get(f"/story/{room.slugs['w39']}")
        assert page.status_code == 200 and "Ferry 39 resumes crossings to Gullrock" in page.text
