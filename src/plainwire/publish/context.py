"""What every request handler shares: store connections, templates, the page cache."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup

from plainwire import __version__
from plainwire.models import evidence_parts, is_outlets_note
from plainwire.publish.reader import ReaderStores
from plainwire.store import OutletRow, Store

SOURCES_TTL = 10.0  # seconds a sources/health listing may be reused


def _build_id() -> str:
    """Changes whenever a template or static file changes, so cached pages/ETags refresh."""
    h = hashlib.sha1(__version__.encode())
    root = resources.files("plainwire.publish")
    for sub in ("templates", "static"):
        for f in sorted(root.joinpath(sub).iterdir(), key=lambda p: p.name):
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:12]


class PageCache:
    """A small thread-safe LRU of rendered bodies, keyed by content version."""

    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self._data: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class TTLCache:
    """Values that are costly to compute and may be a little stale (labels, outlet lists)."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str, ttl: float, compute: Callable[[], Any]) -> Any:
        now = time.monotonic()
        with self._lock:
            hit = self._data.get(key)
        if hit is not None and now - hit[0] < ttl:
            return hit[1]
        value = compute()
        with self._lock:
            self._data[key] = (now, value)
        return value


def outlet_href(name: object) -> str:
    """Link to an outlet's page. A name that is a dot segment ("." or "..") cannot be a path
    segment: browsers and HTTP clients remove it (percent-encoded too, per the URL
    standard), so "/outlet/.." would open the front page. Those names go in the query."""
    text = str(name)
    if text in (".", ".."):
        return "/outlet?" + urlencode({"name": text})
    return "/outlet/" + quote(text, safe="")


# Bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069). One left
# open in a title reverses the text after it on the same line (the outlet name, the date):
# "Mayor resigns<U+202E>" shows the next words backwards. Marks (LRM, RLM, ALM) are kept:
# they steer one character and are what right-to-left text legitimately carries.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def strip_bidi_controls(value: Any) -> Any:
    """Every value a template prints, without bidi controls (Jinja's ``finalize``)."""
    if isinstance(value, str) and _BIDI_CONTROLS.search(value):
        cleaned = _BIDI_CONTROLS.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


class ReaderContext:
    def __init__(self, db_path: Any) -> None:
        self.stores = ReaderStores(db_path)
        self.build = _build_id()
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("plainwire.publish", "templates"),
            autoescape=jinja2.select_autoescape(["html", "atom", "xml"]),
            auto_reload=False,
            trim_blocks=False,
            undefined=jinja2.StrictUndefined,
            finalize=strip_bidi_controls,
        )
        self.env.globals["static"] = lambda name: f"/static/{name}?v={self.build}"
        # One URL path segment: unlike Jinja's urlencode, "/" is escaped too.
        self.env.filters["pathseg"] = lambda value: quote(str(value), safe="")
        self.env.filters["outlet_href"] = outlet_href
        self.env.filters["evidence_parts"] = evidence_parts
        self.env.tests["outlets_note"] = is_outlets_note
        #: When this reader started: the <updated> of an empty Atom feed before any poll.
        self.started = datetime.now(UTC)
        self.pages = PageCache()
        self.slow = TTLCache()

    @property
    def store(self) -> Store:
        return self.stores.get()

    def render(self, template: str, **ctx: Any) -> str:
        return self.env.get_template(template).render(**ctx)

    def outlets(self) -> list[OutletRow]:
        """Every configured outlet with its health, reused for ``SOURCES_TTL`` seconds:
        ``Store.outlets`` counts a week of articles per outlet (a table scan)."""
        return self.slow.get("outlets", SOURCES_TTL, lambda: self.store.outlets(enabled_only=False))
