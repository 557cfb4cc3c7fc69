"""The Story's first sentence introduces the event rather than presupposing it.

The ranking may put "The fire has burned 1,200 acres ..." first while another top sentence
introduces the event: "A brush fire burning in the hills ... forced the evacuation of ...".
A reader meeting "The fire" first is told about something never introduced. So when the top
sentence's subject is a definite "The <noun>" and one of the next few top sentences introduces
that noun with "a"/"an" near its start, that sentence opens the Story instead (the rest keep
their order). Nothing is rewritten.

Eighth session (``speaker_first``): nor does the Story open on a quotation ('"This is a moment
to ...," she said ...') or on a claim whose speaker is only a pronoun ("..., he said in a
series of tweets"): the reader does not yet know who is talking. When one of the next few top
sentences does not, it opens the Story instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from plainwire.synthesize.textstats import stem

TOP = 3  # the introducing sentence must be among the top sentences (it would be printed anyway)
INTRO_WORDS = 5  # "a"/"an" must come within this many words of the start (its subject)

_DEFINITE = re.compile(r"^The\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
# words that follow a definite subject's head noun and are not nouns themselves
_NOT_NOUN = frozenset(
    {
        *("has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "may"),
        *("might", "must", "should", "said", "says", "that", "which", "who", "of", "in", "on"),
        *("at", "for", "to", "from", "by", "with", "and", "or", "but", "as", "after", "before"),
    }
)
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _definite_heads(text: str) -> frozenset[str]:
    """Stem of the head noun of a sentence-initial "The ..." subject: "The fire has ..." ->
    {fire}, "The brush fire ..." -> {fire}, "The police officer ..." -> {officer} (so "A police
    chief ..." does not introduce it); empty when the sentence does not open on "The <word>"."""
    m = _DEFINITE.match(text)
    if not m:
        return frozenset()
    second = m.group(2)
    if second and second not in _NOT_NOUN and not second.endswith("ed"):
        return frozenset({stem(second)})
    return frozenset({stem(m.group(1))})


def _introduces(text: str, heads: frozenset[str]) -> bool:
    """``text`` has "a"/"an" within its first words followed (within three words) by a head."""
    ws = _WORD.findall(text)
    for k, w in enumerate(ws[:INTRO_WORDS]):
        if w.lower() in ("a", "an") and any(stem(x.lower()) in heads for x in ws[k + 1 : k + 4]):
            return True
    return False


def introduce_first(order: Sequence[int], text_of: Callable[[int], str], top: int | None = None) -> list[int]:
    """``order`` with a sentence that introduces the event moved first when the top sentence
    presupposes it (see the module docstring); otherwise ``order`` unchanged. ``top``: how
    many top sentences are searched (default ``TOP``, read at call time; 0 switches it off)."""
    top = TOP if top is None else top
    out = list(order)
    if len(out) < 2:
        return out
    heads = _definite_heads(text_of(out[0]))
    if not heads:
        return out
    for pos in range(1, min(top, len(out))):
        t = text_of(out[pos])
        if not _DEFINITE.match(t) and _introduces(t, heads):
            return [out[pos]] + out[:pos] + out[pos + 1 :]
    return out


SPEAKER_TOP = 3  # as TOP; 0 switches ``speaker_first`` off

# '"...," she said' / "..., he said in a series of tweets": the speaker is a pronoun
_PRONOUN_SPEAKER = re.compile(
    r"[,.!?][\"”’']?\s+(?:he|she|they)\s+(?:said|says|added|wrote|told|tweeted|explained|continued)\b"
)
_QUOTE_OPENING = re.compile(r"^[\"“‘]")


def _speaker_unknown(text: str) -> bool:
    return bool(_QUOTE_OPENING.match(text) or _PRONOUN_SPEAKER.search(text))


def speaker_first(order: Sequence[int], text_of: Callable[[int], str], top: int | None = None) -> list[int]:
    """``order`` with the first of the next top sentences moved first when the top sentence
    opens on a quotation or names its speaker only by a pronoun (see the module docstring)."""
    top = SPEAKER_TOP if top is None else top
    out = list(order)
    if len(out) < 2 or not _speaker_unknown(text_of(out[0])):
        return out
    for pos in range(1, min(top, len(out))):
        if not _speaker_unknown(text_of(out[pos])):
            return [out[pos]] + out[:pos] + out[pos + 1 :]
    return out
