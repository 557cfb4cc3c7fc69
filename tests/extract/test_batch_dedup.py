"""Process-pool extraction and duplicate detection."""

from __future__ import annotations

import random
from pathlib import Path

from plainwire.errors import ExtractionError
from plainwire.extract import extract_article
from plainwire.extract.batch import ExtractPool, Failed, extract_many, extract_records
from plainwire.extract.dedup import NearDuplicateIndex, exact_key, group_texts, similarity
from plainwire.models import Article
from plainwire.sources.base import Failure, Page

WEB = Path(__file__).parents[1] / "fixtures" / "web"


def _items() -> list[tuple[bytes, str, None, str]]:
    pages = [
        "article_jsonld.html",
        "opinion.html",
        "no_jsonld.html",
        "index_page.html",
        "jsonld_body_only.html",
    ]
    items = []
    for i in range(4):
        for p in pages:
            items.append(((WEB / p).read_bytes(), f"https://site{i}.example/{p}", None, f"S{i}"))
    items.append((b"%PDF-1.4 binary", "https://site9.example/file.pdf", None, ""))
    return items


def test_process_pool_matches_inline_and_keeps_order() -> None:
    items = _items()
    inline = list(extract_many(items, workers=1))
    pooled = list(extract_many(items, workers=2, chunk=3))
    assert len(pooled) == len(items)
    norm = [(o.input, str(o.error)) if isinstance(o, Failed) else o for o in pooled]
    assert norm == [(o.input, str(o.error)) if isinstance(o, Failed) else o for o in inline]
    for (html, url, _e, source), out in zip(items, pooled, strict=True):
        if isinstance(out, Article):
            assert out == extract_article(html, url, source=source)
        else:
            assert isinstance(out, Failed) and out.input == url and isinstance(out.error, ExtractionError)
    assert sum(isinstance(o, Failed) for o in pooled) == 5  # 4 index pages + the PDF


def test_long_lived_pool_is_reusable() -> None:
    items = _items()[:7]
    expected = [o for o in extract_many(items, workers=1) if isinstance(o, Article)]
    with ExtractPool(2) as pool:
        for _ in range(2):
            got = [o for o in extract_many(items, pool=pool, chunk=2) if isinstance(o, Article)]
            assert got == expected


def test_extract_records_passes_articles_and_failures_through_in_order() -> None:
    art = Article(id="k", title="t", text="x")
    fail = Failure("in.jsonl:3", ExtractionError("bad", input="in.jsonl:3"))
    page = Page("https://site.example/a", (WEB / "opinion.html").read_bytes(), None, "Meridian")
    index = Page("https://site.example/i", (WEB / "index_page.html").read_bytes())
    out = list(extract_records([art, page, fail, index], workers=1))
    assert out[0] is art and out[2] is fail
    assert isinstance(out[1], Article) and out[1].source == "Meridian"
    assert (
        isinstance(out[3], Failure) and out[3].stage == "extract" and out[3].input == "https://site.example/i"
    )


WIRE = (
    "Officials in the coastal province said on Tuesday that the new ferry terminal would open in March, "
    "two months later than planned, after inspectors found cracks in a loading ramp. The contractor said "
    "repairs were under way and that the delay would not raise the project's cost. Passenger numbers on the "
    "route have doubled since last year, and the regional transport office expects the terminal to handle "
    "three million journeys a year once it is running. Local business groups welcomed the news but asked for "
    "a temporary shuttle service to cover the extra weeks."
)


def test_syndicated_copies_form_one_group() -> None:
    rng = random.Random(3)
    words = WIRE.split()
    trimmed = " ".join(words[: int(len(words) * 0.85)])
    extended = WIRE + " Our reporter at the harbour added that queues formed early on Tuesday."
    retitled = "FERRY DELAY: " + WIRE.replace("Tuesday", "Tuesday,")
    other = " ".join(rng.sample(words, len(words)))  # same vocabulary, different text
    index = NearDuplicateIndex(threshold=0.7)
    g = [
        index.add(k, t)
        for k, t in [("a", WIRE), ("b", trimmed), ("c", extended), ("d", retitled), ("e", other)]
    ]
    assert g[:4] == ["a", "a", "a", "a"]
    assert g[4] == "e"
    assert index.groups() == {"a": ["a", "b", "c", "d"], "e": ["e"]}
    assert similarity(WIRE, extended) > 0.8 and similarity(WIRE, other) < 0.2
    assert index.query(WIRE + " extra") and not index.query("too short to index")


def test_short_texts_are_not_grouped_and_exact_key_normalises() -> None:
    index = NearDuplicateIndex()
    assert index.add("x", "Breaking: more soon.") == "x"
    assert index.add("y", "Breaking: more soon.") == "y"
    assert exact_key("T", "a  b\nc") == exact_key("t", "a b c")
    assert exact_key("T", "a b c") != exact_key("T", "a b d")


def test_transitive_grouping_and_eviction() -> None:
    base = WIRE.split()
    # a ~ b and b ~ c, while a and c share less: one group anyway
    a = " ".join(base)
    b = " ".join(base[10:]) + " and then more words were added to this version of the text"
    c = (
        " ".join(base[20:])
        + " and then more words were added to this version of the text plus a final clause here"
    )
    groups = group_texts([("a", a), ("b", b), ("c", c)], threshold=0.6)
    assert list(groups.values()) == [["a", "b", "c"]]
    small = NearDuplicateIndex(max_items=2)
    small.add("1", WIRE)
    small.add("2", WIRE + " one")
    small.add("3", WIRE + " two")
    assert len(small) == 2 and "1" not in small
    assert small.group_of("3") == small.group_of("2")
