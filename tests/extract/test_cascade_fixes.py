"""Cascade fixes found on the public benchmark (docs/benchmarks.md, issue 3): Unicode
normalisation of the body, and article pages whose comments or teasers are ``<article>``s."""

from __future__ import annotations

import unicodedata

import pytest

from plainwire.errors import ExtractionError
from plainwire.extract import extract_article

PARAS = [
    "The harbour board voted on Tuesday to rebuild the north pier, which storms cracked twice last winter.",
    "Engineers said the new pier would stand on forty steel piles driven into the rock below the silt.",
    "Fishing crews, who lost two weeks of landings while the pier was shut, welcomed the decision.",
    "Work starts in March and should end before the autumn herring season, the board's chair said.",
    "A temporary pontoon will let the smaller boats land their catch while the pier is rebuilt.",
    "The board will pay for the work from its reserve and a loan from the regional development fund.",
    "Residents asked for a railing along the whole length of the pier and lamps at its far end.",
    "The chair said both were in the plans and that the pier would reopen to walkers on Sundays.",
]


def _comment(i: int) -> str:
    return (
        f'<li class="comment"><article id="div-comment-{i}" class="comment-body">'
        f"<footer>Reader {i} says:</footer><p>I walked on that pier as a child, number {i}, and hope it lasts.</p>"
        "</article></li>"
    )


def _teaser(i: int) -> str:
    return f'<article class="teaser"><h3><a href="/n/{i}">Other story {i}</a></h3><p>Short teaser text {i}.</p></article>'


def _page(main: str, extra: str) -> str:
    return (
        "<html><head><title>Pier to be rebuilt</title></head><body>"
        '<nav><a href="/">Home</a></nav><main>'
        f"{main}<aside>{extra}</aside></main></body></html>"
    )


ARTICLE = "<article><h1>Pier to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"


def test_article_whose_comments_are_article_elements_is_not_an_index() -> None:
    html = _page(ARTICLE, '<ol class="comment-list">' + "".join(_comment(i) for i in range(12)) + "</ol>")
    art = extract_article(html, "https://harbour-news.example/2026/pier-rebuilt")
    assert art.title == "Pier to be rebuilt"
    assert PARAS[0] in art.text and PARAS[-1] in art.text


def test_article_with_many_related_teasers_is_not_an_index() -> None:
    art = extract_article(
        _page(ARTICLE, "".join(_teaser(i) for i in range(8))), "https://harbour-news.example/pier"
    )
    assert PARAS[2] in art.text


def test_teasers_of_equal_size_are_still_an_index() -> None:
    # Same page with the article shortened to a teaser: nothing dominates any more.
    short = "<article><h2><a href='/pier'>Pier to be rebuilt</a></h2><p>The board voted.</p></article>"
    with pytest.raises(ExtractionError, match="index"):
        extract_article(
            _page(short, "".join(_teaser(i) for i in range(8))), "https://harbour-news.example/front"
        )


def test_longest_teaser_not_long_enough_to_dominate() -> None:
    # One teaser three times longer than the others but far below an article's length.
    lead = (
        "<article><h2>Lead</h2><p>"
        + "The board voted to rebuild the pier this spring. " * 3
        + "</p></article>"
    )
    with pytest.raises(ExtractionError, match="index"):
        extract_article(
            _page(lead, "".join(_teaser(i) for i in range(8))), "https://harbour-news.example/front"
        )


def test_decomposed_unicode_is_composed() -> None:
    text = (
        "<html><head><title>Brückenfest in Obertal</title></head><body><article><h1>Brückenfest in Obertal</h1>"
        "<p>Die Gemeinde eröffnete am Sonntag die neue Fußgängerbrücke über den Mühlbach vor vielen Gästen.</p>"
        "<p>Für die Kinder gab es Wettläufe über die Brücke, für die Älteren Kaffee und Kuchen im Schulhof.</p>"
        "</article></body></html>"
    )
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    art = extract_article(nfd, "https://obertal-bote.example/lokales/brueckenfest")
    assert art.title == "Brückenfest in Obertal"
    assert "neue Fußgängerbrücke über den Mühlbach" in art.text
    assert unicodedata.is_normalized("NFC", art.text)


def test_unrendered_template_is_not_a_body() -> None:
    # A JavaScript app page served before rendering: its "text" is template expressions.
    expr = "{{ctrl.story.status === 'live' ? 'Live' : ctrl.story.status === 'draft' ? 'Draft' : 'Unknown'}}"
    html = (
        "<html><head><title>Story</title></head><body><div ng-app='news'><article>"
        f"<p>{expr}</p><p>{{{{ctrl.story.author.name}}}} - {{{{ctrl.story.time * 1000 | date : 'dd/MM/yyyy'}}}}</p>"
        f"<p>{expr.replace('live', 'open')}</p><p>Open the editor</p></article></div></body></html>"
    )
    with pytest.raises(ExtractionError, match="no article text"):
        extract_article(html, "https://app-news.example/story/1")


def test_prose_around_a_template_expression_is_kept() -> None:
    html = (
        "<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "<p>Updated {{story.updated | date}} by the harbour desk after the board's second vote on the pier.</p>"
        "</article></body></html>"
    )
    art = extract_article(html, "https://harbour-news.example/pier-vote")
    assert PARAS[0] in art.text and "{{" not in art.text
    assert "by the harbour desk after the board's second vote" in art.text
