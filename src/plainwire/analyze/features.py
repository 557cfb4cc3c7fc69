"""Features of one sentence for the loaded-language model, with per-token attribution.

The same code serves run time (``plainwire.analyze.loaded``) and the fitting/cross-validation
scripts in ``tools/``, so what is measured is what ships.

A sentence is described by
- word features: one per distinct word and one per distinct stem ("~" + stem) (value 1 in the outlet's own voice, ``quote_factor``
  inside a quotation: a loaded word someone else said weighs less than one the outlet chose);
- dense features (``DENSE``): lexicon evidence (VADER valence, the AllSides-derived
  "outlets say, editors drop" lexicon, the BABE-derived "experts mark this word" rate),
  intensifiers, hedges, threat framing, punctuation and shape.
Each dense feature that comes from words remembers which tokens produced it, so the model's
score can be attributed back to phrases (the evidence).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from plainwire.analyze import cues
from plainwire.analyze.text import SCARE_QUOTE_MAX_WORDS, Token, quote_spans, stem, tokenize
from plainwire.analyze.wordmodel import WordModel, shrink_unattested, unattested
from plainwire.memo import remember

DENSE: tuple[str, ...] = (
    "vader_neg_max",
    "vader_pos_max",
    "vader_abs_sum",
    "loaded_max",
    "loaded_sum",
    "marked_max",
    "marked_sum",
    "intens",
    "hedge",
    "threat",
    "exclaim",
    "question",
    "caps",
    "log_len",
    "scare",
    "first_person",
    "second_person",
    "should",
    "tok_max",
    "tok_sum",
    "wemb_max",
    "wemb_sum",
    "wvec",
)
_IDX = {name: i for i, name in enumerate(DENSE)}


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Word -> weight tables the features read (all keys are normalised tokens)."""

    vader: Mapping[str, float]  # VADER valence, -4..4
    loaded: Mapping[str, float]  # AllSides log-odds, >0 means outlets use it and editors drop it
    marked: Mapping[str, float]  # BABE: smoothed rate experts mark a word as biased, by "~stem"
    word_model: WordModel | None = None  # P(expert marks the word); None while fitting it
    # P(expert marks the word) read from the word's meaning alone: a classifier over each word's
    # MiniLM embedding, distilled into a word -> probability table at build time (no model at
    # run time). It reaches words the experts never marked but whose near-synonyms they did.
    # Keys are words, and "~stem" for the mean over a stem's words (used for unlisted forms).
    wemb: Mapping[str, float] = field(default_factory=dict)
    # Static word-vector term (``plainwire.wordvec``): each word's logit share u·v(word), where
    # v is the word's static vector and u the 96 weights the sentence model fitted on the mean
    # vector of a sentence's own-voice words. The feature ``wvec`` is the mean of these shares
    # over those words, i.e. u · (mean vector), read from this table (see wvec.py).
    wvec: Mapping[str, float] = field(default_factory=dict)
    # Words nothing gives evidence about (``wordmodel.unattested``) get their ``wemb`` value
    # moved toward ``wemb_ref`` (what BABE's never-marked words typically get) by
    # ``1 - unattested_shrink``; the word model does the same with its own reference. 1.0 = off.
    unattested_shrink: float = 1.0
    wemb_ref: float = 0.0
    # Only words whose "~stem" is listed here count as unattested (None: any word); see
    # ``wordmodel.unattested`` and docs/tone.md, "Out-of-domain words".
    common: frozenset[str] | None = None
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # word -> _WordInfo
    # Eighth session (off for older models): ``ordinary`` also admits compounds of plain
    # ordinary words; a British spelling is looked up as its American form (``spelling``); an
    # unattested ordinary word's static-vector share is moved toward ``wvec_ref`` (the share of
    # the mean vector of BABE's never-marked words) like its other values.
    compounds: bool = False
    spell: Callable[[str], str] | None = None
    wvec_ref: float | None = None


@dataclass(slots=True)
class SentenceFeatures:
    tokens: list[Token]
    words: dict[str, float]  # norm -> value (1.0 own voice, quote_factor quoted)
    dense: list[float]
    # index into tokens -> list of (dense feature index, amount contributed by that token)
    attrib: dict[int, list[tuple[int, float]]]
    word_probs: list[
        float
    ]  # per token: P(expert marks it), discounted inside quotations ([] if not explained)
    text: str = ""


