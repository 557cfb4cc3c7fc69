"""Bidi control characters in untrusted text do not reach the reader's pages or feeds.

A right-to-left override (U+202E) left open in a headline reversed the text after it on the
same line (outlet name, date) -- before the fourteenth session it was printed as sent. The
JSON API keeps data verbatim (the client decides how to show it).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from plainwire.models import Article, Outlet, article_id_for
from plainwire.pipeline import PassReport, Pipeline
from plainwire.publish import create_app
from plainwire.settings import load_config
from plainwire.store import Store

RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


def test_bidi_overrides_in_titles_and_names_are_not_printed(tmp_path: Path) -> None:
    config = load_config(tmp_path / "home", {})
    store = Store(config.db_path)
    oid, _ = store.add_outlet(Outlet(f"Gull{RLO} Post", "http://gull.invalid/feed.xml"))
    now = datetime.now(UTC)
    arts = [
        Article(
            id=article_id_for(f"http://gull.invalid/{k}.html"),
            title=f"Gull Rock lighthouse keeper retires{RLO}cod.exe after thirty years {LRI}x{PDI}",
            text=(
                f"The lighthouse keeper of Gull Rock, Ada Fenn{RLO}, retired on Friday after thirty years. "
                "She said she would miss the storms but not the two hundred and ten stairs. "
                f"The light has been automatic since spring and needs no keeper now, the trust said {k}. "
                "A party was held at the harbour hall, with the crew of the supply boat as guests."
            ),
            url=f"http://gull.invalid/{k}.html",
            source=f"Gull{RLO} Post",
            published=now - timedelta(hours=3 - k),
            language="en",
        )
        for k in range(2)
    ]
    pipeline = Pipeline(store, config)
    report = PassReport()
    pipeline.add_articles(arts, report, outlet_id=oid)
    pipeline.synthesize_dirty(report)
    assert report.errors == [] and report.stories_synthesized == 1
    row = store.reader_stories(limit=1)[0][1]
    assert RLO in row.headline  # stored as the outlet sent it
    store.close()

    with TestClient(create_app(config)) as client:
        pages = {
            url: client.get(url)
            for url in (
                "/",
                f"/story/{row.slug}",
                "/search?q=lighthouse",
                "/feeds/stories.atom",
                "/feeds/search.atom?q=lighthouse",
                "/outlets",
            )
        }
        for url, r in pages.items():
            assert r.status_code == 200, url
            assert not {RLO, LRI, PDI} & set(r.text), url
        assert "Gull Rock lighthouse keeper retires" in pages[f"/story/{row.slug}"].text
        api = client.get(f"/api/v1/stories/{row.id}").json()
        assert RLO in api["headline"]  # the API is verbatim
