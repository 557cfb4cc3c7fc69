"""robots.txt rules per host, cached in memory (RFC 9309 semantics)."""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass

#: Status a loader returns when the host could not be connected to at all (refused, no
#: route, connect timeout); treated like 5xx (disallow for now) but reported as unreachable.
UNREACHABLE = 598
UNREACHABLE_TTL = 60.0


@dataclass
class _Entry:
    parser: urllib.robotparser.RobotFileParser | None  # None = allow everything
    disallow_all: bool
    expires: float
    reason: str = ""  # why robots.txt could not be read
    unreachable: bool = False  # the host itself could not be connected to


class RobotsCache:
    """Answers ``allowed(url)`` by fetching each host's robots.txt once per ``ttl``.

    ``load(robots_url)`` returns ``(status, text)`` (for status >= 500 the text says why);
    it is the fetcher's own raw GET, so
    robots.txt obeys the same SSRF guard, size and time limits. Per RFC 9309: 4xx means
    no rules (allow), 5xx means assume full disallow for now.
    """

    def __init__(self, load: Callable[[str], tuple[int, str]], user_agent: str, ttl: float = 3600.0) -> None:
        self._load = load
        self._agent = user_agent
        self._ttl = ttl
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _entry(self, origin: str) -> _Entry:
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one robots fetch per host even with many threads asking
            entry = self._entries.get(origin)
            if entry is not None and entry.expires > time.monotonic():
                return entry
            status, text = self._load(origin + "/robots.txt")
            parser: urllib.robotparser.RobotFileParser | None = None
            disallow_all = False
            if 200 <= status < 300:
                parser = urllib.robotparser.RobotFileParser()
                parser.parse(text.splitlines())
            elif status >= 500:
                disallow_all = True
            reason = (text or f"HTTP {status}") if status >= 500 else ""
            # A failing server is asked again after 5 minutes; an unreachable host after one
            # (long enough to fail a pass's other pages fast, short enough that a host back up
            # is not reported unreachable for long).
            ttl = self._ttl if status < 500 else UNREACHABLE_TTL if status == UNREACHABLE else 300.0
            entry = _Entry(
                parser, disallow_all, time.monotonic() + ttl, reason, unreachable=status == UNREACHABLE
            )
            self._entries[origin] = entry
            return entry

    def allowed(self, origin: str, url: str) -> bool:
        entry = self._entry(origin)
        if entry.disallow_all:
            return False
        return entry.parser is None or entry.parser.can_fetch(self._agent, url)

    def unavailable(self, origin: str) -> str | None:
        """Why the host's robots.txt could not be read (5xx/unreachable), else ``None``."""
        entry = self._entries.get(origin)
        return entry.reason if entry is not None and entry.disallow_all else None

    def unreachable(self, origin: str) -> bool:
        """True when the host's robots.txt failed because the host could not be connected to."""
        entry = self._entries.get(origin)
        return entry is not None and entry.unreachable

    def crawl_delay(self, origin: str) -> float | None:
        entry = self._entries.get(origin)
        if entry is None or entry.parser is None:
            return None
        delay = entry.parser.crawl_delay(self._agent)
        return float(delay) if delay is not None else None
