"""The reader application: FastAPI + Jinja2 (autoescape), served by uvicorn."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plainwire import __version__
from plainwire.errors import PlainwireError, error_json
from plainwire.publish import api, feeds, pages
from plainwire.publish.context import ReaderContext
from plainwire.settings import Config

log = logging.getLogger(__name__)

# Strict: only our own script and stylesheet; no inline code, no plugins, no framing.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    422: "bad_request",
    500: "internal_error",
}
_TITLES = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 500: "Something went wrong"}


class SecurityHeaders:
    """Adds the security headers to every response, answers HEAD, turns a crash into a clean 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        head = scope["method"] == "HEAD"
        if head:  # answer HEAD like GET, without the body (feed readers and link checkers use it)
            scope = dict(scope, method="GET")

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            elif head and message["type"] == "http.response.body":
                message = dict(message, body=b"")
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("reader request failed: %s", scope.get("path"))
            if started:
                raise
            body = json.dumps(error_json("internal_error", "internal error", scope.get("path"))).encode()
            await send_with_headers(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return (
        path.startswith("/api/") or path == "/healthz" or path.startswith("/feeds/") or path.endswith(".opml")
    )


def _error(request: Request, status: int, message: str, input: str | None, headers: Any = None) -> Response:
    if _wants_json(request):
        body = json.dumps(error_json(_CODES.get(status, "error"), message, input))
        return Response(body, status_code=status, media_type="application/json", headers=headers)
    rc: ReaderContext = request.app.state.reader
    html = rc.render(
        "error.html", status=status, title=_TITLES.get(status, "Error"), message=message, query=""
    )
    return Response(html, status_code=status, media_type="text/html; charset=utf-8", headers=headers)


def create_app(config: Config) -> FastAPI:
    """The reader over the store at ``config.db_path`` (safe while another process writes)."""
    reader = ReaderContext(config.db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        reader.stores.close()

    app = FastAPI(
        lifespan=lifespan,
        title="plainwire reader API",
        version=__version__,
        description="Stories, articles and sources of a plainwire newsroom. Errors: "
        '{"error": {"code", "message", "input"}}.',
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI loads scripts from a CDN: not offline, not CSP-clean
        redoc_url=None,
    )
    app.state.reader = reader
    app.state.config = config

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), request.url.path, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errs = exc.errors()
        first = errs[0] if errs else {}
        loc = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        msg = str(first.get("msg", "invalid request"))
        status = 422 if request.url.path.startswith("/api/") else 400
        return _error(request, status, f"{loc}: {msg}" if loc else msg, loc or request.url.path)

    @app.exception_handler(PlainwireError)
    async def plainwire_error(request: Request, exc: PlainwireError) -> Response:
        status = 422 if request.url.path.startswith("/api/") else 400
        if _wants_json(request):
            return Response(json.dumps(exc.to_json()), status_code=status, media_type="application/json")
        return _error(request, status, exc.message, exc.input)

    app.add_middleware(SecurityHeaders)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(feeds.router)

    @app.get("/healthz", include_in_schema=False)
    def healthz(request: Request) -> Response:
        try:
            request.app.state.reader.store.conn.execute("SELECT 1 FROM stories LIMIT 1").fetchall()
        except Exception as exc:  # the store is unreadable: say so, do not crash
            body = json.dumps(error_json("store_unavailable", str(exc), "store"))
            return Response(body, status_code=503, media_type="application/json")
        return Response(
            '{"status":"ok"}', media_type="application/json", headers={"Cache-Control": "no-store"}
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})

    from importlib import resources

    static_dir = resources.files("plainwire.publish").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    return app
