"""Plain rows of the store and the small rules read off them (source health, slugs, epochs)."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from plainwire.models import Analysis, Article, Outlet


def to_epoch(dt: datetime | None) -> float | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


def from_epoch(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def slugify(text: str, max_len: int = 60) -> str:
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    return slug[:max_len].rstrip("-") or "story"


#: A source that has worked before counts as failing after this many failed polls in a
#: row (one miss is noise); one that has never once worked is failing at its first failure.
FAILING_AFTER = 2


#: A source whose pages have all failed for this long (or that never stored one) is failing.
PAGE_WINDOW_S = 7 * 86400.0


def pages_failing(
    page_failures: int, last_page_success: datetime | None, now: datetime | None = None
) -> bool:
    """The page half of ``source_failing``: at least ``FAILING_AFTER`` page fetches in a row
    failed (fetch or extraction, each attempt counted) and no page was stored in the last
    ``PAGE_WINDOW_S`` (a feed whose links all point at a dead host yields nothing, and a
    monitor must see that)."""
    if page_failures < FAILING_AFTER:
        return False
    if last_page_success is None:
        return True
    now = datetime.now(UTC) if now is None else now
    return (now - last_page_success).total_seconds() > PAGE_WINDOW_S


def source_failing(
    consecutive_failures: int,
    ever_succeeded: bool,
    page_failures: int = 0,
    last_page_success: datetime | None = None,
) -> bool:
    """The one rule every health view (reader, API, ``plainwire status``) uses: the feed
    failed twice in a row (once if it never worked), or its pages all fail (``pages_failing``)."""
    feed = consecutive_failures >= FAILING_AFTER or (consecutive_failures > 0 and not ever_succeeded)
    return feed or pages_failing(page_failures, last_page_success)


@dataclass(frozen=True, slots=True)
class OutletRow:
    id: int
    outlet: Outlet
    enabled: bool
    etag: str | None
    last_modified: str | None
    last_polled: datetime | None
    last_success: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    articles_total: int
    articles_per_day: float
    # Its pages (kept by Store.queue_done / queue_retry): failed fetches or extractions in a
    # row since the last page stored, when that was, and the latest failure's message.
    page_failures: int = 0
    last_page_success: datetime | None = None
    last_page_error: str | None = None

    @property
    def failing(self) -> bool:
        return source_failing(
            self.consecutive_failures,
            self.last_success is not None,
            self.page_failures,
            self.last_page_success,
        )

    @property
    def pages_failing(self) -> bool:
        """Its pages all fail (``failing`` may also hold for the feed)."""
        return pages_failing(self.page_failures, self.last_page_success)


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: str
    slug: str
    headline: str
    story: str
    tone_label: str | None
    tone_score: float | None
    published: datetime | None
    updated: datetime | None
    n_articles: int
    n_outlets: int
    synthesis: dict[str, Any] | None
    merged_into: str | None
    #: Every article of the story was withdrawn by its outlet: not listed, its page says so.
    withdrawn: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoredArticle:
    article: Article
    outlet_id: int | None
    genre: str | None
    tone_label: str | None
    tone_score: float | None
    tone_evidence: tuple[str, ...]
    story_id: str | None
    fetched_at: datetime
    #: When its outlet's withdrawal notice was seen (the title and text are the earlier ones).
    withdrawn: datetime | None = None
    #: The id of the article this copy moved to (a 301, a canonical link): it is in no story.
    superseded_by: str | None = None


def article_values(article: Article, analysis: Analysis | None, h: str) -> dict[str, Any]:
    vals: dict[str, Any] = {
        "title": article.title,
        "text": article.text,
        "source": article.source,
        "published": to_epoch(article.published),
        "modified": to_epoch(article.modified),
        "authors": json.dumps(list(article.authors)),
        "language": article.language or (analysis.language if analysis else None),
        "site": article.site,
        "section": article.section,
        "schema_type": article.schema_type,
        "og_type": article.og_type,
        "description": article.description,
        "content_hash": h,
    }
    if analysis is not None:
        vals |= {
            "genre": analysis.genre,
            "tone_label": analysis.tone.label,
            "tone_score": analysis.tone.score,
            "tone_evidence": json.dumps(list(analysis.tone.evidence)),
        }
    return vals


def stored_article(r: sqlite3.Row) -> StoredArticle:
    art = Article(
        id=r["id"],
        title=r["title"],
        text=r["text"],
        url=r["url"],
        source=r["source"],
        published=from_epoch(r["published"]),
        modified=from_epoch(r["modified"]),
        authors=tuple(json.loads(r["authors"] or "[]")),
        language=r["language"],
        site=r["site"],
        section=r["section"],
        schema_type=r["schema_type"],
        og_type=r["og_type"],
        description=r["description"],
    )
    return StoredArticle(
        article=art,
        outlet_id=r["outlet_id"],
        genre=r["genre"],
        tone_label=r["tone_label"],
        tone_score=r["tone_score"],
        tone_evidence=tuple(json.loads(r["tone_evidence"] or "[]")),
        story_id=r["story_id"],
        fetched_at=from_epoch(r["fetched_at"]) or datetime.now(UTC),
        withdrawn=from_epoch(r["withdrawn"]),
        superseded_by=r["superseded_by"],
    )


def story_row(r: sqlite3.Row) -> StoryRow:
    return StoryRow(
        id=r["id"],
        slug=r["slug"],
        headline=r["headline"],
        story=r["story"],
        tone_label=r["tone_label"],
        tone_score=r["tone_score"],
        published=from_epoch(r["published"]),
        updated=from_epoch(r["updated"]),
        n_articles=r["n_articles"],
        n_outlets=r["n_outlets"],
        synthesis=json.loads(r["synthesis"]) if r["synthesis"] else None,
        merged_into=r["merged_into"],
        withdrawn=from_epoch(r["withdrawn"]),
    )
