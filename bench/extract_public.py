"""Extraction quality on public benchmarks: plainwire vs trafilatura, same pages, same run.

Set 1 -- trafilatura's own real-world tests. The source distribution of
``trafilatura==1.1.0`` on PyPI (later sdists no longer ship them) holds
``tests/cache/*.html`` (110 real web pages, mostly German and English: news sites, blogs,
shops, institutions) and ``tests/realworld_tests.py``, whose assertions say, per page, which
snippets MUST be in the extracted text and which (boilerplate: navigation, related links,
cookie notices, comment forms) must NOT be in it.

Set 2 -- newspaper4k's test pages. The sdist of ``newspaper4k==0.9.6`` holds
``tests/data/html/*.html`` (30 pages), ``tests/data/txt/*.txt`` (the expected body of 23 of
them, as newspaper4k extracts it) and ``tests/data/metadata/*.json`` (their URLs). Scored
by bag-of-tokens precision / recall / F1 of the body against the expected body.

The pages are third-party content: they are fetched from PyPI at bench time into
``--cache`` (default: a user cache directory outside the repository) and read straight out
of the tarballs; they are never copied into this repository, its tests or its fixtures.

``realworld_tests.py`` is parsed with :mod:`ast`, not imported: ``MOCK_PAGES`` gives
url -> file; in each ``test_*`` function, ``result = load_mock_page(URL, ...)`` sets the
current page and each ``assert`` is split on ``and`` into ``'snippet' in result`` (must)
and ``'snippet' not in result`` (must not) clauses, and ``result is None`` (must be
refused). ``if xmloutput is False:`` blocks are read as the text-output run (the one
comparable to a plain-text body); clauses of any other shape are skipped and counted, and
so are whole test functions that fail to parse. Assertions the suite's author left
commented out are parsed the same way and reported apart (:func:`disabled_suite`).

Extractors (each page decoded once, as the tests decode it: UTF-8, else the charset
charset_normalizer detects):

* ``traf-tests``: trafilatura's ``extract()`` of the installed version called as the
  real-world tests call it (``output_format="txt"``, fallbacks on) -- comments *included*,
  the library default;
* ``traf``: the same with ``include_comments=False`` (what plainwire asks of it);
* ``traf-bare``: ``bare_extraction(with_metadata=True, include_comments=False)``, title and
  text -- the baseline of the throughput target;
* ``plainwire``: ``extract_article`` title and body (an ``Article`` stores the headline
  apart from the body and strips the repeated headline line from the body; trafilatura's
  ``extract()`` text keeps it, so title + body is the like-for-like text; set 2 scores the
  body alone, for every extractor). A page plainwire refuses (``ExtractionError``: index
  page, home page, no text) yields no text and is listed separately with the reason;
* only with ``--only``: ``traf-precision`` (``favor_precision=True``) and ``traf-edges``
  (default extraction cut to the lines between the first and last line the precision run
  keeps), experiments.

Text and snippets are compared with whitespace runs collapsed to one space (bodies join
paragraphs with newlines, JSON-LD bodies with spaces).

Figures: share of must-contain snippets found (recall proxy), share of must-not snippets
absent (precision proxy), pages passing all their clauses, the same without the snippets
that are reader comments; per-page disagreements; what each extractor returns for pages
without assertions. ``--plainwire-module`` scores another version of
``plainwire/extract/article.py`` (before/after); ``--time-rounds`` times the cascade (CPU).

    python bench/extract_public.py [--cache DIR] [--set trafilatura|newspaper4k|all] [--show-pages]
        [--json OUT] [--only EXTRACTOR...] [--plainwire-module OLD_ARTICLE_PY] [--time-rounds N]
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import re
import subprocess
import sys
import tarfile
import textwrap
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SDIST_VERSION = "1.1.0"
SUITE_MEMBER = "tests/realworld_tests.py"
CACHE_DIR = "tests/cache/"


# --------------------------------------------------------------------------- the suite parser


@dataclass
class PageCase:
    """What the suite asserts about one page (all occurrences of its URL merged)."""

    url: str
    file: str
    must: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    expect_none: bool = False  # ``assert result is None``: the page is to be refused


@dataclass
class Suite:
    pages: list[PageCase]
    mock_pages: dict[str, str]  # url -> file, as declared
    tests_total: int = 0
    tests_skipped: list[str] = field(default_factory=list)  # test functions not parsed: "name: why"
    clauses_skipped: list[str] = field(default_factory=list)  # assert parts of unknown shape


def _is_loader_call(node: ast.expr, loader: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == loader


def _branch_for_text_mode(test: ast.expr, flags: set[str]) -> bool | None:
    """Truth value of an ``if`` test on the output-format flag when that flag is False (the
    plain-text run); ``None`` when the test is about something else."""
    if isinstance(test, ast.Name) and test.id in flags:
        return False
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _branch_for_text_mode(test.operand, flags)
        return None if inner is None else not inner
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.left, ast.Name)
        and test.left.id in flags
        and isinstance(test.comparators[0], ast.Constant)
        and isinstance(test.comparators[0].value, bool)
    ):
        value = test.comparators[0].value
        if isinstance(test.ops[0], (ast.Is, ast.Eq)):
            return value is False
        if isinstance(test.ops[0], (ast.IsNot, ast.NotEq)):
            return value is not False
    return None


def _clauses(node: ast.expr) -> Iterable[ast.expr]:
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        for v in node.values:
            yield from _clauses(v)
    else:
        yield node


class _FunctionReader:
    """Reads one test function's statements in order, tracking the current page."""

    def __init__(self, suite: Suite, by_url: dict[str, PageCase], loader: str, flags: set[str]) -> None:
        self.suite, self.by_url, self.loader, self.flags = suite, by_url, loader, flags
        self.current: dict[str, PageCase | None] = {}  # result variable -> page

    def statements(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if isinstance(stmt, ast.Assign) and _is_loader_call(stmt.value, self.loader):
                self._assign(stmt)
            elif isinstance(stmt, ast.Assert):
                self._assert(stmt)
            elif isinstance(stmt, ast.If):
                branch = _branch_for_text_mode(stmt.test, self.flags)
                if branch is None:
                    self.suite.clauses_skipped.append(f"line {stmt.lineno}: if on {ast.unparse(stmt.test)}")
                else:
                    self.statements(stmt.body if branch else stmt.orelse)

    def _assign(self, stmt: ast.Assign) -> None:
        call = stmt.value
        assert isinstance(call, ast.Call)
        target = stmt.targets[0]
        if len(stmt.targets) != 1 or not isinstance(target, ast.Name):
            raise ValueError(f"line {stmt.lineno}: unsupported assignment target")
        url_node = call.args[0] if call.args else None
        if not (isinstance(url_node, ast.Constant) and isinstance(url_node.value, str)):
            raise ValueError(f"line {stmt.lineno}: page URL is not a string literal")
        url = url_node.value
        if url not in self.suite.mock_pages:
            raise ValueError(f"line {stmt.lineno}: {url} not in MOCK_PAGES")
        page = self.by_url.get(url)
        if page is None:
            page = self.by_url[url] = PageCase(url, self.suite.mock_pages[url])
        self.current[target.id] = page

    def _assert(self, stmt: ast.Assert) -> None:
        for clause in _clauses(stmt.test):
            if not self._clause(clause):
                self.suite.clauses_skipped.append(f"line {stmt.lineno}: {ast.unparse(clause)[:80]}")

    def _clause(self, clause: ast.expr) -> bool:
        if not (isinstance(clause, ast.Compare) and len(clause.ops) == 1):
            return False
        op, right = clause.ops[0], clause.comparators[0]
        left = clause.left
        if (
            isinstance(op, ast.Is)
            and isinstance(left, ast.Name)
            and isinstance(right, ast.Constant)
            and right.value is None
        ):
            page = self.current.get(left.id)
            if page is None:
                return False
            page.expect_none = True
            return True
        if not (isinstance(op, (ast.In, ast.NotIn)) and isinstance(right, ast.Name)):
            return False
        if not (isinstance(left, ast.Constant) and isinstance(left.value, str)):
            return False
        page = self.current.get(right.id)
        if page is None:
            return False
        bucket = page.must if isinstance(op, ast.In) else page.must_not
        if left.value not in bucket:
            bucket.append(left.value)
        return True


def _loader_flags(tree: ast.Module, loader: str) -> set[str]:
    """Names of test parameters passed to the loader as its output-format flag."""
    flags: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_loader_call(node, loader):
            flags.update(a.id for a in node.args[1:] if isinstance(a, ast.Name))
    return flags


def parse_suite(source: str, *, loader: str = "load_mock_page", pages_var: str = "MOCK_PAGES") -> Suite:
    """Parse a trafilatura ``realworld_tests.py``-style file (see the module docstring)."""
    tree = ast.parse(source)
    mock_pages: dict[str, str] | None = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == pages_var for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, dict):
                mock_pages = {str(k): str(v) for k, v in value.items()}
    if mock_pages is None:
        raise ValueError(f"no {pages_var} dictionary in the suite")
    suite = Suite(pages=[], mock_pages=mock_pages)
    flags = _loader_flags(tree, loader)
    by_url: dict[str, PageCase] = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test")):
            continue
        suite.tests_total += 1
        # A function is taken whole or not at all: parse into a scratch copy first.
        scratch = {
            u: PageCase(p.url, p.file, list(p.must), list(p.must_not), p.expect_none)
            for u, p in by_url.items()
        }
        scratch_suite = Suite(pages=[], mock_pages=mock_pages)
        try:
            _FunctionReader(scratch_suite, scratch, loader, flags).statements(node.body)
        except (ValueError, AssertionError, IndexError) as exc:
            suite.tests_skipped.append(f"{node.name}: {exc}")
            continue
        by_url = scratch
        suite.clauses_skipped.extend(scratch_suite.clauses_skipped)
    suite.pages = [p for p in by_url.values() if p.must or p.must_not or p.expect_none]
    return suite


