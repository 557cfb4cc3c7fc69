"""Two facts however many words they share (tenth session): the distinct-fact test of the
redundancy rules.

The word-share rules (``select.mmr``: containment, the pair share, near-synonyms) count shared
words, and two facts about the same actors share most of them: "Heavy rain flooded dozens of
streets in Port Alden overnight." / "Heavy rain is forecast to return to Port Alden on
Saturday." (4 of 7 stems). What tells them apart is what differs, and only a difference with
positive evidence counts, since a restatement differs in its words too ("fired" / "ousted").
Two claims are ``distinct`` when

- an event of one is the **opposite** of a word of the other ("climbed" / "fell", "accept" /
  "rejected"; a short vetted table, ``OPPOSITES``: word vectors put opposites close);
- their **numbers** conflict: each gives one the other lacks ("suspended for three games" /
  "fined 20,000 dollars"), unless they share a count of the same thing
  (``meaning.counted``: "41 schools" in both is one fact with other details);
- their **dates** conflict ("on Monday" / "on Thursday", "overnight" / "on Saturday");
- their **names** conflict: each names someone the other does not ("fired police chief Owen
  Barr" / "named deputy chief Nora Quist"; a name is the last word of a capitalised run, titles
  left out, so "Governor Lena Hart" and "Gov. Hart" are one);
- one is about the **future** and the other about the **past** ("was signed" / "must still be
  ratified"; a reported "would" and a present tense are neither: "will reopen in May" / "opens
  its doors again in May" is one fact);
- or their **events** differ and one has a detail the other lacks: no event word of either
  (``events``: the verb after an auxiliary, a past-tense verb; not a light verb, "take", nor a
  participle after a count, "the two closed schools") is said by an event word of the other
  (``meaning.said`` at ``restate.LOOSE_TAU``, the looser cut the structural test confirms
  with; verbs against verbs, so the noun "charges" does not say "charged"), one gives a
  number, date or name the other does not, and they share no number or date ("struck down the new voting map" / "ordered lawmakers to draw a new map within 30
  days"; but "The bridge opened in 1962." / "The bridge was built in 1962 and last renovated
  in 1998." is one fact: the shared year anchors it, whatever the verbs).

A verb of saying or estimating ("said", "estimated") introduces reported speech, so it is
neither an event nor a past tense: "Officials estimated that repairs would take at least six
weeks" is no past against "Repairs are expected to take at least six weeks".

Each rule reads only the claims (the sentence without its attribution), and only claims of at
most ``MAX_WORDS`` content words: in longer ones, details that differ are mostly two wordings of
one lead. Nothing is rewritten.

Tenth session, second task: the structural restatement test (``restate.Restater``) reads
numbers and dates with ``numbers_and_dates`` (the reading ``read_facts`` uses) and is vetoed by
``distinct(..., event_rule=False)``: one judgement of "two facts" for both paths; the "event"
rule stays out of the structural path, whose key is the evidence that two verbs tell one event.

Eleventh session (docs/synthesis.md, "Distinct facts: objects, speakers, outcomes, added
facts"): two more conflicts, **another object** of one verb ("approved the budget" / "approved
the tram line") and **another predicate** of one subject ("the plan would cut costs" / "the
plan would delay repairs": the same speaker on two sides); outcomes added to ``OPPOSITES``, which
never reads a negated claim ("found not guilty" / "acquitted"); the one reading of time words
(``TIME_WORDS``, relative and vague periods) and of edge punctuation (``EDGE``) that ``restate``
uses too; and ``Told``: what the printed sentences give, so that a sentence adding a number, a
date or a name is no restatement (``select.ADDS_FACTS``) and a richer restatement may take the
poorer one's place (``covers``, ``select.RICHER_WINS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from plainwire import numwords
from plainwire.synthesize.meaning import (
    FRAME,
    LIGHT,
    MONTHS_DAYS,
    Terms,
    content_stop,
    negated,
    said,
    stem,
    terms,
    word_set,
)

if TYPE_CHECKING:
    from plainwire.synthesize.meaning import Meaning


# future tense, a plan or an obligation ("must still be ratified"); not "would" (mostly reported
# speech or a condition: "said the closure would cut off ...")
_FUTURE = re.compile(
    r"(?i)\b(?:will|won't|shall|must|'ll|(?:set|expected|scheduled|due|slated|poised|going|forecast|"
    r"planning|plans?|intends?|likely|about)\s+to)\b|’ll\b"
)
_FUTURE_HINT = re.compile(r" to |will|won|shall|must|ll\b")  # every _FUTURE match has one (cheap)


def future(text: str) -> bool:
    """The claim is about the future, a plan or an obligation: "will", "is set to", "plans to",
    "must"."""
    return _FUTURE_HINT.search(text) is not None and _FUTURE.search(text) is not None


# Opposite events, outcomes and states. Word vectors put them close ("climbed" / "fell",
# "upheld" / "overturned" 0.71), so a restatement test would take one for the other. Vetted by
# hand and written as words (each side's forms; the stemmer does not fold "lost" / "loses" or
# "acquit" / "acquitted", so the stems are taken of every form listed, ``_opposite_of``).
# Eleventh session: outcomes added (passed / failed, guilty / acquitted, signed / vetoed,
# arrested / released, upheld / overturned, began / ended, admitted / denied, ...).
OPPOSITES = (
    ("rise rises rising rose risen", "fall falls falling fell fallen drop drops dropped"),
    ("climb climbs climbed", "fall falls fell fallen drop drops dropped"),
    ("increase increases increased", "decrease decreases decreased cut cuts reduce reduces reduced"),
    ("raise raises raised", "cut cuts lower lowers lowered reduce reduces reduced"),
    ("gain gains gained", "lose loses losing lost"),
    ("accept accepts accepted", "reject rejects rejected refuse refuses refused decline declines declined"),
    ("approve approves approved", "reject rejects rejected deny denies denied"),
    ("pass passes passed", "reject rejects rejected fail fails failed"),
    ("win wins won", "lose loses losing lost"),
    ("open opens opened reopen reopens reopened", "close closes closed shut shuts"),
    ("hire hires hired", "fired"),  # not "fire": mostly the blaze
    ("ban bans banned", "allow allows allowed permit permits permitted"),
    ("support supports supported back backs backed", "oppose opposes opposed"),
    ("acquit acquits acquitted clear clears cleared", "convict convicts convicted guilty"),
    ("acquit acquits acquitted", "guilty"),
    ("up", "down"),
    ("higher", "lower"),
    ("expand expands expanded", "shrink shrinks shrank"),
    ("resume resumes resumed", "suspend suspends suspended"),
    ("sign signs signed", "veto vetoes vetoed"),
    ("arrest arrests arrested detain detains detained", "release releases released"),
    ("lift lifts lifted", "impose imposes imposed"),
    ("uphold upholds upheld", "overturn overturns overturned"),
    ("begin begins began start starts started", "end ends ended finish finishes finished"),
    ("admit admits admitted", "deny denies denied"),
    ("confirm confirms confirmed", "deny denies denied"),
    ("add adds added", "cancel cancels cancelled canceled cut cuts remove removes removed"),
    ("extend extends extended", "shorten shortens shortened"),
)
# not "Astra-4", "COVID-19", "Koro-9b"; but both ends of a range or a score ("August 4-6",
# "won 2-1": eleventh session, so "4 to 6 August" and "August 4-6" give the same numbers)
_NUMBER = re.compile(r"(?:(?<![\w.,-])|(?<=(?<![\w-])\d-))\d(?:[\d,.]*\d)?")
# English number words as digit strings (the shared table: ``plainwire.numwords``)
_NUMBER_WORDS = numwords.DIGITS_OF
_NUMBER_WORD = re.compile(r"(?i)\b(?:" + "|".join(_NUMBER_WORDS) + r")\b")


def number_words(claim_text: str) -> frozenset[str]:
    """The number words of a claim ("three", "twelve"): stop words, so claim stems leave them out,
    and a claim whose stems another has may still give another count ("take three years")."""
    if not _NUMBER_WORD.search(claim_text):
        return frozenset()
    return frozenset(m.group(0).lower() for m in _NUMBER_WORD.finditer(claim_text))


_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_PARTS = word_set("yesterday today tomorrow tonight overnight")
# not "fall": mostly the verb ("prices will fall next month"); the season is "autumn" too
_SEASONS = word_set("spring summer autumn winter")
TIME_WORDS = MONTHS_DAYS | _PARTS | _SEASONS
# Dates of one kind are compared with each other only: "last week" and "the week ended April 4"
# may be one week, "on Monday" and "on Thursday" are not one day.
_DATE_KINDS = (_WEEKDAYS, MONTHS_DAYS - _WEEKDAYS, _PARTS, _SEASONS)
_ABSOLUTE = MONTHS_DAYS | _SEASONS  # a date that does not move with the article's day
# Edge punctuation stripped from a word, in this module and in ``restate`` (one set since the
# eleventh session; restate's own lacked the brackets).
EDGE = ".,;:!?\"“”‘’'()[]"
# Larger claims (content words) are left to the word-share rules: a long lead carries details
# (places, institutions, a second date) that another outlet's long lead of the same event does
# not, so a "conflict" there is mostly two wordings (AllSides val, read: a lead and its
# restatement with "Donald J. Trump" and "the House"). The invented pairs have at most 11.
MAX_WORDS = 12
# A period named relative to the article: "last week", "next month", "this season" (a date,
# compared with its kind); "in the coming weeks", "the past year", "two years ago" say when too
# (the structural test's "timed future") but name no period another outlet could contradict.
_RELATIVE_FIRST = word_set("last next this")
_VAGUE_FIRST = word_set("coming past recent following")
_RELATIVE_SECOND = word_set("week weekend month year season")
_UNITS = {
    "weeks": "week",
    "weekends": "weekend",
    "months": "month",
    "years": "year",
    "seasons": "season",
    "days": "day",
}
_TITLES = word_set("""
    mr mrs ms dr gov governor mayor president senator sen rep representative coach minister judge
    chief prime former the a an new
