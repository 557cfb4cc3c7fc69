"""JSON API under /api/v1: stories, one story with provenance, articles, sources, health.

Lists are paged by an opaque ``cursor`` (the ``next_cursor`` of the previous page; null at
the end). Errors use the pinned shape of :func:`plainwire.errors.error_json`.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BeforeValidator
from starlette.exceptions import HTTPException

from plainwire import __version__
from plainwire.models import iso
from plainwire.publish import apimodels as m
from plainwire.publish import views
from plainwire.publish.context import ReaderContext
from plainwire.publish.cursor import (
    ARTICLE_CURSOR_PATTERN,
    STORY_CURSOR_PATTERN,
    article_cursor,
    parse_article_cursor,
    parse_story_cursor,
    story_cursor,
)
from plainwire.publish.httpcache import cached_response
from plainwire.publish.timefmt import as_utc

JSON = "application/json"
_ERR = {"model": m.ErrorResponse, "description": "Error (pinned shape)"}
router = APIRouter(prefix="/api/v1", tags=["api"], responses={400: _ERR, 422: _ERR, 500: _ERR})

Limit = Annotated[int, Query(ge=1, le=100, description="Items per page.")]
StoryCursor = Annotated[
    str | None, Query(pattern=STORY_CURSOR_PATTERN, description="next_cursor of the previous page.")
]
ArticleCursor = Annotated[
    str | None, Query(pattern=ARTICLE_CURSOR_PATTERN, description="next_cursor of the previous page.")
]
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _rfc3339(value: Any) -> Any:
    """Times must be RFC 3339 with an offset (pydantic alone would also take epoch numbers)."""
    if value is not None and not (isinstance(value, str) and _RFC3339.match(value)):
        raise ValueError("expected an RFC 3339 time such as 2025-09-29T00:46:00Z")
    return value


Since = Annotated[
    datetime | None,
    BeforeValidator(_rfc3339),
    Query(description="Only items updated/published at or after this RFC 3339 time."),
]
Until = Annotated[
    datetime | None,
    BeforeValidator(_rfc3339),
    Query(description="Only items updated/published before this RFC 3339 time."),
]
Text = Annotated[str | None, Query(max_length=200)]


def ctx(request: Request) -> ReaderContext:
    return request.app.state.reader


def _epoch(dt: datetime | None) -> float | None:
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def _json(request: Request, data: Any, *, last_modified: datetime | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return cached_response(request, body, JSON, last_modified=last_modified)


@router.get("/stories", response_model=m.StoryList, summary="Stories, newest-updated first")
def list_stories(
    request: Request,
    since: Since = None,
    until: Until = None,
    label: Text = None,
    outlet: Text = None,
    q: Text = None,
    cursor: StoryCursor = None,
    limit: Limit = 20,
) -> Response:
    store = ctx(request).store
    rows = store.reader_stories(
        limit=limit + 1,
        cursor=parse_story_cursor(cursor),
        label=label,
        outlet=outlet,
        since=_epoch(since),
        until=_epoch(until),
        query=q,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = None
    if more and rows:
        nxt = story_cursor(*rows[-1][0])
    data = {"stories": [views.api_story_summary(r) for _, r in rows], "next_cursor": nxt}
    return _json(request, data, last_modified=as_utc(store.reader_last_change()))


@router.get(
    "/stories/{story_id}",
    response_model=m.StoryDetail,
    summary="One story with its provenance",
    responses={
        404: _ERR,
        301: {"description": "The story was merged; Location names the surviving story."},
        410: {"description": "Every article of the story was withdrawn by its outlet."},
    },
)
def get_story(request: Request, story_id: Annotated[str, Path(max_length=200)]) -> Response:
    store = ctx(request).store
    row = store.get_story(story_id)
    hops = 0
    while row is not None and row.merged_into and hops < 16:
        row = store.get_story(row.merged_into)
        hops += 1
        if row is not None and not row.merged_into:
            return RedirectResponse(f"/api/v1/stories/{quote(row.id, safe='')}", status_code=301)
    if row is None or row.synthesis is None:
        raise HTTPException(404, f"no story {story_id!r}")
    if row.withdrawn is not None:
        raise HTTPException(
            410, f"story {story_id!r} was withdrawn: every article of it was withdrawn by its outlet"
        )
    return _json(
        request, views.api_story(row, store.reader_story_articles(row.id)), last_modified=row.updated
    )


@router.get(
    "/stories/{story_id}/articles",
    response_model=m.ArticleList,
    summary="The articles of one story",
    responses={404: _ERR},
)
def story_articles(
    request: Request,
    story_id: Annotated[str, Path(max_length=200)],
    cursor: ArticleCursor = None,
    limit: Limit = 20,
) -> Response:
    store = ctx(request).store
    row = store.get_story(story_id)
    if row is None or row.synthesis is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return _articles(request, story_id=row.id, cursor=cursor, limit=limit)


@router.get("/articles", response_model=m.ArticleList, summary="Articles, newest-ingested first")
def list_articles(
    request: Request,
    since: Since = None,
    until: Until = None,
    outlet: Text = None,
    story: Text = None,
    q: Text = None,
    cursor: ArticleCursor = None,
    limit: Limit = 20,
) -> Response:
    return _articles(
        request,
        outlet=outlet,
        story_id=story,
        since=_epoch(since),
        until=_epoch(until),
        query=q,
        cursor=cursor,
        limit=limit,
    )


def _articles(request: Request, *, cursor: str | None, limit: int, **filters: Any) -> Response:
    store = ctx(request).store
    rows = store.reader_articles(limit=limit + 1, cursor=parse_article_cursor(cursor), **filters)
    more = len(rows) > limit
    rows = rows[:limit]
    data = {
        "articles": [views.api_article(sa, slug) for _, sa, slug in rows],
        "next_cursor": article_cursor(rows[-1][0]) if more and rows else None,
    }
    return _json(request, data)


@router.get(
    "/articles/{article_id}",
    response_model=m.ArticleDetail,
    summary="One article with its text",
    responses={404: _ERR},
)
def get_article(request: Request, article_id: Annotated[str, Path(max_length=200)]) -> Response:
    found = ctx(request).store.reader_article_head(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    sa, slug = found
    return _json(request, views.api_article(sa, slug, with_text=True), last_modified=sa.fetched_at)


def source_json(o: Any) -> dict[str, Any]:
    return {
        "name": o.outlet.name,
        "feed_url": o.outlet.feed_url,
        "home_url": o.outlet.home_url,
        "region": o.outlet.region,
        "lean": o.outlet.lean,
        "language": o.outlet.language,
        "enabled": o.enabled,
        "last_polled": iso(o.last_polled),
        "last_success": iso(o.last_success),
        "last_error": o.last_error,
        "last_error_at": iso(o.last_error_at),
        "consecutive_failures": o.consecutive_failures,
        "failing": o.failing,
        "page_failures": o.page_failures,
        "last_page_success": iso(o.last_page_success),
        "last_page_error": o.last_page_error,
        "articles_total": o.articles_total,
        "articles_per_day": round(o.articles_per_day, 3),
    }


@router.get("/sources", response_model=m.SourceList, summary="Configured sources with their health")
def sources(request: Request) -> Response:
    rc = ctx(request)
    outlets = rc.outlets()
    return _json(request, {"sources": [source_json(o) for o in outlets]})


def health_json(rc: ReaderContext) -> dict[str, Any]:
    store = rc.store
    last = store.reader_last_change()
    return {
        "status": "ok",
        "version": __version__,
        "counts": {t: store.count(t) for t in ("articles", "stories", "outlets", "errors")},
        "last_story_update": iso(as_utc(last)),
        "failing_sources": store.reader_failing_outlets(),
        "recent_errors": [
            {
                "at": iso(e["at"]),
                "stage": e["stage"],
                "input": e["input"],
                "code": e["code"],
                "message": e["message"],
            }
            for e in store.recent_errors(10)
        ],
    }


@router.get("/health", response_model=m.Health, summary="Store counts, failing sources, recent errors")
def health(request: Request) -> Response:
    return _json(request, health_json(ctx(request)))
