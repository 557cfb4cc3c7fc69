"""Page furniture the second audit newsroom's held-out pages carried into the store, fixed
as a class (docs/benchmarks.md, "Page furniture on held-out pages (thirteenth session)"):

* a short page that trafilatura returns as *one line* (its baseline rescue takes the whole
  ``<article>`` text): headline, byline, share bar, a "more on this story" link list and a
  newsletter box glued to the paragraphs (``extract.glued``);
* "more on this story" / "related" / "you may also like" blocks, a heading followed by
  linked headlines, between paragraphs or after them;
* share and tool bars written as one line of inline labels, anywhere in the body;
* newsletter boxes whose sign-up button trafilatura dropped, leaving a heading and a pitch
  ("Our best stories, delivered every morning.");
* a kicker above a byline-and-time line, and byline dates in other languages or with a
  slash;
* a brief of two sentences, stored although the furniture that made it long enough is gone.

And the look-alike sentences that must stay. Invented outlets, people and events.
"""

from __future__ import annotations

import pytest

from plainwire.errors import ExtractionError
from plainwire.extract import extract_article
from plainwire.extract.glued import article_blocks, may_be_glued, unglue

SHORT = [
    "Floodwater poured into Fennick Row on Tuesday night when a culvert under the bypass gave way.",
    "Six shops were flooded and the road stayed shut until the morning.",
    "Pumps ran all night.",
]


def _short_page(top: str, middle: str, after: str, *, paras: list[str] = SHORT) -> str:
    """A tabloid's short article, everything inside one ``<article>``."""
    body = f"<p>{paras[0]}</p><p>{paras[1]}</p>{middle}" + "".join(f"<p>{p}</p>" for p in paras[2:])
    return (
        "<html><head><title>Fennick Row flooded as culvert collapses | The Marsh Clarion</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<header><a href='/'>The Marsh Clarion</a><nav><a href='/news'>News</a></nav></header>"
        "<main><article class='story'><h1>Fennick Row flooded as culvert collapses</h1>"
        f"{top}<div class='article-body'>{body}{after}</div></article></main>"
        "<footer>The Marsh Clarion, 4 Dyke Lane</footer></body></html>"
    )


GLUED = {
    # by-line with a <time>, a share bar of three links, a bold "MORE ON THIS STORY" list,
    # a newsletter box with a form
    "form-box": (
        "<p class='byline'>By Colm Reddy <time datetime='2026-11-05T12:00'>05 November 2026, 12:00</time></p>"
        "<div class='share'>Share this story <a href='#'>Facebook</a> <a href='#'>WhatsApp</a></div>",
        "<div class='more-on'><strong>MORE ON THIS STORY</strong><ul><li><a href='/m1'>Soap star weds in a "
        "lighthouse</a></li><li><a href='/m2'>Grandmother, 97, passes driving test</a></li></ul></div>",
        "<div class='nl'><h3>Get the Clarion Daily</h3><p>The day's top stories, straight to your inbox.</p>"
        "<form><input type='email'><button>Sign me up</button></form></div>",
    ),
    # the same on a page whose main extraction falls short, so the whole <article> comes glued
    "form-box-glued": (
        "<p class='byline'>By Colm Reddy <time datetime='2026-11-05T12:00'>05 November 2026, 12:00</time></p>"
        "<div class='share'>Share this article</div>",
        "<div class='more-on'><strong>MORE ON THIS STORY</strong><ul><li><a href='/m1'>Soap star weds in a "
        "lighthouse</a></li></ul></div>",
        "<div class='nl'><h3>Clarion Daily</h3><p>Straight to your inbox.</p>"
        "<form><input type='email'><button>Sign me up</button></form></div>",
    ),
    # a dash byline with a.m., a "Read next" heading, a box with a bare link (no form)
    "link-box": (
        "<div class='meta'>Colm Reddy - 5 Nov 2026, 9:30am</div>",
        "<section><h4>Read next</h4><ul><li><a href='/r1'>Bypass to close for resurfacing</a></li></ul></section>",
        "<div class='promo'><h3>Sign up to The Clarion Evening</h3><p>Our best reads, delivered every weekday."
        "</p><a href='/newsletters'>Subscribe</a></div>",
    ),
    # a pipe byline, a share bar with separators, "You may also like" after the story
    "after-list": (
        "<p>Colm Reddy | 2026-11-05 12:00</p><p>Share: <a>Facebook</a> | <a>X</a> | <a>Email</a></p>",
        "",
        "<div><h3>You may also like</h3><ul><li><a href='/y1'>Fennick pub wins cask award</a></li>"
        "<li><a href='/y2'>Marsh ferry timetable changes</a></li></ul></div>",
    ),
}


