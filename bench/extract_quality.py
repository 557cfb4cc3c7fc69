"""Extraction quality on synthetic pages with known bodies: plainwire vs bare trafilatura.

No public article-body benchmark is installable from PyPI, so this measures what the
fallbacks and the not-an-article checks add, on page kinds generated here with known
ground truth (invented text, no real articles):

* ``article``      -- full page with chrome, ads, related links and comments;
* ``js-rendered``  -- empty app shell, the body only in JSON-LD ``articleBody``;
* ``paywalled``    -- a one-line teaser on the page, the feed entry carries a summary;
* ``index``        -- a section front of teasers (schema.org CollectionPage);
* ``teaser-list``  -- the same without any schema.org markup;
* ``binary``       -- a PDF served as text/html.

For article kinds the score is token-level F1 of the extracted body against the true
body (0 when nothing is returned); for non-article kinds it is 1 when the page is
refused (``ExtractionError`` / ``None``) and 0 when text is returned as if an article.

    python bench/extract_quality.py [--per-kind 40]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract_speed import make_page, sentence  # noqa: E402  (bench helper, same folder)

_TOKEN = re.compile(r"\w+")


def f1(got: str, truth: str) -> float:
    g, t = Counter(_TOKEN.findall(got.lower())), Counter(_TOKEN.findall(truth.lower()))
    if not g or not t:
        return 0.0
    common = sum((g & t).values())
    if common == 0:
        return 0.0
    p, r = common / sum(g.values()), common / sum(t.values())
    return 2 * p * r / (p + r)


def body_of(html: str) -> str:
    m = re.search(r"<article>(.*)</article>", html, re.S)
    inner = m.group(1) if m else ""
    paras = re.findall(r"<p>(.*?)</p>", inner, re.S)
    return "\n".join(paras)


def cases(per_kind: int, seed: int = 5):  # type: ignore[no-untyped-def]
    from plainwire.models import FeedEntry

    rng = random.Random(seed)
    for i in range(per_kind):
        html, url = make_page(i, rng)
        yield "article", html, url, None, body_of(html)
        body = " ".join(sentence(rng) for _ in range(rng.randint(6, 14)))
        ld = json.dumps({"@type": "NewsArticle", "headline": sentence(rng), "articleBody": body})
        shell = (
            f'<html><head><title>App</title><script type="application/ld+json">{ld}</script></head>'
            f'<body><div id="root"><noscript>Enable JavaScript.</noscript></div><script src="/app.js"></script></body></html>'
        )
        yield "js-rendered", shell, f"https://app{i}.example/news/{i}", None, body
        summary = " ".join(sentence(rng) for _ in range(2))
        pay = (
            f"<html><head><title>Story {i}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<h1>Story {i}</h1><p class='teaser'>Subscribe to read.</p><div class='paywall'>Log in</div></body></html>"
        )
        entry = FeedEntry(url=f"https://pay{i}.example/n/{i}", title=f"Story {i}", summary=summary)
        yield "paywalled", pay, entry.url, entry, summary
        teasers = "".join(
            f"<article><h2><a href='/n/{k}'>{sentence(rng)}</a></h2><p>{sentence(rng)}</p></article>"
            for k in range(10)
        )
        idx = (
            '<html><head><script type="application/ld+json">{"@type":"CollectionPage"}</script></head>'
            f"<body><main>{teasers}</main></body></html>"
        )
        yield "index", idx, f"https://front{i}.example/world", None, None
        yield (
            "teaser-list",
            f"<html><body><main>{teasers}</main></body></html>",
            f"https://front{i}.example/local",
            None,
            None,
        )
        yield (
            "binary",
            "%PDF-1.7\n" + "".join(chr(rng.randint(0, 255)) for _ in range(3000)),
            f"https://f{i}.example/r.html",
            None,
            None,
        )


def main() -> None:
    from trafilatura import bare_extraction

    from plainwire.errors import ExtractionError
    from plainwire.extract import extract_with_method

    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=40)
    args = ap.parse_args()
    scores: dict[str, dict[str, list[float]]] = {}
    methods: Counter[str] = Counter()
    for kind, html, url, entry, truth in cases(args.per_kind):
        doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False)
        bare_text = doc.text if doc is not None and doc.text else ""
        try:
            res = extract_with_method(html, url, entry=entry)
            ours_text = res.article.text
            methods[f"{kind}:{res.method}"] += 1
        except ExtractionError:
            ours_text = ""
            methods[f"{kind}:refused"] += 1
        s = scores.setdefault(kind, {"trafilatura": [], "plainwire": []})
        if truth is None:
            s["trafilatura"].append(0.0 if bare_text.strip() else 1.0)
            s["plainwire"].append(0.0 if ours_text.strip() else 1.0)
        else:
            s["trafilatura"].append(f1(bare_text, truth))
            s["plainwire"].append(f1(ours_text, truth))
    print(
        f"{'kind':14s} {'n':>4s} {'trafilatura':>12s} {'plainwire':>10s}   (F1 for articles; share refused for non-articles)"
    )
    for kind, s in scores.items():
        n = len(s["plainwire"])
        print(f"{kind:14s} {n:4d} {sum(s['trafilatura']) / n:12.3f} {sum(s['plainwire']) / n:10.3f}")
    print("plainwire body source per kind:", dict(sorted(methods.items())))


if __name__ == "__main__":
    main()
