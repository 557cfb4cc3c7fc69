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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from plainwire.synthesize.meaning import MONTHS_DAYS, Terms, content_stop, said, stem, terms, word_set

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


# Opposite events and states. Word vectors put them close ("climbed" / "fell"), so a restatement
# test would take one for the other. Vetted by hand, stems of ``textstats.stem``.
OPPOSITES = frozenset(
    frozenset(p)
    for p in (
        ("ris", "fall"),
        ("rose", "fell"),
        ("ris", "fell"),
        ("rose", "fall"),
        ("climb", "fall"),
        ("climb", "fell"),
        ("increas", "decreas"),
        ("increas", "cut"),
        ("rais", "cut"),
        ("rais", "lower"),
        ("gain", "lost"),
        ("gain", "los"),
        ("accept", "reject"),
        ("approv", "reject"),
        ("pass", "reject"),
        ("won", "lost"),
        ("win", "los"),
        ("open", "clos"),
        ("reopen", "clos"),
        ("hir", "fir"),
        ("ban", "allow"),
        ("support", "oppos"),
        ("back", "oppos"),
        ("acquit", "convict"),
        ("up", "down"),
        ("higher", "lower"),
        ("expand", "shrink"),
        ("resum", "suspend"),
    )
)
_NUMBER = re.compile(r"(?<![\w.,-])\d(?:[\d,.]*\d)?")  # not "Astra-4", "COVID-19", "Koro-9b"
_NUMBER_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "dozen": "12", "hundred": "100",
}  # fmt: skip
_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_PARTS = word_set("yesterday today tomorrow tonight overnight")
_SEASONS = word_set("spring summer autumn winter")
_TIME_WORDS = MONTHS_DAYS | _PARTS | _SEASONS
# Dates of one kind are compared with each other only: "last week" and "the week ended April 4"
# may be one week, "on Monday" and "on Thursday" are not one day.
_DATE_KINDS = (_WEEKDAYS, MONTHS_DAYS - _WEEKDAYS, _PARTS, _SEASONS)
# Larger claims (content words) are left to the word-share rules: a long lead carries details
# (places, institutions, a second date) that another outlet's long lead of the same event does
# not, so a "conflict" there is mostly two wordings (AllSides val, read: a lead and its
# restatement with "Donald J. Trump" and "the House"). The invented pairs have at most 11.
MAX_WORDS = 12
_RELATIVE_FIRST = word_set("last next this")
_RELATIVE_SECOND = word_set("week weekend month year season")
_TITLES = word_set("""
    mr mrs ms dr gov governor mayor president senator sen rep representative coach minister judge
    chief prime former the a an new
""")
# auxiliaries and "to": the next word (past adverbs and frame words) is a verb
_AUX = word_set("""
    is are was were be been being will would shall should can could may might must has have had
    do does did to 'll
""")
_SKIP = word_set("not never also still just already again now no soon then yet")
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


_OPPOSITE_OF: dict[str, frozenset[str]] = {}
for _pair in OPPOSITES:
    for _w in _pair:
        _OPPOSITE_OF[_w] = _OPPOSITE_OF.get(_w, frozenset()) | (_pair - {_w})
_EDGE = ".,;:!?\"“”‘’'()[]"


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


def digits(claim_text: str) -> frozenset[str]:
    """The numbers written in digits ("80,000" -> "80000"; not "Astra-4"), as ``read_facts``
    reads them (a cheap first look: ``Facts.numbers`` adds number words)."""
    return frozenset(m.group(0).replace(",", "") for m in _NUMBER.finditer(claim_text))


