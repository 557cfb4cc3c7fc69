#!/usr/bin/env python3
"""End-to-end audit of `plainwire run` against a committed fictional newsroom.

The newsroom (bench/audit_newsroom/newsroom_content.py, rendered by newsroom_render.py) has
10 working outlets and 3 broken ones, 12 events over two days and 40 articles. This script
serves it on 127.0.0.1 (a random free port), makes a fresh PLAINWIRE_HOME, adds the sources
with the real CLI (`plainwire sources add` for some, `plainwire sources import FILE.opml`
for the rest), runs `plainwire run --once` twice (day one's feeds, then both days': the
second pass must update stories already built), reads the result through the reader's JSON
API and writes:

- ``OUT/stories.json``: per story its slug, headline, tone label and evidence, highlights,
  Story, opinions, outlets, articles (with the event each article reports), plus the
  errors per source, the checks and the timings;
- ``OUT/report.md``: the same for a human reader, one section per story.

Checks (the generator knows each article's event and genre): events split over several
stories, stories mixing events, B-cubed precision/recall, Story or Highlight sentences taken
from opinion/analysis pieces, loaded tabloid words in headline/Highlights/Story, key facts
missing, repeated sentences, mojibake, site furniture in stored articles, and whether every
broken input was reported as an error naming it.

usage: python bench/audit_newsroom.py [--out DIR] [--compare PREV.json] [--keep]
       [--passes 1|2] [--events bridge,fire,...] [--newsroom 1|2|3|4|5|6|7]
``--compare`` prints which stories changed (headline / Story / Highlights / label, and
membership) against an earlier stories.json, e.g. bench/audit_newsroom/baseline.json.
``--keep`` keeps the temporary home and site (the printed `plainwire serve` command shows
the stories in the reader).

``--newsroom 2`` runs the second, held-out newsroom (bench/audit_newsroom/newsroom2_*.py: 14
outlets, 15 events over three days, 59 articles; its baseline is newsroom2_baseline.json)
with the extra checks it was written for (opinion under Opinions, wire copies counted once,
URL variants stored once, an article updated in place, superseded figures, headline length,
three distinct Highlights, HTML entities, page shapes). The first newsroom's output is
unchanged by the option.

``--newsroom 3`` runs the third, held-out newsroom (bench/audit_newsroom/newsroom3_*.py: 14
outlets, 14 events over three days, 51 articles; its baseline is newsroom3_baseline.json),
written in the thirteenth session to test the second set's fault classes with other surface
forms. It runs the second set's checks and ``checks3``: question headlines, superseded figures
in headlines, whether a correction reaches the page, misspelt names, press-release rewrites,
reports in another language left out of their story, the tabloid's sentences in shared
stories, calm stories labelled loaded. Engineers changing src/ should not read its files.

``--newsroom 4`` runs the fourth, held-out newsroom (bench/audit_newsroom/newsroom4_*.py: 13
outlets, 15 events over three days, 54 articles; its baseline is newsroom4_baseline.json),
written in the fourteenth session to test the third set's fault classes with other surface
forms. It runs the second and third sets' checks and ``checks4`` (newsroom4_checks.py):
statuses that changed after the first report, an editor's note, reader comments in stored
articles, facts only one article gives, the tabloid's report left out of its story, opinion
labels in headlines, the live blog. Engineers changing src/ should not read its files.

``--newsroom 5`` runs the fifth, held-out newsroom (bench/audit_newsroom/newsroom5_*.py: 15
outlets, 14 events over three days, 55 articles; its baseline is newsroom5_baseline.json),
written in the fifteenth session to test the fourth set's fault classes with other surface
forms and languages. It runs the second to fourth sets' checks (``checks4`` with this set's
statuses: a reversed outcome, a half-time score, a forecast, a recall list ...) and
``checks5`` (newsroom5_checks.py): opinion headlines in six languages, tabloid headlines and
vox pops on a page, Opinions gists that are captions, the page kinds it adds (live, video,
podcast, paywalled teaser, a column marked only by its metadata), ISO-8859-2 letters.
Engineers changing src/ should not read its files.

``--newsroom 6`` runs the sixth, held-out newsroom (bench/audit_newsroom/newsroom6_*.py: 15
outlets, 15 events over three days, 55 articles; its baseline is newsroom6_baseline.json),
written in the sixteenth session to test the fifth set's fault classes with other surface forms
and languages (Swedish, Czech, Portuguese, German, Finnish, Catalan). It runs the second to
fifth sets' checks and ``checks6`` (newsroom6_checks.py): opinion and live labels in its
languages, stored publication times (an outlet at UTC+13), a withdrawn article's claims, a
quote without its speaker, an article moved to a new URL (301), oldest-first, AMP and
windows-1250 inputs. Engineers changing src/ should not read its files.

``--newsroom 7`` runs the seventh, held-out newsroom (bench/audit_newsroom/newsroom7_*.py: 15
outlets, 14 events over three days, 53 articles; its baseline is newsroom7_baseline.json),
written in the seventeenth session to test the sixth set's fault classes with other surface forms
and languages (Italian, Dutch, Norwegian, Hungarian, Estonian, Swedish). It runs the second to
sixth sets' checks and ``checks7`` (newsroom7_checks.py): withdrawn pieces as stories, a moved
article whose canonical link and 301 disagree, feeds reusing GUIDs, update lines as titles, a
price per unit and in total, ISO-8859-15 declared only in the HTTP header. Engineers changing
src/ should not read its files.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import importlib
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

DATA_DIR = Path(__file__).resolve().parent / "audit_newsroom"
BASELINE = DATA_DIR / "baseline.json"
BASELINE2 = DATA_DIR / "newsroom2_baseline.json"

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "death-trap",
    "death trap",
    "crumbling",
    "slammed",
    "terrified",
    "terror",
    "shocking",
    "staggering",
    "furious",
    "fumed",
    "blasted",
    "scandal",
    "gridlock",
    "misery",
    "shambles",
    "shambolic",
    "limped",
    "limps",
    "snub",
    "shunned",
    "disgusted",
    "circus",
    "rip-off",
    "fleeced",
    "brutal",
    "eye-watering",
    "soar",
    "inferno",
    "monster",
    "hellish",
    "devoured",
    "belched",
    "hero",
    "thunderbolt",
    "raptures",
    "hurt",
    "disgrace",
    "cash-strapped",
    "hard-pressed",
    "grabbed",
    "shame-faced",
    "gaping",
    "wept",
    "soared",
    "inspirational",
)
# What a reader needs from each story (any one alternative of a tuple counts). Figures that
# differ between outlets are listed with each outlet's value.
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "bridge": (
        ("Old Tally Bridge", "Tally Bridge"),
        ("crack",),
        ("Millbank",),
        ("3.2 million",),
        ("eight weeks",),
    ),
    "dockstrike": (("1,200", "1,150"), ("shift",), ("6 percent",), ("72-hour", "72 hours")),
    "byelection": (("Varro",), ("46 percent", "18,412"), ("Orr",), ("31 percent", "31.4 percent")),
    "storm": (("Idony",), ("300", "320"), ("Saint-Orme",), ("5 million",)),
    "merger": (("Calloway",), ("Pinemark",), ("410 million", "412 million"), ("competition authority",)),
    "hospital": (("32 beds",), ("28 million",), ("Farrow",)),
    "beetle": (("Kellburn",), ("Grauwald",), ("blind", "eyeless", "no eyes")),
    "cupfinal": (("2-1",), ("Dunmore",), ("Kessel",)),
    "fire": (
        ("Quayside",),
        ("Nordfrost",),
        ("No one was injured", "no injuries", "There were no injuries"),
        ("electrical fault",),
    ),
    "fares": (("4.5 percent",), ("January",), ("Wessel",)),
}
_FIGURE = re.compile(r"\b(\d[\d,.]*)\s+(?:[a-z-]+\s+)?([a-z]+s)\b")  # "55 firefighters", "1,200 dock workers"
_UNITS = {
    "percent",
    "marks",
    "years",
    "minutes",
    "hours",
    "kilometres",
    "metres",
    "millimetres",
    "votes",
    "days",
    "thalers",  # (the third newsroom's currency: a fee and its add-ons are two facts)
}
# How the text would name an outlet ("told the Courier").
_OUTLET_SHORT = ("Courier", "Klaxon", "Ledger", "Post", "Times", "Journal", "Wire", "Review", "Daily")
_PAGE_PARTS = ("Highlights", "Story", "Opinions", "Sources", "You've reached the end")
_PRONOUN = re.compile(r"^(It|He|She|They|This|These|Those|His|Her|Its|Their)\b")
_MOJIBAKE = ("\u00c3", "\u00e2\u20ac", "\ufffd")


def _modules(newsroom: int = 1) -> tuple[ModuleType, ModuleType]:
    """The newsroom's data and renderer (a package-less folder next to this script)."""
    if str(DATA_DIR) not in sys.path:
        sys.path.insert(0, str(DATA_DIR))
    if newsroom == 2:
        import newsroom2_content
        import newsroom2_render

        return newsroom2_content, newsroom2_render
    if newsroom == 3:
        import newsroom3_content
        import newsroom3_render

        return newsroom3_content, newsroom3_render
    if newsroom == 4:
        import newsroom4_content
        import newsroom4_render

        return newsroom4_content, newsroom4_render
    if newsroom == 5:
        import newsroom5_content
        import newsroom5_render

        return newsroom5_content, newsroom5_render
    if newsroom == 6:
        import newsroom6_content
        import newsroom6_render

        return newsroom6_content, newsroom6_render
    if newsroom == 7:
        import newsroom7_content
        import newsroom7_render

        return newsroom7_content, newsroom7_render
    import newsroom_content
    import newsroom_render

    return newsroom_content, newsroom_render


