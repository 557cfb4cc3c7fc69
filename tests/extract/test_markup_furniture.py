"""Furniture found by its markup, whatever its words (extract.markup_furniture, fifteenth
session): a label and its links, a figure caption on a page that is no gallery, short blocks
outside the body's container. Invented short pages (trafilatura keeps nearly everything inside
``<article>`` on them), in languages and wordings no cue table of ``furniture_cues`` holds; and
the look-alikes that are the article's own text.
"""

from __future__ import annotations

import pytest

from plainwire.extract import extract_article

URL = "https://tidende.example/nyheder/2026/03/12/faerge-aflyst.html"
TITLE = "Ferry to Skarholm cancelled for a week after engine fault"
P1 = (
    "The ferry between Brennvik and Skarholm will not sail until next Thursday after an engine "
    "fault was found during a routine check, the operator Norrvag Lines said on Monday."
)
P2 = "About 300 islanders use the crossing each day. A smaller boat will carry post and medicine."
P3 = "Harbour master Idun Kvale said the repair needed a part from the mainland."


def page(article: str, *, lang: str = "en", head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{TITLE} | Brennvik Tidende</title>
<meta property="og:title" content="{TITLE}">
<meta name="author" content="Sigrun Holm">{head}
</head><body>
<header><a href="/">Brennvik Tidende</a> <a href="/nyheder/">Nyheder</a></header>
<main><article>
<h1>{TITLE}</h1>
{article}
</article></main>
<footer>&copy; 2026 Brennvik Tidende</footer>
</body></html>"""


def body_of(html: str) -> str:
    return extract_article(html, URL).text


def test_label_and_link_box_inside_the_body_is_dropped() -> None:
    """A sponsored box set inside the body's container, a label and a link: no cue word."""
    html = page(
        f"""<p class="who">Sigrun Holm</p>
<div class="story">
<p>{P1}</p>
<p>{P2}</p>
<div class="partner">Annonse: <a href="https://shop.example/">Winter tyres fitted from 399 kroner</a></div>
<p>{P3}</p>
</div>"""
    )
    text = body_of(html)
    assert "Winter tyres" not in text and "Annonse" not in text
    assert P1 in text and P3 in text


@pytest.mark.parametrize(
    "label",
    [
        "Lue myös",  # Finnish
        "Czytaj także",  # Polish
        "Läs också",  # Swedish
        "Læs også",  # Danish
        "Přečtěte si také",  # Czech
    ],
)
def test_pointer_with_a_set_apart_label_is_dropped_in_any_language(label: str) -> None:
    """A pointer to another story in a plain <p> among the body's: its label set apart in
    <strong>, then a linked headline."""
    html = page(
        f"""<div class="text">
<p>{P1}</p>
<p><strong>{label}:</strong> <a href="/nyheder/2026/03/11/isen-brydes.html">Ice breaks up in Brennvik harbour</a></p>
<p>{P2}</p>
<p>{P3}</p>
</div>"""
    )
    text = body_of(html)
    assert "Ice breaks up" not in text and label not in text
    assert P1 in text and P2 in text


COMMENTS = (
    '<section id="comments" class="comments"><h2>Reader comments (2)</h2><ol class="comment-list">'
    '<li class="comment"><span class="user">kvale_fan</span><p>Another week of this on the island, '
    'nobody ever plans ahead for it.</p><a href="#">Reply</a></li><li class="comment"><span class="user">'
    "brennvik1</span><p>The old boat never broke down like this, say what you like.</p>"
    '<a href="#">Reply</a></li></ol></section>'
)


def test_caption_and_reader_comments_are_dropped_on_a_short_page() -> None:
    """A short page trafilatura returns as the <article>'s text in one line, which ``glued``
    cuts back into blocks: a figure's caption (the page is no gallery) and the reader comments
    under the story are among them."""
    html = page(
        f"""<a class="section" href="/nyheder/">Skarholm</a>
<p class="forfatter">Sigrun Holm</p>
<p class="stamp">Mon 9 Mar 2026 07.45 CET</p>
<figure class="top"><img src="/img/ferry.jpg" alt=""><figcaption>Picture caption: The ferry Skarholm II
at its berth. Photo: Tidende</figcaption></figure>
<div class="body"><p>{P2}</p><p>{P3}</p></div>
{COMMENTS}"""
    )
    text = body_of(html)
    for furniture in ("caption", "berth", "Reader comments", "kvale_fan", "nobody ever plans", "Reply"):
        assert furniture not in text, furniture
    assert text == f"{P2}\n{P3}"


def test_short_blocks_outside_the_body_container_are_dropped() -> None:
    """A byline and a dateline above the body (trafilatura moves them after it on short pages),
    a print-edition line, a newsletter line and a share bar after it: words no table holds."""
    html = page(
        f"""<p class="kicker">Skarholm</p>
<p class="forfatter">Sigrun Holm</p>
<p class="stamp">Mon 9 Mar 2026 07.45 CET</p>
<div class="brodtekst"><p>{P1}</p><p>{P2}</p></div>
<p class="edition">Printed in the weekend edition of 14 March 2026.</p>
<div class="nyhedsbrev">Tilmeld dig vores nyhedsbrev.</div>
<p class="del">Del artiklen: <a href="#">Mail</a> <a href="#">Messenger</a></p>"""
    )
    text = body_of(html)
    for furniture in ("Sigrun Holm", "07.45", "weekend edition", "nyhedsbrev", "Del artiklen"):
        assert furniture not in text, furniture
    assert text.startswith(P1[:40]) and text.endswith(P2)


def test_standfirst_above_the_body_stays() -> None:
    """A sentence above the container is the piece's standfirst, not a byline."""
    standfirst = "Islanders face a week without their only car ferry."
    html = page(
        f"""<p class="standfirst">{standfirst}</p>
<div class="brodtekst"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"""
    )
    text = body_of(html)
    assert standfirst in text and P3 in text


def test_body_split_over_two_containers_keeps_both_parts() -> None:
    """Paragraphs marked up as the body's are the body's, whichever block holds them."""
    short = "Tickets already bought will be refunded."
    html = page(
        f"""<div class="part"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="advert"></div>
<div class="part-2"><p>{short}</p></div>"""
    )
    assert short in body_of(html)


def test_label_and_link_lines_of_a_list_in_the_body_stay() -> None:
    """ "Label: <a>value</a>" among "Label: value" lines in plain paragraphs is the post's
    content (a list of what was used, one with a link), not a pointer."""
    html = page(
        f"""<div class="entry"><p>{P1}</p><p>{P2}</p>
<p>Boat: Skarholm II</p><p>Engine: Volvo D13</p>
<p>Yard: <a href="https://yard.example/">Brennvik Slip</a></p></div>"""
    )
    text = body_of(html)
    assert "Yard: Brennvik Slip" in text and "Engine: Volvo D13" in text
