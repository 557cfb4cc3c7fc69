"""`plainwire ingest`: a WARC archive, a JSONL file and an HTML folder into a real store."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from plainwire.cli.main import app
from plainwire.store import Store
from tests import newsroom

runner = CliRunner()
BASE = "https://newsroom.test"


def _warc(path: Path, pieces: list[newsroom.Piece]) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for p in pieces:
            body = newsroom.article_page(p, BASE).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = writer.create_warc_record(
                BASE + newsroom.page_path(p),
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
            writer.write_record(rec)
        # a truncated/garbage record must be skipped, not fatal
        fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")


def test_ingest_warc_jsonl_and_folder(tmp_path: Path) -> None:
    quake = [p for p in newsroom.PIECES if p.event == "quake"]
    strike = [p for p in newsroom.PIECES if p.event == "strike"]
    tidal = [p for p in newsroom.PIECES if p.event == "tidal" and p.genre == "news"]
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc, quake)
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps(
                {
                    "url": BASE + newsroom.page_path(p),
                    "title": p.title,
                    "text": " ".join(p.paragraphs),
                    "source": newsroom.OUTLETS[p.outlet]["name"],
                    "published": p.published.isoformat(),
                }
            )
            + "\n"
            for p in strike
        )
        + "{broken line\n"
    )
    folder = tmp_path / "pages"
    folder.mkdir()
    for p in tidal:
        (folder / f"{p.slug}.html").write_text(newsroom.article_page(p, BASE), encoding="utf-8")
    home = tmp_path / "home"
    result = runner.invoke(
        app, ["ingest", str(warc), str(jsonl), str(folder), "--home", str(home), "--workers", "1"]
    )
    assert result.exit_code == 1, result.output  # the broken inputs were reported...
    # the broken JSONL line is named by file and line (this used to pass by accident: ":3" also
    # matched clock times such as "09:30" in the out-of-time-order warnings)
    err = "".join(result.stderr.split())  # the console wraps long lines, even inside words
    assert f"{jsonl}:{len(strike) + 1}:malformedJSON" in err
    assert f"{warc}#record4:corruptWARC" in err
    store = Store(home / "plainwire.sqlite3")
    assert store.count("articles") == len(quake) + len(strike) + len(tidal)  # ...and the rest ingested
    groups: dict[str, set[str | None]] = {}
    titles = {p.title: p.event for p in newsroom.PIECES}
    for sa in store.iter_articles():
        groups.setdefault(titles[sa.article.title], set()).add(sa.story_id)
    assert all(len(ids) == 1 for ids in groups.values()), groups
    assert len({next(iter(v)) for v in groups.values()}) == 3
    assert len(store.list_stories(limit=10)) == 3

    # ingesting the same inputs again stores nothing twice
    again = runner.invoke(app, ["ingest", str(warc), str(jsonl), "--home", str(home), "--workers", "1"])
    assert "0 new" in again.stderr
    assert Store(home / "plainwire.sqlite3").count("articles") == len(quake) + len(strike) + len(tidal)
