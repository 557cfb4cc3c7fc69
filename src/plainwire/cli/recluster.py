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
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would change; write nothing.")] = False,
) -> None:
    """Re-cluster the articles of a recent window; untouched stories keep their ids,
    absorbed stories redirect to the story that took their articles."""
    from plainwire.cluster import recluster
    from plainwire.pipeline import PassReport, Pipeline, story_id_for
    from plainwire.settings import parse_days
    from plainwire.store import Store

    try:
        days = parse_days(since)
    except ConfigError as exc:
        err_console.print(f"[red]error:[/red] --since: {exc}")
        raise typer.Exit(code=2) from None
    config = config_or_exit(home)
    store = Store(config.db_path)
    window = list(store.iter_articles(since=datetime.now(UTC) - timedelta(days=days)))
    current = {sa.article.id: sa.story_id for sa in window if sa.story_id}
    with console.status(f"re-clustering {len(window)} articles…"):
        result = recluster(
            [sa.article for sa in window],
            current,
            id_factory=story_id_for,
            reserved_ids=store.story_ids(),
        )
    moved = sum(1 for a, s in result.assignment.items() if current.get(a) != s)
    console.print(
        f"{len(window)} articles in window: {moved} move, {len(result.absorbed)} stories absorbed, "
        f"{len(result.created)} new, {len(result.unchanged)} unchanged"
    )
    if dry_run or not moved:
        store.close()
        return
    store.apply_recluster(result.assignment, result.absorbed)
    report = PassReport()
    Pipeline(store, config).synthesize_dirty(report)
    console.print(f"{report.stories_synthesized} stories re-synthesised")
    store.close()
