"""Lines a site repeats on its pages are furniture (store/repeats.py, docs/operations.md
"Lines a site repeats on its pages"): one outlet, pages of several events sharing a plain
``<p>`` line, through `plainwire run --once` and the pipeline API, on a real SQLite store.

Every text here (Tidewater Post, Carrow Bay, Eastmere, ...) is invented for these tests.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from plainwire.errors import ConfigError
from plainwire.models import Article, article_id_for
from plainwire.pipeline import PassReport
from plainwire.settings import load_config
from plainwire.store import Store
from plainwire.store.repeats import REPEAT_SLACK, REPEAT_WINDOW, line_keys, site_key, unrelated
from tests.conftest import SiteServer
from tests.ops.helpers import make_pipeline, rss
from tests.test_end_to_end import plainwire

PRINTER = "The Tidewater Post is printed on recycled paper at the Saltmarsh works."
BACKGROUND = (
    "The Carrow Bay channel was last dredged in 2009, when the harbour board spent 4 million "
    "florins on the work."
)
PIECES = {
    "dredging-starts": (
        "Dredging of the Carrow Bay channel begins",
        [
            "Dredgers began deepening the Carrow Bay channel on Monday so that larger cargo ships "
            "can reach the harbour at low tide, the Carrow harbour board said.",
            PRINTER,
            "Harbour master Edda Quill said the channel would be deepened by two metres over six weeks.",
            BACKGROUND,
        ],
    ),
    "dredging-halted": (
        "Carrow Bay dredging halted after a cable is found",
        [
            "Dredging of the Carrow Bay channel was halted on Thursday after the dredgers struck an old "
            "telegraph cable, the Carrow harbour board said.",
            PRINTER,
            "Harbour master Edda Quill said the channel work would resume once the cable is lifted.",
            BACKGROUND,
        ],
    ),
    "library-reopens": (
        "Eastmere library reopens after a year of repairs",
        [
            "The Eastmere public library reopened on Saturday after a year of roof repairs that cost "
            "the town 800,000 florins.",
            PRINTER,
            "Librarian Tomas Vell said 3,000 books damaged by the leaking roof had been replaced.",
        ],
    ),
    "race-won": (
        "Ines Marl wins the Saltcoast cycle race",
        [
            "Ines Marl won the Saltcoast cycle race on Sunday, finishing the 140-kilometre course in "
            "three hours and 52 minutes.",
            "Marl broke away from the leading group on the final climb above Gullhaven.",
            PRINTER,
        ],
    ),
}


def _page(title: str, paragraphs: list[str], published: datetime) -> tuple[str, bytes]:
    """A plain article page: every line a bare <p>, the repeated one included."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    doc = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="article:published_time" content="{published.isoformat()}"></head>'
        f"<body><article><h1>{html.escape(title)}</h1>{paras}</article></body></html>"
    )
    return "text/html; charset=utf-8", doc.encode()


def _serve(site: SiteServer, slugs: list[str], t0: datetime) -> None:
    items = []
    for n, slug in enumerate(slugs):
        title, paras = PIECES[slug]
        when = t0 + timedelta(hours=6 * n)
        site.pages[f"/post/{slug}.html"] = _page(title, paras, when)
        items.append((f"{site.base}/post/{slug}.html", title, when))
    site.pages["/post/feed.xml"] = rss("Tidewater Post", items)


def _stored(home: Path) -> dict[str, tuple[str, list[str], str | None]]:
    """slug -> (stored text, lines kept aside as repeated, story id)."""
    store = Store(home / "plainwire.sqlite3")
    try:
        out = {}
        for sa in store.iter_articles():
            slug = sa.article.url.rsplit("/", 1)[-1].removesuffix(".html")
            out[slug] = (sa.article.text, store.repeated_lines(sa.article.id), sa.story_id)
        return out
    finally:
        store.close()


