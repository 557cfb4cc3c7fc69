"""Correction notices: the corrected fact reaches the Story, the wrong one never does.

An outlet that fixes a mistake in place usually says so at the end of the article:
"Correction, 18 May: an earlier version of this article said the survey covered 3,000 homes.
It covered 300.", "An earlier version of this story misstated ...", "This article has been
corrected: it previously said ...", "... 300 homes, not 3,000 as we reported". The corrected
text is in the article's body; other outlets may still carry the wrong figure they copied.

``notices`` finds such sentences and the figures they retract (the numbers of the part that
says what the article *said*; "It covered 300." gives the right one). ``retracted`` marks
the sentences of the whole story that give a retracted figure about the same thing (the
figure, and a content word of the notice's account of it in common: "a trial of 3,000 office
workers" shares "office"/"worker") and the notices themselves: none is printed.

Why the notice itself is not shown: it is about the article's history, not the event; by its
nature it prints the wrong figure next to the right one, and the Story already gives the
corrected fact as the outlet now states it. The page's sources still link the corrected
article, where the notice stands in full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plainwire.synthesize.facts import digits
from plainwire.synthesize.textstats import content_stems

ENABLED = True

# The common forms of a notice (English). One of these makes a sentence a notice.
_NOTICE = re.compile(
    r"(?i)(?:\b(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version\s+of\s+(?:this|the)\s+"
    r"(?:article|story|report|piece|page|item)\b"
    r"|^\W*(?:correction|clarification)s?\b[^.:]{0,30}:"
    r"|\bthis\s+(?:article|story|report|piece)\s+(?:has\s+been|was)\s+(?:corrected|amended|updated\s+to\s+correct)"
    r"|\b(?:we|it)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|described)"
    r"|\b(?:was|were|is)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:given|stated|reported)"
    r"|\bnot\s+[^,;.]{0,30}\bas\s+(?:we\s+)?(?:previously|originally|wrongly|incorrectly)\s+"
    r"(?:said|stated|reported))"
)
# What the article said (the wrong account): after the verb of saying, to the end of the clause.
_SAID = re.compile(
    r"(?i)\b(?:said|stated|reported|gave|misstated|misreported|described|put|quoted|referred\s+to|"
    r"wrongly\s+\w+|incorrectly\s+\w+|mistakenly\s+\w+)\s+(?P<said>[^;]+)"
)
# "... 300 homes, not 3,000 as we reported": the figure after "not" is the wrong one.
_NOT_AS = re.compile(
    r"(?i)\bnot\s+(?P<said>[^,;.]{0,30}?)\s*,?\s*as\s+(?:we\s+)?(?:previously|originally|wrongly|incorrectly)"
)
_SEEN = (
    "version",
    "correct",
    "clarif",
    "wrongly",
    "incorrectly",
    "mistakenly",
    "erroneously",
    "previously",
    "originally",
)


@dataclass(frozen=True, slots=True)
class Retraction:
    """The figures a notice retracts and the content stems of its account of them."""

    figures: frozenset[str]
    stems: frozenset[str]


def notice(text: str) -> Retraction | None:
    """``text`` as a correction notice: what it retracts (figures may be empty when it corrects
    a name or a word); ``None`` when it is no notice."""
    low = text.lower()
    if not any(w in low for w in _SEEN) or not _NOTICE.search(text):
        return None
    m = _NOT_AS.search(text)
    if m is not None:  # "hire 40 wardens, not 400 as ...": the figure is about what comes before
        said, about = m.group("said"), text[: m.start()]
    else:
        m = _SAID.search(text)
        said = about = m.group("said") if m is not None else ""
    return Retraction(digits(said), frozenset(w for w in content_stems(about) if not w[:1].isdigit()))


def retracted(texts: Sequence[str], stems: Sequence[frozenset[str]] | None = None) -> set[int]:
    """The sentences of ``texts`` no Story prints: correction notices, and sentences giving a
    figure a notice retracts about the same thing (a content stem of the notice's account in
    common). ``stems``: content stems per sentence when the caller has them."""
    notes = {i: r for i, t in enumerate(texts) if (r := notice(t)) is not None}
    out = set(notes)
    wrong = [r for r in notes.values() if r.figures]
    if not wrong:
        return out
    for i, t in enumerate(texts):
        if i in out:
            continue
        nums = digits(t)
        if not nums:
            continue
        st = stems[i] if stems is not None else frozenset(content_stems(t))
        if any(nums & r.figures and st & r.stems for r in wrong):
            out.add(i)
    return out


def retracted_titles(titles: Sequence[str], texts: Sequence[str]) -> set[int]:
    """Titles giving a figure a notice among ``texts`` retracts (about the same thing)."""
    wrong = [r for t in texts if (r := notice(t)) is not None and r.figures]
    if not wrong:
        return set()
    out = set()
    for k, title in enumerate(titles):
        nums = digits(title)
        st = frozenset(content_stems(title))
        if nums and any(nums & r.figures and st & r.stems for r in wrong):
            out.add(k)
    return out
