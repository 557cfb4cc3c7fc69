"""Options and helpers shared by the commands that work on a plainwire home (store + config)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from plainwire.errors import ConfigError, PlainwireError
from plainwire.settings import Config, load_config
from plainwire.store import Store

HomeOpt = Annotated[
    str | None,
    typer.Option(
        "--home", envvar="PLAINWIRE_HOME", help="Data directory (store, config). Default: user data dir."
    ),
]

err_console = Console(stderr=True)


def config_or_exit(home: str | None, **overrides: object) -> Config:
    try:
        return load_config(home, overrides)
    except ConfigError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=2) from None


def open_checked(path: Path, *, readonly: bool) -> Store:
    """The store at ``path``; read-only ones (commands that only read: they then work on a
    store on read-only media too) are checked at once, so a damaged or newer store gives the one
    error naming it that a writable open gives."""
    store = Store(path, readonly=readonly)
    if store.readonly:
        try:
            store.check_readable()
        except PlainwireError:
            store.close()
            raise
    return store