def _pieces_by_path(pieces: Sequence[Any], render: ModuleType) -> dict[str, Any]:
    """Path -> piece, with the other paths (AMP, utm) a renderer serves a piece under."""
    by_path = {render.page_path(p): p for p in pieces}
    aliases = getattr(render, "path_aliases", None)
    return by_path if aliases is None else aliases(pieces) | by_path


# -- serving the site --------------------------------------------------------------------


class Site:
    """http.server in a thread over a dict of path -> (content type, body[, status]); swapped
    per pass (the status defaults to 200)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[Any, ...]] = {}
        self.hits: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                path = urlsplit(self.path).path
                site.hits[path] += 1
                item = site.pages.get(path)
                if item is None:
                    self.send_error(404)
                    return
                ctype, body, *rest = item  # [status[, headers]] (a 301's Location)
                self.send_response(rest[0] if rest else 200)
                for name, value in (rest[1] if len(rest) > 1 else {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The client may stop reading (a page over its size limit).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def _dead_base() -> str:
    """A loopback address nothing listens on: connections to it are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- the real CLI ------------------------------------------------------------------------


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAINWIRE_")}
    return env | {
        "PLAINWIRE_HOME": str(home),
        "PLAINWIRE_ALLOW_PRIVATE_NETWORKS": "true",
        # One host serves every outlet here: the politeness gap (1 s) would only add waiting.
        "PLAINWIRE_FETCH_HOST_INTERVAL": "0",
        # The passes stand for polls hours apart (the newsroom's events span days): an article
        # its feed says was updated between them may be fetched again at once.
        "PLAINWIRE_REVISIT_EVERY": "0",
        "PLAINWIRE_LOG_FORMAT": "human",
        "COLUMNS": "160",
        "NO_COLOR": "1",
    }


def plainwire(home: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plainwire.cli.main", *args],
        env=cli_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@contextlib.contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    timings[name] = round(time.perf_counter() - start, 2)


def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


# -- the audit -----------------------------------------------------------------------------


def run_audit(
    out: Path,
    *,
    events: Collection[str] | None = None,
    passes: int = 2,
    keep: bool = False,
    workdir: Path | None = None,
    try_refused_add: bool = True,
    newsroom: int = 1,
) -> dict[str, Any]:
    """Build, serve, ingest with the real CLI, read back, check; writes OUT/stories.json and
    OUT/report.md and returns what stories.json holds. ``events`` limits the newsroom to
    those events (the broken feeds are always included); ``try_refused_add`` also tries
    `sources add` on the non-XML feed (one more CLI start); ``newsroom`` 2 is the held-out set."""
    content, render = _modules(newsroom)
    pieces = [p for p in content.PIECES if events is None or p.event in events]
    broken = [o.key for o in content.OUTLETS if o.feed in ("not-xml", "missing", "rss-dead-links")]
    keys = sorted({p.outlet for p in pieces} | set(broken), key=[o.key for o in content.OUTLETS].index)
    work = Path(tempfile.mkdtemp(prefix="plainwire-audit-", dir=workdir))
    home = work / "home"
    out.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    cpu0 = _child_cpu()
    t0 = time.perf_counter()
    logs: list[str] = []
    try:
        with Site() as site:
            base, dead = site.base, _dead_base()
            day1_end = content.t(content.DAY1, 23, 59)
            cutoffs = [day1_end, None] if passes >= 2 else [None]
            site.pages = render.build_site(base, dead, until=cutoffs[0], outlets=keys, pieces=pieces)

            with _timed(timings, "sources"):
                adds = _add_sources(home, work, base, keys, content, render, logs, try_refused_add)
            for i, until in enumerate(cutoffs, 1):
                if i > 1:  # the site as it stands at this pass's cutoff
                    site.pages = render.build_site(base, dead, until=until, outlets=keys, pieces=pieces)
                with _timed(timings, f"run_once_{i}"):
                    proc = plainwire(home, "run", "--once")
                logs.append(
                    f"$ plainwire run --once   # pass {i}, feeds as of {until or 'the end'}\n"
                    f"exit {proc.returncode}\n{proc.stdout}{proc.stderr}"
                )
                if proc.returncode != 0:
                    raise RuntimeError(f"plainwire run --once exited {proc.returncode}\n{proc.stderr}")
            with _timed(timings, "read"):
                result = read_back(home, base, dead, pieces, content, render)
            if newsroom != 1:  # was a page updated in place fetched again? (the first set has none)
                revised = [render.page_path(p) for p in pieces if getattr(p, "revised", None)]
                result["page_fetches"] = {path: site.hits[path] for path in revised}
    finally:
        (out / "run.log").write_text("\n".join(logs), encoding="utf-8")  # also when a step failed
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    timings["wall"] = round(time.perf_counter() - t0, 2)
    timings["cpu_children"] = round(_child_cpu() - cpu0, 2)
    if newsroom != 1:  # (the first newsroom's stories.json keeps its keys)
        result["newsroom"] = newsroom
    result |= {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "passes": len(cutoffs),
        "events": sorted({p.event for p in pieces}),
        "pieces": len(pieces),
        "sources_added": adds,
        "timings": timings,
        "workdir": str(work) if keep else None,
        "code": code_version(),
    }
    result["checks"] = checks(result, pieces, content, render)
    (out / "stories.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out / "report.md").write_text(report_md(result), encoding="utf-8")
    return result


def code_version() -> dict[str, Any]:
    """Which plainwire ran: other engineers edit the checkout while runs happen, so a run
    records the package path, the commit and the uncommitted files under src/."""
    import plainwire

    pkg = Path(plainwire.__file__).resolve().parent
    root = Path(__file__).resolve().parent.parent
    info: dict[str, Any] = {"package": str(pkg)}
    if pkg.is_relative_to(root):
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "src"], capture_output=True, text=True
        )
        info |= {"git_head": head.stdout.strip(), "uncommitted_src": dirty.stdout.split("\n")[:-1]}
    return info


