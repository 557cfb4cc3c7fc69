"""``models.parse_time`` reads a time outside the years a news report can have as unknown, as
it reads an unparseable one (fifteenth session). Before, an RFC 2822 date with the year 0001
came back as 2001 (email.utils reads years under 100 as two-digit ones), and years 1 or 9999
passed as they were, to overflow the arithmetic later stages do on times."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from plainwire.models import MAX_YEAR, MIN_YEAR, article_from_json, parse_time


@pytest.mark.parametrize(
    "value",
    [
        "Mon, 01 Jan 0001 00:00:00 GMT",  # was 2001-01-01
        "Sat, 05 Nov 0026 09:30:00 +0000",  # was 2026-11-05
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "1850-06-01",
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31),
        1e11,  # epoch seconds in the year 5138
    ],
)
def test_a_time_outside_the_years_of_news_is_unknown(value: object) -> None:
    assert parse_time(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 05 Nov 2026 09:30:00 GMT", datetime(2026, 11, 5, 9, 30, tzinfo=UTC)),
        ("Thu, 05 Nov 26 09:30:00 GMT", datetime(2026, 11, 5, 9, 30, tzinfo=UTC)),  # RFC 822 two-digit year
        ("Fri, 01 Jan 99 00:00:00 +0000", datetime(1999, 1, 1, tzinfo=UTC)),
        ("2026-11-05T09:30:00+01:00", datetime(2026, 11, 5, 8, 30, tzinfo=UTC)),
        (f"{MIN_YEAR}-01-01T00:00:00Z", datetime(MIN_YEAR, 1, 1, tzinfo=UTC)),
        (f"{MAX_YEAR}-12-31T00:00:00Z", datetime(MAX_YEAR, 12, 31, tzinfo=UTC)),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),  # a zero date: is_zero_date's to judge, as before
    ],
)
def test_times_within_the_years_still_parse(value: object, expected: datetime) -> None:
    assert parse_time(value) == expected


def test_a_batch_line_with_year_0001_is_an_error_naming_the_time() -> None:
    with pytest.raises(ValueError, match="unparseable published time 'Mon, 01 Jan 0001"):
        article_from_json(
            {"id": "a", "title": "t", "text": "x", "published": "Mon, 01 Jan 0001 00:00:00 GMT"}
        )
