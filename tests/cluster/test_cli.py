"""`plainwire cluster` runs the same code as the pipeline and keeps the JSONL contract."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.models import iso

from .fixtures import event_articles, gold


def test_cluster_command_groups_fixture_events(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    rows = [
        {"id": a.id, "title": a.title, "text": a.text, "source": a.source, "published": iso(a.published)}
        for a in event_articles(dated=True)
    ]
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(app, ["cluster", str(inp), "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [r["id"] for r in rows]
    story = {x["id"]: x["story_id"] for x in lines}
    for a in story:
        for b in story:
            assert (story[a] == story[b]) == (gold(a) == gold(b))
