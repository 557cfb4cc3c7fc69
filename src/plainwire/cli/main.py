"""The `plainwire` command."""

from __future__ import annotations

import logging
import sys

import typer

from plainwire.cli import batch, extract, ingest, ops, recluster, run, sources

app = typer.Typer(
    name="plainwire",
    help="Open-source news story engine: ingest outlets, cluster articles into stories, publish them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("run")(run.run_cmd)
app.command("serve")(run.serve_cmd)
app.add_typer(sources.app, name="sources")
app.command("extract")(extract.extract_cmd)
app.command("ingest")(ingest.ingest_cmd)
app.command("recluster")(recluster.recluster_cmd)
app.command("analyze")(batch.analyze_cmd)
app.command("cluster")(batch.cluster_cmd)
app.command("synthesize")(batch.synthesize_cmd)
app.command("status")(ops.status_cmd)
app.add_typer(ops.config_app, name="config")
app.command("export")(ops.export_cmd)
app.command("backup")(ops.backup_cmd)
app.command("prune")(ops.prune_cmd)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Debug logging."),
    log_format: str = typer.Option(
        "auto",
        "--log-format",
        envvar="PLAINWIRE_LOG_FORMAT",
        help="Logs on stderr: human (a terminal), json (one object per line) or auto.",
    ),
) -> None:
    from plainwire.logsetup import FORMATS, setup_logging

    if log_format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--log-format")
    setup_logging(logging.DEBUG if verbose else logging.INFO, log_format, sys.stderr)


def main() -> None:
    """The console script: a command that fails on its inputs (a store that is read-only,
    locked, full, damaged or from a newer plainwire; a home that cannot be written) exits 1
    with one line naming the input instead of a traceback (``-v`` logs the traceback)."""
    import sqlite3

    from plainwire.errors import PlainwireError

    try:
        app()
    except (PlainwireError, sqlite3.Error, OSError) as exc:
        logging.getLogger("plainwire.cli").debug("command failed", exc_info=True)
        if isinstance(exc, sqlite3.Error):
            from plainwire.store.base import store_error

            exc = store_error(exc, None, "store error")
        # Plain text, not rich markup: messages quote inputs, which may hold "[...]".
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
