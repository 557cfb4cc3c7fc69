"""The `plainwire` command."""

from __future__ import annotations

import logging
import sys

import typer

from plainwire.cli import batch, extract, run, sources

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
app.command("analyze")(batch.analyze_cmd)
app.command("cluster")(batch.cluster_cmd)
app.command("synthesize")(batch.synthesize_cmd)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Debug logging."),
) -> None:
    _setup_logging(logging.DEBUG if verbose else logging.INFO)


def _setup_logging(level: int) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("plainwire")
    root.handlers[:] = [handler]
    root.setLevel(level)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