def disabled_suite(source: str, *, loader: str = "load_mock_page", pages_var: str = "MOCK_PAGES") -> Suite:
    """The assertions the suite's author wrote but left commented out (usually because the
    extractor failed them then): each run of whole-line comments that parses as Python once
    un-commented and calls ``loader`` becomes one test function of a suite parsed as above."""
    tree = ast.parse(source)
    pages_src = next(
        ast.get_source_segment(source, node)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == pages_var for t in node.targets)
    )
    blocks: list[list[str]] = [[]]
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            blocks[-1].append(stripped[1:])
        elif blocks[-1]:
            blocks.append([])
    functions = []
    for i, block in enumerate(b for b in blocks if b):
        code = textwrap.dedent("\n".join(block))
        if f"{loader}(" not in code:
            continue
        try:
            ast.parse(code)
        except SyntaxError:
            continue
        functions.append(f"def test_disabled_{i}(xmloutput):\n" + textwrap.indent(code, "    "))
    return parse_suite(f"{pages_src}\n\n" + "\n\n".join(functions), loader=loader, pages_var=pages_var)


# --------------------------------------------------------------------------- scoring


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class PageScore:
    url: str
    refused: str | None  # why no text came out (None: text came out)
    must_found: list[bool]
    must_not_absent: list[bool]
    expect_none: bool = False

    @property
    def passed(self) -> bool:
        if self.expect_none:
            return self.refused is not None
        return self.refused is None and all(self.must_found) and all(self.must_not_absent)


