"""Page furniture trafilatura leaves in a body, found by the golden pages
(tests/extract/golden/, docs/benchmarks.md "Golden pages (fifth session)"): the lines of
sign-up and subscription boxes, a kicker/label or byline line above the first paragraph,
wire credits and "Read more:" pointers at the end; and what it leaves out of a photo
gallery (its captions). Text in, text out: the page-side readings are in ``pageparts``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit


def drop_furniture(text: str, title: str, names: tuple[str, ...], promo: frozenset[str]) -> str:
    """``text`` without promo-box lines, leading furniture and trailing credit lines."""
    return _strip_tail_lines(_strip_lead_lines(_drop_promo_lines(text, promo), title, names))


_BULLET = re.compile(r"^\s*(?:[-*•]\s+)?")


def _drop_promo_lines(text: str, promo: frozenset[str]) -> str:
    """Remove the lines that are the text of a sign-up or subscription box found in the page
    (``PageMeta.promo_texts``). Removed from trafilatura's output rather than pruned from the
    page before it: pruning changes which block trafilatura picks as the main text (it cost
    a real page its first paragraph), this only takes out the box's own lines."""
    if not promo:
        return text
    kept = [line for line in text.split("\n") if " ".join(_BULLET.sub("", line).split()) not in promo]
    return "\n".join(kept).strip()


LEAD_LINES = 4  # page furniture above the first paragraph: kicker, headline, byline, "Last updated"
LABEL_WORDS = 3  # a kicker/label line ("Analysis", "Schiffsverkehr", "Last updated") at most this long
LABEL_CHARS = 30  # ... in words and characters (Chinese and Japanese paragraphs have no spaces)
PARAGRAPH_CHARS = 60  # ... and only when a real paragraph follows it
BYLINE_CHARS = 150
_BYLINE_START = re.compile(r"(?i)^(?:by|par|von|por|di|door|av|af|de|written by|words by)\s")
_LABEL_END = re.compile(r"[.!?:;,\"'”“»«—–-]$")


def _is_furniture(line: str, following: str, flat_title: str, names: tuple[str, ...]) -> bool:
    if not line or (flat_title and line.lower() == flat_title):
        return True
    if len(line) <= BYLINE_CHARS and _BYLINE_START.match(line):
        return any(n and n.lower() in line.lower() for n in names)
    return (
        len(line.split()) <= LABEL_WORDS
        and len(line) <= LABEL_CHARS
        and not _LABEL_END.search(line)
        and (len(following) >= PARAGRAPH_CHARS or following.lower() == flat_title)
    )


def _strip_lead_lines(text: str, title: str, names: tuple[str, ...]) -> str:
    """Drop the page furniture trafilatura sometimes keeps above the first paragraph: a
    short kicker or label line, the headline below such a label, a byline naming one of the
    authors ("Par Élodie ..., le 3 octobre"). At most ``LEAD_LINES`` lines; never a line
    that reads as prose (ends with punctuation, or is followed by another short line)."""
    lines = text.split("\n")
    flat_title = " ".join(title.split()).lower()
    cut = 0
    while cut < min(LEAD_LINES, len(lines) - 1) and _is_furniture(
        " ".join(lines[cut].split()), " ".join(lines[cut + 1].split()), flat_title, names
    ):
        cut += 1
    return "\n".join(lines[cut:]).strip() if cut else text


TAIL_LINES = 2
TAIL_CHARS = 400
# Lines closing a story that are not part of it: wire credits ("Reporting by A and B;
# Editing by C", "(Writing by D)") and pointers to other stories ("Read more: ...").
_TAIL_LINE = re.compile(
    r"(?i)^\(?\s*(?:(?:additional |further )?reporting|writing|editing|edited|compiled|reported|produced)"
    r"(?: [a-z]+)? by\b[^\n]*$|^(?:read more|read also|also read|see also|related|more on this)\s*:"
)


# ... but a sentence that merely starts so ("Reporting by volunteers helped ...") ends with a
# full stop and has no ";" list of roles: it stays.
_PROSE_CREDIT = re.compile(r"^[^(;]*[.!?]$")


def _strip_tail_lines(text: str) -> str:
    """Drop trailing wire credit and "Read more:" lines: who worked on the story or where
    to go next, not what it says; left in, they end the body and any summary built on it."""
    lines = text.rstrip().split("\n")
    dropped = 0
    while dropped < TAIL_LINES and len(lines) > 1:
        last = lines[-1].strip()
        if len(last) <= TAIL_CHARS and _TAIL_LINE.match(last) and not _PROSE_CREDIT.match(last):
            lines.pop()
            dropped += 1
        else:
            break
    return "\n".join(lines).rstrip() if dropped else text


GALLERY_SHARE = 0.5  # captions holding at least this share of the body's length make a gallery
# How a page says it is a photo gallery: a URL path segment, or a label opening its title
# or naming its section ("In pictures: ...", "Fotostrecke").
_GALLERY_WORDS = (
    "gallery|galleries|photo-gallery|photos|pictures|in-pictures|in-photos|slideshow|bildergalerie|"
    "fotostrecke|fotogalerie|galerie|diaporama|en-images|fotos"
)
_GALLERY_SEGMENT = re.compile(rf"/(?:{_GALLERY_WORDS})(?:/|$)", re.I)
_GALLERY_LABEL = re.compile(rf"^(?:{_GALLERY_WORDS.replace('-', ' ')}|in pictures|in photos)\b", re.I)
_GALLERY_TYPES = {"ImageGallery", "MediaGallery", "ImageObjectGallery"}


def is_gallery(url: str, title: str, section: str | None, types: list[str]) -> bool:
    """Whether the page says it is a photo gallery (URL segment, title or section label,
    schema.org type)."""
    return bool(
        _GALLERY_SEGMENT.search(urlsplit(url).path)
        or _GALLERY_LABEL.match(title)
        or _GALLERY_LABEL.match(section or "")
        or _GALLERY_TYPES.intersection(types)
    )


def with_captions(body: str, captions: list[str]) -> str:
    """A photo gallery's captions are its content, and trafilatura drops every
    ``<figcaption>``: append them (the caller checks the page is a gallery) when they carry
    as much text as (half) the body, so a few short photo captions stay out."""
    missing = [c for c in captions if c not in body]
    if not missing or sum(map(len, missing)) < GALLERY_SHARE * len(body):
        return body
    return "\n".join([body, *missing])
