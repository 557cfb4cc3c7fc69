"""The structures that keep the per-article cost flat at 1M live stories.

Each faster path must give exactly what the plain one gives: the clustering result may
not depend on which path ran.
"""

from __future__ import annotations

import gc
import math
import random

import numpy as np
import pytest

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.cluster.index import DocFreq, Postings
from plainwire.cluster.neardup import NearDupIndex
from plainwire.models import Article


def _filled(seed: int, stories: int, terms: int, posts: int, cap: int = 32) -> Postings:
    rng = random.Random(seed)
    p = Postings(cap)
    for _ in range(posts):
        p.post(f"t{rng.randrange(terms)}", rng.randrange(stories))
    return p


@pytest.mark.parametrize("stories", [40, 400, 1_000_000])  # few: many ties; many: few
@pytest.mark.parametrize("seed", range(4))
def test_ranked_is_gather_sorted_ties_first_reached(seed: int, stories: int) -> None:
    rng = random.Random(seed)
    p = _filled(seed, stories, terms=30, posts=3_000)
    # Weights from a small set: many stories tie, so the tie order is really tested.
    query = [(f"t{i}", rng.choice([0.5, 0.25, 0.125, 1.0])) for i in rng.sample(range(30), 12)]
    acc = p.gather(query)
    got = p.ranked(query)
    assert got == [n for n, _ in sorted(acc.items(), key=lambda x: x[1], reverse=True)]
    first: dict[int, int] = {}
    for term, _ in query:  # the position where each story is first reached
        for s in p.lists.get(term, [])[-p.cap :]:
            first.setdefault(s, len(first))
    assert got == sorted(first, key=lambda s: (-acc[s], first[s]))


def test_fresh_post_is_a_post_of_a_story_never_posted() -> None:
    rng = random.Random(4)
    plain, fast = Postings(cap=8), Postings(cap=8)
    posted: set[int] = set()
    appended: dict[str, int] = {}
    for _ in range(600):
        # One article: a story and its distinct posted terms (as _ingest posts them).
        story = rng.randrange(300)
        fresh = story not in posted
        for term in {f"t{rng.randrange(20)}" for _ in range(6)}:
            plain.post(term, story)
            fast.post(term, story, fresh=fresh)
            appended[term] = appended.get(term, 0) + 1
        posted.add(story)
    assert plain.lists == fast.lists
    assert any(n > 8 for n in appended.values())  # lists were trimmed too
    assert max(len(lst) for lst in plain.lists.values()) == 8


def _window_reference(cap: int, posts: list[tuple[str, int]]) -> dict[str, list[int]]:
    """Posting lists as plain Python lists: append unless among the newest ``cap``, read
    the newest ``cap`` (the semantics, without any trimming scheme)."""
    lists: dict[str, list[int]] = {}
    for term, story in posts:
        lst = lists.setdefault(term, [])
        if story not in lst[-cap:]:
            lst.append(story)
    return {t: lst[-cap:] for t, lst in lists.items()}


@pytest.mark.parametrize("seed", range(3))
def test_posting_lists_keep_exactly_the_newest_cap(seed: int) -> None:
    # Trimming at every post must keep what a list that never forgets would show in its
    # newest ``cap`` entries, and no more: re-posting a story that fell out of the window
    # posts it again.
    rng = random.Random(seed)
    posts = [(f"t{rng.randrange(15)}", rng.randrange(60)) for _ in range(5_000)]
    p = Postings(cap=8)
    for term, story in posts:
        p.post(term, story)
    assert {t: list(lst) for t, lst in p.lists.items()} == _window_reference(8, posts)
    query = [(f"t{i}", 1.0 / (1 + i)) for i in range(15)]
    ref = _window_reference(8, posts)
    acc: dict[int, float] = {}
    for term, w in query:
        for s in ref.get(term, []):
            acc[s] = acc.get(s, 0.0) + w
    assert p.gather(query) == acc


class _AlwaysChecked(Postings):
    """Postings that ignore the ``fresh`` hint: the plain form of every post."""

    def post(self, term: str, story: int, *, fresh: bool = False) -> None:
        super().post(term, story)


