"""Reader fixtures: a fictional newsroom store, an in-process client and a live server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from plainwire.publish import create_app
from plainwire.settings import Config
from tests.publish.newsroom_store import Newsroom, build

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Newsroom:
    home = tmp_path_factory.mktemp("reader-home")
    return build(Config(home=home).db_path)


@pytest.fixture(scope="session")
def config(newsroom: Newsroom) -> Config:
    return Config(home=newsroom.path.parent)


@pytest.fixture()
def client(config: Config) -> Iterator[TestClient]:
    with TestClient(create_app(config), follow_redirects=False) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(config: Config) -> Iterator[str]:
    """The reader under a real uvicorn on 127.0.0.1 (random free port), in a thread."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("reader server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
