"""Can a sentence be printed on its own? (eighth session: an editor's reading of the Stories)

A Story mixes sentences from several articles, reordered, and a Highlight stands alone above
it; a sentence that leaned on its own article's context reads wrong there. Reading 77 stories
of AllSides train 2100-2451 found these kinds (docs/benchmarks.md, "Synthesis: an editor's
reading (eighth session)"):

- a **piece of a quotation** that runs over several sentences: its opening or closing mark is in
  another sentence ('That was, what, 6 days ago."'), so the reader cannot tell quoted words from
  the reporter's;
- the **writer's own voice**: first person outside quotation marks ("Yesterday I wrote that
  ...", "We have guessed the password."): a column or a transcript, not reporting;
- a sentence **cut off** by the feed or the page (no closing punctuation: "... referred X to the
  Justice Department for criminal investigation for");
- a **pronoun opening** ("It has ordered Facebook ...", "This is not the Onion.", "He also said
  ..."): its antecedent is in the sentence before it in its own article.

Nothing here rewrites a sentence; the caller drops or reorders.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plainwire.synthesize.textstats import ANAPHORA


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closing quotes and brackets that may follow a sentence's final punctuation.
_CLOSERS = "\"”’')]"
# Words a sentence cannot end on: a sentence without closing punctuation that ends on one of
# these (or on a comma, colon, dash) was cut mid-clause ("... investigation into attorney X and",
# "... a guide to the criminal cases against him:"). One that ends on a content word ("..., a new
# report said Wednesday") lost only its full stop and still reads whole.
_CANNOT_END = _words(
    """a an the and or but nor of for to in on at by with from into onto as than that which who
    whose whom whether if because while after before his her their its our my your this these
    those is are was were be been being has have had will would could should can may might must
    not very such both either neither about against between through during over under without
    within upon amid among toward towards via per like unlike including"""
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^“”]*”")
# First person in the writer's voice (outside quotation marks). "US" (the country) is upper case
# and not matched; "us" only in lower case.
_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself|[Ww]e|[Ww]e're|[Ww]e’re|"
    r"[Ww]e've|[Ww]e’ve|us|[Oo]ur|ours|ourselves)(?![\w'’])"
)
_TOKEN = re.compile(r"[A-Za-z]+")
_FIRST_PERSON_WORDS = _words("I me my mine myself We we us Our our ours ourselves")
# He/She/It/They ... and demonstratives that point back ("This is ...", "That rule, ...").
_PRONOUN_OPENING = re.compile(
    rf"^(?:{ANAPHORA}|Him|Them)(?![\w-])(?!\s+(?:"
    # "This week, ...", "That night ...": a time phrase, not a pointer to an earlier sentence
    r"week|weekend|year|month|morning|afternoon|evening|night|time|season|spring|summer|fall|"
    r"autumn|winter|day|decade|century|past|coming|latest)\b)"
)


# Which checks run (read at call time; tools/synth_eval.py --set standalone.CHECKS=... measures
# each one alone).
CHECKS = frozenset({"quote", "cut", "first_person", "pronoun"})


def unterminated(text: str) -> bool:
    """The sentence was cut off: it does not end in closing punctuation."""
    # the tail only (a regex anchored at "$" would try every position of the sentence)
    t = text.rstrip().rstrip(_CLOSERS).rstrip()
    return not t or t[-1] not in ".!?…"


def cut_mid_clause(text: str) -> bool:
    """Cut off mid-clause: no closing punctuation, and it ends on a function word or a comma,
    colon or dash."""
    t = text.rstrip()
    if not t or not unterminated(t):
        return False
    if t[-1] in ",:;—–-":
        return True
    return t.split()[-1].strip("\"“”‘’'()").lower() in _CANNOT_END


def quote_fragment(text: str) -> bool:
    """A quotation mark opens or closes in another sentence (unbalanced marks)."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def first_person(text: str) -> bool:
    """First person outside quotation marks: the writer's voice, not reporting."""
    if _FIRST_PERSON_WORDS.isdisjoint(_TOKEN.findall(text)):  # most sentences: one cheap scan
        return False
    return bool(_FIRST_PERSON.search(_QUOTED.sub(" ", text)))


