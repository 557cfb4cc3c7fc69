"""Immutable records passed between pipeline stages.

Every stage takes plain data in and gives plain data out; nothing here does I/O.
Times are timezone-aware UTC ``datetime`` objects (or ``None`` when unknown).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

Genre = Literal["news", "opinion", "analysis"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def content_hash(title: str, text: str) -> str:
    """Stable hash of an article's visible content (whitespace-normalised)."""
    norm = " ".join((title + "\n" + text).split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def article_id_for(url: str) -> str:
    """Article ids in the store derive from the canonical URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet and the feed plainwire polls for it."""

    name: str
    feed_url: str
    home_url: str | None = None
    region: str | None = None
    lean: str | None = None  # informational only (left/center/right/...)
    language: str | None = None


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: a pointer to an article page, with what the feed says about it."""

    url: str
    title: str = ""
    summary: str = ""
    published: datetime | None = None
    guid: str | None = None
    source: str = ""  # outlet name
    authors: tuple[str, ...] = ()
    # When the feed says the item last changed (Atom <updated>, JSON Feed date_modified);
    # None when it does not say. A later value than at the last fetch means the page was
    # updated in place, so the queue fetches it again (Store.queue_add).
    updated: datetime | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An extracted article: the unit every later stage works on.

    ``id`` is stable: the batch commands take it from the input, the store derives it
    from the canonical URL.
    """

    id: str
    title: str
    text: str
    url: str = ""
    source: str = ""  # outlet / site name shown to readers
    published: datetime | None = None
    modified: datetime | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    site: str | None = None
    section: str | None = None  # article:section or equivalent
    schema_type: str | None = None  # schema.org @type, e.g. NewsArticle, OpinionNewsArticle
    og_type: str | None = None
    description: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.text)


@dataclass(frozen=True, slots=True)
class Tone:
    """How heated a text (or a story's coverage) is, and the phrases that say so.

    An evidence phrase found only inside a quotation (someone else's words, not the
    outlet's) ends with ``QUOTED_MARK``; :func:`evidence_parts` splits it off."""

    label: str
    score: float  # 0..1, >= 0.5 means loaded language is present
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "score": round(self.score, 4), "evidence": list(self.evidence)}


QUOTED_MARK = " (quoted)"


#: A story's tone evidence may start with a note naming the outlets whose pieces are loaded
#: ("loaded language in 1 of 4 outlets: The Morning Klaxon", analyze.tone.story_tone): a
#: statement about the coverage, not a phrase from it, so the reader does not quote it.
OUTLETS_NOTE_PREFIX = "loaded language in "


def is_outlets_note(item: str) -> bool:
    """Whether a tone evidence item is the note naming the loaded outlets."""
    return item.startswith(OUTLETS_NOTE_PREFIX)


#: ``Article.schema_type`` values of photo galleries: the page's own schema.org type, or
#: "ImageGallery", the mark extraction gives a page it recognises as one (extract.furniture).
#: A gallery counts among a story's sources, but its captions are no text for the Story.
GALLERY_TYPES = frozenset({"ImageGallery", "MediaGallery", "ImageObjectGallery"})


def is_gallery_article(schema_type: str | None) -> bool:
    """Whether an article's ``schema_type`` marks a photo gallery."""
    return schema_type in GALLERY_TYPES


_LANG_SUBTAG = re.compile(r"[a-z]{2,3}")
# Codes that say "unknown" or "several" (ISO 639-2 special codes).
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "xx", ""})


def primary_language(code: str | None) -> str | None:
    """The primary language subtag of a language code, lower-case ("fr-CA" -> "fr"); ``None``
    when missing, malformed or a code for no language ("und")."""
    if not code or not isinstance(code, str):
        return None
    primary = code.strip().lower().replace("_", "-").split("-", 1)[0]
    if primary in _NO_LANGUAGE or not _LANG_SUBTAG.fullmatch(primary):
        return None
    return primary


