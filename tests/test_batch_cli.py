"""Bad input to every batch command: the bad line is named, the others are processed, exit says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.cluster import OnlineClusterer
from plainwire.models import article_from_json

runner = CliRunner()

GOOD = {
    "id": "a1",
    "title": "Velmora council approves tidal plant",
    "text": "The Velmora city council approved the Kestrel Bay tidal plant on Sunday by a vote of 7 to 2. "
    "Mayor Tomas Reyvik said construction would start in March.",
}
GOOD2 = dict(GOOD, id="a2", title="Kestrel Bay plant wins Velmora vote")


def _write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return p


def _out(result_path: Path) -> list[dict]:
    return [json.loads(line) for line in result_path.read_text().splitlines()]


def _synth_line(story_id: str = "st1") -> str:
    return json.dumps({"story_id": story_id, "articles": [GOOD, GOOD2]})


CASES = {
    "analyze": (json.dumps(GOOD), json.dumps(GOOD2), json.dumps({"title": "no id", "text": "x"})),
    "cluster": (json.dumps(GOOD), json.dumps(GOOD2), json.dumps({"text": "no id"})),
    "synthesize": (_synth_line("st1"), _synth_line("st2"), json.dumps({"articles": []})),
}


@pytest.mark.parametrize("command", sorted(CASES))
def test_malformed_and_missing_field_lines_are_named(tmp_path: Path, command: str) -> None:
    good1, good2, missing = CASES[command]
    inp = _write(tmp_path, [good1, "{not json", missing, "[1, 2]", good2])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, [command, str(inp), "-o", str(out)])
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert f"{inp}:2: malformed JSON" in err
    assert f"{inp}:3: missing field" in err
    assert f"{inp}:4: expected a JSON object" in err
    assert len(_out(out)) == 2  # the good lines were still processed


@pytest.mark.parametrize("command", sorted(CASES))
def test_empty_input_is_an_error(tmp_path: Path, command: str) -> None:
    inp = _write(tmp_path, [])
    result = runner.invoke(app, [command, str(inp)])
    assert result.exit_code == 2
    assert "empty input" in result.stderr


@pytest.mark.parametrize("command", sorted(CASES))
def test_missing_file_is_named(tmp_path: Path, command: str) -> None:
    result = runner.invoke(app, [command, str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.stderr and "cannot open" in result.stderr


def test_errors_json_uses_the_pinned_shape(tmp_path: Path) -> None:
    inp = _write(tmp_path, [json.dumps(GOOD), "{oops"])
    result = runner.invoke(app, ["cluster", str(inp), "--errors-json"])
    assert result.exit_code == 1
    err = json.loads(result.stderr.strip().splitlines()[-1])
    assert err == {"error": {"code": "bad_jsonl", "message": err["error"]["message"], "input": f"{inp}:2"}}
    assert json.loads(result.stdout.splitlines()[0])["id"] == "a1"


def test_invalid_utf8_is_reported_with_line(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_bytes(json.dumps(GOOD).encode() + b"\n" + b'{"id": "x", "text": "\xff\xfe"}\n')
    result = runner.invoke(app, ["analyze", str(p)])
    assert result.exit_code == 1
    assert f"{p}:2: not UTF-8" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["id"] == "a1"


def test_stdin_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["cluster", "-"], input=json.dumps(GOOD) + "\n" + json.dumps(GOOD2) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[0]["story_id"] == rows[1]["story_id"]


def test_unparseable_published_is_named(tmp_path: Path) -> None:
    inp = _write(tmp_path, [json.dumps(dict(GOOD, published="next tuesday")), json.dumps(GOOD2)])
    result = runner.invoke(app, ["cluster", str(inp)])
    assert result.exit_code == 1
    assert f"{inp}:1: unparseable published time" in result.stderr


def test_every_command_is_documented() -> None:
    """docs/cli.md mentions every CLI command and sub-command."""
    import typer.main

    doc = (Path(__file__).parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_group(app)
    missing = []
    for name, cmd in group.commands.items():
        subs = getattr(cmd, "commands", None)
        names = [f"plainwire {name} {s}" for s in subs] if subs else [f"plainwire {name}"]
        missing += [n for n in names if f"`{n}" not in doc]
    assert not missing, f"undocumented commands: {missing}"


def test_extract_names_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    from tests import newsroom

    piece = newsroom.PIECES[0]
    good = tmp_path / "good.html"
    good.write_text(newsroom.article_page(piece, "https://newsroom.test"), encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    missing = tmp_path / "missing.html"
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(empty), str(missing), str(good), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert str(empty) in result.stderr and str(missing) in result.stderr
    rows = _out(out)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {"url", "title", "text", "authors", "published", "language", "site"}
    assert row["title"] == piece.title and row["language"] == "en"
    assert row["published"].startswith("2025-09-28T09:00")
    assert piece.paragraphs[1][:40] in row["text"] and newsroom.COMMENT_MARKER not in row["text"]


def test_analyze_reads_page_metadata_and_names_a_wrongly_typed_field(tmp_path: Path) -> None:
    teaser = dict(
        GOOD,
        id="t1",
        url="https://www.example-paper.com/story/1234567",
        description="The council's tidal plant is a gamble the city cannot afford, writes Dana Okafor.",
    )
    section = dict(GOOD, id="t2", section="Opinion")
    bad = dict(GOOD, id="t3", description=42)
    inp = _write(tmp_path, [json.dumps(GOOD), json.dumps(teaser), json.dumps(section), json.dumps(bad)])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(inp), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{inp}:4:" in result.stderr and "description must be a string" in result.stderr
    genres = {row["id"]: row["genre"] for row in _out(out)}
    assert genres == {"a1": "news", "t1": "opinion", "t2": "opinion"}


def test_analyze_rejects_a_negative_worker_count(tmp_path: Path) -> None:
    inp = _write(tmp_path, [json.dumps(GOOD)])
    result = runner.invoke(app, ["analyze", str(inp), "--workers", "-1"])
    assert result.exit_code == 2 and "--workers" in result.output + result.stderr  # was accepted silently
    assert runner.invoke(app, ["analyze", str(inp), "--workers", "1"]).exit_code == 0


def test_online_cluster_of_an_unsorted_file_warns_once_with_a_count(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # 25 dated articles, newest first: all but the first arrive more than 6 h late.
    lines = [
        json.dumps(dict(GOOD, id=f"u{i}", published=f"2026-03-{28 - i:02d}T09:00:00Z")) for i in range(25)
    ]
    clusterer = OnlineClusterer()
    with caplog.at_level("DEBUG", logger="plainwire.cluster"):  # (the clock: cluster.state)
        for line in lines:
            clusterer.add(article_from_json(json.loads(line)))
    assert clusterer.late_articles == 24
    late = [r for r in caplog.records if "out of time order" in r.getMessage()]
    assert len(late) == 24  # every one is logged ...
    assert [r.levelname for r in late].count("WARNING") == 2  # ... but only the 1st and 10th warn

    inp, out = _write(tmp_path, lines), tmp_path / "out.jsonl"
    result = runner.invoke(app, ["cluster", "--online", str(inp), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(_out(out)) == 25
    assert "24 of 25 articles came more than 6:00:00 after a newer one" in result.stderr


def test_cluster_mate_fdr_reaches_the_whole_file_pass(tmp_path: Path) -> None:
    # The invented set of mostly one-article council reports of tests/cluster/test_mates.py:
    # the default whole-file pass glues some unrelated reports, --mate-fdr keeps them apart.
    from tests.cluster.test_mates import _mostly_singletons, _story

    arts = _mostly_singletons()
    inp = _write(tmp_path, [json.dumps({"id": a.id, "title": a.title, "text": a.text}) for a in arts])

    def mixed_groups(extra: list[str]) -> int:
        out = tmp_path / "out.jsonl"
        result = runner.invoke(app, ["cluster", str(inp), "-o", str(out), *extra])
        assert result.exit_code == 0, result.output
        groups: dict[str, set[str]] = {}
        for row in _out(out):
            groups.setdefault(row["story_id"], set()).add(_story(row["id"]))
        return sum(len(g) > 1 for g in groups.values())

    assert mixed_groups([]) > 0
    assert mixed_groups(["--mate-fdr", "0.2"]) == 0
    refused = runner.invoke(app, ["cluster", "--online", "--mate-fdr", "0.2", str(inp)])
    assert refused.exit_code == 2 and "--mate-fdr" in refused.stderr
