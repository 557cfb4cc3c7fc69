"""Read-only queries for plainwire.publish (issue 7).

Keyset pagination: stories by (updated, rowid) newest first, articles by rowid (ingest order)
newest first.
"""

from __future__ import annotations

import re
import time
from typing import Any

from plainwire.models import Outlet
from plainwire.store.base import StoreBase
from plainwire.store.rows import (
    FAILING_AFTER,
    PAGE_WINDOW_S,
    StoredArticle,
    StoryRow,
    stored_article,
    story_row,
)


class ReaderQueries(StoreBase):
    """The reader's queries over stories, articles and outlets."""

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
                    " AND merged_into IS NULL AND synthesized_at IS NOT NULL AND withdrawn IS NULL",
                    ids,
                )
            }
            out += [(keys[i], story_row(rows[i])) for i in ids if i in rows][: limit - len(out)]
            if len(cands) < batch:
                break
            pos = (float(cands[-1][1]), int(cands[-1][0]))
            batch *= 4
        return out

    def reader_story_head(self, key: str) -> dict[str, Any] | None:
        """The few columns that identify a story version (cheap: for caches and redirects).
        ``key`` may be a slug the story had before a withdrawal changed it (``story_slugs``):
        the head is then the story's, whose ``slug`` differs from ``key``."""
        sql = (
            "SELECT rowid, id, slug, merged_into, synthesized_at, updated, n_articles, withdrawn FROM stories"
            " WHERE id = ? OR slug = ?"
        )
        row = self.conn.execute(sql, (key, key)).fetchone()
        if row is None:
            alias = self.conn.execute("SELECT story_id FROM story_slugs WHERE slug = ?", (key,)).fetchone()
            if alias is not None:
                row = self.conn.execute(sql, (alias[0], alias[0])).fetchone()
        return dict(row) if row else None

    def reader_story_articles(self, story_id: str) -> list[dict[str, Any]]:
        """A story's articles without their text (sources lists, provenance links)."""
        rows = self.conn.execute(
            "SELECT id, url, title, source, published, fetched_at, genre, tone_label, withdrawn, notice, gone"
            " FROM articles WHERE story_id = ? ORDER BY COALESCE(published, fetched_at), rowid",
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
        return [(int(r["rowid"]), stored_article(r), r["story_slug"]) for r in self.conn.execute(sql, args)]

    def reader_article_head(self, article_id: str) -> tuple[StoredArticle, str | None] | None:
        """One article with the slug of its story."""
        row = self.conn.execute(
            "SELECT a.*, s.slug AS story_slug FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return (stored_article(row), row["story_slug"]) if row else None

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
            " AND withdrawn IS NULL AND updated IS NOT NULL ORDER BY updated DESC LIMIT ?",
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
            " AND merged_into IS NULL AND synthesized_at IS NOT NULL AND withdrawn IS NULL ORDER BY tone_label"
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
