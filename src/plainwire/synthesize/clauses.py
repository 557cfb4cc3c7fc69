"""Clause-level compression: delete side clauses that carry little of the story.

Only deletions, each of a grammatical unit whose removal leaves a sentence:
- trailing participial clauses: ", saying ...", ", adding ...", ", calling ...";
- non-restrictive relative clauses: ", who ...," / ", which ..." ;
- dash asides: " — ... — ";
- trailing ", as ..." / ", while ..." clauses.
A deletion happens only when the clause's words are ones editors tend to drop (mean keep-rate
below the sentence rest's, see wordstats) and at least ``MIN_LEFT`` words remain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MIN_LEFT = 8
_TRAIL_PART = re.compile(
    r",\s+(?:saying|adding|calling|noting|arguing|claiming|insisting|warning|describing|prompting|"
    r"sparking|drawing|citing|referring|suggesting|accusing|blaming|urging|vowing|leaving|making|"
    r"marking|raising|signaling|signalling)\b[^.;!?]*(?=[.!?]?[\"”’]?$)"
)
_TRAIL_CONJ = re.compile(r",\s+(?:as|while|even as|amid|despite)\b[^.;!?\"“”]*(?=[.!?]?$)")
# A comma inside a figure ("1,400 letters") does not end the clause: cut there, the deletion glued
# the words around it ("Ferris400 letters"; seventeenth session). A point still stops the match
# (no deletion of a clause holding "2.5 million", as before).
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b(?:[^,;.!?\"“”]|,(?=\d))*(?:,|(?=[.!?]?$))")
_DASH = re.compile(r"\s+[—–]\s+[^—–\"“”]{3,120}?\s+[—–]\s+|\s+--\s+[^-\"“”]{3,120}?\s+--\s+")


def _quotes_off(s: str) -> bool:
    return s.count('"') % 2 == 1 or s.count("“") != s.count("”")


def compress_clauses(text: str, keep: Callable[[str], float], margin: float = 0.0) -> str:
    """Delete low-value side clauses from ``text`` (see module doc); never adds words."""
    s = text
    if "," not in s and "—" not in s and "–" not in s and "--" not in s:
        return text  # every side clause starts with a comma or a dash
    for pat, joiner in ((_DASH, " "), (_RELATIVE, ""), (_TRAIL_PART, ""), (_TRAIL_CONJ, "")):
        for m in list(pat.finditer(s)):
            span = m.group(0)
            rep = joiner or ""
            rest = s[: m.start()] + rep + s[m.end() :]
            if len(rest.split()) < MIN_LEFT:
                continue
            if _quotes_off(rest) and not _quotes_off(s):
                # ', calling the move a “big step.”' must not leave '... built.”' (eighth session)
                continue
            if keep(span) + margin < keep(rest):
                s = rest
                break  # positions shifted: one deletion per pattern
    if s is text:
        return text
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r",\s*([.!?])", r"\1", s)
    s = re.sub(r"\s{2,}", " ", s).strip()
    if s and s[-1] not in '.!?"”’':
        s += "."
    return s
