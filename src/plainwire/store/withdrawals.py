"""Articles their outlet withdrew, copies left behind by a move, pages gone (schema v8).

Nothing is deleted: a withdrawn article keeps its earlier title and text (``notice`` holds
what the outlet now says), a superseded copy keeps its row (``superseded_by`` names the
article at its final URL), a page that answers 404/410 keeps its article (``gone``).
What the pipeline does with them is in plainwire.pipeline.storing; docs/ingest.md
("Retractions and moves") says why.
"""

from __future__ import annotations

import sqlite3
import time

from plainwire.models import Analysis, Article
from plainwire.store.base import StoreBase
from plainwire.store.rows import article_values

#: Articles that count in a story: not withdrawn by their outlet (a superseded copy has
#: left its story already). Used by the story counts and the synthesis hand-off.
LIVE_ARTICLE = "withdrawn IS NULL AND superseded_by IS NULL"


def refresh_story_counts(c: sqlite3.Connection, story_id: str) -> None:
    """Mark a story dirty and recount it: articles and outlets count its live articles only
    (a withdrawn article is listed apart, not as coverage); its times count every article."""
    c.execute(
        f"""UPDATE stories SET dirty = 1,
             n_articles = (SELECT COUNT(*) FROM articles WHERE story_id = :s AND {LIVE_ARTICLE}),
             n_outlets = (SELECT COUNT(DISTINCT source) FROM articles WHERE story_id = :s AND {LIVE_ARTICLE}),
             published = (SELECT MIN(COALESCE(published, fetched_at)) FROM articles WHERE story_id = :s),
             updated = (SELECT MAX(MAX(COALESCE(published, fetched_at), COALESCE(revised, 0)))
                        FROM articles WHERE story_id = :s)
           WHERE id = :s""",
        {"s": story_id},
    )


class WithdrawalsMixin(StoreBase):
    """Withdrawn articles and stories, superseded copies, gone pages, old slugs."""

    def withdraw_article(
        self, article: Article, notice: str, analysis: Analysis | None = None, *, outlet_id: int | None = None
    ) -> str:
        """Record that the page at ``article.url`` is now a withdrawal notice.

        A stored article keeps its title and text (the earlier version: nothing is lost)
        and is marked withdrawn with the notice; its story becomes dirty and will take a new
        slug at its next synthesis. A notice fetched first is stored as it stands, withdrawn,
        and placed in no story. Returns ``"withdrawn"``, ``"inserted"`` or ``"unchanged"``
        (withdrawn already)."""
        now = time.time()
        with self.transaction() as c:
            row = c.execute(
                "SELECT id, story_id, withdrawn FROM articles WHERE url = ?", (article.url,)
            ).fetchone()
            if row is not None:
                if row["withdrawn"] is not None:
                    return "unchanged"
                # When the page changed, as for any revision (its own modified time when
                # plausible): never simply "now", which would move the story's Updated time,
                # and so the live window, to the day the notice was read (store.db._revised_at).
                from plainwire.store.db import _revised_at

                c.execute(
                    "UPDATE articles SET withdrawn = ?, notice = ?, revised = COALESCE(?, revised) WHERE id = ?",
                    (now, notice, _revised_at(article), row["id"]),
                )
                if row["story_id"]:
                    c.execute("UPDATE stories SET reslug = 1 WHERE id = ?", (row["story_id"],))
                    refresh_story_counts(c, row["story_id"])
                return "withdrawn"
            values = article_values(article, analysis, article.content_hash) | {
                "id": article.id,
                "url": article.url,
                "outlet_id": outlet_id,
                "fetched_at": now,
                "withdrawn": now,
                "notice": notice,
            }
            c.execute(
                f"INSERT INTO articles({', '.join(values)}) VALUES ({','.join('?' * len(values))})",
                tuple(values.values()),
            )
            if outlet_id is not None:
                c.execute("UPDATE outlets SET articles_total = articles_total + 1 WHERE id = ?", (outlet_id,))
            return "inserted"

    def supersede_article(self, old_url: str, new_id: str) -> str | None:
        """The article stored under ``old_url`` moved (a redirect, a canonical link) to the
        stored article ``new_id``: the old copy keeps its row, marked superseded, and leaves
        its story (it is not a second source). Returns the story it left, or ``None`` when
        there was nothing to supersede."""
        with self.transaction() as c:
            row = c.execute(
                "SELECT id, story_id, superseded_by FROM articles WHERE url = ?", (old_url,)
            ).fetchone()
            if row is None or row["id"] == new_id or row["superseded_by"] is not None:
                return None
            if c.execute("SELECT 1 FROM articles WHERE id = ?", (new_id,)).fetchone() is None:
                return None
            c.execute(
                "UPDATE articles SET superseded_by = ?, story_id = NULL WHERE id = ?", (new_id, row["id"])
            )
            if row["story_id"]:
                refresh_story_counts(c, row["story_id"])
            return str(row["story_id"] or "")

    def moved_candidates(self, article: Article, outlet_id: int | None) -> list[str]:
        """URLs of stored, live articles of the same outlet published at the same instant as
        ``article`` under another URL: where a moved article's old copy would be (the
        pipeline fetches them to see whether they now redirect to ``article.url``)."""
        if outlet_id is None or article.published is None:
            return []
        rows = self.conn.execute(
            "SELECT url FROM articles WHERE outlet_id = ? AND published = ? AND url != ?"
            " AND superseded_by IS NULL AND withdrawn IS NULL",
            (outlet_id, article.published.timestamp(), article.url),
        ).fetchall()
        return [r[0] for r in rows]

    def mark_gone(self, url: str) -> bool:
        """The stored article at ``url`` now answers 404/410: note when (its claims stay:
        a page taken offline is not a retraction). Returns whether an article was marked."""
        with self.transaction() as c:
            cur = c.execute("UPDATE articles SET gone = ? WHERE url = ? AND gone IS NULL", (time.time(), url))
            return cur.rowcount > 0

    def withdraw_story(self, story_id: str, signature: str) -> None:
        """Every article of the story was withdrawn: it leaves the lists (its page says so);
        its last synthesis is kept, not shown. A live article joining it later brings it back
        (``save_synthesis`` clears the mark)."""
        with self.transaction() as c:
            c.execute(
                "UPDATE stories SET withdrawn = COALESCE(withdrawn, ?), synthesized_sig = ?, dirty = 0 WHERE id = ?",
                (time.time(), signature, story_id),
            )

    def _new_slug(self, c: sqlite3.Connection, story_id: str, old: str, new: str) -> str:
        """Keep ``old`` as an alias of the story (its links redirect) and return ``new``."""
        if new != old:
            c.execute("INSERT OR REPLACE INTO story_slugs(slug, story_id) VALUES (?, ?)", (old, story_id))
        return new
