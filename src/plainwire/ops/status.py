"""What ``plainwire status`` shows and what /healthz can serve: plain dicts from the store."""

from __future__ import annotations

import time
from typing import Any

from plainwire.models import iso
from plainwire.store import Store, from_epoch


def _sources(store: Store) -> list[dict[str, Any]]:
    sched = store.poll_schedules()
    out = []
    for row in store.outlets():
        s = sched.get(row.id, {})
        out.append(
            {
                "name": row.outlet.name,
                "feed_url": row.outlet.feed_url,
                # the reader's rule (store.source_failing): two feed misses in a row, or one if never
                # worked, or a week of page fetches that all failed
                "healthy": not row.failing,
                "consecutive_failures": row.consecutive_failures,
                "last_success": iso(row.last_success),
                "last_polled": iso(row.last_polled),
                "next_poll": iso(from_epoch(s.get("next_poll_at"))),
                "poll_every_s": round(s["poll_every"]) if s.get("poll_every") else None,
                "rate_per_day": round(s["rate_per_day"], 2) if s.get("rate_per_day") is not None else None,
                "articles_total": row.articles_total,
                "last_error": row.last_error,
                "last_error_at": iso(row.last_error_at),
                "page_failures": row.page_failures,
                "last_page_success": iso(row.last_page_success),
                "last_page_error": row.last_page_error,
            }
        )
    return out


def status(
    store: Store, *, window_hours: float = 24.0, errors: int = 10, now: float | None = None
) -> dict[str, Any]:
    """Sources healthy/failing, queue depth, articles and stories per hour, last errors."""
    now = time.time() if now is None else now
    since = now - window_hours * 3600.0
    counts = store.ops_counts(since)
    sources = _sources(store)
    per_hour = {k: round(v / window_hours, 2) for k, v in counts.items()}
    return {
        "store": store.path,
        "now": iso(from_epoch(now)),
        "sources": {
            "total": len(sources),
            "healthy": sum(s["healthy"] for s in sources),
            "failing": sum(not s["healthy"] for s in sources),
            "list": sources,
        },
        "queue": store.queue_counts(),
        "totals": {
            "articles": store.count("articles"),
            "stories": store.count("stories"),
            "errors": store.count("errors"),
        },
        "window_hours": window_hours,
        "last_window": counts,
        "per_hour": {
            "articles": per_hour["articles"],
            "stories_created": per_hour["stories_created"],
            "stories_synthesized": per_hour["stories_synthesized"],
            "errors": per_hour["errors"],
        },
        "last_errors": [
            {
                "at": iso(e["at"]),
                "stage": e["stage"],
                "input": e["input"],
                "code": e["code"],
                "message": e["message"],
            }
            for e in store.recent_errors(errors)
        ],
    }


def health(store: Store, *, now: float | None = None) -> dict[str, Any]:
    """A small, cheap health summary for /healthz: ``ok`` is False only when the store
    cannot be read; ``degraded`` lists what needs a look (failing sources, stuck queue)."""
    now = time.time() if now is None else now
    try:
        store.conn.execute("SELECT 1").fetchone()
        queue = store.queue_counts()
        rows = store.outlets()
        last_article = store.conn.execute("SELECT MAX(fetched_at) FROM articles").fetchone()[0]
    except Exception as exc:  # health must answer, whatever the store's state
        return {"ok": False, "error": repr(exc)}
    failing = [r.outlet.name for r in rows if r.failing]
    overdue = store.conn.execute(
        "SELECT COUNT(*) FROM queue WHERE state = 'pending' AND MAX(not_before, enqueued_at) < ?",
        (now - 3600.0,),
    ).fetchone()[0]
    degraded = []
    if rows and len(failing) == len(rows):
        degraded.append("all sources failing")
    elif failing:
        degraded.append(f"{len(failing)} of {len(rows)} sources failing")
    if overdue:
        degraded.append(f"{overdue} queued articles waiting over an hour")
    return {
        "ok": True,
        "degraded": degraded,
        "sources": {"total": len(rows), "failing": len(failing)},
        "queue": {"pending": queue["pending"], "failed": queue["failed"]},
        "articles": store.count("articles"),
        "stories": store.count("stories"),
        "last_article_at": iso(from_epoch(last_article)),
    }
