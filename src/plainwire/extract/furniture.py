"""Page furniture trafilatura leaves in a body, found by the golden pages
(tests/extract/golden/, docs/benchmarks.md "Golden pages (fifth session)"): the lines of
sign-up and subscription boxes, a kicker/label or byline line above the first paragraph,
wire credits, "Read more:" pointers (between paragraphs too) and bare link labels ("Read
more", "Share") at the end;
and what it leaves out of a photo gallery (its captions). Text in, text out: the page-side readings are in ``pageparts``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit


def drop_furniture(text: str, title: str, names: tuple[str, ...], promo: frozenset[str]) -> str:
    """``text`` without promo-box lines, pointers to other stories, leading furniture and
    trailing credit lines."""
    body = _drop_pointer_lines(_drop_promo_lines(text, promo))
    return _strip_tail_lines(_strip_lead_lines(body, title, names))


# A pointer to another story set between paragraphs ("READ MORE: Soap star's secret wedding
# revealed", "Related: ..."), as tabloids interleave them: a label, a colon, then a headline
# (short, one sentence, no full stop inside). Left in, it is read as part of the story (the
# audit newsroom's tabloid pieces carried one into the store).
POINTER_CHARS = 160
_POINTER_LINE = re.compile(
    r"(?i)^\s*(?:read more|read also|also read|see also|related|more on this|recommended|don't miss|most read)"
    r"\s*:\s*\S"
)
_INNER_STOP = re.compile(r"[.!?]\s+\S")


def _drop_pointer_lines(text: str) -> str:
    lines = text.split("\n")
    kept = [
        line
        for line in lines
        if not (len(line) <= POINTER_CHARS and _POINTER_LINE.match(line) and not _INNER_STOP.search(line))
    ]
    return "\n".join(kept).strip() if kept and len(kept) < len(lines) else text


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


# Link and button labels a page puts after its story; trafilatura keeps one when it sits in a
# <p> or a bare <a> inside the article (docs/benchmarks.md, "Extraction fixes (sixth session)").
# A line is dropped only when it is nothing but such labels: a sentence that uses the words
# ("Read more about the plan in Monday's paper.") has other words and stays.
LINK_LABELS = frozenset(
    {
        "read more",
        "read more here",
        "read the full story",
        "read the full article",
        "read full story",
        "read full article",
        "full story",
        "continue reading",
        "keep reading",
        "more",
        "more stories",
        "click",
        "click here",
        "click here to read more",
        "tap here",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "share via email",
        "tweet",
        "email",
        "e-mail",
        "print",
        "copy link",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "comments",
        "view comments",
        "show comments",
        "leave a comment",
        "back to top",
        "previous article",
        "next article",
        "advertisement",
        "weiterlesen",
        "mehr lesen",
        "teilen",
        "drucken",
        "lire la suite",
        "partager",
        "leer más",
        "seguir leyendo",
        "compartir",
        "leggi tutto",
        "condividi",
        "lees meer",
        "delen",
    }
)
LABEL_TAIL_LINES = 6  # a share bar rendered one label a line: Share / Facebook / X / Email / Print
LABEL_LINE_CHARS = 60
_LABEL_SEPARATORS = re.compile(r"\s*[|·•/]\s*")
# Arrows, brackets, ellipses and the like around a label ("Read more »", "[Share]", "More…").
_LABEL_TRIM = " \t[](){}<>«»‹›→←↗➔▶►…:.|·•*-–—"


def _is_link_label(line: str) -> bool:
    if not line or len(line) > LABEL_LINE_CHARS:
        return False
    parts = [" ".join(part.strip(_LABEL_TRIM).split()).casefold() for part in _LABEL_SEPARATORS.split(line)]
    parts = [part for part in parts if part]
    return bool(parts) and all(part in LINK_LABELS for part in parts)


def _strip_tail_lines(text: str) -> str:
    """Drop trailing wire credit, "Read more:" and bare link-label lines: who worked on the
    story, where to go next, buttons; not what it says. Left in, they end the body and any
    summary built on it."""
    lines = text.rstrip().split("\n")
    credits = labels = 0
    while len(lines) > 1:
        last = lines[-1].strip()
        if labels < LABEL_TAIL_LINES and _is_link_label(last):
            labels += 1
        elif (
            credits < TAIL_LINES
            and len(last) <= TAIL_CHARS
            and _TAIL_LINE.match(last)
            and not _PROSE_CREDIT.match(last)
        ):
            credits += 1
        else:
            break
        lines.pop()
    return "\n".join(lines).rstrip() if credits or labels else text


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
