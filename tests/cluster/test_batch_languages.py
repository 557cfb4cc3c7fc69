"""The whole-file pass keeps languages apart as the online pass does (fourteenth session).

In a file holding two known languages, a text joins a story in another language only by the
cross-language rule (shared rare names *and* a figure of the event, plainwire.cluster.xlang),
never by the word score: two texts in two languages that share little but names would
otherwise link on the names alone. `plainwire cluster` (whole file), `--online` and the
recluster window (cluster_window) must agree on an invented two-language file: English
reports of a wine fair and a French report of another event in the same town, naming the same
mayor and square, stay apart. Without the batch's static word vectors (``batch_static_weight``
0, as with the dense encoder, whose vectors replace them), the committed whole-file pass
linked them on the names alone (the no-static-vectors case failed there). Joining across languages by the rule is tested in test_xlang.py.

Everything here (Valbrune, Mireille Castagnet, ...) is made up for these tests.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plainwire.cli.main import app
from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch
from plainwire.cluster.recluster import cluster_window
from plainwire.models import Article, iso

T0 = datetime(2031, 5, 12, 7, 0, tzinfo=UTC)

# (id: event/outlet, language, hours after T0, title, text)
ITEMS: list[tuple[str, str, float, str, str]] = [
    (
        "fair/wire",
        "en",
        0.0,
        "Valbrune wine fair opens with 43 growers",
        "The Valbrune wine fair opened on Saturday with 43 growers from the Ardelle valley, mayor "
        "Mireille Castagnet said. The fair runs until Monday on the Place Gaudry.",
    ),
    (
        "fair/daily",
        "en",
        1.0,
        "Growers fill the Place Gaudry as Valbrune's wine fair begins",
        "Forty-three growers set up their stalls on the Place Gaudry as the Valbrune wine fair began. "
        "Mayor Mireille Castagnet opened the fair and tasted the first wine.",
    ),
    (
        "square/echo",
        "fr",
        3.0,
        "Valbrune : Mireille Castagnet veut une place Gaudry sans voitures",
        "Mireille Castagnet, maire de Valbrune, veut fermer la place Gaudry aux voitures. « La place "
        "Gaudry doit revenir aux habitants de Valbrune », a dit Mireille Castagnet.",
    ),
    (
        "bridge/wire",
        "en",
        5.0,
        "Korsby bridge closed for repairs after lorry strike",
        "The old Korsby bridge was closed on Saturday after a lorry hit its parapet, the roads agency "
        "said. Repairs will take about three weeks.",
    ),
    (
        "bridge/daily",
        "en",
        6.0,
        "Lorry damages Korsby bridge, crossing shut for three weeks",
        "A lorry struck the parapet of the Korsby bridge on Saturday and the crossing will stay shut for "
        "about three weeks while it is repaired, the roads agency said.",
    ),
]


def articles() -> list[Article]:
    return [
        Article(
            id=i,
            title=title,
            text=text,
            source=i.split("/")[1],
            published=T0 + timedelta(hours=h),
            language=lang,
        )
        for i, lang, h, title, text in ITEMS
    ]


def _by_gold(story: dict[str, str]) -> None:
    for a in story:
        for b in story:
            assert (story[a] == story[b]) == (a.split("/")[0] == b.split("/")[0]), (a, b, story)


def _cli(tmp_path: Path, *args: str) -> dict[str, str]:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [
        {
            "id": a.id,
            "title": a.title,
            "text": a.text,
            "source": a.source,
            "published": iso(a.published),
            "language": a.language,
        }
        for a in articles()
    ]
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = CliRunner().invoke(app, ["cluster", str(inp), "-o", str(out), *args])
    assert res.exit_code == 0, res.output
    return {x["id"]: x["story_id"] for x in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


NO_STATIC = ClusterConfig(batch_static_weight=0.0)


@pytest.mark.parametrize("mode", [[], ["--online"]], ids=["whole-file", "online"])
def test_the_cluster_command_keeps_two_languages_apart(tmp_path: Path, mode: list[str]) -> None:
    _by_gold(_cli(tmp_path, *mode))


@pytest.mark.parametrize("config", [None, NO_STATIC], ids=["default", "no-static-vectors"])
def test_whole_file_recluster_window_and_online_agree(config: ClusterConfig | None) -> None:
    for groups in (cluster_batch(articles(), config), cluster_window(articles(), config)):
        _by_gold({a: str(i) for i, g in enumerate(groups) for a in g})
    online = OnlineClusterer(config)
    _by_gold({a.id: online.add(a) for a in articles()})
