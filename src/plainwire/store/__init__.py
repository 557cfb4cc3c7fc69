"""SQLite store (WAL, migrations, FTS5)."""

from plainwire.store.db import OutletRow, Store, StoredArticle, StoryRow, from_epoch, slugify, to_epoch

__all__ = ["OutletRow", "Store", "StoredArticle", "StoryRow", "from_epoch", "slugify", "to_epoch"]