def pronoun_opening(text: str) -> bool:
    """Opens on a pronoun or a pointing demonstrative whose antecedent is elsewhere."""
    return bool(_PRONOUN_OPENING.match(text.lstrip()))


# A speaker named only by a pronoun: '"...," he said', "..., she told reporters", '"...," said
# he'. Only after a clause's end: in "Mayor Ortiz said he told the board ..." the pronoun has its
# antecedent in the sentence (highlights.py refuses such a bullet; thirteenth session: the Story
# prints it only right after the sentence before it in its article, like a pronoun opening).
PRONOUN_SPEAKER = re.compile(
    r"[,.!?;:][\"”’']?\s+(?:(?:he|she|they|it|we|I)\s+(?:said|says|told|added|wrote|explained|noted)|"
    r"(?:said|says)\s+(?:he|she|they))\b"
)
_SAY_WORDS = ("said", "says", "told", "added", "wrote", "explained", "noted")  # cheap first
# Which sentences lean on the one before them for who speaks (``leans_back``); False: only openings.
SPEAKER_PRONOUNS = True


def pronoun_speaker(text: str) -> bool:
    """Its speaker is named only by a pronoun ('"...," she said.')."""
    return any(w in text for w in _SAY_WORDS) and PRONOUN_SPEAKER.search(text) is not None


def leans_back(text: str) -> bool:
    """Needs the sentence before it in its own article: a pronoun opening, or (``SPEAKER_PRONOUNS``)
    a speaker named only by a pronoun."""
    return pronoun_opening(text) or (SPEAKER_PRONOUNS and pronoun_speaker(text))


def unfit_reason(text: str) -> str | None:
    """Why ``text`` cannot be printed outside its article, whatever precedes it; ``None`` if it can."""
    if "quote" in CHECKS and quote_fragment(text):
        return "piece of a quotation"
    if "cut" in CHECKS and cut_mid_clause(text):
        return "cut off"
    if "first_person" in CHECKS and first_person(text):
        return "first person"
    return None


def follow_antecedents(
    order: Sequence[int], is_pronoun_opening: Sequence[bool], previous: Sequence[int | None]
) -> list[int]:
    """``order`` without the pronoun openings whose antecedent sentence is not printed before them.

    ``previous[i]``: the pool index of the sentence right before ``i`` in its own article (``None``
    when it is not in the pool). A sentence opening on "He"/"It"/"This ..." is kept only after
    that sentence, which is where its pronoun points.
    """
    kept: list[int] = []
    seen: set[int] = set()
    for i in order:
        p = previous[i]
        if "pronoun" in CHECKS and is_pronoun_opening[i] and (p is None or p not in seen):
            continue
        kept.append(i)
        seen.add(i)
    return kept


# "... two hearings in Congress today, including ...", "a shooting this morning at ...": a day
# named relative to when the article was written. On the story page, under other outlets'
# sentences and a date range, it no longer says which day; the phrase is deleted (never replaced:
# the article's own date may be in another time zone). Only lower case, so "USA Today" stays; a
# possessive ("today's meeting") or a sentence-initial "Today, ..." is left alone.
_RELATIVE_DAY = re.compile(
    r"\s+(?:(?:earlier|later)\s+today|today|tonight|yesterday(?:\s+(?:morning|afternoon|evening))?|"
    r"this\s+(?:morning|afternoon|evening)|last\s+night)(?![\w'’-])(?=\s*[,.;:!?]|\s+[a-z])"
)


_DAY_IS_OBJECT = _words(
    "is was are were be been being 's until till since of from for by to through before after than as on at"
)


