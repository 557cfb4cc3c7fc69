"""Small pieces of the reader: time formats, topics, cursors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from plainwire.errors import BadInputError
from plainwire.publish.cursor import parse_article_cursor, parse_story_cursor, story_cursor
from plainwire.publish.timefmt import display, exact, relative
from plainwire.publish.topics import fts_phrase, phrases, slug, top_topics


def test_display_matches_story_layout() -> None:
    assert display(datetime(2025, 9, 29, 0, 46, tzinfo=UTC)) == "Sep 29, 2025, 12:46 AM"
    assert display(datetime(2025, 9, 29, 12, 5, tzinfo=UTC)) == "Sep 29, 2025, 12:05 PM"
    assert display(datetime(2025, 1, 3, 23, 59, tzinfo=UTC)) == "Jan 3, 2025, 11:59 PM"
    assert exact(datetime(2025, 9, 29, 0, 46, 7, tzinfo=UTC)) == "2025-09-29 00:46:07 UTC"


def test_relative() -> None:
    now = datetime(2025, 9, 29, 12, 0, tzinfo=UTC)
    assert relative(now - timedelta(seconds=20), now) == "just now"
    assert relative(now - timedelta(minutes=1), now) == "1 minute ago"
    assert relative(now - timedelta(hours=5, minutes=59), now) == "5 hours ago"
    assert relative(now - timedelta(days=2), now) == "2 days ago"
    assert relative(now - timedelta(days=45), now) == "Aug 15, 2025, 12:00 PM"


def test_topic_phrases() -> None:
    assert phrases("Floods hit Lisbon as Tagus River rises") == ["Lisbon", "Tagus River"]
    assert phrases("Bank of England holds rates") == ["Bank of England"]
    assert phrases("The European Central Bank and IMF meet in Paris") == [
        "European Central Bank",
        "IMF",
        "Paris",
    ]
    assert phrases("quiet day") == []
    assert slug("Bank of England") == "bank-of-england"
    assert fts_phrase("bank-of-england") == '"bank of england"'
    assert fts_phrase('x" OR 1') == '"x OR 1"'  # quotes cannot escape the phrase
    assert fts_phrase("---") is None
    top = top_topics(["Storm nears Lisbon", "Lisbon closes schools", "Paris marathon"])
    assert top == [("Lisbon", "lisbon", 2)]


def test_cursors_round_trip_and_reject_garbage() -> None:
    c = story_cursor(1759106760.123456, 42)
    assert parse_story_cursor(c) == (1759106760.123456, 42)
    assert parse_article_cursor("17") == 17
    assert parse_story_cursor(None) is None and parse_article_cursor("") is None
    for bad in ("abc", "1.5", "1.5_", "_3", "1.5_3_4"):
        with pytest.raises(BadInputError):
            parse_story_cursor(bad)
    with pytest.raises(BadInputError):
        parse_article_cursor("-1")
