"""Event words are not heat (thirteenth session, issue 6): a calm, factual report of a grim
event reads Neutral/Measured, its tabloid rewrite Charged or above. The set
(tests/analyze/fixtures/grim_events.jsonl, invented) goes through bench/tone_grim_eval.py and
``plainwire analyze``; figures in docs/benchmarks.md, "Event words are not heat (thirteenth
session)"."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from plainwire.analyze import events
from plainwire.analyze import tone as tone_mod
from plainwire.analyze.model import default_model
from plainwire.analyze.text import tokenize
from plainwire.analyze.tone import article_tone
from plainwire.models import Article

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "grim_events.jsonl"

STORM = Article(
    id="storm",
    url="https://coast.example/pier",
    title="Storm damages Harrowby pier",
    text=(
        "A storm wrecked part of the pier at Harrowby on Tuesday night. Waves smashed the wooden deck and "
        "two kiosks were washed away, the council said. Nobody was on the pier at the time. The seafront "
        "road was closed on Wednesday while engineers inspected the structure. An inspection last year had "
        "found that the pier's supports had been weakened by rot. Earlier wrecks along the coast had led "
        "to new inspections."
    ),
)


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "tone_grim_eval_under_test", ROOT / "bench" / "tone_grim_eval.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def rows(bench: ModuleType) -> list[dict]:
    return bench.load(FIXTURE)


def test_the_set_is_what_the_docs_say(rows: list[dict]) -> None:
    kinds = Counter(r["kind"] for r in rows)
    assert kinds["plain"] >= 30 and kinds["heated"] >= 15
    assert len({r["style"] for r in rows if r["kind"] == "plain"}) >= 5
    plain_events = {r["event"] for r in rows if r["kind"] == "plain"}
    assert all(r["event"] in plain_events for r in rows if r["kind"] == "heated")


def test_plain_reports_calm_and_rewrites_heated(bench: ModuleType, rows: list[dict]) -> None:
    res = bench.evaluate(rows)
    assert [(s, i, ev) for s, i, _lab, ev in res["plain"] if s >= 0.5] == []
    assert [(s, i) for s, i, _lab, _ev in res["heated"] if s < 0.5] == []
    # no plain report shows an event word to readers as evidence of heat
    assert res["plain_evidence"] == 0
    for ev, st in res["stories"].items():
        assert st["plain"][1] < 0.5, ev
        if "heated" in st:
            assert st["heated"][1] >= 0.5 and st["heated"][0] in ("Charged", "Provocative", "Alarming"), ev


def test_the_rule_is_what_moves_the_plain_reports(bench: ModuleType, rows: list[dict]) -> None:
    # With the rule off (the behaviour before) the plain reports score higher and show event
    # words as evidence; the rewrites (framed sensationally) score the same.
    on = bench.evaluate(rows)
    try:
        tone_mod.EVENT_WORDS_PLAIN = False
        off = bench.evaluate(rows)
    finally:
        tone_mod.EVENT_WORDS_PLAIN = True
    assert off["plain_mean"] > on["plain_mean"] + 0.02
    assert off["plain_evidence"] > 0
    assert abs(off["heated_mean"] - on["heated_mean"]) < 0.01


def test_storm_report_through_the_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from plainwire.cli.main import app

    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"id": STORM.id, "url": STORM.url, "title": STORM.title, "text": STORM.text}) + "\n"
    )
    result = CliRunner().invoke(app, ["analyze", str(src), "-o", str(dst)])
    assert result.exit_code == 0, result.output
    tone = json.loads(dst.read_text().splitlines()[0])["tone"]
    assert tone["label"] in ("Neutral", "Measured"), tone
    assert not {"wrecked", "wrecks", "smashed"} & {e.lower() for e in tone["evidence"]}


def test_a_sensational_frame_keeps_the_event_words() -> None:
    plain = article_tone(STORM)
    framed = Article(
        id="framed",
        url=STORM.url,
        title=STORM.title,
        text=STORM.text.replace("A storm wrecked", "In a night of horror, a storm wrecked"),
    )
    t = article_tone(framed)
    assert t.score > plain.score
    assert any("wrecked" in e.lower() for e in t.evidence)


def test_neutral_event_tokens_frame_and_intensifier() -> None:
    toks = tokenize("Fire destroyed the barn and crews were called")
    assert [toks[i].norm for i in events.neutral_event_tokens(toks)] == ["fire", "destroyed"]
    # an intensifier right before the event word: written, not reported
    toks = tokenize("Fire utterly destroyed the barn")
    assert [toks[i].norm for i in events.neutral_event_tokens(toks)] == ["fire"]
    # a sensational frame anywhere in the sentence: every event word counts
    assert events.neutral_event_tokens(tokenize("Horror as fire destroyed the barn")) == []


def test_event_list_is_the_derived_one() -> None:
    words = events.event_words()
    assert {"wrecked", "blast", "faulty", "killed", "charged"} <= words
    # the editors significantly drop these (tools/tone_event_words.py): outlets' colour
    assert not {"layoffs", "charge", "lost"} & words


def test_lazy_top_units_match_a_full_pass() -> None:
    # ``_unheat_events`` only looks at units that reach the top ``depth``; looking at every
    # unit must give the same top units, since a unit's logit only goes down.
    m = default_model()
    sents = [STORM.title, *tone_mod.body_units(STORM.text)]
    units = sorted(((m.fast_logit(s), s, []) for s in sents), key=lambda x: -x[0])
    depth = 3
    lazy = tone_mod._unheat_events(m, units, depth, {})
    full = tone_mod._unheat_events(m, units, len(units), {})
    assert [(round(z, 9), t) for z, t, _h in lazy[:depth]] == [(round(z, 9), t) for z, t, _h in full[:depth]]
    assert lazy[0][0] < units[0][0]  # the wrecked sentence was the top unit and came down
