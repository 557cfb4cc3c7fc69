"""Bad or odd input: no crash, sensible placement, warnings in the log."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plainwire.cluster import OnlineClusterer
from plainwire.models import Article

from .fixtures import EVENTS, T0, event_articles


def test_empty_article_gets_its_own_story_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    c = OnlineClusterer()
    for a in event_articles():
        c.add(a)
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        sid = c.add(Article("empty", "", ""))
        sid2 = c.add(Article("symbols", "!!! ---", "?? ... ***"))
    assert sid != sid2
    assert c.story_info(sid) is not None and c.story_info(sid).article_ids == ("empty",)  # type: ignore[union-attr]
    assert "empty" in caplog.text and "no usable words" in caplog.text


def test_empty_title_or_body_still_clusters() -> None:
    c = OnlineClusterer()
    flood = EVENTS["flood"]
    s0 = c.add(Article("a", flood[0][0], flood[0][1]))
    assert c.add(Article("b", "", flood[1][1])) == s0  # body only
    assert c.add(Article("c", flood[2][0] + " Marrowdale River Tessel", "")) == s0  # title only


def test_one_word_texts_do_not_crash_or_glue_everything() -> None:
    c = OnlineClusterer()
    for a in event_articles():
        c.add(a)
    ids = {c.add(Article(f"w{i}", w, "")) for i, w in enumerate(["Breaking", "Update", "Live", "Watch"])}
    assert len(ids) == 4  # one common word is no evidence of a shared event
    assert c.add(Article("m", "Marrowdale", "")) is not None


def test_huge_article_is_read_partially_and_warned(caplog: pytest.LogCaptureFixture) -> None:
    title, text = EVENTS["museum"][0]
    # A live blog gone wild: 5 MB of updates about the same theft.
    updates = [
        f"Update {i}: detectives in Lindqvist checked camera {i % 97} near the Castellan Museum "
        f"and spoke to guard number {i % 13} about the stolen painting."
        for i in range(40_000)
    ]
    lead = " ".join(t + ". " + x for t, x in EVENTS["museum"][:2])
    big = Article("big", title, text + " " + lead + " " + " ".join(updates))
    assert len(big.text) > 5_000_000
    c = OnlineClusterer()
    s0 = c.add(Article("m0", *EVENTS["museum"][2]))
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        sid = c.add(big)
    assert sid == s0  # the lead still names the event
    assert "'big'" in caplog.text and "chars" in caplog.text


def test_an_ordinary_long_read_is_not_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    # ~9,000 characters: longer than clustering reads (max_body_chars), but an ordinary
    # long read, not bad input; the main job's log warned for every one of them.
    title, text = EVENTS["museum"][0]
    paras = [
        f"Paragraph {i}: the museum's history of the Castellan collection, room by room." for i in range(110)
    ]
    long_read = Article("long", title, text + " " + " ".join(paras))
    assert 6_000 < len(long_read.text) < 100_000
    c = OnlineClusterer()
    with caplog.at_level(logging.DEBUG, logger="plainwire.cluster"):
        c.add(long_read)
    assert [r.levelno for r in caplog.records if "'long'" in r.getMessage()] == [logging.DEBUG]


def test_non_english_texts() -> None:
    c = OnlineClusterer()
    de1 = Article(
        "de1",
        "Hochwasser in Marrowdale: 400 Menschen evakuiert",
        "Der Fluss Tessel ist in Marrowdale über die Ufer getreten. Bürgermeister Idris Fenwick "
        "ließ Notunterkünfte in der Sporthalle öffnen.",
    )
    de2 = Article(
        "de2",
        "Marrowdale: Tessel-Hochwasser zwingt 400 Bewohner aus ihren Häusern",
        "Nach drei Tagen Regen trat die Tessel über die Ufer. Idris Fenwick rief dazu auf, die "
        "alte Brücke zu meiden.",
    )
    zh1 = Article(
        "zh1",
        "马罗代尔发生洪水，四百人撤离",
        "特塞尔河在马罗代尔决堤，约四百名居民被迫离开家园。市长表示已开放体育馆作为避难所。",
    )
    zh2 = Article(
        "zh2",
        "马罗代尔洪水：四百名居民撤离",
        "连续三天大雨后，特塞尔河水漫过河岸，马罗代尔约四百名居民撤离。",
    )
    ar = Article(
        "ar",
        "سرقة لوحة من متحف كاستيلان",
        "سرق لصوص لوحة زيتية من متحف كاستيلان ليلا وقالت الشرطة إن نظام الإنذار كان معطلا",
    )
    s = {a.id: c.add(a) for a in (de1, zh1, ar, de2, zh2)}
    assert s["de1"] == s["de2"]
    assert s["zh1"] == s["zh2"]
    assert len({s["de1"], s["zh1"], s["ar"]}) == 3


def test_same_article_twice_keeps_its_story(caplog: pytest.LogCaptureFixture) -> None:
    c = OnlineClusterer()
    arts = event_articles()
    first = [c.add(a) for a in arts]
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        again = [c.add(a) for a in arts]
    assert again == first
    assert "arrived again" in caplog.text
    # Seen ids change nothing: the story still has its three distinct articles.
    info = c.story_info(first[0])
    assert info is not None and len(info.article_ids) == 3


def test_syndicated_copies_join_without_counting_as_evidence() -> None:
    c = OnlineClusterer()
    title, text = EVENTS["cup"][0]
    sid = c.add(Article("orig", title, text, source="Wire Service"))
    copies = [
        Article("c1", title, text, source="Paper A"),
        Article("c2", title + " - Paper B", text + " Copyright Paper B.", source="Paper B"),
        Article("c3", title.upper(), "  " + text.replace(" ", "  "), source="Paper C"),
    ]
    assert [c.add(a) for a in copies] == [sid] * 3
    info = c.story_info(sid)
    assert info is not None
    assert info.texts == 1  # one text, four outlets
    assert info.sources == {"Wire Service", "Paper A", "Paper B", "Paper C"}
    # A genuinely different report of the same event adds evidence.
    assert c.add(Article("own", *EVENTS["cup"][1], source="Paper D")) == sid
    assert c.story_info(sid).texts == 2  # type: ignore[union-attr]


def test_out_of_order_articles_are_placed_and_warned(caplog: pytest.LogCaptureFixture) -> None:
    arts = event_articles(dated=True, step=timedelta(hours=2))
    c = OnlineClusterer()
    with caplog.at_level(logging.WARNING, logger="plainwire.cluster"):
        ids = {a.id: c.add(a) for a in reversed(arts)}
    assert "out of time order" in caplog.text
    for name in EVENTS:
        assert len({ids[f"{name}/{k}"] for k in range(3)}) == 1


def test_late_article_after_its_story_went_dormant_starts_new_story() -> None:
    c = OnlineClusterer()
    flood = EVENTS["flood"]
    old = c.add(Article("a", *flood[0], published=T0))
    for i, (t, x) in enumerate(EVENTS["cup"]):
        c.add(Article(f"cup{i}", t, x, published=T0 + timedelta(days=10 + i)))
    late = c.add(Article("b", *flood[1], published=T0 + timedelta(hours=3)))
    assert late != old  # the flood story is no longer live; nothing crashes


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_text, _text), min_size=1, max_size=12))
def test_any_text_is_placed_and_replays_identically(items: list[tuple[str, str]]) -> None:
    arts = [Article(f"h{i}", t, x) for i, (t, x) in enumerate(items)]
    c1, c2 = OnlineClusterer(), OnlineClusterer()
    ids1 = [c1.add(a) for a in arts]
    ids2 = [c2.add(a) for a in arts]
    assert ids1 == ids2  # deterministic
    assert all(isinstance(s, str) and s for s in ids1)
    # Re-adding any article returns its story.
    assert [c1.add(a) for a in arts] == ids1
    # Every article is in exactly one live story.
    placed = [aid for ids in c1.stories().values() for aid in ids]
    assert sorted(placed) == sorted(a.id for a in arts)


def test_naive_and_aware_times_mix_without_crash() -> None:
    c = OnlineClusterer()
    flood = EVENTS["flood"]
    s0 = c.add(Article("a", *flood[0], published=T0))
    naive = T0.replace(tzinfo=None) + timedelta(hours=2)
    assert c.add(Article("b", *flood[1], published=naive)) == s0
    assert c.add(Article("c", *flood[2])) == s0  # undated joins by text alone
