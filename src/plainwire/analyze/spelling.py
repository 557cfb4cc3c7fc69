"""British spellings read as their American forms before the tone model looks a word up.

The tone model's word tables come from American copy (BABE's sentences, most of AllSides'
outlets), so "honoured", "flavour" or "organised" were words nothing had seen — and BABE taught
the model that an unseen word is suspicious (docs/tone.md, "Out-of-domain words"). A British
spelling says nothing about tone, so it gets what its American form gets.

Rules (regular British/American pairs only), each applied only when the American form is a
word the model knows (``known``): its news-copy counts, VADER, or the stems of ordinary words.
That check, and a few shape conditions, keep real words from being rewritten ("four" is not
"for", "filled" is not "filed"):

- ``-our`` → ``-or`` with an inflection or derivation after it (honour, honoured, favourite,
  colourful, armoury), when at least three letters precede "our" (not four, your, flour);
- ``-ise``/``-isation``/``-yse`` → ``-ize``/``-ization``/``-yze`` (organised, analysing);
- ``-re`` after a consonant → ``-er`` (centre, metres, fibre; not "timbre");
- ``-ence`` → ``-ense`` (defence, licence, offence);
- ``-ll-`` before -ed/-ing/-er → ``-l-`` when two vowel groups precede it (travelled,
  modelling, cancelled; not filled, telling);
- ``-ogue`` → ``-og`` (catalogue).

Used the same way when the model is fitted (tools/build_tone_model.py) and when it runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from plainwire.memo import remember

_OUR = re.compile(
    r"^([a-z]{3,})our(s|ed|ing|ite|ites|itism|able|ably|ful|fully|less|er|ers|ism|ist|ists|y|ies)?$"
)
_ISE = re.compile(r"^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational)$")
_YSE = re.compile(r"^([a-z]{2,})ys(e|es|ed|ing|er|ers)$")
_RE = re.compile(r"^([a-z]*[^aeiouy\W\d_])re(s|d)?$")
_ENCE = re.compile(r"^([a-z]{2,})ence(s)?$")
_LL = re.compile(r"^([a-z]+[aeiou])ll(ed|ing|er|ers)$")
_OGUE = re.compile(r"^([a-z]{3,})ogue(s)?$")
_VOWELS = re.compile(r"[aeiouy]+")
# Words a rule would rewrite into a different English word.
_KEEP = frozenset({"timbre", "timbres", "genre", "genres", "acre", "acres", "massacre", "massacred"})


def _candidates(w: str) -> list[str]:
    out: list[str] = []
    m = _OUR.match(w)
    if m:
        out.append(m.group(1) + "or" + (m.group(2) or ""))
    m = _ISE.match(w)
    if m:
        out.append(m.group(1) + "iz" + m.group(2))
    m = _YSE.match(w)
    if m:
        out.append(m.group(1) + "yz" + m.group(2))
    m = _RE.match(w)
    if m and len(w) > 4 and w not in _KEEP:
        suffix = {"s": "s", "d": "ed", None: ""}[m.group(2)]
        out.append(m.group(1) + "er" + suffix)
    m = _ENCE.match(w)
    if m:
        out.append(m.group(1) + "ense" + (m.group(2) or ""))
    m = _LL.match(w)
    if m and len(_VOWELS.findall(m.group(1))) >= 2:
        out.append(m.group(1) + "l" + m.group(2))
    m = _OGUE.match(w)
    if m:
        out.append(m.group(1) + "og" + (m.group(2) or ""))
    return out


class Speller:
    """Memoised ``word -> American form`` for one model.

    ``seen(word)``: the model's news-copy counts know the word as spelt (it keeps its spelling);
    ``known(word)``: a candidate American form is a word the model knows.
    """

    __slots__ = ("_cache", "known", "seen")

    def __init__(self, seen: Callable[[str], bool], known: Callable[[str], bool]) -> None:
        self.seen, self.known = seen, known
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        out = self._cache.get(word)
        if out is None:
            out = american(word, self.seen, self.known)
            remember(self._cache, word, out)
        return out


def american(word: str, seen: Callable[[str], bool], known: Callable[[str], bool]) -> str:
    """``word``'s American spelling when a rule applies and the result is ``known``; else ``word``.

    A word ``seen`` as spelt keeps it (the rules are for forms the model has not met); a
    hyphenated word is respelt part by part ("well-organised" -> "well-organized").
    """
    if not word.isascii() or seen(word):
        return word
    if "-" in word:
        return "-".join(american(p, seen, known) for p in word.split("-"))
    if len(word) < 5 or not word.isalpha():
        return word
    for cand in _candidates(word):
        if known(cand):
            return cand
    return word


def make_speller(freq: Mapping[str, float], vader: Mapping[str, float], words: Collection[str]) -> Speller:
    """The speller of a tone model: ``seen`` = in its news-copy counts (``freq``); ``known`` =
    there, in VADER, or one of ``words`` (the static word-vector table's words, ~34,600). The
    build and the run time pass the same tables, so a word is read the same way in both."""
    vocab = frozenset(words)
    return Speller(freq.__contains__, lambda w: w in freq or w in vader or w in vocab)
