"""Compress a story sentence to a headline: its subject-predicate-object core, <= 14 words.

Deletion only, plus two vetted rewrites: the neutral-word table (``neutral.py``) and
headline present tense for a main verb from a small table (``PRESENT``), only right after a
named subject ("Mayor Lena Ortiz announced ..." -> "Mayor Lena Ortiz announces ...").
Never adds a fact. Steps, each a grammatical unit:

1. attributions: "According to X, ...", "..., X said Tuesday.", "..., according to X";
2. a leading adverbial ("In a statement on Friday, ...", "Speaking at ..., ...");
3. comma-bounded relative clauses and party/state tags (", who ..., ", ", D-Ore., ");
4. time phrases ("on Tuesday", "Wednesday night", "earlier this week", "on Jan. 5");
5. the first side clause: at ", which/after/as/amid/saying/...", " — ", ";", ":";
6. only if still over the limit: job titles before a full name ("Senate Majority Leader
   Mitch McConnell" -> "Mitch McConnell"), then trailing prepositional phrases.

``clause_headline`` returns ``None`` when the result fails the quality check (too short or
long, no verb, dangling end, unbalanced quotes, nothing specific, starts with a pronoun);
the caller then falls back to an outlet title.
"""

from __future__ import annotations

import re

from plainwire.synthesize.attribution import strip_attribution
from plainwire.synthesize.neutral import neutralize

MAX_WORDS = 14
MIN_WORDS = 4


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_TIME = re.compile(
    rf"""\s+(?:
        (?:(?:early|late|earlier|later)\s+)?(?:on\s+)?{_WEEKDAY}{_PART}
      | (?:on|in)\s+(?:{_MONTH}|May)\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?
      | (?:earlier|later)\s+(?:this|on)\s+(?:week|month|morning|afternoon|evening|day)
      | this\s+(?:morning|afternoon|evening)
      | (?:last|on)\s+night|yesterday|today|tonight
    )(?=[\s,.;:]|$)""",
    re.X,
)
# Verbs that make a comma-bounded stretch a clause of its own ("At least 60 percent of the staff
# is white, ...", ", the Commerce Department reported Thursday, ..."): not an aside to delete.
_CLAUSE_VERB = (
    r"is|are|was|were|has|have|had|will|would|can|could|said|says|reported|reports|told|"
    r"announced|added|noted|wrote|stated|confirmed|estimated|according"
)


def lead_adverbial(follow: str) -> re.Pattern[str]:
    """ "In a statement on Friday, the office said ...": a leading adverbial phrase up to its
    comma, followed by a character of class ``follow``; never "At least ..." or a clause."""
    return re.compile(
        r"^(?!At\s+(?:least|most)\b)"
        r"(?:In|At|During|After|Before|Following|On|Speaking|Earlier|Later|Amid|Despite|With|As|"
        r"Since|Under|Late|Early|Last|This|Shortly|Hours|Days|Weeks)\b"
        rf"(?![^,;]*\b(?:{_CLAUSE_VERB})\b)[^,;\"“”]{{1,160}},\s+(?={follow})"
    )


_LEAD_ADVERBIAL = lead_adverbial(r"[A-Z\"“]")
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;\"“”]{1,120},\s+")
# ", a Republican, signed": an appositive holds no verb (", the director ... is out, too" is a clause)
_APPOSITIVE = re.compile(
    rf",\s+(?:a|an|the)\s+(?![^,;]*\b(?:{_CLAUSE_VERB})\b)[^,;\"“”]{{1,50}},\s+(?=[a-z])"
)
_TAG = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]{1,12},\s+")  # ", D-Ore., "
_SIDE = re.compile(
    r"""(?:,\s+(?:which|who|whom|whose|where|while|as|after|before|amid|despite|though|although|
    even|following|because|since|when|but|and|or|in|with|triggering|prompting|saying|adding|ending|
    forcing|marking|making|leaving|calling|citing|sparking|raising|setting|bringing|putting|
    a|an|the|its|his|her|their|one|up|down|including|if|unless|until|so|yet|than|then|now)\b
    |,\s+[a-z]+ing\b|\s+[—–]\s+|\s+--\s+|;|:\s)""",
    re.X,
)
_TITLE_WORDS = (
    "Acting|Assistant|Associate|Attorney|Chairman|Chairwoman|Chair|Chancellor|Chief|Commissioner|"
    "Congressman|Congresswoman|Deputy|Director|Dr\\.|Executive|Foreign|Former|General|Gov\\.|Governor|"
    "Health|House|Homeland|Interior|Judge|Justice|Leader|Majority|Minister|Minority|Mayor|National|Press|"
    "Prime|Rep\\.|Representative|Secretary|Security|Sen\\.|Senate|Senator|Speaker|Special|State|"
    "Treasury|Defense|Energy|Education|Transportation|Commerce|Labor|Agriculture|Vice|President|"
    "Presidential|Democratic|Republican|GOP|U\\.S\\.|US|Counsel|Ambassador|CEO|Council|member|Member|"
    "Inspector|Department|Officer|Operating|Financial|the|former|candidate|nominee|hopeful"
)
# a run of job-title words right before a First Last name; only the name is kept. The run must
# start the sentence or follow a lower-case word ("Florida Gov. Ron DeSantis" stays whole).
_TITLE_RUN = re.compile(
    rf"\b(?:(?:{_TITLE_WORDS})\s+)+(?=(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'\-]+)+\b)"
)


