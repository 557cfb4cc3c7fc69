"""Page furniture recognised by its markup, not its words (fifteenth session).

The word tables of ``furniture_cues`` know seven languages; the fourth audit newsroom's pages
showed what slips past them on short pages, where trafilatura keeps nearly everything inside
``<article>``: a Swedish "Läs också:" pointer and newsletter line, a German share bar
("Artikel teilen: E-Mail Messenger"), a "Sponsored:" box, a print-edition line ("From the
issue of ..."), an "Image caption" figure caption, a byline and a dateline line that
trafilatura moved after the body (docs/benchmarks.md, "Furniture and hostile leftovers
(fifteenth session)"). Each is found here by how the page sets it, whatever its language:

* **a label and its links**: a short block whose text is a label of a few words (ending in a
  colon, or set apart in ``<strong>``/``<b>``/a heading) and links making up the rest ("Läs
  också: <a>headline</a>", "Sponsored: <a>offer</a>", "Artikel teilen: <a>E-Mail</a> <a>
  Messenger</a>", "You are here: <a>Home</a> › <a>News</a>"). A paragraph with a link in a
  sentence has more words than a label outside its links and stays. Marked up as the body's
  paragraphs are (a plain ``<p>`` among plain ``<p>``s), it counts when its label is set apart,
  or (sixteenth session) when it stands alone: no "Label: value" block next to it (the fifth
  audit newsroom's "Læs også: <a>..</a>" and "Promoted: <a>..</a>" paragraphs); standing
  alone, a label with no colon counts too when its one link is a headline leading to another
  article of the site (seventeenth session: "Lue myös <a>..</a>", whatever the language);
* **a figure's caption** (``<figcaption>``) on a page that is no photo gallery: it describes a
  photograph, it is not the story (a gallery's captions are its content: ``pageparts.captions``);
* **a short block outside the body's container**: the body's paragraphs sit in one element
  (the deepest holding ``CONTAINER_SHARE`` of the page's paragraph text, reader comments,
  asides and navigation left out); a short block elsewhere in the article (a byline, a
  dateline, a share bar, a sign-up line, the print issue it appeared in) is furniture. Not when
  it is marked up as the body's paragraphs are (same tag and class: a body split in two
  containers), nor when it stands above the container and reads as a sentence (a standfirst).

:func:`furniture_texts` returns their texts (whitespace collapsed); ``furniture`` drops the body
lines that are exactly one of them, as it does a promo box's lines (the page is never pruned
before trafilatura: that changes which block it picks as the main text). The extractor reads
them (parsing the page again) only for a body with a line they could be
(:func:`may_hold_furniture`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

LABEL_LINK_CHARS = 200  # a label-and-links block is short
LABEL_LINK_WORDS = 4  # the label outside the links: at most this many words
# Inline wrappers a link may sit in inside its block ("<p>Label: <strong><a>..</a></strong></p>").
_INLINE = frozenset({"strong", "b", "em", "i", "span", "small", "u", "mark"})
_LINK_BLOCKS = frozenset({"p", "div", "aside", "li", "section", "dd", "nav", "footer", "header"})
# Where a label stands apart from its links without a colon ("<strong>Te puede interesar</strong>").
_LABEL_TAGS = ("strong", "b", "h2", "h3", "h4", "h5", "h6", "span", "em", "label")
_SEPARATORS = " \t|·•,/›»>-–—"

# The body's container: the deepest element holding this share of the paragraph text.
CONTAINER_SHARE = 0.6
CONTAINER_MIN_CHARS = 150  # less paragraph text than this: no container is looked for
OUTSIDE_CHARS = 100  # a block outside the container at most this long is furniture
STANDFIRST_WORDS = 6  # above the container, a sentence of this many words is kept (a standfirst)
# Paragraphs not counted for the container: reader comments, asides, navigation, forms.
_NOT_BODY_TAGS = frozenset({"aside", "nav", "footer", "header", "form", "figure", "blockquote"})
_OUTSIDE_TAGS = frozenset(
    {"p", "div", "span", "li", "figcaption", "time", "small", "aside", "section", "dd", "dt", "address"}
    | {"h2", "h3", "h4", "h5", "h6", "em", "strong", "b"}
)
# Outside the container, what these hold is furniture whatever its length (``ASIDE_CHARS`` at most).
_ASIDE_TAGS = frozenset({"aside", "nav", "form", "footer"})
ASIDE_CHARS = 1000
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»")


def _flat(text: str) -> str:
    return " ".join(text.split())


def may_hold_furniture(text: str) -> bool:
    """Whether a line of ``text`` can be one of the blocks found here: at most
    ``OUTSIDE_CHARS`` long, or at most ``LABEL_LINK_CHARS`` with a colon (a label, a caption's
    credit). Reader comments come with such lines (names, "Reply"). A body of long paragraphs
    only is not worth the page walk."""
    return any(
        len(line) <= OUTSIDE_CHARS or (len(line) <= LABEL_LINK_CHARS and ":" in line)
        for line in text.split("\n")
    )


def furniture_texts(tree: Any, figcaptions: list[Any], *, gallery: bool, url: str = "") -> frozenset[str]:
    """The texts of the page's furniture blocks (see the module docstring). ``gallery``: the
    page has a gallery's worth of captions, which are then its content. ``url``: the page's
    own (a link to another article of its site is a pointer's)."""
    body = body_container(tree)
    # Only inside the article around the body (navigation and footers: trafilatura leaves them out).
    out = _label_link_texts(body.scope if body else tree, body.signatures if body else set(), url)
    if not gallery:
        out.update(t for t in (_flat(fc.text_content()) for fc in figcaptions) if t)
    if body is not None:
        out.update(_outside_texts(body))
    return frozenset(out)


def _link_block(a: Any) -> Any:
    blk = a.getparent()
    while blk is not None and blk.tag in _INLINE:
        blk = blk.getparent()
    return blk if blk is not None and blk.tag in _LINK_BLOCKS else None


def _label_link_texts(scope: Any, body_sigs: set[tuple[str, str]], url: str = "") -> set[str]:
    """Label-and-links blocks. One marked up as the body's paragraphs are (a plain ``<p>`` among
    plain ``<p>``s) counts only when its label is set apart (``<strong>``, a heading): "Kreole:
    <a>Stella Hoops</a>" in a list of "Ohrringe: Leaf Combo" lines is the post's content; or,
    standing alone, when it ends in a colon or its one link is a headline pointing to another
    article of the site (``_pointer_block``)."""
    out: set[str] = set()
    seen: set[Any] = set()
    for a in scope.iter("a"):
        blk = _link_block(a)
        if blk is None or blk in seen:
            continue
        seen.add(blk)
        raw = blk.text_content()
        if len(raw) > 4 * LABEL_LINK_CHARS:  # (indentation aside) far too long: one length test
            continue
        text = _flat(raw)
        if not text or len(text) > LABEL_LINK_CHARS:
            continue
        rest = text
        link_chars = 0
        for link in blk.iter("a"):
            link_text = _flat(link.text_content())
            link_chars += len(link_text)
            if link_text:
                rest = rest.replace(link_text, " ", 1)
        label = _flat(rest).strip(_SEPARATORS)
        if not label or link_chars * 2 < len(text) or len(label.split()) > LABEL_LINK_WORDS:
            continue
        set_apart = any(_flat(el.text_content()).strip(_SEPARATORS) == label for el in blk.iter(*_LABEL_TAGS))
        if set_apart or (
            (label.endswith(":") or _pointer_block(blk, text, label, url))
            and (_signature(blk) not in body_sigs or _alone(blk))
        ):
            out.add(text)
    return out


POINTER_HEADLINE_WORDS = 3  # a linked headline has at least this many words (a capital first)
_POINTER_BLOCKS = frozenset({"p", "div", "section", "aside"})


def _pointer_block(blk: Any, text: str, label: str, url: str) -> bool:
    """A label of a few words in any language, without a colon, then one link whose text is a
    headline and whose target is another article of the same site ("Lue myös <a
    href="/jarvi/2026-11-12/joulutori.html">Pihlajarannan joulutori avataan lauantaina</a>"):
    a pointer to a story, whatever the label says (seventeenth session). A paragraph that links
    a phrase ("The <a>Sentinel</a> reported.") has words after its link, or links elsewhere."""
    if blk.tag not in _POINTER_BLOCKS:
        return False  # a list item is one of a list's ("<li>Die Bretterbude und das <a>Beach Motel ..</a>")
    links = list(blk.iter("a"))
    if len(links) != 1 or not text.startswith(label):
        return False
    link_text = _flat(links[0].text_content())
    if (
        len(link_text.split()) < POINTER_HEADLINE_WORDS
        or not (link_text[0].isupper() or link_text[0].isdigit())
        or not text.rstrip(" .").endswith(link_text)
    ):
        return False
    return _article_link(links[0].get("href") or "", url)


def _article_link(href: str, url: str) -> bool:
    """``href`` leads to an article of the site of ``url`` other than ``url`` itself: the same
    host, and a path that names a piece (three segments or more, a dated or hyphenated slug,
    or a page file), not a section front or the home page."""
    target = urlsplit(urljoin(url, href.strip()))
    page = urlsplit(url)
    if target.scheme not in ("http", "https", "") or (target.netloc and target.netloc != page.netloc):
        return False
    if target.path.rstrip("/") == page.path.rstrip("/"):
        return False
    parts = [p for p in target.path.split("/") if p]
    if not parts:
        return False
    last = parts[-1]
    return len(parts) >= 3 or last.count("-") >= 2 or last.endswith((".html", ".htm", ".php", ".aspx"))


def _label_value(el: Any) -> bool:
    """``el`` reads as a "Label: value" line (a few words, a colon, the rest short)."""
    if not isinstance(el.tag, str):
        return False
    raw = el.text_content()
    if len(raw) > 4 * LABEL_LINK_CHARS:
        return False
    head, colon, _ = _flat(raw).partition(":")
    return bool(colon) and 0 < len(head.split()) <= LABEL_LINK_WORDS


def _alone(blk: Any) -> bool:
    """A label-and-link paragraph marked up as the body's is furniture when it stands alone
    (sixteenth session: "Læs også: <a>..</a>", "Promoted: <a>..</a>" in a plain ``<p>`` among
    the body's, any language): neither block next to it is another "Label: value" line. In a
    list of them ("Engine: Volvo D13" / "Yard: <a>Brennvik Slip</a>") it is the post's content."""
    return not any(sib is not None and _label_value(sib) for sib in (blk.getprevious(), blk.getnext()))


def _signature(el: Any) -> tuple[str, str]:
    return el.tag, (el.get("class") or "").strip()


@dataclass(frozen=True)
class Body:
    """Where a page's body paragraphs are."""

    container: Any  # the deepest element holding CONTAINER_SHARE of the paragraph text
    ancestors: tuple[Any, ...]  # the container's ancestors, nearest first
    scope: Any  # the <article> (else <main>, else the parent) around the container
    signatures: set[tuple[str, str]]  # (tag, class) of the paragraphs inside the container


def body_container(tree: Any) -> Body | None:
    """Where the body's paragraphs are; ``None`` when the page has too little paragraph text
    to tell. Paragraphs of reader comments, asides, navigation and forms are not counted."""
    by_parent: dict[Any, int] = {}  # paragraph text per parent element
    not_body: dict[Any, bool] = {}  # per parent: inside comments, an aside, navigation, a form
    paragraphs: list[Any] = []
    total = 0
    for p in tree.iter("p"):
        parent = p.getparent()
        n = len(p.text_content().strip())
        if not n or parent is None:
            continue
        skip = not_body.get(parent)
        if skip is None:
            skip = not_body[parent] = any(map(_not_body, (parent, *parent.iterancestors())))
        if skip:
            continue
        total += n
        paragraphs.append(p)
        by_parent[parent] = by_parent.get(parent, 0) + n
    if total < CONTAINER_MIN_CHARS:
        return None
    # Most pages: one element is the parent of (nearly) all the paragraphs. Otherwise (a body
    # split over several blocks) the deepest ancestor holding the share of them.
    container = max(by_parent, key=by_parent.__getitem__)
    if by_parent[container] < CONTAINER_SHARE * total:
        weight: dict[Any, int] = {}
        depth: dict[Any, int] = {}
        for parent, n in by_parent.items():
            chain = [parent, *parent.iterancestors()]
            for d, anc in enumerate(chain):
                weight[anc] = weight.get(anc, 0) + n
                depth[anc] = len(chain) - d
        container = max(
            (el for el, w in weight.items() if w >= CONTAINER_SHARE * total), key=depth.__getitem__
        )
    ancestors = tuple(container.iterancestors())
    scope = next(
        (a for a in ancestors if a.tag in ("article", "main")), ancestors[0] if ancestors else container
    )
    inside = {container, *(p for p in by_parent if container in p.iterancestors())}
    signatures = {_signature(p) for p in paragraphs if p.getparent() in inside}
    return Body(container, ancestors, scope, signatures)


def _comments(el: Any) -> bool:
    return "comment" in ((el.get("class") or "") + " " + (el.get("id") or "")).lower()


def _not_body(el: Any) -> bool:
    return el.tag in _NOT_BODY_TAGS or _comments(el)


def _outside_texts(body: Body) -> set[str]:
    """Short blocks in the article outside the body's container, in document order: above it a
    sentence is kept (a standfirst), below it nothing short is the story's. Inside reader
    comments, an aside, navigation, a form or a footer every block is furniture, whatever its
    length or markup (a short page's comments come out of trafilatura's rescue with the body)."""
    if body.scope is body.container:
        return set()
    container_text = _flat(body.container.text_content())
    on_path = set(body.ancestors)
    out: set[str] = set()
    before = True
    stack: list[tuple[Iterator[Any], bool]] = [(iter(body.scope), False)]
    while stack:
        children, aside = stack[-1]
        el = next(children, None)
        if el is None:
            stack.pop()
            continue
        if not isinstance(el.tag, str):
            continue  # a comment or processing instruction
        if el is body.container:
            before = False
            continue  # its blocks are the body's
        if el in on_path:
            stack.append((iter(el), False))
            continue
        aside = aside or (el.tag in _ASIDE_TAGS or _comments(el))
        raw = el.text_content()
        if aside:
            text = _flat(raw) if len(raw) <= 4 * ASIDE_CHARS else ""
            if 0 < len(text) <= ASIDE_CHARS and text not in container_text:
                out.add(text)
        elif (
            el.tag in _OUTSIDE_TAGS
            and len(raw) <= 4 * OUTSIDE_CHARS
            # neither a paragraph marked up as the body's, nor a block around one (a body in two parts)
            and _signature(el) not in body.signatures
            and not any(_signature(p) in body.signatures for p in el.iter("p"))
        ):
            text = _flat(raw)
            if (
                0 < len(text) <= OUTSIDE_CHARS
                and text not in container_text
                and not (before and _prose(text))
            ):
                out.add(text)
        stack.append((iter(el), aside))
    return out


def _prose(text: str) -> bool:
    """A sentence (a standfirst above the body), not a label, byline or date line."""
    return len(text.split()) >= STANDFIRST_WORDS and text.endswith(_SENTENCE_END)
