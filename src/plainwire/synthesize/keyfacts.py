"""Key facts a reader looks for first, moved near the top of the Story's ranked order.

The ranked order (``select.mmr``) rewards what many outlets say and what leads an article. Three
kinds of fact can lose there although a wire editor puts them high in an inverted pyramid:

- **The newest development** (``development``): a later article that moves the story on ("Repairs
  will cost 3.2 million marks and keep the bridge closed for at least eight weeks, the council
  said on Wednesday, a day after cracks were found") opens by restating the event, so redundancy
  drops it as a repeat of the first day's lead, though it adds what is new. The lead of the
  newest article published at least ``DEVELOPMENT_HOURS`` after the first one, when it says
  ``DEVELOPMENT_NEW`` content words the Story's lead does not, is printed second.
- **Casualties, or their absence** (``casualty``): "No one was injured." is short and told by one
  or two outlets, so it scores low, yet it is the first thing a reader asks of a fire, a storm
  or a crash. The best-ranked sentence that says who was killed or hurt (or that nobody was) is
  printed within the first ``CASUALTY_AT`` sentences when none is there.
- **The other side** (``reply``): a dispute told from one side only. When an attributed sentence
  near the top ("The union said ... after talks with the port operator, Aldwin Terminals, broke
  down") names a party that speaks elsewhere in the coverage ("Aldwin Terminals said it had
  offered a 6 percent increase ..."), that party's best-ranked sentence follows it.

Each rule only reorders (and, for the development, restores one sentence redundancy dropped);
the walk (``stop.walk``) still decides what fits. One rule drops: a sentence saying something is
**not yet known** ("The cause is not yet known.") is stale once a later article's sentence in
the order tells it ("... was caused by an electrical fault ..., the fire service said on
Wednesday"): printing both contradicts the page (``superseded``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from datetime import datetime, timedelta

from plainwire.synthesize.attribution import claim, speaker_span

ENABLED = True
DEVELOPMENT_HOURS = 12.0
DEVELOPMENT_NEW = 3  # content stems the development says that the lead does not
DEVELOPMENT_AT = 1  # its place in the order (0 = the lead)
CASUALTY_AT = 3  # a casualty statement is printed among the first this many sentences
REPLY_TOP = 6  # attributed sentences this high in the order get the other side after them

# Deaths and injuries, or their absence, as a sentence reports them (the claim, attribution
# left out). A verb or noun of harm to people; "damage" and "destroyed" are about property.
_CASUALTY = re.compile(
    r"(?i)\b(?:(?:no\s+one|nobody|no-one|none)\b[^.;]{0,40}\b(?:injured|hurt|killed|harmed|died)"
    r"|no\s+(?:serious\s+)?(?:injuries|deaths|casualties|fatalities|victims)"
    r"|(?:were|was|been|are|is|being)\s+(?:\w+\s+)?(?:killed|injured|hurt|wounded)"
    r"|(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+(?:\w+\s+)?(?:people\s+)?"
    r"(?:died|dead|killed|injured|wounded)"
    r"|death\s+toll|(?:injuries|deaths|casualties|fatalities)\s+(?:were|was|have|has)\b)"
)
# A party's name: capitalised words (with "of", "'s" joins), two or more letters each.
_PARTY = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)*")
_NOT_PARTY = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "On",
        "In",
        "At",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)


# "not yet known", "unclear", "under investigation": what an article could not tell yet
_PENDING = re.compile(
    r"(?i)\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:known|clear|determined|confirmed|established)|unknown|unclear|"
    r"under\s+investigation|yet\s+to\s+be\s+(?:determined|established|confirmed))\b"
)
_PENDING_WORDS = frozenset(
    {"known", "clear", "unclear", "unknown", "determin", "confirm", "establish", "investigation"}
)


def superseded(
    order: Sequence[int],
    text_of: Callable[[int], str],
    stems: Sequence[frozenset[str]],
    time_of: Callable[[int], datetime | None],
) -> set[int]:
    """Sentences of ``order`` saying something is not yet known, when a sentence of a later
    article in ``order`` says it (all their other content stems)."""
    out: set[int] = set()
    for i in order:
        if not _PENDING.search(text_of(i)):
            continue
        what = stems[i] - _PENDING_WORDS
        t = time_of(i)
        if not what or t is None:
            continue
        for j in order:
            u = time_of(j)
            if u is not None and u > t and what <= stems[j] and not _PENDING.search(text_of(j)):
                out.add(i)
                break
    return out


# cheap first: most sentences name no harm at all (``claim`` reads attributions)
_HARM = re.compile(r"(?i)injur|hurt|kill|died|dead|death|wound|casualt|fatalit|victim|harm")


def casualty(text: str) -> bool:
    """The sentence reports deaths or injuries, or that there were none."""
    return bool(_HARM.search(text)) and bool(_CASUALTY.search(claim(text)))


def development(
    order: Sequence[int],
    lead_of: Callable[[int], int | None],
    published: Sequence[datetime | None],
    stems: Sequence[frozenset[str]],
) -> int | None:
    """The pool index of the newest development's lead, when it should be printed second.

    ``lead_of(a)``: the pool index of news article ``a``'s first sentence fit to print
    (``None``: none); ``published``: per news article."""
    if not order:
        return None
    times = [t for t in published if t is not None]
    if len(times) < 2:
        return None
    first = min(times)
    later = [
        (t, a)
        for a, t in enumerate(published)
        if t is not None and t - first >= timedelta(hours=DEVELOPMENT_HOURS)
    ]
    if not later:
        return None
    _, newest = max(later)
    i = lead_of(newest)
    if i is None or i in order[: DEVELOPMENT_AT + 1]:
        return None
    if len(stems[i] - stems[order[0]]) < DEVELOPMENT_NEW:
        return None
    return i


def _parties(text: str, speaker: str) -> list[str]:
    """Names in ``text`` other than its speaker's (the parties the sentence is about)."""
    own = set(speaker.split())
    out: list[str] = []
    for m in _PARTY.finditer(text):
        words = [w for w in m.group(0).split() if w not in _NOT_PARTY and w != "of"]
        words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        if len(words) < 2 or own.issuperset(words):
            continue  # one capitalised word is too often a place or a sentence's first word
        name = " ".join(words)
        if name not in out:
            out.append(name)
    return out


