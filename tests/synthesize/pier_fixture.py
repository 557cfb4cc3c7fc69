"""A pier story told by three outlets (invented for plainwire's tests, eleventh session): one
outlet gives the pier's opening year, another the same year and a restoration year; the council
approved two things; the harbour master's promise is restated in other words."""

from __future__ import annotations

from datetime import UTC, datetime

from plainwire.models import Article
from tests.synthesize.fixtures import sentence_article


def _a(i: str, source: str, title: str, sentences: list[str], hour: int) -> Article:
    return sentence_article(i, source, title, sentences, datetime(2025, 11, 8, hour, tzinfo=UTC), "pier")


PIER = [
    _a(
        "echo",
        "Saltby Echo",
        "Saltby pier reopens after deck repairs",
        [
            "The Saltby pier reopened to visitors on Saturday after a three-month repair of its deck.",
            "The pier opened in 1911.",
            "The Saltby council approved the repair budget in March.",
            "Harbour master Wen Ostrova said the pier would stay open through the winter.",
        ],
        8,
    ),
    _a(
        "review",
        "Coast Review",
        "Visitors return to Saltby pier",
        [
            "Visitors returned to the Saltby pier on Saturday when it reopened after three months of deck repairs.",
            "The pier was built in 1911 and last restored in 1987.",
            "The Saltby council approved a new ferry timetable in March.",
            "Harbour master Wen Ostrova said the repairs had cost 2.4 million euros.",
        ],
        9,
    ),
    _a(
        "ledger",
        "Bay Ledger",
        "Saltby pier open again",
        [
            "The Saltby pier is open again after a three-month repair of its storm-damaged deck.",
            "The pier will remain open all winter, harbour master Wen Ostrova said.",
            "About 300 people walked the pier on its first day, the council said.",
            "A storm in May had torn away part of the deck.",
        ],
        10,
    ),
]
