"""`plainwire synthesize` refuses inputs it cannot honour instead of writing records that
break the format contract (`highlights` has three bullets; `--max-words` is a word count)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from plainwire.cli.main import app

runner = CliRunner()

ARTICLES = [
    {
        "id": "f1",
        "title": "Brush fire forces evacuations near Coastline",
        "text": "A brush fire in the hills above Coastline forced about 600 homes to evacuate on Saturday. "
        "Fire officials said the blaze had burned 1,200 acres and was 10 percent contained. "
        "An evacuation centre opened at Coastline High School.",
        "source": "Ferrytown Ledger",
    },
    {
        "id": "f2",
        "title": "Hundreds evacuated as fire nears Seacliff",
        "text": "About 600 homes near Seacliff were evacuated on Saturday as a brush fire spread. "
        "Easterly winds drove the flames toward the neighbourhood, the county fire chief said. "
        "No injuries were reported.",
        "source": "Upland Post",
    },
]


def test_a_story_without_articles_is_a_named_bad_line(tmp_path: Path) -> None:
    inp = tmp_path / "stories.jsonl"
    inp.write_text(
        json.dumps({"story_id": "fire", "articles": ARTICLES})
        + "\n"
        + json.dumps({"story_id": "hollow", "articles": []})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["synthesize", str(inp), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{inp}:2: articles is empty" in result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # Only the real story is written; the empty one used to come out with no highlights,
    # no headline and a lower-case "neutral" label.
    assert [r["story_id"] for r in rows] == ["fire"]
    assert len(rows[0]["highlights"]) == 3 and rows[0]["headline"]


def test_max_words_must_be_a_positive_count(tmp_path: Path) -> None:
    inp = tmp_path / "stories.jsonl"
    inp.write_text(json.dumps({"story_id": "fire", "articles": ARTICLES}) + "\n", encoding="utf-8")
    for bad in ("0", "-3"):
        result = runner.invoke(app, ["synthesize", str(inp), "--max-words", bad])
        assert (
            result.exit_code == 2 and "--max-words" in result.output + result.stderr
        )  # was exit 0, empty story
    ok = runner.invoke(app, ["synthesize", str(inp), "--max-words", "40"])
    assert ok.exit_code == 0, ok.output
    story = json.loads(ok.stdout)["story"]
    assert 0 < len(story.split()) <= 40
