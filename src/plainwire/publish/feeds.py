"""Atom feeds of stories (all, per label, per search) and the OPML export of sources."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from plainwire.models import Outlet, iso
from plainwire.publish.context import ReaderContext
from plainwire.publish.httpcache import cached_response
from plainwire.publish.timefmt import as_utc
from plainwire.store import StoryRow

router = APIRouter(include_in_schema=False)
ATOM = "application/atom+xml; charset=utf-8"
FEED_SIZE = 50
# Characters XML 1.0 forbids even when escaped; untrusted text may carry them.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str | None) -> str:
    return _XML_BAD.sub("", text or "")


def ctx(request: Request) -> ReaderContext:
    return request.app.state.reader


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _entry(base: str, row: StoryRow) -> dict[str, Any]:
    syn = row.synthesis or {}
    summary = " ".join(h for h in syn.get("highlights", []) if isinstance(h, str)) or row.story
    return {
        "id": f"urn:plainwire:story:{clean(row.id)}",
        "title": clean(row.headline),
        "updated": iso(row.updated),
        "published": iso(row.published),
        "url": f"{base}/story/{quote(row.slug, safe='')}",
        "label": clean(row.tone_label),
        "summary": clean(summary),
    }


def _feed(request: Request, *, title: str, feed_key: str, html_path: str, rows: list[StoryRow]) -> Response:
    rc = ctx(request)
    base = _base(request)
    entries = [_entry(base, r) for r in rows]
    newest = max((t for r in rows if (t := as_utc(r.updated)) is not None), default=None)
    updated = iso(newest) or iso(_checked_at(rc))
    self_url = f"{base}{request.url.path}" + (f"?{request.url.query}" if request.url.query else "")
    body = rc.render(
        "feed.atom",
        feed_id=f"urn:plainwire:feed:{quote(feed_key, safe=':')}",
        title=clean(title),
        updated=updated,
        self_url=self_url,
        html_url=f"{base}{html_path}",
        entries=entries,
    )
    return cached_response(request, body, ATOM, last_modified=as_utc(newest))


def _checked_at(rc: ReaderContext) -> datetime:
    """``<updated>`` of a feed with no story (Atom requires one): when the sources were last
    read successfully, i.e. the time the feed is known to be empty as of; the reader's
    start if nothing was ever read. Never the Unix epoch, which readers show as 1970-01-01."""
    polled = [t for o in rc.outlets() if (t := as_utc(o.last_success)) is not None]
    return max(polled, default=None) or rc.started


@router.get("/feeds/stories.atom")
def feed_all(request: Request) -> Response:
    rows = [r for _, r in ctx(request).store.reader_stories(limit=FEED_SIZE)]
    return _feed(request, title="plainwire: latest stories", feed_key="stories", html_path="/", rows=rows)


@router.get("/feeds/label/{label}.atom")
def feed_label(request: Request, label: str) -> Response:
    rows = [r for _, r in ctx(request).store.reader_stories(limit=FEED_SIZE, label=label)]
    return _feed(
        request,
        title=f"plainwire: {label} stories",
        feed_key=f"label:{label}",
        html_path="/?" + urlencode({"label": label}),
        rows=rows,
    )


@router.get("/feeds/search.atom")
def feed_search(request: Request, q: str = Query(..., min_length=1, max_length=200)) -> Response:
    rows = [r for _, r in ctx(request).store.reader_stories(limit=FEED_SIZE, query=q)]
    return _feed(
        request,
        title=f"plainwire: search “{q}”",
        feed_key=f"search:{q}",
        html_path="/search?" + urlencode({"q": q}),
        rows=rows,
    )


def _opml(outlets: list[Outlet]) -> str:
    """OPML 2.0 of the sources, by the sources package (characters XML forbids removed first)."""
    from plainwire.sources.opml import dump_opml

    return dump_opml(
        replace(
            o,
            name=clean(o.name),
            feed_url=clean(o.feed_url),
            home_url=clean(o.home_url) or None,
            region=clean(o.region) or None,
            lean=clean(o.lean) or None,
            language=clean(o.language) or None,
        )
        for o in outlets
    )


@router.get("/sources.opml")
def opml(request: Request) -> Response:
    outlets = ctx(request).store.reader_enabled_outlets()
    return cached_response(request, _opml(outlets), "text/x-opml; charset=utf-8")


__all__ = ["clean", "router"]
