"""`plainwire sources list|add|remove|import|export`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from plainwire.cli.common import HomeOpt, config_or_exit, err_console, open_checked
from plainwire.errors import PlainwireError
from plainwire.models import Outlet
from plainwire.store import Store

app = typer.Typer(help="Manage the outlets plainwire polls.", no_args_is_help=True)
console = Console()


def _store(home: str | None, *, readonly: bool = False) -> Store:
    """The store; ``readonly`` for ``list`` and ``export``, which then work on read-only media.
    A missing store is created (and so read as an empty one), as before."""
    path = config_or_exit(home).db_path
    return open_checked(path, readonly=readonly and path.exists())


def _ago(dt: object) -> str:
    return "-" if dt is None else dt.strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]


def _reason(error: str | None, feed_url: str) -> str:
    """The last error without the feed URL it starts with (the feed column shows it), so the
    reason itself is what is shown; kept to a few lines."""
    text = (error or "").removeprefix(f"{feed_url}: ")
    return text if len(text) <= 200 else text[:199] + "…"


@app.command("list")
def list_cmd(
    home: HomeOpt = None, all: Annotated[bool, typer.Option("--all", help="Include removed.")] = False
) -> None:
    """Outlets with their health: last success, last error, consecutive failures, articles/day."""
    with _store(home, readonly=True) as store:
        rows = store.outlets(enabled_only=not all)
    t = Table(title=f"{len(rows)} sources")
    for col in ("name", "feed", "last success", "failures", "articles/day", "last error"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(
            r.outlet.name + ("" if r.enabled else " (removed)"),
            r.outlet.feed_url,
            _ago(r.last_success),
            str(r.consecutive_failures),
            f"{r.articles_per_day:.1f}",
            _reason(r.last_error, r.outlet.feed_url),
        )
    console.print(t)


@app.command("add")
def add_cmd(
    url: Annotated[str, typer.Argument(help="Feed URL, or an outlet homepage (its feed is discovered).")],
    name: Annotated[str | None, typer.Option(help="Outlet name (default: the feed's title).")] = None,
    home: HomeOpt = None,
    allow_private_networks: Annotated[
        bool | None,
        typer.Option("--allow-private-networks", help="Allow private/loopback addresses (intranets, tests)."),
    ] = None,
) -> None:
    """Add a source by feed URL or homepage URL."""
    from plainwire.pipeline import fetcher_for
    from plainwire.sources.discover import resolve_outlet

    config = config_or_exit(home, allow_private_networks=allow_private_networks)
    try:
        with fetcher_for(config) as fetcher:
            outlet = resolve_outlet(url, fetcher, name=name)
    except PlainwireError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=1) from None
    with Store(config.db_path) as store:
        _, created = store.add_outlet(outlet)
    console.print(f"{'added' if created else 'updated'} {outlet.name}: {outlet.feed_url}")


@app.command("remove")
def remove_cmd(
    key: Annotated[str, typer.Argument(help="Feed URL or outlet name.")], home: HomeOpt = None
) -> None:
    """Stop polling a source (its stored articles and stories stay)."""
    with _store(home) as store:
        if not store.remove_outlet(key):
            err_console.print(f"[red]error:[/red] no active source {key!r}")
            raise typer.Exit(code=1)
    console.print(f"removed {key}")


@app.command("import")
def import_cmd(file: Annotated[Path, typer.Argument(help="OPML file.")], home: HomeOpt = None) -> None:
    """Add every outlet of an OPML file."""
    from plainwire.sources.opml import load_opml

    try:
        outlets = load_opml(file)
    except PlainwireError as exc:  # its message already names the file
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=1) from None
    except OSError as exc:
        err_console.print(f"[red]error:[/red] {file}: {exc}")
        raise typer.Exit(code=1) from None
    added = 0
    with _store(home) as store:
        for o in outlets:
            added += store.add_outlet(o)[1]
    console.print(f"imported {len(outlets)} sources ({added} new)")


@app.command("export")
def export_cmd(
    home: HomeOpt = None,
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """Write the sources as OPML."""
    from plainwire.sources.opml import dump_opml

    with _store(home, readonly=True) as store:
        outlets: list[Outlet] = [r.outlet for r in store.outlets()]
    text = dump_opml(outlets)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        typer.echo(text)
