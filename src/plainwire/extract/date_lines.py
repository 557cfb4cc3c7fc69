"""Update and date lines in any language, read by their shape (seventeenth session).

The dateline rule of ``furniture`` (``_is_byline_time``) knows the words of a dateline in the
languages of its table ("Updated", "Opdateret", "Pubblicato il", ...); the sixth audit newsroom
set "Päivitetty 12.11.2026 klo 21.10", "Actualitzat el 11/11/2026 a les 12:30", "Stand:
12.11.2026, 16:10 Uhr" and "Aktualizováno 10. 11. 2026 v 10:30" between paragraphs, and the
Catalan one, left as the body's first sentence, became the story's headline and slug
(docs/benchmarks.md, "Furniture that did not generalise (seventeenth session)"). What every
such line shares is its shape, not its words: a whole date (day, month and year: numeric, ISO,
or a day, one word and a year), perhaps a time, a label of at most ``LABEL_WORDS`` words before
("Actualitzat el", "Päivitetty") and at most ``AFTER_WORDS`` particles after ("klo", "a les",
"Uhr"), besides the dateline words of ``furniture_cues.WHEN_WORDS``. A sentence that gives a
date says who did what on it ("Tomas Greer scored on 12.11.2026.", "The council meets on
12.11.2026 to vote on the budget.") and has more words on one side or the other.

:func:`date_line` is used on every body line (``furniture._drop_date_lines``) and on the title
candidates (``article``: a page's headline is never its update line).
"""

from __future__ import annotations

import re

from plainwire.extract.furniture_cues import REPORTED, WHEN_WORDS
from plainwire.lazyre import lazy_pattern

DATE_LINE_CHARS = 80
LABEL_WORDS = 2  # words before the date ("Actualitzat el", "Zuletzt aktualisiert am") ...
WORD_CHARS = 16  # ... each short ("Aktualizováno", "Veröffentlicht")
AFTER_WORDS = 2  # words after it, around the time ("klo", "a les", "Uhr", "v", "ora") ...
AFTER_CHARS = 5  # ... each a particle or a unit

# A whole date: day, month and year. Numeric ("12.11.2026", "11/11/2026", "10. 11. 2026",
# "12-11-2026"), ISO ("2026-11-12", "2026/11/12"), or a day, a word (a month's name in any
# language or case: "12 marraskuuta 2026", "12. listopadu 2026", "11 de novembre de 2026")
# and a year.
_DATE = lazy_pattern(
    r"(?<![\w.,/-])(?:"
    r"(?P<d>\d{1,2})(?:\.\s?|\s?[/-]\s?)(?P<m>\d{1,2})(?:\.\s?|\s?[/-]\s?)(?:\d{4}|\d{2})"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{4}\.?\s+[^\W\d_]{3,12}\.?\s+\d{1,2}\.?"  # Hungarian: "2026. november 12."
    r"|\d{1,2}(?:st|nd|rd|th|\.|º)?\s+(?:de\s+|d')?[^\W\d_]{3,12}\.?,?\s+(?:de\s+|del\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r")(?![\w/-])"
)
# A time of day ("12:30", "21.10", "21h30", "9.30am", "16:10 Uhr").
_TIME = lazy_pattern(r"(?<![\w.,])\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\b\.?)?(?![\w])", re.I)
_WORD = lazy_pattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_REPORTED = lazy_pattern(REPORTED)
_SENTENCE_INSIDE = lazy_pattern(r"[!?;]|[.]\s+[^\W\d_]{2,}")


def date_line(line: str) -> bool:
    """Whether ``line`` (stripped) is an update or date line: a whole date, perhaps a time,
    a short label before it and particles after it (module docstring)."""
    n = len(line)
    if n > DATE_LINE_CHARS or n < 6 or "@" in line or not any(c.isdigit() for c in line):
        return False  # (an embedded post's "— Name (@handle) 2. Juni 2018" credits a quotation)
    m = _DATE().search(line)
    if m is None:
        return False
    if m.group("d") is not None:
        d, mo = int(m.group("d")), int(m.group("m"))
        if not ((0 < d <= 31 and 0 < mo <= 12) or (0 < mo <= 31 and 0 < d <= 12)):
            return False  # no day and month either way round ("11/30/2026" is month first)
    before, after = _TIME().sub(" ", line[: m.start()]), _TIME().sub(" ", line[m.end() :])
    rest = before + " " + after
    if any(c.isdigit() for c in rest) or '"' in rest or "“" in rest or "«" in rest:
        return False  # a figure, a second date, a quotation: a sentence
    head, tail = _words(before), _words(after)
    if len(head) > LABEL_WORDS or len(tail) > AFTER_WORDS or any(len(w) > WORD_CHARS for w in head):
        return False
    if any(len(w) > AFTER_CHARS for w in tail) or (len(head) > 1 and line.endswith(".") and not tail):
        return False  # (a full stop after the date ends a sentence: "Sie starb am 12. November 2026.")
    return not _SENTENCE_INSIDE().search(rest) and not _REPORTED().search(line)


def _words(text: str) -> list[str]:
    return [w for w in _WORD().findall(text) if w.casefold() not in WHEN_WORDS]
