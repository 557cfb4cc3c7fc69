"""Hand-written cue word lists (plainwire's own, Apache-2.0).

Small closed-class lists that a corpus count would not find reliably: intensifiers and hedges,
conflict/threat framing, and headline clickbait forms. Every word here is a feature of the tone
model; its weight is fitted (see tools/build_tone_model.py), not set by hand.
"""

from __future__ import annotations

import re

INTENSIFIERS = frozenset(
    """very extremely utterly totally absolutely completely entirely incredibly truly really
    deeply highly hugely massively wildly outright downright sheer blatantly flagrantly
    shockingly staggeringly astonishingly remarkably fiercely bitterly desperately radically
    so-called literally openly brazenly grossly woefully painfully insanely ridiculously
    ever even just""".split()
)

HEDGES = frozenset(
    """reportedly allegedly apparently possibly perhaps maybe likely unlikely may might could
    seemingly suggest suggests suggested according estimated approximately roughly about
    around nearly almost some""".split()
)

# Conflict and threat framing: the vocabulary of war, disaster and menace used about
# non-war events ("assault on democracy", "border crisis", "slams").
THREAT = frozenset(
    """threat threats threaten threatens threatened threatening danger dangerous dangers
    crisis crises catastrophe catastrophic disaster disastrous chaos chaotic war wars warfare
    battle battles attack attacks attacked assault assaults invasion invade invaded siege
    destroy destroys destroyed destruction devastating devastate devastated collapse
    collapsing meltdown carnage bloodbath slaughter massacre terror terrorize terrifying
    horrific horrifying nightmare apocalypse apocalyptic doom doomed emergency alarm alarming
    panic panicked fear fears feared menace peril perilous explosive explode erupt erupts
    onslaught rampage surge flood floods flooding invasion slam slams slammed blast blasts
    blasted rip rips ripped torch torched destroy annihilate annihilated unprecedented
    existential""".split()
)

FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
SECOND_PERSON = frozenset("you your yours yourself yourselves".split())
MODALS_SHOULD = frozenset("should must ought shouldn't mustn't".split())

# Headline sensationalism: clickbait forms.
CLICKBAIT = re.compile(
    r"^(?:here'?s|this is|these are|you won'?t|you need|why you|what you|the truth about|"
    r"watch|shocking|breaking)\b|\byou won'?t believe\b|\bwhat happened next\b|"
    r"^\d+\s+(?:reasons|things|ways|times)\b|\bwill (?:shock|stun|blow)\b",
    re.IGNORECASE,
)
