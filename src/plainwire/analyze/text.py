"""Tokens, quotation spans and sentences: the text plumbing of the tone model.

Kept dependency-free and fast: ``sentence_loadedness`` is called tens of thousands of times
per second by the synthesis stage, so everything here is a single regex pass.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple


def word_set(words: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``words`` (for readable word lists)."""
    return frozenset(words.split())


# Words, with inner apostrophes and hyphens kept ("anti-science", "don't"). Letters are any
# script's ([^\W_]), so "Bønne" or "café" stay whole words instead of leaving fragments
# ("nne caf") as evidence; synthesis and clustering tokenise the same way. Written as runs of
# letters joined by one apostrophe or hyphen: the same words as the form of before the twelfth
# session (``[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*``, a look-ahead per character), found in
# about 60 % of the time.
WORD_RE = _WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Double-quoted spans (straight or curly). Single quotes are left alone: in headlines they
# usually mark scare quotes, which are the outlet's own voice.
_QUOTE = re.compile(r"\"[^\"]*\"?|“[^”]*”?|«[^»]*»?")
# A sentence end: the mark, closing quotes or brackets, space, and a capital or digit next. The
# match starts at the mark (the sentence keeps it: ``split_sentences`` cuts one character
# later), so the scan can jump from mark to mark; a look-behind made it try every position.
_SENT_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# Abbreviations that end in a period but do not end a sentence.
_ABBREV = word_set(
    "mr mrs ms dr prof sen rep gov gen col lt sgt st jr sr inc corp co ltd vs u.s u.k u.n e.g i.e "
    "jan feb mar apr jun jul aug sep sept oct nov dec no"
)

# A quotation of at most this many words is treated as scare quotes (the outlet's voice).
SCARE_QUOTE_MAX_WORDS = 3


class Token(NamedTuple):
    norm: str  # lower-cased, curly apostrophe folded, possessive 's dropped
    raw: str
    start: int
    quoted: bool  # inside a quotation (someone else's words)


_NORM_CACHE: dict[str, str] = {}


def norm_token(raw: str) -> str:
    """Lower-cased token with curly apostrophes folded and a possessive 's dropped (memoised)."""
    w = _NORM_CACHE.get(raw)
    if w is not None:
        return w
    w = raw.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(_NORM_CACHE) < _STEM_CACHE_MAX:
        _NORM_CACHE[raw] = w
    return w


_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_MAX = 300_000  # bounded: a long-running server sees unbounded junk tokens


def stem(word: str) -> str:
    """Snowball (Porter2) stem of a normalised token, memoised."""
    s = _STEM_CACHE.get(word)
    if s is None:
        s = _stemmer().stemWord(word)
        if len(_STEM_CACHE) < _STEM_CACHE_MAX:
            _STEM_CACHE[word] = s
    return s


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def quote_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, n_words)`` of each double-quoted span."""
    out = []
    for m in _QUOTE.finditer(text):
        n = len(_WORD.findall(m.group()))
        out.append((m.start(), m.end(), n))
    return out


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with whether each sits inside a real (non-scare) quotation."""
    spans = (
        [(a, b) for a, b, n in quote_spans(text) if n > SCARE_QUOTE_MAX_WORDS]
        if ('"' in text or "“" in text or "«" in text)
        else []
    )
    known = _NORM_CACHE.get  # norm_token's memo, read here first: no call for a known word
    if not spans:
        return [
            Token(known(r) or norm_token(r), r, m.start(), False)
            for m in _WORD.finditer(text)
            for r in (m.group(),)
        ]
    toks = []
    si = 0
    for m in _WORD.finditer(text):
        pos = m.start()
        while si < len(spans) and spans[si][1] <= pos:
            si += 1
        quoted = si < len(spans) and spans[si][0] <= pos < spans[si][1]
        raw = m.group()
        toks.append(Token(known(raw) or norm_token(raw), raw, pos, quoted))
    return toks


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences (rule-based; good enough for scoring tone)."""
    out: list[str] = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in _SENT_END.finditer(para):
            head = para[start : m.start() + 1]
            last = head.rsplit(None, 1)[-1].rstrip(".").lower() if head.strip() else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
            out.append(head.strip())
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append(tail)
    return out
