"""Site furniture trafilatura keeps on short pages (150-250 words), where its own heuristics
have little text to weigh: a byline-and-time line above the first paragraph, a newsletter
sign-up box inside or after the story; and photo gallery pages, which are stored but marked
(``schema_type`` ``ImageGallery``) so the Story does not quote their captions. Several house
styles for each, and the near-misses that must be kept. Invented outlets and people;
docs/benchmarks.md, "Furniture on short pages (twelfth session)"."""

from __future__ import annotations

import pytest

from plainwire.extract import GALLERY_TYPE, extract_article, is_gallery_article

PARAS = [
    "Harrowgate council will close the Lindley Street car park for four weeks from Monday so that "
    "its cracked upper deck can be repaired before the winter frosts.",
    "Drivers are being asked to use the station car park instead, where the first two hours will be "
    "free while the work goes on, and a shuttle bus will run every twenty minutes.",
    "The council said the repairs would cost about 180,000 pounds and should be finished before the "
    "Christmas market opens on the first Saturday of December.",
    "Shopkeepers on Lindley Street said they were worried about losing trade in the busiest weeks of "
    "the year, and asked for extra signs on the ring road.",
]
TITLE = "Lindley Street car park to close for repairs"


def _page(
    byline: str,
    *,
    inside: str = "",
    after: str = "",
    author: str | None = "Ines Talbot",
    paras: list[str] = PARAS,
    title: str = TITLE,
) -> str:
    meta = f"<meta name='author' content='{author}'>" if author else ""
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + inside + "".join(f"<p>{p}</p>" for p in paras[2:])
    return (
        f"<html><head><title>{title}</title>{meta}<meta property='og:type' content='article'></head><body>"
        "<header><a href='/'>The Harrowgate Echo</a><nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"</header><main><article><h1>{title}</h1>{byline}{body}{after}</article>"
        "<aside><h2>Most popular</h2><ul><li><a href='/a'>Fair returns to the green</a></li></ul></aside></main>"
        "<footer>Harrowgate Echo, 4 Mill Lane</footer></body></html>"
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def _assert_whole_story(text: str, paras: list[str] = PARAS) -> None:
    assert text.startswith(paras[0]), text[:120]
    assert all(p in text for p in paras)


BYLINES = {
    # name, dash, the time as text (a paper's house style)
    "dash": "<div class='art-info'>Ines Talbot &mdash; 05 November 2026, 09:30</div>",
    # the same with the time in a <time> element trafilatura drops, leaving "Ines Talbot —"
    "dash-time-element": "<p>Ines Talbot &mdash; <time datetime='2026-11-05T09:30'>05 November 2026, 09:30</time></p>",
    # "By", a pipe, an abbreviated month and a zone; no author in the page's metadata
    "by-pipe": "<div><span>By Marta Quell</span> | <span>5 Nov 2026 09:30 GMT</span></div>",
    # name, role, "Updated" and a time of day
    "role-updated": "<div class='top'><strong>Ines Talbot</strong>, Health Correspondent &middot; Updated 09:30</div>",
    # a desk instead of a person, then a comma and a dropped <time>
    "desk-comma": "<p>Newsdesk, <time datetime='2026-11-05T09:30'>5 November 2026, 09:30</time></p>",
    # American order, a.m., and the update time on a line of its own
    "two-lines": "<div>By Ines Talbot, Staff Reporter</div><div>Nov. 5, 2026 9:30 a.m. (UTC+01:00)</div>",
}


@pytest.mark.parametrize("style", sorted(BYLINES))
def test_byline_and_time_line_is_not_the_first_line(style: str) -> None:
    author = "Newsdesk" if style == "desk-comma" else None if style == "by-pipe" else "Ines Talbot"
    art = extract_article(_page(BYLINES[style], author=author), f"https://echo.example/news/{style}")
    _assert_whole_story(art.text)
    for marker in ("Ines Talbot", "Marta Quell", "Newsdesk", "09:30", "Correspondent"):
        assert marker not in art.text


SIGNUP_BOXES = {
    # a heading and a pitch with a bare link, between two paragraphs (no form for pageparts)
    "heading-link-inside": (
        "inside",
        "<h3>Get the Harrowgate Bulletin</h3><p>The day's local news in your inbox at 7am, free. "
        "<a href='/newsletters'>Sign up now</a></p>",
    ),
    # after the story: a box heading naming the newsletter, a pitch, a text input and a button
    "section-after": (
        "after",
        "<section class='x'><h4>The Echo Morning Briefing</h4><p>Subscribe to our newsletter for the day's "
        "top stories, delivered to your inbox every weekday.</p><input type='text' placeholder='Your email'> "
        "<button>Subscribe</button></section>",
    ),
    # one paragraph with a lead-in, inside the body's own markup
    "one-paragraph": (
        "after",
        "<p><strong>Never miss a story:</strong> sign up for the Echo Evening newsletter <a href='/nl'>here</a>.</p>",
    ),
    # a call, a form and small print, after the story
    "form-small-print": (
        "after",
        "<div class='cta'><p><strong>Sign up to our free morning newsletter</strong></p><form>"
        "<input type='email' placeholder='Email address'><button>Sign me up</button></form>"
        "<p>By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>",
    ),
}


@pytest.mark.parametrize("style", sorted(SIGNUP_BOXES))
def test_newsletter_signup_box_is_not_in_the_body(style: str) -> None:
    where, box = SIGNUP_BOXES[style]
    html = _page("<p class='byline'>By Ines Talbot</p>", **{where: box})
    art = extract_article(html, f"https://echo.example/news/box-{style}")
    _assert_whole_story(art.text)
    for marker in ("Bulletin", "newsletter", "Briefing", "inbox", "Sign up", "privacy", "Subscribe"):
        assert marker not in art.text, (marker, art.text)
    assert art.schema_type is None


def test_article_sentences_about_a_newsletter_are_kept() -> None:
    # The story is about a newsletter: its sentences name it, start "Sign-ups", report speech.
    paras = [
        *PARAS[:2],
        "Residents can sign up for the council's new flood-alert newsletter at the library or on its website.",
        "Sign-ups to the newsletter doubled after the October floods, the librarian said.",
        "Get the car park's opening hours from the council's website before you travel, a spokesman advised.",
    ]
    art = extract_article(_page("", paras=paras), "https://echo.example/news/flood-newsletter")
    _assert_whole_story(art.text, paras)


@pytest.mark.parametrize(
    "first",
    [
        # a quotation opening with the speaker's name and a dash (she is also the author)
        "Ines Talbot \u2014 \u201cwe will not close the ward\u201d \u2014 told the meeting on 5 November "
        "that the council had run out of options.",
        # a person and a dash, then prose with a date in it
        "Marta Quell \u2014 the baker who fed the rescue crews \u2014 was given the freedom of the town on 5 November.",
        # a dateline opening the first paragraph
        "HARROWGATE, 5 November 2026 \u2014 The council will close the Lindley Street car park for four weeks.",
    ],
)
def test_first_paragraph_starting_with_a_name_and_a_dash_is_kept(first: str) -> None:
    paras = [first, *PARAS[1:]]
    art = extract_article(_page("", paras=paras), "https://echo.example/news/name-dash")
    _assert_whole_story(art.text, paras)


def test_one_paragraph_brief_is_kept_whole() -> None:
    brief = (
        "Ines Talbot \u2014 Harrowgate's lifeboat was called out twice on Tuesday, first to a yacht with a "
        "fouled propeller off Sandle Point and then to two walkers cut off by the tide at Crane Bay; "
        "nobody was hurt, the station said."
    )
    art = extract_article(_page("", paras=[brief]), "https://echo.example/news/lifeboat-brief")
    assert _flat(art.text) == brief


CAPTIONS = [
    "Children from Weirside primary school launch the first paper boats from the steps below the old weir.",
    "A lantern shaped like the Corn Mill waterwheel took the model engineering club three weeks to build.",
    "Crowds on the Packhorse Bridge watch the lanterns pass underneath shortly after dusk.",
    "Volunteers in kayaks gather stray lanterns that drift into the reeds near the tannery wall.",
]


def _gallery(title: str, captions_markup: str, extra_head: str = "") -> str:
    return (
        f"<html><head><title>{title}</title>{extra_head}</head><body><header><a href='/'>Wendmouth Chronicle</a>"
        f"</header><main><article><h1>{title}</h1><p>Photographs by Tamsin Orr &middot; 1 November 2026</p>"
        f"{captions_markup}</article></main></body></html>"
    )


FIGURES = "".join(
    f"<figure><img src='/{i}.jpg' alt=''><figcaption>{c} <span class='credit'>Photograph: Tamsin Orr</span>"
    "</figcaption></figure>"
    for i, c in enumerate(CAPTIONS)
)
CAPTION_PARAS = "".join(
    f"<div class='slide'><img src='/{i}.jpg' alt=''><p>{c}</p></div>" for i, c in enumerate(CAPTIONS)
)


@pytest.mark.parametrize(
    ("title", "url", "markup", "head"),
    [
        # title label and figcaptions (trafilatura drops these: the captions come back)
        ("In pictures: Lantern night on the Wend", "https://chron.example/news/lanterns", FIGURES, ""),
        # the label closing the title, captions as paragraphs, a neutral URL
        ("Lantern night on the Wend in pictures", "https://chron.example/news/lanterns-2", CAPTION_PARAS, ""),
        # only the slug says so
        (
            "Lantern night on the Wend",
            "https://chron.example/news/lantern-night-in-photos",
            CAPTION_PARAS,
            "",
        ),
        # only the page's schema.org type says so
        (
            "Lantern night on the Wend",
            "https://chron.example/news/lanterns-3",
            FIGURES,
            '<script type="application/ld+json">{"@type": "ImageGallery", "name": "Lantern night"}</script>',
        ),
    ],
)
def test_gallery_is_stored_but_marked(title: str, url: str, markup: str, head: str) -> None:
    art = extract_article(_gallery(title, markup, head), url)
    assert art.schema_type == GALLERY_TYPE and is_gallery_article(art.schema_type)
    assert CAPTIONS[0] in art.text and CAPTIONS[-1] in art.text  # stored: clustering and search use it
    assert "Photograph: Tamsin" not in art.text
    assert not art.text.startswith(title) and "1 November 2026" not in art.text  # no title, no dateline


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Council opens new art gallery on the quay", "https://chron.example/news/council-opens-art-gallery"),
        (TITLE, "https://chron.example/news/car-park-photos-show-cracks"),
    ],
)
def test_article_with_photos_is_not_a_gallery(title: str, url: str) -> None:
    art = extract_article(_page("", after=FIGURES, title=title), url)
    assert art.schema_type is None and not is_gallery_article(art.schema_type)
    _assert_whole_story(art.text)
    assert CAPTIONS[0] not in art.text  # an article's photo captions stay out of its body