_VABS, _LSUM, _MSUM = _IDX["vader_abs_sum"], _IDX["loaded_sum"], _IDX["marked_sum"]
_INT, _HEDGE, _THREAT, _TSUM = _IDX["intens"], _IDX["hedge"], _IDX["threat"], _IDX["tok_sum"]
_WSUM = _IDX["wemb_sum"]
_WVEC = _IDX["wvec"]
_PERSON = {
    **{w: _IDX["first_person"] for w in cues.FIRST_PERSON},
    **{w: _IDX["second_person"] for w in cues.SECOND_PERSON},
    **{w: _IDX["should"] for w in cues.MODALS_SHOULD},
}


class _WordInfo(NamedTuple):
    stem_key: str
    attrib: tuple[tuple[int, float], ...]  # dense contributions of one own-voice occurrence
    vneg: float
    vpos: float
    loaded: float
    marked: float
    person: int  # dense index of first/second person or "should", -1 if none
    p_plain: float  # word-model probability when lower-case and not sentence-initial (the usual case)
    wemb: float  # meaning-based probability (``Lexicons.wemb``); 0 for function words
    wvec: float | None  # static-vector logit share (``Lexicons.wvec``); None: no vector, or a function word


def word_info(w: str, lex: Lexicons) -> _WordInfo:
    """Everything about word ``w`` that does not depend on its sentence (memoised per lexicons)."""
    info = lex.cache.get(w)
    if info is not None:
        return info
    k = lex.spell(w) if lex.spell is not None else w  # every look-up reads the American form
    st = "~" + stem(k)
    a: list[tuple[int, float]] = []
    v = lex.vader.get(k)
    vneg = vpos = 0.0
    if v is not None:
        a.append((_VABS, abs(v) / 4.0))
        vneg, vpos = (abs(v) / 4.0, 0.0) if v < 0 else (0.0, v / 4.0)
    lw = max(0.0, lex.loaded.get(k) or 0.0)
    if lw:
        a.append((_LSUM, lw))
    mw = lex.marked.get(st) or 0.0
    if mw:
        a.append((_MSUM, mw))
    if k in cues.INTENSIFIERS:
        a.append((_INT, 1.0))
    elif k in cues.HEDGES:
        a.append((_HEDGE, 1.0))
    if k in cues.THREAT:
        a.append((_THREAT, 1.0))
    wm = lex.word_model
    p_plain = wm.prob(w, False, False) if wm is not None else 0.0
    fw = k in cues.FUNCTION_WORDS
    we = 0.0 if fw else lex.wemb.get(k) or lex.wemb.get(st, 0.0)
    wv = None if fw else lex.wvec.get(k)
    if (
        lex.unattested_shrink < 1.0
        and (we or (wv is not None and lex.wvec_ref is not None))
        and unattested(k, lex.vader, lex.loaded, lex.marked, lex.common, lex.compounds)
    ):
        if we:
            we = shrink_unattested(we, lex.wemb_ref, lex.unattested_shrink)
        if wv is not None and lex.wvec_ref is not None:
            # linear, as fitted (the fit moves the word's vector halfway to the reference
            # vector): up or down, not only down
            wv = lex.wvec_ref + lex.unattested_shrink * (wv - lex.wvec_ref)
    info = _WordInfo(st, tuple(a), vneg, vpos, lw, mw, _PERSON.get(k, -1), p_plain, we, wv)
    return remember(lex.cache, w, info)  # bounded: a server sees endless new names


# Sentences shorter than this are scored as if this long: the length term is fitted on body
# sentences (BABE's median is 31 words) and would otherwise inflate every short headline.
MIN_LEN = 20


def log_len(n_tokens: int) -> float:
    return math.log1p(max(n_tokens, MIN_LEN))


def cap_shout(raw: str) -> bool:
    """An all-capitals word of three letters or more (shouting, or an acronym)."""
    return len(raw) > 2 and raw.isupper() and raw.isalpha()


