"""The reader keeps serving while another writer adds stories to the same SQLite file."""

from __future__ import annotations

import threading
import time
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
                        store,
                        room,
                        f"w{i}",
                        headline=f"Ferry {i} resumes crossings to Gullrock",
                        label="Measured",
                        evidence=(),
                        highlights=[
                            f"Ferry {i} sails again.",
                            "Crossings take an hour.",
                            "Tickets are unchanged.",
                        ],
                        pieces=[
                            Piece(
                                "Harbour Post",
                                f"Ferry {i} back",
                                [f"Ferry {i} resumed crossings to Gullrock today."],
                                i,
                            )
                        ],
                    )
                    time.sleep(0.005)  # paced like an ingest loop, so reads interleave with writes
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)
        finally:
            done.set()

    with TestClient(app) as client:
        t = threading.Thread(target=writer)
        t.start()
        statuses: list[int] = []
        seen_counts: set[int] = set()

        def read(_: int) -> None:
            while True:  # at least one round, then until the writer is done
                for url in ("/", "/search?q=ferry", "/feeds/stories.atom"):
                    statuses.append(client.get(url).status_code)
                r = client.get("/api/v1/stories", params={"limit": 100})
                statuses.append(r.status_code)
                seen_counts.add(len(r.json()["stories"]))
                if done.is_set():
                    break

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(read, range(4)))
        t.join()
        assert errors == []
        assert statuses and set(statuses) == {200}
        assert len(seen_counts) > 1, seen_counts  # the readers saw the store grow while it was written
        stories = client.get("/api/v1/stories", params={"limit": 100}).json()["stories"]
        assert len(stories) == 40
        page = client.get(f"/story/{room.slugs['w39']}")
        assert page.status_code == 200 and "Ferry 39 resumes crossings to Gullrock" in page.text
