"""Turn an article into weighted terms: words, proper-noun phrases, numbers, word pairs.

Proper nouns are found without a model: a word is a name when it is capitalised in the
middle of sentences most times it is seen (counted online over the stream), or in this
very article. That survives Title Case headlines, which capitalise every word.
"""

from __future__ import annotations

import logging
import math
import re
import sys
import unicodedata

from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.neardup import word_hash
from plainwire.memo import remember

log = logging.getLogger(__name__)

# Words, keeping inner apostrophes/dots/hyphens ("U.S.", "COVID-19", "O'Neill"), and
# numbers with separators ("1,200", "3.5"), and a result written with an en dash between
# its figures ("3–1", as "3-1": one token, which the cross-language rule reads as a result
# on the story's side too, where the figures of a text are only its keys).
_TOKEN = re.compile(r"[^\W_]+(?:(?:[’'.\-,]|(?<=\d)–(?=\d))[^\W_]+)*\.?", re.UNICODE)
# The same, plus sentence ends ("!", "?", line breaks) as tokens of their own.
_TOKEN_OR_END = re.compile(r"[^\W_]+(?:(?:[’'.\-,]|(?<=\d)–(?=\d))[^\W_]+)*\.?|[!?…;:]|\n", re.UNICODE)
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
    s t u re ve ll d""".split()  # noqa: SIM905
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
        elif w.endswith(("sses", "ches", "shes")) or (w.endswith("es") and w[-3] in "sxz"):
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
    return remember(_stem_cache, word, w)


_DIGIT = re.compile(r"\d")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_key_cache: dict[str, str] = {}

# Token flags.
CAPS, CAP_MID, NUMBER = 1, 2, 4


def term_key(lower: str) -> str:
    """Index key of a lower-case token: stem, "#number", or "" for stopwords."""
    k = _key_cache.get(lower)
    if k is not None:
        return k
    if _DIGIT.search(lower):
        # "1,200" is twelve hundred, but "4,80" (a comma before one or two digits) is a
        # decimal comma: keyed "#4.80", as an English text writes it.
        k = "#" + (lower.replace(",", ".") if _DECIMAL_COMMA.fullmatch(lower) else lower.replace(",", ""))
    elif lower in STOPWORDS or len(lower) < 2:
        k = ""
    else:
        k = stem(lower)
    k = sys.intern(k)  # story vectors and the DF table share one copy of each term
    return remember(_key_cache, lower, k)


def _cjk_bigrams(tok: str) -> list[str]:
    # Scripts written without spaces: overlapping character pairs stand in for words.
    if len(tok) < 2:
        return [tok]
    return [tok[i : i + 2] for i in range(len(tok) - 1)]


Token = tuple[str, str, int, int]  # (key, lower, flags, word hash of lower)

_raw_cache: dict[str, tuple[str, str, bool, int] | None] = {}


def _read_raw(raw: str) -> tuple[str, str, bool, int] | None:
    """(key, lower, capitalised, word hash) of a raw token, ``None`` to skip it; cached.

    The word hash of the copy fingerprint (``neardup.word_hash``) is computed here, once
    per cached word, and carried in the token: the fingerprint then needs no lookup in
    the (large) word-hash table per word.
    """
    hit = _raw_cache.get(raw, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    tok = raw.rstrip(".,").replace("’", "'")
    if tok.endswith("'s"):
        tok = tok[:-2]
    res: tuple[str, str, bool, int] | None
    if not tok or len(tok) > 40:  # glued URLs, base64, hashes: no event signal
        res = None
    elif _CJK.search(lower := tok.lower()):
        # "\x00cjk" marks a run of CJK script, split into character pairs later.
        res = ("\x00cjk", lower, False, 0)
    else:
        res = (term_key(lower), lower, tok[0].isupper(), word_hash(lower))
    return remember(_raw_cache, raw, res)


_END: Token = ("", "", 0, 0)

_stop_cache: dict[str, frozenset[str]] = {}


def stop_keys(lang: str | None) -> frozenset[str]:
    """Term keys of the stopwords of ``lang`` (a primary language subtag), for any language
    but English, whose list :func:`term_key` applies to every text; empty when unknown.

    Why: in a stream mostly in one language, another language's function words ("les",
    "der", "del") are rare, hence heavy, and two texts in that language about different
    events would share them. The lists are the ``stop-words`` package's (BSD, one per
    language), keyed as the clusterer keys words ("personas" -> "persona")."""
    if lang is None or lang == "en":
        return frozenset()
    hit = _stop_cache.get(lang)
    if hit is None:
        from stop_words import LANGUAGE_MAPPING, get_stop_words

        words = get_stop_words(lang) if lang in LANGUAGE_MAPPING else []
        hit = _stop_cache[lang] = frozenset(k for w in words if (k := term_key(w.lower())) and k[0] != "#")
    return hit


def drop_stopwords(
    tokens: tuple[list[Token], list[Token]], lang: str | None
) -> tuple[list[Token], list[Token]]:
    """``tokens`` with the stopwords of ``lang`` keyed "" (as English stopwords are); the
    same object when the language has none to drop (English, unknown)."""
    stop = stop_keys(lang)
    if not stop:
        return tokens
    title, body = ([t if t[0] not in stop else ("", t[1], t[2], t[3]) for t in part] for part in tokens)
    return title, body


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in order; a ("", "", 0, 0) marker after each sentence.

    A token is "capitalised mid-sentence" unless it opens a sentence (text start, or
    after ".", "!", "?", ":", ";" or a line break).
    """
    out: list[Token] = []
    append = out.append
    first = True
    for raw in _TOKEN_OR_END.findall(text):
        if len(raw) == 1 and raw in "!?…;:\n":
            if not first:
                append(_END)
            first = True
            continue
        r = _read_raw(raw)
        if r is None:
            first = False
            continue
        key, lower, caps, h = r
        if caps:
            append((key, lower, CAPS if first else CAPS | CAP_MID, h))
        elif not key:
            append((key, lower, 0, h))
        elif key[0] == "#":
            append((key, lower, NUMBER, h))
        elif key == "\x00cjk":
            out.extend((bg, bg, 0, word_hash(bg)) for bg in _cjk_bigrams(lower)[:200])
        else:
            append((key, lower, 0, h))
        if raw[-1] == ".":
            append(_END)
            first = True
        else:
            first = False
    return out


