"""The scheduler against real feeds on 127.0.0.1, with an injected clock."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from plainwire.models import Outlet
from plainwire.pipeline import PassReport
from plainwire.scheduler import DAY, Scheduler
from tests.conftest import SiteServer
from tests.ops.helpers import FakeClock, make_pipeline, rss


def _setup(tmp_path: Path, site: SiteServer, now: float):  # type: ignore[no-untyped-def]
    t = datetime.fromtimestamp(now, UTC)
    # "busy" published 10 items over the last 10 hours: about 24 a day.
    items = [
        (f"{site.base}/busy/{i}.html", f"Busy item {i}", t - timedelta(hours=i + 0.5)) for i in range(10)
    ]
    site.pages["/busy.xml"] = rss("Busy Outlet", items)
    pipeline, config = make_pipeline(tmp_path / "home", poll_jitter=0.0)
    pipeline.store.add_outlet(Outlet("Busy Outlet", site.base + "/busy.xml"))
    pipeline.store.add_outlet(Outlet("Broken Outlet", site.base + "/missing.xml"))  # 404
    return pipeline


def test_polls_queue_entries_and_schedule_each_source(tmp_path: Path, site_server: SiteServer) -> None:
    now = time.time()
    pipeline = _setup(tmp_path, site_server, now)
    clock = FakeClock(now)
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(1))
    store = pipeline.store
    ids = {r.outlet.name: r.id for r in store.outlets()}

    assert {r.outlet.name for r in sched.due(clock())} == {"Busy Outlet", "Broken Outlet"}
    report = PassReport()
    assert sched.poll_due(report) == 2
    assert store.queue_counts()["pending"] == 10 and report.queued == 10
    s = store.poll_schedules()
    busy, broken = s[ids["Busy Outlet"]], s[ids["Broken Outlet"]]
    assert 20 < busy["rate_per_day"] < 30
    assert abs(busy["poll_every"] - DAY / (2 * busy["rate_per_day"])) < 1e-6
    assert broken["rate_per_day"] is None and broken["poll_every"] == 2 * 900.0  # first failure: backoff x2

    # nothing is due until the earliest interval has passed
    clock.t += busy["poll_every"] - 1
    assert sched.due(clock()) == []
    clock.t += 2
    assert [r.outlet.name for r in sched.due(clock())] == ["Busy Outlet"]

    # the same feed again: nothing new is queued twice, and the rate estimate falls
    sched.poll_due(PassReport())
    assert store.queue_counts()["pending"] == 10
    busy2 = store.poll_schedules()[ids["Busy Outlet"]]
    assert busy2["rate_per_day"] < busy["rate_per_day"] and busy2["poll_every"] > busy["poll_every"]

    # the broken source backs off further on each failure
    clock.t = broken["next_poll_at"] + 1
    sched.poll_due(PassReport())
    assert store.poll_schedules()[ids["Broken Outlet"]]["poll_every"] == 4 * 900.0
    row = next(r for r in store.outlets() if r.outlet.name == "Broken Outlet")
    assert row.consecutive_failures == 2 and row.last_error

    # it heals: the interval returns to the healthy one
    clock.t = store.poll_schedules()[ids["Broken Outlet"]]["next_poll_at"] + 1
    t = datetime.fromtimestamp(clock.t, UTC)
    site_server.pages["/missing.xml"] = rss(
        "Broken Outlet",
        [(f"{site_server.base}/b/{i}.html", f"B {i}", t - timedelta(hours=i + 0.5)) for i in range(6)],
    )
    sched.poll_due(PassReport())
    healed = store.poll_schedules()[ids["Broken Outlet"]]
    assert (
        20 < healed["rate_per_day"] < 30
        and abs(healed["poll_every"] - DAY / (2 * healed["rate_per_day"])) < 1e-6
    )
    row = next(r for r in store.outlets() if r.outlet.name == "Broken Outlet")
    assert row.consecutive_failures == 0
    store.close()


def test_stop_makes_run_return(tmp_path: Path, site_server: SiteServer) -> None:
    pipeline = _setup(tmp_path, site_server, time.time())
    sleeps: list[float] = []
    sched = Scheduler(pipeline, rng=random.Random(2))

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        sched.stop.set()

    sched._sleep = sleep
    stats = sched.run()
    assert sched.stop.is_set() and stats.rounds >= 1 and stats.polls == 2
    pipeline.store.close()


def test_step_applies_retention_and_refreshes_clustering(tmp_path: Path) -> None:
    from tests.ops.helpers import fill_store

    pipeline, _ = make_pipeline(tmp_path / "home", keep_days=30)
    store = pipeline.store
    fill_store(store, now=datetime.now(UTC), n_stories=2, age_days=40)
    clock = FakeClock(time.time())
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(3))
    first = pipeline.clusterer
    wait = sched.step()
    assert 0 <= wait <= 60
    assert (
        store.conn.execute("SELECT COUNT(*) FROM articles WHERE body_dropped_at IS NOT NULL").fetchone()[0]
        == 6
    )
    assert pipeline.clusterer is first  # within a day: same clustering state
    clock.t += DAY + 1
    sched.step()
    assert pipeline.clusterer is not first  # rebuilt from the store, as a restart would
    pipeline.close()
    store.close()