def reply_after(order: Sequence[int], text_of: Callable[[int], str]) -> dict[int, int]:
    """{attributed sentence: the other party's best-ranked sentence to print right after it}."""
    speakers: dict[int, str] = {}

    def speaker(i: int) -> str:
        if i not in speakers:
            got = speaker_span(text_of(i))
            speakers[i] = got[0] if got else ""
        return speakers[i]

    out: dict[int, int] = {}
    used: set[int] = set()
    for i in order[:REPLY_TOP]:
        who = speaker(i)
        if not who or i in used:
            continue
        for party in _parties(text_of(i), who):
            words = set(party.split())
            for j in order:
                if j == i or j in used or j in out:
                    continue
                them = speaker(j)
                if them and words <= set(them.replace("'s", "").split()) and not words <= set(who.split()):
                    if order.index(j) > order.index(i) + 1:
                        out[i] = j
                    used.add(j)
                    break
            if i in out:
                break
    return out


def promote(
    order: Sequence[int],
    text_of: Callable[[int], str],
    develop: int | None,
    stale: Set[int] = frozenset(),
) -> tuple[list[int], set[int]]:
    """``order`` with the development second, a casualty statement near the top and each
    party's reply right after the sentence naming it; without the ``stale`` sentences. Also the
    sentences moved: key facts the Story prints whenever they fit (the stopping rule, which
    judges a sentence by where the ranking put it, does not end the Story at them)."""
    out = [i for i in order if i != develop and i not in stale]
    moved: set[int] = set()
    if develop is not None:
        out.insert(min(DEVELOPMENT_AT, len(out)), develop)
        moved.add(develop)
    top = out[:CASUALTY_AT]
    if not any(casualty(text_of(i)) for i in top):
        for n, i in enumerate(out):
            if n >= CASUALTY_AT and casualty(text_of(i)):
                out.pop(n)
                out.insert(CASUALTY_AT - 1, i)
                moved.add(i)
                break
    replies = reply_after(out, text_of)
    if replies:
        after = set(replies.values())
        moved |= after
        rest = [i for i in out if i not in after]
        out = []
        for i in rest:
            out.append(i)
            if i in replies:
                out.append(replies[i])
    return out, moved