def _add_sources(
    home: Path,
    work: Path,
    base: str,
    keys: Sequence[str],
    content: ModuleType,
    render: ModuleType,
    logs: list[str],
    try_refused_add: bool = True,
) -> dict[str, str]:
    """`sources add` for the outlets marked so (feed URL, or homepage for autodiscovery), one
    OPML import for the rest; also tries `sources add` on the non-XML feed, which must be
    refused with a message naming it. Returns outlet key -> how it was added / the refusal."""
    how: dict[str, str] = {}
    specs = {o.key: o for o in content.OUTLETS}
    for key in keys:
        spec = specs[key]
        if spec.added_by not in ("add", "add-home"):
            continue
        url = f"{base}/{key}/" if spec.added_by == "add-home" else base + render.feed_path(key)
        proc = plainwire(home, "sources", "add", url)
        logs.append(f"$ plainwire sources add {url}\nexit {proc.returncode}\n{proc.stdout}{proc.stderr}")
        how[key] = f"sources add {'(homepage)' if spec.added_by == 'add-home' else ''}".strip()
        if proc.returncode != 0:
            how[key] += f": refused: {' '.join((proc.stderr or proc.stdout).split()).replace(base, '{site}')}"
    opml_keys = [k for k in keys if specs[k].added_by == "opml"]
    opml = work / "sources.opml"
    opml.write_text(render.opml(base, opml_keys), encoding="utf-8")
    proc = plainwire(home, "sources", "import", str(opml))
    logs.append(f"$ plainwire sources import {opml}\nexit {proc.returncode}\n{proc.stdout}{proc.stderr}")
    if proc.returncode != 0:
        raise RuntimeError(f"plainwire sources import exited {proc.returncode}\n{proc.stderr}")
    for key in opml_keys:
        how[key] = "sources import (OPML)"
    for key in keys:
        if try_refused_add and specs[key].feed == "not-xml":
            url = base + render.feed_path(key)
            probe = plainwire(home / "probe", "sources", "add", url)  # a throw-away home
            said = " ".join((probe.stderr or probe.stdout).split()).replace(base, "{site}")
            how[key] += f"; `sources add` exit {probe.returncode}: {said}"
    return how


def _path(url: str, base: str, dead: str) -> str:
    for prefix in (base, dead):
        if url.startswith(prefix):
            return url[len(prefix) :]
    return url


def read_back(
    home: Path, base: str, dead: str, pieces: Sequence[Any], content: ModuleType, render: ModuleType
) -> dict[str, Any]:
    """Stories, sources and errors through the reader's JSON API (in process), errors from the store."""
    from fastapi.testclient import TestClient

    from plainwire.publish import create_app
    from plainwire.settings import load_config
    from plainwire.store import Store

    by_path = _pieces_by_path(pieces, render)
    config = load_config(home, {})
    stories: list[dict[str, Any]] = []
    articles: dict[str, dict[str, Any]] = {}
    with TestClient(create_app(config)) as client:
        summaries: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 100} | ({"cursor": cursor} if cursor else {})
            page = client.get("/api/v1/stories", params=params).json()
            summaries += page["stories"]
            cursor = page.get("next_cursor")
            if not cursor:
                break
        for s in summaries:
            d = client.get(f"/api/v1/stories/{s['id']}").json()
            page = client.get(f"/story/{s['slug']}")
            html_status = page.status_code
            # The reader's page shows every part (as text, tags and entities aside).
            shown = html.unescape(re.sub(r"<[^>]+>", " ", page.text))
            missing_parts = [part for part in (d["headline"], *_PAGE_PARTS) if part not in shown]
            arts = []
            for src in d["sources"]:
                path = _path(src["url"], base, dead)
                piece = by_path.get(path)
                a = client.get(f"/api/v1/articles/{src['article_id']}").json()
                articles[src["article_id"]] = {
                    "path": path,
                    "language": a.get("language"),
                    "genre": a.get("genre"),
                    "text_chars": len(a.get("text") or ""),
                    "text": a.get("text") or "",
                }
                arts.append(
                    {
                        "path": path,
                        "source": src["source"],
                        "title": src["title"],
                        "published": src["published"],
                        "genre": src.get("genre"),
                        "language": a.get("language"),
                        "tone": (a.get("tone") or {}).get("label"),
                        "tone_evidence": (a.get("tone") or {}).get("evidence", []),
                        "event": piece.event if piece else None,
                        "written_genre": piece.genre if piece else None,
                    }
                )
            if getattr(content, "NEWSROOM", 1) != 1:  # (the first set's stories.json keeps its keys)
                # The sentence index, in its article, of each Story/Highlight sentence's source.
                support_index = {
                    part: [
                        sent["support"][0].get("index") if sent.get("support") else None
                        for sent in d["provenance"][part]
                    ]
                    for part in ("story", "highlights")
                }
                extra_story: dict[str, Any] = {"support_index": support_index}
            else:
                extra_story = {}
            stories.append(
                {
                    "id": d["id"],
                    "slug": d["slug"],
                    "headline": d["headline"],
                    # The outlet title the headline was taken from, if it is one (else "").
                    "headline_from": next(
                        (_path(a["url"], base, dead) for a in d["sources"] if a["title"] == d["headline"]), ""
                    ),
                    "tone": {
                        "label": (d.get("tone") or {}).get("label"),
                        "evidence": (d.get("tone") or {}).get("evidence", []),
                    },
                    "highlights": d["highlights"],
                    "story": d["story"],
                    "opinions": [
                        {
                            "title": o["title"],
                            "source": o["source"],
                            "path": _path(o["url"], base, dead),
                            "gist": o["gist"],
                        }
                        for o in d["opinions"]
                    ],
                    "outlets": sorted({a["source"] for a in arts}),
                    "n_articles": d["n_articles"],
                    "articles": arts,
                    "events": dict(Counter(a["event"] for a in arts if a["event"])),
                    "notes": d.get("notes", []),
                    "published": d.get("published"),
                    "updated": d.get("updated"),
                    "page_status": html_status,
                    "page_missing": missing_parts,
                    "story_sentences": [sent.get("text", "") for sent in d["provenance"]["story"]],
                    "provenance": {
                        part: [
                            [
                                _path(
                                    articles.get(r["article_id"], {}).get("path", r["article_id"]), base, dead
                                )
                                for r in sent.get("support", [])
                            ]
                            for sent in d["provenance"][part]
                        ]
                        for part in ("story", "highlights")
                    },
                }
                | extra_story
            )
        sources = client.get("/api/v1/sources").json()["sources"]
    store = Store(config.db_path)
    try:
        raw_errors = store.recent_errors(100_000)
        n_articles = store.count("articles")
    finally:
        store.close()
    errors: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        # The site serves each outlet under /KEY/.
        key = _path(s["feed_url"], base, dead).strip("/").split("/")[0]
        if s["last_error"]:
            errors[key].append(f"feed {_path(s['feed_url'], base, dead)}: {s['last_error']}")
    for err in reversed(raw_errors):
        if err["stage"] == "poll":
            continue  # the sources' last_error above already says it
        path = _path(err["input"], base, dead)
        key = path.strip("/").split("/")[0] if path.startswith("/") else "?"
        errors[key].append(f"{err['stage']} {path}: {err['message']}")
    stories.sort(
        key=lambda s: (min((a["published"] or "") for a in s["articles"]) if s["articles"] else "", s["slug"])
    )
    return {
        "stories": stories,
        "errors": {k: _base_free(v, base, dead) for k, v in sorted(errors.items())},
        "sources": [
            {
                "name": s["name"],
                "key": _path(s["feed_url"], base, dead).strip("/").split("/")[0],
                "last_error": _base_free([s["last_error"] or s.get("last_page_error") or ""], base, dead)[0],
                "articles_total": s["articles_total"],
                "consecutive_failures": s["consecutive_failures"],
                "failing": s.get("failing"),  # (absent before the eleventh session's API field)
            }
            for s in sources
        ],
        "articles_stored": n_articles,
        "article_texts": {
            v["path"]: {k: v[k] for k in ("language", "genre", "text_chars")} for v in articles.values()
        },
        "_texts": {v["path"]: v["text"] for v in articles.values()},
    }