def evidence_parts(phrase: str) -> tuple[str, bool]:
    """An evidence phrase without its quoted mark, and whether it had one."""
    if phrase.endswith(QUOTED_MARK):
        return phrase[: -len(QUOTED_MARK)], True
    return phrase, False


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analyze stage says about one article."""

    id: str
    language: str | None
    genre: Genre
    tone: Tone

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "language": self.language, "genre": self.genre, "tone": self.tone.to_json()}


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """Provenance: sentence ``index`` of article ``article_id`` (as split by the synthesizer)."""

    article_id: str
    index: int
    text: str = ""
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "index": self.index, "text": self.text, "source": self.source}


@dataclass(frozen=True, slots=True)
class StorySentence:
    """One sentence written for the story, with the article sentences it came from."""

    text: str
    support: tuple[SentenceRef, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "support": [s.to_json() for s in self.support]}


@dataclass(frozen=True, slots=True)
class OpinionRef:
    title: str
    source: str
    url: str
    gist: str
    article_id: str = ""
    genre: Genre = "opinion"

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "source": self.source, "url": self.url, "gist": self.gist}


@dataclass(frozen=True, slots=True)
class SourceRef:
    source: str
    title: str
    url: str
    article_id: str = ""
    published: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True)
class StorySynthesis:
    """The synthesized parts of a story page."""

    story_id: str
    headline: str
    highlights: tuple[StorySentence, ...]
    story: tuple[StorySentence, ...]
    tone: Tone
    opinions: tuple[OpinionRef, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None
    notes: tuple[str, ...] = ()  # why something is missing (e.g. "only opinion pieces")

    @property
    def story_text(self) -> str:
        return " ".join(s.text for s in self.story)

    def to_json(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "headline": self.headline,
            "highlights": [h.text for h in self.highlights],
            "story": self.story_text,
            "tone": self.tone.to_json(),
            "opinions": [o.to_json() for o in self.opinions],
            "sources": [s.to_json() for s in self.sources],
            "published": iso(self.published),
            "updated": iso(self.updated),
            "provenance": {
                "story": [s.to_json() for s in self.story],
                "highlights": [h.to_json() for h in self.highlights],
            },
            **({"notes": list(self.notes)} if self.notes else {}),
        }


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


# A date on or before the first day of the Unix epoch is a zero or missing timestamp a
# publishing system filled in (``0``, ``1970-01-01T00:00:00Z``, the same in another time
# zone), never a real news date: it is treated as unknown, not shown as 1 Jan 1970.
_ZERO_DATE_END = datetime(1970, 1, 2, tzinfo=UTC)


def is_zero_date(value: datetime | float | None) -> bool:
    """True for ``None``-like times: epoch seconds <= one day, or a datetime before 2 Jan 1970."""
    if value is None:
        return False
    if isinstance(value, int | float):
        return value < 86400
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware < _ZERO_DATE_END


# The years a news time may have; outside them a time is read as unknown, as an unparseable one
# is (``None``; a batch line carrying one is reported). Year 1 or 9999 is a CMS placeholder or a
# typo, never a report's date, and a year near datetime's limits overflows the arithmetic later
# stages do on times (a window of days added to it).
MIN_YEAR = 1900
MAX_YEAR = 2199
# The year as an RFC 2822 date writes it ("Tue, 03 Nov 2026 09:30:00 GMT"). email.utils reads a
# year under 100 as 19xx/20xx, which is right for the two-digit years of RFC 822 ("03 Nov 26")
# and wrong for a year written with four digits ("01 Jan 0001" is not 2001).
_RFC2822_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(\d{1,4})\b")


def _in_range(dt: datetime) -> datetime | None:
    return dt if MIN_YEAR <= dt.year <= MAX_YEAR else None


def parse_time(value: Any) -> datetime | None:
    """Parse an ISO-8601-ish time or epoch seconds into aware UTC; ``None`` if unparseable or
    outside the years ``MIN_YEAR``-``MAX_YEAR``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _in_range(value if value.tzinfo else value.replace(tzinfo=UTC))
    if isinstance(value, int | float):
        try:
            return _in_range(datetime.fromtimestamp(float(value), UTC))
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        s = value.strip()
        if s.endswith("Z"):
            s = s[:-1] + "+00:00"
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                dt = parsedate_to_datetime(value)
            except (TypeError, ValueError, OverflowError):
                return None
            written = _RFC2822_YEAR.search(value)
            if written is not None and len(written.group(1)) > 2 and int(written.group(1)) != dt.year:
                return None  # a four-digit year under 100, read as 19xx/20xx
        return _in_range(dt if dt.tzinfo else dt.replace(tzinfo=UTC))
    return None


# Page metadata a batch line may carry (read by genre detection); strings when present.
_OPTIONAL_TEXT_FIELDS = (
    "url",
    "source",
    "language",
    "site",
    "section",
    "schema_type",
    "og_type",
    "description",
)


def article_from_json(obj: Mapping[str, Any]) -> Article:
    """Build an Article from a batch-JSONL object; raises KeyError/TypeError/ValueError on bad input."""
    if not isinstance(obj, Mapping):
        raise TypeError("expected a JSON object")
    if "id" not in obj:
        raise KeyError("id")
    if "text" not in obj and "title" not in obj:
        raise KeyError("text")
    title = obj.get("title") or ""
    text = obj.get("text") or ""
    if not isinstance(title, str) or not isinstance(text, str):
        raise TypeError("title and text must be strings")
    published = parse_time(obj.get("published"))
    if obj.get("published") not in (None, "") and published is None:
        raise ValueError(f"unparseable published time {obj.get('published')!r}")
    authors = obj.get("authors") or ()
    for name in _OPTIONAL_TEXT_FIELDS:
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise TypeError(f"{name} must be a string")
    return Article(
        id=str(obj["id"]),
        title=title,
        text=text,
        url=str(obj.get("url") or ""),
        source=str(obj.get("source") or obj.get("site") or ""),
        published=published,
        authors=tuple(str(a) for a in authors) if isinstance(authors, list | tuple) else (str(authors),),
        language=obj.get("language"),
        site=obj.get("site"),
        section=obj.get("section"),
        schema_type=obj.get("schema_type"),
        og_type=obj.get("og_type"),
        description=obj.get("description"),
    )


__all__ = [
    "Analysis",
    "Article",
    "FeedEntry",
    "Genre",
    "OpinionRef",
    "Outlet",
    "SentenceRef",
    "SourceRef",
    "StorySentence",
    "StorySynthesis",
    "Tone",
    "article_from_json",
    "article_id_for",
    "content_hash",
    "iso",
    "parse_time",
    "utcnow",
]
