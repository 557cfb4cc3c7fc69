"""Shared fixtures: a fictional newsroom served over HTTP on 127.0.0.1."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests import newsroom


@dataclass
class SiteServer:
    """A tiny HTTP server over a dict of path -> (content type, body). Paths can change live."""

    server: ThreadingHTTPServer
    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


def _serve(pages: dict[str, tuple[str, bytes]] | None = None) -> SiteServer:
    site: SiteServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            site.hits.append(self.path)
            item = site.pages.get(self.path.split("?")[0])
            if item is None:
                self.send_error(404)
                return
            ctype, body = item
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site = SiteServer(server, dict(pages or {}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site


@pytest.fixture(autouse=True)
def _library_logging() -> Iterator[None]:
    """Undo what an in-process CLI run (CliRunner) does to logging: ``setup_logging`` gives the
    ``plainwire`` loggers a handler on that run's stderr, closed afterwards, and stops
    propagation, which would hide later tests' records from caplog."""
    names = ("plainwire", "uvicorn", "uvicorn.error")
    saved = {
        n: (logging.getLogger(n).handlers[:], logging.getLogger(n).propagate, logging.getLogger(n).level)
        for n in names
    }
    yield
    for n, (handlers, propagate, level) in saved.items():
        lg = logging.getLogger(n)
        lg.handlers[:], lg.propagate = handlers, propagate
        lg.setLevel(level)


@pytest.fixture
def site_server() -> Iterator[SiteServer]:
    site = _serve()
    yield site
    site.server.shutdown()
    site.server.server_close()


@pytest.fixture
def newsroom_site(site_server: SiteServer) -> SiteServer:
    """The fictional newsroom (three outlets, three events, one opinion piece)."""
    site_server.pages.update(newsroom.build_site(site_server.base))
    return site_server