def _base_free(lines: list[str], base: str, dead: str) -> list[str]:
    """Messages without the random port, so two runs compare."""
    out = []
    for line in lines:
        line = line.replace(base, "{site}").replace(dead, "{dead-host}")
        out.append(re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", line))
    return out


# -- checks --------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def checks(
    result: dict[str, Any], pieces: Sequence[Any], content: ModuleType, render: ModuleType
) -> dict[str, Any]:
    stories = result["stories"]
    texts: dict[str, str] = result.pop("_texts", {})
    by_path = _pieces_by_path(pieces, render)
    loaded_words = getattr(content, "LOADED_WORDS", LOADED_WORDS)
    # Clustering against the generator's events.
    story_of: dict[str, str] = {}
    for s in stories:
        for a in s["articles"]:
            if a["event"]:
                story_of[a["path"]] = s["slug"]
    event_stories: dict[str, set[str]] = defaultdict(set)
    for path, slug in story_of.items():
        event_stories[by_path[path].event].add(slug)
    split = {ev: sorted(slugs) for ev, slugs in event_stories.items() if len(slugs) > 1}
    mixed = {s["slug"]: s["events"] for s in stories if len(s["events"]) > 1}
    # B-cubed over stored articles.
    members: dict[str, list[str]] = defaultdict(list)
    for path, slug in story_of.items():
        members[slug].append(path)
    precision = recall = 0.0
    for path, slug in story_of.items():
        ev = by_path[path].event
        same_story = members[slug]
        same_event = [p for p in story_of if by_path[p].event == ev]
        precision += sum(by_path[p].event == ev for p in same_story) / len(same_story)
        recall += sum(story_of[p] == slug for p in same_event) / len(same_event)
    n = max(1, len(story_of))
    p_, r_ = precision / n, recall / n
    f1 = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    # Opinion / analysis text in the Story or Highlights: the first support of each sentence is
    # the article sentence it was taken from (the rest are other outlets saying the same).
    opinion_leaks = []
    for s in stories:
        for part in ("story", "highlights"):
            for i, support in enumerate(s["provenance"][part]):
                piece = by_path.get(support[0]) if support else None
                if piece is not None and piece.genre != "news":
                    sent = s["highlights"][i] if part == "highlights" else s["story_sentences"][i]
                    opinion_leaks.append({"slug": s["slug"], "part": part, "from": support[0], "text": sent})
    # Loaded words.
    loaded = []
    for s in stories:
        for part, text in (
            ("headline", s["headline"]),
            *(("story", x) for x in s["story_sentences"]),
            *(("highlight", h) for h in s["highlights"]),
        ):
            for w in loaded_words:
                if re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE):
                    loaded.append({"slug": s["slug"], "part": part, "word": w, "text": text})
    # Key facts.
    facts: dict[str, dict[str, Any]] = {}
    for s in stories:
        if not s["events"]:
            continue
        ev = max(s["events"], key=s["events"].get)
        wanted = getattr(content, "KEY_FACTS", KEY_FACTS).get(ev)
        if not wanted:
            continue
        body = " ".join([s["headline"], s["story"], *s["highlights"]])
        missing = [alts[0] for alts in wanted if not any(a.lower() in body.lower() for a in alts)]
        prev = facts.get(ev)
        if prev is None or len(missing) < len(prev["missing"]):
            facts[ev] = {
                "slug": s["slug"],
                "found": len(wanted) - len(missing),
                "of": len(wanted),
                "missing": missing,
            }
    # Repeated sentences inside one page (Story + Highlights are allowed to overlap by design?
    # no: the Story is one paragraph; a sentence twice in it is a fault).
    repeats = []
    for s in stories:
        seen: Counter[str] = Counter(_norm(x) for x in re.split(r"(?<=[.!?])\s+", s["story"]) if x.strip())
        repeats += [{"slug": s["slug"], "sentence": k} for k, c in seen.items() if c > 1]
        hl = Counter(_norm(h) for h in s["highlights"])
        repeats += [{"slug": s["slug"], "highlight": k} for k, c in hl.items() if c > 1]
    # A sentence opening with a pronoun, placed after a sentence from another article (or
    # standing alone as a Highlight), points at nothing the reader has seen.
    dangling = []
    for s in stories:
        prov = s["provenance"]
        for i, text in enumerate(s.get("story_sentences", [])):
            if _PRONOUN.match(text) and (i == 0 or prov["story"][i][:1] != prov["story"][i - 1][:1]):
                dangling.append({"slug": s["slug"], "part": "story", "text": text})
        dangling += [
            {"slug": s["slug"], "part": "highlight", "text": h} for h in s["highlights"] if _PRONOUN.match(h)
        ]
    # An outlet named inside the neutral text ("told the Courier") reads as the page's own voice.
    short = getattr(content, "OUTLET_SHORT", _OUTLET_SHORT)
    mentions = {o.name for o in content.OUTLETS} | {f"the {w}" for w in short}
    outlet_named = [
        {"slug": s["slug"], "name": m, "text": text}
        for s in stories
        for text in (s["story"], *s["highlights"])
        for m in sorted(mentions)
        if re.search(rf"\b{re.escape(m)}\b", text)
    ]
    # The same thing counted twice with different figures ("55 firefighters" ... "60
    # firefighters"): outlets disagree and the page restates the fact instead of choosing or
    # attributing. A flag for the reader (units like "percent" are left out: too often two facts).
    figures = []
    units = _UNITS | set(getattr(content, "EXTRA_UNITS", ()))  # (the fourth set's currencies)
    for s in stories:
        seen_fig: dict[str, set[str]] = defaultdict(set)
        for text in (s["story"], *s["highlights"]):
            for num, noun in _FIGURE.findall(text):
                if noun.lower() not in units:
                    seen_fig[noun.lower()].add(num)
        figures += [
            {"slug": s["slug"], "noun": n, "figures": sorted(v)} for n, v in seen_fig.items() if len(v) > 1
        ]
    mojibake = [
        {"slug": s["slug"], "text": text}
        for s in stories
        for text in (s["headline"], s["story"], *s["highlights"], *(a["title"] for a in s["articles"]))
        if any(m in text for m in _MOJIBAKE)
    ]
    furniture = [
        {"path": path, "marker": m} for path, text in texts.items() for m in render.FURNITURE if m in text
    ]
    # Broken inputs: each must be an error naming it.
    errs = result["errors"]
    expected: dict[str, Any] = (
        {}
        if getattr(content, "NEWSROOM", 1) != 1
        else {
            "not-XML feed (bugle)": any("/bugle/" in x for x in errs.get("bugle", [])),
            "404 feed (observer)": any("/observer/" in x for x in errs.get("observer", [])),
            "links to a refusing host (lowmoor)": any("lowmoor" in x for x in errs.get("lowmoor", [])),
        }
    )
    keys = {p.outlet for p in pieces}
    if "estuary" in keys:
        expected["page over the size limit (estuary)"] = any(
            content.OVERSIZE_ITEM[1] in x for x in errs.get("estuary", [])
        )
    if "digital" in keys:
        stored = [p for p in story_of if p.startswith("/digital/")]
        expected["wrong declared encoding (digital)"] = (
            f"{len(stored)} of {sum(p.outlet == 'digital' for p in pieces)} articles stored; "
            f"feed error: {'; '.join(errs.get('digital', [])) or 'none'}"
        )
    stored_paths = set(result["article_texts"])
    not_stored = sorted(render.page_path(p) for p in pieces if render.page_path(p) not in stored_paths)
    extra = {} if getattr(content, "NEWSROOM", 1) == 1 else checks2(result, pieces, content, render, texts)
    if getattr(content, "NEWSROOM", 1) >= 3:
        extra |= checks3(result, pieces, content, render)
    if getattr(content, "NEWSROOM", 1) >= 4:
        extra |= _checks4_module().checks4(result, pieces, content, render, texts)
    if getattr(content, "NEWSROOM", 1) == 5:
        extra |= _data_module("newsroom5_checks").checks5(result, pieces, content, render, texts)
    if getattr(content, "NEWSROOM", 1) == 6:
        extra |= _data_module("newsroom6_checks").checks6(result, pieces, content, render, texts)
    if getattr(content, "NEWSROOM", 1) == 7:
        extra |= _data_module("newsroom7_checks").checks7(result, pieces, content, render, texts)
    return {
        "stories": len(stories),
        "articles_written": len(pieces),
        "articles_stored": result["articles_stored"],
        "articles_not_stored": not_stored,
        "events": len(event_stories),
        "events_split": split,
        "stories_mixing_events": mixed,
        "bcubed": {"precision": round(p_, 3), "recall": round(r_, 3), "f1": round(f1, 3)},
        "opinion_in_story": opinion_leaks,
        "loaded_words": loaded,
        "key_facts": facts,
        "repeated_sentences": repeats,
        "pronoun_without_antecedent": dangling,
        "outlet_named_in_text": outlet_named,
        "same_noun_different_figures": figures,
        "mojibake": mojibake,
        "furniture_in_articles": furniture,
        "broken_inputs_reported": expected,
        "pages_not_200": [s["slug"] for s in stories if s["page_status"] != 200],
        "pages_missing_parts": {s["slug"]: s["page_missing"] for s in stories if s["page_missing"]},
    } | extra


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_MAX_HEADLINE_WORDS = 14
_BARE_SAID = re.compile(r"\b(?:he|she|they) (?:said|added|told)\b", re.IGNORECASE)
_DATELINE = re.compile(
    r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{2}:\d{2}"
)


