"""Structured logs: JSON lines when not on a terminal, with extra fields."""

from __future__ import annotations

import io
import json
import logging

import pytest

from plainwire.logsetup import setup_logging


@pytest.fixture
def restore_logging():  # type: ignore[no-untyped-def]
    saved = {
        n: (logging.getLogger(n).handlers[:], logging.getLogger(n).propagate, logging.getLogger(n).level)
        for n in ("plainwire", "uvicorn", "uvicorn.error")
    }
    yield
    for n, (h, p, lvl) in saved.items():
        lg = logging.getLogger(n)
        lg.handlers[:] = h
        lg.propagate = p
        lg.setLevel(lvl)


def test_json_lines_when_not_a_tty(restore_logging: None) -> None:
    buf = io.StringIO()  # not a TTY
    setup_logging(logging.INFO, "auto", buf)
    log = logging.getLogger("plainwire.test")
    log.info("polled %s", "Fen Valley Post", extra={"source": "Fen Valley Post", "new": 3})
    log.debug("hidden at INFO")
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("failed")
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert len(lines) == 2
    assert lines[0]["msg"] == "polled Fen Valley Post" and lines[0]["level"] == "info"
    assert (
        lines[0]["source"] == "Fen Valley Post"
        and lines[0]["new"] == 3
        and lines[0]["logger"] == "plainwire.test"
    )
    assert lines[0]["ts"].endswith("Z")
    assert lines[1]["level"] == "error" and "ValueError: boom" in lines[1]["exc"]


def test_human_format(restore_logging: None) -> None:
    buf = io.StringIO()
    setup_logging(logging.INFO, "human", buf)
    logging.getLogger("plainwire.test").warning("source %s failing", "Marsh Herald")
    out = buf.getvalue()
    assert "source Marsh Herald failing" in out and not out.lstrip().startswith("{")
    with pytest.raises(ValueError):
        setup_logging(logging.INFO, "xml", buf)