def drop_relative_days(text: str) -> str:
    """``text`` without "today", "yesterday", "this morning", ... outside quotations."""
    if not _RELATIVE_DAY.search(text):
        return text
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    out: list[str] = []
    pos = 0
    for m in _RELATIVE_DAY.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        before = text[: m.start()].split()
        if before and before[-1].lower().strip("\"“”‘’'") in _DAY_IS_OBJECT:
            continue  # "The vote is today", "until today": the day is the point, not a side phrase
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# Where a side clause starts: ", opening ...", ", which ...", ", as ...", "; ..." (not a dash, which
# may close an aside opened earlier).
_SIDE_START = re.compile(
    r",\s+(?:which|who|whose|where|while|as|after|amid|despite|including|with|[a-z]{3,}ing)\b|;\s"
)
TRIM_MIN_WORDS = 8  # the main clause left must be at least this long


def trim_cut(text: str) -> str:
    """A sentence cut off mid-clause, trimmed back to the end of its main clause when the cut fell
    in a side clause: "... for streams and wetlands, opening them up to new harm from developers,"
    -> "... for streams and wetlands." (a deletion: the full stop ends what the outlet wrote before
    the side clause). Otherwise ``text`` unchanged (and still ``cut_mid_clause``)."""
    if not cut_mid_clause(text):
        return text
    for m in reversed(list(_SIDE_START.finditer(text))):
        head = text[: m.start()].rstrip(" ,;")
        if len(head.split()) >= TRIM_MIN_WORDS and not quote_fragment(head):
            return head + "."
    return text


# "He also said ...", "His exit comes ...": a personal pronoun (or its possessive) as the subject.
_HE_SHE = re.compile(r"^(He|She|His|Her)\s+(?=[a-z])")
# The previous sentence opens on a person: a title or first name (or "Mr." ...) and the surname,
# with optional further titles or names before them, then (after an optional age or party tag)
# a lower-case word, its verb: "Supreme Court Justice Ruth Bader Ginsburg has been ...",
# "Mr. Netanyahu defeated ...", "President Biden said ...".
_PERSON_SUBJECT = re.compile(
    r"^((?:(?:[A-Z][\w’'-]*\.?|[A-Z]\.)\s+){1,6}?)([A-Z][a-z][\w-]*)"
    r"(?:,\s+(?:\d{1,3}|[DRI]-[A-Z][\w.]*),)?\s+(?=[a-z])"
)
# Capitalised words that end an organisation, a place or an event, not a person's name
_NOT_PERSON = _words(
    """House Senate Congress Committee Department Court Party Administration Republicans Democrats
    Inc Corp Company University Service Agency Office Board Council Commission Union States Nations
    County City State Street Bank Group News Times Post Journal Network Police Army Navy Force Guard
    Ministry Government Parliament Church Foundation Institute Center Centre Association Consulate
    Embassy Hospital School War Today Airport Island Islands River Republic Kingdom Garden Capitol
    America American Americans Republican Republicans Democrat Democratic GOP Point Bay Harbor Port
    Lake Mount Beach Park Valley Hill Hills Road Avenue Bridge Square Station Hall"""
)
# Words before the surname that make the subject no person ("The", "In his first year", ...)
_NOT_NAME_START = _words(
    "The A An In On At For From With After Before During Several Even Many Some Former Leaving When "
    "While As If But And Under Over This That These Those His Her Their Its He She They It We"
)
# A run of capitalised words later in the sentence
_CAPS_RUN = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def _names_someone_else(rest: str) -> bool:
    """``rest`` names a person: a capitalised run whose last word is no organisation, place,
    month or day, and no acronym ("Secret Service" is an organisation only by the list: anything
    unknown counts as a person, which only makes ``resolve_pronoun`` refuse)."""
    from plainwire.synthesize.meaning import MONTHS_DAYS

    for m in _CAPS_RUN.finditer(rest):
        last = re.sub(r"[’']s?$", "", m.group(0).split()[-1]).rstrip(".,")
        if last in _NOT_PERSON or last.lower() in MONTHS_DAYS or last.isupper() or not last:
            continue
        return True
    return False


