"""Reading and writing the batch JSONL contract, with per-line errors that name the line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from plainwire.errors import BadInputError, BadJsonlError


@dataclass
class ErrorReport:
    """Collects per-input errors; the batch commands exit non-zero when any occurred."""

    json_errors: bool = False
    errors: list[BadInputError] = field(default_factory=list)
    stream: IO[str] = field(default_factory=lambda: sys.stderr)

    def add(self, err: BadInputError) -> None:
        self.errors.append(err)
        if self.json_errors:
            self.stream.write(json.dumps(err.to_json()) + "\n")
        else:
            self.stream.write(f"error: {err}\n")
        self.stream.flush()

    def __bool__(self) -> bool:
        return bool(self.errors)


def iter_jsonl(path: str, report: ErrorReport) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(location, object)`` for each good line of ``path`` (``-`` = stdin).

    Blank lines are skipped; malformed lines and non-objects are reported with their line
    number and skipped, so one bad line never stops the others. An input with no records
    at all is reported as an error too.
    """
    name = "<stdin>" if path == "-" else path
    try:
        fh: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        report.add(BadJsonlError(f"cannot open: {exc.strerror or exc}", input=name))
        return
    seen = 0
    try:
        # Binary lines, decoded one by one: a bad byte spoils its own line only.
        for lineno, raw in enumerate(fh, start=1):
            loc = f"{name}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                report.add(BadJsonlError(f"not UTF-8 ({exc.reason} at byte {exc.start})", input=loc))
                continue
            if lineno == 1:
                line = line.removeprefix("\ufeff")  # a byte-order mark (Windows editors) is not data
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                report.add(BadJsonlError(f"malformed JSON: {exc.msg} at column {exc.colno}", input=loc))
                continue
            except RecursionError:  # json recurses per level: a line of 100,000 "[" ends it
                report.add(BadJsonlError("malformed JSON: nested too deeply to read", input=loc))
                continue
            except ValueError as exc:  # e.g. an integer over Python's 4300-digit limit
                report.add(BadJsonlError(f"malformed JSON: {exc}", input=loc))
                continue
            if not isinstance(obj, dict):
                report.add(BadJsonlError(f"expected a JSON object, got {type(obj).__name__}", input=loc))
                continue
            seen += 1
            yield loc, obj
    finally:
        if path != "-":
            fh.close()
    if seen == 0 and not report.errors:
        report.add(BadJsonlError("empty input: no JSON objects found", input=name))


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """``-o FILE`` or stdout. Written atomically-ish: a temp file renamed at the end."""
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        yield fh
    tmp.replace(target)


def write_obj(fh: IO[str], obj: dict[str, Any]) -> None:
    fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
