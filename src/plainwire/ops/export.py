"""Export articles and stories as JSONL (always) or Parquet (with the ``parquet`` extra)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from plainwire.errors import BadInputError
from plainwire.models import iso
from plainwire.store import Store, from_epoch

FORMATS = ("jsonl", "parquet")
KINDS = ("articles", "stories")


def _time(value: float | None) -> str | None:
    return iso(from_epoch(value))


def article_record(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "url": r["url"],
        "title": r["title"],
        "text": r["text"],
        "source": r["source"],
        "published": _time(r["published"]),
        "modified": _time(r["modified"]),
        "fetched_at": _time(r["fetched_at"]),
        "authors": json.loads(r["authors"] or "[]"),
        "language": r["language"],
        "site": r["site"],
        "section": r["section"],
        "description": r["description"],
        "content_hash": r["content_hash"],
        "genre": r["genre"],
        "tone": {
            "label": r["tone_label"],
            "score": r["tone_score"],
            "evidence": json.loads(r["tone_evidence"] or "[]"),
        },
        "story_id": r["story_id"],
        "body_dropped": r.get("body_dropped_at") is not None,
    }


def story_record(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": r["id"],
        "slug": r["slug"],
        "headline": r["headline"],
        "story": r["story"],
        "tone": {"label": r["tone_label"], "score": r["tone_score"]},
        "published": _time(r["published"]),
        "updated": _time(r["updated"]),
        "n_articles": r["n_articles"],
        "n_outlets": r["n_outlets"],
        "merged_into": r["merged_into"],
        "synthesized_at": _time(r["synthesized_at"]),
        "synthesis": json.loads(r["synthesis"]) if r["synthesis"] else None,
    }


def records(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    convert = article_record if kind == "articles" else story_record
    for r in store.iter_rows(kind):
        yield convert(r)


def export(
    store: Store,
    out_dir: str | Path,
    *,
    fmt: str = "jsonl",
    kinds: tuple[str, ...] = KINDS,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, Path]:
    """Write ``articles.<fmt>`` and ``stories.<fmt>`` into ``out_dir``; returns the paths.

    Each file is written beside its target and renamed, so a half-written export never
    replaces a good one. ``progress(kind, n)`` is called as rows are written.
    """
    if fmt not in FORMATS:
        raise BadInputError(f"unknown export format {fmt!r} (use {' or '.join(FORMATS)})")
    for k in kinds:
        if k not in KINDS:
            raise BadInputError(f"unknown export kind {k!r} (use {' or '.join(KINDS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind in kinds:
        path = out / f"{kind}.{fmt}"
        tmp = path.with_name(path.name + ".partial")
        try:
            if fmt == "jsonl":
                _write_jsonl(records(store, kind), tmp, kind, progress)
            else:
                _write_parquet(records(store, kind), tmp, kind, progress)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        paths[kind] = path
    return paths


def _write_jsonl(
    rows: Iterator[dict[str, Any]], path: Path, kind: str, progress: Callable[[str, int], None] | None
) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for n, rec in enumerate(rows, 1):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if progress and n % 200 == 0:
                progress(kind, n)
    if progress:
        progress(kind, -1)


def _write_parquet(
    rows: Iterator[dict[str, Any]],
    path: Path,
    kind: str,
    progress: Callable[[str, int], None] | None,
    *,
    batch: int = 2000,
) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise BadInputError("Parquet export needs pyarrow: pip install 'plainwire[parquet]'") from None

    def flat(rec: dict[str, Any]) -> dict[str, Any]:
        # Nested values (tone, synthesis, authors) as JSON text: one stable flat schema.
        return {
            k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v for k, v in rec.items()
        }

    schema = _schema(pa, kind)
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buf: list[dict[str, Any]] = []
        for rec in rows:
            buf.append(flat(rec))
            n += 1
            if len(buf) >= batch:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                buf = []
                if progress:
                    progress(kind, n)
        writer.write_table(pa.Table.from_pylist(buf, schema=schema))
    if progress:
        progress(kind, -1)


def _schema(pa: Any, kind: str) -> Any:
    """Explicit column types: an all-null first batch must not fix a column's type."""
    cols = ARTICLE_COLUMNS if kind == "articles" else STORY_COLUMNS
    types = {"body_dropped": pa.bool_(), "n_articles": pa.int64(), "n_outlets": pa.int64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in cols])


ARTICLE_COLUMNS = (
    "id",
    "url",
    "title",
    "text",
    "source",
    "published",
    "modified",
    "fetched_at",
    "authors",
    "language",
    "site",
    "section",
    "description",
    "content_hash",
    "genre",
    "tone",
    "story_id",
    "body_dropped",
)
STORY_COLUMNS = (
    "id",
    "slug",
    "headline",
    "story",
    "tone",
    "published",
    "updated",
    "n_articles",
    "n_outlets",
    "merged_into",
    "synthesized_at",
    "synthesis",
)
