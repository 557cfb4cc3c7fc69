"""Hostile markup in titles, bodies, outlet names and URLs never reaches a page as markup."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from plainwire.publish.safety import safe_url
from tests.publish.htmlcheck import audit
from tests.publish.newsroom_store import XSS_IMG, XSS_SCRIPT, XSS_SVG, Newsroom


def _urls(newsroom: Newsroom) -> list[str]:
    return [
        "/",
        f"/story/{newsroom.slugs['xss']}",
        "/search?q=lantern",
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/search?q=%22%20autofocus%20onfocus%3D%22window.__xss%3D1",  # breaks out of value="..."?
        "/feeds/label/x%22onload%3D%22alert(1).atom",
        "/outlet/Coastal%20Daily",
        "/outlets",
        "/topic/quarry-park",
        "/?label=" + "Heated%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "/story/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]


def test_no_markup_from_data_survives(client: TestClient, newsroom: Newsroom) -> None:
    for url in _urls(newsroom):
        r = client.get(url)
        if "atom" in r.headers.get("content-type", ""):
            assert 'onload="' not in r.text  # quotes in the label stay escaped in attributes
            continue
        a = audit(r.text)
        assert [s.get("src", "").split("?")[0] for s in a.scripts] == ["/static/reader.js"], url
        assert a.handlers == [], (url, a.handlers)
        assert a.bad_urls == [], (url, a.bad_urls)
        assert not {"img", "svg", "b"} & set(a.tags), url
        assert "<script>window" not in r.text and "<img" not in r.text and "<svg" not in r.text, url


def test_hostile_text_is_shown_as_text(client: TestClient, newsroom: Newsroom) -> None:
    page = client.get(f"/story/{newsroom.slugs['xss']}").text
    text = "".join(audit(page).text)
    for raw in (XSS_SCRIPT, XSS_IMG, XSS_SVG):
        assert raw in text  # visible, literally, as the outlet wrote it
        assert raw not in page  # and never as markup
    # The javascript: article and opinion URLs are not links; their titles stay as plain text.
    assert 'href="javascript' not in page.lower() and 'href=" javascript' not in page.lower()
    assert '<span class="nolink">Lantern festival' in page
    assert '<span class="nolink">Opinion:' in page


def test_api_returns_data_verbatim_as_json(client: TestClient, newsroom: Newsroom) -> None:
    r = client.get(f"/api/v1/stories/{newsroom.stories['xss']}")
    assert r.headers["content-type"] == "application/json"
    assert XSS_SCRIPT in json.dumps(r.json(), ensure_ascii=False)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative/path",
        "http:///nohost",
        "https://@evil",
        "",
    ],
)
def test_safe_url_refuses(url: str) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://example.org/a?b=1#c", "http://news.example/x"])
def test_safe_url_keeps_http(url: str) -> None:
    assert safe_url(url) == url
