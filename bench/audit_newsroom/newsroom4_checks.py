"""The fourth audit newsroom's checks, run on top of the second and third sets' (see
bench/audit_newsroom.py): statuses that changed after the first report (a postponed concert, a
suspect charged, a danger level raised, a fare revised, a loan that became a transfer), an
editor's note in this set's words, reader comments in a stored article, facts only one or a
later article gives, the tabloid's report left out of its event's story, an opinion label
("Opinion |", "Analysis:", "Kommentar:") as a story's headline, and how the live blog was read.

Plain functions over the audit's result (no I/O); the content module supplies ``STATUS``,
``CORRECTED``, ``NOTICE_PATTERNS``, ``SINGLE_SOURCE`` and ``TABLOID``, the renderer ``COMMENTS``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import ModuleType
from typing import Any

_OPINION_LABEL = re.compile(
    r"^(?:Opinion\s*\||Analysis:|Editorial:|Letters:|Comment:|Kommentar:|Meinung:|Opini[oó]n:|Tribuna:)", re.I
)


def _main_event(s: dict[str, Any]) -> str | None:
    return max(s["events"], key=s["events"].get) if s["events"] else None


def _page_text(s: dict[str, Any]) -> list[str]:
    return [s["headline"], *s["story_sentences"], *s["highlights"]]


def _has(text: str, alts: Sequence[str]) -> bool:
    low = text.lower()
    return any(a.lower() in low for a in alts)


def status_checks(stories: Sequence[dict[str, Any]], status: dict[str, dict[str, Any]]) -> dict[str, list]:
    """Per kind, the stories whose page misses the latest status, or states the replaced one
    (in the headline, or in a sentence that does not also give the latest)."""
    out: dict[str, list[dict[str, Any]]] = {str(v["kind"]): [] for v in status.values()}
    for s in stories:
        ev = _main_event(s)
        if ev not in status or not any(a["written_genre"] == "news" for a in s["articles"]):
            continue  # (an opinion-only story has no Story; opinion_not_under_opinions flags it)
        spec = status[ev]
        latest, stale = tuple(spec["latest"]), tuple(spec["stale"])
        body = " ".join(_page_text(s))
        stale_headline = [ph for ph in stale if ph.lower() in s["headline"].lower()]
        stale_lines = [
            x for x in (*s["story_sentences"], *s["highlights"]) if _has(x, stale) and not _has(x, latest)
        ]
        if stale_headline or stale_lines or not _has(body, latest):
            out[str(spec["kind"])].append(
                {
                    "slug": s["slug"],
                    "event": ev,
                    "latest_on_page": _has(body, latest),
                    "stale_in_headline": stale_headline,
                    "stale_sentences": stale_lines,
                }
            )
    return out


def checks4(
    result: dict[str, Any],
    pieces: Sequence[Any],
    content: ModuleType,
    render: ModuleType,
    texts: dict[str, str],
) -> dict[str, Any]:
    stories = result["stories"]
    canon = {p: render.page_path(p) for p in pieces}
    in_story = {a["path"]: s for s in stories for a in s["articles"]}
    stored = set(result["article_texts"])
    checked: dict[str, Any] = status_checks(stories, getattr(content, "STATUS", {}))
    # An editor's note in this set's words: the corrected figure on the page, the wrong one not,
    # and the note itself (it speaks of an outlet's article, not of the event) not either.
    notice = [re.compile(x, re.I) for x in getattr(content, "NOTICE_PATTERNS", ())]
    notes = []
    for ev, (wrong, right) in getattr(content, "CORRECTED", {}).items():
        for s in stories:
            if _main_event(s) != ev:
                continue
            text = " ".join(_page_text(s))
            notes.append(
                {
                    "slug": s["slug"],
                    "event": ev,
                    "wrong_on_page": [w for w in wrong if w in text],
                    # The page's URL keeps the slug of its first headline.
                    "wrong_in_slug": [w for w in wrong if re.sub(r"\W", "-", w) in s["slug"]],
                    "right_on_page": any(r in text for r in right),
                    "notice_on_page": [x for x in _page_text(s) if any(n.search(x) for n in notice)],
                }
            )
    checked["editors_note_reaches_page"] = notes
    # Reader comments are not the article.
    comments = getattr(render, "COMMENTS", ())
    checked["comment_text_in_stored_article"] = [
        {"path": path, "comment": c} for path, text in sorted(texts.items()) for _, c in comments if c in text
    ]
    # Facts one article (often the later one) carries: on the page? in the stored text?
    lost = []
    for ev, facts in getattr(content, "SINGLE_SOURCE", {}).items():
        if not any(p.event == ev for p in pieces):
            continue  # (an event left out of this run)
        pages_ = [s for s in stories if _main_event(s) == ev]
        ev_texts = " ".join(texts.get(canon[p], "") for p in pieces if p.event == ev)
        for alts in facts:
            if not any(_has(" ".join(_page_text(s)), alts) for s in pages_):
                lost.append(
                    {
                        "event": ev,
                        "fact": alts[0],
                        "stories": [s["slug"] for s in pages_],
                        "in_stored_text": _has(ev_texts, alts),
                    }
                )
    checked["single_source_fact_lost"] = lost
    # The tabloid's report of an event: in the event's story, with the other outlets.
    tabloid = set(getattr(content, "TABLOID", ()))
    apart = []
    for p in pieces:
        if p.outlet not in tabloid or p.genre != "news":
            continue
        others = [q for q in pieces if q.event == p.event and q.outlet not in tabloid and q.genre == "news"]
        s = in_story.get(canon[p])
        joined = bool(s and any(canon[q] in {a["path"] for a in s["articles"]} for q in others))
        if others and not joined:
            apart.append(
                {
                    "path": canon[p],
                    "event": p.event,
                    "story": s["slug"] if s else None,
                    "headline": s["headline"] if s else None,
                    "stored": canon[p] in stored,
                }
            )
    checked["tabloid_report_not_joined"] = apart
    # A page headline that carries an opinion label was taken from a comment piece's title.
    checked["opinion_label_in_headline"] = [
        {"slug": s["slug"], "headline": s["headline"]}
        for s in stories
        if _OPINION_LABEL.search(s["headline"])
    ]
    # The live blog: read whole (newest and oldest entries), without its timestamps as text.
    live = []
    for p in pieces:
        if p.shape != "live":
            continue
        paragraphs = p.revised_paragraphs or p.paragraphs
        entries = [par.partition("|") for par in paragraphs]
        text = texts.get(canon[p], "")
        newest, oldest = entries[0][2], entries[-1][2]
        live.append(
            {
                "path": canon[p],
                "stored": canon[p] in stored,
                "has_newest_entry": newest[:60] in text,
                "has_oldest_entry": oldest[:60] in text,
                "entries_stored": sum(x[2][:60] in text for x in entries),
                "entries": len(entries),
                "times_in_text": sum(x[0][-5:] in text for x in entries),
                "story": in_story[canon[p]]["slug"] if canon[p] in in_story else None,
            }
        )
    checked["live_blog"] = live
    return checked


def summary(c: dict[str, Any]) -> list[str]:
    """The report lines for this set's checks."""
    kinds = (
        "cancelled_shown_as_going_ahead",
        "suspect_status_stale",
        "status_level_stale",
        "price_stale",
        "deal_terms_stale",
    )
    notes = "; ".join(
        f"{x['slug']}: wrong figure {x['wrong_on_page'] or 'absent'}, corrected figure "
        f"{'present' if x['right_on_page'] else 'absent'}, note on the page {len(x['notice_on_page'])}, "
        f"wrong figure in the slug {x['wrong_in_slug'] or 'no'}"
        for x in c["editors_note_reaches_page"]
    )
    lines = [
        "status stale: "
        + "; ".join(f"{k} {len(c[k])}" for k in kinds if k in c)
        + f"; comment text in stored articles: {len(c['comment_text_in_stored_article'])}; single-source "
        f"facts lost: {len(c['single_source_fact_lost'])}; tabloid report not joined: "
        f"{len(c['tabloid_report_not_joined'])}; opinion label in a headline: "
        f"{len(c['opinion_label_in_headline'])}; editor's note: {notes or 'no story'}"
    ]
    lines += [
        f"  live blog {x['path']}: stored {x['stored']}, {x['entries_stored']} of {x['entries']} entries in the "
        f"text (newest {x['has_newest_entry']}, oldest {x['has_oldest_entry']}), {x['times_in_text']} times "
        f"in the text"
        for x in c["live_blog"]
    ]
    return lines
