"""Which pool sentences can be read outside their own article (``standalone``), in the pool's
terms: the sentence before each in its article, speakers and "He"/"She" openings named from it,
and the Story's order without the sentences that cannot stand alone (split out of ``core``,
seventeenth session)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from plainwire.models import StorySentence
from plainwire.synthesize.headline import MAX_WORDS as HEADLINE_WORDS
from plainwire.synthesize.pool import Pool
from plainwire.synthesize.sentences import Sentence
from plainwire.synthesize.standalone import (
    follow_antecedents,
    leans_back,
    pronoun_opening,
    pronoun_speaker,
    resolve_pronoun,
    resolve_speaker,
    unfit_reason,
    unterminated,
)

# A raw sentence starting in lower case is a fragment (``printable``; eighth session).
LOWER_FRAGMENT = True
# A line without closing punctuation, no longer than a headline, is no sentence of the report
# (seventeenth session): a label and its link ("Read also: ..."), an update or credit line
# ("Updated 12.11.2026 at 21.10", "Reporting by ...; Editing by ..."), a heading or deck kept in
# the text. Any language: the shape says it. A longer one is the coverage's prose cut off by its
# source (AllSides leads end so): ``standalone.cut_mid_clause`` judges it, as before.
CLOSED_ONLY = True
LINE_MAX_WORDS = HEADLINE_WORDS  # a line no longer than a headline reads as one


def whole(s: Sentence) -> bool:
    """``s`` is fit to print alone: no ``unfit_reason``, and its raw form does not start in lower
    case. A sentence whose raw form starts in lower case was split mid-clause or lost its first
    letter ("attack on the Capitol by ...", "resident Trump ..."): the capital compression gives
    it would hide that it is a fragment."""
    return (
        unfit_reason(s.text) is None
        and not (LOWER_FRAGMENT and s.raw[:1].islower())
        and not (CLOSED_ONLY and unterminated(s.text) and len(s.text.split()) <= LINE_MAX_WORDS)
    )


def previous(pl: Pool) -> list[int | None]:
    """Per pool sentence, the pool index of the sentence right before it in its own article."""
    pool = pl.sentences
    return [
        i - 1
        if i > 0 and pl.article_of[i - 1] == pl.article_of[i] and pool[i - 1].index == pool[i].index - 1
        else None
        for i in range(len(pool))
    ]


def named_speakers(pl: Pool) -> dict[int, str]:
    """Pool sentences whose speaker is named only by a pronoun ('..., she said.') with the one
    person the sentence before them in their own article names put in its place
    (``standalone.resolve_speaker``; thirteenth session): they no longer lean on that sentence."""
    pool = pl.sentences
    cands = [i for i, s in enumerate(pool) if pronoun_speaker(s.text) and not pronoun_opening(s.text)]
    if not cands:
        return {}
    before = previous(pl)
    out: dict[int, str] = {}
    for i in cands:
        p = before[i]
        if p is not None:
            text = resolve_speaker(pool[i].text, pool[p].text)
            if text is not None:
                out[i] = text
    return out


def printable(order: Sequence[int], pl: Pool, named: Mapping[int, str] | None = None) -> list[int]:
    """``order`` without the sentences that cannot stand outside their article (``standalone``)."""
    pool = pl.sentences
    fit = [i for i in order if whole(pool[i])]
    named = named or {}
    return follow_antecedents(
        fit, [leans_back(s.text) and i not in named for i, s in enumerate(pool)], previous(pl)
    )


def resolved(ranked: Sequence[int], pl: Pool, printed: Callable[[int], StorySentence]) -> dict[int, str]:
    """Ranked sentences opening on "He"/"She" whose person the sentence before them in their own
    article names (``standalone.resolve_pronoun``), with the pronoun replaced by the surname;
    only sentences that are otherwise fit to print alone."""
    pool = pl.sentences
    # cheap first: the only openings resolve_pronoun names (most sentences have none)
    cands = [i for i in ranked if pool[i].text.startswith(("He ", "She ", "His ", "Her "))]
    if not cands:
        return {}
    before = previous(pl)
    out: dict[int, str] = {}
    for i in cands:
        p = before[i]
        if p is None or unfit_reason(pool[i].text) is not None:
            continue
        text = resolve_pronoun(printed(i).text, pool[p].text)
        if text is not None:
            out[i] = text
    return out
