"""Server-rendered HTML pages: front, story, search, outlets, topics."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.exceptions import HTTPException

from plainwire.publish import views
from plainwire.publish.context import ReaderContext, outlet_href
from plainwire.publish.cursor import article_cursor, parse_article_cursor, parse_story_cursor, story_cursor
from plainwire.publish.httpcache import cached_response, etag_for
from plainwire.publish.timefmt import as_utc, time_context
from plainwire.publish.topics import fts_phrase, phrases, slug, title_from_slug, top_topics
from plainwire.store import from_epoch, pages_failing

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 20
HTML = "text/html; charset=utf-8"


def ctx(request: Request) -> ReaderContext:
    return request.app.state.reader


# Lists that need a full table scan are recomputed at most this often (seconds).
SLOW_TTL = 30.0


def _labels(rc: ReaderContext) -> list[str]:
    return rc.slow.get("labels", SLOW_TTL, rc.store.reader_labels)


def _topics(rc: ReaderContext, n: int, headlines: int, min_stories: int) -> list[tuple[str, str, int]]:
    return rc.slow.get(
        f"topics:{n}:{headlines}:{min_stories}",
        SLOW_TTL,
        lambda: top_topics(rc.store.reader_recent_headlines(headlines), n=n, min_stories=min_stories),
    )


def _known_topics(rc: ReaderContext) -> frozenset[str]:
    """Topic slugs of the headlines /topics counts, so a story page names the same topics."""
    return rc.slow.get(
        "topic-slugs",
        SLOW_TTL,
        lambda: frozenset(slug(p) for h in rc.store.reader_recent_headlines(1000) for p in phrases(h)),
    )


def _story_list_page(
    request: Request,
    *,
    title: str,
    cursor: str | None,
    intro: str = "",
    empty: str = "No stories yet.",
    feed_url: str = "",
    base_url: str = "/",
    extra: dict[str, str] | None = None,
    **filters: Any,
) -> Response:
    rc = ctx(request)
    store = rc.store
    rows = store.reader_stories(limit=PAGE_SIZE + 1, cursor=parse_story_cursor(cursor), **filters)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    next_url = None
    if more and rows:
        params = dict(extra or {}) | {"cursor": story_cursor(*rows[-1][0])}
        next_url = f"{base_url}?{urlencode(params)}"
    is_front = base_url == "/"
    body = rc.render(
        "front.html",
        title=title,
        intro=intro,
        empty=empty,
        stories=[views.story_card(r) for _, r in rows],
        next_url=next_url,
        labels=_labels(rc) if is_front else [],
        label=filters.get("label") or "",
        topics=_topics(rc, 12, 300, 2) if is_front and not cursor else [],
        feed_url=feed_url,
    )
    return cached_response(request, body, HTML, last_modified=as_utc(store.reader_last_change()))


@router.get("/")
async def front(request: Request, cursor: str | None = None, label: str | None = None) -> Response:
    if label:
        return _story_list_page(
            request,
            title=f"Stories: {label}",
            cursor=cursor,
            label=label,
            # "No stories yet." would read as an empty store; say what the filter found.
            empty=f"No stories with the tone label “{label}”.",
            feed_url=f"/feeds/label/{quote(label, safe='')}.atom",
            extra={"label": label},
        )
    return _story_list_page(request, title="Latest stories", cursor=cursor, feed_url="/feeds/stories.atom")


@router.get("/story/{key}")
async def story(request: Request, key: str) -> Response:
    rc = ctx(request)
    store = rc.store
    head = store.reader_story_head(key)
    hops = 0
    while head is not None and head["merged_into"] and hops < 16:
        head = store.reader_story_head(head["merged_into"])
        hops += 1
        if head is not None and not head["merged_into"]:
            return RedirectResponse(f"/story/{quote(head['slug'], safe='')}", status_code=301)
    if head is None or head["synthesized_at"] is None:
        raise HTTPException(404, "No such story.")
    if key not in (head["id"], head["slug"]):  # a slug it had before a withdrawal changed it
        return RedirectResponse(f"/story/{quote(head['slug'], safe='')}", status_code=301)
    if head["withdrawn"] is not None:
        # Every report of it was withdrawn by its outlet: 410 Gone, with a page that says so
        # and shows the outlets' notices (never the withdrawn claims).
        row = store.get_story(head["id"])
        if row is None:
            raise HTTPException(404, "No such story.")
        page = views.story_page(row, store.reader_story_articles(row.id))
        html = rc.render("story_withdrawn.html", s=page)
        return Response(html, status_code=410, media_type=HTML)
    version = (head["id"], head["synthesized_at"], head["updated"], head["n_articles"], rc.build)
    etag = etag_for(*version)
    cached = rc.pages.get(("story", version))
    if cached is None:
        row = store.get_story(head["id"])
        if row is None:  # deleted between the two reads
            raise HTTPException(404, "No such story.")
        cached = rc.render(
            "story.html", s=views.story_page(row, store.reader_story_articles(row.id), _known_topics(rc))
        ).encode()
        rc.pages.put(("story", version), cached)
    return cached_response(request, cached, HTML, etag=etag, last_modified=as_utc(head["synthesized_at"]))


@router.get("/search")
def search(request: Request, q: str = Query("", max_length=500)) -> Response:
    rc = ctx(request)
    store = rc.store
    stories, articles = [], []
    if q.strip():
        stories = [views.story_card(r) for _, r in store.reader_stories(limit=PAGE_SIZE, query=q)]
        articles = [
            _article_item(sa, slug) for _, sa, slug in store.reader_articles(limit=PAGE_SIZE, query=q)
        ]
    body = rc.render("search.html", query=q.strip(), stories=stories, articles=articles)
    return cached_response(request, body, HTML)


def _article_item(sa: Any, story_slug: str | None) -> dict[str, Any]:
    a = sa.article
    return {
        "title": a.title,
        "url": views.safe_url(a.url),
        "source": a.source,
        "genre": sa.genre,
        "time": time_context(a.published or sa.fetched_at),
        "story_slug": story_slug,
    }


@router.get("/outlets")
def outlets(request: Request) -> Response:
    rc = ctx(request)
    rows = []
    for o in rc.outlets():
        # Same rule as the API health count and `plainwire status` (store.source_failing):
        # one missed poll of a source that has worked is reported, not called failing.
        if o.failing and not o.pages_failing:
            status = f"failing ({o.consecutive_failures} in a row)"
        elif o.failing:
            status = f"failing: none of its pages could be read ({o.page_failures} failed in a row)"
        elif o.consecutive_failures:
            status = "last poll failed"
        else:
            status = "ok"
        if not o.enabled:
            status = "disabled"
        elif o.last_polled is None:
            status = "not polled yet"
        rows.append(
            {
                "name": o.outlet.name,
                "articles_total": o.articles_total,
                "last_success": time_context(o.last_success),
                "status": status,
            }
        )
    known = {r["name"] for r in rows}
    for name in rc.slow.get("outlet-names", SLOW_TTL, rc.store.reader_outlet_names):
        if name not in known:
            rows.append(
                {"name": name, "articles_total": "", "last_success": None, "status": "not configured"}
            )
    return cached_response(request, rc.render("outlets.html", outlets=rows), HTML)


@router.get("/outlet")  # names that are dot segments ("." and "..": see context.outlet_href)
def outlet_by_query(
    request: Request, name: str = Query(..., max_length=500), cursor: str | None = None
) -> Response:
    return outlet(request, name, cursor)


@router.get("/outlet/{name:path}")  # outlet names may hold "/" ("North/South Wire")
def outlet(request: Request, name: str, cursor: str | None = None) -> Response:
    rc = ctx(request)
    store = rc.store
    if not store.reader_outlet_exists(name):
        raise HTTPException(404, "No such outlet.")
    rows = store.reader_articles(limit=PAGE_SIZE + 1, cursor=parse_article_cursor(cursor), outlet=name)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    href = outlet_href(name)
    next_url = f"{href}{'&' if '?' in href else '?'}cursor={article_cursor(rows[-1][0])}" if more else None
    health = ""
    row = store.reader_outlet_row(name)
    if row is not None:
        n, fails = row["articles_total"], row["consecutive_failures"]
        health = f"{n} article{'' if n == 1 else 's'} stored"
        if fails:
            health += "; last poll failed" if fails == 1 else f"; last {fails} polls failed"
        if pages_failing(row["page_failures"], from_epoch(row["last_page_success"])):
            health += f"; none of its pages could be read ({row['page_failures']} failed in a row)"
    body = rc.render(
        "outlet.html",
        name=name,
        health=health,
        next_url=next_url,
        articles=[_article_item(sa, slug) for _, sa, slug in rows],
    )
    return cached_response(request, body, HTML)


@router.get("/topics")
def topics(request: Request) -> Response:
    rc = ctx(request)
    body = rc.render("topics.html", topics=_topics(rc, 60, 1000, 1))
    return cached_response(request, body, HTML)


@router.get("/topic/{topic}")
def topic(request: Request, topic: str, cursor: str | None = None) -> Response:
    phrase = fts_phrase(topic)
    if phrase is None:
        raise HTTPException(404, "No such topic.")
    return _story_list_page(
        request,
        title=title_from_slug(topic),
        cursor=cursor,
        story_fts=phrase,
        intro="Stories whose headline or text mentions this name or term.",
        empty="No stories mention this name or term.",
        base_url=f"/topic/{quote(topic, safe='')}",
    )
