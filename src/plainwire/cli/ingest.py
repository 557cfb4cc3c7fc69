"""`plainwire ingest PATH...`: WARC archives, JSONL articles and folders of HTML into the store."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from plainwire.cli.common import HomeOpt, config_or_exit
from plainwire.errors import PlainwireError
from plainwire.models import Article

console = Console(stderr=True)
BATCH = 500  # articles analysed, stored and clustered together


def ingest_cmd(
    paths: Annotated[
        list[str], typer.Argument(help="*.warc[.gz] archives, *.jsonl[.gz] articles, HTML files or folders.")
    ],
    home: HomeOpt = None,
    source: Annotated[
        str, typer.Option(help="Outlet name for inputs that do not say (default: the site).")
    ] = "",
    workers: Annotated[int, typer.Option(help="Extraction worker processes (0 = one per core).")] = 0,
) -> None:
    """Ingest archives and files into the store, then cluster and synthesise their stories."""
    from plainwire.extract.batch import extract_records
    from plainwire.pipeline import PassReport, Pipeline
    from plainwire.sources.base import Failure, source_for_path
    from plainwire.store import Store

    config = config_or_exit(home)
    store = Store(config.db_path)
    pipeline = Pipeline(store, config)
    report = PassReport()
    failures = 0
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
    ) as progress:
        for path in paths:
            task = progress.add_task(f"ingest {path}", total=None)

            def tick(done: int, total: int | None, task: TaskID = task) -> None:
                progress.update(task, completed=done, total=total)

            try:
                src = source_for_path(path, source=source, progress=tick)
            except PlainwireError as exc:  # an unknown input type is reported; the other paths go on
                console.print(f"[red]error:[/red] {exc}")
                failures += 1
                continue
            batch: list[Article] = []
            for rec in extract_records(src.fetch(), workers=workers):
                if isinstance(rec, Failure):
                    failures += 1
                    store.record_error(rec.stage, rec.input, rec.error.code, str(rec.error))
                    console.print(f"[yellow]skipped[/yellow] {rec.error}")
                elif isinstance(rec, Article):
                    batch.append(rec)
                    if len(batch) >= BATCH:
                        pipeline.add_articles(batch, report)
                        batch = []
                progress.advance(task)
            if batch:
                pipeline.add_articles(batch, report)
    with console.status("synthesising stories…"):
        pipeline.synthesize_dirty(report)
    console.print(
        f"ingested {report.articles_inserted} new, {report.articles_updated} updated, "
        f"{report.articles_unchanged} unchanged articles; {report.stories_synthesized} stories synthesised; "
        f"{failures} inputs skipped"
    )
    store.close()
    if failures and not (report.articles_inserted + report.articles_updated + report.articles_unchanged):
        raise typer.Exit(code=2)
    if failures:
        raise typer.Exit(code=1)
