"""Replace a loaded word by a neutral one, only from a small vetted table.

Rules of the table (see docs/synthesis.md):
- a replacement must keep the fact: "X lambasted Y" and "X criticized Y" report the same event;
- verbs with a common literal sense in news ("slams", "blasts", "rips": storms slam coasts,
  bombs blast) are replaced only when the sentence has no physical-event word, and only when the
  word is followed by a name, pronoun or article (so "slams the door" stays as written is *not*
  guaranteed; that is why the guard list is broad);
- intensifying adjectives that carry no fact ("stunning", "shocking") are dropped, never swapped.
Matching keeps the capitalisation of the first letter.
"""

from __future__ import annotations

import re

# Unambiguous verbs of attack-speech -> neutral reporting verb.
_SAFE: dict[str, str] = {
    "lambasted": "criticized",
    "lambastes": "criticizes",
    "lambast": "criticize",
    "excoriated": "criticized",
    "excoriates": "criticizes",
    "castigated": "criticized",
    "castigates": "criticizes",
    "berated": "criticized",
    "berates": "criticizes",
    "decried": "criticized",
    "decries": "criticizes",
    "railed against": "criticized",
    "rails against": "criticizes",
    "lashed out at": "criticized",
    "lashes out at": "criticizes",
    "tore into": "criticized",
    "tears into": "criticizes",
    "rips into": "criticizes",
    "ripped into": "criticized",
    "fumed": "said",
    "ranted": "said",
    "seethed": "said",
    "bombshell": "new",
}
# Verbs with a literal physical sense: replaced only under the guard below.
_GUARDED: dict[str, str] = {
    "slams": "criticizes",
    "slammed": "criticized",
    "blasts": "criticizes",
    "blasted": "criticized",
    "rips": "criticizes",
    "ripped": "criticized",
    "bashes": "criticizes",
    "bashed": "criticized",
    "hammers": "criticizes",
    "hammered": "criticized",
    "torches": "criticizes",
    "scorches": "criticizes",
    "skewers": "criticizes",
    "skewered": "criticized",
}
_PHYSICAL = re.compile(
    r"(?i)\b(?:storm|hurricane|typhoon|cyclone|tornado|quake|earthquake|flood|wave|wind|rain|snow|"
    r"explosion|blast|bomb|missile|rocket|shell|fire|blaze|car|truck|vehicle|plane|jet|ship|boat|"
    r"train|door|ball|shot|goal|home run|brakes|coast|shore|wall|into the)\w*"
)
_DROP_ADJ = ("stunning", "shocking", "jaw-dropping", "staggering", "whopping", "astonishing")

_SAFE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SAFE), key=len, reverse=True)) + r")\b", re.I)
_GUARDED_RE = re.compile(
    r"\b("
    + "|".join(map(re.escape, _GUARDED))
    + r")\b(?=\s+(?:[A-Z]|his\b|her\b|their\b|its\b|the\b|a\b|an\b))",
    re.I,
)
_DROP_RE = re.compile(r"\b(?:(an?)\s+)?(" + "|".join(_DROP_ADJ) + r")\s+(?=([a-z]))", re.I)


def _cased(src: str, repl: str) -> str:
    return repl[0].upper() + repl[1:] if src[:1].isupper() else repl


def neutralize(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Return the text with vetted replacements, and the (old, new) pairs applied."""
    changes: list[tuple[str, str]] = []

    def sub(table: dict[str, str]):
        def f(m: re.Match[str]) -> str:
            new = _cased(m.group(1), table[m.group(1).lower()])
            changes.append((m.group(1), new))
            return new

        return f

    out = _SAFE_RE.sub(sub(_SAFE), text)
    if not _PHYSICAL.search(out):
        out = _GUARDED_RE.sub(sub(_GUARDED), out)

    def drop(m: re.Match[str]) -> str:
        changes.append((m.group(2), ""))
        art = m.group(1)
        if not art:
            return ""
        # keep the article agreeing with the word that now follows it
        new = "an" if m.group(3) in "aeiou" else "a"
        return (_cased(art, new)) + " "

    out = _DROP_RE.sub(drop, out)
    return out, tuple(changes)
