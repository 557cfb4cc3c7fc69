"""Furniture the sixth audit newsroom's pages kept (seventeenth session): read-also and share
labels in languages the cue tables lacked, a pointer whose label has no colon, a wire's sign-off
in the middle of a reprint, a site's tagline, a paywall's "for subscribers only" notice, and
update lines ("Actualitzat el 11/11/2026 a les 12:30") in the body and in the title slots.
Each is on one page only: the store's cross-page signal (``store.repeats``) cannot see it.

Invented pages: every block a plain ``<p>`` in the body's container. Each class with
look-alikes: article sentences that open with the same words, and stay.
"""

from __future__ import annotations

import json

import pytest

from plainwire.extract import extract_article
from plainwire.extract.credit_lines import credit_line
from plainwire.extract.date_lines import date_line

URL = "https://valleypost.example/news/2026/11/11/ferry-engine-fault.html"
SITE = "Valley Post"
TITLE = "Ferry to Skarholm cancelled for a week after engine fault"
P1 = (
    "The ferry between Brennvik and Skarholm will not sail until next Thursday after an engine "
    "fault was found during a routine check, the operator Norrvag Lines said on Monday."
)
P2 = "About 300 islanders use the crossing each day. A smaller boat will carry post and medicine."
P3 = "Harbour master Idun Kvale said the repair needed a part from the mainland within days."


def page(*blocks: str, lang: str = "en", title: str = TITLE, head: str = "", h1: str | None = None) -> str:
    """An article page whose blocks are plain ``<p>``s in one container (no class anywhere)."""
    body = "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
    meta = f'<title>{title}</title><meta property="og:title" content="{title}">' if title else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
{meta}
<meta property="og:site_name" content="{SITE}">
<meta name="author" content="Sigrun Holm">{head}
</head><body>
<header><a href="/">{SITE}</a> <a href="/news/">News</a></header>
<main><article>
<h1>{TITLE if h1 is None else h1}</h1>
<div>
{body}
</div>
</article></main>
<footer>{SITE}</footer>
</body></html>"""


def body_of(*blocks: str, lang: str = "en") -> str:
    return extract_article(page(*blocks, lang=lang), URL).text


def assert_body(text: str) -> None:
    for p in (P1, P2, P3):
        assert p in text, p


# ---- "read also" and share labels in more languages -------------------------------------------


@pytest.mark.parametrize(
    ("pointer", "lang"),
    [
        ("Lue myös: Joulutori avataan lauantaina", "fi"),
        ("Llegiu també: La fira de la castanya torna a Sant Pere", "ca"),
        ("Čtěte také: Brodná chystá adventní trhy", "cs"),
        ("Citește și: Târgul de Crăciun se deschide sâmbătă", "ro"),
        ("Preberite tudi: Božični sejem se odpre v soboto", "sl"),
    ],
)
def test_read_also_without_a_link_is_dropped(pointer: str, lang: str) -> None:
    """The label and a headline as plain text (no link to go on): the cue tables' new rows."""
    text = body_of(P1, pointer, P2, P3, lang=lang)
    assert pointer not in text
    assert_body(text)


@pytest.mark.parametrize(
    "label", ["Comparteix aquest article", "Jaa artikkeli", "Sdílejte článek", "Partilhe este artigo"]
)
def test_share_label_closing_the_page_is_dropped(label: str) -> None:
    text = body_of(P1, P2, P3, label)
    assert label not in text and text.endswith(P3)


def test_read_also_lookalikes_stay() -> None:
    """Sentences that open with a pointer's words go on in lower case, or end as sentences."""
    fi = "Lue myös sopimuksen ehdot ennen kuin allekirjoitat, neuvoo kuluttaja-asiamies."
    ca = "Llegiu també els comentaris dels veïns abans de votar, va demanar l'alcaldessa."
    share = "Jaa artikkeli vain, jos olet lukenut sen, muistuttaa toimitus."
    text = body_of(P1, fi, P2, ca, P3, share, lang="fi")
    for kept in (fi, ca, share):
        assert kept in text, kept


@pytest.mark.parametrize(
    "label",
    ["Irakurri ere", "Darllenwch hefyd", "Also on Valley Post"],  # no table has these labels
)
def test_label_and_link_to_another_article_without_a_colon_is_dropped(label: str) -> None:
    """A label of a few words in any language, then a linked headline to another article of the
    site: a pointer, whatever the label says."""
    link = '<a href="/news/2026/11/10/autumn-market-opens.html">Autumn market opens on the square</a>'
    text = body_of(P1, f"{label} {link}", P2, P3)
    assert "Autumn market" not in text and label not in text
    assert_body(text)


