"""A ferry story told by three outlets in their own words (invented for plainwire's tests)."""

from __future__ import annotations

from datetime import UTC, datetime

from plainwire.models import Article
from tests.synthesize.fixtures import sentence_article


def _a(i: str, source: str, title: str, sentences: list[str], hour: int) -> Article:
    return sentence_article(i, source, title, sentences, datetime(2025, 10, 2, hour, tzinfo=UTC), "ferry")


FERRY = [
    _a(
        "lakeside",
        "Lakeside Post",
        "Pellam-Ruskby ferry suspended after engine fault",
        [
            "The Orna Lines ferry between Pellam and Ruskby was suspended on Thursday after an engine fault on its only vessel.",
            "About 1,200 passengers a day use the crossing, according to the operator.",
            "Engineers from the shipyard in Pellam will inspect the damaged engine on Friday, the operator said.",
            "A replacement bus service will run every hour between the two towns.",
        ],
        8,
    ),
    _a(
        "ornatimes",
        "Orna Times",
        "Engine fault halts Lake Orna ferry",
        [
            "Orna Lines suspended its Pellam to Ruskby ferry on Thursday because of an engine fault.",
            "Shipyard engineers will examine the damaged engine in Pellam on Friday, the company said.",
            "The crossing carries about 1,200 passengers daily.",
            "The regional transport office said it would review the operator's maintenance records.",
        ],
        9,
    ),
    _a(
        "valleynews",
        "Valley News",
        "Lake Orna ferry stops as engine fails",
        [
            "Ferry services across Lake Orna stopped on Thursday after the vessel's engine failed.",
            "Buses will replace the ferry every hour until repairs are complete, Orna Lines said.",
            "The operator expects the repairs to take at least a week.",
        ],
        10,
    ),
]
