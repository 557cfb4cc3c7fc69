"""`plainwire recluster`: a wrongly split story is mended; untouched stories keep their ids."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.store import Store
from tests import newsroom

runner = CliRunner()


def test_recluster_mends_a_split_story(tmp_path: Path) -> None:
    pieces = [p for p in newsroom.PIECES if p.event in {"quake", "strike"}]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(
        json.dumps({"url": f"https://n.test{newsroom.page_path(p)}", "title": p.title, "text": " ".join(p.paragraphs),
                    "source": newsroom.OUTLETS[p.outlet]["name"], "published": p.published.isoformat()}) + "\n"
        for p in pieces))
    home = tmp_path / "home"
    assert runner.invoke(app, ["ingest", str(jsonl), "--home", str(home)]).exit_code == 0
    db = home / "plainwire.sqlite3"
    store = Store(db)
    by_title = {sa.article.title: sa for sa in store.iter_articles()}
    quake = [by_title[p.title] for p in pieces if p.event == "quake"]
    strike_ids = {by_title[p.title].story_id for p in pieces if p.event == "strike"}
    quake_story = quake[0].story_id
    assert {q.story_id for q in quake} == {quake_story} and len(strike_ids) == 1
    # an early mistake: the last quake report was put in a story of its own
    store.assign_story(quake[-1].article.id, "swrongsplit")
    store.close()

    result = runner.invoke(app, ["recluster", "--since", "5000d", "--home", str(home)])
    assert result.exit_code == 0, result.output
    store = Store(db)
    after = {sa.article.title: sa.story_id for sa in store.iter_articles()}
    assert {after[q.article.title] for q in quake} == {quake_story}
    assert {after[p.title] for p in pieces if p.event == "strike"} == strike_ids  # untouched id kept
    wrong = store.get_story("swrongsplit")
    assert wrong is not None and wrong.merged_into == quake_story  # its page redirects
    mended = store.get_story(quake_story)
    assert mended is not None and mended.n_articles == len(quake) and mended.synthesis is not None
    assert "swrongsplit" not in {r.id for r in store.list_stories(limit=50)}

    # nothing left to mend: a second pass moves nothing
    again = runner.invoke(app, ["recluster", "--since", "5000d", "--home", str(home)])
    assert "0 move" in again.stderr