""")
# auxiliaries and "to": the next word (past adverbs and frame words) is a verb
_AUX = word_set("""
    is are was were be been being will would shall should can could may might must has have had
    do does did to 'll
""")
_SKIP = word_set("not never ever even also still just already again now no soon then yet")
_FRAME_VERBS = word_set(
    "set expected scheduled due slated poised going forecast planning plan plans intend intends likely about able"
)
_DETERMINERS = word_set("the a an its their his her our this that these those")
# verbs of saying: the claim is reported speech, not the event ("announced she would not seek")
_REPORTING = word_set("""
    said says told announced reported warned added noted stated confirmed claimed argued wrote
    estimated estimates predicted believed suggested indicated insisted acknowledged explained
""")
_IRREGULAR_PAST = word_set("""
    rose fell struck hit won lost left took found made gave began ran sold bought held met cut shut
    brought caught fought kept led paid sent spent stood went came became broke chose drove flew
    froze grew knew rode saw shook spoke stole threw woke wore sank swam drank arose fled hung laid
    overtook withdrew upheld beat bit built dug fed felt forgave forgot got hid lit slid spun split
    spread stuck swept swung tore undid wound
""")
_DIGIT = re.compile(r"\d")
# a participle after these is no past tense ("will be closed", "are finished", "remain closed")
_NOT_PAST = word_set("""
    be been being is are am will would to can could may might must should shall remain remains
    stay stays