def _content_words(text: str) -> set[str]:
    return {w for w in _norm(text).split() if len(w) > 3}


def checks2(
    result: dict[str, Any],
    pieces: Sequence[Any],
    content: ModuleType,
    render: ModuleType,
    texts: dict[str, str],
) -> dict[str, Any]:
    """The second newsroom's checks, on top of the first's: what a reader would still see wrong
    that the first set does not look for."""
    stories = result["stories"]
    by_path = _pieces_by_path(pieces, render)
    canon = {p: render.page_path(p) for p in pieces}
    in_story = {a["path"]: s for s in stories for a in s["articles"]}
    stored = set(result["article_texts"])

    def main_event(s: dict[str, Any]) -> str | None:
        return max(s["events"], key=s["events"].get) if s["events"] else None

    def errors_naming(path: str) -> list[str]:
        return [x for v in result["errors"].values() for x in v if path in x]

    def page_text(s: dict[str, Any]) -> list[str]:
        return [s["headline"], *s["story_sentences"], *s["highlights"]]

    # Opinion, editorial and analysis pieces belong under their event's Opinions; news never.
    under: dict[str, dict[str, Any]] = {o["path"]: s for s in stories for o in s["opinions"]}
    misplaced = []
    for p in pieces:
        path = canon[p]
        where = None
        if p.genre != "news":
            if path in under:
                host = under[path]
                ev = main_event(host)
                if ev != p.event:
                    where = f"under the Opinions of {host['slug']} (event {ev})"
                elif not any(a["written_genre"] == "news" for a in host["articles"]):
                    news = sorted(
                        {x["slug"] for x in stories if any(a["event"] == p.event for a in x["articles"])}
                        - {host["slug"]}
                    )
                    where = f"alone in {host['slug']}, a story of opinion only (the event's news: {news})"
            elif path in in_story:
                where = f"in the sources of {in_story[path]['slug']}, not under Opinions"
            elif path in stored:
                where = "in no story"
            else:
                where = "not stored"
        elif path in under:
            where = f"a news article under the Opinions of {under[path]['slug']}"
        if where:
            misplaced.append({"path": path, "genre": p.genre, "shape": p.shape, "where": where})
    # Word-for-word copies (the wire and the papers that ran it) are one text: one story, and
    # no Story/Highlight sentence counts two copies as two outlets saying it.
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for p in pieces:
        groups[p.paragraphs].append(canon[p])
    copies = []
    for paths in groups.values():
        if len(paths) < 2:
            continue
        counted = [
            {"slug": s["slug"], "part": part, "i": i, "copies": sum(x in paths for x in support)}
            for s in stories
            for part in ("story", "highlights")
            for i, support in enumerate(s["provenance"][part])
            if sum(x in paths for x in support) > 1
        ]
        copies.append(
            {
                "texts": paths,
                "stored": sum(x in stored for x in paths),
                "stories": sorted({in_story[x]["slug"] for x in paths if x in in_story}),
                "sentences_counting_copies_twice": len(counted),
                "examples": counted[:3],
            }
        )
    # One article, one stored copy: AMP and utm URLs are the same page.
    variants = []
    for p in pieces:
        paths = sorted(x for x in stored if by_path.get(x) == p)
        if len(paths) > 1 or any(x != canon[p] for x in paths):
            variants.append({"piece": canon[p], "stored_as": paths})
    # An article updated in place: the stored text and the page carry the new version.
    updated = []
    for p in pieces:
        if p.revised is None:
            continue
        path = canon[p]
        s = in_story.get(path)
        art = next((a for a in s["articles"] if a["path"] == path), None) if s else None
        fact = p.revised_fact.lower()
        updated.append(
            {
                "path": path,
                "stored_text_has_new_fact": fact in texts.get(path, "").lower(),
                "stored_title": art["title"] if art else None,
                "title_is_new": bool(art and art["title"] == p.revised_title),
                "page_has_new_fact": bool(s and any(fact in x.lower() for x in page_text(s))),
                "page_fetches": result.get("page_fetches", {}).get(path),
                "story": s["slug"] if s else None,
            }
        )
    # Figures a later or official count replaced, given as current on the event's page.
    superseded = []
    for s in stories:
        ev = main_event(s)
        for phrase in getattr(content, "SUPERSEDED", {}).get(ev, ()):
            for part, texts_ in (
                ("headline", [s["headline"]]),
                ("story", s["story_sentences"]),
                ("highlight", s["highlights"]),
            ):
                superseded += [
                    {"slug": s["slug"], "event": ev, "part": part, "phrase": phrase.strip(), "text": x}
                    for x in texts_
                    if phrase.lower() in f"{x.lower()} "
                ]
    # Events that must stay apart.
    apart = [
        {"slug": s["slug"], "events": [a, b]}
        for a, b in getattr(content, "APART", ())
        for s in stories
        if a in s["events"] and b in s["events"]
    ]
    long_headlines = [
        {"slug": s["slug"], "words": len(s["headline"].split()), "headline": s["headline"]}
        for s in stories
        if len(s["headline"].split()) > _MAX_HEADLINE_WORDS
    ]
    # Three Highlights, each saying something the others do not (content-word Jaccard < 0.5).
    highlights = []
    for s in stories:
        if not any(a["written_genre"] == "news" for a in s["articles"]):
            continue  # an opinion-only story has no Highlights by design
        hl = s["highlights"]
        similar = [
            [a, b]
            for i, a in enumerate(hl)
            for b in hl[i + 1 :]
            if len(_content_words(a) & _content_words(b)) / max(1, len(_content_words(a) | _content_words(b)))
            >= 0.5
        ]
        if len(hl) != 3 or similar:
            highlights.append({"slug": s["slug"], "n": len(hl), "similar": similar})
    # "..., she said." whose speaker was named in a sentence the page left out: the Story
    # sentence before it is not the one before it in its article (or it is a Highlight).
    said = []
    for s in stories:
        prov, idx = s["provenance"]["story"], s.get("support_index", {}).get("story", [])
        for i, text in enumerate(s["story_sentences"]):
            if not _BARE_SAID.search(text) or i >= len(idx):
                continue
            follows = (
                i > 0 and prov[i][:1] == prov[i - 1][:1] and idx[i] is not None and idx[i - 1] == idx[i] - 1
            )
            if not follows:
                said.append({"slug": s["slug"], "part": "story", "text": text})
        said += [
            {"slug": s["slug"], "part": "highlight", "text": h}
            for h in s["highlights"]
            if _BARE_SAID.search(h)
        ]
    # Site furniture, a byline or a dateline shown as the page's own text.
    furniture = getattr(render, "FURNITURE", ())
    datelines = (_DATELINE, *getattr(render, "DATELINES", ()))
    chrome_on_page = [
        {"slug": s["slug"], "text": x}
        for s in stories
        for x in page_text(s)
        if any(m in x for m in furniture) or any(d.search(x) for d in datelines)
    ]
    entities = [
        {"slug": s["slug"], "text": x}
        for s in stories
        for x in (*page_text(s), *(a["title"] for a in s["articles"]), *(o["title"] for o in s["opinions"]))
        if _ENTITY.search(x)
    ]

    # Page and feed shapes: was each read, and read right?
    def fate(p: Any) -> str:
        path = canon[p]
        if path in stored:
            s = in_story[path]
            return f"stored ({result['article_texts'][path]['text_chars']} chars), in {s['slug']}"
        errs = errors_naming(path)
        return "not stored" + (f"; error: {errs[0]}" if errs else "; no error names it")

    shapes: dict[str, Any] = {}
    for p in pieces:
        if p.shape in ("teaser", "gallery", "live"):
            shapes[f"{p.shape}: {canon[p]}"] = fate(p)
    for p in pieces:
        if p.shape == "gallery" and canon[p] in in_story:
            s = in_story[canon[p]]
            taken = sum(
                sup[0] == canon[p] for part in ("story", "highlights") for sup in s["provenance"][part] if sup
            )
            shapes[f"gallery captions in Story/Highlights: {canon[p]}"] = taken
    by_outlet: dict[str, list[Any]] = defaultdict(list)
    for p in pieces:
        by_outlet[p.outlet].append(p)
    feeds = {o.key: o for o in content.OUTLETS}
    for key, ps in sorted(by_outlet.items()):
        spec = feeds[key]
        got = [p for p in ps if canon[p] in stored]
        label = {
            "atom-relative": "Atom feed with relative links",
            "rss-entities": "RSS titles with double-escaped entities",
            "rss-utm": "RSS links with utm parameters",
            "jsonfeed-amp": "JSON Feed listing an AMP URL too",
            "rss-broken-item": "RSS feed with a broken item",
            "jsonfeed-broken-item": "JSON Feed with broken items",
        }.get(spec.feed)
        if spec.chrome == "regional":
            label = "windows-1252 pages, declared"
        elif spec.chrome == "latin1":
            label = "ISO-8859-1 pages, declared"
        elif spec.chrome == "italian":
            label = "UTF-8 pages served with an ISO-8859-1 header"
        if label is None:
            continue
        bad = [canon[p] for p in got if any(m in texts.get(canon[p], "") for m in _MOJIBAKE)]
        shapes[f"{label} ({key})"] = f"{len(got)} of {len(ps)} stored" + (
            f"; mojibake in {bad}" if bad else ""
        )
    return {
        "opinion_not_under_opinions": misplaced,
        "wire_copies": copies,
        "url_variants_stored": variants,
        "updated_in_place": updated,
        "superseded_figures": superseded,
        "events_that_must_stay_apart_merged": apart,
        "headline_over_14_words": long_headlines,
        "highlights_not_three_distinct": highlights,
        "html_entities_in_text": entities,
        "furniture_or_dateline_on_page": chrome_on_page,
        "speaker_not_named": said,
        "page_shapes": shapes,
    }


