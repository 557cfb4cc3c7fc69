"""Furniture set in plain paragraphs, with no telling markup (sixteenth session;
extract.plain_furniture, the cue tables' Danish/Swedish/Norwegian/Polish rows, the lone
label-and-link rule of extract.markup_furniture, extract.media_page).

Invented short pages: every block a plain ``<p>`` in the body's container, so the markup rules
have nothing to go on and the line's words must tell. One class per test, in several of the
languages the pipeline pools, each with look-alikes: article sentences that start with the
same words and stay.
"""

from __future__ import annotations

import pytest

from plainwire.errors import ExtractionError
from plainwire.extract import extract_article, extract_with_method
from plainwire.extract.plain_furniture import drop_plain_furniture
from plainwire.models import FeedEntry, is_gallery_article

URL = "https://kystposten.example/nyheder/2026/03/12/faerge-aflyst.html"
TITLE = "Ferry to Skarholm cancelled for a week after engine fault"
P1 = (
    "The ferry between Brennvik and Skarholm will not sail until next Thursday after an engine "
    "fault was found during a routine check, the operator Norrvag Lines said on Monday."
)
P2 = "About 300 islanders use the crossing each day. A smaller boat will carry post and medicine."
P3 = "Harbour master Idun Kvale said the repair needed a part from the mainland within days."


def page(*blocks: str, lang: str = "en", head: str = "") -> str:
    """An article page whose blocks are plain ``<p>``s in one container (no class anywhere)."""
    body = "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{TITLE} | Kystposten</title>
<meta property="og:title" content="{TITLE}">
<meta name="author" content="Sigrun Holm">{head}
</head><body>
<header><a href="/">Kystposten</a> <a href="/nyheder/">Nyheder</a></header>
<main><article>
<h1>{TITLE}</h1>
<div>
{body}
</div>
</article></main>
<footer>Kystposten</footer>
</body></html>"""


def body_of(*blocks: str, lang: str = "en") -> str:
    return extract_article(page(*blocks, lang=lang), URL).text


def assert_body(text: str) -> None:
    for p in (P1, P2, P3):
        assert p in text, p


# ---- a label and a link, alone in a plain paragraph ---------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Læs også",  # Danish (cue table)
        "Czytaj także",  # Polish (cue table)
        "Les også",  # Norwegian (cue table)
        "Loe ka",  # Estonian: no table has it; the lone label-and-link paragraph
        "Promoted",  # a sponsored box
    ],
)
def test_label_and_link_paragraph_is_dropped(label: str) -> None:
    text = body_of(P1, f'{label}: <a href="/nyheder/x.html">Autumn market opens on the square</a>', P2, P3)
    assert "Autumn market" not in text and label not in text
    assert_body(text)


def test_label_and_link_lookalikes_stay() -> None:
    """Prose that opens with a pointer's words; and "Label: value" lines of a list, one a link."""
    prose = "Les også kommentarene fra naboene, som kom i går, før du bestemmer deg."
    promoted = "Promoted to harbour master in June, Kvale has run the port for nine months."
    text = body_of(
        P1,
        prose,
        promoted,
        P2,
        "Boat: Skarholm II",
        'Yard: <a href="https://yard.example/">Brennvik Slip</a>',
        P3,
    )
    for kept in (prose, promoted, "Boat: Skarholm II", "Yard: Brennvik Slip"):
        assert kept in text, kept


# ---- sponsored boxes without a link -----------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "Sponsored: Winter tyres fitted from 399 kroner",
        "Anzeige: Winterreifen ab 39 Euro montiert",
        "Annonse | Vinterdekk montert fra 399 kroner",
        "Advertisement",
        "Reklama",
    ],
)
def test_sponsored_box_in_a_plain_paragraph_is_dropped(box: str) -> None:
    text = body_of(P1, box, P2, P3)
    assert box not in text
    assert_body(text)


# ---- the print edition ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "A version of this article appears in print on 12 March 2026, page 6.",
        "This article appeared in the print edition of Saturday 14 March.",
        "Dieser Artikel erschien in der Printausgabe vom 12. März 2026.",
        "Cet article est paru dans l'édition du 12 mars 2026.",
        "Een versie van dit artikel verscheen ook in de krant van 12 maart.",
        "Artikeln publicerades i papperstidningen den 12 mars 2026.",
    ],
)
def test_print_edition_line_is_dropped(line: str) -> None:
    text = body_of(P1, P2, P3, line)
    assert line not in text
    assert_body(text)


def test_print_lookalikes_stay() -> None:
    """Sentences about another piece in print, or about this article's subject."""
    other = "The report appeared in print in the Harbour Gazette on Monday, weeks before the vote."
    appears = "This story appears to have begun with a single faulty valve, engineers believe."
    text = body_of(P1, other, P2, appears, P3)
    assert other in text and appears in text


# ---- an editors'-initials line ----------------------------------------------------------------


@pytest.mark.parametrize("line", ["mpa/hk/rs", "(dpa/abc)", "ANP/jvd", "(AFP)", "ntb/kh/sj"])
def test_initials_line_is_dropped(line: str) -> None:
    text = body_of(P1, P2, P3, line)
    assert line not in text
    assert_body(text)


def test_initials_lookalike_stays() -> None:
    short = "Gusts reached 110 km/h."
    text = body_of(P1, short, P2, P3)
    assert short in text


def test_byline_fragment_after_the_story_is_dropped() -> None:
    """The author's name, alone or after "By", closing the body (the page's <meta> names her)."""
    text = body_of(P1, P2, P3, "By SIGRUN HOLM")
    assert "SIGRUN" not in text and text.endswith(P3)
    said = "Sigrun Holm contributed reporting from Skarholm."
    assert said in body_of(P1, P2, P3, said)


