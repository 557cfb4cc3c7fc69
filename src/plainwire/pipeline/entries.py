"""Feed entries as the queue keeps them (JSON), and the small per-article fixes made
before an article is analysed (zero dates, the detected language)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from plainwire.models import Article, FeedEntry, is_zero_date, iso, parse_time

log = logging.getLogger(__name__)


def own_updates(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries, without ``updated`` when every one of several carries the same value: a
    feed that stamps each item with the time it was built says nothing about the items (and
    would have every recent page fetched again at each poll)."""
    stamps = {e.updated for e in entries}
    if len(entries) >= 3 and len(stamps) == 1 and None not in stamps:
        return [replace(e, updated=None) for e in entries]
    return entries


def entry_to_json(e: FeedEntry) -> dict[str, Any]:
    return {
        "url": e.url,
        "title": e.title,
        "summary": e.summary,
        "published": iso(e.published),
        "guid": e.guid,
        "source": e.source,
        "authors": list(e.authors),
        "updated": iso(e.updated),
    }


def entry_from_json(d: Mapping[str, Any]) -> FeedEntry:
    return FeedEntry(
        url=d["url"],
        title=d.get("title") or "",
        summary=d.get("summary") or "",
        published=parse_time(d.get("published")),
        guid=d.get("guid"),
        source=d.get("source") or "",
        authors=tuple(d.get("authors") or ()),
        updated=parse_time(d.get("updated")),
    )


def known_dates(art: Article) -> Article:
    """The article with zero dates (a CMS's 1970-01-01 for "no date") unset: a story must
    not be dated 1 Jan 1970; the store falls back to the fetch time for ordering."""
    from dataclasses import replace

    zero_pub, zero_mod = is_zero_date(art.published), is_zero_date(art.modified)
    if not (zero_pub or zero_mod):
        return art
    shown = iso(art.published if zero_pub else art.modified)  # the page's own value: "0001-01-01..." too
    log.warning("%s: date %s is no real date (before 2 Jan 1970); left unset", art.url, shown)
    return replace(
        art, published=None if zero_pub else art.published, modified=None if zero_mod else art.modified
    )


def with_language(art: Article, language: str) -> Article:
    from dataclasses import replace

    return replace(art, language=language)
