"""`plainwire recluster` and the periodic pass of `plainwire run`: a wrongly split story is
mended; untouched stories keep their ids."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.scheduler import Scheduler
from plainwire.store import Store
from tests import newsroom
from tests.ops.helpers import FakeClock, make_pipeline

runner = CliRunner()


def _split_store(tmp_path: Path) -> tuple[Path, list[newsroom.Piece], str, set[str | None]]:
    """Ingest two events, then make an early mistake: the last quake report alone."""
    pieces = [p for p in newsroom.PIECES if p.event in {"quake", "strike"}]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps(
                {
                    "url": f"https://n.test{newsroom.page_path(p)}",
                    "title": p.title,
                    "text": " ".join(p.paragraphs),
                    "source": newsroom.OUTLETS[p.outlet]["name"],
                    "published": p.published.isoformat(),
                }
            )
            + "\n"
            for p in pieces
        )
    )
    home = tmp_path / "home"
    assert runner.invoke(app, ["ingest", str(jsonl), "--home", str(home)]).exit_code == 0
    store = Store(home / "plainwire.sqlite3")
    by_title = {sa.article.title: sa for sa in store.iter_articles()}
    quake = [by_title[p.title] for p in pieces if p.event == "quake"]
    strike_ids = {by_title[p.title].story_id for p in pieces if p.event == "strike"}
    quake_story = quake[0].story_id
    assert quake_story is not None
    assert {q.story_id for q in quake} == {quake_story} and len(strike_ids) == 1
    store.assign_story(quake[-1].article.id, "swrongsplit")
    store.close()
    return home, pieces, quake_story, strike_ids


def _assert_mended(
    home: Path, pieces: list[newsroom.Piece], quake_story: str, strike_ids: set[str | None]
) -> None:
    store = Store(home / "plainwire.sqlite3")
    after = {sa.article.title: sa.story_id for sa in store.iter_articles()}
    assert {after[p.title] for p in pieces if p.event == "quake"} == {quake_story}
    assert {after[p.title] for p in pieces if p.event == "strike"} == strike_ids  # untouched id kept
    wrong = store.get_story("swrongsplit")
    assert wrong is not None and wrong.merged_into == quake_story  # its page redirects
    mended = store.get_story(quake_story)
    n_quake = sum(1 for p in pieces if p.event == "quake")
    assert mended is not None and mended.n_articles == n_quake and mended.synthesis is not None
    assert "swrongsplit" not in {r.id for r in store.list_stories(limit=50)}
    store.close()


def test_recluster_mends_a_split_story(tmp_path: Path) -> None:
    home, pieces, quake_story, strike_ids = _split_store(tmp_path)
    result = runner.invoke(app, ["recluster", "--since", "5000d", "--home", str(home)])
    assert result.exit_code == 0, result.output
    _assert_mended(home, pieces, quake_story, strike_ids)

    # nothing left to mend: a second pass moves nothing
    again = runner.invoke(app, ["recluster", "--since", "5000d", "--home", str(home)])
    assert "0 move" in again.stderr


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    home, *_ = _split_store(tmp_path)
    result = runner.invoke(app, ["recluster", "--since", "5000d", "--home", str(home), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "0 move" not in result.stderr
    store = Store(home / "plainwire.sqlite3")
    wrong = store.get_story("swrongsplit")
    assert wrong is not None and wrong.merged_into is None and wrong.n_articles == 1
    store.close()


def test_run_loop_reclusters_the_live_window_periodically(tmp_path: Path) -> None:
    home, pieces, quake_story, strike_ids = _split_store(tmp_path)
    pipeline, _config = make_pipeline(home, recluster_every=6.0)
    clock = FakeClock(time.time())
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    sched.step()
    wrong = pipeline.store.get_story("swrongsplit")
    assert wrong is not None and wrong.merged_into is None  # not due yet
    clock.t += 6 * 3600 + 1
    sched.step()
    pipeline.close()
    pipeline.store.close()
    _assert_mended(home, pieces, quake_story, strike_ids)


def test_periodic_recluster_can_be_turned_off(tmp_path: Path) -> None:
    home, *_ = _split_store(tmp_path)
    pipeline, _config = make_pipeline(home, recluster_every=0.0)
    clock = FakeClock(time.time())
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    clock.t += 30 * 24 * 3600
    sched.step()
    wrong = pipeline.store.get_story("swrongsplit")
    assert wrong is not None and wrong.merged_into is None and wrong.n_articles == 1
    pipeline.close()
    pipeline.store.close()
