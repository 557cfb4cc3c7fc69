"""How long an article body may be, for every way an article comes in: a fetched page
(``extract.article``) and a line of the batch JSONL commands (``cli.batch``).

The longest body kept is ~50,000 words, past any long read. The fetch limit (10 MB) let one
page bring ~10 MB of text, which every later stage paid for (analysis alone: 8 s of CPU and
350 MB on a 9.8 MB page); a 10 MB ``text`` in one JSONL line cost ``plainwire analyze`` 78 s
and 1.66 GB before the batch commands applied the same cap (fifteenth session).
"""

from __future__ import annotations

MAX_BODY_CHARS = 300_000


def cap_body(text: str, limit: int = MAX_BODY_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters: at the last paragraph break before the
    limit, else the last space, else at the limit itself; unchanged when short enough."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit + 1)
    if cut <= 0:
        cut = text.rfind(" ", 0, limit + 1)
    return text[: cut if cut > 0 else limit].rstrip()
