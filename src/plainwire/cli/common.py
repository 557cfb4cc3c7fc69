"""Options and helpers shared by the commands that work on a plainwire home (store + config)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from plainwire.errors import ConfigError
from plainwire.settings import Config, load_config

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
