"""Pages nested deeper than the HTML parser allows, made shallow enough to parse whole.

libxml2 (under lxml and trafilatura) stops at an element depth of 256 (2048 with its "huge"
option) and drops everything after that point: a page that opens a few hundred ``<div>``s
before its article -- broken templates do it, hostile pages do it on purpose -- lost its
whole text ("no article text found"). ``flatten_deep`` removes the tags below a depth
limit and keeps their text, so the article after (or inside) the deep part survives; the
structure lost is only that of the over-deep part.
"""

from __future__ import annotations

import re

from plainwire.lazyre import lazy_pattern

#: Tags deeper than this are removed (their text is kept). Well below libxml2's 256,
#: leaving room for the html/body elements the parser adds.
MAX_DEPTH = 128

# Comments, doctype/CDATA/PIs and raw-text elements (whose "<" is text) are stepped over
# whole; then opening and closing tags.
_TOKEN = lazy_pattern(
    r"<!--.*?(?:-->|$)|<![^>]*>|<\?[^>]*>"
    r"|<(script|style|textarea|title|xmp|noscript)\b[^>]*>.*?(?:</\1\s*>|$)"
    r"|<(/?)([a-zA-Z][\w:.-]*)\b[^>]*?(/?)>",
    re.S | re.I,
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "frame",
        "keygen",
    ]
)
# Elements a new one of the same name closes implicitly (<li>a<li>b).
_SELF_CLOSING_SIBLINGS = frozenset(["p", "li", "dt", "dd", "option", "tr", "td", "th"])


def too_deep(parser_errors: object) -> bool:
    """Whether an lxml parser's ``error_log`` says the document was cut for its depth."""
    return any(
        getattr(e, "type_name", "") == "ERR_RESOURCE_LIMIT" or "Excessive depth" in getattr(e, "message", "")
        for e in parser_errors  # type: ignore[attr-defined]
    )


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every tag nested deeper than ``max_depth`` removed (a space in its
    place, once per run of removed tags); text, and tags at or above the limit, kept."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag name, kept)
    pos = 0
    for m in _TOKEN().finditer(html):
        name = m.group(3)
        if name is None:  # comment, declaration or raw-text element: copied as it is
            continue
        lname = name.lower()
        closing, self_closed = bool(m.group(2)), bool(m.group(4))
        if closing:
            idx = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == lname), None)
            keep = True if idx is None else stack[idx][1]
            if idx is not None:
                del stack[idx:]
        else:
            if lname in _SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == lname:
                stack.pop()
            keep = len(stack) < max_depth
            if lname not in _VOID and not self_closed:
                stack.append((lname, keep))
        if keep:
            continue
        text = html[pos : m.start()]
        if text or not out:  # one space for a run of adjacent removed tags
            out += (text, " ")
        pos = m.end()
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)