""")


# not events: what ``read_facts`` may take for a verb after an auxiliary or "to" ("was the
# largest", "to cars" are caught by the lower-case test only), and light verbs, whose event is
# their object ("would take detours" / "will be diverted"; "made a decision" / "decided")
_FUNCTION = (
    _AUX
    | _DETERMINERS
    | _SKIP
    | word_set("""
    a an and or but of in on at by for from with as than it he she they we you i there here who
    take takes took taken taking make makes made making give gives gave given giving get gets got
    getting go goes went gone going put puts hold holds held keep keeps kept come comes came
""")
)


@lru_cache(maxsize=1)
def _opposite_of() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites (``OPPOSITES``, every form listed; on first need)."""
    out: dict[str, set[str]] = {}
    for left, right in OPPOSITES:
        ls, rs = {stem(w) for w in left.split()}, {stem(w) for w in right.split()}
        for a, b in ((ls, rs), (rs, ls)):
            for w in a:
                out.setdefault(w, set()).update(b)
    return {w: frozenset(o) for w, o in out.items()}


# A negated outcome is its opposite ("found not guilty" / "acquitted", "failed to pass" /
# "rejected"): the opposites rule reads no claim with a negation (``meaning.negated``) or a
# failed or refused action.
_FAILED_TO = re.compile(r"(?i)\b(?:fail|fails|failed|refuse|refuses|refused)\s+to\b")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the distinct-fact test reads of a claim."""

    size: int  # content words (``meaning.content_stop`` left out), as ``meaning.Terms`` counts them
    numbers: frozenset[str]
    times: frozenset[str]
    names: frozenset[str]  # last word of each capitalised run (titles left out), lower case
    raw: frozenset[str]  # every lower-case word, possessives folded (a name the other has anywhere)
    stems: frozenset[str]  # stems of ``raw`` (the other side of an opposite)
    tense: str | None  # "future", "past" or None (present, reported "would", or both)
    events: tuple[str, ...]  # lower-case event words (verbs), in order
    negated: bool  # a negation ("not", "no", "-n't") or a failed or refused action ("failed to pass")
    subject: frozenset[str]  # stems of the content words before the first event word (names too)
    objects: tuple[tuple[str, tuple[str, ...]], ...]  # (event stem, the content words of its object)
    predicate: tuple[str, ...]  # content words from the first event word on (no name, number or date)


def digits(claim_text: str) -> frozenset[str]:
    """The numbers written in digits ("80,000" -> "80000"; not "Astra-4"), as ``read_facts``
    reads them (a cheap first look: ``Facts.numbers`` adds number words)."""
    return frozenset(m.group(0).replace(",", "") for m in _NUMBER.finditer(claim_text))


def _numbers_times(toks: list[str], low: list[str]) -> tuple[set[str], set[str]]:
    """(number words, dates) of a claim's words (``toks``: edge punctuation stripped; ``low``:
    lower case, possessives folded). The one reading of time words: the distinct-fact test and
    the structural test (``restate.Restater``) both read dates and "timed" claims from it."""
    # number words, also in a compound ("a six-year term": the same number as "six years")
    nums = {_NUMBER_WORDS[p] for w in low for p in w.split("-") if p in _NUMBER_WORDS}
    # "may" is a month only when capitalised past the opening ("in May"), not the modal
    times = {w for k, w in enumerate(low) if w in TIME_WORDS and (w != "may" or (k > 0 and toks[k] == "May"))}
    for a, b in zip(low, low[1:], strict=False):
        unit = _UNITS.get(b, b)
        if a in _RELATIVE_FIRST and unit in _RELATIVE_SECOND or a in _VAGUE_FIRST and unit in _UNITS.values():
            times.add(f"{a} {unit}")
        elif b == "ago" and a in _UNITS:
            times.add(f"{_UNITS[a]} ago")
    return nums, times


@lru_cache(maxsize=1)
def _time_hint() -> re.Pattern[str]:
    """A word without which a claim has no date or period in this reading (a cheap first look)."""
    hint = TIME_WORDS | _RELATIVE_FIRST | _VAGUE_FIRST | {"ago"}
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(hint)) + r")\b")


def may_have_time(claim_text: str) -> bool:
    """False when the claim surely has no date or period (``numbers_and_dates`` reads none)."""
    return _time_hint().search(claim_text) is not None


def _periods(times: frozenset[str]) -> frozenset[str]:
    """The relative periods among a claim's ``times`` that another outlet could contradict
    ("last week" / "next week"; not "in the coming weeks" or "two years ago")."""
    return frozenset(t for t in times if t.split(" ", 1)[0] in _RELATIVE_FIRST)


def lower_words(text: str) -> list[str]:
    """The words of ``text`` as ``read_facts`` reads them: edge punctuation stripped, lower case,
    possessives folded."""
    out = []
    for piece in text.replace("’", "'").split():
        w = piece.strip(EDGE).lower()
        if w:
            out.append(w[:-2] if w.endswith("'s") else w)
    return out


def numbers_and_dates(claim_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(``Facts.numbers``, ``Facts.times``) of a claim without the rest of ``read_facts`` (the
    structural test reads only these, for many more pairs)."""
    toks = [w for w in (p.strip(EDGE) for p in claim_text.replace("’", "'").split()) if w]
    low = [w.lower()[:-2] if w.lower().endswith("'s") else w.lower() for w in toks]
    nums, times = _numbers_times(toks, low)
    return digits(claim_text) | nums, frozenset(times)