# ---- dates and update times anywhere in the body ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Opdateret 12. mar. 2026 kl. 10.15", "da"),
        ("Pubblicato il 12/03/2026 alle 10:00", "it"),
        ("Opublikowano: 12.03.2026, 14:40", "pl"),
        ("Gepubliceerd op 12 maart 2026, 11:45", "nl"),
        ("Uppdaterad 12 mars 2026 kl. 09.30", "sv"),
        ("Updated 09:30 GMT", "en"),
    ],
)
def test_update_time_line_between_paragraphs_is_dropped(line: str, lang: str) -> None:
    text = body_of(P1, line, P2, P3, lang=lang)
    assert line not in text
    assert_body(text)


def test_date_lookalikes_stay() -> None:
    on_date = "On 12 March 2026 the council will vote again on the ferry contract."
    at_time = "Kl. 10.15 lukkede politiet vejen ved havnen i Brennvik."
    text = body_of(P1, on_date, P2, at_time, P3)
    assert on_date in text and at_time in text


# ---- a table of facts -------------------------------------------------------------------------


def test_box_of_facts_is_dropped() -> None:
    """A table under a title (its caption), cells no sentences: a box beside the story."""
    table = (
        "<table><caption>Crossing facts</caption><tr><td>Route</td><td>Brennvik - Skarholm</td></tr>"
        "<tr><td>Crossings</td><td>6 a day</td></tr></table>"
    )
    text = body_of(P1, P2, P3, table)
    assert "|" not in text and "Crossing facts" not in text
    assert_body(text)


def test_data_table_and_sentences_in_a_table_stay() -> None:
    """A table whose first row names its columns is data; cells that are sentences are prose."""
    data = "<table><tr><th>Route</th><th>Crossings</th></tr><tr><td>Brennvik - Skarholm</td><td>6</td></tr></table>"
    assert "Brennvik - Skarholm" in body_of(P1, P2, P3, data)
    rows = f"Intro text.\n| Crossing diary |  |\n| Monday | {P2} |\n| Tuesday | {P3} |\nEnd text."
    assert drop_plain_furniture(rows) == rows
    facts = "Intro text.\n| Match facts |  |\n|---|---|\n| Crowd | 4,100 |\nEnd text."
    assert drop_plain_furniture(facts) == "Intro text.\nEnd text."


# ---- subscription prompts, tip lines, rights lines, player buttons ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        'Already a subscriber? <a href="/login">Log in</a>',
        "Subscribe to continue reading this article.",
        "Déjà abonné ? Se connecter",
        "Er du allerede abonnent? Log ind her",
        "Abonnez-vous à Kystposten.",
        "Bliv abonnent på Kystposten",
        "Got a story? Email tips@kystposten.example or call the newsdesk.",
        "Haben Sie einen Hinweis? Schreiben Sie an hinweis@kystposten.example",
        "Riproduzione riservata ©",
        "© Kystposten 2026. Alle rettigheder forbeholdes.",
        "Listen on your podcast app",
        "Écoutez sur Spotify et Deezer",
    ],
)
def test_prompt_and_rights_lines_are_dropped(line: str) -> None:
    text = body_of(P1, P2, P3, line)
    visible = line.split("<a", 1)[0].strip()
    assert visible not in text
    assert_body(text)


@pytest.mark.parametrize(
    "prose",
    [
        "Already a subscriber to three papers, Mrs Vale said the price rise was too much.",
        "Subscribers to the ferry pass will get a refund for the lost week.",
        "Abonnez-vous, conseille la mairie, aux alertes de crue du port.",
        "What happens next? Call centres in Brennvik expect 200 new jobs by 2027.",
        "The band lost a copyright case over the ferry song in 2019.",
        "Listen to the full interview with the harbour master on Friday's programme.",
    ],
)
def test_prompt_lookalikes_stay(prose: str) -> None:
    text = body_of(P1, prose, P2, P3)
    assert prose in text


# ---- a video or audio page with no article text ------------------------------------------------

VIDEO_URL = "https://kystposten.example/video/2026/03/12/ferry-fault"


def video_page(caption: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Watch: the ferry fault explained | Kystposten</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "VideoObject",
"name": "Watch: the ferry fault explained", "uploadDate": "2026-03-12T09:00:00+00:00"}}</script>{head}
</head><body><main><article><h1>Watch: the ferry fault explained</h1>
<figure><video src="/v/ferry.mp4" controls></video><figcaption>{caption}</figcaption></figure>
</article></main></body></html>"""


def test_video_page_is_a_source_not_text_to_quote() -> None:
    """Its own text is a caption; the feed's one-line summary is stored (for search and
    clustering), and the page is marked so the Story and Highlights do not quote it."""
    summary = "The ferry's engineer shows the cracked valve that stopped the crossings."
    entry = FeedEntry(VIDEO_URL, title="Watch: the ferry fault explained", summary=summary)
    res = extract_with_method(video_page("Media caption, the ferry at its berth"), VIDEO_URL, entry=entry)
    assert res.article.text == summary and res.method == "feed-summary"
    assert is_gallery_article(res.article.schema_type)


def test_video_page_with_nothing_to_store_is_refused() -> None:
    with pytest.raises(ExtractionError, match="ferry-fault"):
        extract_article(video_page(""), VIDEO_URL)


def test_video_page_with_an_article_under_it_is_an_article() -> None:
    """A written report under the player is an article like any other."""
    html = video_page("Media caption, the ferry").replace(
        "</figure>", f"</figure><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    )
    art = extract_article(html, VIDEO_URL)
    assert P1 in art.text and not is_gallery_article(art.schema_type)