def _data_module(name: str) -> ModuleType:
    """A module of checks next to the newsrooms' content (kept out of this script for size)."""
    if str(DATA_DIR) not in sys.path:
        sys.path.insert(0, str(DATA_DIR))
    return importlib.import_module(name)


def _checks4_module() -> ModuleType:
    return _data_module("newsroom4_checks")


def checks3(
    result: dict[str, Any], pieces: Sequence[Any], content: ModuleType, render: ModuleType
) -> dict[str, Any]:
    """The third newsroom's checks (bench/audit_newsroom/checks3.py), also run for the fourth."""
    return _data_module("checks3").checks3(result, pieces, content, render)


# -- output ----------------------------------------------------------------------------


def summary_lines(r: dict[str, Any]) -> list[str]:
    c, t = r["checks"], r["timings"]
    lines = [
        f"stories: {c['stories']}  (articles written {c['articles_written']}, stored {c['articles_stored']}; "
        f"passes {r['passes']})",
        f"wall time: {t['wall']} s  (run --once: "
        + ", ".join(f"{t[k]} s" for k in sorted(t) if k.startswith("run_once"))
        + f"; CLI CPU {t['cpu_children']} s)",
        "errors per source:",
    ]
    for key, errs in r["errors"].items():
        lines.append(f"  {key}: {len(errs)}")
        lines += [f"    - {e}" for e in errs[:4]]
        if len(errs) > 4:
            lines.append(f"    ... {len(errs) - 4} more")
    lines.append(
        "broken inputs reported: " + "; ".join(f"{k}: {v}" for k, v in c["broken_inputs_reported"].items())
    )
    b = c["bcubed"]
    lines.append(
        f"clustering: {c['events']} events, {len(c['events_split'])} split over several stories, "
        f"{len(c['stories_mixing_events'])} stories mixing events; B-cubed P {b['precision']} R {b['recall']} F1 {b['f1']}"
    )
    for ev, slugs in c["events_split"].items():
        lines.append(f"  split {ev}: {', '.join(slugs)}")
    for slug, evs in c["stories_mixing_events"].items():
        lines.append(f"  mixed {slug}: {evs}")
    lines.append(
        f"opinion sentences in Story/Highlights: {len(c['opinion_in_story'])}; loaded words: {len(c['loaded_words'])}; "
        f"repeated sentences: {len(c['repeated_sentences'])}; pronoun without antecedent: "
        f"{len(c['pronoun_without_antecedent'])}; outlet named in text: {len(c['outlet_named_in_text'])}; "
        f"same noun, different figures: {len(c['same_noun_different_figures'])}; "
        f"mojibake: {len(c['mojibake'])}; pages missing a part: {len(c['pages_missing_parts'])}; "
        f"furniture in articles: {len(c['furniture_in_articles'])}"
    )
    kf = c["key_facts"]
    lines.append(
        f"key facts: {sum(v['found'] for v in kf.values())}/{sum(v['of'] for v in kf.values())}"
        + "".join(f"; {ev} missing {v['missing']}" for ev, v in kf.items() if v["missing"])
    )
    if "opinion_not_under_opinions" in c:  # the second newsroom's checks
        copies = c["wire_copies"]
        lines.append(
            f"opinion not under Opinions: {len(c['opinion_not_under_opinions'])}; wire copies: "
            + "; ".join(
                f"{x['stored']} of {len(x['texts'])} stored, in {len(x['stories'])} stories, "
                f"{x['sentences_counting_copies_twice']} sentences counting copies twice"
                for x in copies
            )
            + f"; URL variants stored: {len(c['url_variants_stored'])}; superseded figures: "
            f"{len(c['superseded_figures'])}; events that must stay apart merged: "
            f"{len(c['events_that_must_stay_apart_merged'])}; headlines over 14 words: "
            f"{len(c['headline_over_14_words'])}; Highlights not three distinct: "
            f"{len(c['highlights_not_three_distinct'])}; HTML entities: {len(c['html_entities_in_text'])}; "
            f"furniture or dateline on a page: {len(c['furniture_or_dateline_on_page'])}; "
            f"speaker not named: {len(c['speaker_not_named'])}"
        )
        for u in c["updated_in_place"]:
            lines.append(
                f"updated in place {u['path']}: new fact in stored text {u['stored_text_has_new_fact']}, "
                f"new title {u['title_is_new']}, new fact on the page {u['page_has_new_fact']}; "
                f"page fetched {u['page_fetches']} times over {r['passes']} passes"
            )
        lines += [f"  {k}: {v}" for k, v in c["page_shapes"].items()]
    if "headline_is_question" in c:  # the third newsroom's checks
        corr = "; ".join(
            f"{x['slug']}: wrong figure {x['wrong_on_page'] or 'absent'}, corrected figure "
            f"{'present' if x['right_on_page'] else 'absent'}, notice on the page {len(x['notice_on_page'])}"
            for x in c["correction_reaches_page"]
        )
        lines.append(
            f"question headlines: {len(c['headline_is_question'])}; superseded figure in a headline: "
            f"{len(c['superseded_in_headline'])}; misspelt name on a page: {len(c['misspelt_name_on_page'])}; "
            f"other-language reports not joined: {len(c['other_language_not_joined'])}; headline in another "
            f"language: {len(c['headline_in_another_language'])}; tabloid sentences "
            f"in a shared story: {len(c['tabloid_sentences_in_shared_story'])}; calm story labelled loaded: "
            f"{len(c['calm_story_labelled_loaded'])}; correction: {corr or 'no story'}"
        )
        lines += [
            f"  press-release rewrites {x['release']}: {x['stored']} of {len(x['texts'])} stored, in "
            f"{len(x['stories'])} stories, {x['sentences_counting_rewrites_twice']} sentences counting both"
            for x in c["press_release_rewrites"]
        ]
    if "feed_shapes7" in c:  # the seventh newsroom's checks (with the fourth to sixth sets')
        lines += _data_module("newsroom7_checks").summary(c)
    elif "feed_shapes6" in c:  # the sixth newsroom's checks (with the fourth and fifth sets')
        lines += _data_module("newsroom6_checks").summary(c)
    elif "shapes5" in c:  # the fifth newsroom's checks (and the fourth's, with its statuses)
        lines += _data_module("newsroom5_checks").summary(c)
    elif "comment_text_in_stored_article" in c:  # the fourth newsroom's checks
        lines += _checks4_module().summary(c)
    return lines


