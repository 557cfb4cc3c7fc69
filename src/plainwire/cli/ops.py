"""Operations commands: `status`, `config show`, `export`, `backup`, `prune`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from plainwire.cli.common import HomeOpt, config_or_exit, err_console, open_checked
from plainwire.errors import ConfigError, PlainwireError
from plainwire.store import Store

console = Console()
config_app = typer.Typer(help="Show the resolved configuration.", no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON instead of tables.")]


def _fail(exc: PlainwireError, code: int = 1) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {exc}")
    return typer.Exit(code=code)


def _open(home: str | None, *, readonly: bool = False) -> Store:
    """The store; ``readonly`` for the commands that only read it (``status``, ``export``,
    ``backup``): they then work on a store on read-only media too."""
    config = config_or_exit(home)
    if not config.db_path.exists():
        err_console.print(f"[red]error:[/red] no store at {config.db_path} (run `plainwire run` first)")
        raise typer.Exit(code=2)
    return open_checked(config.db_path, readonly=readonly)


def status_cmd(
    home: HomeOpt = None,
    as_json: JsonOpt = False,
    hours: Annotated[float, typer.Option("--hours", help="Window for the per-hour rates.")] = 24.0,
    errors: Annotated[int, typer.Option("--errors", help="How many recent errors to show.")] = 10,
) -> None:
    """Sources healthy/failing, queue depth, articles and stories per hour, last errors."""
    from plainwire.ops import status

    if not hours > 0:  # also catches NaN; the rates divide by it
        raise typer.BadParameter("must be more than 0 hours", param_hint="--hours")
    if errors < 0:
        raise typer.BadParameter("must be 0 or more", param_hint="--errors")
    with _open(home, readonly=True) as store:
        st = status(store, window_hours=hours, errors=errors)
    if as_json:
        print(json.dumps(st, ensure_ascii=False, indent=2))
        return
    src, q = st["sources"], st["queue"]
    summary = Table(title=f"plainwire status ({st['store']})", show_header=False)
    summary.add_row("sources", f"{src['total']} ({src['healthy']} healthy, {src['failing']} failing)")
    summary.add_row("queue", f"{q['pending']} pending, {q['failed']} failed, {q['done']} done")
    summary.add_row("stored", f"{st['totals']['articles']} articles, {st['totals']['stories']} stories")
    ph = st["per_hour"]
    summary.add_row(
        f"per hour (last {hours:g} h)",
        f"{ph['articles']} articles, {ph['stories_created']} new stories, "
        f"{ph['stories_synthesized']} stories updated, {ph['errors']} errors",
    )
    console.print(summary)
    failing = [s for s in src["list"] if not s["healthy"]]
    if failing:
        t = Table(title="failing sources")
        for col in ("source", "failures", "last success", "last error"):
            t.add_column(col)
        for s in failing:
            # a source whose feed works but whose pages all fail shows its last page error
            err = s["last_error"] if s["consecutive_failures"] else s["last_page_error"] or s["last_error"]
            t.add_row(s["name"], str(s["consecutive_failures"]), s["last_success"] or "never", err or "")
        console.print(t)
    if st["last_errors"]:
        t = Table(title="last errors")
        for col in ("at", "stage", "input", "error"):
            t.add_column(col)
        for e in st["last_errors"]:
            t.add_row(e["at"] or "", e["stage"], e["input"], f"{e['code']}: {e['message']}")
        console.print(t)


@config_app.command("show")
def config_show_cmd(home: HomeOpt = None, as_json: JsonOpt = False) -> None:
    """Every setting's resolved value and where it came from (default, file, env, CLI)."""
    from plainwire.settings import SETTINGS, resolve_config

    try:
        config, origins = resolve_config(home)
    except ConfigError as exc:
        raise _fail(exc, 2) from None
    rows = [
        {"name": s.name, "value": getattr(config, s.name), "origin": origins[s.name], "help": s.help}
        for s in SETTINGS
    ]
    if as_json:
        print(
            json.dumps(
                {"home": str(config.home), "config_file": str(config.config_path), "settings": rows}, indent=2
            )
        )
        return
    t = Table(
        title=f"home {config.home}  (config file {config.config_path}"
        + ("" if config.config_path.exists() else ", absent")
        + ")"
    )
    for col in ("setting", "value", "from"):
        t.add_column(col)
    for r in rows:
        t.add_row(
            r["name"], repr(r["value"]) if isinstance(r["value"], str) else str(r["value"]), r["origin"]
        )
    console.print(t)