def featurize(
    text: str,
    lex: Lexicons,
    quote_factor: float,
    tokens: list[Token] | None = None,
    explain: bool = True,
    word_features: bool = True,
) -> SentenceFeatures:
    """Features of ``text``; with ``explain=False`` the per-token attribution is skipped (faster).

    ``word_features=False`` leaves ``words`` empty: for a reader of the attribution alone
    (``ToneModel.token_contributions``, ``scored_evidence``), whose logit is known already
    (the article scorer's ``fast_logit``; fourteenth session)."""
    toks = tokenize(text) if tokens is None else tokens
    dense = [0.0] * len(DENSE)
    words: dict[str, float] = {}
    attrib: dict[int, list[tuple[int, float]]] = {}
    neg_max = pos_max = l_max = m_max = t_max = w_max = 0.0
    neg_i = pos_i = l_i = m_i = t_i = w_i = -1
    wm = lex.word_model
    probs = [0.0] * len(toks) if explain else []
    caps = [t.raw[0].isupper() for t in toks]  # a token's raw text is never empty
    title_case = len(toks) > 3 and sum(caps) > 0.6 * len(toks)  # headline style: capitals say nothing
    names = not title_case
    prev = ""
    get = words.get
    cache = lex.cache
    caps_i = _IDX["caps"]
    v_sum, v_got = 0.0, []  # (token index, static-vector share) of the own-voice words
    for i, (w, raw, _start, quoted) in enumerate(toks):
        stem_key, w_attrib, vneg, vpos, loaded, marked, person, p_plain, wemb, wvec = cache.get(
            w
        ) or word_info(w, lex)
        val = quote_factor if quoted else 1.0
        we = 0.0
        cap = caps[i]
        if i and names and cap:
            # A name: who is in the news is not how it is told, so names get no word weight
            # (BABE would otherwise teach "Trump" = biased).
            prev = ""
        else:
            we = wemb * val
            if we > w_max:
                w_max, w_i = we, i
            if word_features:
                if get(w, 0.0) < val:
                    words[w] = val
                if get(stem_key, 0.0) < val:
                    words[stem_key] = val
                if prev:
                    bg = prev + " " + w
                    if get(bg, 0.0) < val:
                        words[bg] = val
            prev = w
            if wvec is not None and not quoted:
                v_sum += wvec
                v_got.append((i, wvec))
        if quoted:
            if vneg * val > neg_max:
                neg_max, neg_i = vneg * val, i
            if vpos * val > pos_max:
                pos_max, pos_i = vpos * val, i
            if loaded * val > l_max:
                l_max, l_i = loaded * val, i
            if marked * val > m_max:
                m_max, m_i = marked * val, i
        else:
            if vneg > neg_max:
                neg_max, neg_i = vneg, i
            if vpos > pos_max:
                pos_max, pos_i = vpos, i
            if loaded > l_max:
                l_max, l_i = loaded, i
            if marked > m_max:
                m_max, m_i = marked, i
            if person >= 0:
                dense[person] += 1.0
        p = 0.0
        if wm is not None:
            p = wm.prob(w, cap and names, i == 0) * val if i == 0 or (cap and names) else p_plain * val
            if p > t_max:
                t_max, t_i = p, i
            if explain:
                probs[i] = p
        if len(raw) > 2 and raw.isupper() and raw.isalpha():  # cap_shout, inline
            dense[caps_i] += 1.0
        if explain:
            a = list(w_attrib) if not quoted else [(j, x * val) for j, x in w_attrib]
            if p > 0.01:
                a.append((_TSUM, p))
            if we:
                a.append((_WSUM, we))
            if a:
                attrib[i] = a
                for j, x in a:
                    dense[j] += x
        else:
            if quoted:
                for j, x in w_attrib:
                    dense[j] += x * val
            else:
                for j, x in w_attrib:
                    dense[j] += x
            if p > 0.01:
                dense[_TSUM] += p
            dense[_WSUM] += we
    for idx, (mx, mi) in (
        (_IDX["vader_neg_max"], (neg_max, neg_i)),
        (_IDX["vader_pos_max"], (pos_max, pos_i)),
        (_IDX["loaded_max"], (l_max, l_i)),
        (_IDX["marked_max"], (m_max, m_i)),
        (_IDX["tok_max"], (t_max, t_i)),
        (_IDX["wemb_max"], (w_max, w_i)),
    ):
        if mi >= 0:
            dense[idx] = mx
            if explain:
                attrib.setdefault(mi, []).append((idx, mx))
    if v_got:
        n_v = len(v_got)
        dense[_WVEC] = v_sum / n_v
        if explain:  # each word carries its own share of the mean
            for i, share in v_got:
                attrib.setdefault(i, []).append((_WVEC, share / n_v))
    n = len(toks)
    dense[_IDX["exclaim"]] = float(text.count("!"))
    dense[_IDX["question"]] = float(text.count("?"))
    dense[_IDX["log_len"]] = log_len(n)
    if "'" in text or "‘" in text or '"' in text or "“" in text or "«" in text:
        dense[_IDX["scare"]] = float(
            sum(1 for _a, _b, k in quote_spans(text) if 0 < k <= SCARE_QUOTE_MAX_WORDS) + text.count("‘")
        )
    return SentenceFeatures(toks, words, dense, attrib, probs, text)
