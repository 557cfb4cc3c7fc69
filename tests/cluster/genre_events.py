"""Invented events for the clusterer's lower bars: opinion pieces, one event told in two
vocabularies, two events in one town, and texts in a minority language.

Everything here (Quenby Marsh, Harnsey Energy, Pellam Crossing, Valbrune, ...) is made up
for these tests. Gold: the part of the id before "/".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article

T0 = datetime(2031, 5, 6, 6, 0, tzinfo=UTC)

# (id, genre, hours after T0, title, text)
RULING = [
    (
        "ruling/wire",
        "news",
        3.0,
        "Tribunal halts Quenby Marsh wind farm over missing bird survey",
        "The planning tribunal on Tuesday halted construction of the Quenby Marsh wind farm, ruling that "
        "developer Harnsey Energy had started work without the bird survey its permit required. Judge "
        "Ottilie Farraday ordered work on the 26 turbines to stop until a survey of wintering geese is "
        "completed. Harnsey Energy said it would comply and expected to resume building in the spring. "
        "Residents of Lower Quenby, who brought the case, welcomed the decision.",
    ),
    (
        "ruling/paper",
        "news",
        5.0,
        "Quenby Marsh turbines stopped after residents win tribunal case",
        "Residents of Lower Quenby have won their case against Harnsey Energy: the planning tribunal "
        "ordered the company to stop building its 26-turbine wind farm on Quenby Marsh. Judge Ottilie "
        "Farraday found the developer had ignored a condition requiring a survey of the geese that winter "
        'on the marsh. "We only asked them to follow their own permit," said campaigner Bryn Atwell.',
    ),
]
# A column about the ruling: the event's names, not its words (it argues, it does not report).
COLUMN = (
    "ruling/column",
    "opinion",
    26.0,
    "Harnsey Energy should have listened to the geese",
    "Nobody in Lower Quenby is against clean power. What people there object to is being treated as an "
    "obstacle. For two years the company brushed off every letter its neighbours wrote, and now it has "
    "been reminded that rules apply to it too. It will lose a season. It could have lost nothing by "
    "counting the birds first. Developers elsewhere should take note: rushing costs more than patience.",
)
# A column about nothing the stream reports.
LONE_COLUMN = (
    "sundays/column",
    "opinion",
    27.0,
    "Our reading rooms should open on Sundays",
    "Every weekend the doors of the Castlemoor reading rooms stay shut just when families have time to "
    "visit. Opening on Sundays would cost little and give children a quiet place to study. The council "
    "should try it for a year and count who comes.",
)

TRAM_WIRE = (
    "tram/wire",
    "news",
    1.5,
    "Tram derails at Pellam Crossing in Dunmere, 14 injured",
    "A tram carrying about 90 passengers derailed at Pellam Crossing in Dunmere on Thursday morning, "
    "injuring 14 people, police said. The second car left the rails on a curve at about 7 a.m. and hit "
    "a lamp post. Tram services across the east of the city were suspended.",
)
# The same derailment in a tabloid's words and count, an hour and a half later.
TRAM_TABLOID = (
    "tram/tabloid",
    "news",
    3.0,
    "TRAM TERROR: commuters hurled about as packed carriage flips off rails",
    "Terrified passengers were hurled about when a packed tram flew off the rails at Pellam Crossing in "
    "Dunmere. "
    'Screaming travellers clambered out through smashed windows. "I thought that was the end," said '
    "shop worker Nell Garrow, 33. At least 19 people were hurt.",
)
# Another event in the same town on the same day.
MARKET = (
    "market/council",
    "news",
    4.0,
    "Dunmere market hall roof repairs to start in June",
    "Repairs to the leaking roof of the Dunmere market hall will start in June and take about ten "
    "weeks, the town council said on Thursday. Stallholders will trade from marquees in the car park "
    "while the work is done.",
)


def article(item: tuple[str, str, float, str, str], *, hours: float | None = None) -> Article:
    aid, _genre, h, title, text = item
    return Article(
        id=aid,
        title=title,
        text=text,
        url=f"https://news.example/{aid}",
        source=aid.split("/")[1],
        published=T0 + timedelta(hours=h if hours is None else hours),
        language="en",
    )


def genre_of(item: tuple[str, str, float, str, str]) -> str:
    return item[1]


def stream() -> list[tuple[Article, str]]:
    """Every item above in time order, with its genre (a tuning aid)."""
    items = [*RULING, COLUMN, LONE_COLUMN, TRAM_WIRE, TRAM_TABLOID, MARKET]
    return sorted(((article(i), genre_of(i)) for i in items), key=lambda x: x[0].published or T0)
