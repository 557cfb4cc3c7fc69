"""Per-source health: last success, last error, consecutive failures, articles per day.

Pure bookkeeping on an immutable record; the store persists it and ``sources list``
shows it. ``articles_per_day`` is an exponentially weighted rate so one busy day does not
dominate (half-life ``HALF_LIFE_DAYS``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime

HALF_LIFE_DAYS = 7.0


@dataclass(frozen=True)
class SourceHealth:
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    consecutive_failures: int = 0
    articles_per_day: float = 0.0
    rate_updated: datetime | None = None

    @property
    def healthy(self) -> bool:
        return self.consecutive_failures == 0

    def backoff_seconds(self, base: float = 300.0, cap: float = 86_400.0) -> float:
        """How long to wait before polling a failing source again (doubles per failure)."""
        if self.consecutive_failures == 0:
            return 0.0
        return min(cap, base * 2 ** (self.consecutive_failures - 1))


def record_success(h: SourceHealth, now: datetime, new_articles: int) -> SourceHealth:
    rate = h.articles_per_day
    if h.rate_updated is None:
        rate = float(new_articles)  # first observation: per-poll count as a rough daily rate
    else:
        days = max((now - h.rate_updated).total_seconds() / 86_400.0, 1e-6)
        decay = math.exp(-math.log(2) * days / HALF_LIFE_DAYS)
        # EWMA of the observed rate over the elapsed interval.
        rate = decay * rate + (1 - decay) * (new_articles / days)
    return replace(h, last_success=now, consecutive_failures=0, articles_per_day=rate, rate_updated=now)


def record_failure(h: SourceHealth, now: datetime, error: str) -> SourceHealth:
    return replace(h, last_error=error, last_error_at=now, consecutive_failures=h.consecutive_failures + 1)
