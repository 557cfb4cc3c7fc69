"""A figure only an other-language report gives (seventeenth session; docs/synthesis.md, "What
the page shows (seventeenth session)").

The Story is written in one language (``coverage.majority_language``); a report in another
language joins the story's sources but none of its sentences is printed, so a figure only it
gives was lost without a word. Nothing is translated or restated: the page's notes (shown under
the Story as "About this page") quote, verbatim and with its outlet and language, the first whole
sentence of such a report that gives a figure no sentence or title of the Story's language
gives. A figure is read from digits only (every language writes them alike), without its
grouping marks ("14 000", "14,000" and "14.000" are one figure); years, the day of a dated month
("12. november") and clock times are no figures here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from plainwire.models import Article
from plainwire.synthesize.coverage import as_of
from plainwire.synthesize.sentences import article_sentences, is_junk, month_word
from plainwire.synthesize.standalone import unfit_reason, unterminated

ENABLED = True
MAX_QUOTE_WORDS = 40  # a longer sentence is no lead to quote in a note
# a figure, its grouping marks in any house style ("48", "14 000", "1,2", "3.500")
_FIGURE = re.compile(r"(?<![\d:/.,])\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?![\d:/])")
_AFTER = re.compile(r"\.?\s*(?:de\s+)?([^\W\d_]+)")


def figures(text: str) -> frozenset[str]:
    """The figures of ``text`` as digit strings (see the module); not years, days of a month or
    clock times."""
    out: set[str] = set()
    for m in _FIGURE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) == 4 and digits[:2] in ("19", "20") and m.group(0).isdigit():
            continue  # a year
        after = _AFTER.match(text, m.end())
        if int(digits) <= 31 and after is not None and month_word(after.group(1)):
            continue  # "12. november", "3 de março"
        out.add(digits.lstrip("0") or "0")
    return frozenset(out)


def only_there(
    others: Sequence[tuple[Article, str]], story_texts: Iterable[str], since: datetime | None = None
) -> list[str]:
    """Notes quoting, per other-language report in ``others`` (with its language), its first
    whole sentence of at most ``MAX_QUOTE_WORDS`` words giving a figure that none of
    ``story_texts`` (the reports and titles of the Story's language) gives; only reports as new as
    ``since`` (the newest report of the Story's language): an older one's figure may be a count
    the newer reports revised, and a note must not bring a stale figure back."""
    if not ENABLED or not others:
        return []
    known: set[str] = set()
    for text in story_texts:
        known |= figures(text)
    notes: list[str] = []
    for a, language in others:
        when = as_of(a)
        if since is not None and (when is None or when < since):
            continue  # an older report's figure may be one the Story's newer reports revised
        for s in article_sentences(a.id, a.text, a.source, language):
            text = s.text
            if len(text.split()) > MAX_QUOTE_WORDS or is_junk(text) or unterminated(text):
                continue
            if unfit_reason(text) is not None or not figures(text) - known:
                continue
            source = f" ({a.source})" if a.source else ""
            notes.append(f"only a report in '{language}'{source} gives this, not translated: \"{text}\"")
            known |= figures(text)  # one note per figure
            break
    return notes
