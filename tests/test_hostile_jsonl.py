"""Batch JSONL input with hostile lines, through the real CLI: each bad line is one error
naming FILE:LINE, every good line is still processed.

Before the fourteenth session a line nested 100,000 deep (or holding a 5,000-digit number)
ended the whole batch with a traceback and no output, and a file starting with a UTF-8
byte-order mark lost its first record as "malformed JSON".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _article(i: int) -> str:
    return json.dumps(
        {
            "id": f"tern-{i}",
            "title": "Tern Island pier to grow",
            "text": "The harbour board of Tern Island voted on Tuesday to extend the north pier by forty metres.",
        }
    )


def test_bad_lines_are_named_and_the_good_ones_processed(tmp_path: Path) -> None:
    lines = [
        "\ufeff" + _article(1),  # BOM of a Windows editor
        _article(2) + "\r",  # CRLF line ending
        "[" * 100_000 + "]" * 100_000,
        '{"id": "tern-x", "title": "t", "text": "x", "n": ' + "9" * 5000 + "}",
        "42",
        _article(3),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")}
    res = subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", "analyze", str(src)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["tern-1", "tern-2", "tern-3"]
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {src}:3: malformed JSON: nested too deeply to read",
        f"error: {src}:4: malformed JSON: Exceeds the limit (4300 digits) for integer string conversion: "
        "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
        f"error: {src}:5: expected a JSON object, got int",
    ]
