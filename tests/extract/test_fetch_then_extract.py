"""Fetched bytes straight into extraction: what a real run sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from plainwire.errors import ExtractionError
from plainwire.extract import extract_article
from plainwire.extract.batch import extract_records
from plainwire.models import Article, Outlet
from plainwire.sources.base import Failure, FeedSource
from plainwire.sources.fetch import Fetcher
from tests.sources.conftest import fast_config
from tests.sources.webserver import serve

WEB = Path(__file__).parents[1] / "fixtures" / "web"


def test_pdf_and_image_served_as_html_are_extraction_errors() -> None:
    with serve() as web, Fetcher(fast_config()) as f:
        web.static(
            "/report", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog>>\nendobj\n", "text/html"
        )
        web.static("/photo", b"\x89PNG\r\n\x1a\n" + bytes(512), "text/html; charset=utf-8")
        for path, what in (("/report", "PDF"), ("/photo", "PNG")):
            res = f.get(web.url(path))
            with pytest.raises(ExtractionError) as err:
                extract_article(res.content, res.final_url)
            assert what in str(err.value) and err.value.input == web.url(path)


def test_feed_to_articles_with_failures_recorded() -> None:
    with serve() as web, Fetcher(fast_config()) as f:
        links = {
            "/news/library": "article_jsonld.html",
            "/opinion/lifeline": "opinion.html",
            "/local": "index_page.html",
        }
        for path, name in links.items():
            web.static(path, (WEB / name).read_bytes())
        web.static("/file.pdf", b"%PDF-1.4 not html at all", "text/html")
        items = "".join(
            f"<item><title>{p}</title><link>{web.url(p)}</link><guid>{p}</guid></item>"
            for p in [*links, "/file.pdf", "/missing"]
        )
        web.static(
            "/rss",
            f"<rss version='2.0'><channel><title>T</title>{items}</channel></rss>".encode(),
            "application/rss+xml",
        )
        out = list(extract_records(FeedSource(Outlet("Courier", web.url("/rss")), f).fetch(), workers=1))
    arts = [o for o in out if isinstance(o, Article)]
    fails = {o.input: o.stage for o in out if isinstance(o, Failure)}
    assert sorted(a.title for a in arts) == [
        "Harbour town opens floating library",
        "The floating library is a lifeline, not a luxury",
    ]
    assert all(a.source == "Courier" for a in arts)
    assert fails == {
        web.url("/local"): "extract",
        web.url("/file.pdf"): "extract",
        web.url("/missing"): "fetch",
    }
