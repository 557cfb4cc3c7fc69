"""Golden extraction pages (Fundus-style): whole article pages of the shapes extractors get
wrong, each with a hand-written expectation of what a careful human would extract.

Each ``golden/<name>.html.gz`` holds the raw bytes a server would send (so a page may carry a
wrong charset declaration); ``golden/<name>.json`` says, for the URL it was fetched from,
the title, authors, publication time, section, schema.org type, language, genre, how the body
starts and ends, boilerplate that must not be in the body, and bounds on the body length.
The pages, outlets and people are invented; docs/benchmarks.md, "Golden pages (fifth
session)", lists what each page covers and the extraction fixes it led to.

A page whose genre the analyser (plainwire.analyze, not the extractor) gets wrong keeps the
right genre in its JSON plus ``"xfail_genre": "<reason>"``: the genre alone is then not
compared (no page needs it at present). ``site`` and ``description`` are optional keys,
compared when present (the sixth session's pages, whose defects were in those fields).

``tools/golden_page.py NAME`` shows the current extraction next to the expectation.
"""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from plainwire.analyze import genre_of
from plainwire.extract import canonical_url, extract_article
from plainwire.models import Article, parse_time

GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(p.name[: -len(".json")] for p in GOLDEN.glob("*.json"))
REQUIRED = (
    "url",
    "title",
    "authors",
    "published",
    "section",
    "schema_type",
    "language",
    "genre",
    "text_starts",
    "text_ends",
    "must_not_contain",
    "min_len",
    "max_len",
)


def load_page(name: str) -> tuple[bytes, dict[str, Any]]:
    """The raw page bytes and the expectation of golden page ``name``."""
    html = gzip.decompress((GOLDEN / f"{name}.html.gz").read_bytes())
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    missing = [k for k in REQUIRED if k not in expected]
    assert not missing, f"golden/{name}.json lacks {missing}"
    return html, expected


def _flat(text: str) -> str:
    return " ".join(text.split())


def mismatches(name: str, art: Article, expected: dict[str, Any]) -> list[str]:
    """Every field of ``art`` that differs from ``expected``, one line each, naming the field."""
    out: list[str] = []

    def differ(field: str, got: Any, want: Any) -> None:
        if got != want:
            out.append(f"{name}: {field}: got {got!r}, expected {want!r}")

    differ("title", art.title, expected["title"])
    differ("authors", list(art.authors), expected["authors"])
    want_pub: datetime | None = parse_time(expected["published"]) if expected["published"] else None
    if art.published != want_pub:  # the same instant, whatever the offset it is written in
        out.append(
            f"{name}: published: got {art.published and art.published.isoformat()}, expected {expected['published']}"
        )
    differ("section", art.section, expected["section"])
    differ("schema_type", art.schema_type, expected["schema_type"])
    differ("language", art.language, expected["language"])
    if "expected_url" in expected:
        differ("url", art.url, canonical_url(expected["expected_url"]))
    for optional in ("site", "description"):  # compared where the page was made to test them
        if optional in expected:
            differ(optional, getattr(art, optional), expected[optional])
    if "xfail_genre" not in expected:
        differ("genre", genre_of(art), expected["genre"])
    body = _flat(art.text)
    if not body.startswith(_flat(expected["text_starts"])):
        out.append(f"{name}: text_starts: body starts {body[:90]!r}, expected {expected['text_starts']!r}")
    if not body.endswith(_flat(expected["text_ends"])):
        out.append(f"{name}: text_ends: body ends {body[-90:]!r}, expected {expected['text_ends']!r}")
    for junk in expected["must_not_contain"]:
        if junk in art.text:
            at = art.text.index(junk)
            out.append(
                f"{name}: must_not_contain: {junk!r} in body: ...{art.text[max(0, at - 40) : at + 60]!r}..."
            )
    if not expected["min_len"] <= len(art.text) <= expected["max_len"]:
        out.append(f"{name}: length: {len(art.text)} not in [{expected['min_len']}, {expected['max_len']}]")
    return out


def test_corpus_is_complete() -> None:
    # Every page has its expectation and vice versa; a dozen shapes at least.
    pages = sorted(p.name[: -len(".html.gz")] for p in GOLDEN.glob("*.html.gz"))
    assert pages == NAMES
    assert len(NAMES) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_golden_page(name: str) -> None:
    html, expected = load_page(name)
    art = extract_article(html, expected["url"])
    problems = mismatches(name, art, expected)
    assert not problems, "golden page wrongly extracted:\n" + "\n".join(problems)
