"""Visible text: of a page element (a headline) and of a metadata string that holds markup.

A title or site name is what a reader sees, never the code around it. Two shapes broke
that (docs/benchmarks.md, "Extraction fixes (sixth session)"):

* an element with ``<script>``/``<style>``/``<noscript>``/``<template>`` inside (an ``<h1>``
  carrying a tracking snippet): ``text_content()`` and trafilatura's title keep the script;
* a metadata string with markup in it (a JSON-LD ``headline`` of ``"... <b>now</b>"``, an
  ``og:title`` with ``&amp;``, a ``<title>`` element, whose content the HTML parser keeps as
  raw text): it reached the ``Article`` as markup.

Both are reduced with lxml's parser (not a regex: ``<`` in prose, unclosed tags, comments),
dropping the hidden elements' content and keeping the whitespace between inline elements;
block boundaries (``<br>``, ``<p>``, ``<div>``...) count as a space.
"""

from __future__ import annotations

import html
import logging
import re
from copy import copy
from typing import Any

from plainwire.lazyre import lazy_pattern

log = logging.getLogger(__name__)

HIDDEN_TAGS = ("script", "style", "noscript", "template")
# Elements whose boundaries separate words even when the markup has no space there.
_BLOCK_TAGS = (
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "hr",
)
# Markup in a string: a tag opening or closing, a comment, or an entity. "a < b" and "<3" stay prose.
_TAG = lazy_pattern(r"<[A-Za-z/!?]")
_TAG_FALLBACK = lazy_pattern(
    r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[A-Za-z/!?][^>]*>", re.S | re.I
)


def element_text(element: Any) -> str:
    """The text a reader sees in ``element`` (an lxml element), whitespace runs collapsed:
    hidden elements' content dropped (their tails kept), a space at block boundaries."""
    from lxml import etree

    el = copy(element)  # a deep copy: the page's tree is shared with the other readers
    etree.strip_elements(el, *HIDDEN_TAGS, with_tail=False)
    for block in el.iter(*_BLOCK_TAGS):
        block.tail = f" {block.tail}" if block.tail else " "
        if block is not el:
            block.text = f" {block.text}" if block.text else " "
    return " ".join(el.text_content().split())


def markup_text(value: str) -> str:
    """``value`` as text: HTML entities unescaped once, tags removed (and the content of
    ``<script>``/``<style>``/``<noscript>``/``<template>``), whitespace collapsed. Plain
    strings (no ``<`` or ``&``) only get their whitespace collapsed."""
    if "&" not in value and "<" not in value:
        return " ".join(value.split())
    text = html.unescape(value) if "&" in value else value
    if _TAG().search(text):
        text = _strip_tags(text)
    return " ".join(text.split())


def _strip_tags(text: str) -> str:
    from lxml import etree
    from lxml.html import fragment_fromstring

    # The entities were unescaped already: "&" is re-escaped so the parser does not unescape
    # a second time ("&amp;lt;" in the page must end as "&lt;", not "<").
    try:
        holder = fragment_fromstring(text.replace("&", "&amp;"), create_parent="div")
    except (ValueError, etree.ParserError):  # control characters, odd fragments
        log.debug("markup string not parseable, tags removed by pattern")
        return _TAG_FALLBACK().sub(" ", text)
    return element_text(holder)


def clean_meta(value: str | None) -> str | None:
    """:func:`markup_text` of a metadata value, ``None`` when nothing readable is left."""
    if not value:
        return None
    return markup_text(value) or None
