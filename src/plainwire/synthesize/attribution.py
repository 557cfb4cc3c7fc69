"""Attribution phrases ("..., the mayor said Tuesday.", "according to X") and their removal.

Used where the *claim* of a sentence matters more than who made it: headline compression
(``headline_clause``) and redundancy between story sentences (two outlets quoting different
people saying the same thing are still saying the same thing).
"""

from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_SAY_VERBS = r"said|says|announced|announces|reported|reports|confirmed|stated|wrote"
SAY = rf"(?:{_SAY_VERBS}|told\s+[^,;]{{1,40}})"
LEAD_ACCORDING = re.compile(r"^According to [^,;]{1,80},\s+")
ACCORDING = re.compile(r",?\s+according to [^,;]{1,100}?(?=[,.;]|$)")
# ", the mayor said Tuesday." / ',” Mayor Ortiz told reporters.'
TRAIL_SAID = re.compile(
    rf",([”\"’]?)\s+(?P<who>[^,;\"“”]{{1,70}}?)\s+{SAY}(?:\s+(?:on\s+)?{_DAY}{_PART})?(?:\s+(?:in|on|at)\s+[^,;]{{1,40}})?\s*\.?$"
)
# ", said the mayor." / ", said Mayor Lena Ortiz." (a speaker of <= 6 words, no verb in it)
TRAIL_SAID_INV = re.compile(
    r",([”\"’]?)\s+(?:said|says|announced|wrote)\s+(?!(?:\S+\s+){0,5}(?:is|was|were|are|will|would|should|could|can|"
    r"had|has|have|may|might|must)\b)(?P<who>(?:\S+\s+){0,5}\S+?)\.?$"
)

# ", the county fire chief, Dana Whitlock, said." (a speaker with an appositive name)
TRAIL_SAID_APPOS = re.compile(
    rf",([”\"’]?)\s+[^,;\"“”]{{1,50}},\s+(?P<who>[A-Z][^,;\"“”]{{0,40}}),\s+{SAY}(?:\s+(?:on\s+)?{_DAY}{_PART})?\s*\.?$"
)

_SAY_WORD = re.compile(rf"\b(?:{_SAY_VERBS}|told)\b")  # a verb of SAY: the cheap guard for TRAIL_SAID_APPOS


# every pattern below needs one of these words: one search skips most sentences cheaply
_ANY = re.compile(
    r"\b(?:said|says|announce|reported|reports|confirmed|stated|wrote|told|[Aa]ccording|argued|warned|claimed)"
)


def strip_attribution(text: str) -> str:
    """``text`` without a leading "According to X," and a trailing ", X said ..." (deletion only)."""
    if not _ANY.search(text):
        return text
    s = LEAD_ACCORDING.sub("", text)
    s = ACCORDING.sub("", s)
    s = TRAIL_SAID_INV.sub(r"\1", s)
    if s.count(",") >= 2 and _SAY_WORD.search(s[-60:]):  # cheap guard: the pattern is slow to fail
        s = TRAIL_SAID_APPOS.sub(r"\1", s)
    s = TRAIL_SAID.sub(r"\1", s)
    return s


# "Mayor Lena Ortiz said (on Tuesday) (that) ..." at the start: the speaker, not the claim
# ("announced the formation of ..." keeps its subject: only with "that" are these verbs attributions)
LEAD_SAID = re.compile(
    rf"^(?P<who>[^,;\"“”]{{1,60}}?)\s+(?:(?:said|says|told\s+[^,;\"“”]{{1,30}}?)(?:\s+(?:on\s+)?{_DAY}{_PART})?(?:\s+that)?"
    rf"|(?:announced|confirmed|argued|stated|warned|claimed)(?:\s+(?:on\s+)?{_DAY}{_PART})?\s+that)"
    r"\s+(?=\S+(?:\s+\S+){3})"
)


# "Ines Kovac, the board chair, said (that) ...": a named speaker with an appositive
LEAD_SAID_APPOS = re.compile(
    rf"^(?P<who>[A-Z][^,;\"“”]{{0,40}}),\s+[^,;\"“”]{{1,50}},\s+(?:said|says|told\s+[^,;\"“”]{{1,30}}?)"
    rf"(?:\s+(?:on\s+)?{_DAY}{_PART})?(?:\s+that)?\s+(?=\S+(?:\s+\S+){{3}})"
)


def claim(text: str) -> str:
    """What a sentence claims, without who claims it (for redundancy, not for printing)."""
    if not _ANY.search(text):
        return text
    s = strip_attribution(text)
    out = LEAD_SAID.sub("", s, count=1)
    return LEAD_SAID_APPOS.sub("", s, count=1) if out == s else out


# the verbs whose speaker is one person or group (not "reported", "announced", "wrote": the
# ninth session's reading of AllSides, docs/benchmarks.md); also the restatement test's cheap
# "is it attributed" guard (restate.Restater.attributed)
SAID_TOLD = re.compile(r"\b(?:said|says|told)\b")


def speaker_span(text: str) -> tuple[str, bool] | None:
    """(the words naming who a "said" / "says" / "told" attribution quotes, whether they open the
    sentence): the span ``claim`` removes, by the same patterns. "Superintendent Marco Vidal said
    ..." -> ("Superintendent Marco Vidal", True); "..., Vidal said Friday." -> ("Vidal", False);
    "..., the county fire chief, Dana Whitlock, said." -> ("Dana Whitlock", False); "..., said
    Mayor Lena Ortiz." -> ("Mayor Lena Ortiz", False); ``None`` without such an attribution."""
    if not SAID_TOLD.search(text):
        return None
    s = ACCORDING.sub("", LEAD_ACCORDING.sub("", text))
    trailing = (
        (TRAIL_SAID_INV, TRAIL_SAID_APPOS, TRAIL_SAID) if s.count(",") >= 2 else (TRAIL_SAID_INV, TRAIL_SAID)
    )
    for pat in trailing:
        m = pat.search(s)
        if m is not None and SAID_TOLD.search(m.group(0)):
            who = m.group("who").strip().strip('”"’')
            return (who, False) if who else None
    for pat in (LEAD_SAID, LEAD_SAID_APPOS):
        m = pat.match(s)
        if m is not None and SAID_TOLD.search(m.group(0)):
            return m.group("who").strip(), True
    return None
