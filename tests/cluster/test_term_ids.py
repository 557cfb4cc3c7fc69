"""Integer term ids and word hashes carried by tokens: the same results as string keys.

The online clusterer keys its IDF counts, article vectors, story centroids and posting
lists by ``TermTable`` ids, and its copy fingerprint reads word hashes from the tokens.
Neither may change a result: these tests compare with the plain forms.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.cluster.index import DocFreq, TermTable
from plainwire.cluster.neardup import MinHasher, word_hash
from plainwire.cluster.text import tokenize, tokenize_article, word_hashes, words
from plainwire.models import Article


@pytest.mark.parametrize("max_terms", [10**6, 60, 15])
def test_term_table_weighs_and_prunes_as_docfreq(max_terms: int) -> None:
    rng = random.Random(max_terms)
    ref, table = DocFreq(max_terms=max_terms), TermTable(max_terms=max_terms)
    held: set[int] = set()  # ids "stored" by a story: must survive any prune
    table.in_use = lambda: np.fromiter(held, dtype=np.int64, count=len(held))
    term_of: dict[int, str] = {}
    for i in range(400):
        terms = {f"w{rng.randrange(90)}": rng.random() + 0.5 for _ in range(rng.randrange(1, 9))}
        terms[f"once{i}"] = 1.0  # a singleton: forgotten when the small table is pruned
        want, want_norm = ref.add_weigh(terms)
        got, norm = table.add_weigh(terms)
        assert list(got) == [table.ids[t] for t in terms]  # keyed by id, in term order
        assert {term_of.setdefault(k, t) for k, t in zip(got, terms, strict=True)} == set(terms)
        assert all(term_of[k] == t for k, t in zip(got, terms, strict=True))  # ids stay put while held
        assert dict(zip(terms, got.values(), strict=True)) == want
        assert norm == want_norm
        assert table.df == ref.df
        assert table.live == len(ref.df)
        assert all(table.idf(t) == ref.idf(t) for t in terms)
        if i % 3 == 0:
            held.update(got)  # as a centroid or a posting list would hold them
        # an id no longer held may be reused for another term: forget its old name
        for k in [k for k in term_of if k not in held and table.ids.get(term_of[k]) != k]:
            del term_of[k]
    assert table.idf("never-seen") == ref.idf("never-seen")
    if max_terms < 100:
        assert len(table.ids) < 400 + 90  # released ids were reused: the table stays bounded
        assert all(term_of[k] in table.ids for k in held)  # nothing held was released


def _stream(seed: int, n: int) -> list[Article]:
    # A small vocabulary (crowded posting lists), recurring names and numbers, copies.
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))

    vocab = [word() for _ in range(400)]
    names = [word().capitalize() for _ in range(80)]
    topics = [(rng.sample(vocab, 6), rng.sample(names, 2), rng.randrange(10, 9999)) for _ in range(300)]
    arts = []
    for i in range(n):
        words_, who, num = topics[rng.randrange(len(topics))]
        body = " ".join(rng.choice(words_) if j % 3 else rng.choice(vocab) for j in range(40))
        tail = " ".join(word() for _ in range(30))  # light, mostly unique: counted, never posted
        arts.append(
            Article(
                id=f"a{i}",
                title=" ".join(rng.sample(words_, 4)),
                text=f"{who[0]} met {who[1]} over {num} claims, said {body}. Also {tail}.",
            )
        )
        if i % 13 == 0:
            arts.append(Article(id=f"c{i}", title=arts[-1].title, text=arts[-1].text, source="wire"))
    return arts


def test_released_term_ids_change_no_placement() -> None:
    # A tiny IDF table is pruned again and again; the default clusterer releases and
    # reuses the ids nothing refers to, the other keeps every id ever given. Reusing an
    # id still held by a centroid or a posting list would mix two terms up.
    arts = _stream(5, 2_500)
    cfg = ClusterConfig(postings_cap=8)
    reuse, keep = OnlineClusterer(cfg), OnlineClusterer(cfg)
    for c in (reuse, keep):
        c._df.max_terms = 120
    keep._df.in_use = None
    assert [reuse.add(a) for a in arts] == [keep.add(a) for a in arts]
    assert reuse.merge_candidates(0.3) == keep.merge_candidates(0.3)
    assert len(reuse._df.ids) < len(keep._df.ids)  # ids were released...
    assert len(reuse._df.counts) < len(keep._df.counts)  # ...and reused


def test_story_centroids_hold_integer_ids() -> None:
    c = OnlineClusterer()
    for a in _stream(2, 60):
        c.add(a)
    story = next(iter(c._live.values()))
    assert story.terms.typecode == "i" and len(story.terms) > 0
    name = {i: t for t, i in c._df.ids.items()}
    assert all(name[i] for i in story.terms)  # every centroid id names a counted term


def test_tokens_carry_the_word_hash_of_their_word() -> None:
    text = "Rain fell on Marrowdale. COVID-19 cases rose 1,200! 東京都で Ölwerk's pier; the end"
    toks = tokenize(text)
    assert all(h == word_hash(lower) for _k, lower, _f, h in toks if lower)
    assert all(h == 0 for _k, lower, _f, h in toks if not lower)  # sentence markers


@pytest.mark.parametrize("seed", range(3))
def test_signature_from_token_hashes_equals_signature_from_words(seed: int) -> None:
    rng = random.Random(seed)
    pool = ["harbour", "Cranes", "stopped", "the", "4,000", "Quillon's", "東京都", "naïve", "x"]
    hasher = MinHasher()
    cfg = ClusterConfig()
    for _ in range(200):
        body = " ".join(rng.choice(pool) + rng.choice(["", ".", ","]) for _ in range(rng.randrange(0, 300)))
        toks = tokenize_article(rng.choice(pool), body, cfg)
        ws = words(toks)
        assert word_hashes(toks) == [word_hash(w) for w in ws]
        a, b = hasher.signature(ws), hasher.signature_of_hashes(word_hashes(toks))
        assert (a is None and b is None) or (a is not None and b is not None and (a == b).all())


def test_idf_of_an_unseen_term_is_finite() -> None:
    t = TermTable()
    t.add_weigh({"ferry": 1.0})
    assert math.isfinite(t.idf("absent")) and t.idf("absent") > t.idf("ferry")