def read_facts(claim_text: str) -> Facts:
    """One pass over the claim's words (MMR reads this for every pair a word-share rule merges)."""
    sw = content_stop()
    nums = set(digits(claim_text))
    toks: list[str] = []  # words, edge punctuation stripped
    low: list[str] = []
    ends: list[bool] = []  # the word ends a clause or a phrase (a comma, a full stop, ...)
    names: set[str] = set()
    run: list[str] = []  # the current capitalised run (past the opening word)
    size = 0
    for k, piece in enumerate(claim_text.replace("’", "'").split()):
        w = piece.strip(EDGE)
        if not w:
            continue
        lw = w.lower()
        if lw.endswith("'s"):
            lw = lw[:-2]
        toks.append(w)
        low.append(lw)
        ends.append(piece.rstrip("\"”’')]")[-1:] in ",;:.!?")
        if lw not in sw and (len(lw) > 1 or lw.isdigit()):
            size += 1
        capital = k > 0 and w[:1].isupper() and lw not in _TITLES and not _DIGIT.search(w)
        if capital:
            run.append(lw)
        if run and (not capital or piece[-1:] in ",;:.!?"):
            if run[-1] not in TIME_WORDS:
                names.add(run[-1])
            run = []
    if run and run[-1] not in TIME_WORDS:
        names.add(run[-1])
    more, times = _numbers_times(toks, low)
    nums |= more
    events: list[str] = []
    at: list[int] = []  # the position of each event word
    past = False
    n = len(low)
    for k, w in enumerate(low):
        if w in _REPORTING:
            continue
        if w in _AUX:
            m = k + 1
            while m < n and (
                low[m] in _SKIP or low[m] in _AUX or low[m] in _FRAME_VERBS or low[m].endswith("ly")
            ):
                m += 1
            if m < n and toks[m][:1].islower() and low[m] not in _REPORTING and low[m] not in _DETERMINERS:
                events.append(low[m])
                at.append(m)
        elif (
            toks[k][:1].islower()
            and ((w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST)
            and w not in _FRAME_VERBS  # "are expected to meet": the event is "meet"
        ):
            before = low[k - 1] if k else ""
            # a participle after a determiner or a count modifies a noun ("the two closed schools")
            if before not in _DETERMINERS and before not in _NUMBER_WORDS and not _DIGIT.search(before):
                events.append(w)
                at.append(k)
                if before not in _NOT_PAST:
                    past = True
    fut = future(claim_text)
    raw = frozenset(low)
    first = min(at) if at else n
    plain = [  # a word that can say what happens to what: no function, name, number, date or frame word
        lw not in sw
        and lw not in _FUNCTION
        and len(lw) > 1
        and toks[k][:1].islower()
        and not _DIGIT.search(lw)
        and lw not in TIME_WORDS
        and lw not in _NUMBER_WORDS
        and lw not in FRAME
        and lw not in LIGHT
        for k, lw in enumerate(low)
    ]
    objects: dict[str, tuple[str, ...]] = {}
    for k in at:
        objects.setdefault(stem(low[k]), _object(low, ends, plain, k))
    return Facts(
        size=size,
        numbers=frozenset(nums),
        times=frozenset(times),
        names=frozenset(names),
        raw=raw,
        stems=frozenset(stem(w) for w in raw),
        tense="future" if fut and not past else "past" if past and not fut else None,
        events=tuple(dict.fromkeys(events)),
        negated=negated(claim_text) or _FAILED_TO.search(claim_text) is not None,
        subject=frozenset(stem(w) for w in low[:first] if w not in sw and w not in _TITLES and len(w) > 1)
        if at
        else frozenset(),
        objects=tuple(objects.items()),
        predicate=tuple(dict.fromkeys(w for k, w in enumerate(low) if k >= first and plain[k])),
    )


# An object ends at a preposition (not "of": "a van full of stolen bicycles"), a conjunction,
# a relative word, an auxiliary (a new clause) or a comma.
_OBJECT_END = _AUX | word_set("""
    in on at by for from with after before during over under into onto across near against
    because as while amid since until than about through between within without toward towards
    and or but that which who whom whose when where if so once unless whether though although
""")
_PARTICLES = word_set("up down off out back away")  # part of the verb: "turned down", "called off"
# stems of light verbs ("gave", "took") and function words
_LIGHT_STEMS = frozenset(stem(w) for w in _FUNCTION)


def _object(low: list[str], ends: list[bool], plain: list[bool], k: int) -> tuple[str, ...]:
    """The content words of the object of the event word at ``k`` ("approved [the tram line] on
    Monday" -> ("tram", "line")); empty when a preposition follows it ("climbed for a third week")."""
    m = k + 1
    if m < len(low) and low[m] in _PARTICLES and not ends[k]:
        m += 1
    out: list[str] = []
    if ends[k]:
        return ()
    while m < len(low) and low[m] not in _OBJECT_END:
        if plain[m] and not low[m].endswith("ly"):  # not an adverb ("exploded shortly after")
            out.append(low[m])
        if ends[m]:
            break
        m += 1
    return tuple(out)


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a - b) and bool(b - a)