def _from(story: dict[str, Any], part: str, i: int) -> str:
    """The outlet (and genre, when not news) a Story sentence or Highlight was taken from."""
    support = story["provenance"][part][i] if i < len(story["provenance"][part]) else []
    art = next((a for a in story["articles"] if support and a["path"] == support[0]), None)
    if art is None:
        return "[?]"
    genre = "" if art["written_genre"] in ("news", None) else f", {art['written_genre']}"
    return f"[{art['source']}{genre}]"


def report_md(r: dict[str, Any]) -> str:
    c = r["checks"]
    out = [
        "# plainwire audit newsroom run",
        "",
        f"Generated {r['generated']}; {r['pieces']} articles written for {len(r['events'])} events; "
        f"{r['passes']} `plainwire run --once` passes. Code: `{json.dumps(r['code'])}`.",
        "",
        "```",
        *summary_lines(r),
        "```",
        "",
        "## Sources",
        "",
        "| outlet | added by | stored | health | last error (feed, else page) |",
        "|---|---|---|---|---|",
    ]
    added = r["sources_added"]
    for s in r["sources"]:
        how = added.get(s["key"], "")
        health = {True: "failing", False: "healthy"}.get(s.get("failing"), "")
        out.append(f"| {s['name']} | {how} | {s['articles_total']} | {health} | {s['last_error'] or ''} |")
    out += [
        "",
        "## Checks",
        "",
        "```json",
        json.dumps(c, indent=1, ensure_ascii=False),
        "```",
        "",
        "## Stories",
        "",
    ]
    for s in r["stories"]:
        tone = s["tone"]
        out += [
            f"### {s['headline']}",
            "",
            f"`{s['slug']}` — {s['n_articles']} articles, events {s['events']}, {tone['label']}"
            + (f" ({'; '.join(tone['evidence'])})" if tone["evidence"] else ""),
            "",
            "**Highlights**",
            "",
            *[f"- {h} {_from(s, 'highlights', i)}" for i, h in enumerate(s["highlights"])],
            "",
            "**Story**",
            "",
            s["story"] or "(empty)",
            "",
            "<details><summary>Story sentences and where each was taken from</summary>",
            "",
            *[f"{i + 1}. {x} {_from(s, 'story', i)}" for i, x in enumerate(s["story_sentences"])],
            "",
            "</details>",
            "",
        ]
        if s["opinions"]:
            out += [
                "**Opinions**",
                "",
                *[f"- {o['source']}: {o['title']} — {o['gist']}" for o in s["opinions"]],
                "",
            ]
        if s["notes"]:
            out += [f"Notes: {'; '.join(s['notes'])}", ""]
        out += ["**Sources**", ""]
        out += [
            f"- {a['source']} ({a['published']}, {a['genre']}, {a['language']}, {a['tone']}, event {a['event']}): "
            f"{a['title']}"
            + (f" — tone evidence: {'; '.join(a['tone_evidence'])}" if a["tone_evidence"] else "")
            for a in s["articles"]
        ]
        out.append("")
    return "\n".join(out)


