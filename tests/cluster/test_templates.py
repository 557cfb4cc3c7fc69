"""Templated items: the same text about another town or company is another event.

Wire services and local-news groups publish one template many times with the place or
company swapped in ("Alder library extends weekend hours", "Birch library ..."). Their
texts are near-copies (MinHash Jaccard ~0.8), but they are not syndicated copies of one
story. A real copy (same names, another credit line) must still fold in.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.cluster.batch import cluster_batch
from plainwire.cluster.text import repeated_names, tokenize_article
from plainwire.models import Article

TOWNS = [
    "Alder",
    "Birch",
    "Cedar",
    "Dunmore",
    "Elmwick",
    "Fenwick",
    "Glenrock",
    "Hollis",
    "Ivybridge",
    "Juniper",
]
T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)


def _library(i: int, town: str, *, art_id: str | None = None, credit: str = "") -> Article:
    text = (
        f"The public library in {town} will stay open until 8 p.m. on Saturdays and Sundays "
        "starting next month, the town council said on Saturday.\n\n"
        f"Librarian Harriet Moss said demand from students in {town} had grown steadily over the "
        "past two years.\n\n"
        f"The change will cost the town about {20 + i},000 crowns a year, funded from the culture budget.\n\n"
        "Volunteers will help staff the reading rooms on Sunday evenings.\n\n"
        "The council approved the plan without a vote against it." + credit
    )
    return Article(
        art_id or f"lib-{town}",
        f"{town} library extends weekend opening hours",
        text,
        source=f"{town} Herald",
        published=T0 + timedelta(minutes=i),
    )


def _stream() -> list[Article]:
    arts = [_library(i, t) for i, t in enumerate(TOWNS)]
    # A real syndicated copy: the same text (same town) re-published with a credit line.
    arts.append(_library(2, "Cedar", art_id="lib-Cedar-copy", credit="\n\nReporting by Ola Brandt."))
    return arts


def _check(groups: list[list[str]]) -> None:
    where = {a: i for i, g in enumerate(groups) for a in g}
    assert where["lib-Cedar-copy"] == where["lib-Cedar"]
    towns = [where[f"lib-{t}"] for t in TOWNS]
    assert len(set(towns)) == len(TOWNS), Counter(towns)


def test_templated_items_are_separate_stories_online() -> None:
    c = OnlineClusterer()
    sids = {a.id: c.add(a) for a in _stream()}
    by: dict[str, list[str]] = {}
    for aid, sid in sids.items():
        by.setdefault(sid, []).append(aid)
    _check(list(by.values()))
    # The copy is one more outlet of the Cedar story, not one more text.
    info = c.story_info(sids["lib-Cedar"])
    assert info is not None and info.texts == 1


def test_templated_items_are_separate_stories_batch() -> None:
    _check(cluster_batch(_stream()))


def test_the_templates_are_near_copies_by_shingles() -> None:
    # What makes the case hard: by shingles alone the other towns' texts are copies.
    from plainwire.cluster.neardup import NearDupIndex
    from plainwire.cluster.online import fingerprint

    cfg = ClusterConfig()
    idx = NearDupIndex(threshold=cfg.near_dup_jaccard)
    first = _library(0, TOWNS[0])
    sig, chash = fingerprint(first, tokenize_article(first.title, first.text, cfg), cfg, idx.hasher)
    assert sig is not None
    idx.add(sig, "first", chash)
    other = _library(1, TOWNS[1])
    sig2, chash2 = fingerprint(other, tokenize_article(other.title, other.text, cfg), cfg, idx.hasher)
    assert sig2 is not None and idx.find(sig2, chash2) == "first"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Alder library opens late", "The library in Alder opens late. Staff in Alder agreed.", {"alder"}),
        # Said once: a credit line or a passing mention is not what the text is about.
        ("Library opens late", "The library in Alder opens late. Staff agreed.", set()),
        # Written lower-case elsewhere in the text: not a name.
        ("Bread prices rise", "Prices of Bread rose. Bread and milk cost more; bread sales fell.", set()),
    ],
)
def test_repeated_names(title: str, text: str, expected: set[str]) -> None:
    assert repeated_names(tokenize_article(title, text, ClusterConfig())) == expected
