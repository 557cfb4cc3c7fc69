"""Furniture set in plain paragraphs, found by what the line says (sixteenth session).

The fifth audit newsroom's furniture had no telling markup: plain ``<p>`` paragraphs among the
body's, in the body's container, so neither ``markup_furniture`` nor the cue tables of
``furniture_cues`` caught them (docs/benchmarks.md, "Plain-paragraph furniture (sixteenth
session)"). Each rule here is a *convention* news sites share, read in the languages the
pipeline pools (the cue tables are in ``plain_cues``); a line is dropped only when it is
nothing but the convention, so an article sentence that uses the same words stays:

* **a sponsored box** ("Promoted: Winter tyres fitted from 19 florins"): a paid-content label,
  a colon, one short offer; or the label alone on its line ("Advertisement");
* **the print edition** ("A version of this article appears in print on 21 October 2026, page
  6."): the piece naming itself, appearing in the paper;
* **an editors'-initials line** closing a wire report ("mpa/hk/rs", "(dpa)");
* **a subscription prompt** ("Already a subscriber? Log in", "Subscribe to continue reading",
  "Abonnez-vous au Courrier de la Côte."): a paywall's or the outlet's own call;
* **a call for tips** ("Got a story? Email tips@..."): a question to the reader, then how to
  reach the newsroom, with an address or a number;
* **where to play it** ("Listen on your podcast app"): a player page's buttons as a line;
* **a rights line** ("Riproduzione riservata ©", "© MPA 2026. All rights reserved.");
* **a box of facts** (a ``<table>`` under a title, "Match facts", which trafilatura renders as
  "| Match facts | |" then "| Venue | Harbour Park |"): rows whose cells are no sentences,
  read as one by the synthesis ("| Venue | Harbour Park | | Match facts | |" was a Story
  sentence). A data table whose first row names its columns is the article's and stays.

The seventeenth session added (docs/extraction.md, "Furniture that did not generalise"):

* **a wire's sign-off** anywhere in the body ("Reporting by ...; Editing by ...": ``credit_lines``);
* **the paywall's notice** ("This article is for subscribers only. Subscribe from ...");
* **the site's tagline**: its own name, a dash and a slogan ("Corvane Islands Times — serving
  the islands since 1911."), given the outlet's names (``site_keys``);
* **notices a site prints on every page**, read from one (``site_notices``: topics lines, fact
  rows, gambling notices, follow prompts without a network, membership appeals).

A date or byline line anywhere in the body (not only above it) is ``furniture``'s rule
(``_is_byline_time``), with this session's dateline words. Every rule tests a line's length
first; most paragraphs are longer than any furniture line and cost one comparison.
"""

from __future__ import annotations

from plainwire.extract.credit_lines import credit_line
from plainwire.extract.furniture_cues import REPORTED
from plainwire.extract.plain_cues import (
    AD_LABELS,
    ALREADY_STARTS,
    ALREADY_SUBSCRIBER,
    AVAILABLE,
    INITIALS_LINE,
    LOG_IN,
    PAYWALL_PROMPT,
    PAYWALL_STARTS,
    PLATFORM_PROMPT,
    PLATFORM_STARTS,
    PRINT_LINE,
    PRINT_STARTS,
    RIGHTS,
    SPONSOR_LINE,
    SPONSOR_STARTS,
    SUBSCRIBE_CALL,
    SUBSCRIBE_STARTS,
    SUBSCRIBERS_ONLY,
    SUBSCRIBERS_STARTS,
    TIP_ADDRESS,
    TIP_PROMPT,
)
from plainwire.extract.site_notices import site_notice
from plainwire.lazyre import lazy_pattern

SPONSOR_CHARS = 160  # a label and one offer
PRINT_CHARS = 220  # one sentence naming the edition (and a page, a date)
INITIALS_CHARS = 40
PROMPT_CHARS = 160  # "Already a subscriber? Log in", "Subscribe to continue reading ..."
SUBSCRIBE_CHARS = 90  # "Abonnez-vous au Courrier de la Côte."
TIP_CHARS = 220
PLATFORM_CHARS = 100  # "Listen on your podcast app", "Écoutez sur Spotify et Deezer"
RIGHTS_CHARS = 160
TAGLINE_WORDS = 14  # a site's name, then its slogan ("— serving the islands since 1911.")
TAGLINE_LINES = 3  # ... among the body's last lines
PLAIN_CHARS = max(SPONSOR_CHARS, PRINT_CHARS, PROMPT_CHARS, TIP_CHARS, RIGHTS_CHARS)
TABLE_SENTENCE_WORDS = 8  # a cell of this many words ending a sentence makes the table prose

