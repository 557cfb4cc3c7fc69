"""`plainwire run` (the main job) and `plainwire serve` (the reader alone)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from plainwire.cli.common import HomeOpt, config_or_exit
from plainwire.pipeline import PassReport, Pipeline
from plainwire.settings import Config
from plainwire.store import Store

if TYPE_CHECKING:
    import uvicorn

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
    # (shown only when a pass met them: the usual table stays as it was)
    for k, v in (
        ("articles withdrawn by their outlet", report.articles_withdrawn),
        ("articles moved (old copy superseded)", report.articles_moved),
    ):
        if v:
            t.add_row(k, str(v))
    console.print(t)


def _one_pass(pipeline: Pipeline) -> PassReport:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    n_sources = len(pipeline.store.outlets())
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        polls = bar.add_task("polling sources", total=n_sources)
        work = bar.add_task("articles", total=None)

        def progress(what: str) -> None:
            if what.startswith("articles ("):
                pending = pipeline.store.queue_counts()["pending"]
                done = int(bar.tasks[work].completed)
                bar.update(polls, completed=n_sources)
                bar.update(work, total=done + pending, description=what)
                return
            bar.update(polls, advance=1, description=f"polling {what}")

        report = pipeline.run_once(progress=progress)
    _print_report(report)
    return report


def _server(config: Config) -> uvicorn.Server:
    import uvicorn

    from plainwire.publish import create_app

    # log_config=None: keep the CLI's log handlers (JSON or human) for uvicorn too.
    cfg = uvicorn.Config(
        create_app(config), host=config.host, port=config.port, log_config=None, log_level="warning"
    )
    return uvicorn.Server(cfg)


def _bound_port(server: uvicorn.Server) -> int | None:
    for srv in getattr(server, "servers", []) or []:
        for sock in srv.sockets or []:
            return int(sock.getsockname()[1])
    return None


def _serve(config: Config) -> None:
    server = _server(config)
    console.print(f"reader on http://{config.host}:{config.port}/")
    try:
        server.run()
    except SystemExit:  # uvicorn exits (code 3) when it cannot bind; say so as `run` does
        if server.started:
            raise
        console.print(f"[red]error:[/red] the reader could not listen on {config.host}:{config.port}")
        raise typer.Exit(code=1) from None


KeepOpt = Annotated[
    str | None,
    typer.Option("--keep", help="Drop article bodies older than this (e.g. 90d, 12w); stories are kept."),
]


def run_cmd(
    home: HomeOpt = None,
    once: Annotated[
        bool, typer.Option("--once", help="One pass over all sources, then exit (no server).")
    ] = False,
    host: Annotated[str | None, typer.Option(help="Reader address.")] = None,
    port: Annotated[int | None, typer.Option(help="Reader port (0 = any free port).")] = None,
    allow_private_networks: Annotated[
        bool | None,
        typer.Option(
            "--allow-private-networks/--no-allow-private-networks", help="Allow private/loopback fetches."
        ),
    ] = None,
    keep: KeepOpt = None,
) -> None:
    """The main job: poll sources, build stories, serve the reader on 127.0.0.1:8000."""
    from plainwire.ops.lock import AlreadyRunningError, run_lock

    keep_days = _keep_days(keep)
    config = config_or_exit(
        home, host=host, port=port, allow_private_networks=allow_private_networks, keep_days=keep_days
    )
    try:
        with run_lock(config.home):
            _run(config, once)
    except AlreadyRunningError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=1) from None


def _run(config: Config, once: bool) -> None:
    store = Store(config.db_path)
    _seed_default_sources(store)
    pipeline = Pipeline(store, config)
    if once:
        try:
            _one_pass(pipeline)
            if config.keep_days > 0:
                from plainwire.ops import apply_retention

                apply_retention(store, config.keep_days)
        finally:
            pipeline.close()
            store.close()
        return
    _run_forever(pipeline, config)


def _keep_days(keep: str | None) -> float | None:
    if keep is None:
        return None
    from plainwire.errors import ConfigError
    from plainwire.settings import parse_days

    try:
        return parse_days(keep)
    except ConfigError as exc:
        console.print(f"[red]error:[/red] --keep: {exc}")
        raise typer.Exit(code=2) from None


def _run_forever(pipeline: Pipeline, config: Config) -> None:
    """Scheduler and reader on their own threads; the main thread waits for SIGINT/SIGTERM,
    then stops both, lets the scheduler finish (or abandon) its current item, closes the store."""
    import signal

    from plainwire.scheduler import Scheduler

    stop = threading.Event()
    received: list[int] = []

    def on_signal(signum: int, _frame: object) -> None:
        received.append(signum)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)

    scheduler = Scheduler(pipeline, stop=stop)
    server = _server(config)
    worker = threading.Thread(target=scheduler.run, name="plainwire-scheduler", daemon=True)
    web = threading.Thread(target=server.run, name="plainwire-reader", daemon=True)
    web.start()
    while not server.started and web.is_alive() and not stop.wait(0.05):
        pass
    if not web.is_alive() and not stop.is_set():
        console.print(f"[red]error:[/red] the reader could not listen on {config.host}:{config.port}")
        pipeline.close()
        pipeline.store.close()
        raise typer.Exit(code=1)
    port = _bound_port(server) or config.port
    if console.is_terminal:
        console.print(f"reader on http://{config.host}:{port}/")
    else:  # services and pipes get JSON log lines only
        log.info("reader on http://%s:%d/", config.host, port, extra={"port": port})
    worker.start()
    while not stop.wait(1.0):
        if not web.is_alive():  # the reader died: stop cleanly rather than run headless
            log.error("reader stopped unexpectedly; shutting down")
            stop.set()
    log.info("stopping (signal %s)", received[0] if received else "-")
    server.should_exit = True
    grace = config.fetch_timeout * 2 + 10
    worker.join(grace)
    web.join(10)
    pipeline.close()
    if worker.is_alive():
        # Abandon the item in flight: every write is a transaction and the queue keeps
        # the item pending, so the next run redoes it. Do not close the store under it.
        log.warning("scheduler did not stop within %.0fs; abandoning its current item", grace)
    else:
        pipeline.store.close()
    log.info("stopped", extra={"rounds": scheduler.stats.rounds, "articles": scheduler.stats.articles})


def serve_cmd(
    home: HomeOpt = None,
    host: Annotated[str | None, typer.Option(help="Reader address.")] = None,
    port: Annotated[int | None, typer.Option(help="Reader port.")] = None,
) -> None:
    """Serve the reader over the stored stories without polling."""
    config = config_or_exit(home, host=host, port=port)
    Store(config.db_path).close()  # create/migrate before serving
    _serve(config)
