#!/usr/bin/env python3
"""Where the Highlights' candidates go (ninth session): counts by reason on AllSides stories.

For each story, the news sentences of the pool are followed through the page path of
``synthesize`` (no ``max_words``): charged and unattributed, a restatement or mostly said
already (MMR), unfit to print alone (``standalone``: a piece of a quotation, cut off, first
person; a pronoun opening whose antecedent sentence is not printed before it; a lower-case
fragment), one of the Story's first two sentences, a repeat of the opening or of another
Highlight (the Highlights' stricter rule), refused by ``compress_highlight`` (with why), or
taken. Counts are over sentences, and over stories with fewer than three Highlights.

usage: python tools/synth_highlight_reasons.py [--split train-holdout|val|train] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_eval import load  # noqa: E402

from plainwire.models import article_from_json  # noqa: E402
from plainwire.synthesize import core, highlights  # noqa: E402
from plainwire.synthesize.standalone import unterminated  # noqa: E402


def refusal(text: str) -> str:
    """Why ``compress_highlight`` refuses ``text`` (its checks, in order)."""
    t = " ".join(text.split())
    if unterminated(t):
        return "cut off"
    w = t.split()
    if highlights._PRONOUN_START.match(t) or highlights._bare(w[0]) in highlights._PRONOUN:
        return "pronoun opening"
    if len(w) < highlights.MIN_WORDS:
        return "too short"
    if highlights._PRONOUN_SPEAKER.search(t):
        return "speaker is a pronoun"
    if highlights._QUOTE_START.match(t) and not highlights._SAYS.search(t):
        return "quotation without speaker"
    if not highlights._balanced(t):
        return "unbalanced quotes"
    if w[0].endswith(",") or t[0].islower():
        return "fragment"
    if highlights.compress_highlight(t, highlights.LONG_WORDS) is None:
        return "too long to shorten"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train-holdout", choices=("train-holdout", "val", "train"))
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    rows = load(a.split)[: a.limit or None]
    seen: list[Counter[str]] = []
    real_pick = highlights.pick_highlights

    def spy(ranked, text_of, opening, k=3, restates=None, **kw):  # type: ignore[no-untyped-def]
        got = real_pick(ranked, text_of, opening, k, restates, **kw)
        ranked = list(ranked) + [i for i in kw.get("extra", ()) if i not in set(ranked)]
        c: Counter[str] = Counter()
        taken = {i for i, _ in got}
        opened = set(opening)
        out: list[tuple[int, str]] = []
        for i in ranked:
            if i in taken:
                c["taken"] += 1
            elif i in opened:
                c["Story opening (first two sentences)"] += 1
            elif restates is not None and any(restates(i, j) for j in list(opening) + [j for j, _ in out]):
                c["repeats the opening or a Highlight"] += 1
            else:
                c["refused: " + refusal(text_of(i))] += 1
            if i in taken:
                out.append((i, ""))
        seen.append(c)
        return got

    core.pick_highlights = spy  # type: ignore[assignment]
    real_printable = core._printable
    dropped: list[int] = []

    def printable_spy(order, pl):  # type: ignore[no-untyped-def]
        got = real_printable(order, pl)
        dropped.append(len(order) - len(got))
        return got

    core._printable = printable_spy  # type: ignore[assignment]
    total: Counter[str] = Counter()
    fewer: Counter[str] = Counter()
    n_fewer = 0
    for r in rows:
        arts = [article_from_json({**x, "id": f"{r['story_id']}/{i}"}) for i, x in enumerate(r["articles"])]
        seen.clear()
        dropped.clear()
        d = core.synthesize(r["story_id"], arts)
        c = seen[0] if seen else Counter()
        if dropped:
            c["not printable (standalone checks)"] += dropped[0]
        total.update(c)
        if len(d.highlights) < 3:
            n_fewer += 1
            fewer.update(c)
    print(f"{a.split} ({len(rows)} stories), ranked sentences after MMR, by what became of them:")
    for k, v in total.most_common():
        print(f"  {v:5d}  {k}   (stories with < 3 Highlights: {fewer[k]})")
    print(f"stories with fewer than three Highlights: {n_fewer}")


if __name__ == "__main__":
    main()
