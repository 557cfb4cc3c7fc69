"""A body trafilatura returned glued into one line, cut back into the page's blocks.

On a short page (its main extractor finds less than its ``MIN_EXTRACTED_SIZE``, 250
characters) trafilatura's last rescue, ``baseline``, takes the whole text of the page's
``<article>`` element as *one* line: headline, byline, share bar, paragraphs, a "MORE ON
THIS STORY" link list and a newsletter box run together ("High Street SWAMPED as ... By
Gemma Pike 05 November 2026, 12:00 Share this article A torrent of water ... MORE ON THIS
STORY Reality star in ... Get the Blaze Bulletin The day's biggest stories, straight to
your inbox. Sign me up"; the second audit newsroom's tabloid page, docs/benchmarks.md "Page
furniture on held-out pages (thirteenth session)"). Every furniture rule reads lines, so
none could see the furniture inside it.

:func:`unglue` re-reads each ``<article>`` of the page block by block (one line per block
element, the block set trafilatura spaces by) and, when the glued line is exactly those
lines joined by spaces (blocks trafilatura pruned, such as an ``<aside>``, may be missing
from it), returns the line cut at the block boundaries. Anything else (a line of prose, a
body from trafilatura's main extractor) is returned unchanged.
"""

from __future__ import annotations

from copy import copy
from typing import Any

GLUED_MIN_CHARS = 100  # trafilatura's baseline takes an <article> only above this (its _MIN_CONTENT_LENGTH)
GLUED_MAX_LINES = 3  # its article tier gives one line per <article>; a body of more lines was not glued
# The elements whose boundaries trafilatura's ``block_text`` spaces (trafilatura 2.3,
# baseline._BLOCK_ELEMS): a line break goes exactly where it put a space.
_BLOCK_TAGS = (
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
)
_MARK = "\ue000"  # a private-use character: valid in XML text, absent from real pages


def may_be_glued(text: str) -> bool:
    """Whether ``text`` could be trafilatura's one-line ``<article>`` text (cheap test, so
    only such bodies pay for reading the page again)."""
    lines = text.split("\n")
    return len(lines) <= GLUED_MAX_LINES and any(len(line) > GLUED_MIN_CHARS for line in lines)


def article_blocks(tree: Any) -> list[list[str]]:
    """Per outermost ``<article>`` of ``tree``, its text one block element per line
    (whitespace collapsed, empty lines left out). The tree is not changed."""
    out: list[list[str]] = []
    for art in tree.iter("article"):
        if any(a.tag == "article" for a in art.iterancestors()):
            continue
        el = copy(art)
        for block in el.iter(*_BLOCK_TAGS):
            block.text = _MARK + (block.text or "")
            block.tail = _MARK + (block.tail or "")
        lines = [" ".join(part.split()) for part in el.text_content().split(_MARK)]
        out.append([line for line in lines if line])
    return out


def _cut(line: str, blocks: list[str]) -> list[str] | None:
    """``line`` as the run of ``blocks`` it is made of, in order (blocks absent from it
    skipped); ``None`` unless the blocks account for all of it."""
    pos, out = 0, []
    for block in blocks:
        if line.startswith(block, pos) and (pos + len(block) == len(line) or line[pos + len(block)] == " "):
            out.append(block)
            pos += len(block) + 1
    return out if pos >= len(line) and len(out) > 1 else None


def unglue(text: str, blocks: list[list[str]]) -> str:
    """``text`` with each line that is one ``<article>``'s glued text cut into its blocks."""
    if not blocks:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        cut = (
            next((c for b in blocks if (c := _cut(line, b)) is not None), None)
            if len(line) > GLUED_MIN_CHARS
            else None
        )
        out.extend(cut or [line])
    return "\n".join(out)