def is_title_case(tokens: list[Token]) -> bool:
    words = [t for t in tokens if t[0] and not t[2] & NUMBER]
    if len(words) < 3:
        return False
    return sum(1 for t in words if t[2] & CAPS) >= 0.7 * len(words)


class ProperNouns:
    """Online counts of how often each word is capitalised mid-sentence vs. written lower-case."""

    __slots__ = ("cap", "low", "cfg")

    def __init__(self, cfg: ClusterConfig) -> None:
        self.cap: dict[str, int] = {}
        self.low: dict[str, int] = {}
        self.cfg = cfg

    def observe(self, tokens: list[Token]) -> None:
        cap, low = self.cap, self.low
        for key, lower, flags, _h in tokens:
            if not key or flags & NUMBER:
                continue
            if flags & CAP_MID:
                cap[lower] = cap.get(lower, 0) + 1
            elif not flags & CAPS:
                low[lower] = low.get(lower, 0) + 1

    def is_proper(self, lower: str) -> bool:
        c = self.cap.get(lower, 0)
        if c < self.cfg.proper_min_count:
            return False
        return c >= self.cfg.proper_ratio * (c + self.low.get(lower, 0))

    def never_lower(self, lower: str) -> bool:
        """A proper noun by :meth:`is_proper`, or a word the stream has capitalised mid-sentence
        and never written lower-case (a name seen once per spelling: "Kjær" / "Kjaer")."""
        return self.is_proper(lower) or (lower in self.cap and lower not in self.low)


#: A body this long is no ordinary article (a live blog gone wild, a page of many
#: articles): worth a warning. Ordinary long reads (above ``max_body_chars``, which only
#: bounds what clustering reads) are logged at debug level: a warning for every long read
#: was noise in the main job's log.
HUGE_BODY_CHARS = 100_000


def note_long_body(article_id: str, text: str, cfg: ClusterConfig) -> None:
    """Log that clustering reads only the start of ``text`` (a warning when it is huge)."""
    n = len(text)
    if n > cfg.max_body_chars:
        level = logging.WARNING if n > HUGE_BODY_CHARS else logging.DEBUG
        log.log(
            level,
            "article %r: body of %d chars, clustering reads the first %d",
            article_id,
            n,
            cfg.max_body_chars,
        )


def tokenize_article(title: str, text: str, cfg: ClusterConfig) -> tuple[list[Token], list[Token]]:
    """Title tokens and body tokens (the first ``max_body_chars`` of the body)."""
    return tokenize(normalize(title or "")), tokenize(normalize((text or "")[: cfg.max_body_chars]))


def learnable(title_toks: list[Token], body_toks: list[Token]) -> list[Token]:
    """The tokens whose capitals mean something: bodies, and sentence-case titles."""
    return body_toks if is_title_case(title_toks) else title_toks + body_toks


