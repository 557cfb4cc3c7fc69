"""Server-rendered pages over a real store file (in-process client)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from plainwire.publish.timefmt import relative
from tests.publish.htmlcheck import audit
from tests.publish.newsroom_store import Newsroom


def _main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def _text(html: str) -> str:
    return " ".join("".join(audit(html).text).split())


def test_story_page_has_every_part_in_order(client: TestClient, newsroom: Newsroom) -> None:
    r = client.get(f"/story/{newsroom.slugs['tram']}")
    assert r.status_code == 200
    main = _main(r.text)
    text = _text(main)
    # The exact layout: updated, published, headline, label, Highlights, Story, Opinions, Sources, end.
    order = [
        "Sep 29, 2025, 12:46 AM",  # updated: newest article
        "Sep 28, 2025, 10:20 PM",  # published: first article (of the merged-in story)
        "Harborview council approves Larkspur tram line",
        "Measured",
        "Highlights",
        "Story",
        "Opinions",
        "Sources",
        "You've reached the end",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions), list(zip(order, positions, strict=True))
    assert main.count("<li>", main.index('id="h-highlights"'), main.index('id="h-story"')) == 3
    # datetime attributes carry exact UTC for the localising script
    assert 'datetime="2025-09-29T00:46:00Z"' in main and 'title="2025-09-29 00:46:00 UTC"' in main


def test_evidence_said_only_in_a_quotation_is_shown_as_quoted(client: TestClient, newsroom: Newsroom) -> None:
    # analyze marks a phrase found only inside a quotation (" (quoted)", models.QUOTED_MARK);
    # the page shows the phrase in quotation marks and says it was quoted.
    main = _main(client.get(f"/story/{newsroom.slugs['drought']}").text)
    assert "<q>catastrophic</q>, <q>reckless</q> (quoted)" in main
    assert "reckless (quoted)</q>" not in main
    # the note naming the loaded outlets is a statement about the coverage, not a quoted phrase
    note = "loaded language in 1 of 2 outlets: Valley Times"
    assert f'<span class="outlets-note">{note}</span>; <q>catastrophic</q>' in main
    assert f"<q>{note}</q>" not in main


def test_story_sentences_carry_provenance(client: TestClient, newsroom: Newsroom) -> None:
    main = _main(client.get(f"/story/{newsroom.slugs['tram']}").text)
    story = main[main.index('id="h-story"') : main.index('id="h-opinions"')]
    sents = re.findall(r'<span class="sent" tabindex="0" aria-describedby="(prov-\d+)">', story)
    assert len(sents) == 3
    for pid in sents:
        assert f'role="tooltip" id="{pid}"' in story
    tip = story[story.index('id="prov-2"') :]
    assert "Coastal Daily" in tip.split("</span></span></span>")[0]
    assert "https://coastaldaily.example/tram/20" in tip.split("</span></span></span>")[0]


def test_opinion_kept_out_of_story_and_listed(client: TestClient, newsroom: Newsroom) -> None:
    main = _main(client.get(f"/story/{newsroom.slugs['tram']}").text)
    story = main[main.index('id="h-story"') : main.index('id="h-opinions"')]
    opinions = main[main.index('id="h-opinions"') : main.index('id="h-sources"')]
    assert "cheapest way" not in story
    assert "The tram is a bet Harborview can afford" in opinions
    assert "Coastal Daily" in opinions and "cheapest way to move a growing city" in opinions


def test_sources_and_coverage_line(client: TestClient, newsroom: Newsroom) -> None:
    main = _main(client.get(f"/story/{newsroom.slugs['tram']}").text)
    sources = main[main.index('id="h-sources"') :]
    assert "Covered by 3 outlets in 5 articles." in _text(sources)
    for outlet in ("Northern Ledger", "Coastal Daily", "Valley Times"):
        assert f">{outlet}</a></h3>" in sources
    assert 'href="https://valleytimes.example/tram/46"' in sources
    assert "Sep 29, 2025, 12:20 AM" in sources


def test_merged_story_redirects_permanently(client: TestClient, newsroom: Newsroom) -> None:
    r = client.get(f"/story/{newsroom.slugs['tram-dup']}")
    assert r.status_code == 301
    assert r.headers["location"] == f"/story/{newsroom.slugs['tram']}"
    assert client.get(f"/story/{newsroom.stories['tram-dup']}").status_code == 301


def test_unknown_story_is_404_page(client: TestClient) -> None:
    r = client.get("/story/no-such-story")
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]
    assert "<h1>Not found</h1>" in r.text


def test_front_page_newest_first_and_paging_to_the_end(client: TestClient, newsroom: Newsroom) -> None:
    seen: list[str] = []
    url = "/"
    for _ in range(10):
        r = client.get(url)
        assert r.status_code == 200
        seen += re.findall(r'<a href="/story/([^"]+)">', _main(r.text).split('class="topics"')[0])
        nxt = re.search(r'<a href="([^"]+)" rel="next">', r.text)
        if not nxt:
            assert "You've reached the end" in r.text
            break
        url = nxt.group(1).replace("&amp;", "&")
    else:
        raise AssertionError("paging never ended")
    live = [k for k in newsroom.slugs if k != "tram-dup"]
    assert sorted(seen) == sorted(newsroom.slugs[k] for k in live)  # all, once each
    assert seen[:3] == [newsroom.slugs["tram"], newsroom.slugs["xss"], newsroom.slugs["drought"]]
    assert newsroom.slugs["tram-dup"] not in seen


def test_front_page_shows_label_and_highlights(client: TestClient) -> None:
    main = _main(client.get("/").text)
    first = main[main.index('class="card"') :].split("</article>")[0]
    assert '<span class="label">Measured</span>' in first
    assert first.count("<li>") == 3 and "nine to four" in first
    # lists show relative time (older than a month: the date), exact UTC on hover
    m = re.search(
        r'<time class="rel" datetime="2025-09-29T00:46:00Z" title="2025-09-29 00:46:00 UTC">([^<]+)</time>',
        first,
    )
    assert m and m.group(1) == relative(datetime(2025, 9, 29, 0, 46, tzinfo=UTC))


def test_label_filter(client: TestClient, newsroom: Newsroom) -> None:
    main = _main(client.get("/?label=Provocative").text)
    assert newsroom.slugs["drought"] in main
    assert newsroom.slugs["tram"] not in main


def test_search_page_finds_stories_and_articles(client: TestClient, newsroom: Newsroom) -> None:
    main = _main(client.get("/search", params={"q": "reservoirs"}).text)
    stories = main[: main.index('id="h-ra"')]
    articles = main[main.index('id="h-ra"') :]
    assert newsroom.slugs["drought"] in stories  # matched through its article text
    assert "Catastrophic drought forces water cuts" in articles
    assert "No stories match." in _main(client.get("/search", params={"q": "zeppelin"}).text)


def test_outlet_and_outlets_pages(client: TestClient) -> None:
    pages, url = [], "/outlet/Northern%20Ledger"
    while url:
        r = client.get(url)
        assert r.status_code == 200
        pages.append(_main(r.text))
        nxt = re.search(r'<a href="([^"]+)" rel="next">', r.text)
        url = nxt.group(1) if nxt else ""
    assert len(pages) == 2 and "You've reached the end" in pages[-1]
    joined = "".join(pages)
    assert "Harborview approves tram line after long debate" in joined and "Branch 24 opens Sundays" in joined
    assert "Tram vote passes in Harborview" not in joined  # another outlet's article
    assert client.get("/outlet/Nobody%20Gazette").status_code == 404
    outlets = client.get("/outlets").text
    assert "failing (1 in a row)" in outlets  # Valley Times' failed poll
    assert 'href="/sources.opml"' in outlets


def test_topic_pages(client: TestClient, newsroom: Newsroom) -> None:
    story = client.get(f"/story/{newsroom.slugs['drought']}").text
    assert 'href="/topic/ostrava-valley"' in story
    topic = client.get("/topic/ostrava-valley")
    assert topic.status_code == 200
    assert newsroom.slugs["drought"] in topic.text and newsroom.slugs["tram"] not in topic.text
    assert "Pinecrest" in client.get("/topics").text  # recurs in many headlines


def test_etag_and_last_modified_give_304(client: TestClient, newsroom: Newsroom) -> None:
    for url in (f"/story/{newsroom.slugs['tram']}", "/", "/search?q=tram"):
        r = client.get(url)
        etag = r.headers["etag"]
        assert r.headers.get("last-modified") or url.startswith("/search")
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    story = client.get(f"/story/{newsroom.slugs['tram']}")
    lm = client.get(
        f"/story/{newsroom.slugs['tram']}", headers={"If-Modified-Since": story.headers["last-modified"]}
    )
    assert lm.status_code == 304


def test_security_headers(client: TestClient, newsroom: Newsroom) -> None:
    for url in ("/", f"/story/{newsroom.slugs['tram']}", "/api/v1/stories", "/nope"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff"


def test_pages_are_accessible_structure(client: TestClient, newsroom: Newsroom) -> None:
    for url in ("/", f"/story/{newsroom.slugs['tram']}", "/search?q=tram", "/outlets", "/topics"):
        html = client.get(url).text
        a = audit(html)
        assert a.tags.count("main") == 1 and "header" in a.tags and "footer" in a.tags and "nav" in a.tags
        assert a.tags.count("h1") == 1, url
        assert '<html lang="en">' in html and 'name="viewport"' in html
        assert 'class="skip" href="#main"' in html


def test_healthz(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


def test_head_is_answered_like_get_without_body(client: TestClient, newsroom: Newsroom) -> None:
    for url in ("/", f"/story/{newsroom.slugs['tram']}", "/feeds/stories.atom", "/api/v1/stories"):
        get, head = client.get(url), client.head(url)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["etag"] == get.headers["etag"]
        assert head.headers["content-length"] == str(len(get.content))


def test_bad_page_parameters_get_an_html_400(client: TestClient) -> None:
    for url in ("/?cursor=not-a-cursor", "/outlet/Northern%20Ledger?cursor=x1", "/search?q=" + "x" * 600):
        r = client.get(url)
        assert r.status_code == 400, url
        assert r.headers["content-type"].startswith("text/html") and "<h1>Bad request</h1>" in r.text


def test_notes_about_the_page_never_sit_in_the_story_text(client: TestClient, newsroom: Newsroom) -> None:
    main = _main(client.get(f"/story/{newsroom.slugs['drought']}").text)
    story = main[main.index('id="h-story"') : main.index('id="h-opinions"')]
    sources = main[main.index('id="h-sources"') :]
    assert "analysis failed" not in story
    assert "About this page: article drought-1: analysis failed; treated as news." in _text(sources)


def test_note_explains_an_empty_story_in_its_place(tmp_path: Path) -> None:
    from plainwire.publish import create_app
    from plainwire.settings import Config
    from plainwire.store import Store
    from tests.publish.newsroom_store import Piece, add_story

    config = Config(home=tmp_path)
    room = Newsroom(config.db_path)
    with Store(config.db_path) as store:
        add_story(
            store,
            room,
            "columns",
            headline="Two columns on the Larkspur tram fares",
            label="Charged",
            evidence=("outrageous",),
            highlights=[],
            pieces=[
                Piece(
                    "Coastal Daily",
                    "Fares should be free",
                    ["Fares should be free, this column argues."],
                    5,
                    "opinion",
                )
            ],
            notes=("only opinion/analysis pieces (1): no Story or Highlights; see Opinions",),
        )
    with TestClient(create_app(config), follow_redirects=False) as c:
        main = _main(c.get(f"/story/{room.slugs['columns']}").text)
    story = _text(main[main.index('id="h-story"') : main.index('id="h-opinions"')])
    assert "only opinion/analysis pieces (1): no Story or Highlights; see Opinions" in story
    assert "About this page" not in _text(main)