_OBJECT_PREP = _set("on for from with over against into toward towards about at to")


def _drop_titles(s: str) -> str:
    def repl(m: re.Match[str]) -> str:
        before = s[: m.start()].split()
        if before and not (before[-1][:1].islower() or before[-1].endswith(",")):
            return m.group(0)
        return ""

    return _TITLE_RUN.sub(repl, s)


# subordinate clauses without a comma, cut only when the headline is still too long
# ("as" only as a conjunction before a subject: "... raised to level 4 as the road lay under snow";
# not "such as", "as well as", "as a precaution"; fifteenth session)
_LATE_SIDE = re.compile(
    r"(?<!such)(?<!well)(?<!same)\s+(?:after|amid|while|despite|following|because|ahead of|in a bid|"
    r"in an effort|as part of|even as|even though|although|though|"
    r"as(?=\s+(?:the|his|her|its|their|he|she|it|they|we)\s))\s+"
)
# the last prepositional phrase ("of" phrases stay: "director of the Secret Service"; "to" may be
# an infinitive)
_TRAIL_PREP = re.compile(
    r"^(.*\S)\s+(in|at|on|for|from|with|over|after|before|during|amid|against|into|toward|towards|"
    r"about|by|under|across|near|through|following|since|as)\s+[^,;:]{1,80}$"
)
_FUNCTION = _set(
    "a an the and or but of to in on at for from with by as that which who whom whose this these "
    "those its his her their our your my is are was were be been being has have had will would can "
    "could may might must should do does did not no than then so if when while after before amid "
    "over into about against said says told announced reported according"
)
# sentence-initial capitals that are not names
_GENERIC_START = _set(
    "officials authorities police people critics experts lawmakers residents democrats republicans "
    "researchers scientists investigators protesters voters workers"
)
_PRONOUN = _set("he she it they we i you this that these those his her their its there here")
_FIRST_PERSON = _set("i we me us my our i'm we're i've we've")
_AUX = _set(
    "is are was were has have had will would can could may might must should does did be "
    "won lost met made took gave found left sent held ran began became came went saw "
    "fell rose led paid sold bought brought thought spoke wrote chose drew threw grew shot struck fought "
    "sought caught taught kept built spent meant felt dealt upheld withdrew said told "
    "says tells heads plans wants seeks faces calls urges asks warns vows moves sues signs "
    "wins loses meets makes takes gives finds leaves sends holds sets cuts hits puts runs begins "
    "becomes comes goes sees falls rises leads pays sells buys brings thinks speaks writes"
)
# Headline present tense for a vetted set of regular verbs (past -> present, 3rd person).
PRESENT: dict[str, str] = {
    "said": "says",
    "announced": "announces",
    "approved": "approves",
    "rejected": "rejects",
    "passed": "passes",
    "signed": "signs",
    "vetoed": "vetoes",
    "blocked": "blocks",
    "launched": "launches",
    "unveiled": "unveils",
    "released": "releases",
    "confirmed": "confirms",
    "denied": "denies",
    "accused": "accuses",
    "criticized": "criticizes",
    "warned": "warns",
    "urged": "urges",
    "called": "calls",
    "asked": "asks",
    "ordered": "orders",
    "ruled": "rules",
    "sued": "sues",
    "filed": "files",
    "charged": "charges",
    "arrested": "arrests",
    "fired": "fires",
    "nominated": "nominates",
    "endorsed": "endorses",
    "voted": "votes",
    "agreed": "agrees",
    "declined": "declines",
    "refused": "refuses",
    "resigned": "resigns",
    "introduced": "introduces",
    "proposed": "proposes",
    "defended": "defends",
    "threatened": "threatens",
    "reached": "reaches",
    "raised": "raises",
    "lowered": "lowers",
    "reported": "reports",
    "killed": "kills",
    "struck": "strikes",
    "won": "wins",
    "met": "meets",
    "told": "tells",
}
_PRESENT_FORMS = frozenset(PRESENT.values())
_RECENT = re.compile(rf"\b(?:{_WEEKDAY}|yesterday|today|tonight|last night)\b")
_OTHER_TIME = re.compile(rf"\b(?:{_MONTH}|May\s+\d|\d{{4}}|ago|last|earlier|previously|once|then)\b")
_PAST_AFTER = re.compile(r"\b(?:was|were|had|did|\w+ed)\b")
_NAMED_SUBJECT = re.compile(
    r"^((?:The\s+)?(?:[A-Z][\w.’'\-]*|\d[\w,.]*)(?:\s+(?:[A-Z][\w.’'\-]*|of|and|&|for|\d[\w,.]*))*)\s+([a-z]+)\b"
)
_WORD = re.compile(r"[\w’'$%.\-]+")


