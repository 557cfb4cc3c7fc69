"""Batch JSONL commands: extract, analyze, cluster, synthesize.

Their formats are a contract (benchmarks depend on them); see docs/cli.md.
Exit codes: 0 all inputs processed; 1 some inputs were bad (each reported, the rest
processed); 2 nothing could be processed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from enum import StrEnum
from typing import Annotated, Any

import typer

from plainwire.cli.jsonl import ErrorReport, iter_jsonl, open_output, write_obj
from plainwire.errors import BadJsonlError
from plainwire.models import Article, article_from_json

log = logging.getLogger(__name__)


class HeadlineStrategy(StrEnum):
    """The ``headline`` setting's values as a CLI choice: typer lists them in --help and rejects
    others (tests/test_batch_cli.py keeps them equal to ``settings.HEADLINE_STRATEGIES``)."""

    TITLE = "title"
    CLAUSE = "clause"
    JOINT = "joint"
    LEARNED = "learned"


OutOpt = Annotated[str | None, typer.Option("-o", "--output", help="Write JSONL here instead of stdout.")]
JsonErrOpt = Annotated[
    bool, typer.Option("--errors-json", help="Report bad inputs as JSON error objects on stderr.")
]


def _exit(report: ErrorReport, produced: int) -> None:
    if report:
        raise typer.Exit(code=1 if produced else 2)


def _articles(path: str, report: ErrorReport) -> Iterator[Article]:
    for _loc, _obj, art in _read_articles(path, report):
        yield art


def _capped(art: Article, loc: str) -> Article:
    """``art`` with its text cut to the body limit the run loop keeps (``extract.limits``),
    with a warning naming the input line: one 10 MB ``text`` cost ``analyze`` 78 s and 1.66 GB."""
    from plainwire.extract.limits import MAX_BODY_CHARS, cap_body

    if len(art.text) <= MAX_BODY_CHARS:
        return art
    text = cap_body(art.text)
    log.warning("%s: article text of %d characters cut to the first %d", loc, len(art.text), len(text))
    return replace(art, text=text)


def _read_articles(path: str, report: ErrorReport) -> Iterator[tuple[str, dict[str, Any], Article]]:
    """``(location, line object, article)`` of each good line (its text capped: ``_capped``);
    bad ones reported."""
    for loc, obj in iter_jsonl(path, report):
        try:
            yield loc, obj, _capped(article_from_json(obj), loc)
        except KeyError as exc:
            report.add(BadJsonlError(f"missing field {exc.args[0]!r}", input=loc))
        except (TypeError, ValueError) as exc:
            report.add(BadJsonlError(str(exc), input=loc))


#: The genres ``plainwire analyze`` writes (docs/cli.md).
GENRES = ("news", "opinion", "analysis")


def _articles_with_genre(path: str, report: ErrorReport) -> Iterator[tuple[Article, str | None]]:
    """Articles with the ``genre`` their line carries (``plainwire analyze``'s field; absent:
    ``None``). An unknown genre is reported naming the line; the article is still placed,
    as one of unknown genre."""
    for loc, obj, art in _read_articles(path, report):
        genre = obj.get("genre")
        if genre is not None and genre not in GENRES:
            report.add(BadJsonlError(f"genre {genre!r} is not one of {', '.join(GENRES)}", input=loc))
            genre = None
        yield art, genre


def analyze_cmd(
    input: Annotated[
        str, typer.Argument(help="JSONL of articles {id,title,text,url?,source?,published?}, or -")
    ],
    output: OutOpt = None,
    workers: Annotated[
        int, typer.Option(min=0, help="Worker processes (0 = one per core, 1 = in this process).")
    ] = 0,
    errors_json: JsonErrOpt = False,
) -> None:
    """Genre and tone of each article: {id, language, genre, tone{label,score,evidence}}."""
    from plainwire.analyze import analyze_many
    from plainwire.cli.common import config_or_exit, err_console
    from plainwire.errors import ConfigError

    dense = config_or_exit(None).tone_dense  # the optional embeddings tone head (docs/tone.md)
    if dense:
        from plainwire.analyze.dense_tone import default_head

        try:
            default_head()
        except ConfigError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(code=2) from None
    report = ErrorReport(json_errors=errors_json)
    n = 0
    with open_output(output) as out:
        for analysis in analyze_many(_articles(input, report), workers=workers, dense=dense):
            write_obj(out, analysis.to_json())
            n += 1
    _exit(report, n)


def cluster_cmd(
    input: Annotated[str, typer.Argument(help="JSONL of articles in stream order, or -")],
    output: OutOpt = None,
    workers: Annotated[
        int, typer.Option(help="Tokenising processes beside the clusterer (0 = one per extra core).")
    ] = 0,
    dense_weight: Annotated[
        float,
        typer.Option(
            "--dense-weight",
            min=0.0,
            max=1.0,
            help="Weight of dense-embedding similarity in the join score (0 = off; needs the 'embeddings' extra).",
        ),
    ] = 0.0,
    join_threshold: Annotated[
        float | None,
        typer.Option(
            "--join-threshold",
            help="Join score threshold of --online (default: the tuned one for the chosen --dense-weight).",
        ),
    ] = None,
    online: Annotated[
        bool,
        typer.Option(
            "--online",
            help="One streaming pass, as `plainwire run` places articles (default: "
            "whole-file clustering, which reads the file first and is more accurate).",
        ),
    ] = False,
    mate_fdr: Annotated[
        float | None,
        typer.Option(
            "--mate-fdr",
            min=0.001,
            max=1.0,
            help="Whole-file only: the 'has a mate' test at this false discovery rate (e.g. 0.2), "
            "for files of mostly one-article stories; costs F1 where most stories have several "
            "articles (docs/clustering.md).",
        ),
    ] = None,
    errors_json: JsonErrOpt = False,
) -> None:
    """Story clustering of a file of articles: {id, story_id} per input line, in input order.

    By default the whole file is clustered at once (plainwire.cluster.batch); `--online`
    places articles in one pass in input (or `published`) order, as `plainwire run` does."""
    import dataclasses
    from collections import deque

    from plainwire.cli.common import err_console
    from plainwire.cluster import ClusterConfig, OnlineClusterer
    from plainwire.cluster.config import dense_online
    from plainwire.errors import ConfigError

    report = ErrorReport(json_errors=errors_json)
    config = dataclasses.replace(ClusterConfig(), dense_weight=dense_weight)
    if dense_weight > 0:
        # The mixed score has its own scale: use the threshold and floor tuned for it (online
        # pass; the whole-file pass's hubness-corrected score needs no other threshold).
        config = dense_online(config)
    if join_threshold is not None:
        config = dataclasses.replace(config, join_threshold=join_threshold)
    if mate_fdr is not None:
        if online:
            err_console.print(
                "[red]error:[/red] --mate-fdr applies to whole-file clustering, not to --online"
            )
            raise typer.Exit(code=2)
        config = dataclasses.replace(config, mate_fdr=mate_fdr)
    if not online:
        try:
            if dense_weight > 0:
                OnlineClusterer(config)  # checks the extra is there before reading the file
            _cluster_whole_file(input, output, config, report, workers)
        except ConfigError as exc:
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(code=2) from None
        return
    try:
        clusterer = OnlineClusterer(config)
    except ConfigError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=2) from None
    in_flight: deque[Article] = deque()  # add_many yields in input order, a bounded way behind
    genres: deque[str | None] = deque()  # each article's genre, pushed as it is read

    def feed() -> Iterator[Article]:
        for art, genre in _articles_with_genre(input, report):
            in_flight.append(art)
            genres.append(genre)
            yield art

    def genre_stream() -> Iterator[str | None]:
        while True:
            yield genres.popleft()

    n = 0
    with open_output(output) as out:
        try:
            for story_id in clusterer.add_many(feed(), workers=workers, genres=genre_stream()):
                write_obj(out, {"id": in_flight.popleft().id, "story_id": story_id})
                n += 1
        except ConfigError as exc:  # the dense model failed to load on first use
            err_console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(code=2) from None
    if clusterer.late_articles:
        err_console.print(
            f"[yellow]warning:[/yellow] {clusterer.late_articles} of {n} articles came more than "
            f"{clusterer.config.late_tolerance} after a newer one: --online reads {input} in file order "
            "(sort it by published, or leave out --online to cluster the whole file in time order)"
        )
    _exit(report, n)


def _cluster_whole_file(
    input: str, output: str | None, config: Any, report: ErrorReport, workers: int
) -> None:
    import os

    from plainwire.cluster import cluster_batch

    arts = list(_articles(input, report))
    n = (os.cpu_count() or 1) - 1 if workers == 0 else workers
    # Worker processes pay off only past a few thousand articles (they start in ~1 s).
    groups = cluster_batch(arts, config, workers=n if len(arts) >= 2_000 else 0)
    # Ids as the online pass numbers them: s1, s2, ... by each story's first article.
    story = {aid: f"s{num}" for num, ids in enumerate(groups, 1) for aid in ids}
    with open_output(output) as out:
        for art in arts:
            write_obj(out, {"id": art.id, "story_id": story[art.id]})
    _exit(report, len(arts))


def _story_input(loc: str, obj: dict[str, Any]) -> tuple[str, list[Article]]:
    if "story_id" not in obj:
        raise KeyError("story_id")
    if "articles" not in obj:
        raise KeyError("articles")
    arts = obj["articles"]
    if not isinstance(arts, list):
        raise TypeError("articles must be a list")
    if not arts:  # a story without articles has no headline, highlights or text to give
        raise ValueError("articles is empty (a story needs at least one article)")
    story_id = str(obj["story_id"])
    out = []
    for i, a in enumerate(arts):
        if not isinstance(a, dict):
            raise TypeError(f"articles[{i}] is not an object")
        a = dict(a)
        a.setdefault("id", f"{story_id}/{i}")
        try:
            out.append(_capped(article_from_json(a), f"{loc} articles[{i}]"))
        except KeyError as exc:
            raise KeyError(f"articles[{i}].{exc.args[0]}") from None
    return story_id, out


def synthesize_cmd(
    input: Annotated[str, typer.Argument(help="JSONL of {story_id, articles:[...]}, or -")],
    output: OutOpt = None,
    max_words: Annotated[
        int | None, typer.Option("--max-words", min=1, help="Cut the Story at a sentence boundary.")
    ] = None,
    headline: Annotated[
        HeadlineStrategy,
        typer.Option(
            "--headline", help="How the headline is made (the `headline` setting; docs/synthesis.md)."
        ),
    ] = HeadlineStrategy.TITLE,
    llm_url: Annotated[
        str | None,
        typer.Option(
            "--llm-url",
            envvar="PLAINWIRE_LLM_URL",
            help="OpenAI-compatible endpoint (e.g. http://127.0.0.1:8080/v1) "
            "that rewrites headline and story from the selected sentences; unsupported output is rejected.",
        ),
    ] = None,
    llm_model: Annotated[
        str, typer.Option("--llm-model", envvar="PLAINWIRE_LLM_MODEL", help="Model name for --llm-url.")
    ] = "default",
    errors_json: JsonErrOpt = False,
) -> None:
    """Headline, highlights, story, tone, opinions, sources and times for each story."""
    import os

    from plainwire.synthesize import synthesize
    from plainwire.synthesize.llm import LLMConfig, rewrite

    llm = LLMConfig(llm_url, llm_model, api_key=os.environ.get("PLAINWIRE_LLM_API_KEY")) if llm_url else None
    report = ErrorReport(json_errors=errors_json)
    n = 0
    with open_output(output) as out:
        for loc, obj in iter_jsonl(input, report):
            try:
                story_id, arts = _story_input(loc, obj)
            except KeyError as exc:
                report.add(BadJsonlError(f"missing field {exc.args[0]!r}", input=loc))
                continue
            except (TypeError, ValueError) as exc:
                report.add(BadJsonlError(str(exc), input=loc))
                continue
            result = synthesize(story_id, arts, max_words=max_words, headline=headline.value)
            if llm is not None:
                result = rewrite(result, llm, max_words=max_words)
            write_obj(out, result.to_json())
            n += 1
    _exit(report, n)
