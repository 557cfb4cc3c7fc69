"""SQLite store (WAL, migrations, FTS5)."""

from plainwire.store.db import (
    FAILING_AFTER,
    OutletRow,
    Store,
    StoredArticle,
    StoryRow,
    from_epoch,
    pages_failing,
    slugify,
    source_failing,
    to_epoch,
)

__all__ = [
    "FAILING_AFTER",
    "OutletRow",
    "Store",
    "StoredArticle",
    "StoryRow",
    "from_epoch",
    "pages_failing",
    "slugify",
    "source_failing",
    "to_epoch",
]
