"""Letters without their marks: one table for every stage that compares spellings.

Clustering folds names across languages ("Kjær" in a Danish report, "Kjaer" in an English
one) and synthesis picks one spelling of a name for the page; both need the same idea of
which letters are the same letter without its marks.
"""

from __future__ import annotations

import unicodedata

#: Letters NFKD leaves whole, as a plain keyboard writes them ("Kjær" -> "Kjaer", "Søren" ->
#: "Soren", "Wałęsa" -> "Walesa", "Straße" -> "Strasse"): a name is spelt both ways.
PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)  # fmt: skip


def unaccented(text: str) -> str:
    """``text`` without its combining marks ("Zürich" -> "Zurich", "café" -> "cafe"); the
    letters of ``PLAIN`` are left to the caller (translate first)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
