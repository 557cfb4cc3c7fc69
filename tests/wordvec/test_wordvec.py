"""The shipped static word-vector table: shape, meaning, and the embed contract."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from plainwire import wordvec
from plainwire.errors import ConfigError


def test_table_is_a_unit_int8_derived_table() -> None:
    t = wordvec.table()
    assert len(t) > 30_000
    assert t.dim == wordvec.DIM
    assert t.matrix.dtype == np.float32
    assert len(set(t.words)) == len(t.words)
    norms = np.linalg.norm(t.matrix, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-4)
    assert not t.matrix.flags.writeable  # shared by every caller: nobody may change it
    assert t.row("election") is not None and t.row("Election") == t.row("election")


def test_restatements_are_closer_than_unrelated_sentences() -> None:
    t = wordvec.table()

    def sim(a: str, b: str) -> float:
        return wordvec.cosine(t.embed(a.lower().split()), t.embed(b.lower().split()))

    same = sim("the senate passes the spending bill", "lawmakers approve the budget legislation")
    other = sim("the senate passes the spending bill", "a hurricane floods coastal towns")
    assert same > other + 0.2
    assert sim("talks collapsed", "negotiations failed") > sim("talks collapsed", "shares rose sharply")


def test_embed_skips_unknown_words_and_respects_weights() -> None:
    t = wordvec.table()
    assert not t.embed(["qzxqzxqzx", ""]).any()
    assert not t.embed([]).any()
    assert not t.embed(["court"], weights={"court": 0.0}).any()
    court = t.embed(["court"])
    assert np.allclose(court, t.matrix[t.row("court")])
    # a heavy weight pulls the mean towards its word
    light = t.embed(["court", "storm"], weights={"court": 1.0, "storm": 0.1})
    heavy = t.embed(["court", "storm"], weights={"court": 0.1, "storm": 1.0})
    assert wordvec.cosine(light, court) > wordvec.cosine(heavy, court)
    assert abs(float(np.linalg.norm(light)) - 1.0) < 1e-5
    docs = [["court"], ["nothingknownhere"], ["storm", "court", "storm", "qzxqzx"], []]
    many = t.embed_many(docs)
    assert many.shape == (4, t.dim) and np.allclose(many[0], court) and not many[1].any()
    # the batched path gives what embed gives, document by document (repeats count, unknowns skip)
    assert np.allclose(many, np.stack([t.embed(d) for d in docs]), atol=1e-6)
    weighted = t.embed_many(docs, weights={"court": 1.0, "storm": 0.1})
    assert np.allclose(weighted[2], t.embed(docs[2], weights={"court": 1.0, "storm": 0.1}))


def test_from_arrays_rejects_a_mismatched_table() -> None:
    with pytest.raises(ConfigError, match="2 words"):
        wordvec.from_arrays(["a", "b"], np.zeros((3, 4), dtype=np.int8))
    t = wordvec.from_arrays(["a", "b"], np.array([[127, 0], [3, 4]], dtype=np.int8))
    assert np.allclose(t.matrix[1], [0.6, 0.8])


def test_import_reads_nothing() -> None:
    code = "import plainwire.wordvec as w; print(w.table.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_build_reduction_drops_the_common_direction() -> None:
    from tools.build_wordvec import reduce

    rng = np.random.default_rng(3)
    common = rng.normal(size=16)
    emb = rng.normal(size=(200, 16)) * 0.3 + common * rng.uniform(2, 3, size=(200, 1))
    a = reduce(emb, 4, 1)
    assert a.shape == (200, 4) and np.allclose(np.linalg.norm(a, axis=1), 1.0)
    assert np.array_equal(a, reduce(emb.copy(), 4, 1))
    kept = reduce(emb, 4, 0)
    # with the dominant shared direction kept, rows look alike; dropped, they spread out
    assert float(np.mean(kept @ kept.T)) > float(np.mean(a @ a.T))
