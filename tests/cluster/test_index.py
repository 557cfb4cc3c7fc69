"""The pieces that keep cost flat: capped postings, IDF table, copy index."""

from __future__ import annotations

import numpy as np

from plainwire.cluster.index import DocFreq, Postings
from plainwire.cluster.neardup import NearDupIndex


def test_postings_read_at_most_cap_most_recent_stories() -> None:
    p = Postings(cap=8)
    for story in range(1000):
        p.post("harbour", story)
    got = p.gather([("harbour", 1.0)])
    assert sorted(got) == list(range(992, 1000))
    assert len(p.lists["harbour"]) <= 16  # trimmed, not growing with the stream


def test_postings_one_entry_per_story_among_recent() -> None:
    p = Postings(cap=8)
    for _ in range(5):
        p.post("ferry", 7)
    p.post("ferry", 9)
    p.post("ferry", 7)
    assert p.gather([("ferry", 0.5)]) == {7: 0.5, 9: 0.5}


def test_idf_orders_terms_by_rarity_and_prunes_singletons() -> None:
    df = DocFreq(max_terms=50)
    for i in range(40):
        df.add(["common", f"rare{i}"])
    assert df.idf("rare3") > df.idf("common") > 0
    assert df.idf("never-seen") >= df.idf("rare3")
    for i in range(40, 60):
        df.add(["common", f"rare{i}"])
    assert len(df.df) <= 51  # singletons forgotten once the table passed its bound
    assert "common" in df.df


def test_near_dup_index_finds_copies_not_rewrites() -> None:
    idx = NearDupIndex(threshold=0.7)
    base = str.split(
        "the ferry from ostrava bay to the northern islands will stop running next month "
        "because the operator could not find a buyer for its two ageing boats"
    )
    idx.add(idx.signature(base), "s1")  # type: ignore[arg-type]
    copy = [*base, "reporting", "by", "paper", "b"]
    rewrite = str.split(
        "islanders fear isolation as the only boat operator serving them prepares to "
        "end the service after failing to sell its vessels"
    )
    assert idx.find(idx.signature(copy)) == "s1"  # type: ignore[arg-type]
    assert idx.find(idx.signature(rewrite)) is None  # type: ignore[arg-type]


def test_near_dup_index_forgets_oldest_beyond_capacity() -> None:
    idx = NearDupIndex(capacity=3)
    sigs = []
    for i in range(5):
        words = [f"w{i}-{j}" for j in range(30)]
        sig = idx.signature(words)
        assert isinstance(sig, np.ndarray)
        sigs.append(sig)
        idx.add(sig, f"s{i}", content_hash=f"h{i}")
    assert len(idx) == 3
    assert idx.find(sigs[0], "h0") is None
    assert idx.find(sigs[4], "h4") == "s4"
