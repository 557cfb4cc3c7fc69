"""A programmable HTTP server on 127.0.0.1 for fetch tests: each path maps to a handler.

Handlers get the request handler object and write whatever they like, including
misbehaviour (trickling bytes, hanging, redirect loops, bombs).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class WebServer:
    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [p for p, _ in self.hits]

    def static(
        self,
        path: str,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(body)

        self.routes[path] = route

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        """``path`` answers with a redirect to ``to`` (absolute or relative)."""

        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            h.send_header("Location", to)
            h.send_header("Content-Length", "0")
            h.end_headers()

        self.routes[path] = route

    def trickle(self, path: str, ctype: str = "text/html", seconds: float = 10.0) -> None:
        """``path`` sends its head, then one space every 0.1 s for ``seconds`` (or until the
        server stops): a body that never finishes in time."""

        def route(h: BaseHTTPRequestHandler) -> None:
            import time

            h.send_response(200)
            h.send_header("Content-Type", ctype)
            h.end_headers()
            end = time.monotonic() + seconds
            while not self.stop.is_set() and time.monotonic() < end:
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.1)

        self.routes[path] = route


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # clients hanging up mid-request is what these tests provoke
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve() -> Iterator[WebServer]:
    web: WebServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            web.hits.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = web.routes.get(self.path) or web.routes.get(self.path.split("?")[0])
            if route is None:
                body = b"not found"
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            # The client giving up on us is what several tests want.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route(self)

        def log_message(self, *args: object) -> None:
            pass

    server = _QuietServer(("127.0.0.1", 0), Handler)
    web = WebServer(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield web
    finally:
        web.stop.set()
        server.shutdown()
        server.server_close()
