"""Sources: feed (over HTTP), WARC, JSONL and HTML folders, yielding Page/Article/Failure."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from plainwire.errors import BadInputError, FetchError
from plainwire.models import Article, Outlet
from plainwire.sources.base import (
    Failure,
    FeedSource,
    HtmlFolderSource,
    JsonlSource,
    Page,
    Source,
    WarcSource,
    iter_sources,
    source_for_path,
)
from plainwire.sources.fetch import Fetcher
from tests.sources.webserver import WebServer

WEB = Path(__file__).parents[1] / "fixtures" / "web"


def test_feed_source_fetches_new_pages_and_reports_failures(web: WebServer, fetcher: Fetcher) -> None:
    feed = f"""<rss version="2.0"><channel><title>Courier</title>
      <item><title>Library</title><link>{web.url("/a/library")}</link><guid>1</guid></item>
      <item><title>Gone</title><link>{web.url("/a/gone")}</link><guid>2</guid></item>
      <item><title>Known</title><link>{web.url("/a/known")}?utm_source=rss</link><guid>3</guid></item>
    </channel></rss>""".encode()

    def feed_route(h):  # type: ignore[no-untyped-def]
        if h.headers.get("If-None-Match") == '"f1"':
            h.send_response(304)
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", '"f1"')
        h.send_header("Content-Length", str(len(feed)))
        h.end_headers()
        h.wfile.write(feed)

    web.routes["/feed.xml"] = feed_route
    web.static("/a/library", (WEB / "article_jsonld.html").read_bytes())
    outlet = Outlet("Courier", web.url("/feed.xml"))
    src = FeedSource(outlet, fetcher, is_known=lambda u: u == web.url("/a/known"))
    assert isinstance(src, Source)
    records = list(src.fetch())
    pages = [r for r in records if isinstance(r, Page)]
    fails = [r for r in records if isinstance(r, Failure)]
    assert [p.url for p in pages] == [web.url("/a/library")]
    assert pages[0].entry is not None and pages[0].entry.title == "Library" and pages[0].source == "Courier"
    assert [(f.input, f.stage) for f in fails] == [(web.url("/a/gone"), "fetch")]
    assert isinstance(fails[0].error, FetchError)
    assert "/a/known" not in web.paths()
    assert src.etag == '"f1"' and len(src.entries) == 3
    again = FeedSource(outlet, fetcher, etag=src.etag)
    assert list(again.fetch()) == [] and again.not_modified


def test_feed_source_with_broken_feed_yields_one_failure(web: WebServer, fetcher: Fetcher) -> None:
    web.static("/feed.xml", b"<html><body>moved</body></html>")
    src = FeedSource(Outlet("Broken", web.url("/feed.xml")), fetcher)
    (rec,) = list(src.fetch())
    assert isinstance(rec, Failure) and rec.stage == "feed" and rec.input == web.url("/feed.xml")
    assert "HTML page, not a feed" in str(rec)


def _warc(path: Path, records: list[tuple[str, int, str, bytes]], *, gz: bool = True) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, status, ctype, body in records:
            http = StatusAndHeaders(f"{status} X", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
            )
            writer.write_record(rec)
        req_body = b"GET / HTTP/1.1\r\n\r\n"
        req = writer.create_warc_record(
            "https://x.example/req", "request", payload=io.BytesIO(req_body), length=len(req_body)
        )
        writer.write_record(req)


def test_warc_source_streams_html_responses(tmp_path: Path) -> None:
    article = (WEB / "article_jsonld.html").read_bytes()
    path = tmp_path / "news.warc.gz"
    _warc(
        path,
        [
            ("https://courier.example/a", 200, "text/html; charset=utf-8", article),
            ("https://courier.example/logo.png", 200, "image/png", b"\x89PNG...."),
            ("https://courier.example/missing", 404, "text/html", b"nope"),
            ("https://courier.example/big", 200, "text/html", b"<p>" + b"x" * 5000),
            (
                "https://courier.example/b",
                200,
                "application/xhtml+xml",
                b"<html><body><p>b</p></body></html>",
            ),
        ],
    )
    progress: list[tuple[int, int | None]] = []
    src = source_for_path(path, progress=lambda done, total: progress.append((done, total)))
    assert isinstance(src, WarcSource)
    src.max_bytes = 4000
    recs = list(src.fetch())
    assert [r.url for r in recs if isinstance(r, Page)] == [
        "https://courier.example/a",
        "https://courier.example/b",
    ]
    assert recs[0].html == article  # type: ignore[union-attr]
    (fail,) = [r for r in recs if isinstance(r, Failure)]
    assert "https://courier.example/big" in str(fail) and "larger than 4000" in str(fail)
    assert str(path) in fail.input
    assert src.skipped == 2
    assert progress and progress[-1][0] == progress[-1][1] == path.stat().st_size


def test_corrupt_warc_keeps_records_before_the_damage(tmp_path: Path) -> None:
    good = tmp_path / "good.warc"
    _warc(
        good,
        [
            ("https://c.example/1", 200, "text/html", b"<p>one</p>"),
            ("https://c.example/2", 200, "text/html", b"<p>two</p>"),
        ],
        gz=False,
    )
    data = good.read_bytes()
    cut = data.index(b"WARC/1", 10)  # start of the second record
    for tail in (b"garbage bytes, not a record", b"WARC/1.0\r\nthis is not a header block\r\n\r\n" * 3):
        bad = tmp_path / "bad.warc"
        bad.write_bytes(data[:cut] + tail)
        recs = list(WarcSource(bad).fetch())
        assert isinstance(recs[0], Page) and recs[0].url == "https://c.example/1"
        assert (
            isinstance(recs[1], Failure)
            and "corrupt WARC" in str(recs[1])
            and recs[1].input == f"{bad}#record2"
        )
    missing = list(WarcSource(tmp_path / "nope.warc.gz").fetch())
    assert isinstance(missing[0], Failure) and "cannot open WARC" in str(missing[0])


def test_jsonl_source_pages_articles_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    lines = [
        json.dumps(
            {"url": "https://q.example/p", "html": "<html><body><p>x</p></body></html>", "source": "Q"}
        ),
        json.dumps(
            {
                "url": "https://q.example/a?utm_source=x",
                "title": "T",
                "text": "Body.",
                "published": "2026-11-01T10:00:00Z",
            }
        ),
        "{not json",
        json.dumps([1, 2]),
        "",
        json.dumps({"title": "no url, no id", "text": "x"}),
        json.dumps({"id": "k1", "title": "T2", "text": "B2", "published": "yesterday-ish"}),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    recs = list(JsonlSource(path, source="Feedless").fetch())
    assert isinstance(recs[0], Page) and recs[0].source == "Q"
    art = recs[1]
    assert isinstance(art, Article) and art.source == "Feedless" and art.title == "T"
    from plainwire.models import article_id_for

    assert art.id == article_id_for("https://q.example/a")
    bad = [r for r in recs if isinstance(r, Failure)]
    assert [f.input for f in bad] == [f"{path}:3", f"{path}:4", f"{path}:6", f"{path}:7"]
    assert "malformed JSON" in str(bad[0]) and "unparseable published" in str(bad[3])


def test_jsonl_invalid_utf8_line_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"id": "1", "title": "ok", "text": "fine"}\n{"id": "2", "text": "\xff\xfe"}\n{"id": "3", "text": "after"}\n'
    )
    recs = list(JsonlSource(path).fetch())
    assert isinstance(recs[0], Article) and isinstance(recs[2], Article) and recs[2].id == "3"
    assert isinstance(recs[1], Failure) and recs[1].input == f"{path}:2" and "not UTF-8" in str(recs[1])


def test_html_folder_source(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_bytes((WEB / "opinion.html").read_bytes())
    (tmp_path / "a.htm").write_bytes((WEB / "no_jsonld.html").read_bytes())
    (tmp_path / "notes.txt").write_text("ignored")
    (tmp_path / "huge.html").write_bytes(b"x" * 3000)
    src = source_for_path(tmp_path)
    assert isinstance(src, HtmlFolderSource)
    src.max_bytes = 2000
    recs = list(src.fetch())
    assert [Path(r.url.removeprefix("file://")).name for r in recs if isinstance(r, Page)] == [
        "a.htm",
        "b.html",
    ]
    assert [r.input for r in recs if isinstance(r, Failure)] == [str(tmp_path / "huge.html")]
    assert isinstance(list(HtmlFolderSource(tmp_path / "absent").fetch())[0], Failure)


def test_source_for_unknown_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadInputError) as err:
        source_for_path(tmp_path / "data.csv")
    assert "data.csv" in str(err.value)


def test_iter_sources_chains_and_contains_errors(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body><p>a</p></body></html>")

    class Exploding:
        name = "exploding"

        def fetch(self):  # type: ignore[no-untyped-def]
            raise BadInputError("cannot start", input="exploding")
            yield  # pragma: no cover

    recs = list(iter_sources([HtmlFolderSource(tmp_path), Exploding()]))
    assert isinstance(recs[0], Page) and isinstance(recs[1], Failure) and recs[1].input == "exploding"
