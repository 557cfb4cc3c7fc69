"""Show how plainwire currently extracts a golden page, next to what its JSON expects.

The golden pages live in ``tests/extract/golden/`` (``NAME.html.gz`` + ``NAME.json``,
checked by ``tests/extract/test_golden.py``; the comparison here is that test's own).

    python tools/golden_page.py NAME            # field by field, body start/end, boilerplate hits
    python tools/golden_page.py NAME --body     # ... and the whole extracted body
    python tools/golden_page.py --all           # one line per page: ok, or the fields that differ
    python tools/golden_page.py NAME --draft OUT.json
                                                # the current extraction as a draft expectation

Expectations are written by hand. ``--draft`` exists to save typing when adding a page: it
writes to a NEW file outside ``tests/extract/golden/`` (it refuses an existing file and the
golden folder), to be read, corrected and then moved in by a person. Nothing here ever
overwrites an expectation.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.extract.test_golden import GOLDEN, NAMES, load_page, mismatches  # noqa: E402

from plainwire.analyze import genre_of  # noqa: E402
from plainwire.extract import extract_with_method  # noqa: E402
from plainwire.models import Article  # noqa: E402


def _current(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "section": article.section,
        "schema_type": article.schema_type,
        "language": article.language,
        "genre": genre_of(article),
        "url": article.url,
    }


def show(name: str, *, body: bool) -> int:
    html, expected = load_page(name)
    res = extract_with_method(html, expected["url"])
    art = res.article
    got = _current(art)
    print(f"page {name}: {expected.get('covers', '')}")
    print(f"fetched as {expected['url']} ; body from cascade step '{res.method}', {len(art.text)} characters")
    print(f"{'field':12s} {'expected':45s} current")
    for field in ("title", "authors", "published", "section", "schema_type", "language", "genre"):
        want = expected[field]
        note = (
            f"   (not compared: {expected['xfail_genre']})"
            if field == "genre" and "xfail_genre" in expected
            else ""
        )
        print(
            f"{field:12s} {json.dumps(want, ensure_ascii=False)[:45]:45s} {json.dumps(got[field], ensure_ascii=False)}{note}"
        )
    if "expected_url" in expected:
        print(f"{'url':12s} {expected['expected_url'][:45]:45s} {got['url']}")
    for field in ("site", "description"):  # optional expectations
        want = expected.get(field, "(not compared)")
        print(
            f"{field:12s} {json.dumps(want, ensure_ascii=False)[:45]:45s} {json.dumps(getattr(art, field), ensure_ascii=False)}"
        )
    print(f"\nbody starts  {art.text[:100]!r}\n  expected   {expected['text_starts']!r}")
    print(f"body ends    {art.text[-100:]!r}\n  expected   {expected['text_ends']!r}")
    print(f"length       {len(art.text)} (expected {expected['min_len']}-{expected['max_len']})")
    problems = mismatches(name, art, expected)
    print("\n" + ("\n".join(problems) if problems else "all fields as expected"))
    if body:
        print("\n--- body ---\n" + art.text)
    return 1 if problems else 0


def show_all() -> int:
    failed = 0
    for name in NAMES:
        html, expected = load_page(name)
        problems = mismatches(name, extract_with_method(html, expected["url"]).article, expected)
        fields = sorted({p.split(": ", 2)[1] for p in problems})
        print(f"{name:36s} {'ok' if not problems else 'DIFFERS: ' + ', '.join(fields)}")
        failed += bool(problems)
    print(f"{len(NAMES) - failed}/{len(NAMES)} pages as expected")
    return 1 if failed else 0


def draft(name: str, out: Path) -> int:
    out = out.resolve()
    if out.exists():
        sys.exit(f"{out} exists: refusing to overwrite it")
    if GOLDEN.resolve() in out.parents:
        sys.exit("refusing to write into the golden folder: expectations are written by hand")
    html, expected = load_page(name)
    art = extract_with_method(html, expected["url"]).article
    cur = _current(art)
    cur.pop("url")
    text = " ".join(art.text.split())
    data = {
        "covers": expected.get("covers", ""),
        "url": expected["url"],
        **cur,
        "text_starts": text[:80],
        "text_ends": text[-80:],
        "must_not_contain": [],
        "min_len": len(art.text),
        "max_len": len(art.text),
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"draft written to {out}: check every field by hand before using it")
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("name", nargs="?", help=f"page name ({', '.join(NAMES)})")
    ap.add_argument("--all", action="store_true", help="one line per golden page")
    ap.add_argument("--body", action="store_true", help="also print the whole extracted body")
    ap.add_argument(
        "--draft", type=Path, help="write the current extraction as a draft expectation (new file)"
    )
    args = ap.parse_args()
    if args.all:
        sys.exit(show_all())
    if not args.name or args.name not in NAMES:
        ap.error(f"give a page name: {', '.join(NAMES)}")
    if args.draft:
        sys.exit(draft(args.name, args.draft))
    sys.exit(show(args.name, body=args.body))


if __name__ == "__main__":
    main()
