"""Page structure the extractor reads from the parsed page, beyond what the page states
about itself (``pagemeta``): sign-up and subscription boxes, the names in a visible byline,
tables that lay out the page, figure captions. Each search starts from a tag lxml finds in
its C code (forms, links, tables, captions) so it costs little on any page.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from plainwire.lazyre import lazy_pattern

# Boxes trafilatura keeps inside an article body (its own rules catch "newsletter"/"cookie"
# class names, and it leaves "paywall" alone on purpose: Google's paywall markup puts that
# class on the article text itself). Recognised by what they hold, not by their names, and
# only while short (a box, never the body that happens to contain a link or a form):
# * a sign-up box: the nearest block around a form asking for an e-mail address (and no
#   message: a "send this article to a friend" form repeats the article's lead);
# * a subscription offer: the largest short block around a link to a subscribe page that
#   also links to a log-in page.
# Both start from the few forms / subscribe links the XPath finds, then climb in Python,
# stopping at the first long ancestor (an XPath length test on every ancestor would
# measure the whole document again for each one: ~8 ms on a large page).
PROMO_BOX_CHARS = 600
_BLOCKS = {"div", "section", "aside"}
_SIGNUP_FORMS = "//form[.//input[@type='email'] and not(.//textarea)]"
_SUBSCRIBE_LINKS = "//a[contains(@href, 'subscri')]"
_LOGIN = ("login", "log-in", "signin", "sign-in")

# Text no sighted reader sees: screen-reader notes on links ("Opens a New Window.", "(opens in
# new tab)"), skip links, and elements the page hides (the ``hidden`` attribute, an inline
# ``display:none``). trafilatura keeps them, and inline they run into the sentence around them
# ("approved the plan Opens a New Window. on Tuesday"). Only short ones are dropped: a page
# that hides its whole body until a script runs must keep it. ``aria-hidden`` is *not* here:
# it hides decorative text from screen readers, and sighted readers do see it.
OFFSCREEN_CHARS = 200
_OFFSCREEN_CLASSES = (
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "screenreader",
    "a11y-hidden",
)
# Hidden on purpose but read by the extractor (microdata, dates, JSON-LD): never dropped.
_KEEP_HIDDEN = ("meta", "link", "script", "time", "template", "style")
# Searched from the attributes (``//@class[...]/..``): 6x cheaper than testing every element
# (0.02 vs 0.11 ms on bench/extract_speed.py's pages, ~1 % of an extraction).
_OFFSCREEN = (
    "//@hidden/.. | //@style[contains(translate(., ' ', ''), 'display:none')]/.. | //@class[{}]/..".format(
        " or ".join(f"contains(., '{c}')" for c in _OFFSCREEN_CLASSES)
    )
)


def _short(el: Any) -> bool:
    return len(" ".join(el.text_content().split())) < PROMO_BOX_CHARS


def _promo_boxes(tree: Any) -> list[Any]:
    boxes = []
    for form in tree.xpath(_SIGNUP_FORMS):
        box = next((a for a in form.iterancestors() if a.tag in _BLOCKS), None)
        if box is not None and _short(box):
            boxes.append(box)
    for link in tree.xpath(_SUBSCRIBE_LINKS):
        best = None
        for anc in link.iterancestors():
            if anc.tag not in _BLOCKS:
                continue
            if not _short(anc):
                break
            if any(m in (a.get("href") or "") for a in anc.iter("a") for m in _LOGIN):
                best = anc
        if best is not None:
            boxes.append(best)
    return boxes


def promo_texts(tree: Any) -> frozenset[str]:
    """Every text (each element's, whitespace-collapsed) inside the page's promo boxes."""
    out: set[str] = set()
    for box in _promo_boxes(tree):
        for el in box.iter():
            if isinstance(el.tag, str):
                text = " ".join(el.text_content().split())
                if text:
                    out.add(text)
    return frozenset(out)


POINTER_LINK_CHARS = 160  # a linked headline (``furniture.POINTER_CHARS``)


def link_texts(tree: Any) -> list[str]:
    """The whitespace-collapsed texts of the page's links short enough to be a headline
    (``furniture.cut_glued_pointers``)."""
    out: list[str] = []
    if tree is None:
        return out
    for a in tree.iter("a"):
        text = " ".join(a.text_content().split())
        if 0 < len(text) <= POINTER_LINK_CHARS:
            out.append(text)
    return list(dict.fromkeys(out))


GALLERY_CAPTIONS = 3  # fewer captions: an article's photos, not a gallery (the caller decides)
_CREDIT_CLASS = ("credit", "copyright", "source", "byline")
_CREDIT_TAIL = lazy_pattern(
    r"\s*[(\[]?(?:photograph|photo|picture|image|foto|bild|credit|crédit|©)s?\b\s*[:©].*$", re.I | re.S
)


def captions(figcaptions: list[Any]) -> list[str]:
    """The page's figure captions without photo credits, when it has a gallery's worth."""
    if len(figcaptions) < GALLERY_CAPTIONS:
        return []
    out: list[str] = []
    for fc in figcaptions:
        if any(a.tag == "a" for a in fc.iterancestors()):
            continue  # a teaser's caption, linking to another story
        parts = [fc.text or ""]
        for child in fc:
            cls = (child.get("class") or "").lower()
            if not any(c in cls for c in _CREDIT_CLASS):
                parts.append(child.text_content())
            parts.append(child.tail or "")
        text = _CREDIT_TAIL().sub("", " ".join(" ".join(parts).split()))
        if text and text not in out:
            out.append(text)
    return out if len(out) >= GALLERY_CAPTIONS else []


MAX_NAME_CHARS = 60
# Elements that hold one author's name in a visible byline. Not the bare "author" class:
# WordPress wraps the whole "by <a>name</a>" vcard in it, and comment footers reuse it.
_NAME_CLASSES = {"author-name", "author__name", "byline__name", "byline-name", "byline-author", "author-link"}
# Candidates found through the attribute axis (only class/rel/itemprop attributes are tested:
# ~0.5 ms on a large page, against ~3 ms for element tests on every element), then exact
# class tokens checked in Python.
_NAME_XPATH = (
    "//@class[contains(., 'author') or contains(., 'byline')]/.. | "
    "//@rel[. = 'author']/.. | //@itemprop[. = 'author']/.."
)


def _in_comments(el: Any) -> bool:
    return any(
        "comment" in ((a.get("class") or "") + " " + (a.get("id") or "")).lower() for a in el.iterancestors()
    )


def byline_names(tree: Any) -> list[str]:
    """Distinct author names marked up in the page's visible byline(s), in page order.

    trafilatura keeps only the first of several bylined names ("By <span>A</span> and
    <span>B</span>" gives "A"); this list lets the extractor keep them all. Only names in
    the first byline (under the grandparent of the first name found): a "more from our
    writers" box elsewhere on the page lists other people."""
    names: list[str] = []
    byline: Any = None
    for el in tree.xpath(_NAME_XPATH):
        if el.tag in ("meta", "link") or _in_comments(el):
            continue
        if not (
            el.get("rel") == "author"
            or el.get("itemprop") == "author"
            or _NAME_CLASSES & set((el.get("class") or "").split())
        ):
            continue
        name_el = el.find(".//*[@itemprop='name']") if el.get("itemprop") == "author" else None
        name = " ".join((name_el if name_el is not None else el).text_content().split())
        if name.lower().startswith("by "):
            name = name[3:]
        if not (2 < len(name) <= MAX_NAME_CHARS and len(name.split()) <= 5) or name in names:
            continue
        if byline is None:
            parent = el.getparent()
            byline = parent.getparent() if parent is not None and parent.getparent() is not None else parent
        elif not any(a is byline for a in el.iterancestors()):
            continue
        names.append(name)
    return names


LAYOUT_CELL_PARAGRAPHS = 2
LAYOUT_PARAGRAPH_CHARS = 100


def is_layout_table(table: Any) -> bool:
    """Whether ``table`` lays out a page rather than holding data: one of its own cells
    carries a top-level heading or several paragraphs of prose. trafilatura renders every
    table as ``| cell | cell |`` rows, which turns a page laid out in a table into one line
    of navigation, article and adverts run together."""
    for cell in table.iter("td"):
        if next((a for a in cell.iterancestors("table")), None) is not table:
            continue  # a nested table's cell: judged with that table
        if cell.find(".//h1") is not None:
            return True
        long = sum(1 for p in cell.iter("p") if len(p.text_content().strip()) >= LAYOUT_PARAGRAPH_CHARS)
        if long >= LAYOUT_CELL_PARAGRAPHS:
            return True
    return False


@cache
def _offscreen_xpath() -> Any:
    from lxml import etree

    return etree.XPath(_OFFSCREEN)


def drop_offscreen(tree: Any) -> int:
    """Remove the page's short screen-reader-only and hidden elements (their tails stay);
    how many were removed."""
    found = [
        el
        for el in _offscreen_xpath()(tree)
        if el.getparent() is not None
        and len(el.text_content()) <= OFFSCREEN_CHARS
        and not any(True for _ in el.iter(*_KEEP_HIDDEN))  # page metadata kept out of sight
    ]
    for el in found:
        el.drop_tree()  # lxml.html: keeps the tail text in place
    return len(found)


def untable(tree: Any) -> str:
    """The page with its layout tables turned into plain blocks (table, rows and cells
    become ``<div>``), serialised for trafilatura; data tables are left alone."""
    layout = [t for t in tree.iter("table") if is_layout_table(t)]
    parts = [
        el
        for table in layout
        for el in table.iter("thead", "tbody", "tfoot", "tr", "td", "th")
        if next(el.iterancestors("table"), None) is table  # not the cells of a data table inside
    ]
    for el in (*layout, *parts):
        el.tag = "div"
    return serialise(tree)


def serialise(tree: Any) -> str:
    """The (changed) page as markup again, for trafilatura."""
    from lxml.html import tostring

    return str(tostring(tree, encoding="unicode"))
