"""Developing stories: a count a later article revises is no longer printed as current.

A story told over hours or days has counts that move: the first report of a landslide says "at
least four dead", the next day's "nine people are now known to have died", the third day's
"rose to 12". An election night's "with 38 of 45 seats declared, the party had 16 seats" is
replaced by the final result. A reader must get the latest count first, and earlier counts only
as earlier, or not at all; two figures for one thing side by side read as a contradiction.

Each article has an *as-of* time: when it was published, or last revised when the outlet says it
updated the page (``Article.modified``). Two kinds of count are read (``counts``):

- **what happened to people** (``OUTCOMES``: dead, injured, missing), with number words too:
  "Nine people are now known to have died", "killing at least four people", "six are still
  missing", "the death toll rose to 12", "a ninth body was recovered". A sub-count ("two of them
  seriously", "two with serious injuries") is no count of the whole and is not read.
- **a provisional count** of anything: a sentence that says its figure is not final ("so far"),
  or any sentence of an article that says its count is partial ("with 38 of 45 seats declared",
  "provisional results": ``partial_count``); its counted things are the number and the word
  after it (``meaning.counted``) and "19 of the 45 seats" (part of a whole).

A sentence (or a title) is *superseded* (``superseded``) when a sentence of a *later* article
that may be printed gives another figure for the same thing:

- for an outcome: the same outcome, the later article at least ``SUPERSEDE_HOURS`` after it
  (two outlets an hour apart giving 23 and 31 injured disagree: ``figures.py`` keeps one and
  notes both; a count hours later is the newer count, whichever way it moved: the missing are
  found). A bound is superseded too: "at least four" is no longer what the reader needs once
  "12" is known.
- for a provisional count: the same counted word, the later sentence not provisional itself,
  the two figures within ``PROVISIONAL_RATIO`` of each other (a recall's "14 kettles have melted
  so far" is not revised by "85,000 kettles" recalled) and one more content word in common.

One article giving two figures is its writer's account (a live page's timeline): never a
revision. A superseded sentence is cut back when its stale figure sits in a trailing side clause
(", killing at least four people" / ", injuring 23 people": ``cut_stale``; the rest of the
sentence still tells the event), else it is not printed; the newest sentence giving the count
takes its place in the order, so the latest count comes first. Nothing is added to a sentence:
no "up from" is written, because the earlier count's time would have to be made up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from plainwire import numwords
from plainwire.synthesize.meaning import counted
from plainwire.synthesize.textstats import content_stems

ENABLED = True
# Counts of an outcome from two articles this far apart: the later one revises the earlier one.
# Closer than this, two outlets giving different figures disagree (figures.py).
SUPERSEDE_HOURS = 2.0
# A provisional count and its revision differ by at most this factor (16 seats so far -> 19).
PROVISIONAL_RATIO = 3.0

_WORD_NUM = numwords.word_pattern()
NUM = rf"(?:\d[\d,]*(?:\.\d+)?|{_WORD_NUM})"

# The outcome words, by outcome ("dead" covers killed, died, deaths, bodies).
OUTCOMES: dict[str, str] = {
    **dict.fromkeys(
        ["killed", "dead", "died", "die", "deaths", "fatalities", "bodies", "body", "lives"], "dead"
    ),
    **dict.fromkeys(["injured", "hurt", "wounded", "injuries"], "injured"),
    **dict.fromkeys(["missing", "unaccounted"], "missing"),
}
_VERB_OUTCOME = {"killing": "dead", "injuring": "injured", "wounding": "injured", "hurting": "injured"}
_OUT = "|".join(sorted(OUTCOMES, key=len, reverse=True))
# What may stand between a number and its outcome: one counted noun ("people", "passengers"),
# then auxiliaries and adverbs ("are now known to have died", "are still missing", "were
# reported"). Anything else ("Two helicopters were taking injured people") is another clause.
_AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|be|now|known|to|still|reported|confirmed|feared|"
    r"believed|thought|presumed|later|also|already|officially|remain|remained|remains|left)"
)
# "three more people died": an increment, not the count (nor is "two other passengers")
_EXTRA = r"(?:more|other|additional|further|new)"
_QUALIFIER = r"(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|as\s+many\s+as|up\s+to)"
# An outcome word, then (read back from it, at most ``_BACK`` characters) the number before it.
_OUT_WORD = re.compile(rf"(?i)\b(?:{_OUT})\b")
_BACK = 90
_BEFORE = re.compile(
    rf"(?i)(?<![\w.,-])(?<!no\s)(?<!any\s)(?<!every\s)(?P<num>{NUM})(?P<noun>\s+(?!{_AUX}\b|{_EXTRA}\b)[a-z][a-z-]*)?(?:\s+{_AUX})*\s+$"
)
_AFTER = re.compile(
    rf"(?i)\b(?P<verb>killing|injuring|wounding|hurting|leaving)\s+(?:{_QUALIFIER}\s+)?(?P<num>{NUM})"
    rf"(?P<rest>(?:\s+[a-z][a-z-]*){{0,2}})"
)
# The toll may be told with what caused it ("The death toll from the capsizing of the ferry X off
# Y has risen to 11": 77 characters between; seventeenth session).
_TOLL = re.compile(
    rf"(?i)\b(?:(?P<death>death\s+toll|toll)|number\s+of\s+(?:people\s+)?(?P<out>{_OUT}))\b[^,;.]{{0,100}}?"
    rf"\b(?:to|at|is|was|stands|stood|reached|reaches|hit|hits)\s+(?:{_QUALIFIER}\s+)?(?P<num>{NUM})(?![\w-])"
)
_ORDINAL = re.compile(
    r"(?i)\b(?P<ord>"
    + "|".join(numwords.ORDINALS)
    + r"|\d+(?:st|nd|rd|th))\s+(?:body|victim|death|fatality)\b"
)
# A sub-count of the whole ("two with serious injuries", "two of them seriously").
_SUB = re.compile(
    r"(?i)\b(?:serious|seriously|critical|critically|minor|severe|severely|of\s+them|of\s+whom|with)\b"
)
# A count that says the whole count is not in yet: its article's counts are all partial.
_PARTIAL = re.compile(
    rf"(?i)\b(?:with\s+(?:most|{NUM}\s+of(?:\s+the)?\s+{NUM})(?:\s+[\w-]+){{1,2}}?\s+"
    r"(?:declared|counted|reported|announced)|provisional\s+(?:results?|count|figures?)|"
    r"preliminary\s+(?:results?|count|figures?)|partial\s+(?:results?|count)|"
    r"early\s+(?:results?|returns|count)|still\s+being\s+counted)\b"
)
# ... and one sentence's count that is not final ("had won 16 seats so far").
_SO_FAR = re.compile(r"(?i)\b(?:so\s+far|to\s+date|until\s+now)\b")
_WORD_COUNT = re.compile(rf"(?i)(?<![\w-])(?P<num>{_WORD_NUM})\s+(?P<noun>[a-z][a-z-]+)")
_PART_OF = re.compile(rf"(?i)(?<![\w.,-])(?P<num>{NUM})\s+of\s+(?:the\s+)?{NUM}\s+(?P<noun>[a-z][a-z-]+)")
_LEAD_CLAUSE = re.compile(r",\s+(?:killing|injuring|wounding|hurting|leaving)\s+[^,;]*")


def number(token: str) -> float | None:
    """The value of a figure: digits ("1,200", "2.5") or English words ("nine", "twenty-seven")."""
    t = token.lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    return numwords.cardinal(t)


_ordinal = numwords.ordinal


@dataclass(frozen=True, slots=True)
class Count:
    """One figure a sentence gives: ``what`` it counts (an outcome, or a counted word's stem),
    its ``value``, and where it is in the text (``start``, ``end``)."""

    what: str
    value: float
    start: int
    end: int
    outcome: bool


# cheap first (substring tests on the lower-cased text: far cheaper than a case-blind regex
# alternation): every outcome pattern needs one of these words ...
_HARM_WORDS = (
    "kill", "dead", "die", "death", "fatal", "bod", "lives", "injur", "hurt", "wound", "missing",
    "unaccounted", "toll", "victim",
)  # fmt: skip
# ... every partial-count pattern one of these, every ordinal count one of those
_PARTIAL_WORDS = (
    "declared",
    "counted",
    "reported",
    "announced",
    "provisional",
    "preliminary",
    "partial",
    "early",
    "still being",
)
_ORDINAL_WORDS = ("body", "victim", "death", "fatalit")
_SO_FAR_WORDS = ("so far", "to date", "until now")


def outcome_counts(text: str) -> list[Count]:
    """The counts of what happened to people that ``text`` gives (the module's first kind)."""
    out: list[Count] = []
    low = text.lower()
    if not any(w in low for w in _HARM_WORDS):
        return out  # most sentences name no harm to people
    for o in _OUT_WORD.finditer(text):
        m = _BEFORE.search(text, max(0, o.start() - _BACK), o.start())
        if m is None or _SUB.search(text[m.end("num") : o.start()]):
            continue
        v = number(m.group("num"))
        if v is not None:
            out.append(Count(OUTCOMES[o.group(0).lower()], v, m.start(), o.end(), True))
    for m in _AFTER.finditer(text):
        verb = m.group("verb").lower()
        rest = m.group("rest").lower().split()
        if verb == "leaving":  # "leaving 12 people dead": the outcome comes after
            hit = next((OUTCOMES[w] for w in rest if w in OUTCOMES), None)
            if hit is None:
                continue
            what = hit
        else:
            what = _VERB_OUTCOME[verb]
        if _SUB.search(m.group("rest")):
            continue
        v = number(m.group("num"))
        if v is not None and not any(c.start <= m.start("num") < c.end for c in out):
            out.append(Count(what, v, m.start(), m.end(), True))
    for m in _TOLL.finditer(text):
        what = "dead" if m.group("death") else OUTCOMES[m.group("out").lower()]
        v = number(m.group("num"))
        if v is not None:
            out.append(Count(what, v, m.start(), m.end(), True))
    for m in _ORDINAL.finditer(text) if any(w in low for w in _ORDINAL_WORDS) else ():
        v = _ordinal(m.group("ord"))
        if v is not None:
            out.append(Count("dead", v, m.start(), m.end(), True))
    return out


def partial_count(text: str) -> bool:
    """``text`` says the count it reports is partial ("with 38 of 45 seats declared", "early
    results"): its article's counts are partial."""
    low = text.lower()
    return any(w in low for w in _PARTIAL_WORDS) and bool(_PARTIAL.search(text))


def provisional(text: str) -> bool:
    """``text`` says its count is not final ("so far", or a partial count)."""
    low = text.lower()
    return (any(w in low for w in _SO_FAR_WORDS) and bool(_SO_FAR.search(text))) or partial_count(text)


def noun_counts(text: str) -> list[Count]:
    """Counted things of any kind: (number, the word after it) as ``meaning.counted`` reads them,
    and the part of a whole ("19 of the 45 seats" -> 19 seats)."""
    out = [Count(noun, float(num), -1, -1, False) for num, noun in counted(text) if _is_float(num)]
    for m in _WORD_COUNT.finditer(text):  # "nine seats": counted reads digits only
        v = number(m.group("num"))
        stems = content_stems(m.group("noun"))
        if v is not None and stems:
            out.append(Count(stems[0], v, m.start(), m.end(), False))
    for m in _PART_OF.finditer(text):
        v = number(m.group("num"))
        stems = content_stems(m.group("noun"))
        if v is not None and stems:
            out.append(Count(stems[0], v, m.start(), m.end(), False))
    return out


def _is_float(num: str) -> bool:
    try:
        float(num)
    except ValueError:
        return False
    return True


@dataclass(slots=True)
class Item:
    """A sentence or a title: its text, article, as-of time and what it counts. ``provisional``:
    its counts are not final (it says so, or its article does: "with 30 of 41 seats declared"
    in the lead makes "The Labour Guild had nine seats" a partial count too)."""

    text: str
    article: int
    time: datetime | None
    outcomes: list[Count]
    provisional: bool
    nouns: list[Count]
    stems: frozenset[str]


def item(
    text: str,
    article: int,
    time: datetime | None,
    stems: frozenset[str] | None = None,
    article_provisional: bool = False,
    with_nouns: bool = True,
    own_provisional: bool | None = None,
) -> Item:
    """``text`` read for its counts; ``with_nouns=False``: outcomes only (a story in which no
    sentence says its count is provisional needs no other kind); ``own_provisional``:
    ``provisional(text)`` when the caller has it."""
    prov = article_provisional or (provisional(text) if own_provisional is None else own_provisional)
    return Item(
        text,
        article,
        time,
        outcome_counts(text),
        prov,
        noun_counts(text) if with_nouns else [],
        stems if stems is not None else frozenset(content_stems(text)),
    )


def revises(old: Item, new: Item) -> list[Count]:
    """The counts of ``old`` that ``new`` gives another figure for, as a later article (the
    module's rule); empty when it does not revise ``old``."""
    if old.article == new.article or old.time is None or new.time is None or new.time <= old.time:
        return []
    stale: list[Count] = []
    if old.outcomes and new.outcomes and new.time - old.time >= timedelta(hours=SUPERSEDE_HOURS):
        newer = {c.what: c.value for c in new.outcomes}
        stale += [c for c in old.outcomes if c.what in newer and newer[c.what] != c.value]
    if old.provisional and not new.provisional and old.nouns and new.nouns:
        for c in old.nouns:
            for d in new.nouns:
                if (
                    c.what == d.what
                    and c.value != d.value
                    and min(c.value, d.value) > 0
                    and max(c.value, d.value) <= PROVISIONAL_RATIO * min(c.value, d.value)
                    and any(not w[:1].isdigit() for w in (old.stems & new.stems) - {c.what})
                ):
                    stale.append(c)
                    break
    return stale


def cut_stale(text: str, stale: Sequence[Count]) -> str | None:
    """``text`` without the trailing side clause that holds its stale figures (", killing at least
    four people, officials said." -> ", officials said."), when every stale figure is in it
    and the sentence keeps at least eight words; else ``None`` (the sentence is not printed)."""
    for m in _LEAD_CLAUSE.finditer(text):
        if all(m.start() <= c.start < m.end() for c in stale if c.start >= 0) and all(
            c.start >= 0 for c in stale
        ):
            cut = (text[: m.start()] + text[m.end() :]).strip()
            if not cut.endswith((".", "!", "?", '"', "”")):
                cut += "."
            if len(cut.split()) >= 8 and not outcome_counts(cut[m.start() :]):
                return cut
    return None


@dataclass(slots=True)
class Revision:
    """What ``superseded`` found: sentences not printed, sentences cut back (new text), the
    newest sentence giving each revised count (to print where the stale one stood) and titles
    giving a revised figure."""

    dropped: set[int]
    cut: dict[int, str]
    newest: dict[int, int]
    stale_titles: set[int]
    # a later report moved a status, a level or a value on (``supersede.find``; fifteenth
    # session): the headline comes from the latest state, like a revised count in a title
    moved_on: bool = False


def superseded(
    candidates: Sequence[int],
    items: Sequence[Item],
    titles: Sequence[Item] = (),
    fit: Callable[[int], bool] = lambda i: True,
) -> Revision:
    """The pool sentences of ``candidates`` (and ``titles``) a later article revises. Only a
    sentence that may be printed (``fit``) revises another: the reader must be able to get the
    newer count."""
    rev = Revision(set(), {}, {}, set())
    news = [
        j
        for j in range(len(items))
        if (items[j].outcomes or (items[j].nouns and not items[j].provisional)) and fit(j)
    ]
    if not news:
        return rev
    for i in candidates:
        old = items[i]
        if not old.outcomes and not old.provisional:
            continue
        by: list[tuple[datetime, int]] = []
        stale: list[Count] = []
        for j in news:
            got = revises(old, items[j])
            if got:
                by.append((items[j].time, j))  # type: ignore[arg-type]
                stale += [c for c in got if c not in stale]
        if not by:
            continue
        rev.newest[i] = max(by, key=lambda t: (t[0], -t[1]))[1]
        short = cut_stale(old.text, stale)
        if short is not None:
            rev.cut[i] = short
        else:
            rev.dropped.add(i)
    for t, old in enumerate(titles):
        if (old.outcomes or old.provisional) and any(revises(old, items[j]) for j in news):
            rev.stale_titles.add(t)
    return rev


def place_newest(order: Sequence[int], rev: Revision) -> tuple[list[int], set[int]]:
    """``order`` without the dropped sentences, the newest count printed no later than where the
    first sentence it revises stood (right after it when that one is cut back and stays), and the
    sentences moved."""
    out: list[int] = []
    moved: set[int] = set()
    placed: set[int] = set()
    pos_of = {i: n for n, i in enumerate(order)}

    def bring_newest(i: int) -> None:
        # The count that revises sentence i, brought up to i's place if it stood later.
        j = rev.newest.get(i)
        if (
            j is not None
            and j not in placed
            and j not in rev.dropped
            and pos_of.get(j, len(order)) > pos_of[i]
        ):
            out.append(j)
            placed.add(j)
            moved.add(j)

    for i in order:
        if i in rev.dropped:
            bring_newest(i)
            continue
        if i in placed:
            continue
        out.append(i)
        placed.add(i)
        bring_newest(i)
    return out, moved
