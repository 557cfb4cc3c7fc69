"""Withdrawal notices: a page its outlet replaced by (or published as) a notice that the
article was withdrawn, removed or retracted.

An outlet that withdraws a report usually keeps the URL and replaces the text with a notice
("This article has been withdrawn. It reported claims ... that could not be verified.").
Read as news, that notice becomes a Story sentence and the withdrawn title a headline; the
pipeline instead marks the article withdrawn and keeps its claims out of every page
(plainwire.pipeline.storing, docs/ingest.md "Retractions and moves").

What counts is the outlet speaking about **its own page**: a demonstrative subject ("this
article", "dieser Artikel", "den här artikeln" ...) or "we have withdrawn this story", with a
withdrawal verb, in the title or the first sentences of the text. A report *about* something
withdrawn (a bill, a product, a candidate, a government report) names another subject and
does not match; nor does a correction that removed a paragraph ("a paragraph has been
removed from this article"). Forms were written for the languages the pipeline pools; the
English, German, French, Spanish, Italian, Portuguese, Dutch and Scandinavian ones are
outlets' usual wording, the Finnish, Czech, Polish and Catalan ones are grammatical forms
checked by the tests only (docs/ingest.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An optional adverb between auxiliary and participle ("has now been withdrawn",
# "a été définitivement retiré"): one word, so a longer clause cannot slip in.
_ADV = r"(?:\s+\w+)?"

# (self-reference subject, auxiliary + participle) per language; each alternative is a
# whole phrase, matched case-insensitively on whitespace-normalised text.
_FORMS: tuple[str, ...] = (
    # English
    r"\bthis\s+(?:article|story|report|piece|post|page|item|content|blog\s+post|news\s+story)\s+"
    r"(?:has|had|have)\s+been"
    + _ADV
    + r"\s+(?:withdrawn|removed|retracted|taken\s+down|unpublished|deleted)\b",
    r"\bthis\s+(?:article|story|report|piece|post|page|item|content)\s+(?:was|is|is\s+being|was\s+being)"
    + _ADV
    + r"\s+(?:withdrawn|removed|retracted|taken\s+down|unpublished|deleted)\b",
    r"\bwe\s+(?:have|had)" + _ADV + r"\s+(?:withdrawn|removed|retracted|taken\s+down|unpublished|deleted)\s+"
    r"(?:this|the)\s+(?:article|story|report|piece|post)\b",
    r"\b(?:this|the\s+following)\s+(?:article|story|report)\s+is\s+retracted\b",
    # German
    r"\b(?:dieser|der)\s+(?:artikel|beitrag|bericht|text)\s+(?:wurde|ist)" + _ADV + r"\s+"
    r"(?:zurückgezogen|entfernt|gelöscht|depubliziert|offline\s+genommen)\b",
    r"\bwir\s+haben\s+(?:diesen|den)\s+(?:artikel|beitrag|bericht|text)" + _ADV + r"\s+"
    r"(?:zurückgezogen|entfernt|gelöscht|depubliziert)\b",
    # French
    r"\b(?:cet\s+|l')article\s+a\s+été" + _ADV + r"\s+(?:retiré|supprimé|dépublié|rétracté)\b",
    r"\bnous\s+avons" + _ADV + r"\s+(?:retiré|supprimé|dépublié)\s+cet\s+article\b",
    # Spanish
    r"\best[ea]\s+(?:artículo|noticia|información|reportaje|nota)\s+(?:ha\s+sido|fue)" + _ADV + r"\s+"
    r"(?:retirad[oa]|eliminad[oa]|despublicad[oa])\b",
    # (with the definite article only the words for an article: "la información fue retirada
    # de la web del ministerio" is news)
    r"\b(?:el\s+artículo|la\s+noticia)\s+(?:ha\s+sido|fue)" + _ADV + r"\s+"
    r"(?:retirad[oa]|eliminad[oa]|despublicad[oa])\b",
    # Italian
    r"\b(?:quest[oa]\s+|l'|la\s+)(?:articolo|notizia)\s+è\s+stat[oa]"
    + _ADV
    + r"\s+(?:rimoss[oa]|ritirat[oa]|cancellat[oa])\b",
    # Portuguese
    r"\best[ea]\s+(?:artigo|notícia|reportagem|matéria)\s+foi" + _ADV + r"\s+"
    r"(?:retirad[oa]|removid[oa]|despublicad[oa])\b",
    # ("a matéria foi retirada de pauta" is a bill taken off the agenda: not with "a/o")
    r"\b(?:o\s+artigo|a\s+notícia|a\s+reportagem)\s+foi" + _ADV + r"\s+"
    r"(?:retirad[oa]|removid[oa]|despublicad[oa])\b",
    # Catalan
    r"\b(?:aquesta?\s+|l'|la\s+)(?:article|notícia)\s+(?:ha\s+estat|s'ha)" + _ADV + r"\s+"
    r"(?:retirat|retirada|eliminat|eliminada|retirat)\b",
    # Dutch
    r"\b(?:dit\s+(?:artikel|bericht|stuk)|het\s+artikel)\s+(?:is|werd)"
    + _ADV
    + r"\s+(?:verwijderd|ingetrokken|teruggetrokken)\b",
    # Swedish
    r"\b(?:den\s+här\s+artikeln|denna\s+artikel|artikeln)\s+har" + _ADV + r"\s+"
    r"(?:dragits\s+tillbaka|tagits\s+bort|avpublicerats)\b",
    # Danish / Norwegian (bokmål)
    r"\b(?:denne\s+artikel|artiklen)\s+er\s+(?:blevet\s+)?(?:trukket\s+tilbage|fjernet|afpubliceret)\b",
    r"\b(?:denne\s+artikkelen|artikkelen|denne\s+saken|saken)\s+er\s+(?:blitt\s+)?"
    r"(?:trukket\s+tilbake|fjernet|avpublisert)\b",
    # Finnish
    r"\b(?:tämä\s+)?(?:artikkeli|juttu|uutinen)\s+on\s+(?:poistettu|vedetty\s+pois)\b",
    # Czech
    r"\b(?:tento\s+(?:článek|text)|článek)\s+(?:byl|je)\s+(?:stažen|odstraněn)\b",
    # Polish
    r"\b(?:ten\s+(?:artykuł|tekst)|artykuł)\s+został\s+(?:wycofany|usunięty)\b",
)
# (matched on lower-cased text: every form is written in lower case)
_NOTICE = re.compile("|".join(f"(?:{f})" for f in _FORMS))
# The verbs' stems, one of which every form above holds: a sentence without any is no notice.
# Substring tests on the lower-cased sentence cost a few microseconds where trying every form
# at every position costs tens (docs/benchmarks.md, "Retractions and moves").
_STEMS = (
    "withdr", "remov", "retract", "taken down", "unpubli", "delet", "zurückgez", "entfern",
    "gelösch", "depubli", "offline", "retir", "supprim", "dépubli", "rétract", "eliminad",
    "despubli", "rimoss", "ritirat", "cancellat", "eliminat", "verwijder", "ingetrok",
    "teruggetrok", "dragits", "tagits", "avpubli", "trukket", "fjernet", "afpubli", "poistet",
    "vedetty", "stažen", "odstraněn", "wycofan", "usunięt",
)  # fmt: skip


def _is_notice(sentence: str) -> bool:
    low = sentence.lower().replace("\u2019", "'")  # (l’article: a typographic apostrophe)
    return any(stem in low for stem in _STEMS) and _NOTICE.search(low) is not None


# A title that is only a notice ("Article withdrawn", "Retracted", "Artikel zurückgezogen").
_TITLE_NOTICE = re.compile(
    r"\s*(?:(?:article|story|report|artikel|beitrag|article|artículo|artigo|articolo|artikeln|artikkeli)\s+)?"
    r"(?:withdrawn|removed|retracted|zurückgezogen|entfernt|retiré|retirado|retirada|ritirato|"
    r"borttagen|tillbakadragen|poistettu|stažen|wycofany)\s*[.!]?\s*",
    re.IGNORECASE,
)
# A label opening the *text* ("Retraction: An earlier version of this story said ...") is the
# outlet's notice whatever follows: no report's text opens so. In a *title* it is not (a
# headline "Retraction: journal pulls study" reports someone else's retraction); there the
# notice must say the article itself was withdrawn (_NOTICE).
_TEXT_LABEL = re.compile(
    r"(?:retraction|retracted|withdrawn|article\s+withdrawn|zurückgezogen|rétractation|retractación|"
    r"retratação|ritrattazione|rectificatie)\s*:",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
#: How many of the text's first sentences may carry the notice (a banner above the old text,
#: or a label line before it). Further down, a phrase like it is about something else.
LEAD_SENTENCES = 3
#: Longest notice kept for the reader (characters); the rest of a long page is the old text.
NOTICE_CHARS = 600


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A withdrawal notice found on a page: the notice as the reader should see it."""

    notice: str