# -- compare -----------------------------------------------------------------------------


def compare(prev: dict[str, Any], cur: dict[str, Any]) -> list[str]:
    """Stories matched by their articles (paths, port-free); what changed in each."""

    def paths(s: dict[str, Any]) -> set[str]:
        return {a["path"] for a in s["articles"]}

    lines: list[str] = []
    used: set[int] = set()
    for s in cur["stories"]:
        best, best_j = None, 0.0
        for i, p in enumerate(prev["stories"]):
            if i in used:
                continue
            inter = len(paths(s) & paths(p))
            j = inter / max(1, len(paths(s) | paths(p)))
            if j > best_j:
                best, best_j = i, j
        if best is None:
            lines.append(f"NEW {s['slug']}: {s['headline']}")
            continue
        used.add(best)
        p = prev["stories"][best]
        diffs = []
        if paths(s) != paths(p):
            diffs.append(f"  articles: +{sorted(paths(s) - paths(p))} -{sorted(paths(p) - paths(s))}")
        if s["headline"] != p["headline"]:
            diffs.append(f"  headline: {p['headline']!r}\n         -> {s['headline']!r}")
        if s["tone"]["label"] != p["tone"]["label"]:
            diffs.append(f"  label: {p['tone']['label']} -> {s['tone']['label']}")
        if s["highlights"] != p["highlights"]:
            gone = [h for h in p["highlights"] if h not in s["highlights"]]
            new = [h for h in s["highlights"] if h not in p["highlights"]]
            diffs.append(
                "  highlights:" + "".join(f"\n    - {h}" for h in gone) + "".join(f"\n    + {h}" for h in new)
            )
        if s["story"] != p["story"]:
            old_s = re.split(r"(?<=[.!?])\s+", p["story"])
            new_s = re.split(r"(?<=[.!?])\s+", s["story"])
            diffs.append(
                "  story:"
                + "".join(f"\n    - {x}" for x in old_s if x not in new_s)
                + "".join(f"\n    + {x}" for x in new_s if x not in old_s)
            )
        if diffs:
            lines.append(f"CHANGED {s['slug']} ({len(paths(s))} articles)")
            lines += diffs
    for i, p in enumerate(prev["stories"]):
        if i not in used:
            lines.append(f"GONE {p['slug']}: {p['headline']}")
    unchanged = len(cur["stories"]) - sum(1 for x in lines if x.startswith(("CHANGED", "NEW")))
    lines.append(f"{unchanged} of {len(cur['stories'])} stories unchanged")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="Output folder (default: a new folder in /tmp).")
    ap.add_argument("--compare", type=Path, default=None, help="An earlier stories.json (e.g. the baseline).")
    ap.add_argument("--keep", action="store_true", help="Keep the temporary home and site files.")
    ap.add_argument(
        "--passes", type=int, choices=(1, 2), default=2, help="1: all feeds at once; 2: day one, then both."
    )
    ap.add_argument("--events", default="", help="Comma-separated events to include (default: all).")
    ap.add_argument(
        "--newsroom",
        type=int,
        choices=(1, 2, 3, 4, 5, 6, 7),
        default=1,
        help="1: the first newsroom; 2-7: the held-out second to seventh.",
    )
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="plainwire-audit-out-"))
    events = [e for e in args.events.split(",") if e] or None
    result = run_audit(out, events=events, passes=args.passes, keep=args.keep, newsroom=args.newsroom)
    print("\n".join(summary_lines(result)))
    print(f"wrote {out / 'stories.json'} and {out / 'report.md'}")
    if args.keep:
        print(
            f"kept: PLAINWIRE_HOME={result['workdir']}/home plainwire serve   (the site is gone with this process)"
        )
    if args.compare:
        prev = json.loads(args.compare.read_text(encoding="utf-8"))
        print(f"\ncompared with {args.compare}:")
        print("\n".join(compare(prev, result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
