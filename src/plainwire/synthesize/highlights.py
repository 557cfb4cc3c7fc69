"""Highlights: three distinct one-sentence facts that do not copy the Story's opening.

Readers see the Highlights right above the Story, so a bullet that repeats the paragraph's
first sentences word for word tells them nothing. ``pick_highlights`` therefore prefers, in the
Story's ranking order (support first), facts *not* used in its first ``OPENING`` sentences,
each shortened by ``compress_highlight`` to at most ``MAX_WORDS``. Only when the coverage has
too few other facts does a bullet fall back to an opening sentence, and then in a compressed
form that differs from the printed one; a verbatim copy is the last resort (one-sentence
coverage), so a short story still gets a Highlight.

``compress_highlight`` only deletes grammatical units (never adds or reorders words, so no fact
is invented) and keeps the attribution: "..., the mayor said." stays on the claim it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from plainwire.synthesize.attribution import TRAIL_SAID, TRAIL_SAID_INV, speaker_span
from plainwire.synthesize.clauses import _DASH
from plainwire.synthesize.headline_clause import (
    _APPOSITIVE,
    _PRONOUN,
    _RELATIVE,
    _TAG,
    _balanced,
    _bare,
    _has_verb,
    lead_adverbial,
)
from plainwire.synthesize.meaning import MONTHS_DAYS, Meaning
from plainwire.synthesize.restate import Restater
from plainwire.synthesize.select import (
    _QUOTE_START,  # one rule for "opens on a quotation"
    Redundancy,
)
from plainwire.synthesize.standalone import PRONOUN_SPEAKER, cut_mid_clause, unterminated
from plainwire.synthesize.textstats import ANAPHORA, content_stems, words

MAX_WORDS = 25
MIN_WORDS = 6
OPENING = 2  # the Story's first sentences a Highlight should not repeat
LONG_WORDS = 35  # a distinct fact up to this long still beats a copy of the opening
# In the last pass, a sentence without closing punctuation that ends on a content word and has
# at most MAX_WORDS words ("Under the bill, funding will now expire on Dec. 8") may be a bullet as
# it stands (no full stop added): it lost only its full stop, while longer ones are mostly feed
# cuts ("... lobbyists at the American Israel"). Only to fill a slot: a photo caption ("X speaks
# during a tribute ...") must not displace a fact. Ninth session.
WHOLE_UNTERMINATED = True

# Side clauses whose removal leaves the main claim true: reasons, circumstances, comments,
# consequences. Not conditions (", if/unless/until ..."), contrasts (", but ..."), lists
# (", and ...") or ", the/a ..." (often the object: "announced that starting Feb. 19, the ...").
_SIDE = re.compile(
    r""",\s+(?:which|who|whom|whose|where|while|as|after|before|amid|despite|though|although|even\s+as|
    following|because|with|including|(?!according\b)[a-z]+ing)\b|\s+[—–]\s+|\s+--\s+|;\s""",
    re.X,
)
# "In a statement on Friday, the office said ...": a leading adverbial phrase up to its comma
_LEAD_ADVERBIAL = lead_adverbial(r"[\w\"“]")
_PRONOUN_START = re.compile(rf"^[\"“‘']?(?:{ANAPHORA}|We|I)\b")
# A speaker named only by a pronoun: '"...," he said', "..., she told reporters", '"...," said
# he'. Only after a clause's end: in "Mayor Ortiz said he told the board ..." the pronoun has its
# antecedent in the sentence (until the eighth session any "said he" / "he told" was refused).
_PRONOUN_SPEAKER = PRONOUN_SPEAKER
_SAYS = re.compile(r"\b(?:said|says|told|according to|wrote|added|stated|announced)\b")
_RELATIVE_START = re.compile(r",\s+(?:which|who|whom|whose|where)\b")
_SPACE_PUNCT = re.compile(r"\s+([,.;:!?])")
_TRAIL_COMMA = re.compile(r"[\s,;:—–-]+$")


def _n(s: str) -> int:
    return len(s.split())


def _tidy(s: str) -> str:
    s = _SPACE_PUNCT.sub(r"\1", re.sub(r"\s{2,}", " ", s)).strip()
    return _TRAIL_COMMA.sub("", s)


def _split_attribution(text: str) -> tuple[str, str]:
    """(claim, trailing attribution) of ``text``: ", the mayor said." is kept apart so that
    cutting a side clause of the claim never cuts who said it."""
    s = text.rstrip()
    for pat in (TRAIL_SAID_INV, TRAIL_SAID):
        m = pat.search(s)
        if m and _n(s[: m.start()]) >= MIN_WORDS - 2:
            return s[: m.start()] + m.group(1), s[m.start() + 1 + len(m.group(1)) :].strip()
    return s, ""


def _end(claim: str, attribution: str) -> str:
    claim = _tidy(claim)
    closing = ""
    if claim[-1:] in '"”’':  # a quote closes before the attribution: '"...," said X.'
        closing, claim = claim[-1], _tidy(claim[:-1])
    if attribution:
        return f"{claim.rstrip('.')},{closing} {attribution.rstrip('.')}."
    return f"{claim.rstrip('.!')}.{closing}" if claim[-1:] not in "!?" else claim + closing


def _lead(s: str) -> str:
    """``s`` without its leading adverbial ("In a statement on Friday, "), unless that changes or
    breaks the claim (eighth session): a scope ("Under the law, churches were exempted" is not
    "Churches were exempted"), or a phrase that runs past its first comma ("In 2009,
    then-Secretary of State, Hillary Clinton granted ..." must not become "Then-Secretary of
    State, Hillary Clinton granted ..."): when the stretch up to the next comma has no verb, the
    clause starts after it and the deletion would leave half the phrase."""
    m = _LEAD_ADVERBIAL.match(s)
    if not m or s.startswith("Under "):
        return s
    rest = s[m.end() :]
    head, comma, _ = rest.partition(",")
    if comma and not _has_verb("_ " + head):  # the clause comes after the comma: the phrase was longer
        return s
    return rest


def _steps(budget: int) -> list[Callable[[str], str]]:
    def side(s: str) -> str:
        # the latest side clause whose removal makes the claim fit: keep as much as possible
        heads = [
            s[: m.start()]
            for m in _SIDE.finditer(s)
            # ", which ..., had offered": a relative clause that closes mid-sentence is not the end
            if not (_RELATIVE_START.match(m.group(0)) and "," in s[m.end() :])
        ]
        ok = [h for h in heads if _n(h) >= MIN_WORDS and _has_verb(h) and _balanced(h)]
        fitting = [h for h in ok if _n(h) <= budget]
        return fitting[-1] if fitting else (ok[0] if ok else s)

    return [
        lambda s: _DASH.sub(" ", s),
        lambda s: _RELATIVE.sub(" ", s),
        lambda s: _TAG.sub(" ", s),
        lambda s: _APPOSITIVE.sub(" ", s),
        _lead,
        side,
    ]


# Seventeenth session: a short story's few fact sentences include short ones and its named
# person's words. A whole sentence of ``SHORT_FIGURE_WORDS`` to ``MIN_WORDS`` - 1 words that gives
# a figure ("Orchard's shares fell 18 percent.") is a fact, not a fragment; a quotation opening on
# "I" or "We" whose speaker the sentence names ('"I have spent six months ...," Barrant said.')
# points to that speaker, not to a sentence before it. Both only fill a slot the other passes left
# empty (a last pass of ``pick_highlights``): a longer fact still comes first. False: as before.
SHORT_FACTS = True
SHORT_FIGURE_WORDS = 4
_QUOTED_SELF = re.compile(r"^[\"“‘']\s*(?:I|We)\b")
_DIGIT = re.compile(r"\d")


_QUOTED_SPAN = re.compile(r'"[^"]*"|“[^”]*”')
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _named_outside(s: str) -> bool:
    """Outside its quotation marks, ``s`` says who speaks and names them: a say-verb and a
    capitalised word, not a pronoun speaker ('"...," she said') or an anonymous one ("one")."""
    outside = _QUOTED_SPAN.sub(" ", s)
    if not _SAYS.search(outside) or _PRONOUN_SPEAKER.search(s):
        return False
    return any(_bare(w) not in _PRONOUN for w in _CAPITALISED.findall(outside))


def _ok(s: str, short_facts: bool = False) -> bool:
    """A bullet stands alone: no pronoun to resolve ("He said ...", "It's ...", '"...," he said'),
    no quote without a speaker, balanced quotes, at least ``MIN_WORDS`` words (``short_facts``:
    also a whole sentence giving a figure from ``SHORT_FIGURE_WORDS``, and a named speaker's "I"
    or "We"; only to fill a slot still empty, ``SHORT_FACTS``)."""
    words = s.split()
    short = len(words) < MIN_WORDS
    if short and short_facts and len(words) >= SHORT_FIGURE_WORDS and _DIGIT.search(s):
        short = unterminated(s)  # a whole sentence with a figure; a line without its stop is none
    if short:
        return False
    quoted_self = short_facts and _QUOTED_SELF.match(s) is not None and _named_outside(s)
    if not quoted_self and (_bare(words[0]) in _PRONOUN or _PRONOUN_START.match(s)):
        return False
    if words[0].endswith(",") or s[0].islower():  # a fragment ("Va., and Sen. ..."): split mid-sentence
        return False
    if _PRONOUN_SPEAKER.search(s) or (_QUOTE_START.match(s) and not _SAYS.search(s)):
        return False
    return _balanced(s)


def compress_highlight(
    text: str, max_words: int = MAX_WORDS, *, always: bool = False, side_clauses: bool = True
) -> str | None:
    """``text`` shortened to <= ``max_words`` by deleting side units, or ``None`` if it cannot be.

    Deletions in order, each only while the sentence is still too long (``always``: every step,
    even once it fits): dash asides, relative clauses (", who ...,"), party tags, appositives
    (", a Republican,"), a leading adverbial ("In a statement on Friday, "), then the latest side
    clause whose removal makes it fit (", which ...", ", as ...", ", saying ..."; the earliest if
    none does; not with ``side_clauses=False``, which keeps reasons and circumstances). The
    trailing attribution is kept. ``None`` also when the result would not stand alone as a
    bullet (a pronoun to resolve, a quote without a speaker).
    """
    text = " ".join(text.split())
    if not text or unterminated(text):  # a cut-off sentence: shortening would add a full stop
        return None
    if _n(text) <= max_words and not always:
        return text if _ok(text) else None
    claim, attribution = _split_attribution(text)
    budget = max_words - _n(attribution)
    s = claim
    for step in _steps(budget)[: None if side_clauses else -1]:
        if _n(s) <= budget and not always:
            break
        cut = _tidy(step(s))
        if cut and cut[0].islower():
            cut = cut[0].upper() + cut[1:]
        if _n(cut) >= MIN_WORDS - 2 and _balanced(cut):
            s = cut
    if s == claim:
        return text if _n(text) <= max_words and _ok(text) else None
    out = _end(s, attribution)
    if _n(out) > max_words or not _ok(out):
        return None
    return out


def pick_highlights(
    ranked: Sequence[int],
    text_of: Callable[[int], str],
    opening: Sequence[int],
    k: int = 3,
    restates: Callable[[int, int], bool] | None = None,
    extra: Sequence[int] = (),
    repeats: Callable[[int, int], bool] | None = None,
    who: Callable[[int], bool] | None = None,
    story: Collection[int] = (),
) -> list[tuple[int, str]]:
    """Up to ``k`` (pool index, highlight text) pairs, in ``ranked`` order.

    ``ranked`` are the Story's candidate sentences in importance order (already free of
    restatements), ``text_of(i)`` the printable text of sentence ``i``, ``opening`` the pool
    indexes of the Story's first sentences. First the other facts (compressed to fit) that do
    not restate the opening or an earlier Highlight (``restates(i, j)``: sentence ``i`` says
    what ``j`` says), then compressed forms of the opening that differ from it, then the
    restatements (shortened), then other facts of up to ``LONG_WORDS``, then whole sentences,
    the opening last. ``extra``: more candidates for the first pass only, after ``ranked``'s
    facts (sentences the Story could not print whose text ``text_of`` made stand alone).
    ``repeats(i, j)``: in every pass, a bullet ``i`` for which it holds against another bullet
    ``j`` is skipped (``core`` passes the Story's own test, ``select.Redundancy``: the
    Highlights are distinct facts by the Story's test whatever pass found them).
    ``who(i)``: sentence ``i`` names a person of the coverage (``coverage_people``); ``story``: the pool
    indexes the Story prints. When neither the Story nor a bullet names anyone, the lowest-ranked
    bullet the Story prints anyway gives way to the best distinct fact that names someone
    (``_who_swap``).
    """
    out: list[tuple[int, str]] = []
    used: set[int] = set()
    texts: set[str] = set()

    def take(i: int, h: str | None) -> None:
        # in every pass, no bullet repeats another by the Story's test (eleventh session; the
        # later passes may repeat the Story's opening, never another Highlight)
        if h is None or len(out) == k or i in used or h in texts:
            return
        if repeats is not None and any(repeats(i, j) or repeats(j, i) for j, _ in out):
            return
        out.append((i, h))
        used.add(i)
        texts.add(h)

    opened = set(opening)
    facts = [i for i in ranked if i not in opened]
    for i in facts + [i for i in extra if i not in opened]:
        if len(out) == k:
            break
        if restates is not None and any(restates(i, j) for j in list(opening) + [j for j, _ in out]):
            continue
        take(i, compress_highlight(text_of(i)))
    if len(out) < k:
        for i in opening:
            full = text_of(i)
            short = compress_highlight(full, always=True)
            take(i, short if short != " ".join(full.split()) else None)
    if len(out) < k:  # restatements of the opening, shortened
        for i in facts:
            take(i, compress_highlight(text_of(i)))
    if len(out) < k:  # a distinct fact a little long (<= LONG_WORDS) rather than a copy of the opening
        for i in facts:
            take(i, compress_highlight(text_of(i), LONG_WORDS))
    for i in facts + list(opening):  # last resort, whole: even a copy beats an empty box
        if len(out) == k:
            break
        whole = " ".join(text_of(i).split())
        # ... but not a bullet that cannot stand alone ("This is not ...", a piece of a quotation,
        # a sentence cut off): fewer Highlights, with the note, read better (eighth session)
        take(i, whole if _ok(whole) and not unterminated(whole) else None)
    for i in facts if WHOLE_UNTERMINATED else ():  # only to fill a slot still empty (see above)
        if len(out) == k:
            break
        whole = " ".join(text_of(i).split())
        if unterminated(whole) and not cut_mid_clause(whole) and _n(whole) <= MAX_WORDS and _ok(whole):
            take(i, whole)
    for i in facts + list(opening) if SHORT_FACTS else ():  # only to fill a slot still empty
        if len(out) == k:
            break
        whole = " ".join(text_of(i).split())
        take(i, whole if _ok(whole, short_facts=True) and not unterminated(whole) else None)
    # in importance order, as ranked, whatever pass found them
    pos = {i: p for p, i in enumerate(list(ranked) + [i for i in opening if i not in set(ranked)])}
    out.sort(key=lambda t: pos.get(t[0], len(pos)))
    if WHO and who is not None and out:
        cands = facts + [i for i in extra if i not in opened]
        out = _who_swap(out, cands, text_of, opening, who, story, restates, repeats)
        out.sort(key=lambda t: pos.get(t[0], len(pos)))
    return out


# Who (fourteenth session): the Highlights cover distinct facts, and who is one. A story whose
# Story and bullets name nobody, while the coverage names a person ("lead author Dr Signe
# Arvola"), lost its key person whenever a figure sentence ranked above that person's sentence.
# The swap costs the page no fact: only a bullet the Story prints anyway gives way.
WHO = True
# A person as the coverage names one: a title or role, then one to three capitalised words (the
# last is the surname). Titles, not any capitalised run: "Talvo Pharma said" names no person.
_TITLED = re.compile(
    r"""\b(?i:dr|prof|professor|mr|mrs|ms|mx|sir|dame|mayor|governor|senator|minister|judge|coach|
    inspector|superintendent|commissioner|captain|sergeant|detective|chairman|chairwoman|chair|
    spokesman|spokeswoman|spokesperson|forecaster|author|researcher|epidemiologist|economist|
    striker|midfielder|defender|manager|director|chief|president|deputy|leader)\.?\s+
    ((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)""",
    re.X,
)


def coverage_people(texts: Sequence[str]) -> frozenset[str]:
    """The surnames of the titled people the ``texts`` name ("Dr Signe Arvola" -> "Arvola")."""
    out: set[str] = set()
    for t in texts:
        for m in _TITLED.finditer(t):
            name = m.group(1).split()[-1].rstrip("'’").removesuffix("'s").removesuffix("’s")
            if name.lower() not in MONTHS_DAYS:
                out.add(name)
    return frozenset(out)


def _named_speaker(text: str) -> bool:
    """``text`` quotes a person by first and last name ("..., Hendrika Molenaar said"): an
    untitled person the page already names. Only to hold the swap back, so an organisation read as
    a person ("Talvo Pharma said") costs nothing but a swap not made."""
    sp = speaker_span(text)
    if sp is None:
        return False
    last = sp[0].split()[-2:]
    return len(last) == 2 and all(w[:1].isupper() for w in last)


def names_person_fn(texts: Sequence[str], surnames: Collection[str]) -> Callable[[int], bool]:
    """``f(i)``: ``texts[i]`` names one of ``surnames`` (a whole word)."""
    if not surnames:
        return lambda i: False
    pat = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(surnames)) + r")\b")
    return lambda i: pat.search(texts[i]) is not None


def _who_swap(
    out: list[tuple[int, str]],
    candidates: Sequence[int],
    text_of: Callable[[int], str],
    opening: Sequence[int],
    who: Callable[[int], bool],
    story: Collection[int],
    restates: Callable[[int, int], bool] | None,
    repeats: Callable[[int, int], bool] | None,
) -> list[tuple[int, str]]:
    """``out`` (ranked) with its lowest-ranked bullet that the Story prints replaced by the first of
    ``candidates`` (ranked) that names a person (``who``), when neither the Story nor a bullet
    does; the newcomer must be a distinct fact by the first pass's tests."""
    if any(who(i) or _named_speaker(text_of(i)) for i in list(story) + [i for i, _ in out]):
        return out
    printed = [p for p, (i, _) in enumerate(out) if i in story]
    if not printed:
        return out  # every bullet is a fact the Story does not print: none gives way
    drop = printed[-1]  # ``out`` is in ranked order
    rest = [i for p, (i, _) in enumerate(out) if p != drop]
    used = {i for i, _ in out}
    for c in candidates:
        if c in used or not who(c):
            continue
        if restates is not None and any(restates(c, j) for j in list(opening) + rest):
            continue
        if repeats is not None and any(repeats(c, j) or repeats(j, c) for j in rest):
            continue
        h = compress_highlight(text_of(c))
        if h is None or h in {t for _, t in out}:
            continue
        return [t for p, t in enumerate(out) if p != drop] + [(c, h)]
    return out


# Highlights sit side by side, so they are held to a stricter distinctness than Story sentences
# (select.PAIR_CUT 0.6): sharing 40% of the smaller claim's stems, or 60% counting near-synonyms
# (meaning.Meaning.soft_share), is already a repeat. The Story keeps 0.6: 0.4 there cost ROUGE
# (docs/synthesis.md); the Highlights are not scored by the bench, only read.
HIGHLIGHT_PAIR_CUT = 0.4
HIGHLIGHT_SOFT_CUT = 0.6


def restates_fn(
    stems: Sequence[frozenset[str]],
    meaning: Meaning,
    restater: Restater | None = None,
    texts: Sequence[str] | None = None,
) -> Callable[[int, int], bool]:
    """``f(i, j)``: pool sentence ``i`` says nothing that ``j`` has not said, by the Story's test
    (``select.Redundancy``: the word-share rules, the distinct-fact test, the structural test
    with ``restater``) held side by side (``Redundancy.side_by_side``: the Highlights' stricter
    word-share cuts, only the distinct-fact test's conflicts, no exception for an added detail).
    Every pair the Story takes for one fact is one fact here too, so the Highlights are distinct
    facts by the Story's test. Eleventh session: until then the Highlights had a word-share rule
    of their own, without the distinct-fact or the structural test, so two facts sharing 40% of
    their words ("approved the budget" / "approved the tram line") could not both be bullets,
    and two restatements in other words (the same speaker) could."""
    red = Redundancy(
        stems,
        meaning,
        restater,
        pair_cut=HIGHLIGHT_PAIR_CUT,
        soft_cut=HIGHLIGHT_SOFT_CUT,
        side_by_side=True,
        texts=texts,
    )
    return red.restates  # cached per pair: pick_highlights and reword ask about the same pairs


def reword(
    i: int,
    text_of: Callable[[int], str],
    candidates: Sequence[int],
    says_same: Callable[[int, int], bool],
    restates: Callable[[int, int], bool],
    others: Sequence[int],
) -> tuple[int, str] | None:
    """Another outlet's wording of the fact in pool sentence ``i``, as a bullet, or ``None``.

    A Highlight whose fact the Story also prints would otherwise repeat a Story sentence word
    for word. Several outlets usually report the same fact in their own words, so the bullet
    takes the first of ``candidates`` (other outlets' sentences, best first, none printed in the
    Story) that says what ``i`` says (``says_same``), does not restate (``restates``) any of
    ``others`` (the opening and the other Highlights) and stands alone as a bullet once shortened. It is a source sentence
    shortened by deletion only, so nothing is invented.
    """
    own = " ".join(text_of(i).split())
    for j in candidates:
        if j == i or not says_same(j, i) or any(restates(j, k) for k in others if k != i):
            continue
        h = compress_highlight(text_of(j))
        if h is not None and h != own:
            return j, h
    return None


# A rewording must keep the fact: every number, month and weekday in it ("died early Thursday" is
# not "died early Tuesday"), and of its other words (names left out, see ``Meaning.covers``) at
# least REWORD_SAME_STEMS with the same stem and REWORD_COVER counting near-synonyms. "Schools in
# Dravell will stay closed while engineers inspect the buildings" keeps 3 of "Engineers will
# inspect schools in Dravell before classes resume"'s 5 (0.6); "President-elect Biden has
# positioned himself to take over the coronavirus response" keeps 3 of the 10 of "President-elect
# Joe Biden on Monday named a number of health experts who will serve on his coronavirus task
# force" (0.3; without the names rule and the same-stem floor, near-synonyms let it through).
REWORD_SAME_STEMS = 0.5
REWORD_COVER = 0.6


def same_fact_fn(claims: Sequence[str], meaning: Meaning) -> Callable[[int, int], bool]:
    """``f(j, i)``: pool sentence ``j`` states the fact of sentence ``i`` (``claims``: what each
    sentence claims, attribution left out), so ``j`` may stand in for ``i`` as a Highlight."""

    def f(j: int, i: int) -> bool:
        fixed = {w for w in words(claims[i]) if any(c.isdigit() for c in w) or w in MONTHS_DAYS}
        if not fixed <= set(words(claims[j])):
            return False
        return (
            meaning.covers(i, j, tau=float("inf")) >= REWORD_SAME_STEMS  # same stems only
            and meaning.covers(i, j) >= REWORD_COVER
        )

    return f


# A bullet that is the headline again (sixteenth session): "Rovers lose cup tie in extra time."
# under the headline "Rovers lose cup tie in extra time" tells the reader nothing, and a short
# story's opening, cut to its main clause, often is just that. A bullet must add at least
# BEYOND_HEADLINE content words (stems) the headline does not have; the others are left out,
# so a short story shows fewer bullets rather than a restatement.
BEYOND_HEADLINE = 2


def adds_to_headline(text: str, headline: str) -> bool:
    """Whether bullet ``text`` says something ``headline`` does not (``BEYOND_HEADLINE``)."""
    if not headline:
        return True
    head = set(content_stems(headline))
    return len(set(content_stems(text)) - head) >= BEYOND_HEADLINE