def test_a_line_on_every_page_of_an_outlet_leaves_its_texts_and_stories(
    site_server: SiteServer, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    slugs = list(PIECES)
    _serve(site_server, slugs[:1], t0)
    plainwire(home, "sources", "add", site_server.base + "/post/feed.xml", "--name", "Tidewater Post")
    plainwire(home, "run", "--once")
    first = _stored(home)
    # One page: no history yet, so the line is the page's own and stays.
    assert PRINTER in first["dredging-starts"][0] and first["dredging-starts"][1] == []

    _serve(site_server, slugs, t0)
    plainwire(home, "run", "--once")
    after = _stored(home)
    assert set(after) == set(PIECES)
    for slug, (text, kept, _sid) in after.items():
        assert PRINTER not in text, slug  # the first page's text is cleaned too
        assert kept == [PRINTER], slug  # ... and nothing stored is lost
    # The background paragraph the two dredging reports share names the event: it stays.
    assert BACKGROUND in after["dredging-starts"][0] and BACKGROUND in after["dredging-halted"][0]
    store = Store(home / "plainwire.sqlite3")
    try:
        for sid in {sid for _t, _k, sid in after.values()}:
            assert sid is not None
            story = store.get_story(sid)
            assert story is not None and story.synthesis is not None
            assert "recycled paper" not in json.dumps(story.synthesis), sid
        assert store.dirty_stories() == []  # every story cleaned was synthesised again
    finally:
        store.close()


def _article(slug: str, published: datetime) -> Article:
    title, paras = PIECES[slug]
    url = f"http://post.invalid/{slug}.html"
    return Article(
        article_id_for(url), title, "\n".join(paras), url=url, source="Tidewater Post", published=published
    )


def test_a_page_fetched_again_compares_equal_and_the_signal_can_be_turned_off(tmp_path: Path) -> None:
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    arts = [_article(slug, t0 + timedelta(hours=6 * n)) for n, slug in enumerate(PIECES)]
    pipeline, _ = make_pipeline(tmp_path / "on")
    pipeline.add_articles(arts, PassReport())
    for art in arts:
        assert pipeline.store.repeated_lines(art.id) == [PRINTER]
    # The same raw page again (a revisit): cleaned as stored, so nothing changed.
    report = PassReport()
    pipeline.add_articles([arts[0]], report)
    assert report.articles_unchanged == 1 and report.articles_updated == 0
    pipeline.close()
    pipeline.store.close()

    off, _ = make_pipeline(tmp_path / "off", repeat_min_pages=0)
    off.add_articles(arts, PassReport())
    stored = off.store.get_article(arts[0].id)
    assert stored is not None and PRINTER in stored.article.text
    assert off.store.count("articles") == 4
    assert off.store.conn.execute("SELECT COUNT(*) FROM site_lines").fetchone()[0] == 0
    off.close()
    off.store.close()


def test_two_pages_of_one_story_keep_a_line_that_names_their_event(tmp_path: Path) -> None:
    """Only the two dredging reports: the shared background paragraph and the printer's line
    are both on two pages of one story; the background names Carrow Bay (named again in the
    texts) and stays; the printer's line names nothing the texts say and goes."""
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    arts = [_article("dredging-starts", t0), _article("dredging-halted", t0 + timedelta(hours=6))]
    pipeline, _ = make_pipeline(tmp_path / "home")
    pipeline.add_articles(arts, PassReport())
    a, b = (pipeline.store.get_article(x.id) for x in arts)
    assert a is not None and b is not None and a.story_id == b.story_id
    for sa in (a, b):
        assert BACKGROUND in sa.article.text and PRINTER not in sa.article.text
    pipeline.close()
    pipeline.store.close()


def test_rules_of_the_signal() -> None:
    assert site_key("Tidewater  Post", "https://a.example/x") == site_key(
        "tidewater post", "https://b.example/y"
    )
    assert (
        site_key("", "https://www.post.example/x")
        == site_key("", "https://post.example/y")
        == "h:post.example"
    )
    assert site_key("", "https://post.example/x") != site_key("Post", "https://post.example/x")
    keys = line_keys("Same  line.\nsame line.\n2009\n" + " ".join(["word"] * 41))
    assert len(keys) == 1  # case and spaces aside one line; no letters or over 40 words: never furniture
    assert unrelated(PRINTER, ["\n".join(PIECES["race-won"][1])])
    assert not unrelated(BACKGROUND, ["\n".join(PIECES["dredging-halted"][1])])


def test_the_window_bounds_each_sites_lines(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    for n in range(REPEAT_WINDOW + REPEAT_SLACK + 1):
        store.note_lines("n:busy", f"a{n}", {n, 10**9}, float(n))
    store.note_lines("n:quiet", "q0", {1}, 0.0)
    pages = dict(store.conn.execute("SELECT site, COUNT(*) FROM site_pages GROUP BY site").fetchall())
    assert pages == {"n:busy": REPEAT_WINDOW, "n:quiet": 1}
    oldest = store.conn.execute("SELECT MIN(seen_at) FROM site_pages WHERE site = 'n:busy'").fetchone()[0]
    assert oldest == REPEAT_SLACK + 1  # the oldest pages went, with their lines
    lines = store.conn.execute("SELECT COUNT(*) FROM site_lines WHERE site = 'n:busy'").fetchone()[0]
    assert lines == 2 * REPEAT_WINDOW
    store.close()


def test_one_page_is_no_repetition_and_the_setting_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="repeat_min_pages"):
        load_config(tmp_path, {"repeat_min_pages": 1})
    assert load_config(tmp_path, {"repeat_min_pages": 0}).repeat_min_pages == 0
