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


def app_from_env() -> FastAPI:
    """uvicorn ``--factory`` entry point: the reader over the configured home.

    ``PLAINWIRE_HOME=... uvicorn --factory plainwire.publish:app_from_env --workers 2``
    (several worker processes; each opens its own read-only connections).
    """
    from plainwire.settings import load_config

    return create_app(load_config())


__all__ = ["app_from_env", "create_app"]
