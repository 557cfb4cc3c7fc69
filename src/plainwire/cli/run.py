"""`plainwire run` (the main job) and `plainwire serve` (the reader alone)."""

from __future__ import annotations

import logging
import threading
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from plainwire.cli.common import HomeOpt, config_or_exit
from plainwire.pipeline import PassReport, Pipeline
from plainwire.settings import Config
from plainwire.store import Store

log = logging.getLogger(__name__)
console = Console(stderr=True)


def _seed_default_sources(store: Store) -> None:
    """A new store starts with the packaged outlet list, so `plainwire run` works out of the box."""
    if store.count("outlets"):
        return
    from plainwire.sources.opml import default_outlets

    for outlet in default_outlets():
        store.add_outlet(outlet)


def _print_report(report: PassReport) -> None:
    t = Table(title="plainwire pass", show_header=False)
    for k, v in (
        ("sources ok", report.sources_ok),
        ("sources unchanged (304)", report.sources_not_modified),
        ("sources failed", report.sources_failed),
        ("feed entries", report.entries_seen),
        ("articles new", report.articles_inserted),
        ("articles updated", report.articles_updated),
        ("articles unchanged", report.articles_unchanged),
        ("stories synthesized", report.stories_synthesized),
        ("errors", len(report.errors)),
    ):
        t.add_row(k, str(v))
    console.print(t)


def _one_pass(pipeline: Pipeline) -> PassReport:
    with console.status("polling sources…") as status:
        report = pipeline.run_once(progress=lambda name: status.update(f"polling {name}…"))
    _print_report(report)
    return report


def _serve(config: Config) -> None:
    import uvicorn

    from plainwire.publish import create_app

    console.print(f"reader on http://{config.host}:{config.port}/")
    uvicorn.run(create_app(config), host=config.host, port=config.port, log_level="warning")


def run_cmd(
    home: HomeOpt = None,
    once: Annotated[bool, typer.Option("--once", help="One pass over all sources, then exit (no server).")] = False,
    host: Annotated[str | None, typer.Option(help="Reader address.")] = None,
    port: Annotated[int | None, typer.Option(help="Reader port.")] = None,
    allow_private_networks: Annotated[
        bool | None, typer.Option("--allow-private-networks/--no-allow-private-networks", help="Allow private/loopback fetches.")
    ] = None,
) -> None:
    """The main job: poll sources, build stories, serve the reader on 127.0.0.1:8000."""
    config = config_or_exit(home, host=host, port=port, allow_private_networks=allow_private_networks)
    store = Store(config.db_path)
    _seed_default_sources(store)
    pipeline = Pipeline(store, config)
    if once:
        _one_pass(pipeline)
        store.close()
        return
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                _one_pass(pipeline)
            except Exception:  # the poller must outlive any single failure
                log.exception("pass failed")
            stop.wait(config.poll_interval)

    poller = threading.Thread(target=loop, name="plainwire-poller", daemon=True)
    poller.start()
    try:
        _serve(config)
    finally:
        stop.set()


def serve_cmd(
    home: HomeOpt = None,
    host: Annotated[str | None, typer.Option(help="Reader address.")] = None,
    port: Annotated[int | None, typer.Option(help="Reader port.")] = None,
) -> None:
    """Serve the reader over the stored stories without polling."""
    config = config_or_exit(home, host=host, port=port)
    Store(config.db_path).close()  # create/migrate before serving
    _serve(config)
