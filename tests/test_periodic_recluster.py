"""The periodic re-cluster pass of `plainwire run` (off by default, `recluster_every`): with a
real store and pipeline it mends a placement the online pass got wrong, keeps the ids of
untouched stories, and keeps to its window cap."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from plainwire.pipeline import PassReport, Pipeline
from plainwire.scheduler import Scheduler
from plainwire.settings import load_config
from tests.cluster.ferry import ferry_articles
from tests.ops.helpers import FakeClock, make_pipeline


def _ingest(home: Path, **overrides: object) -> tuple[Pipeline, dict[str, str], FakeClock]:
    """Store and place the ferry news through the main job's own path (analysis, store,
    online clusterer); returns the pipeline, the online grouping and a clock after it."""
    now = time.time()
    arts = ferry_articles(datetime.fromtimestamp(now, UTC) - timedelta(hours=20))
    pipeline, _config = make_pipeline(home, **overrides)
    for art in arts:  # one article per batch: the early one is placed before the strike exists
        pipeline.add_articles([art], PassReport())
    online = _grouping(pipeline)
    assert online["early"] == online["budget-0"] == online["strike-0"] != online["strike-1"]  # the mistake
    return pipeline, online, FakeClock(now)


def _grouping(pipeline: Pipeline) -> dict[str, str]:
    return {sa.article.id: sa.story_id or "" for sa in pipeline.store.iter_articles()}


def test_periodic_pass_is_off_by_default_and_capped(tmp_path: Path) -> None:
    # Off: on streams where most stories have one article the whole-set pass merges unrelated
    # texts (docs/clustering.md, "Sets of mostly one-article stories").
    config = load_config(tmp_path)
    assert config.recluster_every == 0 and config.recluster_max_articles > 0


def test_run_loop_mends_the_online_mistake_when_turned_on(tmp_path: Path) -> None:
    pipeline, online, clock = _ingest(tmp_path / "home", recluster_every=1.0)
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    sched.step()
    assert _grouping(pipeline) == online  # not due yet
    clock.t += pipeline.config.recluster_every * 3600 + 1
    sched.step()
    after = _grouping(pipeline)
    budget, strike, market = online["budget-0"], online["strike-1"], online["market-0"]
    assert {after[k] for k in ("early", "strike-0", "strike-1", "strike-2")} == {strike}
    assert {after[f"budget-{i}"] for i in range(3)} == {budget}  # the story that lost articles keeps its id
    assert {after[f"market-{i}"] for i in range(3)} == {market}  # untouched story keeps its id
    store = pipeline.store
    for sid, n in ((budget, 3), (strike, 4), (market, 3)):
        row = store.get_story(sid)
        assert row is not None and row.merged_into is None and row.n_articles == n
        assert row.synthesis is not None  # re-synthesised after the pass
    assert store.dirty_stories() == []
    # The clusterer was rebuilt from the mended store: a new strike report joins the strike.
    late = ferry_articles(datetime.fromtimestamp(clock.t, UTC))[-1]
    late = type(late)(
        id="strike-late",
        title=late.title + " again",
        text=late.text + " Talks resume on Friday.",
        url="https://news.test/strike-late",
        source="Outlet 9",
        published=late.published,
    )
    pipeline.add_articles([late], PassReport())
    assert _grouping(pipeline)["strike-late"] == strike
    pipeline.close()
    store.close()


def test_window_cap_is_respected(tmp_path: Path) -> None:
    pipeline, online, clock = _ingest(tmp_path / "home")
    now = clock()
    # The strike story (2 articles) and the budget story (5) are the newest: a cap of 7
    # takes both whole and leaves the older market story (3) out.
    summary = pipeline.recluster_live(now, max_articles=7, apply=False)
    assert summary.articles == 7
    # A cap of 6 cannot hold the budget story whole: the window is the strike story and
    # the market story, which the pass leaves as they are; the mistake stays.
    capped = pipeline.recluster_live(now, max_articles=6)
    assert capped.articles == 5 and capped.moved == 0
    assert _grouping(pipeline) == online
    pipeline.close()
    pipeline.store.close()


def test_run_loop_pass_keeps_to_the_configured_cap(tmp_path: Path) -> None:
    pipeline, online, clock = _ingest(tmp_path / "home", recluster_every=1.0, recluster_max_articles=6)
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    clock.t += pipeline.config.recluster_every * 3600 + 1
    sched.step()
    assert _grouping(pipeline) == online
    pipeline.close()
    pipeline.store.close()


def test_a_pass_that_moves_nothing_keeps_the_clusterer(tmp_path: Path) -> None:
    pipeline, _online, clock = _ingest(tmp_path / "home", recluster_every=1.0)
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    clock.t += pipeline.config.recluster_every * 3600 + 1
    sched.step()  # mends the mistake
    built = pipeline.clusterer
    clock.t += pipeline.config.recluster_every * 3600 + 1
    sched.step()  # nothing left to mend: no rebuild (a rebuild replays every live article)
    assert pipeline.clusterer is built
    pipeline.close()
    pipeline.store.close()


def test_a_failing_pass_waits_for_its_next_turn(tmp_path: Path) -> None:
    pipeline, online, clock = _ingest(tmp_path / "home", recluster_every=1.0)
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    calls = []
    real = pipeline.recluster_live

    def broken(now: float, **kw: object) -> object:
        calls.append(now)
        raise RuntimeError("disk on fire")

    pipeline.recluster_live = broken
    clock.t += pipeline.config.recluster_every * 3600 + 1
    sched.step()  # the round survives the failure and reports it
    assert len(calls) == 1 and any("re-cluster pass failed" in e for e in sched.stats.last_errors)
    clock.t += 60
    sched.step()  # not retried at every round
    assert len(calls) == 1
    pipeline.recluster_live = real
    clock.t += pipeline.config.recluster_every * 3600
    sched.step()
    assert _grouping(pipeline)["early"] == online["strike-1"]  # the next turn mends it
    pipeline.close()
    pipeline.store.close()