def test_clusterer_posts_fresh_only_for_stories_never_posted() -> None:
    # A crowded stream (small vocabulary: full posting lists), follow-ups, copies and
    # merges: the clusterer's use of the hint changes neither placements nor the index.
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(300)]
    names = [f"Name{i}" for i in range(60)]
    topics = [(rng.sample(vocab, 6), rng.sample(names, 2)) for _ in range(400)]

    def article(i: int) -> Article:
        words, who = topics[rng.randrange(len(topics))]
        body = " ".join(rng.choice(words) if j % 3 else rng.choice(vocab) for j in range(40))
        return Article(
            id=f"a{i}", title=" ".join(rng.sample(words, 4)), text=f"{who[0]} and {who[1]} said {body}."
        )

    arts = [article(i) for i in range(1_500)]
    arts += [Article(id=f"c{i}", title=a.title, text=a.text) for i, a in enumerate(arts[:200:7])]  # copies
    cfg = ClusterConfig(postings_cap=8)
    fast, plain = OnlineClusterer(cfg), OnlineClusterer(cfg)
    plain._postings = _AlwaysChecked(cfg.postings_cap)
    assert [fast.add(a) for a in arts] == [plain.add(a) for a in arts]
    for c in (fast, plain):
        for m in c.merge_candidates(0.3)[:5]:
            if m.keep in c._by_id and m.absorb in c._by_id:
                c.merge(m.keep, m.absorb)
    more = [article(i) for i in range(1_500, 1_800)]
    assert [fast.add(a) for a in more] == [plain.add(a) for a in more]
    assert fast._postings.lists == plain._postings.lists
    assert max(len(lst) for lst in fast._postings.lists.values()) == cfg.postings_cap  # full lists


def test_ranked_of_nothing_is_empty() -> None:
    p = Postings(cap=8)
    assert p.ranked([("absent", 1.0)]) == []


def test_posting_lists_are_flat_integer_arrays() -> None:
    # Story numbers live in one buffer per term: no int object per posting for a read
    # to chase through the heap or for the cyclic GC to visit.
    p = _filled(1, 10_000, terms=5, posts=500)
    for lst in p.lists.values():
        assert not any(isinstance(x, int) for x in gc.get_referents(lst))
        assert lst.itemsize == 8
        assert len(set(lst[-p.cap :])) == min(len(lst), p.cap)


@pytest.mark.parametrize("max_terms", [10**6, 60])
def test_add_weigh_equals_add_then_idf(max_terms: int) -> None:
    rng = random.Random(7)
    a, b = DocFreq(max_terms=max_terms), DocFreq(max_terms=max_terms)
    for i in range(300):
        terms = {f"w{rng.randrange(80)}": rng.random() + 0.5 for _ in range(rng.randrange(1, 9))}
        terms[f"once{i}"] = 1.0  # a singleton: forgotten when the small table is pruned
        got, norm = a.add_weigh(terms)
        b.add(terms.keys())
        want = {t: v * b.idf(t) for t, v in terms.items()}
        assert got == want
        assert norm == math.sqrt(sum(w * w for w in want.values()))
        assert a.df == b.df
    assert len(a.df) <= max_terms + 10


def _check_buckets(idx: NearDupIndex) -> None:
    """Every kept text sits in exactly its band buckets; nothing else is referenced."""
    refs: dict[int, int] = {}
    for bucket in idx._buckets:
        for hit in bucket.values():
            for eid in hit if isinstance(hit, list) else [hit]:
                refs[eid] = refs.get(eid, 0) + 1
    assert set(refs) == set(idx._entries)
    assert all(n == idx.bands for n in refs.values())
    for eid, (sig, _) in idx._entries.items():
        keys = idx._keys(np.frombuffer(sig, dtype=np.uint32))
        for bucket, key in zip(idx._buckets, keys, strict=True):
            hit = bucket[key]
            assert eid == hit or (isinstance(hit, list) and eid in hit)


def test_near_dup_index_forgets_cleanly_in_batches() -> None:
    idx = NearDupIndex(capacity=300)
    rng = random.Random(3)
    texts: list[list[str]] = []
    for i in range(1_000):
        if texts and rng.random() < 0.3:
            words = list(rng.choice(texts))  # a copy: shares band keys (bucket collisions)
        else:
            words = [f"w{rng.randrange(5000)}" for _ in range(30)]
            texts.append(words)
        sig = idx.signature(words)
        assert sig is not None
        idx.add(sig, f"s{i}", content_hash=f"h{i}")
        if i % 97 == 0:
            _check_buckets(idx)
    assert len(idx) == 300
    _check_buckets(idx)
    # Forgetting by owner (dormant stories) goes through the same path.
    oldest = [owner for _, owner in list(idx._entries.values())[:50]]
    gone = set(oldest)
    assert idx.expire(lambda owner: owner not in gone) == 50
    _check_buckets(idx)
