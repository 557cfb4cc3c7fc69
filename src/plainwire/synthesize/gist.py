"""The one-line gist of an opinion or analysis piece, shown under Opinions.

An argued piece often opens on an anecdote ("I have lived here for thirty years ...") and
states its case later, so its first sentence is a poor gist. In order:

1. The page's own summary (og:description / the dek), when it is a real summary: at least
   ``MIN_DEK_WORDS`` words, not the title again, and not just the body's opening copied
   (feeds often put the first paragraph there).
2. Otherwise the early sentence closest in meaning to the headline — the editors' one-line
   version of the case (static word vectors, so a restatement in other words counts) —
   nudged towards sentences that take a stance in the author's own voice ("should",
   "must", "it is time"), away from first-person narration without one, and towards the
   top of the piece.

Extractive only: the gist is text the outlet printed, cut at ``MAX_WORDS``.
"""

from __future__ import annotations

import re

from plainwire import wordvec
from plainwire.models import Article
from plainwire.synthesize import labels
from plainwire.synthesize.sentences import article_sentences, is_junk
from plainwire.synthesize.textstats import content_words

MAX_WORDS = 30
CANDIDATES = 8  # early sentences only: the case is made near the top
STANCE_BONUS = 0.15
NARRATION_COST = 0.15  # "I have lived ...", "My father ...": scene-setting, not the case
MIN_DEK_WORDS = 6
POSITION_COST = 0.02  # per sentence further down

# Page furniture a body may keep at its top (a photo's caption and credit, a reading time): never
# a gist, nor its first words (fifteenth session: "Image caption: Opinion | A 4.5 percent ...").
_FURNITURE = re.compile(
    r"^\s*(?:image\s+caption|caption|photo(?:graph)?|picture|image|credit|illustration|video|"
    r"bildunterschrift|foto|bild|pie\s+de\s+foto|légende|legenda|bildtext|reading\s+time|\d+\s+min(?:ute)?s?\s+read)"
    r"\s*[:|]",
    re.IGNORECASE,
)
_STANCE = re.compile(
    r"\b(?:should|must|ought to|needs? to|has to|have to|it'?s time|it is time|i (?:think|believe)|"
    r"we (?:cannot|can't|deserve)|is a mistake|is wrong)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|I'm|I've|I’m|I’ve)\b")
_SQUASH = re.compile(r"\W+")


def _key(text: str, n: int = 60) -> str:
    return _SQUASH.sub(" ", text.lower()).strip()[:n]


def _dek(article: Article) -> str | None:
    """The page's summary when it says something the body's opening and the title do not."""
    d = (article.description or "").strip()
    if len(d.split()) < MIN_DEK_WORDS or _key(d) == _key(article.title or ""):
        return None
    body = _key(article.text, 400)
    return None if _key(d, 40) in body else d


def gist(article: Article, language: str | None) -> str:
    """One sentence (at most ``MAX_WORDS`` words, "…" when cut) that states the piece's case."""
    dek = _dek(article)
    if dek is not None and not _FURNITURE.match(dek):
        return _cut(_unlabel(dek))
    sents = [
        _unlabel(s.text)
        for s in article_sentences(article.id, article.text, article.source, language)[:CANDIDATES]
        if not is_junk(s.text) and not _FURNITURE.match(s.text)
    ]
    if not sents:
        text = _unlabel((article.description or article.title or "").strip())
    else:
        title = labels.strip_genre_label(article.title or "")
        vecs = wordvec.table().embed_many([content_words(title)] + [content_words(s) for s in sents])

        def score(i: int) -> float:
            own = _QUOTED.sub("", sents[i])
            if _STANCE.search(own):
                voice = STANCE_BONUS
            else:
                voice = -NARRATION_COST if _FIRST_PERSON.search(own) else 0.0
            return float(vecs[i + 1] @ vecs[0]) + voice - POSITION_COST * i

        text = sents[max(range(len(sents)), key=lambda i: (score(i), -i))]
    return _cut(text)


def _unlabel(text: str) -> str:
    """``text`` without a label ("Opinion | ...", "Analysis: ...") at its start."""
    # the labels of ``analyze.genre`` in every language it reads (``labels.py``, sixteenth
    # session: until then a shorter copy of them here, in six languages)
    out = labels.genre_label().sub("", text, count=1).strip()
    return out or text


def _cut(text: str) -> str:
    words = text.split()
    return " ".join(words[:MAX_WORDS]) + ("…" if len(words) > MAX_WORDS else "")