def resolve_pronoun(text: str, previous: str) -> str | None:
    """``text`` with its opening "He"/"She" ("His"/"Her") replaced by the person who opens
    ``previous`` (the sentence right before it in its own article), by surname: "She has
    reportedly broken three of her ribs." after "Supreme Court Justice Ruth Bader Ginsburg has
    been taken to ..." -> "Ginsburg has reportedly broken three of her ribs."; "His exit comes
    ..." -> "Buttigieg's exit comes ...". Only when ``previous`` opens on a person's name
    followed by its verb (news keeps the subject across such a pair), names no other person and
    is no piece of a quotation; else ``None`` (nothing is guessed). Gender is not checked."""
    m = _HE_SHE.match(text)
    if m is None:
        return None
    p = _PERSON_SUBJECT.match(previous)
    if p is None or p.group(2) in _NOT_PERSON or quote_fragment(previous):
        return None
    head = p.group(1).split()
    if head[0] in _NOT_NAME_START or head[-1] in _NOT_PERSON:
        return None  # "In his first year ...", "The House Judiciary ...": no person opens it
    if _names_someone_else(previous[p.end(2) :]):
        return None  # someone else is named: the pronoun may point to them
    name = p.group(2)
    owner = name + ("’" if "’" in text else "'") + ("" if name.endswith("s") else "s")
    return (owner if m.group(1) in ("His", "Her") else name) + text[m.end(1) :]


# '..., she said.' / '"...," he added' / '..., said he': the pronoun that names the speaker
_SAID_PRONOUN = re.compile(
    r"(?<=[,.!?;:\"”’'])(?P<gap>[\"”’']?\s+)(?:(?P<pro>he|she)(?=\s+(?:said|says|told|added|explained|noted)\b)"
    r"|(?:said|says)\s+(?P<pro2>he|she)\b)"
)


def _person_name(words: Sequence[str]) -> str | None:
    """The name a capitalised run gives, when it is a person's: no word of it an organisation's
    or a place's ("Port Aldwin", "Rail Safety Board"), its last word no month, day or acronym."""
    from plainwire.synthesize.meaning import MONTHS_DAYS

    words = [re.sub(r"[’']s?$", "", w).rstrip(".,") for w in words if w not in _NOT_NAME_START]
    if not words or any(w in _NOT_PERSON or not w[:1].isupper() for w in words):
        return None
    last = words[-1]
    if last.lower() in MONTHS_DAYS or last.isupper():
        return None
    return " ".join(words)


def _one_person(previous: str) -> str | None:
    """The name of the one person ``previous`` names: its speaker ("Wessel said ...") or a
    capitalised run of two or more words that is a person's name (``_person_name``); ``None``
    when it names nobody or more than one person (a name and its surname are one)."""
    from plainwire.synthesize.attribution import speaker_span

    people: list[str] = []
    who = speaker_span(previous)
    if who is not None:
        words = who[0].split()
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper():  # the trailing capitalised run: the name
            k -= 1
        name = _person_name(words[k:]) if k < len(words) else None
        if name is not None:
            people.append(name)
    for m in _CAPS_RUN.finditer(previous):
        words = m.group(0).split()
        if len([w for w in words if w not in _NOT_NAME_START]) < 2:
            continue
        name = _person_name(words)
        if name is not None:
            people.append(name)
    # "Karin Wessel" and "Wessel" are one person: keep the fullest form of each surname
    by_surname: dict[str, str] = {}
    for n in people:
        last = n.split()[-1]
        if len(n) > len(by_surname.get(last, "")):
            by_surname[last] = n
    return next(iter(by_surname.values())) if len(by_surname) == 1 else None


def resolve_speaker(text: str, previous: str) -> str | None:
    """``text`` with the pronoun naming its speaker ('..., she said.') replaced by the name of
    the one person ``previous`` (the sentence right before it in its own article) names, as it
    names them: "Most of the cuts will fall on the warehouses, she said." after "Chief executive
    Ana Moreau said ..." -> "..., Ana Moreau said."; ``None`` when ``previous`` names nobody or more than one
    person (nothing is guessed; gender is not checked) or ``text`` has no such pronoun, or two."""
    found = list(_SAID_PRONOUN.finditer(text))
    if len(found) != 1 or quote_fragment(previous):
        return None
    name = _one_person(previous)
    if name is None:
        return None
    m = found[0]
    which = "pro" if m.group("pro") else "pro2"
    return text[: m.start(which)] + name + text[m.end(which) :]
