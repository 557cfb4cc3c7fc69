"""An outlet named in the neutral text: "X told the Courier" -> "X said" (thirteenth session).

A sentence an outlet wrote about its own reporting ("council leader Petra Holm told the Courier
at the town hall") reads, on the story page, as if the page were that outlet, or as an aside
about a paper the reader may not see among the sources. A wire editor rewrites it to the
attribution alone. The rewrite only deletes or replaces the verb phrase that names the outlet:

- "X told the Courier (that) ..." -> "X said (that) ...";
- "X said (in a statement) to the Courier ..." -> "X said (in a statement) ...";
- ", speaking to the Courier," / "in an interview with the Courier" -> deleted.

Only the names of the story's own outlets are read (their full names, without a leading
"The", and "the" + the last word of a name of two or more words: "The Brennock Courier" ->
"the Courier"); a sentence naming an outlet any other way keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

ENABLED = True


def _variants(name: str) -> list[str]:
    words = name.split()
    if not words:
        return []
    core = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
    out = [" ".join(core)]
    last = core[-1]
    if len(core) > 1 and last.isalpha() and last[:1].isupper() and len(last) >= 4:
        out.append(last)
    return out


@lru_cache(maxsize=256)
def _patterns(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]] | None:
    variants = sorted({v for n in names for v in _variants(n)}, key=len, reverse=True)
    if not variants:
        return None
    name = r"(?:[Tt]he\s+)?(?:" + "|".join(re.escape(v) for v in variants) + r")(?![\w’'-])"
    return tuple(variants), (
        # ", speaking to the Courier," / ", in an interview with the Courier,"
        re.compile(
            rf",\s+(?:speaking|talking)\s+to\s+{name}\s*,|,\s+in\s+an\s+interview\s+with\s+{name}\s*,"
        ),
        re.compile(rf"\s+(?:speaking|talking)\s+to\s+{name}|\s+in\s+an\s+interview\s+with\s+{name}"),
        re.compile(rf"\btold\s+{name}"),
        re.compile(rf"\b((?:said|says)(?:\s+in\s+a\s+statement)?)\s+to\s+{name}"),
    )


def unname(text: str, sources: Iterable[str]) -> str:
    """``text`` without its mention of one of the story's outlets (``sources``: their names), as
    the module says; ``text`` itself when it names none."""
    got = _patterns(tuple(sorted({s for s in sources if s})))
    if got is None or not any(v in text for v in got[0]):  # cheap first: most name no outlet
        return text
    aside, side, told, said_to = got[1]
    out = aside.sub("", text)
    out = side.sub("", out)
    out = told.sub("said", out)
    out = said_to.sub(r"\1", out)
    return out