#: Characters of the text read for its first sentences (a lead is far shorter; the cap keeps
#: the check's cost flat for long texts).
LEAD_CHARS = 1500


def _lead(text: str, n: int = LEAD_SENTENCES) -> list[str]:
    """The first ``n`` sentences (or lines) of ``text``, whitespace-normalised; the scan stops
    at the ``n``-th."""
    head = text[:LEAD_CHARS]
    out: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(head):
        part = " ".join(head[start : end.start()].split())
        start = end.end()
        if part:
            out.append(part)
            if len(out) >= n:
                return out
    tail = " ".join(head[start:].split())
    if tail:
        out.append(tail)
    return out


def withdrawal(title: str, text: str) -> Withdrawal | None:
    """The withdrawal notice of a page (``title``, ``text`` as extracted), or ``None`` when the
    page is not one: the outlet says in the title or the first sentences that this page's
    article was withdrawn, removed or retracted."""
    lead = _lead(text)
    at = 0 if lead and _TEXT_LABEL.match(lead[0]) else None
    if at is None:
        at = next((i for i, s in enumerate(lead) if _is_notice(s)), None)
    title_n = " ".join(title.split())
    if at is None and not (_is_notice(title_n) or _TITLE_NOTICE.fullmatch(title_n)):
        return None
    if at is None:
        # Only the title says so ("Article withdrawn"): the text may still be the old report,
        # so the title is the notice.
        return Withdrawal(title_n[:NOTICE_CHARS])
    full = " ".join(text.split())
    if len(full) <= NOTICE_CHARS and len(_lead(text, at + 4)) <= at + 3:
        return Withdrawal(full)  # a page that is only the notice and its reasons: all of it
    # A long page is a banner above the old text: the lead up to the notice's sentence.
    return Withdrawal(" ".join(lead[: at + 1])[:NOTICE_CHARS].rstrip())


__all__ = ["LEAD_SENTENCES", "NOTICE_CHARS", "Withdrawal", "withdrawal"]