def _opposite(a_events: tuple[str, ...], b_stems: frozenset[str]) -> bool:
    table = _opposite_of()
    return any(not table[st].isdisjoint(b_stems) for st in map(stem, a_events) if st in table)


def _event_said(meaning: Meaning, i: int, j: int, tau: float) -> bool | None:
    """Some event word of claim ``i`` is said by an event word of claim ``j`` (``meaning.said``:
    the same stem, a longer form, "again" for a re- verb, a vector neighbour); ``None`` when
    either has no event word among its content words."""
    fi, fj = meaning.facts(i), meaning.facts(j)
    mine = _event_terms(fi.events, "again" in fi.raw)
    other = _event_terms(fj.events, "again" in fj.raw)
    if not mine.words or not other.words:
        return None  # no event word found in one of them: nothing to compare
    return said(mine, other, tau)[0] > 0


@lru_cache(maxsize=4096)
def _word_terms(words: tuple[str, ...]) -> Terms:
    """``meaning.terms`` of a few lower-case content words (an object, a predicate)."""
    return terms(" ".join(words), _FUNCTION)


def _other_object(a: Facts, b: Facts) -> bool:
    """One verb, two objects: both claims have the same event word (stem) with an object, and
    each object has a word the other's does not say (``meaning.said`` at ``restate.LOOSE_TAU``):
    "approved the budget" / "approved the tram line", "seized a van full of stolen bicycles" /
    "... of counterfeit watches". A shared number anchors one fact ("will cut 900 jobs" / "will
    cut 900 positions": the vectors do not pair "jobs" and "positions")."""
    if not a.objects or not b.objects or a.numbers & b.numbers:
        return False
    theirs = dict(b.objects)
    for st, mine in a.objects:
        other = theirs.get(st)
        if mine and other:
            from plainwire.synthesize import restate  # the module constant, read at call time

            ta, tb = _word_terms(mine), _word_terms(other)
            tau = restate.LOOSE_TAU
            if said(ta, tb, tau)[0] < len(ta.words) and said(tb, ta, tau)[0] < len(tb.words):
                return True
    return False


