"""A video or audio page with little text of its own (sixteenth session).

A broadcaster's video page or a podcast episode page carries a player, a caption and a line or
two of description; the extractor used to refuse it ("no article text found") or, when its own
text was under half an article, store the *feed's* summary in its place: the fifth audit
newsroom's video page became a 73-character article, and its one sentence a Story sentence.

What a reader should get: the page as a **source** of its story (the outlet covered the event;
the reader may want to watch or listen), but not as text for the Story or the Highlights to
quote. A one-line teaser written to make the reader press play is no report: it is not the
video's content, it may be a tease rather than a fact, and as a whole article it weighs as
much as a report in the story's choice of sentences. So the page is stored, with the longer of
its own text and the feed's summary (for search and clustering), and marked
``schema_type = "MediaGallery"`` (schema.org's mixed-media page type, one of
``models.GALLERY_TYPES``): the synthesis lists it among the sources and quotes it only when
the story has nothing else, as it does a photo gallery. A media page with an article's worth of
text (a transcript, a written report under the video) is an article like any other.

A page is a media page when its schema.org types or ``og:type`` say so, or its URL path has a
video/audio segment.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from plainwire.lazyre import lazy_pattern

#: ``Article.schema_type`` of a video or audio page stored as a source, not text to quote.
MEDIA_TYPE = "MediaGallery"
MEDIA_TYPES = frozenset(
    {
        "VideoObject",
        "AudioObject",
        "MediaObject",
        "Clip",
        "VideoGallery",
        "PodcastEpisode",
        "PodcastSeries",
        "RadioEpisode",
        "RadioClip",
        "TVEpisode",
        "TVClip",
        "Episode",
    }
)
_MEDIA_SEGMENT = lazy_pattern(
    r"(?i)/(?:video|videos|watch|av|audio|podcasts?|listen|mediathek|tv|radio)(?:/|$)"
)


def is_media_page(url: str, og_type: str | None, types: list[str]) -> bool:
    """Whether the page says it is a video or audio page (types, ``og:type``, URL segment)."""
    return bool(
        MEDIA_TYPES.intersection(types)
        or (og_type or "").startswith(("video", "music"))
        or _MEDIA_SEGMENT().search(urlsplit(url).path)
    )


def media_text(body: str, method: str, summary: str) -> tuple[str, str]:
    """A media page's text and how it was found: its own, or the feed's summary when that is
    longer (a player page's own text is often only its caption's remains)."""
    summary = " ".join((summary or "").split())
    if len(summary) > len(body.strip()):
        return summary, "feed-summary"
    return body, method
