"""Correction notices: the corrected fact reaches the Story, the wrong one never does.

An outlet that fixes a mistake in place usually says so at the end of the article:
"Correction, 18 May: an earlier version of this article said the survey covered 3,000 homes.
It covered 300.", "An earlier version of this story misstated ...", "This article has been
corrected: it previously said ...", "... 300 homes, not 3,000 as we reported". The corrected
text is in the article's body; other outlets may still carry the wrong figure they copied.

``notices`` finds such sentences and the figures they retract (the numbers of the part that
says what the article *said*; "It covered 300." gives the right one). ``retracted`` marks
the sentences of the whole story that give a retracted figure about the same thing (the
figure, and a content word of the notice's account of it in common: "a trial of 3,000 office
workers" shares "office"/"worker") and the notices themselves: none is printed.

Why the notice itself is not shown: it is about the article's history, not the event; by its
nature it prints the wrong figure next to the right one, and the Story already gives the
corrected fact as the outlet now states it. The page's sources still link the corrected
article, where the notice stands in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from plainwire.lazyre import lazy_pattern
from plainwire.synthesize.facts import digits
from plainwire.synthesize.textstats import content_stems

ENABLED = True

# The common forms of a notice. One of these makes a sentence a notice. English, and (sixteenth
# session) the forms German, French, Spanish, Italian, Portuguese and Dutch outlets use: "an
# earlier version of this article", a "Correction:" / "Korrektur:" / "Rectificatif :" label,
# "this article has been amended", "this article originally gave ... as ...", "Amended on ...:".
_ARTICLE = r"(?:article|story|report|piece|page|item)"
_WROTE = (
    r"écrit|indiqué|affirmé|annoncé|publié|dicho|dijimos|indicado|publicado|publicamos|informado|"
    r"informamos|scritto|indicato|riportato|pubblicato|escrito|escrevemos|informámos|geschrieben|berichtet|"
    r"gemeldet|angegeben|vermeld|geschreven|gemeld"
)
_WRONGLY = (
    r"par\s+erreur|por\s+error|erróneamente|per\s+errore|erroneamente|por\s+engano|fälschlicherweise|"
    r"irrtümlich|abusievelijk|ten\s+onrechte"
)
_NOTICE = lazy_pattern(
    r"(?i)(?:\b(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version\s+of\s+(?:this|the)\s+"
    + _ARTICLE
    + r"\b"
    r"|^\W*(?:correction|clarification|korrektur|berichtigung|richtigstellung|rectificatif|erratum|"
    r"correctif|fe\s+de\s+erratas|fe\s+de\s+errores|correcci[óo]n|rettifica|errata\s+corrige|errata|"
    r"corre[çc][ãa]o|correctie|rectificatie|nota\s+(?:de\s+la\s+)?redac\w*)s?\b[^.:]{0,30}:"
    r"|^\W*(?:amended|corrected|updated\s+to\s+correct)\b[^.:]{0,40}:"
    r"|\bthis\s+" + _ARTICLE + r"\s+(?:has\s+been|was)\s+(?:corrected|amended|updated\s+to\s+correct)"
    r"|\b(?:we|it)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|described)"
    r"|\bthis\s+" + _ARTICLE + r"\s+(?:originally|previously|initially|earlier|wrongly|incorrectly|"
    r"mistakenly|erroneously)\s+(?:said|stated|gave|reported|put|described|named|listed|misstated|referred\s+to)"
    r"|\b(?:was|were|is)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:given|stated|reported)"
    r"|\bnot\s+[^,;.]{0,30}\bas\s+(?:we\s+)?(?:previously|originally|wrongly|incorrectly)\s+"
    r"(?:said|stated|reported)"
    # de / fr / es / it / pt / nl: "in an earlier version of this article", "wrongly"
    r"|\bin\s+einer\s+(?:früheren|vorherigen|ersten)\s+(?:Version|Fassung)\b"
    r"|\bune\s+(?:(?:précédente|première|ancienne)\s+version|version\s+(?:précédente|antérieure|initiale))\s+"
    r"de\s+cet\s+article\b"
    r"|\buna\s+versi[óo]n\s+(?:anterior|previa)\s+de\s+(?:este|esta)\s+(?:art[íi]culo|noticia|informaci[óo]n)\b"
    r"|\buna\s+(?:versione|precedente\s+versione)\s+(?:precedente\s+)?di\s+questo\s+articolo\b"
    r"|\buma\s+vers[ãa]o\s+anterior\s+(?:deste|desta)\s+(?:artigo|reportagem|not[íi]cia|texto)\b"
    r"|\bin\s+een\s+eerdere\s+versie\s+van\s+dit\s+artikel\b"
    # a verb of writing and "wrongly", either order ("nous avions écrit par erreur", "por error
    # publicamos"): the adverb alone is also news ("a patient was given the drug by mistake")
    rf"|\b(?:{_WROTE})\s+(?:\w+\s+)?(?:{_WRONGLY})\b|\b(?:{_WRONGLY})\s+(?:\w+\s+){{0,2}}(?:{_WROTE})\b)"
)
# What the article said (the wrong account): after the verb of saying, to the end of the clause.
_SAID = lazy_pattern(
    r"(?i)\b(?:said|stated|reported|gave|misstated|misreported|described|put|quoted|referred\s+to|"
    r"wrongly\s+\w+|incorrectly\s+\w+|mistakenly\s+\w+|hieß\s+es|stand|war\s+von|indiquait|disait|"
    r"affirmait|mentionnait|[ée]crit|dec[íi]a|indicaba|afirmaba|se[ñn]alaba|riportava|indicava|diceva|"
    r"affermava|dizia|informava|afirmava|stond)[\s,]+(?P<said>[^;]+)"
)
# "... 300 homes, not 3,000 as we reported": the figure after "not" is the wrong one.
_NOT_AS = lazy_pattern(
    r"(?i)\bnot\s+(?P<said>[^,;.]{0,30}?)\s*,?\s*as\s+(?:we\s+)?(?:previously|originally|wrongly|incorrectly)"
)
_SEEN = (
    "version",
    "versión",
    "correct",
    "clarif",
    "wrongly",
    "incorrectly",
    "mistakenly",
    "erroneously",
    "previously",
    "originally",
    "amended",
    "fassung",
    "berichtig",
    "korrektur",
    "richtigstell",
    "rectifi",
    "errat",
    "correcci",
    "rettific",
    "correç",
    "correcç",
    "versão",
    "versie",
    "fälschlich",
    "irrtüm",
    "erreur",
    "error",
    "errore",
    "erróneamente",
    "erroneamente",
    "engano",
    "abusievelijk",
    "onrechte",
    "redac",
)


@dataclass(frozen=True, slots=True)
class Retraction:
    """The figures a notice retracts and the content stems of its account of them."""

    figures: frozenset[str]
    stems: frozenset[str]


def notice(text: str) -> Retraction | None:
    """``text`` as a correction notice: what it retracts (figures may be empty when it corrects
    a name or a word); ``None`` when it is no notice."""
    low = text.lower()
    if not any(w in low for w in _SEEN) or not _NOTICE().search(text):
        return None
    m = _NOT_AS().search(text)
    if m is not None:  # "hire 40 wardens, not 400 as ...": the figure is about what comes before
        said, about = m.group("said"), text[: m.start()]
    else:
        m = _SAID().search(text)
        said = about = m.group("said") if m is not None else ""
    return Retraction(digits(said), frozenset(w for w in content_stems(about) if not w[:1].isdigit()))


def retracted(texts: Sequence[str], stems: Sequence[frozenset[str]] | None = None) -> set[int]:
    """The sentences of ``texts`` no Story prints: correction notices, and sentences giving a
    figure a notice retracts about the same thing (a content stem of the notice's account in
    common). ``stems``: content stems per sentence when the caller has them."""
    notes = {i: r for i, t in enumerate(texts) if (r := notice(t)) is not None}
    out = set(notes)
    wrong = [r for r in notes.values() if r.figures]
    if not wrong:
        return out
    for i, t in enumerate(texts):
        if i in out:
            continue
        nums = digits(t)
        if not nums:
            continue
        st = stems[i] if stems is not None else frozenset(content_stems(t))
        if any(nums & r.figures and st & r.stems for r in wrong):
            out.add(i)
    return out


def retracted_titles(titles: Sequence[str], texts: Sequence[str]) -> set[int]:
    """Titles giving a figure a notice among ``texts`` retracts (about the same thing)."""
    wrong = [r for t in texts if (r := notice(t)) is not None and r.figures]
    if not wrong:
        return set()
    out = set()
    for k, title in enumerate(titles):
        nums = digits(title)
        st = frozenset(content_stems(title))
        if nums and any(nums & r.figures and st & r.stems for r in wrong):
            out.add(k)
    return out
