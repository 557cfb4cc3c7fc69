"""Pydantic shapes of the JSON API (they become the OpenAPI schema)."""

from __future__ import annotations

from pydantic import BaseModel


class ErrorBody(BaseModel):
    code: str
    message: str
    input: str | None


class ErrorResponse(BaseModel):
    """The pinned error shape of plainwire (plainwire.errors.error_json)."""

    error: ErrorBody


class ToneOut(BaseModel):
    label: str
    score: float | None
    evidence: list[str]


class StorySummary(BaseModel):
    id: str
    slug: str
    headline: str
    tone: ToneOut
    highlights: list[str]
    published: str | None
    updated: str | None
    n_articles: int
    n_outlets: int


class StoryList(BaseModel):
    stories: list[StorySummary]
    next_cursor: str | None


class OpinionOut(BaseModel):
    title: str
    source: str
    url: str
    gist: str


class StorySourceOut(BaseModel):
    article_id: str
    source: str
    title: str
    url: str
    published: str | None
    genre: str | None


class SentenceRefOut(BaseModel):
    article_id: str
    index: int
    text: str
    source: str


class ProvenanceSentence(BaseModel):
    text: str
    support: list[SentenceRefOut]


class Provenance(BaseModel):
    story: list[ProvenanceSentence]
    highlights: list[ProvenanceSentence]


class WithdrawnOut(BaseModel):
    """An article its outlet withdrew: the outlet's notice, not the withdrawn claims."""

    article_id: str
    source: str
    url: str
    notice: str
    withdrawn: str | None


class StoryDetail(StorySummary):
    story: str
    opinions: list[OpinionOut]
    sources: list[StorySourceOut]
    withdrawn: list[WithdrawnOut] = []
    provenance: Provenance
    notes: list[str]


class ArticleTone(BaseModel):
    label: str
    score: float | None
    evidence: list[str]


class ArticleOut(BaseModel):
    id: str
    url: str
    title: str
    source: str
    published: str | None
    fetched_at: str | None
    language: str | None
    genre: str | None
    tone: ArticleTone | None
    story_id: str | None
    story_slug: str | None
    # When its outlet withdrew it (title and text are then the earlier, withdrawn ones: kept for
    # the record, shown in no story), and the article a moved copy was superseded by.
    withdrawn: str | None = None
    superseded_by: str | None = None


class ArticleDetail(ArticleOut):
    text: str


class ArticleList(BaseModel):
    articles: list[ArticleOut]
    next_cursor: str | None


class SourceOut(BaseModel):
    name: str
    feed_url: str
    home_url: str | None
    region: str | None
    lean: str | None
    language: str | None
    enabled: bool
    last_polled: str | None
    last_success: str | None
    last_error: str | None
    last_error_at: str | None
    consecutive_failures: int
    # The health rule of the reader and `plainwire status` (store.source_failing): the feed
    # failed twice in a row (once if it never worked), or its last page fetches failed (at
    # least 2 in a row, page_failures) and none was stored in 7 days (last_page_success).
    failing: bool
    page_failures: int
    last_page_success: str | None
    last_page_error: str | None
    articles_total: int
    articles_per_day: float


class SourceList(BaseModel):
    sources: list[SourceOut]


class Counts(BaseModel):
    articles: int
    stories: int
    outlets: int
    errors: int


class RecentError(BaseModel):
    at: str | None
    stage: str
    input: str
    code: str
    message: str


class Health(BaseModel):
    status: str
    version: str
    counts: Counts
    last_story_update: str | None
    failing_sources: int
    recent_errors: list[RecentError]


class Healthz(BaseModel):
    status: str
