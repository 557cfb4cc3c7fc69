"""`plainwire recluster --since 2d`: re-cluster a time window to fix early mistakes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer
from rich.console import Console

from plainwire.cli.common import HomeOpt, config_or_exit, err_console
from plainwire.errors import ConfigError

console = Console(stderr=True)


def recluster_cmd(
    since: Annotated[str, typer.Option("--since", help="Window to re-cluster, e.g. 2d, 12h.")] = "2d",
    home: HomeOpt = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would change; write nothing.")
    ] = False,
) -> None:
    """Re-cluster the articles of a recent window; untouched stories keep their ids,
    absorbed stories redirect to the story that took their articles."""
    from plainwire.pipeline import PassReport, Pipeline
    from plainwire.settings import parse_days
    from plainwire.store import Store

    try:
        days = parse_days(since)
    except ConfigError as exc:
        err_console.print(f"[red]error:[/red] --since: {exc}")
        raise typer.Exit(code=2) from None
    config = config_or_exit(home)
    store = Store(config.db_path)
    pipeline = Pipeline(store, config)
    with console.status("re-clustering…"):
        summary = pipeline.recluster_window(datetime.now(UTC) - timedelta(days=days), apply=not dry_run)
    console.print(
        f"{summary.articles} articles in window: {summary.moved} move, {summary.absorbed} stories absorbed, "
        f"{summary.created} new, {summary.unchanged} unchanged"
    )
    if dry_run or not summary.moved:
        store.close()
        return
    report = PassReport()
    pipeline.synthesize_dirty(report)
    console.print(f"{report.stories_synthesized} stories re-synthesised")
    store.close()
