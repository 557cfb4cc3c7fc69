"""The seventh audit newsroom's checks, run on top of the second to sixth sets' (see
bench/audit_newsroom.py; the fourth set's ``checks4`` runs with this set's ``STATUS``: a toll in
Italian words, a figure in Italian words, a recall list in Norwegian and Swedish number words, a
suspect held then released, a postponed fixture, a half-time score, a strike called off, a
price cut; the sixth set's ``checks6`` with this set's withdrawn pieces, moved article and
speaker named later).

This module adds: opinion and live labels in this set's languages (the sixth set's lists
widened, replacing its two lists' results); where each withdrawn piece ended (a story of its own,
its title as a headline, the story's only news); the moved article stored more than once (its
first URL, the 301's target and the canonical short link are one article); the items of feeds
whose follow-ups reuse a GUID/id, each stored; an update line ("Aggiornato il ...") as a headline
or an article's title; a price per unit given as a total or the reverse; how the feeds and pages
of this set's kinds were read and whether the ISO-8859-15 pages kept their letters. Plain
functions over the audit's result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import newsroom6_checks

_OPINION_LABEL7 = re.compile(
    r"^(?:Vélemény|Jegyzet|Publicisztika|Arvamus|Kommentaar|Juhtkiri|Kommentar|Leder|Commentaar|Opinie|"
    r"Column|Il commento|Opinione|L'editoriale|Ledare|Krönika|Kåseri)\s*[:|]",
    re.I,
)
_LIVE7 = re.compile(r"(?:^|\s)(?:Diretta|In diretta|Live|Direkte|Élő|Percről percre|Otse|Liveblogg)\s?[:|]")


def _page_text(s: dict[str, Any]) -> list[str]:
    return [s["headline"], *s["story_sentences"], *s["highlights"]]


def checks7(
    result: dict[str, Any],
    pieces: Sequence[Any],
    content: ModuleType,
    render: ModuleType,
    texts: dict[str, str],
) -> dict[str, Any]:
    stories = result["stories"]
    canon = {p: render.page_path(p) for p in pieces}
    in_story = {a["path"]: s for s in stories for a in s["articles"]}
    stored = result["article_texts"]
    out = newsroom6_checks.checks6(result, pieces, content, render, texts)
    out["opinion_headline"] += [
        {"slug": s["slug"], "headline": s["headline"], "from": s["headline_from"] or None}
        for s in stories
        if _OPINION_LABEL7.search(s["headline"])
        and s["slug"] not in {x["slug"] for x in out["opinion_headline"]}
    ]
    out["live_label_on_page"] += [
        {"slug": s["slug"], "text": x}
        for s in stories
        for x in _page_text(s)
        if _LIVE7.search(x) and {"slug": s["slug"], "text": x} not in out["live_label_on_page"]
    ]
    # Each withdrawn piece: stored as what, in which story; a story of its own (the notice as a
    # Story), or its title (either version) as the page's headline.
    retractions = []
    for p in pieces:
        if p.shape != "withdrawn":
            continue
        s = in_story.get(canon[p])
        others = (
            [a for a in s["articles"] if a["path"] != canon[p] and a["written_genre"] == "news"] if s else []
        )
        retractions.append(
            {
                "path": canon[p],
                "stored": canon[p] in stored,
                "stored_text_is_notice": p.revised_fact.lower() in texts.get(canon[p], "").lower(),
                "story": s["slug"] if s else None,
                "alone": bool(s and not others),
                "headline_is_its_title": bool(s and s["headline"] in (p.title, p.revised_title)),
                "headline": s["headline"] if s else None,
            }
        )
    out["withdrawn_pieces"] = retractions
    out["withdrawn_story_of_its_own"] = [x for x in retractions if x["alone"] or x["headline_is_its_title"]]
    # The moved article is one article: its first URL, the 301's target and the canonical link.
    out["moved_stored_twice"] = [x for x in out["moved_article"] if len(x["stored_as"]) > 1]
    # Its revised text stored under any of its URLs (the sixth set's check reads the canonical one).
    out["moved_revised_stored"] = [
        {
            "path": x["path"],
            "stored_as": x["stored_as"],
            "revised": any(p.revised_fact.lower() in texts.get(u, "").lower() for u in x["stored_as"]),
        }
        for p in pieces
        if p.shape == "moved"
        for x in out["moved_article"]
        if x["path"] == canon[p]
    ]
    # Feeds whose follow-up items reuse the first item's GUID (RSS) or id (JSON Feed): every item stored.
    dup_feeds = {o.key for o in content.OUTLETS if "dup" in o.feed}
    out["duplicate_guid_items"] = [
        {
            "path": canon[p],
            "stored": canon[p] in stored,
            "story": in_story[canon[p]]["slug"] if canon[p] in in_story else None,
        }
        for p in pieces
        if p.outlet in dup_feeds
    ]
    # An update line ("Aggiornato il ...") as a page's headline or as an article's title.
    lines = getattr(render, "DATELINES", ())
    out["update_line_as_title"] = [
        {"slug": s["slug"], "title": x}
        for s in stories
        for x in (s["headline"], *(a["title"] for a in s["articles"]))
        if any(d.search(x) for d in lines)
    ]
    # A price per unit given as the total, or the reverse ("190 dalers per cubic metre").
    mixed = []
    for ev, (units, totals, unit_words, total_words) in getattr(content, "PER_UNIT", {}).items():
        for s in stories:
            if ev not in s["events"]:
                continue
            for x in _page_text(s):
                for sent in re.split(r"(?<=[.!?])\s+", x):
                    if (
                        any(f in sent for f in totals)
                        and unit_words in sent
                        and not any(u in sent for u in units)
                    ) or (
                        any(u in sent for u in units)
                        and total_words in sent
                        and not any(f in sent for f in totals)
                    ):
                        mixed.append({"slug": s["slug"], "text": sent})
    out["per_unit_total_mixed"] = mixed
    # Feeds and pages of this set's kinds: was each read, and read right?
    kinds = {
        "rss-dup-guid": "RSS whose follow-up reuses a GUID",
        "jsonfeed-dup-id": "JSON Feed whose follow-up reuses an id",
        "estonian": "ISO-8859-15 pages declared only in the HTTP header",
        "italian7": "Italian pages (live blog, update line as <title>)",
    }
    out["feed_shapes7"] = newsroom6_checks.feed_shapes(content.OUTLETS, kinds, pieces, canon, stored)
    # Pages in ISO-8859-15: every letter beyond ASCII the outlet wrote must survive (õ, ä, ž ...).
    out["latin9_letters"] = newsroom6_checks.letters_kept(
        [p for p in pieces if render.outlet(p.outlet).chrome == "estonian"], canon, texts, stored
    )
    return out


def summary(c: dict[str, Any]) -> list[str]:
    """The report lines for the fourth to sixth sets' checks (with this set's kinds) and this set's."""
    lines = newsroom6_checks.summary(c)
    lines.append(
        f"withdrawn piece as a story of its own: {len(c['withdrawn_story_of_its_own'])}; moved article stored "
        f"twice: {len(c['moved_stored_twice'])}; update line as a title: {len(c['update_line_as_title'])}; "
        f"price per unit and total mixed: {len(c['per_unit_total_mixed'])}; duplicate-GUID items not stored: "
        f"{sum(not x['stored'] for x in c['duplicate_guid_items'])} of {len(c['duplicate_guid_items'])}"
    )
    lines += [
        f"  withdrawn {x['path']}: stored {x['stored']} (notice {x['stored_text_is_notice']}), story "
        f"{x['story']}{' (alone)' if x['alone'] else ''}, headline {x['headline']!r}"
        for x in c["withdrawn_pieces"]
    ]
    lines += [f"  {k}: {v}" for k, v in c["feed_shapes7"].items()]
    lines += [
        f"  ISO-8859-15 {x['path']}: letters missing {x['letters_missing'] or 'none'}"
        for x in c["latin9_letters"]
    ]
    return lines
