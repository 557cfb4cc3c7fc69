"""Canonical article URLs: one key per article whatever link led to it.

``canonical_url`` = courlan's strict normalisation (lower-case host, default port and
fragment dropped, tracking parameters such as ``utm_*``, ``fbclid``, ``gclid`` removed)
plus the variants courlan leaves alone:

* AMP: Google AMP-cache URLs (``*.cdn.ampproject.org/c/s/host/path``) are unwrapped; an
  ``amp.`` host prefix, a leading or trailing ``/amp`` path segment, an ``.amp`` suffix
  (``story.amp`` / ``story.amp.html``) and ``amp``/``outputType=amp`` style parameters
  are removed.
* Mobile: an ``m.`` or ``mobile.`` host prefix becomes ``www.`` (the usual desktop host;
  a site on a bare domain keeps two keys, which only costs a missed exact-duplicate --
  near-duplicate detection still groups the texts).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from plainwire.lazyre import lazy_pattern

_AMP_CACHE = lazy_pattern(r"^[a-z0-9-]+\.cdn\.ampproject\.org$")
_HOST_PREFIX = lazy_pattern(r"^(m|mobile|amp)\.")
_AMP_PARAMS = {"amp", "_amp", "amp_js_v", "usqp", "outputtype", "output", "_gsa"}


def _strip_amp_path(path: str) -> str:
    if path.startswith("/amp/"):
        path = path[4:]
    for suffix in ("/amp/", "/amp"):
        if path.endswith(suffix) and len(path) > len(suffix):
            path = path[: -len(suffix)] + ("/" if suffix.endswith("/") else "")
            break
    if path.endswith(".amp"):
        path = path[:-4]
    elif path.endswith(".amp.html"):
        path = path[: -len(".amp.html")] + ".html"
    return path or "/"


def canonical_url(url: str) -> str:
    """The canonical form of ``url`` (returned unchanged if it is not an http(s) URL)."""
    import courlan

    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    host = (parts.hostname or "").lower()
    if _AMP_CACHE().match(host):
        m = re.match(r"^/[a-z](?:/s)?/(.+)$", parts.path)
        if m:
            scheme = "https" if re.match(r"^/[a-z]/s/", parts.path) else "http"
            inner = f"{scheme}://{m.group(1)}" + (f"?{parts.query}" if parts.query else "")
            return canonical_url(inner)
    try:
        url = courlan.normalize_url(url, strict=True)
    except (ValueError, TypeError):
        return url
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if _HOST_PREFIX().match(host):
        host = "www." + host.split(".", 1)[1]
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _AMP_PARAMS
    ]
    return urlunsplit((parts.scheme, host, _strip_amp_path(parts.path), urlencode(query), ""))


def same_site(a: str, b: str) -> bool:
    """True when two URLs share a registered-domain-ish suffix (last two labels, or three for
    ``co.uk``-style names). Used to refuse cross-site ``rel=canonical`` claims."""
    ha, hb = (urlsplit(a).hostname or ""), (urlsplit(b).hostname or "")
    if not ha or not hb:
        return False
    return _site(ha) == _site(hb)


def _site(host: str) -> str:
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])
