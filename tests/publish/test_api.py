"""JSON API under /api/v1 over a real store file."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.publish.newsroom_store import Newsroom


def _all_pages(client: TestClient, url: str, key: str, **params: object) -> list[dict]:
    items: list[dict] = []
    cursor = None
    for _ in range(50):
        r = client.get(url, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        items += body[key]
        cursor = body["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("cursor never ended")


def test_stories_cursor_pagination_covers_all_once(client: TestClient, newsroom: Newsroom) -> None:
    stories = _all_pages(client, "/api/v1/stories", "stories", limit=7)
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids)) == len(newsroom.stories) - 1  # the merged story is gone
    updated = [s["updated"] for s in stories]
    assert updated == sorted(updated, reverse=True)
    assert stories[0]["id"] == newsroom.stories["tram"]
    assert stories[0]["highlights"][0].startswith("Harborview's council voted")


def test_stories_filters(client: TestClient, newsroom: Newsroom) -> None:
    by_label = client.get("/api/v1/stories", params={"label": "Provocative"}).json()["stories"]
    assert [s["id"] for s in by_label] == [newsroom.stories["drought"]]
    by_q = client.get("/api/v1/stories", params={"q": "referendum"}).json()["stories"]
    assert [s["id"] for s in by_q] == [newsroom.stories["tram"]]
    by_outlet = _all_pages(client, "/api/v1/stories", "stories", outlet="Valley Times")
    assert {s["id"] for s in by_outlet} == {newsroom.stories[k] for k in ("tram", "drought", "xss")}
    window = client.get(
        "/api/v1/stories", params={"since": "2025-09-28T12:00:00Z", "until": "2025-09-29T00:20:00Z"}
    ).json()["stories"]
    assert [s["id"] for s in window] == [newsroom.stories["xss"], newsroom.stories["drought"]]


def test_one_story_with_provenance(client: TestClient, newsroom: Newsroom) -> None:
    r = client.get(f"/api/v1/stories/{newsroom.stories['tram']}")
    assert r.status_code == 200
    s = r.json()
    assert s["headline"] == "Harborview council approves Larkspur tram line"
    assert s["published"] == "2025-09-28T22:20:00Z" and s["updated"] == "2025-09-29T00:46:00Z"
    assert len(s["provenance"]["story"]) == 3
    ref = s["provenance"]["story"][1]["support"][0]
    assert ref["source"] == "Coastal Daily" and ref["article_id"] in {a["article_id"] for a in s["sources"]}
    assert s["opinions"][0]["source"] == "Coastal Daily"
    assert len(s["sources"]) == 5


def test_merged_story_redirects_in_api(client: TestClient, newsroom: Newsroom) -> None:
    r = client.get(f"/api/v1/stories/{newsroom.stories['tram-dup']}")
    assert r.status_code == 301 and r.headers["location"] == f"/api/v1/stories/{newsroom.stories['tram']}"


def test_articles_list_and_one(client: TestClient, newsroom: Newsroom) -> None:
    arts = _all_pages(client, "/api/v1/articles", "articles", limit=9)
    assert len(arts) == len({a["id"] for a in arts}) == sum(len(v) for v in newsroom.articles.values())
    of_story = _all_pages(client, f"/api/v1/stories/{newsroom.stories['drought']}/articles", "articles")
    assert {a["id"] for a in of_story} == set(newsroom.articles["drought"])
    one = client.get(f"/api/v1/articles/{newsroom.articles['drought'][0]}").json()
    assert "reservoirs" in one["text"] and one["story_id"] == newsroom.stories["drought"]
    assert one["tone"]["label"] == "Provocative"
    found = client.get("/api/v1/articles", params={"q": "reservoirs"}).json()["articles"]
    assert [a["id"] for a in found] == [newsroom.articles["drought"][0]]


def test_sources_have_health_fields(client: TestClient) -> None:
    src = {s["name"]: s for s in client.get("/api/v1/sources").json()["sources"]}
    assert set(src) == {"Northern Ledger", "Coastal Daily", "Valley Times"}
    assert src["Valley Times"]["consecutive_failures"] == 1
    assert src["Valley Times"]["last_error"] == "connection refused"
    assert src["Northern Ledger"]["last_success"] is not None
    assert src["Northern Ledger"]["articles_total"] == 27


def test_health(client: TestClient, newsroom: Newsroom) -> None:
    h = client.get("/api/v1/health").json()
    assert h["status"] == "ok" and h["failing_sources"] == 1
    assert h["counts"]["stories"] == len(newsroom.stories)


def test_errors_use_the_pinned_shape(client: TestClient) -> None:
    for url, status in (
        ("/api/v1/stories/nope", 404),
        ("/api/v1/articles/nope", 404),
        ("/api/v1/stories?limit=0", 422),
        ("/api/v1/stories?since=yesterday", 422),
        ("/api/v1/stories?cursor=%%%", 422),
        ("/api/v1/stories?cursor=1759106760.0", 422),
        ("/api/v1/articles?cursor=1.5_3", 422),  # a story cursor given to articles
        ("/api/v1/nothing-here", 404),
    ):
        r = client.get(url)
        assert r.status_code == status, (url, r.text)
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "input"}, body
        assert body["error"]["message"]
    assert client.get("/api/v1/stories?limit=0").json()["error"]["input"] == "limit"
    assert client.post("/api/v1/stories").status_code == 405


def test_api_etag_304(client: TestClient, newsroom: Newsroom) -> None:
    url = f"/api/v1/stories/{newsroom.stories['tram']}"
    etag = client.get(url).headers["etag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/api/v1/stories", headers={"If-None-Match": etag}).status_code == 200


def test_openapi_schema_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for p in (
        "/api/v1/stories",
        "/api/v1/stories/{story_id}",
        "/api/v1/articles",
        "/api/v1/sources",
        "/api/v1/health",
    ):
        assert p in paths
    assert not any(p.startswith("/story") for p in paths)  # pages are not API


def test_cursor_is_exact_for_sub_microsecond_times(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Articles without a published time are dated by fetch time (full float precision)."""
    from plainwire.publish import create_app
    from plainwire.settings import Config
    from plainwire.store import Store
    from tests.publish.newsroom_store import Newsroom, Piece, add_story

    config = Config(home=tmp_path)
    room = Newsroom(config.db_path)
    with Store(config.db_path) as store:
        for i in range(7):
            add_story(
                store,
                room,
                f"f{i}",
                headline=f"Bridge {i} reopens",
                label="Measured",
                evidence=(),
                highlights=["One.", "Two.", "Three."],
                pieces=[Piece("Town Crier", f"Bridge {i}", [f"Bridge {i} reopened."], i)],
            )
        # fetch-time dating: published unknown, fetched_at = time.time() with sub-microsecond digits
        store.conn.execute(
            "UPDATE articles SET published = NULL, fetched_at = fetched_at + 0.0000004 * rowid"
        )
        for sid in room.stories.values():
            store._refresh_story_counts(store.conn, sid)
        fractional = [r[0] for r in store.conn.execute("SELECT updated FROM stories")]
        assert any(round(u, 6) != u for u in fractional)
    with TestClient(create_app(config)) as client:
        got = _all_pages(client, "/api/v1/stories", "stories", limit=1)
    assert sorted(s["id"] for s in got) == sorted(room.stories.values())
