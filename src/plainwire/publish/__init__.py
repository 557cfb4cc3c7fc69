"""The reader: story pages, front page, search, JSON API, Atom feeds (issue 7).

``create_app(config)`` returns the FastAPI application; ``plainwire run``/``serve`` run it
under uvicorn. See docs/reader.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from plainwire.settings import Config


def create_app(config: Config) -> FastAPI:
    """The reader over the store at ``config.db_path``."""
    from plainwire.publish.app import create_app as _create

    return _create(config)


__all__ = ["create_app"]
