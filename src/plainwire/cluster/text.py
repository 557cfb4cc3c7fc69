"""Turn an article into weighted terms: words, proper-noun phrases, numbers, word pairs.

Proper nouns are found without a model: a word is a name when it is capitalised in the
middle of sentences most times it is seen (counted online over the stream), or in this
very article. That survives Title Case headlines, which capitalise every word.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from plainwire.cluster.config import ClusterConfig

# Words, keeping inner apostrophes/dots/hyphens ("U.S.", "COVID-19", "O'Neill"), and
# numbers with separators ("1,200", "3.5").
_TOKEN = re.compile(r"[^\W_]+(?:[’'.\-,][^\W_]+)*\.?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can cannot could couldn't did didn't do does doesn't
    doing don't down during each few for from further had hadn't has hasn't have haven't having
    he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've
    if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off
    on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's
    should shouldn't so some such than that that's the their theirs them themselves then there
    there's these they they'd they'll they're they've this those through to too under until up
    very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
    which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've
    your yours yourself yourselves said says say saying told tells tell also will just now new
    may might must one two us like get gets got make makes made back still even many much well
    year years day days time week weeks today yesterday monday tuesday wednesday thursday friday
    saturday sunday mr mrs ms dr according per via amid among within without around across since
    s t u re ve ll d""".split()
)


def normalize(text: str) -> str:
    """NFKC, so full-width and compatibility forms compare equal."""
    return unicodedata.normalize("NFKC", text)


_stem_cache: dict[str, str] = {}


def stem(word: str) -> str:
    """A light English suffix stripper: plurals, -ing, -ed. Enough to match inflections
    without the over-conflation of a full stemmer; cached because the vocabulary is small."""
    s = _stem_cache.get(word)
    if s is not None:
        return s
    w = word
    if len(w) > 4 and not any(c.isdigit() for c in w):
        if w.endswith("ies") and len(w) > 5:
            w = w[:-3] + "y"
        elif w.endswith("sses"):
            w = w[:-2]
        elif w.endswith("es") and w[-3] in "sxz" or w.endswith(("ches", "shes")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        if w.endswith("ing") and len(w) > 6:
            w = w[:-3]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
        elif w.endswith("ied") and len(w) > 5:
            w = w[:-3] + "y"
        elif w.endswith("ed") and len(w) > 5:
            w = w[:-2]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
        elif w.endswith("e") and len(w) > 5:
            # "charge"/"charged"/"charging" all end up as "charg".
            w = w[:-1]
    if len(_stem_cache) < 500_000:
        _stem_cache[word] = w
    return w


def _clean(tok: str) -> str:
    tok = tok.rstrip(".,").replace("’", "'")
    if tok.endswith("'s"):
        tok = tok[:-2]
    return tok


def _is_number(tok: str) -> bool:
    return any(c.isdigit() for c in tok)


def _number_key(tok: str) -> str:
    return "#" + tok.replace(",", "").lower()


def _cjk_bigrams(tok: str) -> list[str]:
    # Scripts written without spaces: overlapping character pairs stand in for words.
    if len(tok) < 2:
        return [tok]
    return [tok[i : i + 2] for i in range(len(tok) - 1)]


@dataclass(slots=True)
class Token:
    key: str  # stemmed lower-case form ("" for stopwords)
    lower: str
    cap_mid: bool  # capitalised, not first in its sentence
    caps: bool  # capitalised anywhere
    number: bool


def tokenize(sentence: str) -> list[Token]:
    out: list[Token] = []
    first = True
    for m in _TOKEN.finditer(sentence):
        raw = _clean(m.group(0))
        if not raw:
            continue
        if _CJK.search(raw):
            for bg in _cjk_bigrams(raw.lower())[:200]:
                out.append(Token(bg, bg, False, False, False))
            first = False
            continue
        if len(raw) > 40:  # URLs glued together, base64, hashes: no event signal
            first = False
            continue
        lower = raw.lower()
        number = _is_number(raw)
        caps = raw[0].isupper()
        if number:
            key = _number_key(raw)
        elif lower in STOPWORDS or len(lower) < 2:
            key = ""
        else:
            key = stem(lower)
        out.append(Token(key, lower, caps and not first, caps, number))
        first = False
    return out


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s and not s.isspace()]


def is_title_case(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t.key and not t.number]
    if len(words) < 3:
        return False
    return sum(t.caps for t in words) >= 0.7 * len(words)


class ProperNouns:
    """Online counts of how often each word is capitalised mid-sentence vs. written lower-case."""

    __slots__ = ("cap", "low", "cfg")

    def __init__(self, cfg: ClusterConfig) -> None:
        self.cap: Counter[str] = Counter()
        self.low: Counter[str] = Counter()
        self.cfg = cfg

    def observe(self, sentences: list[list[Token]]) -> None:
        for toks in sentences:
            for t in toks:
                if not t.key or t.number:
                    continue
                if t.cap_mid:
                    self.cap[t.lower] += 1
                elif not t.caps:
                    self.low[t.lower] += 1

    def is_proper(self, t: Token, local: set[str]) -> bool:
        if not t.key or t.number:
            return False
        if t.lower in local:
            return True
        c = self.cap.get(t.lower, 0)
        if c < self.cfg.proper_min_count:
            return False
        return c >= self.cfg.proper_ratio * (c + self.low.get(t.lower, 0))


def _sublinear(x: float) -> float:
    return x if x <= 1.0 else 1.0 + math.log(x)


def extract_terms(title: str, text: str, nouns: ProperNouns, cfg: ClusterConfig) -> dict[str, float]:
    """Weighted term frequencies of one article (before IDF); updates ``nouns``."""
    title = normalize(title or "")
    body = normalize((text or "")[: cfg.max_body_chars])
    title_toks = tokenize(title)
    body_sents = [tokenize(s) for s in split_sentences(body)]
    title_tc = is_title_case(title_toks)
    # Learn from text whose capitals mean something: bodies, and sentence-case titles.
    learn = body_sents if title_tc else [title_toks, *body_sents]
    nouns.observe(learn)
    local = {t.lower for toks in learn for t in toks if t.cap_mid and t.key and not t.number}
    # A word capitalised mid-sentence here but also written lower-case here is not a name.
    local -= {t.lower for toks in learn for t in toks if t.key and not t.caps}

    raw: Counter[str] = Counter()
    for toks, w in ((title_toks, cfg.title_weight), *((s, 1.0) for s in body_sents)):
        prev: str | None = None
        prev_proper = False
        for t in toks:
            if not t.key:
                prev = None
                continue
            proper = nouns.is_proper(t, local)
            boost = cfg.number_boost if t.number else (cfg.entity_boost if proper else 1.0)
            raw[t.key] += w * boost
            if prev is not None:
                pair_boost = cfg.entity_boost if (proper and prev_proper) else 1.0
                raw[prev + " " + t.key] += w * cfg.bigram_weight * pair_boost
            prev, prev_proper = t.key, proper
    return {k: _sublinear(v) for k, v in raw.items()}


def shingles(title: str, text: str, size: int = 3) -> list[str]:
    """Word n-gram shingles of the full visible text, for near-duplicate detection."""
    words = [m.group(0).lower() for m in _TOKEN.finditer(normalize(f"{title}\n{text[:200_000]}"))]
    if len(words) < size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