def _local_names(learn: list[Token]) -> set[str]:
    """Words this text capitalises mid-sentence and never writes lower-case: its own names."""
    local: set[str] = set()
    lowered: set[str] = set()
    for _key, lower, flags, _h in learn:
        if flags & CAP_MID:
            local.add(lower)
        elif not flags & CAPS:
            lowered.add(lower)
    # A word capitalised mid-sentence here but also written lower-case here is not a name.
    return local - lowered


def extract_terms(
    title: str,
    text: str,
    nouns: ProperNouns,
    cfg: ClusterConfig,
    tokens: tuple[list[Token], list[Token]] | None = None,
    *,
    observe: bool = True,
) -> dict[str, float]:
    """Weighted term frequencies of one article (before IDF); updates ``nouns`` unless
    ``observe`` is false (a batch pass that has shown ``nouns`` every text already)."""
    title_toks, body_toks = tokens if tokens is not None else tokenize_article(title, text, cfg)
    learn = learnable(title_toks, body_toks)
    if observe:
        nouns.observe(learn)
    local = _local_names(learn)

    raw: dict[str, float] = {}
    get = raw.get
    tw, eb, nb, bw = cfg.title_weight, cfg.entity_boost, cfg.number_boost, cfg.bigram_weight
    pw = cfg.name_phrase_weight
    is_proper = nouns.is_proper
    proper_cache: dict[str, bool] = {}
    # Inverted pyramid: the lead names the event, later paragraphs wander.
    decay = _decay(cfg.lead_words, len(body_toks))
    for idx, toks in enumerate((title_toks, body_toks)):
        w = tw
        prev: str | None = None
        prev_proper = False
        for pos, (key, lower, flags, _h) in enumerate(toks):
            if not key:
                prev = None
                continue
            if idx:
                w = decay[pos]
            if flags & CAPS:
                # Only a capitalised word can be a name here.
                proper = proper_cache.get(lower)
                if proper is None:
                    proper = lower in local or is_proper(lower)
                    proper_cache[lower] = proper
                inc = w * eb if proper else w
            else:
                proper = False
                inc = w * nb if flags & NUMBER else w
            raw[key] = get(key, 0.0) + inc
            if "-" in key and key[0] != "#":
                # "Tessel-Hochwasser" also counts as "Tessel" and "Hochwasser".
                for part in key.split("-"):
                    pk = term_key(part)
                    if pk:
                        raw[pk] = get(pk, 0.0) + inc
            # Word pairs: every pair in the title, proper-noun phrases in the body.
            if prev is not None:
                if proper and prev_proper and pw > 0:
                    pair = sys.intern(prev + " " + key)
                    raw[pair] = get(pair, 0.0) + w * pw
                elif idx == 0 and bw > 0:
                    pair = sys.intern(prev + " " + key)
                    raw[pair] = get(pair, 0.0) + w * bw
            prev, prev_proper = key, proper
    log = math.log
    return {k: (v if v <= 1.0 else 1.0 + log(v)) for k, v in raw.items()}


_decay_cache: dict[int, list[float]] = {}


def _decay(lead: int, n: int) -> list[float]:
    """Position weights ``lead / (lead + pos)`` for positions ``0..n-1`` (cached)."""
    lst = _decay_cache.get(lead)
    if lst is None or len(lst) < n:
        size = max(n, 4096)
        lst = [lead / (lead + p) for p in range(size)]
        _decay_cache[lead] = lst
    return lst


def words(tokens: tuple[list[Token], list[Token]]) -> list[str]:
    """Lower-case words (stopwords included) in text order, for near-duplicate detection."""
    return [lower for toks in tokens for _k, lower, _f, _h in toks if lower]


def word_hashes(tokens: tuple[list[Token], list[Token]]) -> list[int]:
    """``neardup.word_hash`` of each of :func:`words`, carried by the tokens."""
    return [h for toks in tokens for _k, lower, _f, h in toks if lower]


def repeated_names(tokens: tuple[list[Token], list[Token]], min_count: int = 2) -> frozenset[str]:
    """Term keys of the names a text repeats (>= ``min_count`` times, title included).

    A name here is a word this text capitalises mid-sentence and never writes lower-case:
    what the text is about ("Alder" in "the library in Alder ... students in Alder"). A pure
    function of the text (no stream state), so a copy is judged the same online and in batch.
    """
    local = _local_names(learnable(*tokens))
    if not local:
        return frozenset()
    counts: dict[str, int] = {}
    for toks in tokens:
        for key, lower, flags, _h in toks:
            if key and flags & CAPS and lower in local:
                counts[key] = counts.get(key, 0) + 1
    return frozenset(k for k, c in counts.items() if c >= min_count)