@pytest.mark.parametrize("style", sorted(GLUED))
def test_glued_short_page_loses_its_furniture(style: str) -> None:
    top, middle, after = GLUED[style]
    art = extract_article(_short_page(top, middle, after), f"https://clarion.example/news/fennick-{style}")
    assert art.text.split("\n") == SHORT, art.text


def test_glued_line_is_cut_only_where_the_page_has_blocks() -> None:
    from lxml.html import document_fromstring

    tree = document_fromstring(_short_page(*GLUED["form-box"]))
    blocks = article_blocks(tree)
    glued = " ".join(blocks[0])
    assert may_be_glued(glued)
    assert unglue(glued, blocks).split("\n") == blocks[0]
    # a line that is not the article's text, or only part of it, is left whole
    other = SHORT[0] + " " + SHORT[1] + " And a sentence the page does not hold."
    assert unglue(other, blocks) == other
    assert unglue(" ".join(blocks[0][:-1]) + " Sign me", blocks) == " ".join(blocks[0][:-1]) + " Sign me"
    # a body of many lines is not read again
    assert not may_be_glued("\n".join(["x" * 120] * 4))


LONG = [
    "Fares on the Quayside ferry will stay at 3.20 crowns until the end of March, the harbour board said "
    "on Wednesday, after a winter in which passenger numbers fell by a fifth.",
    "The board had planned a rise of eight percent from December to pay for a new engine on the older of "
    "its two boats, the Marta Lind, which has been out of service twice since the summer.",
    "Instead the engine will be paid for from the board's reserves, its chair, Ilse Brandvold, told a "
    "meeting at the ferry terminal that was attended by about forty residents.",
    "The board will look at fares again in the spring, when it publishes its accounts for the year.",
]


