"""A pool sentence as the page prints it: neutral wording, the story's outlets not named, no
relative days, and its provenance (split out of ``core``, seventeenth session)."""

from __future__ import annotations

from collections.abc import Sequence

from plainwire.models import SentenceRef, StorySentence
from plainwire.synthesize import outlets
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.pool import Pool
from plainwire.synthesize.select import Scored, supporting
from plainwire.synthesize.sentences import Sentence
from plainwire.synthesize.standalone import drop_relative_days

MAX_SUPPORT_REFS = 6


def ref(s: Sentence) -> SentenceRef:
    return SentenceRef(article_id=s.article_id, index=s.index, text=s.raw, source=s.source)


def story_sentence(
    sc: Scored, pl: Pool, text: str | None = None, sources: Sequence[str] = ()
) -> StorySentence:
    """The printed sentence (``text``: the pool sentence cut back, when it was; ``sources``: the
    story's outlet names, which the text does not name: ``outlets.unname``)."""
    text, _ = neutralize(sc.sentence.text if text is None else text)
    if outlets.ENABLED and sources:
        text = outlets.unname(text, sources)
    text = drop_relative_days(text)
    others = supporting(sc.index, pl.sim, pl.text_of or pl.article_of, limit=MAX_SUPPORT_REFS - 1)
    return StorySentence(text=text, support=(ref(sc.sentence),) + tuple(ref(pl.sentences[j]) for j in others))
