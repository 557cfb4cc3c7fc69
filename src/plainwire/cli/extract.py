"""`plainwire extract PATH_OR_URL...` → JSONL {url,title,text,authors,published,language,site}."""

from __future__ import annotations

from collections.abc import Iterator
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
    from plainwire.sources.base import Failure, HtmlFolderSource, Page

    report = ErrorReport(json_errors=errors_json)
    fetcher = None
    n = 0

    def pages(item: str) -> Iterator[tuple[str, bytes | str, str]]:
        """(input name, html, url) for a URL, an HTML file or every HTML file of a folder;
        unreadable inputs are reported (files are read by the ingest HTML source: same
        suffixes, same size limit)."""
        nonlocal fetcher
        if item.startswith(("http://", "https://")):
            if fetcher is None:
                from plainwire.pipeline import fetcher_for

                fetcher = fetcher_for(config_or_exit(home, allow_private_networks=allow_private_networks))
            try:
                res = fetcher.get(item)
            except PlainwireError as exc:
                report.add(BadInputError(exc.message, input=item))
                return
            yield item, res.markup, res.final_url or item
            return
        for rec in HtmlFolderSource(item).fetch():
            if isinstance(rec, Failure):
                report.add(BadInputError(rec.error.message, input=rec.input))
            elif isinstance(rec, Page):
                yield rec.url, rec.html, rec.url

    with open_output(output) as out:
        for item in inputs:
            for name, html, url in pages(item):
                try:
                    art = extract_article(html, url)
                except PlainwireError as exc:
                    report.add(BadInputError(exc.message, input=name))
                    continue
                write_obj(out, article_record(art))
                n += 1
    if fetcher is not None:
        fetcher.close()
    _exit(report, n)