def _long_page(
    top: str, middle: str, after: str, *, paras: list[str] = LONG, author: str = "Tomas Ardent"
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + middle + "".join(f"<p>{p}</p>" for p in paras[2:])
    return (
        "<html><head><title>Ferry fares frozen for winter | The Quayside Courier</title>"
        f"<meta property='og:type' content='article'><meta name='author' content='{author}'></head><body>"
        "<header><a href='/'>The Quayside Courier</a><nav><a href='/news'>News</a></nav></header>"
        f"<main><article><h1>Ferry fares frozen for winter</h1>{top}{body}{after}</article></main>"
        "<footer>The Quayside Courier</footer></body></html>"
    )


LONG_PAGES = {
    # a French byline with "09h30", an inline share bar, a link list, a pitch box without a sign-up word
    "french-byline-pitch": (
        "<div class='byline'>Tomas Ardent | 5 novembre 2026 à 09h30</div>"
        "<div class='tools'>Share <a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>Email</a></div>",
        "<div class='related'><h3>You may also like</h3><ul><li><a href='/a'>Harbour lights switched on early"
        "</a></li><li><a href='/b'>Lifeboat crew honoured at gala</a></li></ul></div>",
        "<div class='nl'><h4>The Morning Tide</h4><p>Our best stories, delivered every morning.</p>"
        "<a class='btn' href='/newsletters'>Subscribe</a></div>",
    ),
    # a Spanish date after a slash; related headlines as paragraphs of links under a bold label
    "related-paragraphs": (
        "<p>Tomas Ardent / 5 de noviembre de 2026, 09:30</p>",
        "<p><strong>Related stories</strong></p><p><a href='/c'>Harbour board names new chair</a></p>"
        "<p><a href='/d'>Ferry terminal cafe to reopen</a></p>",
        "",
    ),
    # a share row as a paragraph between paragraphs, "Most read" after the story
    "share-row-inside": (
        "<p>By Tomas Ardent, Transport Correspondent</p>",
        "<p>Share this article: <a>Facebook</a> | <a>X</a> | <a>Copy link</a></p>",
        "<div><h2>Most read</h2><p><a href='/e'>Ring road lane closures this week</a></p></div>",
    ),
}


@pytest.mark.parametrize("style", sorted(LONG_PAGES))
def test_furniture_between_and_after_paragraphs_is_dropped(style: str) -> None:
    top, middle, after = LONG_PAGES[style]
    art = extract_article(_long_page(top, middle, after), f"https://courier.example/news/ferry-{style}")
    assert art.text.split("\n") == LONG, art.text


def test_short_paragraphs_keep_a_french_byline_and_a_pitch_box_out() -> None:
    # Short paragraphs: trafilatura keeps the byline line and the box's heading and pitch
    # (it drops the box's "Subscribe" link, the only sign-up word in it).
    paras = [
        "Fares on the Quayside ferry will stay at 3.20 crowns until March, the harbour board said on Wednesday.",
        "Readers can share their views at the meeting on Thursday evening.",
        "The board had planned a rise of 8 percent.",
    ]
    top, middle, after = LONG_PAGES["french-byline-pitch"]
    art = extract_article(
        _long_page(top, middle, after, paras=paras), "https://courier.example/news/ferry-short"
    )
    assert art.text.split("\n") == paras, art.text


def test_kicker_above_a_byline_and_time_line_and_a_two_sentence_brief_is_stored() -> None:
    # A regional paper's brief: a section kicker, "Name — date, time", two sentences (under
    # MIN_BODY_CHARS once the kicker and byline are gone, as on the audit's bakery page).
    paras = [
        "Crumb & Co, a bakery on Wetherby's Mill Row, has won the county show's prize for the best seeded loaf.",
        "Owner Ansel Fray said the recipe was his aunt's.",
    ]
    html = (
        "<html><head><title>Mill Row bakery wins county prize</title><meta name='author' content='Nell Garside'>"
        "</head><body><main><div class='article'><p class='section-label'>News</p>"
        "<h1 class='headline'>Mill Row bakery wins county prize</h1>"
        "<p class='byline'>Nell Garside &mdash; <time datetime='2026-11-05T09:30'>05 November 2026, 09:30</time>"
        " (UTC+0000)</p><div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></div></main>"
        "<footer>&copy; 2026 The Wetherby Advertiser</footer></body></html>"
    )
    art = extract_article(html, "https://advertiser.example/news/bakery-prize")
    assert art.text.split("\n") == paras, art.text
    # ... but a page with no more than that, and nothing around it, is still refused
    with pytest.raises(ExtractionError):
        extract_article(
            f"<html><body><p>{paras[1]}</p></body></html>", "https://advertiser.example/news/too-short"
        )


LOOKALIKES = [
    "Marta Quell — who has run the ferry cafe since 1998 — said the frozen fares would bring people back.",
    "She signed up for the harbour board's boatmaster course in 2019, and by the spring she was teaching it.",
    "Readers can share their views at the meeting on Thursday evening in the terminal hall.",
    "Related stories about the engine ran in the Courier twice this summer, and the board answered neither.",
    "Residents who subscribe to the board's text alerts were told of the decision on Monday.",
    "Our news team was at the terminal every day of the strike.",
    "More on this story will follow when the board meets again in the spring.",
]


def test_lookalike_sentences_stay() -> None:
    paras = [LONG[0], *LOOKALIKES, LONG[1]]
    html = _long_page("<p class='byline'>By Tomas Ardent</p>", "", "", paras=paras)
    art = extract_article(html, "https://courier.example/news/ferry-lookalikes")
    assert art.text.split("\n") == paras, art.text


def test_paragraph_after_a_related_heading_stays() -> None:
    # The heading goes; the paragraph after it is prose (ends a sentence), so it stays, and
    # the headline-like lines are only taken up to the first such paragraph.
    middle = "<h3>Related</h3><p><a href='/f'>Ferry strike ends after talks</a></p>"
    art = extract_article(_long_page("", middle, ""), "https://courier.example/news/ferry-related-prose")
    assert art.text.split("\n") == LONG, art.text
    assert "Ferry strike ends" not in art.text


def test_name_and_dash_first_paragraph_of_a_brief_stays() -> None:
    paras = [
        "Ilse Brandvold — chair of the harbour board since 2021 — will stand down in March, the board said on "
        "Wednesday.",
        "She has led the board through two strikes, the purchase of its second boat and the rebuilding of the "
        "terminal's north pier.",
    ]
    html = _long_page("", "", "", paras=paras)
    art = extract_article(html, "https://courier.example/news/chair-stands-down")
    assert art.text.split("\n") == paras, art.text


PARA_A = LONG[0]
PARA_B = LONG[1]


@pytest.mark.parametrize(
    "block",
    [
        ["MORE ON THIS STORY", "Harbour board names new chair", "Ferry terminal cafe to reopen"],
        ["Related:", "Harbour board names new chair"],
        ["Mehr zum Thema", "Fähre fährt im Winter seltener", "Neuer Kapitän für die Marta Lind"],
        ["À lire aussi", "Le port ferme le quai nord"],
        ["You May Also Like »", "Lifeboat crew honoured at gala", "Harbour lights switched on early"],
    ],
)
def test_related_block_between_paragraphs_goes(block: list[str]) -> None:
    from plainwire.extract.furniture import drop_furniture

    text = "\n".join([PARA_A, *block, PARA_B])
    assert drop_furniture(text, "", (), frozenset()) == "\n".join([PARA_A, PARA_B])


@pytest.mark.parametrize(
    "line",
    [
        "Share this article Mail Copy link",
        "Share: Facebook | X | Email",
        "Teilen Facebook WhatsApp",
        "Share this story",
        "Facebook Twitter LinkedIn",
    ],
)
def test_share_bar_between_paragraphs_goes(line: str) -> None:
    from plainwire.extract.furniture import drop_furniture

    text = "\n".join([PARA_A, line, PARA_B])
    assert drop_furniture(text, "", (), frozenset()) == "\n".join([PARA_A, PARA_B])


@pytest.mark.parametrize(
    "lines",
    [
        ["The Morning Tide", "Our best stories, delivered every morning."],
        ["Harbour Weekly", "Top headlines in your inbox every Friday"],
        ["Get the Trumpet Daily", "The best of Tarnby, straight to your inbox.", "Sign me up"],
    ],
)
def test_newsletter_box_without_a_form_goes(lines: list[str]) -> None:
    from plainwire.extract.furniture import drop_furniture

    text = "\n".join([PARA_A, PARA_B, *lines])
    assert drop_furniture(text, "", (), frozenset()) == "\n".join([PARA_A, PARA_B])


@pytest.mark.parametrize(
    "line",
    [
        "Print",
        "Share",
        "Share prices of the ferry company rose after the announcement.",
        "The news was delivered by the harbour master every morning.",
        "Our news team was at the terminal every day.",
        "Related research by the harbour college found the same pattern in two other ports.",
        "Most read of all the board's papers was the engineer's report on the Marta Lind.",
    ],
)
def test_lookalike_lines_between_paragraphs_stay(line: str) -> None:
    from plainwire.extract.furniture import drop_furniture

    text = "\n".join([PARA_A, line, PARA_B])
    assert drop_furniture(text, "", (), frozenset()) == text