def test_label_and_link_lookalikes_stay() -> None:
    """A link inside a sentence, a link to another site, a link to a section front, a label
    before a one-word link: the paragraph is the article's."""
    inside = 'The <a href="/news/2026/11/09/ferry-fares-rise.html">fare rise announced last week</a> stands.'
    elsewhere = 'Details at <a href="https://norrvag.example/notices/engine-fault-update">Norrvag Lines engine notice</a>'
    section = 'More from <a href="/news/">the islands news desk today</a>'
    short = 'Harbour master <a href="/people/idun-kvale-profile.html">Kvale</a>'
    text = body_of(P1, inside, elsewhere, P2, section, short, P3)
    for kept in (
        "fare rise announced last week",
        "Norrvag Lines engine notice",
        "the islands news desk today",
        "Harbour master Kvale",
    ):
        assert kept in text, kept


# ---- a wire's sign-off wherever it stands -----------------------------------------------------


@pytest.mark.parametrize(
    "signoff",
    [
        "Reporting by Linnea Roos; Editing by Jonas Mäki",
        "(Reporting by Linnea Roos in Brennvik; Writing by Ada Finch; Editing by Jonas Mäki and Ola Berg)",
        "-- Additional reporting by Tove Lind",
        "Reporting by Ana Ruiz, Writing by Jo Park, Editing by Tim Cole",
        "(Reportage Jean Dupont, édité par Marc Leroy)",
        "(Reporte de Ana Ruiz; Editado en español por Luis Mora)",
        "(Bericht von Eva Brandt, redigiert von Jens Kohl)",
        "(Verslaggeving door Piet de Vries; bewerking door Anna Bos)",
    ],
)
def test_wire_signoff_before_other_closing_lines_is_dropped(signoff: str) -> None:
    """A reprint puts its own lines after the agency's sign-off: the tail rule (the last two
    lines) never reached it."""
    text = body_of(P1, P2, P3, signoff, "Seen something? Send your pictures to the newsdesk.")
    assert signoff not in text
    assert_body(text)
    assert credit_line(signoff)


def test_signoff_lookalikes_stay() -> None:
    lines = [
        "Reporting by volunteers helped the count, which found 300 islanders use the ferry daily.",
        "Editing by Marta took three weeks, the ferry company's newsletter said.",
        "Reporting by The Times found the contract was awarded early.",
    ]
    text = body_of(P1, lines[0], P2, lines[1], P3, lines[2])
    for kept in lines:
        assert kept in text, kept
        assert not credit_line(kept)


# ---- the site's tagline, and the paywall's notice ---------------------------------------------


@pytest.mark.parametrize(
    "tagline",
    [
        "Valley Post — serving the islands since 1911.",
        "The Valley Post | Your islands, your paper",
        "Valley Post",
        "The Post — serving the islands since 1911.",  # a name the page does not state: the slogan's year
    ],
)
def test_site_tagline_is_dropped(tagline: str) -> None:
    text = body_of(P1, P2, P3, tagline)
    assert tagline not in text and text.endswith(P3)


def test_tagline_lookalikes_stay() -> None:
    """Sentences about the outlet: a verb after its name, or an apposition between commas."""
    lines = [
        "Valley Post, the islands' oldest paper, will close its print edition on Friday.",
        "The Valley Post reported the fault first, on Sunday evening.",
        "Valley Post — the paper's owner said on Monday — will keep its island office.",
        "The old pier — closed since 2019 — reopens on Monday after repairs.",
    ]
    text = body_of(P1, lines[0], P2, lines[1], P3, lines[2], lines[3])
    for kept in lines:
        assert kept in text, kept
    # a short lead that opens with the outlet's name and a dash is the story's: a tagline
    # closes the page, it never opens the body
    lead = "Valley Post - Ferry fares to Skarholm rise by a fifth from May."
    assert lead in body_of(lead, P1, P2, P3)


