"""Loaded vox pops out of the Story and Highlights (fifteenth session; docs/synthesis.md).

A *vox pop* is a passer-by's reaction: a quotation whose speaker is introduced as a private person
by an age ("office worker Kayla Dunn, 27, said: ...", "Lena Ruiz (34)", "a 39-year-old mother",
"de 39 años", "39 ans", "39 anos"). Officials, witnesses with a role and named parties are
introduced by what they are, not by how old they are, so the age is the plain sign, in any of
the languages the pipeline pools. A vox pop that is loaded ("total chaos", "a nightmare":
its quoted words at least Charged, ``labels.CHARGED_FROM``, read as a sentence of their own)
tells the reader how someone felt, not what happened; the tone rule for quotations
(``calm.py``: what someone is quoted saying is reporting) lets it through, and a tabloid's
report is often nothing but such quotes around its facts. While the story has other sentences,
such a quote is kept out like a charged sentence. A calm vox pop ("I saw the tram leave the
rails") stays: it may be the only eyewitness account.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from plainwire.analyze.labels import CHARGED_FROM

ENABLED = True
_QUOTE_MARKS = ('"', "“", "„", "«")
_QUOTE = re.compile(r"[\"“„«]\s*([^\"”“«»„]{3,}?)\s*[\"”“»]")
# An age introducing a person: "Name Surname, 27," / "Name (27)" / "a 39-year-old" / "aged 39" /
# "de 39 años" / "39 ans" / "39 anos" / "39 år" / "39 Jahre".
_AGE = re.compile(
    r"(?:\b[A-ZÀ-Ý][\w'’-]+,\s+(?:aged\s+)?\d{1,2},|\b[A-ZÀ-Ý][\w'’-]+\s+\(\d{1,2}\)|\b\d{1,2}-year-old\b|"
    r"\baged\s+\d{1,2}\b|\b\d{1,2}\s+(?:años|ans|anos|år|Jahre|anni)\b)"
)


def quoted(text: str) -> str:
    """The words ``text`` quotes, joined (empty when it quotes nobody)."""
    return " ".join(m.group(1) for m in _QUOTE.finditer(text))


def is_vox_pop(text: str) -> bool:
    """Whether ``text`` quotes a private person introduced by an age."""
    # cheap first: most sentences quote nobody, and most quotations give no age
    if not any(q in text for q in _QUOTE_MARKS) or not _AGE.search(text):
        return False
    return bool(quoted(text)) and bool(_AGE.search(_QUOTE.sub(" ", text)))


def loaded_vox_pops(texts: Sequence[str], loadedness: Callable[[str], float]) -> set[int]:
    """Indexes of ``texts`` that are vox pops whose quoted words read as Charged or hotter."""
    return {i for i, t in enumerate(texts) if is_vox_pop(t) and loadedness(quoted(t)) >= CHARGED_FROM}
