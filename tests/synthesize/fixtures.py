"""Fictional multi-outlet stories written for these tests (no real news text)."""

from __future__ import annotations

from datetime import UTC, datetime

from plainwire.models import Article


def t(h: int, m: int = 0, day: int = 3) -> datetime:
    return datetime(2026, 3, day, h, m, tzinfo=UTC)


def article(
    key: str,
    source: str,
    title: str,
    text: str,
    when: datetime,
    modified: datetime | None = None,
    language: str = "en",
) -> Article:
    """An article at ``http://news.example/{key}.html``."""
    return Article(
        id=key,
        title=title,
        text=text,
        url=f"http://news.example/{key}.html",
        source=source,
        published=when,
        modified=modified,
        language=language,
    )


def sentence_article(
    i: str, source: str, title: str, sentences: list[str], published: datetime, topic: str
) -> Article:
    """An English article of one sentence per paragraph, at ``https://{i}.example/{topic}``."""
    return Article(
        id=i,
        title=title,
        text="\n\n".join(sentences),
        source=source,
        url=f"https://{i}.example/{topic}",
        published=published,
        language="en",
    )


BRIDGE = [
    Article(
        id="hd-1",
        title="Riverton council approves $40 million for new Grey River bridge",
        text=(
            "RIVERTON (HD) — The Riverton city council voted 7-2 on Tuesday to approve $40 million for a new "
            "bridge over the Grey River. Mayor Lena Ortiz said construction would begin in March and take two "
            "years. The old bridge, built in 1958, was closed last year after inspectors found cracks in its "
            "supports. Some residents had asked for a ferry service instead."
        ),
        url="https://harbordaily.example/news/riverton-bridge",
        source="Harbor Daily",
        published=t(9, 30),
    ),
    Article(
        id="vp-1",
        title="Council backs new Riverton bridge after months of debate",
        text=(
            "The Riverton council approved $40 million on Tuesday to build a new bridge across the Grey River, "
            "ending months of debate. The vote was 7-2. Mayor Lena Ortiz said work would start in March. "
            "Council member Tom Reyes, who voted against the plan, said the city should have sought state "
            "money first."
        ),
        url="https://valleypost.example/local/council-bridge-vote",
        source="Valley Post",
        published=t(10, 15),
        modified=t(14, 5),
    ),
    Article(
        id="mw-1",
        title="Riverton OKs Grey River bridge plan",
        text=(
            "City leaders in Riverton backed a $40 million plan for a new Grey River bridge on Tuesday. "
            "The old span closed last year after inspectors found cracked supports, forcing drivers into long "
            "detours. Critics slammed the disastrous, outrageous waste of taxpayer money in a furious outburst."
        ),
        url="https://metrowire.example/2026/03/03/riverton-bridge",
        source="Metro Wire",
        published=t(11, 0),
    ),
    Article(
        id="rv-op",
        title="Opinion: This bridge is a monument to vanity",
        text=(
            "This bridge is a monument to vanity. The council has once again ignored the people who pay the "
            "bills, and the mayor's reckless spending will haunt us for decades. We deserve better."
        ),
        url="https://riverton-voice.example/opinion/bridge-vanity",
        source="The Riverton Voice",
        published=t(8, 0),
        schema_type="OpinionNewsArticle",
        section="Opinion",
    ),
]
