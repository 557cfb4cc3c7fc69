from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.sources.health import SourceHealth, record_failure, record_success

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def test_failures_count_up_and_success_resets() -> None:
    h = SourceHealth()
    h = record_failure(h, T0, "HTTP 503")
    h = record_failure(h, T0 + timedelta(hours=1), "timeout")
    assert h.consecutive_failures == 2 and h.last_error == "timeout" and not h.healthy
    assert h.backoff_seconds(base=60) == 120
    h = record_success(h, T0 + timedelta(hours=2), 5)
    assert h.consecutive_failures == 0 and h.healthy and h.last_success == T0 + timedelta(hours=2)
    assert h.last_error == "timeout"  # kept for display


def test_articles_per_day_tracks_the_rate() -> None:
    h = record_success(SourceHealth(), T0, 0)
    for day in range(1, 60):
        h = record_success(h, T0 + timedelta(days=day), 20)  # 20 new articles each day
    assert 19 < h.articles_per_day < 21
    for day in range(60, 120):
        h = record_success(h, T0 + timedelta(days=day), 0)
    assert h.articles_per_day < 1
