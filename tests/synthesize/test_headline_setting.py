"""The ``headline`` setting reaches every way a story is written: the batch command, the main
job's pipeline, and the config file (where a wrong value is an error, not ignored)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plainwire.cli.batch import HeadlineStrategy
from plainwire.cli.main import app
from plainwire.errors import ConfigError
from plainwire.models import Article
from plainwire.pipeline import PassReport
from plainwire.settings import HEADLINE_STRATEGIES, load_config
from plainwire.synthesize import synthesize
from tests.ops.helpers import make_pipeline

# Two outlets' invented reports of one council vote: the outlet titles differ from the
# subject-predicate core of the best-supported sentence, so "title" and "clause" disagree.
T0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
ARTICLES = [
    Article(
        id="a1",
        title="Velmora council approves tidal plant",
        text="The Velmora city council approved the Kestrel Bay tidal plant on Sunday by a vote of 7 to 2. "
        "Mayor Tomas Reyvik said construction would start in March.",
        url="https://meridian.example/news/velmora-tidal-plant",
        source="The Daily Meridian",
        published=T0,
    ),
    Article(
        id="a2",
        title="Kestrel Bay plant wins Velmora vote",
        text="The Velmora city council approved the Kestrel Bay tidal plant on Sunday, 7 votes to 2. "
        "Construction of the twelve turbines starts in March, the mayor said.",
        url="https://courier.example/news/kestrel-bay-plant-vote",
        source="Harbor Courier",
        published=T0 + timedelta(hours=1),
    ),
]
TITLES = {a.title for a in ARTICLES}


def test_cli_choices_are_the_settings_values() -> None:
    assert tuple(m.value for m in HeadlineStrategy) == HEADLINE_STRATEGIES


def test_strategies_make_different_headlines() -> None:
    title = synthesize("s1", ARTICLES, headline="title").headline
    clause = synthesize("s1", ARTICLES, headline="clause").headline
    assert title in TITLES
    assert clause not in TITLES and "council approved" in clause
    assert synthesize("s1", ARTICLES).headline == title  # the default
    with pytest.raises(ValueError, match="unknown headline strategy"):
        synthesize("s1", ARTICLES, headline="loudest")


def test_batch_command_takes_the_strategy(tmp_path: Path) -> None:
    line = {
        "story_id": "st1",
        "articles": [
            json.loads(
                json.dumps(
                    {
                        "id": a.id,
                        "title": a.title,
                        "text": a.text,
                        "url": a.url,
                        "source": a.source,
                        "published": a.published.isoformat() if a.published else None,
                    }
                )
            )
            for a in ARTICLES
        ],
    }
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps(line) + "\n")
    runner = CliRunner()
    heads = {}
    for strategy in ("title", "clause"):
        result = runner.invoke(app, ["synthesize", str(inp), "--headline", strategy])
        assert result.exit_code == 0, result.output
        heads[strategy] = json.loads(result.stdout)["headline"]
    assert heads["title"] in TITLES and heads["clause"] not in TITLES
    bad = runner.invoke(app, ["synthesize", str(inp), "--headline", "loudest"])
    assert bad.exit_code == 2 and "loudest" in bad.output


def test_config_file_value_is_checked(tmp_path: Path) -> None:
    (tmp_path / "plainwire.toml").write_text('headline = "loudest"\n')
    with pytest.raises(ConfigError, match="headline must be one of title, clause, joint, learned"):
        load_config(tmp_path)
    (tmp_path / "plainwire.toml").write_text('headline = "clause"\n')
    assert load_config(tmp_path).headline == "clause"


@pytest.mark.parametrize("strategy", ["title", "clause"])
def test_main_job_writes_headlines_with_the_setting(tmp_path: Path, strategy: str) -> None:
    pipeline, _ = make_pipeline(tmp_path, headline=strategy)
    try:
        report = PassReport()
        pipeline.add_articles(ARTICLES, report)
        pipeline.synthesize_dirty(report)
        [sid] = {pipeline.store.article_story(a.url)[1] for a in ARTICLES}  # type: ignore[index]
        headline = pipeline.store.get_story(sid).synthesis["headline"]  # type: ignore[union-attr,index]
    finally:
        pipeline.close()
        pipeline.store.close()
    assert (headline in TITLES) == (strategy == "title"), headline