_REPORTED = lazy_pattern(REPORTED)
_SPONSOR = lazy_pattern(SPONSOR_LINE)
_PRINT = lazy_pattern(PRINT_LINE)
_INITIALS = lazy_pattern(INITIALS_LINE)
_ALREADY = lazy_pattern(ALREADY_SUBSCRIBER)
_LOG_IN = lazy_pattern(LOG_IN)
_PAYWALL = lazy_pattern(PAYWALL_PROMPT)
_PLATFORM = lazy_pattern(PLATFORM_PROMPT)
_SUBSCRIBE = lazy_pattern(SUBSCRIBE_CALL)
_TIP = lazy_pattern(TIP_PROMPT)
_TIP_ADDRESS = lazy_pattern(TIP_ADDRESS)
_RIGHTS = lazy_pattern(RIGHTS)
_SUBSCRIBERS = lazy_pattern(SUBSCRIBERS_ONLY + rf"(?:\s+(?:{AVAILABLE}))?(?!\w)")
_INNER_STOP = lazy_pattern(r"[.!?]\s+\S")
FOUNDED_CHARS = 100
_FOUNDED = lazy_pattern(
    r"(?i)^[^.!?]{2,50}\s(?:—|–|-|\|)\s[^.!?]{0,60}\b(?:since|seit|depuis|desde|dal|sinds|sedan|siden|"
    r"od roku|od|vuodesta|des de|din|óta|est\.|founded in|gegründet|fondé en|fondato nel|fundado en)\s+"
    r"(?:1[6-9]|20)\d\d\.?$"
)
_LABEL_TRIM = " \t:|·•*-–—[]()"
_LEAD = " \t•*-–—([¿¡\"'“«„>»›"  # what may stand before a line's first word
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»")


def plain_furniture_line(line: str, sites: tuple[str, ...] = (), *, closing: bool = False) -> bool:
    """Whether ``line`` (stripped) is one of the conventions above, and nothing else. Reported
    speech is the article's, whatever it mentions (tested last: most lines fail before).
    ``closing``: the line is among the body's last (where a tagline stands); ``sites``: the
    outlet's names (``site_keys``), for its tagline."""
    n = len(line)
    if n > PLAIN_CHARS or not line:
        return False
    if n <= INITIALS_CHARS and ("/" in line or line.startswith("(")) and _INITIALS().match(line):
        return True
    low = line.casefold()
    if n <= 40 and " ".join(low.strip(_LABEL_TRIM).split()) in AD_LABELS:
        return True
    head = low.lstrip(_LEAD)
    if credit_line(line):
        return True
    return (
        _convention(line, n, low, head)
        or site_notice(line, head)
        or (closing and _tagline(line, head, sites))
    ) and not _REPORTED().search(line)


def _subscribers_only(line: str) -> bool:
    """The paywall's notice ("This article is for subscribers only."), alone or followed by
    the call to subscribe or log in ("Subscribe from 4 quills a week.")."""
    m = _SUBSCRIBERS().match(line)
    if m is None:
        return False
    rest = line[m.end() :].lstrip(" .!:;,–—-|")
    return not rest or bool(
        _SUBSCRIBE().match(rest) or _ALREADY().match(rest) or _PAYWALL().match(rest) or _LOG_IN().search(rest)
    )


# A dash, a bar, a colon or a dot between the name and the slogan; not a comma (an apposition:
# "Corvane Islands Times, the oldest paper in the islands, closes its print edition"), not a
# hyphen without a space ("Corvane Islands Times-owned radio").
_TAG_SEPARATORS = ("—", "–", "- ", "|", ":", "·", "•")


def _tagline(line: str, head: str, sites: tuple[str, ...]) -> bool:
    """The outlet's own name, then a separator and its slogan ("Corvane Islands Times —
    serving the islands since 1911."), or the name alone: the site's tagline set as a
    paragraph (seventeenth session). A sentence about the outlet has a verb after the name
    ("The Corvane Islands Times reported ..."), not a dash; one sentence, a few words."""
    key = head.removeprefix("the ")
    for site in sites:
        if not key.startswith(site):
            continue
        rest = key[len(site) :].strip()
        if not rest.strip(".!"):
            return True
        if rest.startswith(_TAG_SEPARATORS):
            slogan = rest.lstrip("—–-|:·• ")
            return len(slogan.split()) <= TAGLINE_WORDS and not _INNER_STOP().search(slogan)
    # a name the page does not state ("The Chronicle — serving the isles since 1904."): a
    # dash, then a slogan that ends with the year the paper was founded
    return len(line) <= FOUNDED_CHARS and bool(_FOUNDED().search(line))


