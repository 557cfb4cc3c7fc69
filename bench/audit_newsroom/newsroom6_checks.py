"""The sixth audit newsroom's checks, run on top of the second to fifth sets' (see
bench/audit_newsroom.py; the fourth set's ``checks4`` runs with this set's ``STATUS``: a toll,
reversed outcomes, a half-time score, a postponed fixture, a recall list, a fee, a figure first
given in words; the fifth set's ``checks5`` with this set's tabloid and page kinds).

This module adds: opinion labels and "Live" labels in this set's languages (the fifth set's
lists widened, replacing its two lists' results); whether each article's stored publication
time is the instant the outlet gave (an outlet at UTC+13 writes the next day's date); claims of
a withdrawn article, or its notice, on a page; a quote on a page whose speaker (named only in a
later paragraph of its article) is not; the moved article (301) stored once, under its new URL,
in its revised form; how the feeds and pages of this set's kinds were read (oldest-first RSS,
an AMP copy in a JSON Feed, UTC+13 Atom times, windows-1250 declared only in a meta tag) and
whether the windows-1250 pages kept their letters. Plain functions over the audit's result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from types import ModuleType
from typing import Any

import newsroom5_checks

# Opinion labels in this set's languages, on top of the fifth set's.
_OPINION_LABEL6 = re.compile(
    r"^(?:Ledare|Krönika|Debatt|Komentář|Názor|Glosa|Opinião|Crónica|Kommentar|Leitartikel|Kolumne|"
    r"Pääkirjoitus|Kolumni|Näkökulma|Opinió|Editorial|Article d'opinió|View|Comment|Column)\s*[:|]",
    re.I,
)
_LIVE6 = re.compile(
    r"(?:^|\s)(?:Live updates|Live|LIVE|Direkt|Just nu|Živě|Online|Ao vivo|Liveticker|Live-Ticker|"
    r"Suorana|Seuranta|En directe|Minut a minut)\s?[:|]"
)

_BULLET = re.compile(r"^[-–—•*·]\s")
# A dash that opens direct speech (the Nordic, Finnish, Estonian, Hungarian and Dutch convention: "– Vi
# tar det ..., säger vd Eva Lindholm.") is punctuation, not a list marker: a dash-opened sentence
# whose words are followed by a verb of saying counts as speech.
_SPEECH_DASH = re.compile(
    r"^[–—]\s.+?[,.!?]\s*(?:[–—]\s*)?(?:säger|sa|sade|sier|siger|sagde|sanoo|sanoi|kertoo|kertoi|"
    r"ütleb|ütles|mondta|mondja|nyilatkozta|közölte|zei|zegt|dice|says|said)\b",
    re.I,
)
_GLUED = re.compile(r"\b[A-Za-z]*[a-z]{2}\d[\d,.]*\d\b")


def _page_text(s: dict[str, Any]) -> list[str]:
    return [s["headline"], *s["story_sentences"], *s["highlights"]]


def _main_event(s: dict[str, Any]) -> str | None:
    return max(s["events"], key=s["events"].get) if s["events"] else None


def _has(text: str, alts: Sequence[str]) -> bool:
    return any(a.lower() in text.lower() for a in alts)


def checks6(
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
    stored = result["article_texts"]
    out = newsroom5_checks.checks5(result, pieces, content, render, texts)
    out["opinion_headline"] = [
        {"slug": s["slug"], "headline": s["headline"], "from": s["headline_from"] or None}
        for s in stories
        if newsroom5_checks._OPINION_LABEL.search(s["headline"])
        or _OPINION_LABEL6.search(s["headline"])
        or (s["headline_from"] in piece_at and piece_at[s["headline_from"]].genre != "news")
    ]
    out["live_label_on_page"] = [
        {"slug": s["slug"], "text": x}
        for s in stories
        for x in _page_text(s)
        if newsroom5_checks._LIVE.search(x) or _LIVE6.search(x)
    ]
    # The stored publication time is the instant the outlet gave, whatever its UTC offset.
    off = []
    for s in stories:
        for a in s["articles"]:
            p = piece_at.get(a["path"])
            if p is None or not a["published"]:
                continue
            got = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            hours = (got - p.published).total_seconds() / 3600
            if abs(hours) > 1:
                off.append({"path": a["path"], "hours_off": round(hours, 1), "stored": a["published"]})
    out["published_time_off"] = off
    # A withdrawn article's claims, or the notice withdrawing it, on any page of its event.
    notice = getattr(content, "WITHDRAWN_NOTICE", ())
    out["withdrawn_claim_on_page"] = [
        {"slug": s["slug"], "claim": c, "text": x}
        for s in stories
        for c in getattr(content, "RETRACTED", {}).get(_main_event(s), ())
        for x in _page_text(s)
        if c.lower() in x.lower()
    ]
    # The page's URL keeps the slug of its first headline: the withdrawn title's?
    out["withdrawn_title_as_slug"] = [
        {"slug": s["slug"], "title": p.title}
        for p in pieces
        if p.shape == "withdrawn"
        for s in stories
        if s["slug"].startswith(re.sub(r"[^a-z0-9]+", "-", p.title.lower())[:40])
    ]
    out["withdrawal_notice_on_page"] = [
        {"slug": s["slug"], "text": x} for s in stories for x in _page_text(s) if _has(x, notice)
    ]
    # A quote whose speaker is named only later in its article: on a page, the name must come
    # before it (or with it) in the Story, and with it in a Highlight.
    quotes = []
    for s in stories:
        for ev, (q, who) in getattr(content, "SPEAKER_LATER", {}).items():
            if _main_event(s) != ev:
                continue
            sents = s["story_sentences"]
            for i, x in enumerate(sents):
                if _has(x, (q,)) and not _has(" ".join(sents[: i + 1]), (who,)):
                    quotes.append({"slug": s["slug"], "part": "story", "speaker": who, "text": x})
            quotes += [
                {"slug": s["slug"], "part": "highlight", "speaker": who, "text": h}
                for h in s["highlights"]
                if _has(h, (q,)) and not _has(h, (who,))
            ]
    out["quote_without_its_speaker"] = quotes
    # A sentence that opens with a list dash or bullet (a live entry's marker kept as text).
    out["sentence_opens_with_a_bullet"] = [
        {"slug": s["slug"], "text": x}
        for s in stories
        for x in _page_text(s)
        if _BULLET.match(x) and not _SPEECH_DASH.match(x)
    ]
    # Words glued to figures ("Ferris400"): a clause cut out of a sentence across a number.
    out["glued_token_on_page"] = [
        {"slug": s["slug"], "token": m, "text": x}
        for s in stories
        for x in _page_text(s)
        for m in _GLUED.findall(x)
    ]
    # The moved article: one stored copy, under its new URL, in its revised form.
    moved = []
    for p in pieces:
        if p.shape != "moved":
            continue
        paths = sorted(x for x in stored if x == canon[p] or x in render.path_aliases([p]))
        s = in_story.get(canon[p])
        moved.append(
            {
                "path": canon[p],
                "stored_as": paths,
                "story": s["slug"] if s else None,
                "stored_text_has_new_fact": p.revised_fact.lower() in texts.get(canon[p], "").lower(),
                "page_has_new_fact": bool(s and _has(" ".join(_page_text(s)), (p.revised_fact,))),
            }
        )
    out["moved_article"] = moved
    # Feeds and pages of this set's kinds: was each read, and read right?
    kinds = {
        "rss-oldest-first": "RSS listing items oldest first",
        "czech": "windows-1250 pages declared only in a meta tag",
        "islands": "Atom feed and pages at UTC+13",
        "business": "JSON Feed listing an AMP copy",
    }
    out["feed_shapes6"] = feed_shapes(content.OUTLETS, kinds, pieces, canon, stored)
    # Pages in windows-1250: every letter beyond ASCII the outlet wrote must survive.
    out["cp1250_letters"] = letters_kept(
        [p for p in pieces if render.outlet(p.outlet).chrome == "czech"], canon, texts, stored
    )
    return out


def feed_shapes(
    outlets: Any, kinds: dict[str, str], pieces: Any, canon: dict[Any, str], stored: Any
) -> dict[str, str]:
    """Per outlet whose feed or chrome is one of a set's ``kinds``: how many of its pieces were
    stored ("3 of 3 stored"), keyed "<kind label> (<outlet>)"."""
    feeds = {}
    for o in outlets:
        label = kinds.get(o.feed) or kinds.get(o.chrome)
        mine = [p for p in pieces if p.outlet == o.key]
        if label and mine:
            feeds[f"{label} ({o.key})"] = f"{sum(canon[p] in stored for p in mine)} of {len(mine)} stored"
    return feeds


def letters_kept(
    pieces: Any, canon: dict[Any, str], texts: dict[str, str], stored: Any
) -> list[dict[str, Any]]:
    """Per stored piece of a legacy-encoding outlet: the letters beyond ASCII its writer used
    that its stored text lacks (none when the page was decoded right)."""
    return [
        {
            "path": canon[p],
            "letters_missing": sorted(
                {ch for par in p.paragraphs for ch in par if ch.isalpha() and ord(ch) > 0x7F}
                - set(texts.get(canon[p], ""))
            ),
        }
        for p in pieces
        if canon[p] in stored
    ]


def summary(c: dict[str, Any]) -> list[str]:
    """The report lines for the fourth and fifth sets' checks (with this set's kinds) and this set's."""
    lines = newsroom5_checks.summary(c)  # (its status line lists every "*_stale" kind, this set's too)
    lines.append(
        f"published time off by over an hour: {len(c['published_time_off'])}; withdrawn claims on a page: "
        f"{len(c['withdrawn_claim_on_page'])}; withdrawn title as the page's slug: {len(c['withdrawn_title_as_slug'])}; "
        f"withdrawal notice on a page: {len(c['withdrawal_notice_on_page'])}; "
        f"quote without its speaker: {len(c['quote_without_its_speaker'])}; words glued to figures: "
        f"{len(c['glued_token_on_page'])}; sentences opening with a bullet: {len(c['sentence_opens_with_a_bullet'])}"
    )
    lines += [
        f"  moved article {x['path']}: stored as {x['stored_as'] or 'nothing'}, story {x['story']}, new fact in "
        f"stored text {x['stored_text_has_new_fact']}, on the page {x['page_has_new_fact']}"
        for x in c["moved_article"]
    ]
    lines += [f"  {k}: {v}" for k, v in c["feed_shapes6"].items()]
    lines += [
        f"  windows-1250 {x['path']}: letters missing {x['letters_missing'] or 'none'}"
        for x in c["cp1250_letters"]
    ]
    return lines
