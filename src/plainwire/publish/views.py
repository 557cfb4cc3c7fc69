"""Turn stored rows into the plain dicts templates and the API render.

Everything a template shows passes through here: URLs are checked by :func:`safe_url`
(non-http(s) links become plain text); strings stay strings and Jinja escapes them.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from plainwire.models import iso
from plainwire.publish.safety import safe_url
from plainwire.publish.timefmt import as_utc, time_context
from plainwire.publish.topics import phrases, slug
from plainwire.store import StoredArticle, StoryRow


def _synthesis(row: StoryRow) -> dict[str, Any]:
    return row.synthesis or {}


def highlights(row: StoryRow) -> list[str]:
    return [h for h in _synthesis(row).get("highlights", []) if isinstance(h, str)]


def tone(row: StoryRow) -> dict[str, Any]:
    t = _synthesis(row).get("tone") or {}
    return {
        "label": t.get("label") or row.tone_label or "",
        "score": t.get("score", row.tone_score),
        "evidence": [e for e in t.get("evidence", []) if isinstance(e, str)],
    }


def story_card(row: StoryRow) -> dict[str, Any]:
    """A story in a list (front page, search, outlet and topic pages)."""
    return {
        "id": row.id,
        "slug": row.slug,
        "headline": row.headline,
        "label": tone(row)["label"],
        "highlights": highlights(row),
        "updated": time_context(row.updated),
        "published": time_context(row.published),
        "n_articles": row.n_articles,
        "n_outlets": row.n_outlets,
    }


def _support(refs: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for ref in refs:
        if not isinstance(ref, dict):
            continue
        art = by_id.get(str(ref.get("article_id", "")), {})
        out.append(
            {
                "source": ref.get("source") or art.get("source") or "",
                "text": ref.get("text") or "",
                "title": art.get("title") or "",
                "url": safe_url(art.get("url")),
            }
        )
    return out


def _sourced(items: Any, by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Written sentences (Story or Highlights) with the article sentences each came from."""
    return [
        {"text": s.get("text", ""), "support": _support(s.get("support") or [], by_id)}
        for s in items or []
        if isinstance(s, dict)
    ]


def withdrawn_item(a: dict[str, Any]) -> dict[str, Any]:
    """A withdrawn article as a reader sees it: its outlet and the outlet's notice (never its
    withdrawn title or claims), its link, when the notice was seen."""
    return {
        "article_id": a["id"],
        "source": a["source"] or "Unknown outlet",
        "url": safe_url(a["url"]),
        "notice": a.get("notice") or "Withdrawn by the outlet.",
        "time": time_context(a["withdrawn"]),
    }


def story_page(
    row: StoryRow, articles: list[dict[str, Any]], known_topics: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Everything the story page shows, in page order."""
    syn = _synthesis(row)
    by_id = {a["id"]: a for a in articles}
    prov = syn.get("provenance") or {}
    sentences = _sourced(prov.get("story"), by_id)
    if not sentences and (syn.get("story") or row.story):
        sentences = [{"text": syn.get("story") or row.story, "support": []}]
    bullets = _sourced(prov.get("highlights"), by_id)
    if not bullets:  # stored before Highlights carried provenance, or none recorded
        bullets = [{"text": h, "support": []} for h in highlights(row)]
    opinions = []
    for o in syn.get("opinions") or []:
        if not isinstance(o, dict):
            continue
        opinions.append(
            {
                "title": o.get("title") or "",
                "source": o.get("source") or "",
                "url": safe_url(o.get("url")),
                "gist": o.get("gist") or "",
            }
        )
    outlets: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    withdrawn = [withdrawn_item(a) for a in articles if a.get("withdrawn") is not None]
    articles = [a for a in articles if a.get("withdrawn") is None]
    for a in articles:
        outlets.setdefault(a["source"] or "Unknown outlet", []).append(
            {
                "title": a["title"],
                "url": safe_url(a["url"]),
                "time": time_context(a["published"] if a["published"] is not None else a["fetched_at"]),
                "genre": a.get("genre") or "news",
                "gone": a.get("gone") is not None,
            }
        )
    return {
        "id": row.id,
        "slug": row.slug,
        "headline": row.headline,
        "updated": time_context(row.updated),
        "published": time_context(row.published),
        "tone": tone(row),
        "highlights": bullets,
        "sentences": sentences,
        "opinions": opinions,
        "outlets": [{"name": k, "articles": v} for k, v in outlets.items()],
        "n_outlets": len(outlets),
        "n_articles": len(articles),
        "withdrawn": withdrawn,
        "story_withdrawn": row.withdrawn is not None,
        # ``known_topics``: the opening word of the headline is a topic when /topics says so.
        "topics": [{"name": p, "slug": slug(p)} for p in phrases(row.headline, known_topics)],
        "notes": [n for n in syn.get("notes", []) if isinstance(n, str)],
    }


# -- API shapes ----------------------------------------------------------------------------


def api_story_summary(row: StoryRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "slug": row.slug,
        "headline": row.headline,
        "tone": tone(row),
        "highlights": highlights(row),
        "published": iso(row.published),
        "updated": iso(row.updated),
        "n_articles": row.n_articles,
        "n_outlets": row.n_outlets,
    }


def api_story(row: StoryRow, articles: list[dict[str, Any]]) -> dict[str, Any]:
    syn = _synthesis(row)
    prov = syn.get("provenance") or {}
    return api_story_summary(row) | {
        "story": syn.get("story") or row.story,
        "opinions": [
            {k: o.get(k) or "" for k in ("title", "source", "url", "gist")}
            for o in syn.get("opinions") or []
            if isinstance(o, dict)
        ],
        "sources": [
            {
                "article_id": a["id"],
                "source": a["source"],
                "title": a["title"],
                "url": a["url"],
                "published": iso(as_utc(a["published"])),
                "genre": a.get("genre"),
            }
            for a in articles
            if a.get("withdrawn") is None
        ],
        "withdrawn": [
            {
                "article_id": a["id"],
                "source": a["source"],
                "url": a["url"],
                "notice": a.get("notice") or "",
                "withdrawn": iso(as_utc(a["withdrawn"])),
            }
            for a in articles
            if a.get("withdrawn") is not None
        ],
        "provenance": {
            "story": prov.get("story") or [],
            "highlights": prov.get("highlights") or [],
        },
        "notes": [n for n in syn.get("notes", []) if isinstance(n, str)],
    }


def api_article(sa: StoredArticle, story_slug: str | None, *, with_text: bool = False) -> dict[str, Any]:
    a = sa.article
    out: dict[str, Any] = {
        "id": a.id,
        "url": a.url,
        "title": a.title,
        "source": a.source,
        "published": iso(a.published),
        "fetched_at": iso(sa.fetched_at),
        "language": a.language,
        "genre": sa.genre,
        "tone": None
        if sa.tone_label is None
        else {"label": sa.tone_label, "score": sa.tone_score, "evidence": list(sa.tone_evidence)},
        "story_id": sa.story_id,
        "story_slug": story_slug,
        "withdrawn": iso(sa.withdrawn),
        "superseded_by": sa.superseded_by,
    }
    if with_text:
        out["text"] = a.text
    return out
