"""`plainwire cluster --online` reads each line's ``genre`` (the analyze output's field), so
an opinion piece gets the same lower bar as in the main job (docs/cli.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.models import iso

from .genre_events import COLUMN, RULING, article, genre_of


def _rows(genre: bool, **over: str) -> list[dict[str, str]]:
    items = sorted([*RULING, COLUMN], key=lambda i: i[2])
    rows = []
    for item in items:
        a = article(item)
        row = {
            "id": a.id,
            "title": a.title,
            "text": a.text,
            "source": a.source,
            "published": iso(a.published),
        }
        row["language"] = a.language or "en"
        if genre:
            row["genre"] = over.get(a.id, genre_of(item))
        rows.append(row)
    return rows


def _run(tmp_path: Path, rows: list[dict[str, str]], *args: str) -> tuple[dict[str, str], int, str]:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(app, ["cluster", "--online", str(inp), "-o", str(out), *args])
    story = {x["id"]: x["story_id"] for x in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    return story, res.exit_code, res.output


@pytest.mark.parametrize("workers", ["1", "2"])
def test_the_column_joins_its_event_when_the_line_says_opinion(tmp_path: Path, workers: str) -> None:
    story, code, out = _run(tmp_path, _rows(genre=True), "--workers", workers)
    assert code == 0, out
    assert story["ruling/column"] == story["ruling/wire"]


def test_without_a_genre_or_as_news_it_stays_alone(tmp_path: Path) -> None:
    story, code, _ = _run(tmp_path, _rows(genre=False))
    assert code == 0 and story["ruling/column"] != story["ruling/wire"]
    story, code, _ = _run(tmp_path, _rows(genre=True, **{"ruling/column": "news"}))
    assert code == 0 and story["ruling/column"] != story["ruling/wire"]


def test_an_unknown_genre_is_reported_naming_the_line_and_the_article_placed(tmp_path: Path) -> None:
    story, code, out = _run(tmp_path, _rows(genre=True, **{"ruling/column": "rant"}))
    assert code == 1
    assert "genre 'rant'" in out and "in.jsonl:" in out
    assert len(story) == len(RULING) + 1 and story["ruling/column"] != story["ruling/wire"]
