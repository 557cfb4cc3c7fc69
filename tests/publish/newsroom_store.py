"""A fictional newsroom written straight into a plainwire store, for reader tests.

Every text here is invented for these tests. One story carries hostile markup (script
tags, event-handler attributes, javascript: URLs) in every field a page shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from plainwire.models import (
    Analysis,
    Article,
    OpinionRef,
    Outlet,
    SentenceRef,
    SourceRef,
    StorySentence,
    StorySynthesis,
    Tone,
    article_id_for,
)
from plainwire.store import Store

T0 = datetime(2025, 9, 29, 0, 0, tzinfo=UTC)

XSS_SCRIPT = "<script>window.__xss = 'script'; alert(1)</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss='img'; alert(2)\">"
XSS_URL = "javascript:window.__xss='href';alert(3)"
XSS_SVG = "<svg onload=\"window.__xss='svg'\"></svg>"


@dataclass
class Newsroom:
    path: Path
    stories: dict[str, str] = field(default_factory=dict)  # key -> story id
    slugs: dict[str, str] = field(default_factory=dict)  # key -> slug
    articles: dict[str, list[str]] = field(default_factory=dict)  # key -> article ids


@dataclass
class Piece:
    outlet: str
    title: str
    sentences: list[str]
    minutes: int
    genre: str = "news"
    url: str | None = None


def _article(piece: Piece, base: str) -> Article:
    url = piece.url or f"https://{piece.outlet.lower().replace(' ', '')}.example/{base}/{piece.minutes}"
    return Article(
        id=article_id_for(url),
        title=piece.title,
        text=" ".join(piece.sentences),
        url=url,
        source=piece.outlet,
        published=T0 + timedelta(minutes=piece.minutes),
        language="en",
    )


def add_story(
    store: Store,
    room: Newsroom,
    key: str,
    *,
    headline: str,
    pieces: list[Piece],
    highlights: list[str],
    label: str,
    evidence: tuple[str, ...],
    day: int = 0,
    outlet_ids: dict[str, int] | None = None,
    notes: tuple[str, ...] = (),
) -> str:
    story_id = f"st-{key}"
    shifted = [Piece(p.outlet, p.title, p.sentences, p.minutes + day * 1440, p.genre, p.url) for p in pieces]
    arts = [(_article(p, key), p) for p in shifted]
    for art, p in arts:
        analysis = Analysis(art.id, "en", p.genre, Tone(label, 0.6 if label != "Measured" else 0.2, evidence))  # type: ignore[arg-type]
        store.put_article(art, analysis, outlet_id=(outlet_ids or {}).get(p.outlet))
        store.assign_story(art.id, story_id)
    news = [(a, p) for a, p in arts if p.genre == "news"]
    opinions = [(a, p) for a, p in arts if p.genre != "news"]

    def ref(i: int) -> SentenceRef:
        a, p = news[i % len(news)]
        return SentenceRef(a.id, 0, p.sentences[0], a.source)

    story_sents = tuple(StorySentence(p.sentences[0], (ref(i),)) for i, (_a, p) in enumerate(news))
    synthesis = StorySynthesis(
        story_id=story_id,
        headline=headline,
        highlights=tuple(StorySentence(h, (ref(i),)) for i, h in enumerate(highlights)),
        story=story_sents,
        tone=Tone(label, 0.6, evidence),
        opinions=tuple(
            OpinionRef(a.title, a.source, a.url, p.sentences[0], a.id, p.genre)  # type: ignore[arg-type]
            for a, p in opinions
        ),
        sources=tuple(SourceRef(a.source, a.title, a.url, a.id, a.published) for a, _ in news),
        published=min(a.published for a, _ in arts if a.published),
        updated=max(a.published for a, _ in arts if a.published),
        notes=notes,
    )
    store.save_synthesis(synthesis, store.story_signature(story_id))
    row = store.get_story(story_id)
    assert row is not None
    room.stories[key] = story_id
    room.slugs[key] = row.slug
    room.articles[key] = [a.id for a, _ in arts]
    return story_id


def build(path: Path, *, fillers: int = 25) -> Newsroom:
    """Write the fictional newsroom into a fresh store at ``path``."""
    room = Newsroom(path)
    with Store(path) as store:
        outlet_ids = {}
        for name in ("Northern Ledger", "Coastal Daily", "Valley Times"):
            slug = name.lower().replace(" ", "")
            oid, _ = store.add_outlet(
                Outlet(name, f"https://{slug}.example/feed.xml", f"https://{slug}.example/")
            )
            outlet_ids[name] = oid
        store.record_poll_success(outlet_ids["Northern Ledger"], etag=None, last_modified=None)
        store.record_poll_failure(outlet_ids["Valley Times"], "connection refused")

        add_story(
            store,
            room,
            "tram",
            headline="Harborview council approves Larkspur tram line",
            label="Measured",
            evidence=(),
            highlights=[
                "Harborview's council voted nine to four to build the Larkspur tram line.",
                "Construction is planned to start next spring and last three years.",
                "Opponents asked for a referendum on the project's cost.",
            ],
            pieces=[
                Piece(
                    "Northern Ledger",
                    "Harborview approves tram line after long debate",
                    [
                        "Harborview's council approved the Larkspur tram line on Sunday night by nine votes to four.",
                        "The line will link the ferry terminal with the university campus.",
                    ],
                    0,
                ),
                Piece(
                    "Coastal Daily",
                    "Council backs Larkspur tram plan",
                    [
                        "Work on the tram is planned to begin next spring and take three years.",
                        "The city expects twelve thousand riders a day.",
                    ],
                    20,
                ),
                Piece(
                    "Valley Times",
                    "Tram vote passes in Harborview",
                    [
                        "Opponents of the plan asked for a referendum on its cost.",
                        "The council said the budget was checked by outside auditors.",
                    ],
                    46,
                ),
                Piece(
                    "Coastal Daily",
                    "The tram is a bet Harborview can afford",
                    [
                        "A tram line is the cheapest way to move a growing city, this column argues.",
                    ],
                    30,
                    genre="opinion",
                ),
            ],
            outlet_ids=outlet_ids,
        )
        add_story(
            store,
            room,
            "drought",
            headline="Drought brings water limits to Ostrava Valley farms",
            notes=("article drought-1: analysis failed; treated as news",),
            label="Provocative",
            # analyze's note naming the loaded outlets comes first (models.OUTLETS_NOTE_PREFIX)
            evidence=("loaded language in 1 of 2 outlets: Valley Times", "catastrophic", "reckless (quoted)"),
            highlights=[
                "Ostrava Valley farms must cut water use by a fifth from Monday.",
                "The regional water board cited the driest summer in its records.",
                "Farmers' groups called the limits reckless.",
            ],
            pieces=[
                Piece(
                    "Valley Times",
                    "Catastrophic drought forces water cuts",
                    [
                        "Farms in Ostrava Valley must cut water use by a fifth starting Monday.",
                        "The water board said reservoirs are at a third of capacity.",
                    ],
                    -600,
                ),
                Piece(
                    "Northern Ledger",
                    "Water board limits farm irrigation",
                    [
                        "The regional water board cited the driest summer in its records.",
                        "Farmers' groups called the limits reckless and unplanned.",
                    ],
                    -560,
                ),
            ],
            outlet_ids=outlet_ids,
        )
        add_story(
            store,
            room,
            "xss",
            headline=f"Festival opens {XSS_SCRIPT} in Quarry Park",
            label=f"Heated{XSS_IMG}",
            evidence=('"><script>window.__xss="ev"</script>', XSS_SVG),
            highlights=[
                f"Quarry Park's lantern festival opened {XSS_IMG} on Sunday.",
                f"Organisers expect {XSS_SCRIPT} forty thousand visitors.",
                "Entry is free for children.",
            ],
            pieces=[
                Piece(
                    "Coastal Daily",
                    f"Lantern festival {XSS_IMG} opens",
                    [
                        f"The lantern festival opened in Quarry Park {XSS_SVG} on Sunday evening.",
                        f"Organisers expect {XSS_SCRIPT} forty thousand visitors.",
                    ],
                    5,
                    url=XSS_URL,
                ),
                Piece(
                    "Evil <b onmouseover=\"window.__xss='outlet'\">Outlet</b>",
                    "Lanterns light up Quarry Park",
                    [
                        f"Thousands gathered at dusk {XSS_SCRIPT} as the first lanterns rose.",
                    ],
                    8,
                    url="https://evil.example/lanterns",
                ),
                Piece(
                    "Valley Times",
                    f"Opinion: {XSS_SCRIPT} festivals need quiet hours",
                    [
                        f"Festivals should keep quiet hours after ten {XSS_IMG}, this writer says.",
                    ],
                    9,
                    genre="opinion",
                    url=" javascript:window.__xss='op'",
                ),
            ],
            outlet_ids=outlet_ids,
        )
        # A story later absorbed into the tram story: its page must redirect.
        add_story(
            store,
            room,
            "tram-dup",
            headline="Larkspur tram vote expected Sunday",
            label="Measured",
            evidence=(),
            highlights=[
                "Harborview votes on the tram on Sunday.",
                "The vote is expected to be close.",
                "Nine votes are needed.",
            ],
            pieces=[
                Piece(
                    "Valley Times",
                    "Tram vote on Sunday",
                    ["Harborview's council votes on the Larkspur tram on Sunday."],
                    -100,
                )
            ],
            outlet_ids=outlet_ids,
        )
        store.merge_stories(room.stories["tram-dup"], room.stories["tram"])
        for i in range(fillers):
            add_story(
                store,
                room,
                f"filler{i:02d}",
                headline=f"Library branch {i} extends weekend hours in Pinecrest",
                label="Measured" if i % 3 else "Heated",
                evidence=() if i % 3 else ("outrageous",),
                highlights=[
                    f"Pinecrest's branch {i} now opens on Sundays.",
                    "Hours run from ten to four.",
                    "The change starts next month.",
                ],
                pieces=[
                    Piece(
                        "Northern Ledger",
                        f"Branch {i} opens Sundays",
                        [f"Pinecrest library branch {i} will open on Sundays from next month."],
                        0,
                    )
                ],
                day=-(i + 2),
                outlet_ids=outlet_ids,
            )
    return room