class Refused(Exception):
    """The extractor returned no text for the page (the message says why)."""


def score_page(case: PageCase, extractor: Callable[[str, str], Any], html: str) -> PageScore:
    """Score one page; ``extractor(html, url)`` returns the text (or an object whose
    ``full`` is the text) or raises :class:`Refused`."""
    try:
        got = extractor(html, case.url)
        text = norm(got if isinstance(got, str) else got.full)
        refused = None
    except Refused as exc:
        text, refused = "", str(exc) or "no text"
    return PageScore(
        case.url,
        refused,
        [norm(s) in text for s in case.must],
        [norm(s) not in text for s in case.must_not],
        case.expect_none,
    )


@dataclass
class Totals:
    pages: int
    must: int
    must_found: int
    must_not: int
    must_not_absent: int
    passed: int
    refused: int

    @property
    def recall(self) -> float:
        return self.must_found / self.must if self.must else 0.0

    @property
    def precision(self) -> float:
        return self.must_not_absent / self.must_not if self.must_not else 0.0


def totals(scores: Iterable[PageScore]) -> Totals:
    t = Totals(0, 0, 0, 0, 0, 0, 0)
    for s in scores:
        t.pages += 1
        t.must += len(s.must_found)
        t.must_found += sum(s.must_found)
        t.must_not += len(s.must_not_absent)
        t.must_not_absent += sum(s.must_not_absent)
        t.passed += s.passed
        t.refused += s.refused is not None
    return t


