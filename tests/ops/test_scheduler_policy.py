"""Poll intervals: adapted to the publishing rate, bounded, jittered, backed off on failure."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from plainwire.models import FeedEntry
from plainwire.scheduler import (
    DAY,
    PollPolicy,
    healthy_interval,
    initial_rate,
    next_interval,
    update_rate,
)

POLICY = PollPolicy(base=900.0, min=120.0, max=10800.0, jitter=0.1, backoff_max=21600.0)


def test_interval_follows_publishing_rate_within_bounds() -> None:
    assert healthy_interval(POLICY, None) == 900.0  # unknown rate: the base interval
    assert healthy_interval(POLICY, 48.0) == DAY / 96  # every 30 min -> poll every 15 min
    assert healthy_interval(POLICY, 10_000.0) == 120.0  # a firehose is capped at the minimum
    assert healthy_interval(POLICY, 0.5) == 10800.0  # a quiet source at the maximum
    assert healthy_interval(POLICY, 0.0) == 10800.0
    busier = [healthy_interval(POLICY, r) for r in (1, 5, 20, 50, 100, 400)]
    assert busier == sorted(busier, reverse=True)


def test_jitter_is_bounded_deterministic_and_spread() -> None:
    rng = random.Random(7)
    values = [next_interval(POLICY, 48.0, 0, rng) for _ in range(500)]
    assert all(900 * 0.9 <= v <= 900 * 1.1 for v in values)
    assert max(values) - min(values) > 900 * 0.15  # really spread, not constant
    again = random.Random(7)
    assert values[:20] == [next_interval(POLICY, 48.0, 0, again) for _ in range(20)]
    # at the bounds jitter never leaves [min, max]
    rng = random.Random(1)
    assert all(120.0 <= next_interval(POLICY, 1e6, 0, rng) <= 132.0 for _ in range(200))
    assert all(9720.0 <= next_interval(POLICY, 0.01, 0, rng) <= 10800.0 for _ in range(200))


def test_backoff_doubles_per_failure_up_to_the_cap() -> None:
    no_jitter = PollPolicy(base=900.0, min=120.0, max=10800.0, jitter=0.0, backoff_max=21600.0)
    rng = random.Random(0)
    got = [next_interval(no_jitter, 48.0, f, rng) for f in range(0, 8)]
    assert got[:6] == [900.0, 1800.0, 3600.0, 7200.0, 14400.0, 21600.0]
    assert got[6:] == [21600.0, 21600.0]
    # backoff may exceed poll_max_interval (a failing source waits longer) but not the cap
    assert next_interval(POLICY, 0.0, 1, random.Random(3)) <= 21600.0
    assert next_interval(POLICY, 0.0, 1, random.Random(3)) > 10800.0 * 0.9 * 1.5
    assert next_interval(POLICY, 48.0, 1000, random.Random(3)) <= 21600.0


def test_rate_estimate() -> None:
    assert update_rate(None, 5, DAY / 2) == 10.0
    r = update_rate(10.0, 0, DAY)  # a quiet day pulls the estimate down, not to zero
    assert r is not None and 0 < r < 10.0
    assert update_rate(4.0, 3, 0.0) == 4.0  # no time elapsed: keep the estimate
    # converges to the true rate
    rate: float | None = None
    for _ in range(40):
        rate = update_rate(rate, 6, DAY / 4)
    assert rate is not None and abs(rate - 24.0) < 1e-6


def test_initial_rate_from_feed_dates() -> None:
    now = datetime(2026, 1, 10, tzinfo=UTC)
    entries = [FeedEntry(url=f"http://x/{i}", published=now - timedelta(hours=6 * i)) for i in range(20)]
    rate = initial_rate(entries, now.timestamp())
    assert rate is not None and 3.5 < rate < 4.5  # 20 items over ~4.75 days
    assert initial_rate([FeedEntry(url="http://x/a")], now.timestamp()) is None
    old = [FeedEntry(url=f"http://x/{i}", published=now - timedelta(days=300 + i)) for i in range(10)]
    slow = initial_rate(old, now.timestamp())
    assert slow is not None and slow < 0.05
