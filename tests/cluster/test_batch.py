"""Whole-set clustering (``cluster_batch``): the batch CLI's and recluster's path."""

from __future__ import annotations

import dataclasses
import json
import logging
import random
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.cluster import ClusterConfig, cluster_batch
from plainwire.models import Article

from .fixtures import EVENTS, T0, event_articles, gold


def _partition(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(g) for g in groups}


def _gold_partition(arts: list[Article]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for a in arts:
        by.setdefault(gold(a.id), set()).add(a.id)
    return {frozenset(v) for v in by.values()}


# A second, unrelated set of fictional events that share topic words with the first
# (a flood elsewhere, another cup final, another museum): the crowded case.
LOOKALIKES = [
    (
        "lake",
        "Lake Orrin floods the lower streets of Bexley after storm",
        "Water from Lake Orrin covered the lower streets of Bexley on Tuesday after a storm; about 60 homes were cleared and the ferry pier closed.",
    ),
    (
        "lake",
        "Storm pushes Lake Orrin into Bexley homes",
        "Some 60 households in Bexley left their homes as Lake Orrin rose overnight, the ferry pier was shut and the harbour master warned of more rain.",
    ),
    (
        "lake",
        "Bexley counts damage as Lake Orrin recedes",
        "Residents of Bexley returned to about 60 flooded homes as Lake Orrin fell back; the ferry pier will stay shut for a week.",
    ),
    (
        "shield",
        "Norrow United lift the Valley Shield after 2-1 win",
        "Norrow United beat Calder Town 2-1 to win the Valley Shield, with striker Tomas Vey scoring twice in the second half.",
    ),
    (
        "shield",
        "Vey double wins Valley Shield for Norrow",
        "Tomas Vey scored both goals as Norrow United came from behind to beat Calder Town 2-1 in the Valley Shield final.",
    ),
    (
        "shield",
        "Calder Town beaten in Valley Shield final",
        "Calder Town lost 2-1 to Norrow United in the Valley Shield final after Tomas Vey struck twice late on.",
    ),
]


def _lookalikes() -> list[Article]:
    return [Article(f"{name}/{i % 3}", title, text) for i, (name, title, text) in enumerate(LOOKALIKES)]


def test_groups_fixture_events_exactly() -> None:
    arts = event_articles() + _lookalikes()
    assert _partition(cluster_batch(arts)) == _gold_partition(arts)


def test_same_input_same_output_and_order_does_not_matter() -> None:
    arts = event_articles() + _lookalikes()
    first = cluster_batch(arts)
    assert cluster_batch(arts) == first
    # Groups come in order of their first article, ids inside a group in input order.
    pos = {a.id: i for i, a in enumerate(arts)}
    assert [pos[g[0]] for g in first] == sorted(pos[g[0]] for g in first)
    assert all([pos[x] for x in g] == sorted(pos[x] for x in g) for g in first)
    shuffled = arts[:]
    random.Random(3).shuffle(shuffled)
    assert _partition(cluster_batch(shuffled)) == _partition(first)


def test_density_correction_off_uses_plain_threshold() -> None:
    arts = event_articles()
    plain = dataclasses.replace(ClusterConfig(), density_weight=0.0, link_threshold=0.30)
    assert _partition(cluster_batch(arts, plain)) == _gold_partition(arts)
    # With an impossible threshold nothing merges: the threshold is really applied.
    strict = dataclasses.replace(plain, link_threshold=1.5)
    assert len(cluster_batch(arts, strict)) == len(arts)


def test_floor_keeps_unrelated_texts_apart_in_a_tiny_set() -> None:
    # Two texts alone: no background, so only the floor stops a weak link.
    a = Article(
        "a", "Harbour ferry service resumes", "The ferry between the two islands runs again from Monday."
    )
    b = Article(
        "b", "Island school opens new library", "Pupils on the island got a new library with 2,000 books."
    )
    assert _partition(cluster_batch([a, b])) == {frozenset({"a"}), frozenset({"b"})}
    no_floor = dataclasses.replace(ClusterConfig(), link_floor=-1.0, link_threshold=-1.0)
    assert _partition(cluster_batch([a, b], no_floor)) == {frozenset({"a", "b"})}


def test_dormancy_splits_a_recurring_topic() -> None:
    # The same kind of event months apart is two stories; hours apart, one.
    title, text = EVENTS["flood"][0]
    t2, x2 = EVENTS["flood"][1]
    # Other dated events around them give the IDF its background.
    others = [a for a in event_articles(dated=True) if gold(a.id) != "flood"]
    f0 = Article("f0", title, text, published=T0)
    close = [*others, f0, Article("f1", t2, x2, published=T0 + timedelta(hours=5))]
    far = [*others, f0, Article("f1", t2, x2, published=T0 + timedelta(days=90))]

    def together(arts: list[Article]) -> bool:
        group = {a: i for i, g in enumerate(cluster_batch(arts)) for a in g}
        return group["f0"] == group["f1"]

    assert together(close)
    assert not together(far)


def test_copies_duplicates_and_empty_texts(caplog: pytest.LogCaptureFixture) -> None:
    arts = event_articles()
    title, text = EVENTS["museum"][1]
    copy = Article("copy", title, text, source="wire-reseller")
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        groups = cluster_batch([*arts, copy, arts[0], Article("empty", "", ""), Article("sym", "!!", "??")])
    group = {a: i for i, g in enumerate(groups) for a in g}
    assert group["copy"] == group["museum/1"] == group["museum/0"]
    assert sum(len(g) for g in groups) == len(arts) + 3  # the repeated id is placed once
    assert group["empty"] != group["sym"] and len(groups[group["empty"]]) == 1
    assert "arrived again" in caplog.text and "no usable words" in caplog.text


def test_empty_input() -> None:
    assert cluster_batch([]) == []
    assert cluster_batch([Article("x", "", "")]) == [["x"]]


def test_cli_whole_file_and_online(tmp_path: Path) -> None:
    arts = event_articles() + _lookalikes()
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [{"id": a.id, "title": a.title, "text": a.text} for a in arts]
    rows.append(rows[0])  # a repeated line gets its line back, same story
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for extra in ([], ["--online"]):
        res = CliRunner().invoke(app, ["cluster", str(inp), "-o", str(out), *extra])
        assert res.exit_code == 0, res.output
        lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert [x["id"] for x in lines] == [r["id"] for r in rows]
        story = {x["id"]: x["story_id"] for x in lines}
        assert lines[0]["story_id"] == "s1" and lines[-1]["story_id"] == "s1"
        for a in story:
            for b in story:
                assert (story[a] == story[b]) == (gold(a) == gold(b)), (extra, a, b)


def test_worker_processes_give_the_same_groups() -> None:
    arts = event_articles(dated=True) + _lookalikes()
    assert cluster_batch(arts, workers=1) == cluster_batch(arts)


def test_one_event_alone_in_a_tiny_file_is_one_story() -> None:
    # No background at all: the correction must not cancel a pair's own similarity.
    for name in EVENTS:
        arts = [a for a in event_articles() if gold(a.id) == name]
        assert cluster_batch(arts[:2]) == [[arts[0].id, arts[1].id]]
        assert cluster_batch(arts) == [[a.id for a in arts]]
