"""The SQLite store: one file, WAL mode, versioned migrations, FTS5 search.

Everything the pipeline keeps lives here. Writes happen in short transactions so a crash
at any moment leaves either the old or the new state, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from plainwire.errors import StoreError
from plainwire.models import Analysis, Article, Outlet, StorySynthesis
from plainwire.store.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)


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


class Store:
    """A plainwire SQLite store. Thread-safe for one writer (a lock serialises writes)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        uri = f"file:{self.path}?mode=ro" if readonly else self.path
        try:
            self.conn = sqlite3.connect(
                uri, uri=readonly, timeout=30.0, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store: {exc}", input=self.path) from exc
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # -- lifecycle -------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply pending migrations; returns the schema version."""
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store schema v{version} is newer than this plainwire (v{SCHEMA_VERSION})", input=self.path
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                # executescript would COMMIT our transaction; run statements one by one instead.
                for stmt in _split_sql(MIGRATIONS[target - 1]):
                    self.conn.execute(stmt)
                self.conn.execute(f"PRAGMA user_version = {target}")
            log.info("store %s migrated to schema v%d", self.path, target)
        return SCHEMA_VERSION

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    # -- outlets ---------------------------------------------------------------------------

    def add_outlet(self, outlet: Outlet) -> tuple[int, bool]:
        """Add (or re-enable) an outlet; returns ``(id, created)``."""
        with self.transaction() as c:
            row = c.execute("SELECT id FROM outlets WHERE feed_url = ?", (outlet.feed_url,)).fetchone()
            if row:
                c.execute(
                    "UPDATE outlets SET name=?, home_url=?, region=?, lean=?, language=?, enabled=1 WHERE id=?",
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
                "SELECT id, content_hash, story_id FROM articles WHERE url = ?", (article.url,)
            ).fetchone()
            if row and row["content_hash"] == h:
                return "unchanged"
            values = _article_values(article, analysis, h)
            if row:
                sets = ", ".join(f"{k} = ?" for k in values)
                c.execute(f"UPDATE articles SET {sets} WHERE url = ?", (*values.values(), article.url))
                if row["story_id"]:
                    c.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (row["story_id"],))
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
        c.execute(
            """UPDATE stories SET dirty = 1,
                 n_articles = (SELECT COUNT(*) FROM articles WHERE story_id = :s),
                 n_outlets = (SELECT COUNT(DISTINCT source) FROM articles WHERE story_id = :s),
                 published = (SELECT MIN(COALESCE(published, fetched_at)) FROM articles WHERE story_id = :s),
                 updated = (SELECT MAX(COALESCE(published, fetched_at)) FROM articles WHERE story_id = :s)
               WHERE id = :s""",
            {"s": story_id},
        )

    def get_article(self, article_id: str) -> StoredArticle | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _stored_article(row) if row else None

    def story_articles(self, story_id: str) -> list[StoredArticle]:
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE story_id = ? ORDER BY COALESCE(published, fetched_at), rowid",
            (story_id,),
        ).fetchall()
        return [_stored_article(r) for r in rows]

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
            yield _stored_article(r)

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
                "SELECT slug, synthesized_at FROM stories WHERE id = ?", (synthesis.story_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"no such story {synthesis.story_id}")
            slug = row["slug"]
            if row["synthesized_at"] is None:
                base = f"{slugify(synthesis.headline)}-{synthesis.story_id[-6:]}"
                slug = base
                n = 2
                while c.execute(
                    "SELECT 1 FROM stories WHERE slug = ? AND id != ?", (slug, synthesis.story_id)
                ).fetchone():
                    slug = f"{base}-{n}"
                    n += 1
            c.execute(
                """UPDATE stories SET slug=?, headline=?, story=?, tone_label=?, tone_score=?, synthesis=?,
                       synthesized_sig=?, synthesized_at=?, dirty=0 WHERE id=?""",
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
            "SELECT id, content_hash FROM articles WHERE story_id = ? ORDER BY id", (story_id,)
        ).fetchall()
        return hashlib.sha1("|".join(f"{r[0]}:{r[1]}" for r in rows).encode()).hexdigest()

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
        return _story_row(row) if row else None

    def list_stories(
        self, *, limit: int = 20, before: float | None = None, label: str | None = None
    ) -> list[StoryRow]:
        sql = "SELECT * FROM stories WHERE merged_into IS NULL AND synthesized_at IS NOT NULL"
        args: list[Any] = []
        if before is not None:
            sql += " AND updated < ?"
            args.append(before)
        if label:
            sql += " AND tone_label = ?"
            args.append(label)
        sql += " ORDER BY updated DESC, rowid DESC LIMIT ?"
        args.append(limit)
        return [_story_row(r) for r in self.conn.execute(sql, args)]

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
        return [_stored_article(r) for r in rows]

    # -- operations (issue 8): work queue, poll schedules, retention, stats, backup ----------
    # Owned by the operations code (plainwire.scheduler, plainwire.ops). Each write is one
    # short transaction, so a kill at any moment leaves the queue consistent.

    def queue_add(self, items: Iterable[tuple[str, int | None, str]]) -> int:
        """Queue ``(canonical url, outlet id, entry JSON)`` items not stored or queued yet."""
        now = time.time()
        added = 0
        with self.transaction() as c:
            for url, outlet_id, entry in items:
                if c.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone():
                    continue
                cur = c.execute(
                    "INSERT OR IGNORE INTO queue(url, outlet_id, entry, enqueued_at, updated_at) VALUES (?,?,?,?,?)",
                    (url, outlet_id, entry, now, now),
                )
                added += cur.rowcount
        return added

    def queue_claim(self, limit: int, *, now: float | None = None) -> list[dict[str, Any]]:
        """The oldest pending items that may be tried now (claims are not persisted: a
        crash simply leaves them pending)."""
        # Oldest publication first (undated last), so the clusterer sees stories grow in
        # time order even when one poll brings a new source's whole history.
        rows = self.conn.execute(
            "SELECT id, url, outlet_id, entry, attempts FROM queue WHERE state = 'pending' AND not_before <= ?"
            " ORDER BY json_extract(entry, '$.published') IS NULL, json_extract(entry, '$.published'), id LIMIT ?",
            (time.time() if now is None else now, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def queue_done(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        now = time.time()
        with self.transaction() as c:
            c.executemany(
                "UPDATE queue SET state = 'done', updated_at = ? WHERE id = ?", [(now, i) for i in ids]
            )
            # its outlet's pages work (source health: pages_failing)
            c.executemany(
                "UPDATE outlets SET last_page_success = ?, page_failures = 0 "
                "WHERE id = (SELECT outlet_id FROM queue WHERE id = ?)",
                [(now, i) for i in ids],
            )

    def queue_retry(
        self, item_id: int, error: str, *, delay: float, max_attempts: int, now: float | None = None
    ) -> str:
        """Count a failed attempt; the item waits ``delay`` seconds, or is marked failed
        after ``max_attempts``. Returns the new state."""
        now = time.time() if now is None else now
        with self.transaction() as c:
            row = c.execute("SELECT attempts FROM queue WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                return "missing"
            attempts = int(row["attempts"]) + 1
            state = "failed" if attempts >= max_attempts else "pending"
            c.execute(
                "UPDATE queue SET attempts = ?, state = ?, not_before = ?, last_error = ?, updated_at = ? WHERE id = ?",
                (attempts, state, now + delay, error, now, item_id),
            )
            c.execute(
                "UPDATE outlets SET page_failures = page_failures + 1, last_page_error = ? "
                "WHERE id = (SELECT outlet_id FROM queue WHERE id = ?)",
                (error, item_id),
            )
        return state

    def queue_counts(self) -> dict[str, int]:
        counts = {"pending": 0, "done": 0, "failed": 0}
        counts |= {
            r[0]: int(r[1]) for r in self.conn.execute("SELECT state, COUNT(*) FROM queue GROUP BY state")
        }
        return counts

    def queue_next_due(self) -> float | None:
        row = self.conn.execute("SELECT MIN(not_before) FROM queue WHERE state = 'pending'").fetchone()
        return None if row[0] is None else float(row[0])

    def poll_schedules(self) -> dict[int, dict[str, Any]]:
        """outlet id -> ``{"next_poll_at", "poll_every", "rate_per_day"}`` (None when unknown)."""
        return {
            int(r["id"]): {
                "next_poll_at": r["next_poll_at"],
                "poll_every": r["poll_every"],
                "rate_per_day": r["rate_per_day"],
            }
            for r in self.conn.execute("SELECT id, next_poll_at, poll_every, rate_per_day FROM outlets")
        }

    def outlet_names(self) -> dict[int, str]:
        """outlet id -> name, every outlet (cheap: no article counts)."""
        return {int(r[0]): r[1] for r in self.conn.execute("SELECT id, name FROM outlets")}

    def next_poll_due(self) -> float | None:
        """When the next poll of an enabled outlet is due (0.0 = one never polled); None = no outlets."""
        row = self.conn.execute(
            "SELECT MIN(COALESCE(next_poll_at, 0.0)), COUNT(*) FROM outlets WHERE enabled = 1"
        ).fetchone()
        return float(row[0]) if row[1] else None

    def set_poll_schedule(
        self, outlet_id: int, *, next_poll_at: float, poll_every: float, rate_per_day: float | None
    ) -> None:
        with self.transaction() as c:
            c.execute(
                "UPDATE outlets SET next_poll_at = ?, poll_every = ?, rate_per_day = ? WHERE id = ?",
                (next_poll_at, poll_every, rate_per_day, outlet_id),
            )

    def unclustered_articles(self) -> list[StoredArticle]:
        """Stored articles that never got a story (a crash between storing and clustering)."""
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE story_id IS NULL ORDER BY COALESCE(published, fetched_at), rowid"
        ).fetchall()
        return [_stored_article(r) for r in rows]

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

    # -- reader queries ----------------------------------------------------------------------
    # Read-only queries for plainwire.publish (issue 7). Keyset pagination: stories by
    # (updated, rowid) newest first, articles by rowid (ingest order) newest first.

    def reader_stories(
        self,
        *,
        limit: int = 20,
        cursor: tuple[float, int] | None = None,
        label: str | None = None,
        outlet: str | None = None,
        since: float | None = None,
        until: float | None = None,
        query: str | None = None,
        story_fts: str | None = None,
    ) -> list[tuple[tuple[float, int], StoryRow]]:
        """Published stories newest-updated first, as ``((updated, rowid), row)``.

        ``cursor`` is the first element of the last item of the previous page: the raw stored
        ``updated`` float (a datetime would round it to microseconds and break the keyset).

        ``query`` is free text matched over stories and their articles; ``story_fts`` is an
        already-safe FTS5 expression matched over story headlines and text only.
        """
        # Phase 1 orders candidates by columns stored before the (large) synthesis JSON, so
        # SQLite never reads overflow pages for rows it discards; phase 2 loads whole rows of
        # the few winners and drops unpublished/merged ones (their columns come after it).
        sql = "SELECT s.rowid, s.updated FROM stories s WHERE s.updated IS NOT NULL {cursor}"
        args: dict[str, Any] = {}
        if label:
            sql += " AND s.tone_label = :label"
            args["label"] = label
        if since is not None:
            sql += " AND s.updated >= :since"
            args["since"] = since
        if until is not None:
            sql += " AND s.updated < :until"
            args["until"] = until
        if outlet:
            # Walk stories newest first probing their few articles (each story has only a few).
            sql += " AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.source = :outlet)"
            args["outlet"] = outlet
        if query is not None:
            q = fts_query(query)
            if not q:
                return []
            args["q"] = q
            if self._reader_fts_is_common(q):
                # Many matches: walk stories newest first and stop at the limit; each probe
                # is an FTS5 rowid lookup, so the full match list is never built.
                sql += (
                    " AND (s.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH :q)"
                    " OR EXISTS (SELECT 1 FROM articles a JOIN articles_fts f ON f.rowid = a.rowid"
                    " WHERE a.story_id = s.id AND articles_fts MATCH :q))"
                )
            else:
                # Few matches: collect them (small) and sort those stories.
                sql += (
                    " AND (s.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH :q)"
                    " OR s.id IN (SELECT a.story_id FROM articles a WHERE a.rowid IN"
                    " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)))"
                )
        if story_fts is not None:
            sql += " AND s.rowid IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH :sf)"
            args["sf"] = story_fts
        sql += " ORDER BY s.updated DESC, s.rowid DESC LIMIT :n"
        out: list[tuple[tuple[float, int], StoryRow]] = []
        batch = limit * 2 + 8
        pos = cursor
        while len(out) < limit:
            if pos is None:
                cands = self.conn.execute(sql.format(cursor=""), args | {"n": batch}).fetchall()
            else:
                cands = self.conn.execute(
                    sql.format(cursor="AND (s.updated, s.rowid) < (:cu, :cr)"),
                    args | {"n": batch, "cu": pos[0], "cr": pos[1]},
                ).fetchall()
            if not cands:
                break
            ids = [int(r[0]) for r in cands]
            keys = {int(r[0]): (float(r[1]), int(r[0])) for r in cands}
            rows = {
                int(r["rowid"]): r
                for r in self.conn.execute(
                    f"SELECT * FROM stories WHERE rowid IN ({','.join('?' * len(ids))})"
                    " AND merged_into IS NULL AND synthesized_at IS NOT NULL",
                    ids,
                )
            }
            out += [(keys[i], _story_row(rows[i])) for i in ids if i in rows][: limit - len(out)]
            if len(cands) < batch:
                break
            pos = (float(cands[-1][1]), int(cands[-1][0]))
            batch *= 4
        return out

    def reader_story_head(self, key: str) -> dict[str, Any] | None:
        """The few columns that identify a story version (cheap: for caches and redirects)."""
        row = self.conn.execute(
            "SELECT rowid, id, slug, merged_into, synthesized_at, updated, n_articles FROM stories"
            " WHERE id = ? OR slug = ?",
            (key, key),
        ).fetchone()
        return dict(row) if row else None

    def reader_story_articles(self, story_id: str) -> list[dict[str, Any]]:
        """A story's articles without their text (sources lists, provenance links)."""
        rows = self.conn.execute(
            "SELECT id, url, title, source, published, fetched_at, genre, tone_label FROM articles"
            " WHERE story_id = ? ORDER BY COALESCE(published, fetched_at), rowid",
            (story_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def reader_articles(
        self,
        *,
        limit: int = 20,
        cursor: int | None = None,
        outlet: str | None = None,
        story_id: str | None = None,
        since: float | None = None,
        until: float | None = None,
        query: str | None = None,
    ) -> list[tuple[int, StoredArticle, str | None]]:
        """Articles newest-ingested first as ``(rowid, article, story slug)``; ``cursor`` = last rowid."""
        sql = "SELECT a.*, s.slug AS story_slug FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE 1"
        args: dict[str, Any] = {"n": limit}
        if cursor is not None:
            sql += " AND a.rowid < :c"
            args["c"] = cursor
        if outlet:
            sql += " AND a.source = :o"
            args["o"] = outlet
        if story_id:
            sql += " AND a.story_id = :s"
            args["s"] = story_id
        if since is not None:
            sql += " AND COALESCE(a.published, a.fetched_at) >= :since"
            args["since"] = since
        if until is not None:
            sql += " AND COALESCE(a.published, a.fetched_at) < :until"
            args["until"] = until
        if query is not None:
            q = fts_query(query)
            if not q:
                return []
            # Drive from the FTS index in rowid order so the scan stops at the limit.
            sql = sql.replace(
                "FROM articles a LEFT JOIN",
                "FROM articles_fts f JOIN articles a ON a.rowid = f.rowid LEFT JOIN",
            )
            sql = sql.replace("a.rowid < :c", "f.rowid < :c")
            sql += " AND articles_fts MATCH :q ORDER BY f.rowid DESC LIMIT :n"
            args["q"] = q
        else:
            sql += " ORDER BY a.rowid DESC LIMIT :n"
        return [(int(r["rowid"]), _stored_article(r), r["story_slug"]) for r in self.conn.execute(sql, args)]

    def reader_article_head(self, article_id: str) -> tuple[StoredArticle, str | None] | None:
        """One article with the slug of its story."""
        row = self.conn.execute(
            "SELECT a.*, s.slug AS story_slug FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return (_stored_article(row), row["story_slug"]) if row else None

    def reader_outlet_names(self) -> list[str]:
        """Every outlet name readers can see: configured outlets and article sources."""
        names = {r[0] for r in self.conn.execute("SELECT name FROM outlets WHERE enabled = 1")}
        names |= {r[0] for r in self.conn.execute("SELECT DISTINCT source FROM articles WHERE source != ''")}
        return sorted(names, key=str.casefold)

    def reader_outlet_exists(self, name: str) -> bool:
        return bool(
            self.conn.execute("SELECT 1 FROM outlets WHERE name = ? LIMIT 1", (name,)).fetchone()
            or self.conn.execute("SELECT 1 FROM articles WHERE source = ? LIMIT 1", (name,)).fetchone()
        )

    def reader_recent_headlines(self, limit: int = 300) -> list[str]:
        rows = self.conn.execute(
            "SELECT headline FROM stories WHERE merged_into IS NULL AND synthesized_at IS NOT NULL"
            " AND updated IS NOT NULL ORDER BY updated DESC LIMIT ?",
            (limit,),
        )
        return [r[0] for r in rows]

    def reader_last_change(self) -> float | None:
        """Newest story update (for Last-Modified of lists; uses the updated index)."""
        row = self.conn.execute("SELECT MAX(updated) FROM stories").fetchone()
        return float(row[0]) if row[0] is not None else None

    def reader_labels(self) -> list[str]:
        """Tone labels of published stories (a full scan: callers cache it)."""
        rows = self.conn.execute(
            "SELECT DISTINCT tone_label FROM stories WHERE tone_label IS NOT NULL AND tone_label != ''"
            " AND merged_into IS NULL AND synthesized_at IS NOT NULL ORDER BY tone_label"
        )
        return [r[0] for r in rows]

    def reader_outlet_row(self, name: str) -> dict[str, Any] | None:
        """One configured outlet's row (health fields) by name, without article counts."""
        row = self.conn.execute(
            "SELECT * FROM outlets WHERE name = ? ORDER BY enabled DESC LIMIT 1", (name,)
        ).fetchone()
        return dict(row) if row else None

    def reader_enabled_outlets(self) -> list[Outlet]:
        rows = self.conn.execute("SELECT * FROM outlets WHERE enabled = 1 ORDER BY name")
        return [
            Outlet(r["name"], r["feed_url"], r["home_url"], r["region"], r["lean"], r["language"])
            for r in rows
        ]

    def reader_failing_outlets(self) -> int:
        """How many enabled outlets ``source_failing`` calls failing (the same rule in SQL)."""
        return int(
            self.conn.execute(
                "SELECT COUNT(*) FROM outlets WHERE enabled = 1 AND (consecutive_failures >= :n "
                "OR (consecutive_failures > 0 AND last_success IS NULL) "
                "OR (page_failures >= :n AND (last_page_success IS NULL OR last_page_success < :since)))",
                {"n": FAILING_AFTER, "since": time.time() - PAGE_WINDOW_S},
            ).fetchone()[0]
        )

    # Above this many FTS matches, walking stories newest-first beats collecting the matches
    # (tuned with bench/reader_search_plan.py on 100k articles; figures in docs/benchmarks.md).
    _READER_FTS_CAP = 8000

    def _reader_fts_is_common(self, q: str) -> bool:
        """True when an FTS query matches more rows than are cheap to collect."""
        cap = self._READER_FTS_CAP
        for table in ("articles_fts", "stories_fts"):
            n = self.conn.execute(
                f"SELECT COUNT(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?)",
                (q, cap + 1),
            ).fetchone()[0]
            if n > cap:
                return True
        return False


def fts_query(text: str) -> str:
    """Turn free text into a safe FTS5 query: every word quoted, all must match."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w.replace('"', "") + '"' for w in words[:20])


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    out, buf, depth = [], [], 0
    for line in script.splitlines():
        s = line.strip()
        if not s:
            continue
        buf.append(line)
        if re.search(r"\bBEGIN$", s):
            depth += 1
        if s == "END;":
            depth -= 1
        if s.endswith(";") and depth == 0:
            out.append("\n".join(buf))
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return out


def _article_values(article: Article, analysis: Analysis | None, h: str) -> dict[str, Any]:
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


def _stored_article(r: sqlite3.Row) -> StoredArticle:
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
    )


def _story_row(r: sqlite3.Row) -> StoryRow:
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
    )


__all__ = [
    "OutletRow",
    "Store",
    "StoredArticle",
    "StoryRow",
    "fts_query",
    "from_epoch",
    "slugify",
    "to_epoch",
]