def _tidy(s: str) -> str:
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r"\s{2,}", " ", s).strip()
    s = s.rstrip(" ,;:—–-").rstrip(".").strip()
    return s[:1].upper() + s[1:] if s else s


def _nwords(s: str) -> int:
    return len(s.split())


def _bare(w: str) -> str:
    return w.strip("\"“”‘’'(),.;:!?").lower()


def _verbish(w: str) -> bool:
    b = _bare(w)
    return (
        bool(b)
        and w[:1].islower()
        and (b in _AUX or (b.endswith("ed") and len(b) > 4) or b in _PRESENT_FORMS)
    )


def _has_verb(s: str) -> bool:
    return any(_verbish(w) for w in s.split()[1:])


def _balanced(s: str) -> bool:
    return not (s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")"))


def acceptable(s: str) -> bool:
    """The quality check a compressed headline must pass (else the caller falls back)."""
    words = s.split()
    if not (MIN_WORDS <= len(words) <= MAX_WORDS):
        return False
    if _bare(words[0]) in _PRONOUN or _bare(words[-1]) in _FUNCTION:
        return False
    if not _has_verb(s) or not _balanced(s):
        return False
    if any(_bare(w) in _FIRST_PERSON for w in words):  # a columnist's voice, not a fact
        return False
    # specific: a name or a number ("Russia ...", "... Grey River ...", "... 7-2 ...")
    first = _bare(words[0])
    if first not in _FUNCTION and first not in _GENERIC_START:
        return True
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])


def _present(s: str, source: str) -> str:
    """Headline present tense, only when safe: the source dates the event to the last days
    ("on Tuesday", "yesterday"), the headline keeps no other time ("in March", "2019"), the
    verb follows a named singular subject directly, and no past form follows it ("announces he
    was ..." would clash)."""
    if not _RECENT.search(source) or _OTHER_TIME.search(s):
        return s
    m = _NAMED_SUBJECT.match(s)
    if not m:
        return s
    verb, subject = m.group(2), m.group(1)
    new = PRESENT.get(verb)
    if new is None or subject.split()[-1].endswith("s"):  # "Republicans blocks": plural, or unsure
        return s
    rest = s[m.end(2) :]
    if _PAST_AFTER.search(rest):
        return s
    return s[: m.start(2)] + new + rest


# "said that X" -> "said X": the complementiser carries nothing
_THAT = re.compile(
    r"\b(said|says|suggested|suggests|announced|announces|argued|argues|claimed|claims|warned|warns|"
    r"believes|found|finds|reported|reports|confirmed|confirms|ruled|rules|insisted|insists) that\b"
)
# adverbs whose removal keeps the fact ("reportedly", "allegedly", "only", "nearly" stay)
_ADVERB = re.compile(r"\s+(?:slowly|quickly|finally|formally|publicly|recently|also|soon|just|further)\b")


def _shorten(s: str) -> str:
    return _tidy(_ADVERB.sub("", _THAT.sub(r"\1", s)))


def core_clause(text: str) -> str:
    """Steps 1-5 of the module doc (no length rule)."""
    s = " ".join(text.split())
    s = _tidy(strip_attribution(s))
    s = _LEAD_ADVERBIAL.sub("", s)
    s = _RELATIVE.sub(" ", s)
    s = _TAG.sub(" ", s)
    s = _APPOSITIVE.sub(" ", s)
    s = _TIME.sub("", s)
    for m in _SIDE.finditer(s):
        head = s[: m.start()]
        if _nwords(head) >= MIN_WORDS and _has_verb(head):
            s = head
            break
    s = strip_attribution(_tidy(s))  # ", X announced" that sat before the side clause
    return _tidy(s)


def clause_headline(text: str, max_words: int = MAX_WORDS) -> str | None:
    """The headline compressed from ``text``, or ``None`` when it fails the quality check."""
    s = core_clause(text)
    if _nwords(s) > max_words:
        s = _shorten(s)
    if _nwords(s) > max_words:
        s = _tidy(_drop_titles(s))
    if _nwords(s) > max_words:
        for m in _LATE_SIDE.finditer(s):
            head = s[: m.start()]
            if _nwords(head) >= MIN_WORDS + 2 and _has_verb(head):
                s = _tidy(head)
                break
    while _nwords(s) > max_words:
        prep = _TRAIL_PREP.match(s)
        if prep is None or (prep.group(2) in _OBJECT_PREP and _verbish(prep.group(1).split()[-1])):
            break  # "called on X", "voted for X": the verb needs its object
        s = _tidy(prep.group(1))
    s, _ = neutralize(s)
    s = _present(s, text)
    return s if acceptable(s) else None
