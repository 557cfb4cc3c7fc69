"""Event and report vocabulary: the words a plain report of a grim event has to use.

Thirteenth session (issue 6). The tone label tells readers how heated the coverage is, not
how grim the event is. The sentence model's word weights are fitted on BABE (political copy),
where words such as "wrecked", "blast" or "faulty" are rare or metaphorical, so in a calm
report of a storm or a factory accident they read as heat. In an article, such a word adds
nothing to its sentence's score (``neutral_event_tokens``) unless the sentence frames the
event sensationally (``SENSATIONAL_FRAME``: "horror", "carnage", "terrified"), an
intensifier stands right before it ("utterly destroyed"), or the sentence exclaims
(``tone.article_tone`` checks the "!").

The word list ships as ``data/event_words.json``: hand-written candidate forms, kept unless
the AllSides editors significantly drop them (tools/tone_event_words.py; docs/tone.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import repeat

from plainwire.analyze import cues
from plainwire.analyze.text import Token, word_set

EVENT_RESOURCE = "event_words.json"

# Sensational framing of an event (hand-set, plainwire's own): with one of these in the
# sentence, the event words count as the outlet wrote them. Kept to words that frame how a
# reader should feel about what happened, not what happened.
SENSATIONAL_FRAME = word_set("""horror horrors horrific horrifying horrified terror terrified terrifying
    carnage bloodbath massacre slaughter mayhem chaos chaotic nightmare nightmarish hell hellish
    inferno apocalypse apocalyptic devastating devastated devastation catastrophe catastrophic
    tragedy tragic shock shocking shocked shockwaves stunned stunning sickening heartbreak
    heartbreaking heartbroken agony anguish agonising agonizing ordeal plunge plunges plunged
    plunging tore tears ripped rips rampage rampaging fury furious outrage outraged fiend monster
    evil savage savagely brutal brutally screaming screams scream panic panicked panicking
    frenzy miracle miraculous doomed grim grisly gruesome harrowing
    hero heroes heroic scandal disgrace disgraceful shame shameful""")


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """The shipped event / report vocabulary (lower-case surface forms)."""
    raw = resources.files("plainwire.analyze").joinpath("data", EVENT_RESOURCE).read_text(encoding="utf-8")
    return frozenset(json.loads(raw)["words"])


# stripped from a whitespace-separated word before ``has_event_word`` looks it up
_EDGE_PUNCT = ".,;:!?\"'()[]“”‘’"


def has_event_word(text: str) -> bool:
    """Cheap pre-check: does ``text`` hold a (lower-cased, punctuation-stripped) event word?"""
    # one C-level pass (``map`` of ``str.strip``, ``isdisjoint`` stops at the first hit): the
    # article scorer asks this of each of its top units (fourteenth session)
    return not event_words().isdisjoint(map(str.strip, text.lower().split(), repeat(_EDGE_PUNCT)))


def neutral_event_tokens(toks: Sequence[Token]) -> list[int]:
    """Indices of the event words in a sentence's tokens that are reported, not framed.

    None when the sentence is framed sensationally (a ``SENSATIONAL_FRAME`` word); an event
    word right after an intensifier ("utterly destroyed") counts as written. (``cues.THREAT``
    is not a frame here: it holds plain report words too, "emergency", "alarm".)
    """
    ev = event_words()
    if any(t.norm in SENSATIONAL_FRAME for t in toks):
        return []
    out = []
    for i, t in enumerate(toks):
        if t.norm in ev and not (i and toks[i - 1].norm in cues.INTENSIFIERS):
            out.append(i)
    return out