def _main_object(f: Facts) -> tuple[str, tuple[str, ...]] | None:
    """(verb stem, object) of the first event (the main clause's: not "... after the rocket left
    the pad"), when it has an object and is not a light verb ("gave ... a 2-1 win": the event
    is the noun)."""
    if not f.objects:
        return None
    st, obj = f.objects[0]
    return (st, obj) if obj and st not in _LIGHT_STEMS else None


def _other_predicate(a: Facts, b: Facts) -> bool:
    """One subject, two things said of it: the words before the first event share a stem, and
    the verb and its object both differ: neither verb says the other (``meaning.said`` at
    ``restate.LOOSE_TAU``) and no word of one object is said by the other's (at
    ``restate.ACTOR_TAU``): "the plan would cut costs" / "the plan would delay repairs", "the
    merger would save money" / "the merger would cost jobs" (the same speaker on two sides of
    one subject). Only verbs with an object: a bare verb ("closed" / "shut", "was postponed" /
    "was pushed back") is often a synonym the vectors do not pair; and a shared number anchors
    one fact ("will cut 1,200 jobs" / "plans to eliminate 1,200 positions")."""
    if a.subject.isdisjoint(b.subject) or a.numbers & b.numbers:
        return False
    ma, mb = _main_object(a), _main_object(b)
    if ma is None or mb is None or ma[0] == mb[0]:
        return False  # no object, or the same verb (the object decides: ``_other_object``)
    from plainwire.synthesize import restate  # the module constants, read at call time

    va, vb = _word_terms((ma[0],)), _word_terms((mb[0],))
    if said(va, vb, restate.LOOSE_TAU)[0] or said(vb, va, restate.LOOSE_TAU)[0]:
        return False
    oa, ob = _word_terms(ma[1]), _word_terms(mb[1])
    return said(oa, ob, restate.ACTOR_TAU)[0] == 0 and said(ob, oa, restate.ACTOR_TAU)[0] == 0