@pytest.mark.parametrize(
    ("notice", "lang"),
    [
        ("This article is for subscribers only. Subscribe from 4 quills a week.", "en"),
        ("This story is available to subscribers only.", "en"),
        ("Subscribers only", "en"),
        ("Dieser Artikel ist nur für Abonnenten verfügbar.", "de"),
        ("Cet article est réservé aux abonnés.", "fr"),
        ("Tämä artikkeli on vain tilaajille.", "fi"),
        ("Aquest article és exclusiu per a subscriptors.", "ca"),
    ],
)
def test_subscribers_only_notice_is_dropped(notice: str, lang: str) -> None:
    text = body_of(P1, P2, P3, notice, lang=lang)
    assert notice not in text
    assert_body(text)


def test_subscribers_only_lookalikes_stay() -> None:
    lines = [
        "The new harbour lounge is for subscribers only, the operator said.",
        "This season ticket is for members only and costs 40 quills.",
        "This article is for subscribers only. The ferry sails again on Thursday, officials said.",
    ]
    text = body_of(P1, lines[0], P2, lines[1], P3, lines[2])
    for kept in lines:
        assert kept in text, kept


# ---- update lines, in the body and in the title -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Actualitzat el 11/11/2026 a les 12:30", "ca"),
        ("Päivitetty 12.11.2026 klo 21.10", "fi"),
        ("Stand: 12.11.2026, 16:10 Uhr", "de"),
        ("Aktualizováno 10. 11. 2026 v 10:30", "cs"),
        ("Atualizado em 10/11/2026 às 21h30", "pt"),
        ("Frissítve: 2026. november 12. 09:15", "hu"),
        ("Actualizat la 12.11.2026, ora 10:45", "ro"),
    ],
)
def test_update_line_in_any_language_is_dropped(line: str, lang: str) -> None:
    text = body_of(line, P1, P2, line, P3, lang=lang)
    assert line not in text and text.startswith(P1)
    assert_body(text)


def test_date_lookalikes_stay() -> None:
    lines = [
        "Tomas Greer scored on 12.11.2026.",
        "Sie starb am 12. November 2026.",
        "The council meets on 12.11.2026 to vote on the budget.",
        "Stand: 12.11.2026, 16:10 Uhr, sagte der Sprecher.",
    ]
    text = body_of(P1, lines[0], P2, lines[1], P3, lines[2], lines[3])
    for kept in lines:
        assert kept in text, kept
        assert not date_line(kept)


def test_headline_is_never_an_update_line() -> None:
    """og:title and the JSON-LD headline say "Actualitzat el ..." (a CMS that fills its title
    slot with the update line): the ``<h1>`` is the headline; and the body does not open
    with the update line either."""
    update = "Actualitzat el 11/11/2026 a les 12:30"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": update})
    html = page(
        update, P1, P2, P3, lang="ca", title=update, head=f'<script type="application/ld+json">{ld}</script>'
    )
    art = extract_article(html, URL)
    assert art.title == TITLE
    assert art.text.startswith(P1)


def test_headline_from_the_body_skips_an_update_line() -> None:
    """No title anywhere on the page: the first body line that is no update line."""
    html = page("Päivitetty 12.11.2026 klo 21.10", P1, P2, P3, lang="fi", title="", h1="")
    art = extract_article(html, URL)
    assert not date_line(art.title) and art.title.startswith("The ferry between")


# ---- notices a site sets on every page, read from one page ------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Related Topics: Brennvik, Skarholm",
        "Themen: Fähre, Skarholm, Hafen",
        "Aiheet: Lautta | Skarholm",
        "Fact file: Venue Brennvik Arena | Attendance 3,870",
        "Gamble responsibly. 18+ only.",
        "Spela ansvarsfullt. 18 år.",
        "Have your say: email letters@valleypost.example",
        "Follow Valley Post News for the latest.",
        "Valley Post is funded by its readers. Join today.",
    ],
)
def test_site_notice_on_a_single_page_is_dropped(notice: str) -> None:
    text = body_of(P1, P2, P3, notice)
    assert notice not in text and text.endswith(P3)


def test_site_notice_lookalikes_stay() -> None:
    lines = [
        "Topics: the council will debate the ferry contract and the harbour fees on Monday.",
        "Gamble responsibly, the minister told the island's betting shops on Friday.",
        "Follow the diversion signs for the latest sailing times, the operator advised.",
        "The museum is funded by its members and a grant from the island council.",
        "Residents can email complaints to the operator, whose address is on the timetable.",
    ]
    text = body_of(P1, lines[0], P2, lines[1], lines[2], P3, lines[3], lines[4])
    for kept in lines:
        assert kept in text, kept
