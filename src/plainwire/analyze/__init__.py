"""Analyze stage: language, genre (news / opinion / analysis) and tone with evidence.

Public API (others code against these names):
``analyze``, ``analyze_many``, ``genre_of``, ``sentence_loadedness``, ``story_tone``,
``TONE_LABELS``. Definitions of the labels and signals: docs/tone.md.
"""

from plainwire.analyze.api import analyze, analyze_many
from plainwire.analyze.genre import genre_cues, genre_of
from plainwire.analyze.labels import TONE_LABELS, label_for
from plainwire.analyze.tone import article_tone, sentence_loadedness, story_tone

__all__ = [
    "TONE_LABELS",
    "analyze",
    "analyze_many",
    "article_tone",
    "genre_cues",
    "genre_of",
    "label_for",
    "sentence_loadedness",
    "story_tone",
]
