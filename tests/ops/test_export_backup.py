"""Export to JSONL (and Parquet with the extra) and online backup, round-tripped."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from plainwire.errors import BadInputError, StoreError
from plainwire.models import Article, article_id_for
from plainwire.ops import backup, export
from plainwire.store import Store
from tests.ops.helpers import fill_store


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")} | {"COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args, "--home", str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_export_jsonl_round_trip(tmp_path: Path) -> None:
    store = Store(tmp_path / "plainwire.sqlite3")
    sids = fill_store(store, now=datetime.now(UTC), n_stories=3, per_story=4)
    paths = export(store, tmp_path / "out")
    arts = [json.loads(line) for line in paths["articles"].read_text(encoding="utf-8").splitlines()]
    stories = [json.loads(line) for line in paths["stories"].read_text(encoding="utf-8").splitlines()]
    assert len(arts) == 12 and len(stories) == 3
    stored = {sa.article.id: sa for sa in store.iter_articles()}
    for a in arts:
        sa = stored[a["id"]]
        assert (a["url"], a["title"], a["text"], a["story_id"]) == (
            sa.article.url,
            sa.article.title,
            sa.article.text,
            sa.story_id,
        )
        assert a["published"] == sa.article.published.isoformat().replace("+00:00", "Z")
        assert a["tone"]["label"] == sa.tone_label and a["genre"] == "news" and a["body_dropped"] is False
    for s in stories:
        row = store.get_story(s["id"])
        assert row is not None and s["synthesis"] == row.synthesis and s["headline"] == row.headline
        assert s["n_articles"] == 4
    assert {s["id"] for s in stories} == set(sids)

    only = export(store, tmp_path / "only", kinds=("stories",))
    assert list(only) == ["stories"] and not (tmp_path / "only" / "articles.jsonl").exists()
    with pytest.raises(BadInputError, match="format"):
        export(store, tmp_path / "x", fmt="xml")
    store.close()

    proc = _cli(tmp_path, "export", str(tmp_path / "cli"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "cli" / "articles.jsonl").read_text() == paths["articles"].read_text()
    assert "12 records" in proc.stderr


@pytest.mark.extra
def test_export_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    store = Store(tmp_path / "plainwire.sqlite3")
    fill_store(store, now=datetime.now(UTC), n_stories=2, per_story=2)
    paths = export(store, tmp_path / "pq", fmt="parquet")
    arts = pq.read_table(paths["articles"]).to_pylist()
    assert len(arts) == 4 and {a["id"] for a in arts} == {sa.article.id for sa in store.iter_articles()}
    stories = pq.read_table(paths["stories"]).to_pylist()
    assert {json.loads(s["synthesis"])["headline"] for s in stories} == {
        r.headline for r in store.list_stories()
    }
    store.close()


def _table(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_backup_round_trip_while_writing(tmp_path: Path) -> None:
    db = tmp_path / "plainwire.sqlite3"
    store = Store(db)
    fill_store(store, now=datetime.now(UTC), n_stories=2, per_story=3)
    writer_store = Store(db)  # another connection keeps writing during the backup
    stop = threading.Event()

    def write() -> None:
        i = 0
        while not stop.is_set():
            url = f"http://fen.invalid/live/{i}.html"
            writer_store.put_article(
                Article(article_id_for(url), f"Bridge note {i}", "River levels were noted. " * 20, url=url)
            )
            i += 1

    t = threading.Thread(target=write)
    t.start()
    try:
        dest = backup(store, tmp_path / "backups" / "b1.sqlite3")
    finally:
        stop.set()
        t.join()
    assert _table(dest, "PRAGMA integrity_check") == [("ok",)]
    restored = Store(dest)
    n = restored.count("articles")
    assert n >= 6
    # a consistent snapshot: every article in it is whole, and the FTS index matches
    assert _table(dest, "SELECT COUNT(*) FROM articles_fts") == [(n,)]
    assert {r.id for r in restored.list_stories()} == {r.id for r in store.list_stories()}
    assert restored.migrate() == store.migrate()
    restored.close()
    with pytest.raises(StoreError, match="exists"):
        backup(store, dest)
    backup(store, dest, overwrite=True)
    assert not list(dest.parent.glob("*.partial"))
    writer_store.close()
    store.close()

    proc = _cli(tmp_path, "backup", str(tmp_path / "b2.sqlite3"))
    assert proc.returncode == 0, proc.stderr
    assert _table(tmp_path / "b2.sqlite3", "SELECT COUNT(*) FROM articles") == _table(
        db, "SELECT COUNT(*) FROM articles"
    )
    again = _cli(tmp_path, "backup", str(tmp_path / "b2.sqlite3"))
    assert again.returncode == 1 and "exists" in again.stderr
