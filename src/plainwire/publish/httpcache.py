"""Conditional responses: ETag / Last-Modified on pages, API and feeds, 304 when unchanged."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import Response


def etag_for(*parts: object) -> str:
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:24]
    return f'"{h}"'


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return etag in tags


def not_modified(request: Request, etag: str, last_modified: datetime | None) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since only when no If-None-Match."""
    inm = request.headers.get("if-none-match")
    if inm is not None:
        return _matches(inm, etag)
    ims = request.headers.get("if-modified-since")
    if ims and last_modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return last_modified.replace(microsecond=0) <= since
    return False


def cached_response(
    request: Request,
    body: bytes | str,
    media_type: str,
    *,
    etag: str | None = None,
    last_modified: datetime | None = None,
    max_age: int = 0,
    status_code: int = 200,
) -> Response:
    """A response carrying validators; 304 (no body) if the client's copy is current."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    tag = etag or etag_for(hashlib.sha1(data).hexdigest())
    headers = {"ETag": tag, "Cache-Control": f"public, max-age={max_age}, must-revalidate"}
    if last_modified is not None:
        headers["Last-Modified"] = http_date(last_modified)
    if status_code == 200 and not_modified(request, tag, last_modified):
        return Response(status_code=304, headers=headers)
    return Response(data, status_code=status_code, media_type=media_type, headers=headers)
