"""Hand-written cue word lists (plainwire's own, Apache-2.0).

Small closed-class lists that a corpus count would not find reliably: intensifiers and hedges,
conflict/threat framing, and headline clickbait forms. Every word here is a feature of the tone
model; its weight is fitted (see tools/build_tone_model.py), not set by hand.
"""

from __future__ import annotations

import re

from plainwire.analyze.text import word_set as _words

INTENSIFIERS = _words("""very extremely utterly totally absolutely completely entirely incredibly truly really
    deeply highly hugely massively wildly outright downright sheer blatantly flagrantly
    shockingly staggeringly astonishingly remarkably fiercely bitterly desperately radically
    so-called literally openly brazenly grossly woefully painfully insanely ridiculously
    ever even just""")

HEDGES = _words("""reportedly allegedly apparently possibly perhaps maybe likely unlikely may might could
    seemingly suggest suggests suggested according estimated approximately roughly about
    around nearly almost some""")

# Conflict and threat framing: the vocabulary of war, disaster and menace used about
# non-war events ("assault on democracy", "border crisis", "slams").
THREAT = _words("""threat threats threaten threatens threatened threatening danger dangerous dangers
    crisis crises catastrophe catastrophic disaster disastrous chaos chaotic war wars warfare
    battle battles attack attacks attacked assault assaults invasion invade invaded siege
    destroy destroys destroyed destruction devastating devastate devastated collapse
    collapsing meltdown carnage bloodbath slaughter massacre terror terrorize terrifying
    horrific horrifying nightmare apocalypse apocalyptic doom doomed emergency alarm alarming
    panic panicked fear fears feared menace peril perilous explosive explode erupt erupts
    onslaught rampage surge flood floods flooding invasion slam slams slammed blast blasts
    blasted rip rips ripped torch torched destroy annihilate annihilated unprecedented
    existential""")

FIRST_PERSON = _words("i me my mine myself we us our ours ourselves")
SECOND_PERSON = _words("you your yours yourself yourselves")
MODALS_SHOULD = _words("should must ought shouldn't mustn't")

# Headline sensationalism: clickbait forms.
# The longer forms come first so that the evidence shown is "You won't believe", not "You won't".
CLICKBAIT = re.compile(
    r"\byou won'?t believe\b|\bwhat happened next\b|"
    r"^(?:here'?s|this is|these are|you won'?t|you need|why you|what you|the truth about|"
    r"watch|shocking|breaking)\b|"
    r"^\d+\s+(?:reasons|things|ways|times)\b|\bwill (?:shock|stun|blow)\b",
    re.IGNORECASE,
)

# Function words: no tone of their own.
FUNCTION_WORDS = _words("""a an the and or but if of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then once here there
    when where why how all any both each few more most other some such no nor not only own same so
    than too very s t can will just don should now i me my we our you your he him his she her it
    its they them their what which who whom this that these those am is are was were be been
    being have has had having do does did doing would could said says say told mr mrs ms""")
