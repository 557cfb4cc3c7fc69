"""Read a fitted model's numbers shipped in ``synthesize/data`` (coefficients, no text).

Each file names the features it was fitted on; a file fitted for other features than the code
computes is stale, and the caller falls back to its hand-set rule rather than misread it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)


def load_fitted(resource: str, features: Sequence[str], fallback: str) -> dict[str, Any] | None:
    """The JSON object in ``data/<resource>``, or ``None`` (with a warning naming ``fallback``,
    the rule used instead) when the file is missing or was fitted for other ``features``."""
    try:
        raw = resources.files("plainwire.synthesize").joinpath("data", resource).read_text("utf-8")
    except FileNotFoundError:
        log.warning("no %s: %s", resource, fallback)
        return None
    obj: dict[str, Any] = json.loads(raw)
    if tuple(obj.get("features", ())) != tuple(features):
        log.warning("%s was fitted for other features: %s", resource, fallback)
        return None
    return obj