def _numbers_times(toks: list[str], low: list[str]) -> tuple[set[str], set[str]]:
    """(number words, dates) of a claim's words (``toks``: edge punctuation stripped; ``low``:
    lower case, possessives folded)."""
    # number words, also in a compound ("a six-year term": the same number as "six years")
    nums = {_NUMBER_WORDS[p] for w in low for p in w.split("-") if p in _NUMBER_WORDS}
    # "may" is a month only when capitalised past the opening ("in May"), not the modal
    times = {
        w for k, w in enumerate(low) if w in _TIME_WORDS and (w != "may" or (k > 0 and toks[k] == "May"))
    }
    times.update(
        f"{a} {b}"
        for a, b in zip(low, low[1:], strict=False)
        if a in _RELATIVE_FIRST and b in _RELATIVE_SECOND
    )
    return nums, times


def numbers_and_dates(claim_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(``Facts.numbers``, ``Facts.times``) of a claim without the rest of ``read_facts`` (the
    structural test reads only these, for many more pairs)."""
    toks = [w for w in (p.strip(_EDGE) for p in claim_text.replace("’", "'").split()) if w]
    low = [w.lower()[:-2] if w.lower().endswith("'s") else w.lower() for w in toks]
    nums, times = _numbers_times(toks, low)
    return digits(claim_text) | nums, frozenset(times)


def read_facts(claim_text: str) -> Facts:
    """One pass over the claim's words (MMR reads this for every pair a word-share rule merges)."""
    sw = content_stop()
    nums = set(digits(claim_text))
    toks: list[str] = []  # words, edge punctuation stripped
    low: list[str] = []
    names: set[str] = set()
    run: list[str] = []  # the current capitalised run (past the opening word)
    size = 0
    for k, piece in enumerate(claim_text.replace("’", "'").split()):
        w = piece.strip(_EDGE)
        if not w:
            continue
        lw = w.lower()
        if lw.endswith("'s"):
            lw = lw[:-2]
        toks.append(w)
        low.append(lw)
        if lw not in sw and (len(lw) > 1 or lw.isdigit()):
            size += 1
        capital = k > 0 and w[:1].isupper() and lw not in _TITLES and not _DIGIT.search(w)
        if capital:
            run.append(lw)
        if run and (not capital or piece[-1:] in ",;:.!?"):
            if run[-1] not in _TIME_WORDS:
                names.add(run[-1])
            run = []
    if run and run[-1] not in _TIME_WORDS:
        names.add(run[-1])
    more, times = _numbers_times(toks, low)
    nums |= more
    events: list[str] = []
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
        elif (
            toks[k][:1].islower()
            and ((w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST)
            and w not in _FRAME_VERBS  # "are expected to meet": the event is "meet"
        ):
            before = low[k - 1] if k else ""
            # a participle after a determiner or a count modifies a noun ("the two closed schools")
            if before not in _DETERMINERS and before not in _NUMBER_WORDS and not _DIGIT.search(before):
                events.append(w)
                if before not in _NOT_PAST:
                    past = True
    fut = future(claim_text)
    raw = frozenset(low)
    return Facts(
        size=size,
        numbers=frozenset(nums),
        times=frozenset(times),
        names=frozenset(names),
        raw=raw,
        stems=frozenset(stem(w) for w in raw),
        tense="future" if fut and not past else "past" if past and not fut else None,
        events=tuple(dict.fromkeys(events)),
    )


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a - b) and bool(b - a)


def _opposite(a_events: tuple[str, ...], b_stems: frozenset[str]) -> bool:
    return any(
        not _OPPOSITE_OF.get(stem(w), b_stems).isdisjoint(b_stems)
        for w in a_events
        if stem(w) in _OPPOSITE_OF
    )


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
    if _opposite(a.events, b.stems) or _opposite(b.events, a.stems):
        return "opposite"
    if _conflict(a.numbers, b.numbers) and not meaning.counted(i) & meaning.counted(j):
        return "numbers"
    if any(_conflict(a.times & kind, b.times & kind) for kind in _DATE_KINDS) or _conflict(
        a.times - _TIME_WORDS, b.times - _TIME_WORDS
    ):
        return "dates"
    names_a, names_b = a.names - b.raw, b.names - a.raw
    if names_a and names_b:
        return "names"
    if {a.tense, b.tense} == {"future", "past"}:
        return "tense"
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
