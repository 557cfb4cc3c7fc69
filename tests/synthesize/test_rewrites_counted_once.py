"""Press-release rewrites in one story count as one text in provenance (synthesize/rewrites.py):
a rewrite is not a second outlet confirming the first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article
from plainwire.synthesize import rewrites, synthesize

from .fixtures import article

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

RELEASE = (
    "Orlen Valley Water will spend 14 million crowns replacing the Tarrow pumping station, the "
    "company said on Monday. Work on the new station at Tarrow weir starts in May and is due to "
    "finish by the end of next year. The old station, built in 1962, supplies about 30,000 homes "
    "in the Orlen valley and has failed twice since January. Chief executive Marit Solberg said "
    "the new pumps would use a third less electricity and cut the risk of supply interruptions. "
    "Customers will not see a change to their bills as a result of the work, the company added."
)
# The same release, lightly edited by a second outlet (a word here and there, one sentence cut).
REWRITE = (
    "Orlen Valley Water is to spend 14 million crowns replacing the Tarrow pumping station, the "
    "company said on Monday. Work on the new station at Tarrow weir starts in May and is due to "
    "be finished by the end of next year. The old station, built in 1962, supplies around 30,000 "
    "homes in the Orlen valley and has failed twice since January. Chief executive Marit Solberg "
    "said the new pumps would use a third less electricity and cut the risk of interruptions."
)
# An outlet's own report of the same event, in its own words.
OWN = (
    "The Tarrow pumping station, which failed twice this winter and left parts of the Orlen "
    "valley without water for a day, is to be replaced at a cost of 14 million crowns. Orlen "
    "Valley Water's chief executive, Marit Solberg, told reporters the building work would begin "
    "in May. Residents near the weir said lorries had already started to arrive on site. The "
    "station serves about 30,000 households, the company says."
)


def _art(key: str, source: str, title: str, text: str, hours: int) -> Article:
    return article(key, source, title, text, T0 + timedelta(hours=hours))


def test_text_groups_join_rewrites_and_keep_own_reports_apart() -> None:
    assert rewrites.text_groups([RELEASE, REWRITE, OWN]) == [0, 0, 2]
    assert rewrites.text_groups([OWN, RELEASE]) == [0, 1]
    # short texts share shingles by subject alone: never one text
    short = "Orlen Valley Water will replace the Tarrow pumping station."
    assert rewrites.text_groups([short, short + " Work starts in May."]) == [0, 1]


def test_provenance_never_counts_a_rewrite_as_a_second_outlet() -> None:
    arts = [
        _art("w1", "Valley Wire", "Orlen Valley Water to replace Tarrow pumping station", RELEASE, 0),
        _art("w2", "Orlen Courier", "Tarrow pumping station to be replaced", REWRITE, 1),
        _art("w3", "Tarrow Times", "Failing Tarrow pumping station to be replaced", OWN, 2),
    ]
    s = synthesize("water", arts)
    parts = [*s.story, *s.highlights]
    assert parts
    for sent in parts:
        ids = [ref.article_id for ref in sent.support]
        assert not {"w1", "w2"} <= set(ids), (sent.text, ids)
    # the independent report still backs what it says too
    assert any("w3" in {r.article_id for r in p.support} and len(p.support) > 1 for p in parts)
