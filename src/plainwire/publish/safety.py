"""What may become a link: only absolute http(s) URLs. Everything else is shown as text."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_ALLOWED = {"http", "https"}
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL with a host, else ``None``.

    Browsers strip ASCII whitespace and control characters inside schemes (``java\\tscript:``),
    so any such character disqualifies the URL rather than being cleaned away.
    """
    if not url or not isinstance(url, str):
        return None
    if _CONTROL_OR_SPACE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _ALLOWED or not parts.netloc or parts.netloc.startswith("@"):
        return None
    return url