@lru_cache(maxsize=4096)
def _event_terms(events: tuple[str, ...], again: bool) -> Terms:
    """``meaning.terms`` of a claim's event words (verbs are compared with verbs: "charged" is no
    event said by "dropped all charges", whose noun shares its stem). Only function words are
    left out: scikit-learn's stop words include verbs ("move", "found", "call"). ``again``: the
    claim says "again", which ``meaning.said`` reads for a re- verb ("resume" / "meet again")."""
    return terms(" ".join(events) + (" again" if again else ""), _FUNCTION)


def distinct(
    meaning: Meaning, i: int, j: int, tau: float | None = None, *, event_rule: bool = True
) -> str | None:
    """Why claims ``i`` and ``j`` of ``meaning`` are two facts ("opposite", "numbers", "dates",
    "names", "tense", "event"; module docstring), or ``None``. ``tau``: the word-vector cut at
    which an event word counts as said (default ``restate.LOOSE_TAU``). ``event_rule=False``:
    the conflicts only, not "event" (the structural test, ``restate.Restater``, whose key is
    the evidence that two other verbs tell one event: "pushed" / "were driving")."""
    a, b = meaning.facts(i), meaning.facts(j)
    if max(a.size, b.size) > MAX_WORDS:
        return None
    if not (a.negated or b.negated) and (_opposite(a.events, b.stems) or _opposite(b.events, a.stems)):
        return "opposite"
    if _conflict(a.numbers, b.numbers) and not meaning.counted(i) & meaning.counted(j):
        return "numbers"
    if any(_conflict(a.times & kind, b.times & kind) for kind in _DATE_KINDS) or _conflict(
        _periods(a.times), _periods(b.times)
    ):
        return "dates"
    names_a, names_b = a.names - b.raw, b.names - a.raw
    if names_a and names_b:
        return "names"
    if {a.tense, b.tense} == {"future", "past"}:
        return "tense"
    if _other_object(a, b):
        return "object"
    if _other_predicate(a, b):
        return "predicate"
    if not event_rule or not (a.numbers ^ b.numbers or a.times ^ b.times or names_a or names_b):
        return None
    if a.numbers & b.numbers or a.times & b.times:
        return None  # a shared number or date anchors one fact ("opened in 1962" / "was built in 1962 ...")
    if tau is None:
        from plainwire.synthesize import restate  # the module constant, read at call time

        tau = restate.LOOSE_TAU
    si = _event_said(meaning, i, j, tau)
    if si is None or si:
        return None
    sj = _event_said(meaning, j, i, tau)
    return "event" if sj is False else None


class Told:
    """The numbers, dates and words of the sentences printed so far (``select.mmr``'s picks, the
    Highlights shown): what a candidate must add to be more than a restatement."""

    __slots__ = ("numbers", "times", "words")

    def __init__(self) -> None:
        self.numbers: set[str] = set()
        self.times: set[str] = set()
        self.words: set[str] = set()

    def add(self, f: Facts, text: str | None = None) -> None:
        """Add a claim's facts; ``text``: its whole sentence, whose speaker's name is told too
        ("Board chair Ines Kovac said ..." names Kovac, whom the claim leaves out)."""
        self.numbers |= f.numbers
        self.times |= f.times
        self.words |= f.raw
        if text is not None:
            self.words.update(lower_words(text))

    def adds(self, f: Facts) -> bool:
        """``f`` (a claim of at most ``MAX_WORDS`` content words) gives a number or a name that
        nothing told gives, or dates an undated fact: "... and last renovated in 1998", "... and
        the Dunmore tram line", "... on Tuesday" after no date at all. A date said more precisely
        ("on Friday" after "later this week", "in March" after "next month") or a period relative
        to the article ("this year", "in the coming weeks") adds nothing: two outlets' wordings of
        one time. A longer claim is left to the other rules (a long lead names people and places
        another outlet's lead of the same event does not: AllSides, tenth session)."""
        if f.size > MAX_WORDS:
            return False
        if not f.numbers <= self.numbers or not f.names <= self.words:
            return True
        return not self.times and not (f.times & _ABSOLUTE) <= self.times


def covers(a: Facts, b: Facts) -> bool:
    """``a`` gives every number, date and name that ``b`` gives (a name anywhere in ``a``):
    a richer wording of ``b``'s fact may stand in for it."""
    return b.numbers <= a.numbers and b.times <= a.times and b.names <= a.raw
