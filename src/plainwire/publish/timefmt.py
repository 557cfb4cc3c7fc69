"""Times as readers see them: absolute (server renders UTC, the browser localises) and relative."""

from __future__ import annotations

from datetime import UTC, datetime

from plainwire.models import is_zero_date, iso


def as_utc(dt: datetime | float | None) -> datetime | None:
    """Aware UTC time, or ``None`` when unknown: a zero timestamp (1 Jan 1970) is unknown too,
    so a page says nothing rather than "Jan 1, 1970"."""
    if dt is None or is_zero_date(dt):
        return None
    if isinstance(dt, int | float):
        return datetime.fromtimestamp(dt, UTC)
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def display(dt: datetime | None) -> str:
    """``Sep 29, 2025, 12:46 AM`` (the layout of the story page), in UTC (English, locale-free)."""
    if dt is None:
        return ""
    hour = dt.hour % 12 or 12
    return f"{_MONTHS[dt.month - 1]} {dt.day}, {dt.year}, {hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def exact(dt: datetime | None) -> str:
    """The exact UTC time shown on hover."""
    if dt is None:
        return ""
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} UTC"


def relative(dt: datetime | None, now: datetime | None = None) -> str:
    """``5 minutes ago``, ``3 hours ago``, ``2 days ago``; absolute date past a month."""
    if dt is None:
        return ""
    now = now or datetime.now(UTC)
    secs = (now - dt).total_seconds()
    if secs < 0:
        return display(dt)
    for size, unit in ((86400 * 30, None), (86400, "day"), (3600, "hour"), (60, "minute")):
        if secs >= size:
            if unit is None:
                return display(dt)
            n = int(secs // size)
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    return "just now"


def time_context(dt: datetime | float | None) -> dict[str, str] | None:
    """What templates need to render one ``<time>`` element."""
    d = as_utc(dt)
    if d is None:
        return None
    return {"iso": iso(d) or "", "display": display(d), "exact": exact(d), "relative": relative(d)}
