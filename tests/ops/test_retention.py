"""Retention drops old article bodies; stories, titles and links stay whole."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from plainwire.ops import apply_retention
from plainwire.store import Store
from tests.ops.helpers import fill_store


def test_old_bodies_dropped_stories_kept(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    store = Store(tmp_path / "s.sqlite3")
    old = fill_store(store, now=now, n_stories=2, age_days=120)
    new = fill_store(store, now=now, n_stories=2, age_days=10)
    store.record_error("fetch", "http://fen.invalid/x", "fetch_failed", "old error")
    store.conn.execute("UPDATE errors SET at = ?", (time.time() - 200 * 86400,))
    before = {r.id: r.synthesis for r in store.list_stories(limit=50)}
    assert store.search_articles("organisers lantern")  # bodies are searchable before

    rep = apply_retention(store, 90.0)
    assert rep.bodies_dropped == 6 and rep.errors_deleted == 1
    for sid in old:
        for sa in store.story_articles(sid):
            assert sa.article.text == "" and sa.article.title and sa.article.url
    for sid in new:
        assert all(sa.article.text for sa in store.story_articles(sid))
    # stories are untouched and not marked for re-synthesis
    assert {r.id: r.synthesis for r in store.list_stories(limit=50)} == before
    assert store.dirty_stories() == []
    assert all(store.story_signature(s) == store.synthesized_signature(s) for s in old + new)
    # the dropped text left the search index too
    hits = {sa.article.id for sa in store.search_articles("organisers lantern", limit=50)}
    assert hits == {sa.article.id for sid in new for sa in store.story_articles(sid)}
    # idempotent
    assert apply_retention(store, 90.0).bodies_dropped == 0
    assert apply_retention(store, 0).bodies_dropped == 0  # 0 = keep everything
    store.close()


def test_live_story_keeps_old_bodies(tmp_path: Path) -> None:
    """An article older than the cutoff stays whole while its story is still updated."""
    now = datetime.now(UTC)
    store = Store(tmp_path / "s.sqlite3")
    (sid,) = fill_store(store, now=now, n_stories=1, age_days=100)
    store.conn.execute("UPDATE stories SET updated = ? WHERE id = ?", (time.time(), sid))
    assert apply_retention(store, 90.0).bodies_dropped == 0
    store.close()


def test_prune_cli(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    with Store(tmp_path / "plainwire.sqlite3") as store:
        fill_store(store, now=now, n_stories=1, age_days=40)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")} | {"COLUMNS": "200"}
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "plainwire.cli.main", "prune", "--home", str(tmp_path), *a],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    nothing = run()
    assert nothing.returncode == 2 and "give --keep" in nothing.stderr
    assert run("--keep", "soon").returncode == 2
    keep60 = run("--keep", "60d")
    assert keep60.returncode == 0 and "0 article bodies dropped" in keep60.stdout
    keep30 = run("--keep", "30d")
    assert keep30.returncode == 0 and "3 article bodies dropped" in keep30.stdout, (
        keep30.stdout + keep30.stderr
    )
