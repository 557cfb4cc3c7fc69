"""Named exceptions and the one pinned JSON error shape.

Every error plainwire reports to a program (batch stderr with ``--errors-json``, the
HTTP API, the store's error log) has the shape::

    {"error": {"code": "bad_jsonl", "message": "...", "input": "in.jsonl:3"}}
"""

from __future__ import annotations

from typing import Any


class PlainwireError(Exception):
    """Base class of every error plainwire raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, input: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.input = input

    def to_json(self) -> dict[str, Any]:
        return error_json(self.code, self.message, self.input)

    def __str__(self) -> str:
        return f"{self.input}: {self.message}" if self.input else self.message


class BadInputError(PlainwireError):
    code = "bad_input"


class BadJsonlError(BadInputError):
    code = "bad_jsonl"


class FetchError(PlainwireError):
    code = "fetch_failed"


class BlockedAddressError(FetchError):
    code = "blocked_address"


class ExtractionError(PlainwireError):
    code = "extraction_failed"


class FeedError(PlainwireError):
    code = "bad_feed"


class ConfigError(PlainwireError):
    code = "bad_config"


class StoreError(PlainwireError):
    code = "store_error"


def error_json(code: str, message: str, input: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "input": input}}
