"""Schema v8 (retractions and moves): a store written by the previous schema (v7) migrates
and loses nothing; the new columns start empty, so no story changes until an outlet
withdraws or moves an article. Texts are invented for this test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from plainwire.models import Article
from plainwire.store import Store
from plainwire.store.base import _split_sql
from plainwire.store.schema import MIGRATIONS, SCHEMA_VERSION


def _v7_store(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:7]:
        for stmt in _split_sql(script):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 7")
    conn.execute(
        "INSERT INTO outlets(name, feed_url, added_at) VALUES ('Dunmarrow Gazette', 'http://gazette.invalid/feed', 1)"
    )
    conn.execute(
        "INSERT INTO stories(id, slug, headline, story, synthesis, synthesized_sig, synthesized_at, dirty,"
        " n_articles, n_outlets, updated, created_at) VALUES ('s1', 'pier-closed-s1', 'Pier closed',"
        " 'The Kessel Reach pier closed.', '{}', 'sig', 5, 0, 1, 1, 4, 1)"
    )
    conn.execute(
        "INSERT INTO articles(id, url, title, text, source, outlet_id, published, fetched_at, content_hash,"
        " story_id, revised, repeated) VALUES ('a1', 'http://gazette.invalid/pier', 'Pier closed',"
        " 'The Kessel Reach pier closed on Tuesday.', 'Dunmarrow Gazette', 1, 3, 4, 'h1', 's1', NULL, '[]')"
    )
    conn.close()


def _rows(path: Path, table: str) -> list[dict[str, object]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
    finally:
        conn.close()


def test_a_v7_store_migrates_to_v8_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plainwire.db"
    _v7_store(path)
    before = {t: _rows(path, t) for t in ("outlets", "articles", "stories")}
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 8
        assert [r.id for r in store.list_stories()] == ["s1"]  # still listed
    after = {t: _rows(path, t) for t in ("outlets", "articles", "stories")}
    for table, rows in before.items():
        assert len(after[table]) == len(rows)
        for old, new in zip(rows, after[table], strict=True):
            assert {k: new[k] for k in old} == old  # every earlier column, value for value
    art = after["articles"][0]
    assert (art["withdrawn"], art["notice"], art["superseded_by"], art["gone"]) == (None, None, None, None)
    assert (after["stories"][0]["withdrawn"], after["stories"][0]["reslug"]) == (None, 0)

    # The migrated store takes a withdrawal: the earlier text stays, the notice is kept.
    with Store(path) as store:
        notice = "This article has been withdrawn."
        art_in = Article(id="a1", title="Article withdrawn", text=notice, url="http://gazette.invalid/pier")
        assert store.withdraw_article(art_in, notice) == "withdrawn"
        sa = store.get_article("a1")
        assert sa is not None and sa.article.text == "The Kessel Reach pier closed on Tuesday."
        assert sa.withdrawn is not None and sa.story_id == "s1"
        assert store.conn.execute("SELECT notice FROM articles WHERE id = 'a1'").fetchone()[0] == notice