@config_app.command("docs")
def config_docs_cmd() -> None:
    """Print the settings table of docs/configuration.md (generated from the settings table)."""
    from plainwire.settings import settings_markdown

    print(settings_markdown(), end="")


def export_cmd(
    out_dir: Annotated[
        Path, typer.Argument(help="Directory to write articles.<fmt> and stories.<fmt> into.")
    ],
    home: HomeOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl, or parquet (needs the parquet extra).")
    ] = "jsonl",
    only: Annotated[str | None, typer.Option("--only", help="articles or stories (default both).")] = None,
) -> None:
    """Export stored articles and stories, one record per line (JSONL) or as Parquet."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from plainwire.ops import export

    kinds: tuple[str, ...] = (only,) if only else ("articles", "stories")
    with _open(home, readonly=True) as store:
        totals = {k: store.count(k) for k in ("articles", "stories")}
        with Progress(
            SpinnerColumn(), TextColumn("{task.description}"), console=err_console, transient=True
        ) as bar:
            tasks: dict[str, Any] = {}

            def progress(kind: str, n: int) -> None:
                if kind not in tasks:
                    tasks[kind] = bar.add_task(kind, total=totals.get(kind))
                bar.update(tasks[kind], completed=totals.get(kind, 0) if n < 0 else n, description=kind)

            try:
                paths = export(store, out_dir, fmt=fmt, kinds=kinds, progress=progress)
            except PlainwireError as exc:
                raise _fail(exc, 2) from None
    for kind, path in paths.items():
        err_console.print(f"{kind}: {totals.get(kind, 0)} records -> {path}")


def backup_cmd(
    dest: Annotated[Path, typer.Argument(help="Backup file to write (a complete SQLite store).")],
    home: HomeOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace DEST if it exists.")] = False,
) -> None:
    """Copy the store with SQLite's online backup (safe while `plainwire run` is running)."""
    from plainwire.ops import backup

    with _open(home, readonly=True) as store:
        try:
            path = backup(store, dest, overwrite=force)
        except PlainwireError as exc:
            raise _fail(exc) from None
    err_console.print(f"backup written: {path} ({path.stat().st_size} bytes)")


def prune_cmd(
    keep: Annotated[
        str | None, typer.Option("--keep", help="Keep article bodies this recent (e.g. 90d).")
    ] = None,
    home: HomeOpt = None,
) -> None:
    """Apply data retention now: drop article bodies older than --keep (or keep_days); stories stay."""
    from plainwire.ops import apply_retention
    from plainwire.settings import parse_days

    try:
        keep_days = parse_days(keep) if keep is not None else None
    except ConfigError as exc:
        raise _fail(exc, 2) from None
    config = config_or_exit(home, keep_days=keep_days)
    if config.keep_days <= 0:
        why = f"--keep {keep} keeps everything" if keep is not None else "keep_days is 0 (keep everything)"
        err_console.print(
            f"[red]error:[/red] nothing to do: {why}; give --keep with a positive age (e.g. 90d)"
        )
        raise typer.Exit(code=2)
    with _open(home) as store:
        rep = apply_retention(store, config.keep_days)
    console.print(
        f"kept {config.keep_days:g} days: {rep.bodies_dropped} article bodies dropped, "
        f"{rep.errors_deleted} old errors and {rep.queue_deleted} finished queue rows deleted"
    )
