"""The SQLite store: one file, WAL mode, versioned migrations, FTS5 search.

Everything the pipeline keeps lives here. Writes happen in short transactions so a crash
at any moment leaves either the old or the new state, never half of one. The class is put
together by concern: ``base`` (connection, migrations, transactions), ``queue`` (work queue,
poll schedules), ``reader`` (the reader's queries), ``rows`` (row types and health rules);
this module holds outlets, articles, stories and operations.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from plainwire.errors import StoreError
from plainwire.models import Analysis, Article, Outlet, StorySynthesis
from plainwire.store.queue import QueueMixin
from plainwire.store.reader import ReaderQueries, fts_query
from plainwire.store.repeats import RepeatsMixin
from plainwire.store.rows import (
    FAILING_AFTER,
    PAGE_WINDOW_S,
    OutletRow,
    StoredArticle,
    StoryRow,
    article_values,
    from_epoch,
    pages_failing,
    slugify,
    source_failing,
    stored_article,
    story_row,
    to_epoch,
)
from plainwire.store.withdrawals import WithdrawalsMixin, refresh_story_counts


class Store(QueueMixin, RepeatsMixin, WithdrawalsMixin, ReaderQueries):
    """A plainwire SQLite store. Thread-safe for one writer (a lock serialises writes)."""

    # -- outlets ---------------------------------------------------------------------------

    def add_outlet(self, outlet: Outlet) -> tuple[int, bool]:
        """Add (or re-enable) an outlet; returns ``(id, created)``.

        Adding a feed that is already a source renames and re-enables it; what the new
        ``Outlet`` leaves unset (``sources add`` knows no region or lean) keeps its stored value
        rather than erasing what an OPML import set."""
        with self.transaction() as c:
            row = c.execute("SELECT id FROM outlets WHERE feed_url = ?", (outlet.feed_url,)).fetchone()
            if row:
                c.execute(
                    "UPDATE outlets SET name=?, home_url=COALESCE(?, home_url), region=COALESCE(?, region),"
                    " lean=COALESCE(?, lean), language=COALESCE(?, language), enabled=1 WHERE id=?",
                    (outlet.name, outlet.home_url, outlet.region, outlet.lean, outlet.language, row["id"]),
                )
                return int(row["id"]), False
            cur = c.execute(
                "INSERT INTO outlets(name, feed_url, home_url, region, lean, language, added_at) VALUES (?,?,?,?,?,?,?)",
                (
                    outlet.name,
                    outlet.feed_url,
                    outlet.home_url,
                    outlet.region,
                    outlet.lean,
                    outlet.language,
                    time.time(),
                ),
            )
            return int(cur.lastrowid or 0), True

    def remove_outlet(self, key: str) -> bool:
        """Disable an outlet by feed URL or name (its stored articles stay)."""
        with self.transaction() as c:
            cur = c.execute(
                "UPDATE outlets SET enabled = 0 WHERE (feed_url = ? OR name = ?) AND enabled = 1", (key, key)
            )
            return cur.rowcount > 0

    def outlets(self, *, enabled_only: bool = True) -> list[OutletRow]:
        sql = "SELECT * FROM outlets" + (" WHERE enabled = 1" if enabled_only else "") + " ORDER BY name"
        week_ago = time.time() - 7 * 86400
        counts = {
            r["outlet_id"]: r["n"]
            for r in self.conn.execute(
                "SELECT outlet_id, COUNT(*) n FROM articles WHERE fetched_at >= ? GROUP BY outlet_id",
                (week_ago,),
            )
        }
        out = []
        for r in self.conn.execute(sql):
            age_days = max(1.0, min(7.0, (time.time() - r["added_at"]) / 86400))
            out.append(
                OutletRow(
                    id=r["id"],
                    outlet=Outlet(
                        r["name"], r["feed_url"], r["home_url"], r["region"], r["lean"], r["language"]
                    ),
                    enabled=bool(r["enabled"]),
                    etag=r["etag"],
                    last_modified=r["last_modified"],
                    last_polled=from_epoch(r["last_polled"]),
                    last_success=from_epoch(r["last_success"]),
                    last_error=r["last_error"],
                    last_error_at=from_epoch(r["last_error_at"]),
                    consecutive_failures=r["consecutive_failures"],
                    articles_total=r["articles_total"],
                    articles_per_day=counts.get(r["id"], 0) / age_days,
                    page_failures=r["page_failures"],
                    last_page_success=from_epoch(r["last_page_success"]),
                    last_page_error=r["last_page_error"],
                )
            )
        return out

    def record_poll_success(self, outlet_id: int, *, etag: str | None, last_modified: str | None) -> None:
        now = time.time()
        with self.transaction() as c:
            c.execute(
                "UPDATE outlets SET last_polled=?, last_success=?, consecutive_failures=0, "
                "etag=COALESCE(?, etag), last_modified=COALESCE(?, last_modified) WHERE id=?",
                (now, now, etag, last_modified, outlet_id),
            )

    def record_poll_failure(self, outlet_id: int, message: str) -> None:
        now = time.time()
        with self.transaction() as c:
            c.execute(
                "UPDATE outlets SET last_polled=?, last_error=?, last_error_at=?, "
                "consecutive_failures = consecutive_failures + 1 WHERE id=?",
                (now, message, now, outlet_id),
            )

    # -- errors ----------------------------------------------------------------------------

    def record_error(self, stage: str, input: str, code: str, message: str) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT INTO errors(at, stage, input, code, message) VALUES (?,?,?,?,?)",
                (time.time(), stage, input, code, message),
            )

    def recent_errors(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM errors ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) | {"at": from_epoch(r["at"])} for r in rows]

    # -- articles --------------------------------------------------------------------------

    def put_article(
        self, article: Article, analysis: Analysis | None = None, *, outlet_id: int | None = None
    ) -> str:
        """Insert or update an article keyed by canonical URL.

        Returns ``"inserted"``, ``"updated"`` (content changed: its story becomes dirty) or
        ``"unchanged"`` (same content hash: nothing is written).
        """
        h = article.content_hash
        with self.transaction() as c:
            row = c.execute(
                "SELECT id, content_hash, story_id, withdrawn FROM articles WHERE url = ?", (article.url,)
            ).fetchone()
            if row and row["content_hash"] == h and row["withdrawn"] is None:
                return "unchanged"
            values = article_values(article, analysis, h)
            if row:
                values["withdrawn"] = None  # (a page back from a withdrawal notice is live again)
                revised = _revised_at(article)
                if revised is not None:
                    values["revised"] = revised
                sets = ", ".join(f"{k} = ?" for k in values)
                c.execute(f"UPDATE articles SET {sets} WHERE url = ?", (*values.values(), article.url))
                if row["story_id"]:
                    self._refresh_story_counts(c, row["story_id"])  # dirty, and Updated moves
                return "updated"
            values |= {
                "id": article.id,
                "url": article.url,
                "outlet_id": outlet_id,
                "fetched_at": time.time(),
            }
            cols = ", ".join(values)
            c.execute(
                f"INSERT INTO articles({cols}) VALUES ({','.join('?' * len(values))})", tuple(values.values())
            )
            if outlet_id is not None:
                c.execute("UPDATE outlets SET articles_total = articles_total + 1 WHERE id = ?", (outlet_id,))
            return "inserted"

    def assign_story(self, article_id: str, story_id: str) -> None:
        """Put an article in a story (creating the story row if new) and mark the story dirty."""
        with self.transaction() as c:
            self._ensure_story(c, story_id)
            old = c.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
            if old is None:
                raise StoreError(f"no such article {article_id}")
            if old["story_id"] == story_id:
                return
            c.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
            for sid in {story_id, old["story_id"]} - {None}:
                self._refresh_story_counts(c, sid)

    def _ensure_story(self, c: sqlite3.Connection, story_id: str) -> None:
        if c.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
            return
        c.execute(
            "INSERT INTO stories(id, slug, created_at) VALUES (?, ?, ?)", (story_id, story_id, time.time())
        )

    def _refresh_story_counts(self, c: sqlite3.Connection, story_id: str) -> None:
        refresh_story_counts(c, story_id)

    def get_article(self, article_id: str) -> StoredArticle | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return stored_article(row) if row else None

    def story_articles(self, story_id: str) -> list[StoredArticle]:
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE story_id = ? ORDER BY COALESCE(published, fetched_at), rowid",
            (story_id,),
        ).fetchall()
        return [stored_article(r) for r in rows]

    def count(self, table: str) -> int:
        if table not in {"articles", "stories", "outlets", "errors"}:
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def iter_articles(self, *, since: datetime | None = None) -> Iterator[StoredArticle]:
        since_e = to_epoch(since) if since else -1e18
        for r in self.conn.execute(
            "SELECT * FROM articles WHERE COALESCE(published, fetched_at) >= ? ORDER BY COALESCE(published, fetched_at), rowid",
            (since_e,),
        ):
            yield stored_article(r)

    def live_story_articles(self, since: datetime) -> list[tuple[str, list[Article]]]:
        """Stories updated since ``since`` with their articles, for warming the clusterer."""
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM stories WHERE merged_into IS NULL AND updated >= ? ORDER BY updated",
                (to_epoch(since),),
            )
        ]
        return [(sid, [a.article for a in self.story_articles(sid)]) for sid in ids]

    def live_story_genres(self, since: datetime) -> dict[str, str | None]:
        """Article id -> stored genre for the articles of :meth:`live_story_articles` (the
        clusterer's ``restore`` keeps an opinion piece out of its story's vectors)."""
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                """SELECT a.id, a.genre FROM articles a JOIN stories s ON a.story_id = s.id
                   WHERE s.merged_into IS NULL AND s.updated >= ?""",
                (to_epoch(since),),
            )
        }

    # -- stories ---------------------------------------------------------------------------

    def dirty_stories(self) -> list[str]:
        return [
            r[0] for r in self.conn.execute("SELECT id FROM stories WHERE dirty = 1 AND merged_into IS NULL")
        ]

    def save_synthesis(self, synthesis: StorySynthesis, signature: str) -> None:
        """Store a story's synthesized parts; the slug is fixed at the first synthesis."""
        data = synthesis.to_json()
        with self.transaction() as c:
            row = c.execute(
                "SELECT slug, synthesized_at, reslug FROM stories WHERE id = ?", (synthesis.story_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"no such story {synthesis.story_id}")
            slug = row["slug"]
            # A withdrawal made the headline change: the slug follows it once, so no link
            # repeats a withdrawn claim; the old slug stays an alias that redirects.
            if row["synthesized_at"] is None or row["reslug"]:
                base = f"{slugify(synthesis.headline)}-{synthesis.story_id[-6:]}"
                slug = base
                n = 2
                while c.execute(
                    "SELECT 1 FROM stories WHERE slug = ? AND id != ?", (slug, synthesis.story_id)
                ).fetchone():
                    slug = f"{base}-{n}"
                    n += 1
                if row["synthesized_at"] is not None:
                    slug = self._new_slug(c, synthesis.story_id, row["slug"], slug)
            c.execute(
                """UPDATE stories SET slug=?, headline=?, story=?, tone_label=?, tone_score=?, synthesis=?,
                       synthesized_sig=?, synthesized_at=?, dirty=0, reslug=0, withdrawn=NULL WHERE id=?""",
                (
                    slug,
                    synthesis.headline,
                    synthesis.story_text,
                    synthesis.tone.label,
                    synthesis.tone.score,
                    json.dumps(data, ensure_ascii=False),
                    signature,
                    time.time(),
                    synthesis.story_id,
                ),
            )

    def story_signature(self, story_id: str) -> str:
        """Identity of a story's membership and content: re-synthesise only when it changes."""
        rows = self.conn.execute(
            "SELECT id, content_hash, withdrawn FROM articles WHERE story_id = ? ORDER BY id", (story_id,)
        ).fetchall()
        # A withdrawal changes no text, so it is marked ("w") for the signature to change;
        # other articles' parts are as before, so no stored story is re-synthesised for it.
        parts = (f"{r[0]}:{r[1]}" + (":w" if r[2] is not None else "") for r in rows)
        return hashlib.sha1("|".join(parts).encode()).hexdigest()

    def synthesized_signature(self, story_id: str) -> str | None:
        row = self.conn.execute("SELECT synthesized_sig FROM stories WHERE id = ?", (story_id,)).fetchone()
        return row[0] if row else None

    def mark_clean(self, story_id: str) -> None:
        with self.transaction() as c:
            c.execute("UPDATE stories SET dirty = 0 WHERE id = ?", (story_id,))

    def story_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM stories")}

    def get_story(self, key: str) -> StoryRow | None:
        row = self.conn.execute("SELECT * FROM stories WHERE id = ? OR slug = ?", (key, key)).fetchone()
        return story_row(row) if row else None

    def list_stories(
        self, *, limit: int = 20, before: float | None = None, label: str | None = None
    ) -> list[StoryRow]:
        sql = "SELECT * FROM stories WHERE merged_into IS NULL AND synthesized_at IS NOT NULL AND withdrawn IS NULL"
        args: list[Any] = []
        if before is not None:
            sql += " AND updated < ?"
            args.append(before)
        if label:
            sql += " AND tone_label = ?"
            args.append(label)
        sql += " ORDER BY updated DESC, rowid DESC LIMIT ?"
        args.append(limit)
        return [story_row(r) for r in self.conn.execute(sql, args)]

    def merge_stories(self, absorbed: str, into: str) -> None:
        """Move every article of ``absorbed`` into ``into``; the absorbed page redirects."""
        with self.transaction() as c:
            self._ensure_story(c, into)
            c.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (into, absorbed))
            c.execute("UPDATE stories SET merged_into = ?, dirty = 0 WHERE id = ?", (into, absorbed))
            c.execute("UPDATE stories SET merged_into = ? WHERE merged_into = ?", (into, absorbed))
            self._refresh_story_counts(c, into)

    def apply_recluster(self, assignment: dict[str, str], absorbed: dict[str, str]) -> int:
        """Write a re-cluster result in one transaction: move articles to their new stories and
        turn absorbed stories into redirects. Returns how many articles moved."""
        moved = 0
        with self.transaction() as c:
            touched: set[str] = set()
            for article_id, story_id in assignment.items():
                row = c.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None or row["story_id"] == story_id:
                    continue
                self._ensure_story(c, story_id)
                c.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
                touched.update(x for x in (story_id, row["story_id"]) if x)
                moved += 1
            for old, into in absorbed.items():
                c.execute("UPDATE stories SET merged_into = ?, dirty = 0 WHERE id = ?", (into, old))
                c.execute("UPDATE stories SET merged_into = ? WHERE merged_into = ?", (into, old))
            for sid in touched:
                self._refresh_story_counts(c, sid)
        return moved

    # -- search ----------------------------------------------------------------------------

    def search_articles(self, query: str, limit: int = 20) -> list[StoredArticle]:
        q = fts_query(query)
        if not q:
            return []
        rows = self.conn.execute(
            """SELECT a.* FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
            (q, limit),
        ).fetchall()
        return [stored_article(r) for r in rows]

    def unclustered_articles(self) -> list[StoredArticle]:
        """Stored articles that never got a story (a crash between storing and clustering)."""
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE story_id IS NULL AND withdrawn IS NULL AND superseded_by IS NULL"
            " ORDER BY COALESCE(published, fetched_at), rowid"
        ).fetchall()
        return [stored_article(r) for r in rows]

    def article_story(self, url: str) -> tuple[str, str | None] | None:
        """``(article id, story id)`` of the article stored under ``url``."""
        row = self.conn.execute("SELECT id, story_id FROM articles WHERE url = ?", (url,)).fetchone()
        return (row["id"], row["story_id"]) if row else None

    def latest_story_update(self) -> float | None:
        row = self.conn.execute("SELECT MAX(updated) FROM stories WHERE merged_into IS NULL").fetchone()
        return None if row[0] is None else float(row[0])

    def drop_bodies(self, before: float) -> int:
        """Empty the text of articles published before ``before`` (epoch) whose story is no
        longer live; titles, links, hashes, analyses and stories stay. Returns the count."""
        now = time.time()
        with self.transaction() as c:
            cur = c.execute(
                """UPDATE articles SET text = '', body_dropped_at = ?
                   WHERE body_dropped_at IS NULL AND COALESCE(published, fetched_at) < ?
                     AND (story_id IS NULL OR story_id NOT IN (SELECT id FROM stories WHERE updated >= ?))""",
                (now, before, before),
            )
            return cur.rowcount

    def prune_log(self, before: float) -> tuple[int, int]:
        """Delete errors and finished queue items older than ``before``; returns the counts."""
        with self.transaction() as c:
            errors = c.execute("DELETE FROM errors WHERE at < ?", (before,)).rowcount
            queued = c.execute(
                "DELETE FROM queue WHERE state != 'pending' AND updated_at < ?", (before,)
            ).rowcount
        return errors, queued

    def ops_counts(self, since: float) -> dict[str, int]:
        """Activity since ``since`` (epoch): articles stored, stories created and synthesised, errors."""
        one = lambda sql: int(self.conn.execute(sql, (since,)).fetchone()[0])  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles WHERE fetched_at >= ?"),
            "stories_created": one("SELECT COUNT(*) FROM stories WHERE created_at >= ?"),
            "stories_synthesized": one("SELECT COUNT(*) FROM stories WHERE synthesized_at >= ?"),
            "errors": one("SELECT COUNT(*) FROM errors WHERE at >= ?"),
        }

    def iter_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of ``articles`` or ``stories`` as a plain dict, in insertion order (export)."""
        if table not in {"articles", "stories"}:
            raise ValueError(table)
        for r in self.conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            yield dict(r)

    def backup_to(self, dest: str | Path) -> None:
        """Copy the store with SQLite's online backup API (safe while the main job writes).

        One step: in WAL mode that reads one consistent snapshot without blocking writers,
        where a paged backup would restart each time another connection writes."""
        target = sqlite3.connect(str(dest))
        try:
            with self._lock:
                self.conn.backup(target)
        finally:
            target.close()


#: Without a modified time of its own, a changed article older than this is taken to be read
#: differently (an extractor upgrade, an archive ingested again), not updated by its outlet.
REVISED_RECENT_S = 3 * 86400.0


def _revised_at(article: Article) -> float | None:
    """When a re-fetched article's content changed: its page's own modified time when that is
    plausible (after publication, not in the future); else now, when we saw the change, for an
    article published in the last REVISED_RECENT_S (or undated); else None (the story's Updated
    time stays)."""
    now = time.time()
    modified = to_epoch(article.modified)
    published = to_epoch(article.published)
    if modified is not None and modified <= now + 300.0 and (published is None or modified >= published):
        return modified
    if published is None or now - published < REVISED_RECENT_S:
        return now
    return None


__all__ = [
    "FAILING_AFTER",
    "PAGE_WINDOW_S",
    "OutletRow",
    "Store",
    "StoredArticle",
    "StoryRow",
    "fts_query",
    "from_epoch",
    "pages_failing",
    "slugify",
    "source_failing",
    "to_epoch",
]
