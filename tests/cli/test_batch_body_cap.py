"""The batch commands cap an article's text as the run loop does (``extract.limits``), with a
warning naming the input line (fifteenth session): before, one 10 MB ``text`` in a JSONL line
cost ``plainwire analyze`` 78 s and 1.66 GB, ``synthesize`` and ``cluster`` as much again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from plainwire.extract.limits import MAX_BODY_CHARS, cap_body

PARAGRAPH = "The harbour board of Tern Island voted on Tuesday to extend the north pier by forty metres. "


def _long_text() -> str:
    """Paragraphs of invented prose past the cap (a third more than it)."""
    para = (PARAGRAPH * 8).strip()
    return "\n".join([para] * (MAX_BODY_CHARS * 4 // 3 // len(para)))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")}
    return subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _warned(stderr: str, loc: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if f"{loc}: article text of" in line and "cut to the first" in line
    ]


def test_analyze_caps_a_huge_text_and_names_the_line(tmp_path: Path) -> None:
    text = _long_text()
    lines = [
        {"id": "tern-1", "title": "Tern Island pier to grow", "text": PARAGRAPH},
        {"id": "tern-big", "title": "Tern Island pier to grow", "text": text},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    res = _run("analyze", str(src), "--workers", "1")
    assert res.returncode == 0, res.stderr  # a warning, not an error: the line is processed
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["tern-1", "tern-big"]
    warned = _warned(res.stderr, f"{src}:2")
    assert len(warned) == 1, res.stderr
    assert f"of {len(text)} characters" in warned[0]
    assert not _warned(res.stderr, f"{src}:1")


def test_synthesize_caps_a_huge_article_text_and_names_line_and_article(tmp_path: Path) -> None:
    text = _long_text()
    story = {
        "story_id": "pier",
        "articles": [
            {"id": "a", "title": "Tern Island pier to grow", "text": PARAGRAPH, "source": "Tern Post"},
            {"id": "b", "title": "Pier extension approved", "text": text, "source": "Island Echo"},
        ],
    }
    src = tmp_path / "stories.jsonl"
    src.write_text(json.dumps(story) + "\n", encoding="utf-8")
    res = _run("synthesize", str(src))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["story_id"] == "pier"
    assert len(_warned(res.stderr, f"{src}:1 articles[1]")) == 1, res.stderr


def test_cap_body_cuts_at_a_paragraph_then_a_space_then_the_limit() -> None:
    assert cap_body("short") == "short"
    assert cap_body("one two\nthree four five", limit=12) == "one two"
    assert cap_body("one two three four", limit=12) == "one two"
    assert cap_body("x" * 30, limit=12) == "x" * 12
    capped = cap_body(_long_text())
    assert len(capped) <= MAX_BODY_CHARS and capped.endswith("metres.")
