"""Pagination cursors: the last item's sort key, in a plain documented form.

Stories page by ``(updated, rowid)``: cursor ``<updated epoch seconds>_<rowid>``, e.g.
``1759106760.0_42`` (``repr`` of the float, so it round-trips exactly). Articles page by
rowid: cursor ``<rowid>``. Every string matching the published pattern is a valid cursor,
so the API never rejects a well-formed one.
"""

from __future__ import annotations

import re

from plainwire.errors import BadInputError

STORY_CURSOR_PATTERN = r"^-?[0-9]{1,12}(\.[0-9]{1,17})?(e-?[0-9]{1,3})?_[0-9]{1,18}$"
ARTICLE_CURSOR_PATTERN = r"^[0-9]{1,18}$"
_STORY = re.compile(STORY_CURSOR_PATTERN)
_ARTICLE = re.compile(ARTICLE_CURSOR_PATTERN)


def story_cursor(updated: float, rowid: int) -> str:
    return f"{updated!r}_{rowid}"


def parse_story_cursor(cursor: str | None) -> tuple[float, int] | None:
    if not cursor:
        return None
    if not _STORY.match(cursor):
        raise BadInputError("malformed cursor (expected <epoch>_<rowid>)", input="cursor")
    updated, rowid = cursor.rsplit("_", 1)
    return float(updated), int(rowid)


def article_cursor(rowid: int) -> str:
    return str(rowid)


def parse_article_cursor(cursor: str | None) -> int | None:
    if not cursor:
        return None
    if not _ARTICLE.match(cursor):
        raise BadInputError("malformed cursor (expected <rowid>)", input="cursor")
    return int(cursor)
