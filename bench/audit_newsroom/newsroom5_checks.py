"""The fifth audit newsroom's checks, run on top of the second, third and fourth sets' (see
bench/audit_newsroom.py; the fourth set's ``checks4`` runs with this set's ``STATUS``, so the
stale-status kinds come from newsroom5_content: a warning level, a reversed outcome, a
half-time score given as the result, a forecast given as the outcome, a recall list, a strike
called off, a toll, a deal's terms).

This module adds: an opinion label in any of this set's languages, or an opinion piece's title,
as a story headline; the tabloid's headline or an ALL-CAPS headline on a page; the tabloid's
vox-pop quotes on any page; an Opinions gist that opens with a photo caption or carries
furniture; how each page kind this set adds was read (live, video, podcast, paywalled teaser,
a column marked opinion only by its metadata); and whether the ISO-8859-2 pages kept their
letters. Plain functions over the audit's result (no I/O).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import ModuleType
from typing import Any

# Opinion labels as this set's outlets (and real ones) write them, in six languages.
_OPINION_LABEL = re.compile(
    r"^(?:Opinion\s*[|:]|Analysis:|Editorial:|Comment:|Column:|Our view:|Viewpoint:|[EÉ]ditorial\s?:|"
    r"Tribune\s?:|Chronique\s?:|Il punto\s*[|:]|Il commento\s*[|:]|L'editoriale\s*[|:]|Commentaar:|"
    r"Column\s*\||Komentarz:|Felieton:|Leder:|Kommentar:|Debat:|Opini[oó]n:|Tribuna:|Meinung:)",
    re.I,
)
# What a caption or credit looks like at the start of a gist.
_CAPTION = re.compile(
    r"^(?:Image caption|Media caption|Photograph:|Photo\s?:|Foto\s?:|Illustration\s?:|Listen)", re.I
)
# Three or more letters in capitals, twice in a headline (acronyms of this set aside).
_SHOUT = re.compile(r"\b[A-ZÀ-Ý]{3,}\b")
_ACRONYMS = {"MPA", "MBC", "CET", "UTC"}
_LIVE = re.compile(
    r"(?:^|\s)(?:Live|LIVE|En direct|In diretta|Live-blog|Relacja na żywo|Direkte|En directo)\s?:"
)


def _page_text(s: dict[str, Any]) -> list[str]:
    return [s["headline"], *s["story_sentences"], *s["highlights"]]


def _outlet_of(path: str) -> str:
    return path.strip("/").split("/")[0]


def checks5(
    result: dict[str, Any],
    pieces: Sequence[Any],
    content: ModuleType,
    render: ModuleType,
    texts: dict[str, str],
) -> dict[str, Any]:
    stories = result["stories"]
    canon = {p: render.page_path(p) for p in pieces}
    piece_at = {canon[p]: p for p in pieces}
    in_story = {a["path"]: s for s in stories for a in s["articles"]}
    under = {o["path"]: s for s in stories for o in s["opinions"]}
    stored = result["article_texts"]
    tabloid = set(getattr(content, "TABLOID", ()))
    out: dict[str, Any] = {}
    # A story headline with an opinion label, or taken from an opinion piece's title.
    out["opinion_headline"] = [
        {"slug": s["slug"], "headline": s["headline"], "from": s["headline_from"] or None}
        for s in stories
        if _OPINION_LABEL.search(s["headline"])
        or (s["headline_from"] in piece_at and piece_at[s["headline_from"]].genre != "news")
    ]
    # The tabloid's headline (or any shouting headline) as a story's.
    out["tabloid_headline_on_page"] = [
        {"slug": s["slug"], "headline": s["headline"]}
        for s in stories
        if _outlet_of(s["headline_from"] or "/-/") in tabloid
        or len(set(_SHOUT.findall(s["headline"])) - _ACRONYMS) >= 2
    ]
    # One passer-by's words are not the event: no vox pop on any page.
    vox = getattr(content, "VOX_POPS", ())
    out["vox_pop_on_page"] = [
        {"slug": s["slug"], "quote": q, "text": x}
        for s in stories
        for x in _page_text(s)
        for q in vox
        if q.lower() in x.lower()
    ]
    # A live page's "Live:" label (its title) as the page's own text.
    out["live_label_on_page"] = [
        {"slug": s["slug"], "text": x} for s in stories for x in _page_text(s) if _LIVE.search(x)
    ]
    # An Opinions gist that is a caption, a credit or furniture rather than the argument.
    furniture = getattr(render, "FURNITURE", ())
    datelines = getattr(render, "DATELINES", ())
    out["opinion_gist_furniture"] = [
        {"slug": s["slug"], "path": o["path"], "gist": o["gist"]}
        for s in stories
        for o in s["opinions"]
        if _CAPTION.search(o["gist"] or "")
        or any(m in (o["gist"] or "") for m in furniture)
        or any(d.search(o["gist"] or "") for d in datelines)
    ]
    # How each page kind this set adds was read.
    shapes = []
    for p in pieces:
        if p.shape not in getattr(render, "SHAPES", ()):
            continue
        path = canon[p]
        s = in_story.get(path)
        text = texts.get(path, "")
        used = (
            sum(sup[:1] == [path] for part in ("story", "highlights") for sup in s["provenance"][part])
            if s
            else 0
        )
        shapes.append(
            {
                "path": path,
                "shape": p.shape,
                "stored": path in stored,
                "chars": stored.get(path, {}).get("text_chars"),
                "stored_genre": stored.get(path, {}).get("genre"),
                "story": s["slug"] if s else None,
                "alone": bool(s and len(s["articles"]) == 1),
                "under_opinions": path in under,
                "page_sentences_from_it": used,
                "furniture_in_text": [m for m in furniture if m in text],
            }
        )
    out["shapes5"] = shapes
    # Pages in ISO-8859-2: every letter beyond ASCII the outlet wrote must survive (ł, ą, ę, ż, ó ...).
    latin2 = []
    for p in pieces:
        if render.outlet(p.outlet).chrome != "polish" or canon[p] not in stored:
            continue
        wanted = sorted({ch for par in p.paragraphs for ch in par if ch.isalpha() and ord(ch) > 0x7F})
        text = texts.get(canon[p], "")
        latin2.append({"path": canon[p], "letters_missing": [ch for ch in wanted if ch not in text]})
    out["latin2_letters"] = latin2
    return out


def summary(c: dict[str, Any]) -> list[str]:
    """The report lines for the fourth set's checks (with this set's kinds) and this set's."""
    kinds = sorted(
        k
        for k, v in c.items()
        if isinstance(v, list)
        and k.endswith(("_stale", "_as_old", "_as_result", "_as_outcome", "_as_going_ahead"))
    )
    notes = "; ".join(
        f"{x['slug']}: wrong figure {x['wrong_on_page'] or 'absent'}, corrected figure "
        f"{'present' if x['right_on_page'] else 'absent'}, note on the page {len(x['notice_on_page'])}"
        for x in c["editors_note_reaches_page"]
    )
    lines = [
        "status stale: " + "; ".join(f"{k} {len(c[k])}" for k in kinds),
        f"single-source facts lost: {len(c['single_source_fact_lost'])}; tabloid report not joined: "
        f"{len(c['tabloid_report_not_joined'])}; opinion headline: {len(c['opinion_headline'])}; tabloid "
        f"headline on a page: {len(c['tabloid_headline_on_page'])}; vox pops on a page: "
        f'{len(c["vox_pop_on_page"])}; "Live:" on a page: {len(c["live_label_on_page"])}; Opinions gist that is furniture: {len(c["opinion_gist_furniture"])}; '
        f"correction: {notes or 'no story'}",
    ]
    lines += [
        f"  live page {x['path']}: stored {x['stored']}, {x['entries_stored']} of {x['entries']} entries "
        f"(newest {x['has_newest_entry']}, oldest {x['has_oldest_entry']}), {x['times_in_text']} times in the text"
        for x in c["live_blog"]
    ]
    lines += [
        f"  {x['shape']} {x['path']}: stored {x['stored']} ({x['chars']} chars, genre {x['stored_genre']}), "
        f"story {x['story']}{' (alone)' if x['alone'] else ''}, under Opinions {x['under_opinions']}, "
        f"{x['page_sentences_from_it']} page sentences from it"
        + (f", furniture {x['furniture_in_text']}" if x["furniture_in_text"] else "")
        for x in c["shapes5"]
    ]
    lines += [
        f"  ISO-8859-2 {x['path']}: letters missing {x['letters_missing'] or 'none'}"
        for x in c["latin2_letters"]
    ]
    return lines
