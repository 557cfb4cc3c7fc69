"""The reader's store queries agree with a brute-force reading of the same store."""

from __future__ import annotations

import re

import pytest

from plainwire.store import Store
from tests.publish.newsroom_store import Newsroom


def _brute_stories(store: Store, query: str) -> list[str]:
    words = [w.lower() for w in re.findall(r"\w+", query)]

    def has(text: str) -> bool:
        toks = {t.lower() for t in re.findall(r"\w+", text)}
        return all(w in toks for w in words)

    rows = store.conn.execute(
        "SELECT id, headline, story, updated, rowid FROM stories WHERE merged_into IS NULL AND synthesized_at IS NOT NULL"
    ).fetchall()
    hits = []
    for r in rows:
        arts = store.conn.execute(
            "SELECT title, text FROM articles WHERE story_id = ?", (r["id"],)
        ).fetchall()
        if has(r["headline"] + " " + r["story"]) or any(has(a["title"] + " " + a["text"]) for a in arts):
            hits.append((r["updated"], r["rowid"], r["id"]))
    return [h[2] for h in sorted(hits, reverse=True)]


@pytest.mark.parametrize(
    "query",
    [
        "tram",
        "Pinecrest",
        "branch Pinecrest",
        "Quarry",
        "referendum",
        "reservoirs",
        "Harborview Larkspur",
        "zeppelin",
    ],
)
def test_search_paths_agree_with_brute_force(newsroom: Newsroom, query: str) -> None:
    with Store(newsroom.path, readonly=True) as store:
        expected = _brute_stories(store, query)
        for cap in (0, 10**9):  # 0: always walk stories newest first; huge: always collect matches
            store._READER_FTS_CAP = cap  # type: ignore[misc]
            got = [r.id for _, r in store.reader_stories(limit=100, query=query)]
            assert got == expected, (cap, query)
            # and page by page through the cursor
            paged, cursor = [], None
            while True:
                page = store.reader_stories(limit=2, query=query, cursor=cursor)
                if not page:
                    break
                paged += [r.id for _, r in page]
                cursor = page[-1][0]
            assert paged == expected, (cap, query)


def test_listing_skips_merged_and_unpublished_across_batches(newsroom: Newsroom, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store(newsroom.path, readonly=True) as store:
        all_ids = [r.id for _, r in store.reader_stories(limit=1000)]
        assert newsroom.stories["tram-dup"] not in all_ids
        paged, cursor = [], None
        while True:
            page = store.reader_stories(limit=3, cursor=cursor)
            if not page:
                break
            paged += [r.id for _, r in page]
            cursor = page[-1][0]
        assert paged == all_ids and len(all_ids) == len(set(all_ids)) == len(newsroom.stories) - 1
