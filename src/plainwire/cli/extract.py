"""`plainwire extract PATH_OR_URL...` → JSONL {url,title,text,authors,published,language,site}."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from plainwire.cli.batch import JsonErrOpt, OutOpt, _exit
from plainwire.cli.common import HomeOpt, config_or_exit
from plainwire.cli.jsonl import ErrorReport, open_output, write_obj
from plainwire.errors import BadInputError, PlainwireError
from plainwire.models import Article, iso


def article_record(art: Article) -> dict[str, object]:
    return {
        "url": art.url,
        "title": art.title,
        "text": art.text,
        "authors": list(art.authors),
        "published": iso(art.published),
        "language": art.language,
        "site": art.site or art.source or None,
    }


def extract_cmd(
    inputs: Annotated[list[str], typer.Argument(help="HTML files, folders of HTML files, or http(s) URLs.")],
    output: OutOpt = None,
    home: HomeOpt = None,
    allow_private_networks: Annotated[bool | None, typer.Option("--allow-private-networks")] = None,
    errors_json: JsonErrOpt = False,
) -> None:
    """Extract articles from pages (files or URLs) with trafilatura."""
    from plainwire.extract import extract_article

    report = ErrorReport(json_errors=errors_json)
    fetcher = None
    n = 0
    with open_output(output) as out:
        for item in _expand(inputs):
            try:
                if item.startswith(("http://", "https://")):
                    if fetcher is None:
                        from plainwire.pipeline import fetcher_for

                        fetcher = fetcher_for(config_or_exit(home, allow_private_networks=allow_private_networks))
                    res = fetcher.get(item)
                    art = extract_article(res.content, res.final_url or item)
                else:
                    path = Path(item)
                    art = extract_article(path.read_bytes(), path.resolve().as_uri())
            except PlainwireError as exc:
                report.add(BadInputError(exc.message, input=item))
                continue
            except OSError as exc:
                report.add(BadInputError(f"cannot read: {exc.strerror or exc}", input=item))
                continue
            write_obj(out, article_record(art))
            n += 1
    if fetcher is not None:
        fetcher.close()
    _exit(report, n)


def _expand(inputs: list[str]) -> list[str]:
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if not item.startswith(("http://", "https://")) and p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.suffix.lower() in {".html", ".htm"})
        else:
            out.append(item)
    return out
