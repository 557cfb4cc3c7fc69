"""The third audit newsroom's checks (moved out of bench/audit_newsroom.py unchanged), run on
top of the second set's for newsrooms 3 and 4: question headlines, superseded figures in
headlines, whether a correction reaches the page, misspelt names, press-release rewrites,
reports in another language left out of their story, the tabloid's sentences in shared stories,
calm stories labelled loaded. Plain functions over the audit's result (no I/O).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from types import ModuleType
from typing import Any

_CORRECTION_NOTICE = re.compile(
    r"^(?:Correction|Clarification)\b|\ban earlier version of this article\b", re.I
)


def checks3(
    result: dict[str, Any], pieces: Sequence[Any], content: ModuleType, render: ModuleType
) -> dict[str, Any]:
    """The third newsroom's checks, on top of the second's: the kinds of story it adds (a
    correction, a misspelt name, a question headline, press-release rewrites, reports in
    French, Italian and Dutch) and the tabloid's share of a several-outlet page."""
    stories = result["stories"]
    canon = {p: render.page_path(p) for p in pieces}
    piece_at = {canon[p]: p for p in pieces}
    in_story = {a["path"]: s for s in stories for a in s["articles"]}
    stored = set(result["article_texts"])

    def main_event(s: dict[str, Any]) -> str | None:
        return max(s["events"], key=s["events"].get) if s["events"] else None

    def page_text(s: dict[str, Any]) -> list[str]:
        return [s["headline"], *s["story_sentences"], *s["highlights"]]

    # A question is a teaser, not a neutral headline.
    questions = [
        {"slug": s["slug"], "headline": s["headline"]}
        for s in stories
        if s["headline"].rstrip().endswith("?")
    ]
    # The headline keeps a count a later report replaced (the first count of a developing story).
    superseded_headline = [
        {"slug": s["slug"], "phrase": ph, "headline": s["headline"]}
        for s in stories
        for ph in getattr(content, "SUPERSEDED", {}).get(main_event(s), ())
        if ph.lower() in s["headline"].lower()
    ]
    # A correction notice: the corrected figure on the page, the wrong one nowhere on it.
    corrections = []
    for ev, (wrong, right) in getattr(content, "CORRECTED", {}).items():
        for s in stories:
            if main_event(s) != ev:
                continue
            text = " ".join(page_text(s))
            corrections.append(
                {
                    "slug": s["slug"],
                    "event": ev,
                    "wrong_on_page": [w for w in wrong if w in text],
                    "right_on_page": any(r in text for r in right),
                    # The notice itself ("Correction, 18 November: an earlier version of this
                    # article ...") speaks of an outlet's article, not of the event.
                    "notice_on_page": [x for x in page_text(s) if _CORRECTION_NOTICE.search(x)],
                }
            )
    # A name one outlet misspelt, shown on the page.
    misspelt = [
        {"slug": s["slug"], "spelling": w, "text": x}
        for s in stories
        for w in getattr(content, "MISSPELT", {}).get(main_event(s), ())
        for x in page_text(s)
        if re.search(rf"\b{re.escape(w)}\b", x)
    ]
    # Near-identical rewrites of one press release: one story, and no sentence counted twice.
    groups: dict[str, list[str]] = defaultdict(list)
    for p in pieces:
        if getattr(p, "rewrite_of", ""):
            groups[p.rewrite_of].append(canon[p])
    rewrites = []
    for tag, paths in sorted(groups.items()):
        counted = [
            {"slug": s["slug"], "part": part, "i": i}
            for s in stories
            for part in ("story", "highlights")
            for i, support in enumerate(s["provenance"][part])
            if sum(x in paths for x in support) > 1
        ]
        rewrites.append(
            {
                "release": tag,
                "texts": paths,
                "stored": sum(x in stored for x in paths),
                "stories": sorted({in_story[x]["slug"] for x in paths if x in in_story}),
                "sentences_counting_rewrites_twice": len(counted),
            }
        )
    # Reports in another language than English: did each join its event's English story?
    stranded = []
    for p in pieces:
        if p.language == "en" or p.genre != "news":
            continue
        s = in_story.get(canon[p])
        joined = bool(
            s
            and any(
                a["event"] == p.event and piece_at.get(a["path"]) and piece_at[a["path"]].language == "en"
                for a in s["articles"]
            )
        )
        has_english = any(q.event == p.event and q.language == "en" and q.genre == "news" for q in pieces)
        if has_english and not joined:
            stranded.append(
                {
                    "path": canon[p],
                    "language": p.language,
                    "event": p.event,
                    "story": s["slug"] if s else None,
                }
            )
    # A headline taken from a report in another language while the story has English news.
    foreign_headline = [
        {"slug": s["slug"], "headline": s["headline"], "language": piece_at[s["headline_from"]].language}
        for s in stories
        if s["headline_from"] in piece_at
        and piece_at[s["headline_from"]].language != "en"
        and any(
            piece_at.get(a["path"]) and piece_at[a["path"]].language == "en" and a["written_genre"] == "news"
            for a in s["articles"]
        )
    ]
    # The tabloid's own sentences in a page that several outlets built.
    tabloid = getattr(content, "TABLOID", ())
    tabloid_lines = [
        {
            "slug": s["slug"],
            "part": part,
            "text": (s["highlights"] if part == "highlights" else s["story_sentences"])[i],
        }
        for s in stories
        if len(s["outlets"]) > 2
        for part in ("story", "highlights")
        for i, support in enumerate(s["provenance"][part])
        if support and support[0].strip("/").split("/")[0] in tabloid
    ]
    # A calm story (no tabloid article in it) labelled as loaded coverage: what evidence?
    calm_but_loaded = [
        {"slug": s["slug"], "label": s["tone"]["label"], "evidence": s["tone"]["evidence"]}
        for s in stories
        if s["tone"]["label"] in ("Charged", "Provocative", "Alarming")
        and not any(a["path"].strip("/").split("/")[0] in tabloid for a in s["articles"])
    ]
    return {
        "headline_is_question": questions,
        "superseded_in_headline": superseded_headline,
        "correction_reaches_page": corrections,
        "misspelt_name_on_page": misspelt,
        "press_release_rewrites": rewrites,
        "other_language_not_joined": stranded,
        "headline_in_another_language": foreign_headline,
        "tabloid_sentences_in_shared_story": tabloid_lines,
        "calm_story_labelled_loaded": calm_but_loaded,
    }
