"""Limits of the cleaning steps the golden pages brought in (tests/extract/test_golden.py):
each case is a page where the step must NOT fire. The first three are shapes on which an
earlier version of a step cut real text on the public benchmark (docs/benchmarks.md,
"Golden pages (fifth session)")."""

from __future__ import annotations

from plainwire.extract import extract_article

PARAS = [
    "The ferry company said on Monday that the winter timetable would start two weeks later than planned this year.",
    "Islanders had asked for the change after two storms in October cut the service for several days at a time.",
    "The later start means the summer evening sailing will run until the middle of November for the first time.",
    "A spokesperson said the company would review the arrangement in the spring with the community council.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAS)


def _page(article: str, extra: str = "", title: str = "Winter ferry timetable delayed") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{article}</article>{extra}</body></html>"
    )


def test_send_to_a_friend_form_repeating_the_lead_keeps_the_lead() -> None:
    # An e-mail form with a message box is a "share by e-mail" layer, not a sign-up box;
    # it quotes the lead, which must stay in the body.
    share = (
        "<div class='share-layer'><p>" + PARAS[0] + "</p><form action='/share'>"
        "<input type='email' name='to'><textarea name='message'></textarea><button>Send</button></form></div>"
    )
    art = extract_article(_page(BODY, share), "https://ferry-news.example/news/timetable")
    assert art.text.startswith(PARAS[0])


def test_unspaced_first_paragraph_is_not_a_label() -> None:
    # Chinese and Japanese paragraphs have no spaces: "three words at most" alone would
    # take a whole paragraph for a kicker.
    first = "记者从渡轮公司获悉，冬季时刻表将比原计划推迟两周开始实施，岛上居民此前曾多次提出这一要求。"
    html = _page(f"<p>{first}</p>" + BODY)
    art = extract_article(html, "https://ferry-news.example/news/timetable-zh")
    assert art.text.startswith(first)


def test_teaser_captions_are_not_gallery_captions() -> None:
    # Related-story teasers with captioned pictures, on a page that is not a gallery.
    teasers = "".join(
        f"<div class='teaser'><a href='/news/{i}'><figure><img src='/{i}.jpg'>"
        f"<figcaption>Other story number {i} about the harbour and its boats this week</figcaption></figure></a></div>"
        for i in range(5)
    )
    art = extract_article(_page(BODY, teasers), "https://ferry-news.example/news/timetable")
    assert "Other story" not in art.text
    # ... nor on a gallery page: a caption inside a link belongs to another story.
    art = extract_article(_page(BODY, teasers), "https://ferry-news.example/gallery/ferry-day")
    assert "Other story" not in art.text


def test_few_photo_captions_stay_out_of_a_gallery_body() -> None:
    figures = "".join(
        f"<figure><img src='/{i}.jpg'><figcaption>Pier {i}.</figcaption></figure>" for i in range(3)
    )
    art = extract_article(_page(BODY + figures), "https://ferry-news.example/in-pictures/pier")
    assert "Pier 0." not in art.text  # 24 characters of captions against a 430-character body


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    first = "By the time the last ferry left, the queue of cars stretched back past the harbour office."
    html = _page(f"<p>{first}</p>" + BODY).replace(
        "<title>", "<meta name='author' content='Rona Tulloch'><title>"
    )
    art = extract_article(html, "https://ferry-news.example/news/queue")
    assert art.text.startswith(first)


def test_data_table_in_an_article_is_left_a_table() -> None:
    table = (
        "<table><tr><th>Route</th><th>First sailing</th></tr><tr><td>Port Annis</td><td>06:30</td></tr>"
        "<tr><td>Tobhta</td><td>07:10</td></tr></table>"
    )
    art = extract_article(_page(BODY + table), "https://ferry-news.example/news/times")
    assert "Port Annis" in art.text and PARAS[-1] in art.text


def test_credit_words_inside_the_last_paragraph_stay() -> None:
    last = "Reporting by local volunteers helped the council map the flooded streets, the report said."
    art = extract_article(_page(BODY + f"<p>{last}</p>"), "https://ferry-news.example/news/floods")
    assert art.text.endswith(last)


def test_author_names_elsewhere_on_the_page_are_not_bylined() -> None:
    byline = "<div class='byline'>By <span class='author-name'>Rona Tulloch</span></div>"
    writers = (
        "<aside><h3>Our writers</h3><ul>"
        + "".join(
            f"<li><div><span class='author-name'>Writer {n}</span></div></li>" for n in ("Ames", "Bell")
        )
        + "</ul></aside>"
    )
    art = extract_article(_page(byline + BODY, writers), "https://ferry-news.example/news/timetable")
    assert "Writer Ames" not in art.authors