# --------------------------------------------------------------------------- the real set


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plainwire-bench" / "extract-public"


def fetch_sdist(cache: Path, name: str, version: str) -> Path:
    """The sdist of ``name==version`` in ``cache``, downloaded with pip when missing (pip
    prepares its metadata, hence build isolation for newspaper4k's poetry backend)."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"{name}-{version}.tar.gz"
    if not path.exists():
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--quiet",
            f"{name}=={version}",
            "-d",
            str(cache),
        ]
        subprocess.run(cmd, check=True)
    if not path.exists():
        raise FileNotFoundError(f"pip did not leave {path}")
    return path


def read_sdist(path: Path) -> tuple[str, dict[str, bytes]]:
    """(realworld_tests.py source, {cache file name: bytes}) read from the tarball."""
    files: dict[str, bytes] = {}
    source = ""
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            rel = member.name.split("/", 1)[1] if "/" in member.name else member.name
            if rel == SUITE_MEMBER or rel.startswith(CACHE_DIR):
                handle = tar.extractfile(member)
                assert handle is not None
                data = handle.read()
                if rel == SUITE_MEMBER:
                    source = data.decode("utf-8")
                else:
                    files[rel[len(CACHE_DIR) :]] = data
    if not source:
        raise ValueError(f"{path} holds no {SUITE_MEMBER}")
    return source, files


def decode_page(data: bytes) -> str:
    """As the suite's ``load_mock_page``: UTF-8, else the detected charset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", "replace")


# --------------------------------------------------------------------------- extractors


@dataclass(frozen=True)
class Extracted:
    title: str
    body: str

    @property
    def full(self) -> str:
        return f"{self.title}\n{self.body}" if self.title else self.body


ExtractFn = Callable[[str, str], Extracted]  # raises Refused when there is no text


def _quiet_import_trafilatura() -> None:
    from plainwire.extract.article import _import_trafilatura

    _import_trafilatura()


def traf_tests(html: str, url: str) -> Extracted:
    from trafilatura import extract

    out = extract(html, url or None, record_id="0000", fast=False, output_format="txt", target_language=None)
    if not out:
        raise Refused("extract() returned nothing")
    return Extracted("", str(out))


def traf_no_comments(html: str, url: str) -> Extracted:
    from trafilatura import extract

    out = extract(
        html, url or None, record_id="0000", fast=False, output_format="txt", include_comments=False
    )
    if not out:
        raise Refused("extract() returned nothing")
    return Extracted("", str(out))


def traf_bare(html: str, url: str) -> Extracted:
    from trafilatura import bare_extraction

    doc: Any = bare_extraction(html, url=url or None, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise Refused("bare_extraction returned nothing")
    return Extracted(doc.title or "", doc.text)


def traf_precision(html: str, url: str) -> Extracted:
    from trafilatura import bare_extraction

    doc: Any = bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, favor_precision=True
    )
    if doc is None or not (doc.text or "").strip():
        raise Refused("bare_extraction returned nothing")
    return Extracted(doc.title or "", doc.text)


def traf_edges(html: str, url: str) -> Extracted:
    """Default ``bare_extraction``, with the leading and trailing lines that the
    ``favor_precision`` run drops cut off (interior lines kept): an experiment, at twice
    trafilatura's CPU cost."""
    from trafilatura import bare_extraction

    doc = traf_bare(html, url)
    strict: Any = bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, favor_precision=True
    )
    keep = set((strict.text or "").split("\n")) if strict is not None else set()
    lines = doc.body.split("\n")
    if any(line in keep for line in lines):
        start, end = 0, len(lines)
        while lines[start] not in keep:
            start += 1
        while lines[end - 1] not in keep:
            end -= 1
        lines = lines[start:end]
    return Extracted(doc.title, "\n".join(lines))


