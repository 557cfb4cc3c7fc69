"""The audit newsroom runner (bench/audit_newsroom.py) on a three-event subset: the real CLI
adds the sources and runs `plainwire run --once` against the generated site, the broken
feeds are reported as errors naming them, and the stories are formed and read back.

The whole newsroom's figures are in docs/benchmarks.md ("Audit newsroom (eleventh session)").
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ("byelection", "hospital", "cupfinal")


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "audit_newsroom_under_test", ROOT / "bench" / "audit_newsroom.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(audit: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    work = tmp_path_factory.mktemp("audit")
    out = work / "out"
    # One pass and no extra `sources add` probe: each CLI start costs about a second.
    return audit.run_audit(out, events=EVENTS, passes=1, workdir=work, try_refused_add=False), out


def test_broken_feeds_are_errors_naming_them(result: tuple[dict, Path]) -> None:
    r, _ = result
    errors = r["errors"]
    assert any("/bugle/rss.xml" in e and "not a feed" in e for e in errors["bugle"]), errors
    assert any("/observer/rss.xml" in e and "404" in e for e in errors["observer"]), errors
    assert any("connection refused" in e for e in errors["lowmoor"]), errors
    assert all(r["checks"]["broken_inputs_reported"].values())
    # The run went on: the working outlets' articles were stored.
    assert r["checks"]["articles_stored"] >= 8


def test_stories_are_formed_and_read_back(audit: ModuleType, result: tuple[dict, Path]) -> None:
    r, out = result
    stories = r["stories"]
    assert r["checks"]["events"] == len(EVENTS)
    for event in EVENTS:
        holding = [s for s in stories if event in s["events"]]
        assert holding, f"no story for {event}"
        assert max(len(s["outlets"]) for s in holding) >= 2, f"{event}: no story joins two outlets"
    for s in stories:
        assert s["headline"] and s["slug"] and s["page_status"] == 200
        if any(a["written_genre"] == "news" for a in s["articles"]):  # an opinion-only story has neither
            assert s["story"] and s["highlights"], s["slug"]
    written = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    assert [s["slug"] for s in written["stories"]] == [s["slug"] for s in stories]
    report = (out / "report.md").read_text(encoding="utf-8")
    assert all(s["headline"] in report for s in stories)
    assert audit.compare(written, written)[-1] == f"{len(stories)} of {len(stories)} stories unchanged"