def _convention(line: str, n: int, low: str, head: str) -> bool:
    if n <= SPONSOR_CHARS and head.startswith(SPONSOR_STARTS) and _SPONSOR().match(line):
        # one offer: no second sentence after the label's
        return not _INNER_STOP().search(line.split(":", 1)[-1].strip())
    if head.startswith(PRINT_STARTS) and _PRINT().match(line):
        return True
    if n <= PROMPT_CHARS and (
        (
            head.startswith(ALREADY_STARTS)
            and _ALREADY().match(line)
            and ("?" in line or _LOG_IN().search(line))
        )
        or (head.startswith(PAYWALL_STARTS) and _PAYWALL().match(line))
        or (head.startswith(SUBSCRIBERS_STARTS) and _subscribers_only(line))
    ):
        return True
    if (
        n <= SUBSCRIBE_CHARS
        and "," not in line
        and head.startswith(SUBSCRIBE_STARTS)
        and _SUBSCRIBE().match(line)
        and not _INNER_STOP().search(line)
    ):
        return True
    if ("?" in line or ":" in line) and _TIP_ADDRESS().search(line) and _TIP().match(line):
        return True
    if (
        n <= PLATFORM_CHARS
        and head.startswith(PLATFORM_STARTS)
        and not _INNER_STOP().search(line)
        and _PLATFORM().match(line)
    ):
        return True
    return n <= RIGHTS_CHARS and any(h in low for h in _RIGHTS_HINTS) and bool(_RIGHTS().search(line))


# What every RIGHTS phrase holds (lower case): substring tests before the regex.
_RIGHTS_HINTS = (
    "©", "right", "riserv", "réserv", "reserv", "vorbehalten", "voorbehouden", "forbehold", "förbehåll",
    "ensamr", "zastrze", "copyright", "(c)",
)  # fmt: skip


def _table_row(line: str) -> bool:
    s = line.strip()
    return len(s) >= 2 and s.startswith("|") and s.endswith("|")


def _prose_cell(cell: str) -> bool:
    cell = cell.strip()
    return len(cell.split()) >= TABLE_SENTENCE_WORDS and cell.endswith(_SENTENCE_END)


def _facts_box(rows: list[str]) -> bool:
    """A run of table rows is a box of facts set beside the story when its first row is a
    title (one non-empty cell: the ``<caption>`` "Match facts", "Key facts", "Fakta", as
    trafilatura renders it) and no cell is a sentence. A table whose first row names its
    columns ("| Route | First sailing |") is the article's data, and stays
    (tests/extract/test_golden_fixes.py)."""
    title = [c for c in rows[0].strip().strip("|").split("|") if c.strip()]
    return len(title) == 1 and not any(_prose_cell(c) for row in rows for c in row.split("|"))


def site_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The outlet's names as ``_tagline`` compares them: case-folded, spaces collapsed, without
    a leading "the"; names of fewer than two words or six letters left out (a tagline rule
    keyed on "Pulse" or "Star" would take a sentence opening with the word)."""
    out = []
    for name in names:
        key = " ".join(name.casefold().split()).removeprefix("the ")
        if (" " in key or len(key) >= 6) and key not in out:
            out.append(key)
    return tuple(out)


def drop_plain_furniture(text: str, sites: tuple[str, ...] = ()) -> str:
    """``text`` without the lines that are plain-paragraph furniture, and without the boxes
    of facts (``_facts_box``). All of it, never:
    a body made only of such lines was read wrong, and is left to the other rules.
    ``sites``: ``site_keys`` of the outlet's names."""
    lines = text.split("\n")
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line[:1] == "|" or line.lstrip()[:1] == "|":
            j = i
            while j < len(lines) and _table_row(lines[j]):
                j += 1
            if j > i and _facts_box(lines[i:j]):
                drop.update(range(i, j))
            i = max(j, i + 1)
            continue
        # a tagline closes the page: only the last lines, never the first (a lead that opens
        # with an agency's name, "Reuters - Shares in ... rose 5% on Monday.", is the story's)
        closing = i > 0 and i >= len(lines) - TAGLINE_LINES
        if len(line) <= PLAIN_CHARS and plain_furniture_line(line.strip(), sites, closing=closing):
            drop.add(i)
        i += 1
    if not drop or len(drop) == len(lines):
        return text
    return "\n".join(x for k, x in enumerate(lines) if k not in drop).strip()
