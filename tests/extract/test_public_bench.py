"""The public-benchmark scorer (bench/extract_public.py) on a suite and pages written for
these tests: the real benchmark downloads third-party pages at bench time; this covers
its parser, readers and scoring offline, with real plainwire and trafilatura extraction."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tarfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).parent / "public_bench"
BENCH = Path(__file__).parents[2] / "bench" / "extract_public.py"
ARTICLE_URL = "https://vellmoor-gazette.example/towns/copper-kettle-festival"
NFD_URL = "https://obertal-bote.example/lokales/brueckenfest"
INDEX_URL = "https://vellmoor-gazette.example/towns"


@pytest.fixture(scope="module")
def ep() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_public_under_test", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def suite(ep: ModuleType) -> Any:
    return ep.parse_suite((HERE / "suite_realworld.py").read_text(encoding="utf-8"))


def _pages(ep: ModuleType, suite: Any) -> dict[str, str]:
    return {p.url: ep.decode_page((HERE / p.file).read_bytes()) for p in suite.pages}


def test_parser_reads_snippets_branches_and_refusals(suite: Any) -> None:
    by_url = {p.url: p for p in suite.pages}
    assert set(by_url) == {ARTICLE_URL, NFD_URL, INDEX_URL}  # the declared-only page has no assertions
    art = by_url[ARTICLE_URL]
    assert art.file == "kettle-article.html"
    # the `if xmloutput is False:` block is the text run and counts; `if xmloutput:` does not
    assert art.must == [
        "after a pause of four summers",
        "pours without a single drip.",
        "every year from now on.",
    ]
    assert art.must_not == ["Sign in to your account", "Bridge repairs delayed again", "Cookie settings"]
    assert by_url[INDEX_URL].expect_none and not by_url[INDEX_URL].must
    assert len(suite.mock_pages) == 4 and suite.tests_total == 3
    assert len(suite.tests_skipped) == 1 and suite.tests_skipped[0].startswith("test_unparseable")
    assert len(suite.clauses_skipped) == 1 and "bare constant" in suite.clauses_skipped[0]


def test_parser_rejects_a_file_without_pages(ep: ModuleType) -> None:
    with pytest.raises(ValueError, match="MOCK_PAGES"):
        ep.parse_suite("def test_x():\n    assert True\n")


def test_plainwire_scores_on_the_fixture_suite(ep: ModuleType, suite: Any) -> None:
    results = ep.run(suite, _pages(ep, suite), {"plainwire": ep.plainwire, "traf-bare": ep.traf_bare})
    ours = {s.url: s for s in results["plainwire"]}
    assert ours[ARTICLE_URL].passed and all(ours[ARTICLE_URL].must_found)
    # decomposed umlauts in the page: plainwire's body is NFC and matches the snippet,
    # trafilatura's bare_extraction keeps the page's NFD text and does not
    assert ours[NFD_URL].passed
    bare = {s.url: s for s in results["traf-bare"]}
    assert bare[NFD_URL].must_found == [False]
    # the teaser front is refused, as the suite expects; trafilatura returns its teasers
    assert ours[INDEX_URL].refused == "an index/listing page, not an article" and ours[INDEX_URL].passed
    assert bare[INDEX_URL].refused is None and not bare[INDEX_URL].passed
    t = ep.totals(results["plainwire"])
    assert (t.pages, t.must, t.must_found, t.must_not, t.must_not_absent, t.passed, t.refused) == (
        3,
        4,
        4,
        4,
        4,
        3,
        1,
    )
    assert ep.totals(results["traf-bare"]).passed == 1


def test_scorer_counts_misses_and_leaks(ep: ModuleType) -> None:
    case = ep.PageCase("u", "f", must=["alpha beta", "gamma"], must_not=["delta", "omega"])
    s = ep.score_page(case, lambda html, url: "alpha\n  beta and delta", "<html/>")
    assert s.must_found == [True, False] and s.must_not_absent == [False, True] and not s.passed

    def refuse(html: str, url: str) -> str:
        raise ep.Refused("not an article")

    r = ep.score_page(case, refuse, "<html/>")
    assert r.refused == "not an article" and r.must_found == [False, False] and not r.passed
    t = ep.totals([s, r])
    assert (t.recall, t.precision, t.refused) == (0.25, 0.75, 1)


def test_report_and_comment_snippets(ep: ModuleType, suite: Any) -> None:
    results = ep.run(
        suite,
        _pages(ep, suite),
        {"traf-tests": ep.traf_tests, "traf": ep.traf_no_comments, "plainwire": ep.plainwire},
    )
    lines: list[str] = []
    ep.report(suite, results, show_pages=True, out=lines.append)
    text = "\n".join(lines)
    assert "3 with assertions (4 must-contain, 4 must-not snippets, 1 expected refusals)" in text
    assert "pages plainwire refuses (1):" in text and INDEX_URL in text
    assert ep.comment_snippets(suite, results) == set()  # no reader comments in these pages


def test_sdist_readers(ep: ModuleType, tmp_path: Path) -> None:
    traf = tmp_path / "trafilatura-9.9.tar.gz"
    with tarfile.open(traf, "w:gz") as tar:
        for name, arc in (
            ("suite_realworld.py", "tests/realworld_tests.py"),
            ("kettle-article.html", "tests/cache/kettle-article.html"),
        ):
            tar.add(HERE / name, arcname=f"trafilatura-9.9/{arc}")
    source, files = ep.read_sdist(traf)
    assert "MOCK_PAGES" in source and set(files) == {"kettle-article.html"}

    n4k = tmp_path / "newspaper4k-9.9.tar.gz"
    gold = "The copper kettle festival came back to Vellmoor on Saturday."
    members = {
        "tests/data/html/kettle.html": (HERE / "kettle-article.html").read_bytes(),
        "tests/data/txt/kettle.txt": gold.encode(),
        "tests/data/metadata/kettle.json": json.dumps({"url": ARTICLE_URL}).encode(),
        "tests/data/html/front.html": (HERE / "teaser-front.html").read_bytes(),
    }
    with tarfile.open(n4k, "w:gz") as tar:
        for arc, data in members.items():
            info = tarfile.TarInfo(f"newspaper4k-9.9/{arc}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    pages = {p.name: p for p in ep.read_newspaper_set(n4k)}
    assert pages["kettle"].url == ARTICLE_URL and pages["kettle"].gold == gold
    assert pages["front"].gold is None and pages["front"].url == ""
    lines: list[str] = []
    ep.run_newspaper(list(pages.values()), {"plainwire": ep.plainwire}, out=lines.append)
    assert any(line.strip().startswith("kettle") for line in lines)
    assert "  front.html" not in lines and any(
        line.startswith("front") and "refused" in line for line in lines
    )


def test_token_f1(ep: ModuleType) -> None:
    assert ep.tokens("Kettle, kettle!") == ["kettle", "kettle"]
    assert ep.tokens("東京タワー") == ["東", "京", "タ", "ワ", "ー"]  # no spaces: one character a token
    p, r, f = ep.token_prf("the kettle festival", "the copper kettle festival returns")
    assert (p, r) == (1.0, 0.6) and f == pytest.approx(0.75)
    assert ep.token_prf("", "anything") == (0.0, 0.0, 0.0)


def test_commented_out_assertions_are_read_apart(ep: ModuleType) -> None:
    source = (HERE / "suite_realworld.py").read_text(encoding="utf-8")
    disabled = ep.disabled_suite(source)
    assert [(p.url, p.must) for p in disabled.pages] == [
        ("https://declared-only.example/page", ["commented out"])
    ]
    results = ep.run(
        disabled,
        {p.url: ep.decode_page((HERE / p.file).read_bytes()) for p in disabled.pages},
        {"plainwire": ep.plainwire},
    )
    lines: list[str] = []
    ep.report_disabled(disabled, results, out=lines.append)
    assert "FAIL" in lines[-1] and "(1 must, 0 must-not)" in lines[-1]