_article_module: Any = None  # plainwire.extract.article, or another version of it (--plainwire-module)


def load_article_module(path: Path | None) -> Any:
    """``plainwire.extract.article``, or the file at ``path`` loaded in its place (an older
    version of it, e.g. from ``git show REV:src/plainwire/extract/article.py``) for
    before/after figures in one command."""
    import importlib
    import importlib.util

    if path is None:
        return importlib.import_module("plainwire.extract.article")
    spec = importlib.util.spec_from_file_location("plainwire_article_under_test", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def plainwire(html: str, url: str) -> Extracted:
    from plainwire.errors import ExtractionError

    global _article_module
    if _article_module is None:
        _article_module = load_article_module(None)
    try:
        art = _article_module.extract_article(html, url)
    except ExtractionError as exc:
        raise Refused(exc.message) from None
    return Extracted(art.title, art.text)


EXTRACTORS: dict[str, ExtractFn] = {
    "traf-tests": traf_tests,
    "traf": traf_no_comments,
    "traf-bare": traf_bare,
    "plainwire": plainwire,
}
# Not run by default; ask with --only.
OPTIONAL_EXTRACTORS: dict[str, ExtractFn] = {"traf-precision": traf_precision, "traf-edges": traf_edges}


def run(suite: Suite, pages: dict[str, str], extractors: dict[str, ExtractFn]) -> dict[str, list[PageScore]]:
    results: dict[str, list[PageScore]] = {name: [] for name in extractors}
    for case in suite.pages:
        html = pages[case.url]
        for name, fn in extractors.items():
            results[name].append(score_page(case, fn, html))
    return results


def comment_snippets(suite: Suite, results: dict[str, list[PageScore]]) -> set[tuple[str, str]]:
    """(url, snippet) of must-contain snippets trafilatura finds only with comments on: the
    suite asserts some reader comments as content; plainwire drops comments by design."""
    if "traf-tests" not in results or "traf" not in results:
        return set()
    out = set()
    for i, case in enumerate(suite.pages):
        with_c, without = results["traf-tests"][i], results["traf"][i]
        for j, snip in enumerate(case.must):
            if with_c.must_found[j] and not without.must_found[j]:
                out.add((case.url, snip))
    return out


def without_snippets(
    suite: Suite, results: dict[str, list[PageScore]], drop: set[tuple[str, str]]
) -> dict[str, list[PageScore]]:
    """``results`` with the ``drop`` must-contain snippets taken out."""
    trimmed: dict[str, list[PageScore]] = {}
    for name, scores in results.items():
        rows = []
        for case, s in zip(suite.pages, scores, strict=True):
            found = [
                f for snip, f in zip(case.must, s.must_found, strict=True) if (case.url, snip) not in drop
            ]
            rows.append(PageScore(s.url, s.refused, found, s.must_not_absent, s.expect_none))
        trimmed[name] = rows
    return trimmed


def _table(
    results: dict[str, list[PageScore]], keep: Callable[[PageScore], bool], out: Callable[[str], None]
) -> None:
    for name, scores in results.items():
        t = totals(s for s in scores if keep(s))
        out(
            f"{name:14s} {t.pages:5d} {t.must_found:5d}/{t.must:<4d} {t.recall:6.1%} "
            f"{t.must_not_absent:6d}/{t.must_not:<4d} {t.precision:6.1%} {t.passed:5d} {t.passed / max(t.pages, 1):6.1%} {t.refused:8d}"
        )


def report(
    suite: Suite, results: dict[str, list[PageScore]], *, show_pages: bool, out: Callable[[str], None] = print
) -> None:
    n_must = sum(len(p.must) for p in suite.pages)
    n_not = sum(len(p.must_not) for p in suite.pages)
    out(
        f"suite: {len(suite.mock_pages)} pages declared, {len(suite.pages)} with assertions "
        f"({n_must} must-contain, {n_not} must-not snippets, {sum(p.expect_none for p in suite.pages)} expected refusals); "
        f"test functions {suite.tests_total}, skipped {len(suite.tests_skipped)}; clauses skipped {len(suite.clauses_skipped)}"
    )
    for why in suite.tests_skipped:
        out(f"  skipped test: {why}")
    for why in suite.clauses_skipped:
        out(f"  skipped clause: {why}")
    ours = results.get("plainwire")
    refused_urls = {s.url for s in ours if s.refused is not None} if ours else set()
    comments = comment_snippets(suite, results)
    out("")
    out(
        f"{'extractor':14s} {'pages':>5s} {'must found':>16s} {'must-not absent':>18s} {'pages pass':>12s} {'no text':>8s}"
    )
    out("-- all pages")
    _table(results, lambda s: True, out)
    if refused_urls:
        out("-- pages plainwire accepts")
        _table(results, lambda s: s.url not in refused_urls, out)
    if comments:
        out(
            f"-- all pages, without the {len(comments)} must-contain snippets that are reader comments "
            "(found by traf-tests, not by traf)"
        )
        _table(without_snippets(suite, results, comments), lambda s: True, out)
    if ours is not None:
        out("")
        out(f"pages plainwire refuses ({len(refused_urls)}):")
        for s in ours:
            if s.refused is not None:
                out(f"  {s.url}\n      {s.refused}")
    names = list(results)
    if show_pages and len(names) > 1:
        out("")
        out(
            "per-page disagreements (snippet results that differ between extractors; + found/absent, - missed/present):"
        )
        for i, case in enumerate(suite.pages):
            row = {n: results[n][i] for n in names}
            lines = []
            for j, snip in enumerate(case.must):
                marks = {n: row[n].must_found[j] for n in names}
                if len(set(marks.values())) > 1:
                    tag = " (comment)" if (case.url, snip) in comments else ""
                    lines.append(
                        "    must     "
                        + " ".join(f"{n}{'+' if v else '-'}" for n, v in marks.items())
                        + f"  {snip[:70]!r}{tag}"
                    )
            for j, snip in enumerate(case.must_not):
                marks = {n: row[n].must_not_absent[j] for n in names}
                if len(set(marks.values())) > 1:
                    lines.append(
                        "    must-not "
                        + " ".join(f"{n}{'+' if v else '-'}" for n, v in marks.items())
                        + f"  {snip[:70]!r}"
                    )
            if lines:
                out(f"  {case.url}")
                for line in lines:
                    out(line)


def report_disabled(
    suite: Suite, results: dict[str, list[PageScore]], out: Callable[[str], None] = print
) -> None:
    """The suite's commented-out assertions: pass or fail per page and extractor."""
    out(
        f"assertions left commented out in the suite ({len(suite.pages)} pages; "
        f"{len(suite.tests_skipped)} commented blocks not usable):"
    )
    out(f"{'page':60s} " + " ".join(f"{n:>10s}" for n in results))
    for i, case in enumerate(suite.pages):
        what = (
            "must be refused" if case.expect_none else f"{len(case.must)} must, {len(case.must_not)} must-not"
        )
        cells = " ".join(f"{'pass' if results[n][i].passed else 'FAIL':>10s}" for n in results)
        out(f"{case.url[:60]:60s} {cells}   ({what})")


def unasserted(
    pages: dict[str, tuple[str, str]], extractors: dict[str, ExtractFn], out: Callable[[str], None] = print
) -> None:
    """Pages of the set without snippets (file -> (url, html)): characters of text each
    extractor returns, or why it returned none -- where fallbacks and refusals show."""
    out(f"{'page (no snippets asserted)':42s} " + " ".join(f"{n:>10s}" for n in extractors))
    reasons: list[str] = []
    for file, (url, html) in sorted(pages.items()):
        cells = []
        for name, fn in extractors.items():
            try:
                cells.append(f"{len(fn(html, url).body):10d}")
            except Refused as exc:
                cells.append(f"{'refused':>10s}")
                if name == "plainwire":
                    reasons.append(f"  {file}: {exc}")
        out(f"{file[:42]:42s} " + " ".join(cells))
    if reasons:
        out("plainwire refusals:")
        for r in reasons:
            out(r)


# --------------------------------------------------------------------------- second set: gold bodies

N4K_VERSION = "0.9.6"
N4K_DATA = "tests/data/"
_SCRIPT_CHARS = re.compile(r"[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Words, lower-cased; scripts written without spaces (CJK, Thai, Burmese) one character a token."""
    out: list[str] = []
    for w in _WORD.findall(text.lower()):
        if _SCRIPT_CHARS.search(w):
            out.extend(w)
        else:
            out.append(w)
    return out


def token_prf(got: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 of ``got`` against ``gold``."""
    g, t = Counter(tokens(got)), Counter(tokens(gold))
    common = sum((g & t).values())
    if not g or not t or not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(t.values())
    return p, r, 2 * p * r / (p + r)


@dataclass
class GoldPage:
    name: str
    url: str
    html: bytes
    gold: str | None  # the expected body; None: no gold text in the set


def read_newspaper_set(path: Path) -> list[GoldPage]:
    """newspaper4k's sdist test data: html/NAME.html, txt/NAME.txt (expected body), and
    metadata/NAME.json (its ``url``)."""
    html: dict[str, bytes] = {}
    gold: dict[str, str] = {}
    urls: dict[str, str] = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            rel = member.name.split("/", 1)[1] if "/" in member.name else member.name
            if not member.isfile() or not rel.startswith(N4K_DATA):
                continue
            kind, _, fname = rel[len(N4K_DATA) :].partition("/")
            stem, _, ext = fname.rpartition(".")
            handle = tar.extractfile(member)
            assert handle is not None
            data = handle.read()
            if kind == "html" and ext == "html":
                html[stem] = data
            elif kind == "txt" and ext == "txt":
                gold[stem] = data.decode("utf-8")
            elif kind == "metadata" and ext == "json":
                urls[stem] = str(json.loads(data).get("url") or "")
    return [GoldPage(n, urls.get(n, ""), html[n], gold.get(n)) for n in sorted(html)]


def run_newspaper(
    pages: list[GoldPage], extractors: dict[str, ExtractFn], out: Callable[[str], None] = print
) -> None:
    with_gold = [p for p in pages if p.gold is not None]
    out(
        f"newspaper4k {N4K_VERSION} test pages: {len(pages)} HTML files, {len(with_gold)} with an expected body"
    )
    out("token precision / recall / F1 of the body against the expected body (mean over pages; no text = 0):")
    per: dict[str, list[tuple[float, float, float]]] = {n: [] for n in extractors}
    rows: list[str] = []
    for p in with_gold:
        html = decode_page(p.html)
        cells = []
        for name, fn in extractors.items():
            try:
                prf = token_prf(fn(html, p.url).body, p.gold or "")
                cells.append(f"{prf[2]:10.3f}")
            except Refused:
                prf = (0.0, 0.0, 0.0)
                cells.append(f"{'refused':>10s}")
            per[name].append(prf)
        rows.append(f"  {p.name[:30]:30s} " + " ".join(cells))
    for name, vals in per.items():
        n = max(len(vals), 1)
        out(
            f"  {name:14s} P {sum(v[0] for v in vals) / n:.3f}  R {sum(v[1] for v in vals) / n:.3f}  "
            f"F1 {sum(v[2] for v in vals) / n:.3f}  pages F1>=0.9: {sum(v[2] >= 0.9 for v in vals)}/{len(vals)}"
        )
    out(f"  {'page':30s} " + " ".join(f"{n:>10s}" for n in extractors) + "   (F1)")
    for r in rows:
        out(r)
    out("")
    unasserted({p.name: (p.url, decode_page(p.html)) for p in pages if p.gold is None}, extractors, out)


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    ap.add_argument(
        "--cache",
        type=Path,
        default=default_cache(),
        help="where the sdists are downloaded (outside the repo)",
    )
    ap.add_argument("--set", choices=("trafilatura", "newspaper4k", "all"), default="all")
    ap.add_argument("--show-pages", action="store_true", help="list per-page disagreements")
    ap.add_argument("--json", type=Path, help="write per-page results of the trafilatura set as JSON here")
    every = {**EXTRACTORS, **OPTIONAL_EXTRACTORS}
    ap.add_argument("--only", nargs="*", choices=list(every), help="run only these extractors")
    ap.add_argument(
        "--plainwire-module", type=Path, help="score this file in place of plainwire/extract/article.py"
    )
    ap.add_argument(
        "--time-rounds", type=int, default=0, help="also time extract_article per page (CPU), N rounds"
    )
    args = ap.parse_args()

    _quiet_import_trafilatura()
    import trafilatura

    global _article_module
    _article_module = load_article_module(args.plainwire_module)
    extractors = {k: v for k, v in every.items() if k in args.only} if args.only else dict(EXTRACTORS)
    cpu = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # library warnings on odd real pages are not results
        if args.set in ("trafilatura", "all"):
            sdist = fetch_sdist(args.cache, "trafilatura", SDIST_VERSION)
            source, files = read_sdist(sdist)
            suite = parse_suite(source)
            missing = [p.file for p in suite.pages if p.file not in files]
            if missing:
                raise SystemExit(f"pages named by the suite but missing from {sdist}: {missing}")
            pages = {p.url: decode_page(files[p.file]) for p in suite.pages}
            print(
                f"set: {sdist.name} ({len(files)} cached pages in the sdist); trafilatura installed {trafilatura.__version__}"
            )
            results = run(suite, pages, extractors)
            report(suite, results, show_pages=args.show_pages)
            if args.json:
                args.json.write_text(
                    json.dumps({n: [s.__dict__ for s in r] for n, r in results.items()}, indent=1)
                )
            disabled = disabled_suite(source)
            print()
            report_disabled(
                disabled,
                run(disabled, {p.url: decode_page(files[p.file]) for p in disabled.pages}, extractors),
            )
            asserted = {p.file for p in suite.pages}
            url_of = {f: u for u, f in suite.mock_pages.items()}
            rest = {
                f: (url_of.get(f, ""), decode_page(data)) for f, data in files.items() if f not in asserted
            }
            print()
            unasserted(rest, extractors)
            print()
        if args.set in ("newspaper4k", "all"):
            run_newspaper(read_newspaper_set(fetch_sdist(args.cache, "newspaper4k", N4K_VERSION)), extractors)
        if args.time_rounds:
            time_cascade(args.cache, args.time_rounds, args.plainwire_module)
    print(f"\nCPU time {time.process_time() - cpu:.1f} s")


def time_cascade(cache: Path, rounds: int, old: Path | None) -> None:
    """CPU milliseconds per page of ``extract_article`` over every page of both sets; with
    ``old`` (--plainwire-module) that version too, interleaved page by page so both see the
    same machine load, and in alternating order. Best round of ``rounds``; then the pages
    whose best times differ most between the versions."""
    _, files = read_sdist(fetch_sdist(cache, "trafilatura", SDIST_VERSION))
    pages = [(name, decode_page(d)) for name, d in sorted(files.items())]
    pages += [
        (p.name, decode_page(p.html))
        for p in read_newspaper_set(fetch_sdist(cache, "newspaper4k", N4K_VERSION))
    ]
    from plainwire.errors import ExtractionError

    versions = {"plainwire (this tree)": load_article_module(None)}
    if old is not None:
        versions[f"plainwire ({old.name})"] = load_article_module(old)
    per_page = {name: [float("inf")] * len(pages) for name in versions}
    best = dict.fromkeys(versions, float("inf"))
    for _ in range(rounds):
        spent = dict.fromkeys(versions, 0.0)
        for i, (_, page) in enumerate(pages):
            order = list(versions.items())
            for name, module in order if i % 2 else order[::-1]:  # alternate who runs first (warm caches)
                t0 = time.process_time()
                with contextlib.suppress(ExtractionError):
                    module.extract_article(page, "")
                took = time.process_time() - t0
                spent[name] += took
                per_page[name][i] = min(per_page[name][i], took)
        best = {k: min(best[k], spent[k]) for k in best}
    print(f"\nCPU per page over {len(pages)} pages, best of {rounds} rounds:")
    for name, secs in best.items():
        print(f"  {name:40s} {1000 * secs / len(pages):7.2f} ms")
    if len(versions) == 2:
        new, before = per_page.values()
        diffs = sorted(
            ((n - b) * 1000, pages[i][0]) for i, (n, b) in enumerate(zip(new, before, strict=True))
        )
        total = sum(d for d, _ in diffs)
        print(f"  per-page best times, this tree minus old: sum {total:.1f} ms; largest:")
        for d, name in sorted(diffs, key=lambda x: -abs(x[0]))[:4]:
            print(f"    {d:+8.1f} ms  {name}")


if __name__ == "__main__":
    main()
