"""The loaded-language model: a sparse logistic regression over ``features.featurize``.

Weights ship as ``data/tone_model.json.gz`` (derived statistics; how they are made is in
docs/tone.md and tools/build_tone_model.py). They are loaded lazily, once per process.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any

from plainwire.analyze import cues
from plainwire.analyze.features import (
    DENSE,
    Lexicons,
    SentenceFeatures,
    cap_shout,
    featurize,
    log_len,
    word_info,
)
from plainwire.analyze.spelling import make_speller
from plainwire.analyze.text import SCARE_QUOTE_MAX_WORDS, WORD_RE, norm_token, quote_spans, stem
from plainwire.analyze.wordmodel import WordModel
from plainwire.memo import remember
from plainwire.models import QUOTED_MARK

log = logging.getLogger(__name__)

MODEL_RESOURCE = "tone_model.json.gz"
# Appended to an evidence phrase that sits inside a quotation (``tone.evidence``; eighth
# session): the evidence stays a list of strings, and the story page shows the mark.
QUOTED = QUOTED_MARK
_D = {name: i for i, name in enumerate(DENSE)}
_TSUM, _CAPS, _LOG_LEN, _EXCLAIM, _QUESTION, _SCARE = (
    _D["tok_sum"],
    _D["caps"],
    _D["log_len"],
    _D["exclaim"],
    _D["question"],
    _D["scare"],
)
_NEG_MAX, _POS_MAX, _L_MAX, _M_MAX, _T_MAX = (
    _D["vader_neg_max"],
    _D["vader_pos_max"],
    _D["loaded_max"],
    _D["marked_max"],
    _D["tok_max"],
)
_W_MAX, _W_SUM = _D["wemb_max"], _D["wemb_sum"]
_WVEC = _D["wvec"]
# stripped from a whitespace token before ``unseen_counts`` reads it
_OUTER_PUNCT = ".,;:!?\"'()[]{}“”‘’«»…—–-*/"
_E_CAP = 14  # index of "capitalised" in a ``_fast_entry``
_cap_of = itemgetter(_E_CAP)


@dataclass(frozen=True, slots=True)
class ToneModel:
    bias: float
    dense_w: tuple[float, ...]
    word_w: dict[str, float]
    lex: Lexicons
    quote_factor: float = 0.5
    evidence_min: float = 0.35  # logit contribution a token needs to be shown as evidence
    max_evidence: int = 5
    _fast_cache: dict[str, tuple[Any, ...]] = field(default_factory=dict, compare=False, repr=False)
    evidence_prob: float = 0.5  # ... or a word-model probability this high
    evidence_prob_weight: float = 2.0  # ranking: logit contribution + this x word probability
    dense_head: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # see dense_tone
    # raw word -> 0 (not a content word), 1 (content word BABE saw), 2 (content word BABE never saw)
    _domain_cache: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _variant: list[ToneModel] = field(default_factory=list, compare=False, repr=False)  # out_of_domain()
    _heads: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)  # _bigram_heads()

    @classmethod
    def from_dict(cls, d: dict[str, Any], vader: dict[str, float]) -> ToneModel:
        dense = d.get("dense", {})
        loaded, marked = d.get("loaded", {}), d.get("marked", {})
        un = d.get("unattested") or {}  # absent in older models: no shrinking
        shrink = float(un.get("shrink", 1.0))
        common = frozenset(un["common"]) if un.get("common") else None
        freq = d.get("freq", {})
        wvec = {str(k): float(v) for k, v in d.get("wvec", {}).items()}
        # Eighth session (absent in older models: off): compounds of plain ordinary words are
        # ordinary, British spellings are read as American, and the static-vector shares of
        # unattested ordinary words are shrunk like their other values.
        compounds = bool(un.get("compounds", False))
        speller = make_speller(freq, vader, wvec.keys()) if un.get("spelling") else None
        wref = un.get("wvec_ref")
        wm = (
            WordModel(
                d.get("token", {}),
                vader,
                loaded,
                marked,
                freq,
                shrink,
                float(un.get("p_ref", 0.0)),
                common,
                compounds,
                speller,
            )
            if d.get("token")
            else None
        )
        return cls(
            bias=float(d["bias"]),
            dense_w=tuple(float(dense.get(name, 0.0)) for name in DENSE),
            word_w={str(k): float(v) for k, v in d.get("words", {}).items()},
            lex=Lexicons(
                vader=vader,
                loaded=loaded,
                marked=marked,
                word_model=wm,
                wemb={str(k): float(v) for k, v in d.get("wemb", {}).items()},
                wvec=wvec,
                unattested_shrink=shrink,
                wemb_ref=float(un.get("wemb_ref", 0.0)),
                common=common,
                compounds=compounds,
                spell=speller,
                wvec_ref=float(wref) if wref is not None else None,
            ),
            quote_factor=float(d.get("quote_factor", 0.5)),
            evidence_min=float(d.get("evidence_min", 0.35)),
            evidence_prob=float(d.get("evidence_prob", 0.5)),
            evidence_prob_weight=float(d.get("evidence_prob_weight", 2.0)),
            dense_head=dict(d.get("dense_head") or {}),
        )

    def unseen_counts(self, text: str) -> tuple[int, int]:
        """``(content words, content words whose stem BABE never saw)`` in ``text``.

        Content words: lower-case words of letters (outer punctuation stripped) that are not
        function words; capitalised words (mostly names and sentence starts), numbers and
        hyphenated or elided words are skipped. "Never saw" is read as the word features read it
        (British spellings as American). A cheap estimate for the out-of-domain switch
        (``tone.out_of_domain``): whitespace tokens, each memoised.
        """
        get = self._domain_cache.get
        words = text.split()
        kinds = list(map(get, words))
        if None in kinds:
            kinds = [self._domain_kind(w) if k is None else k for w, k in zip(words, kinds, strict=True)]
        return len(kinds) - kinds.count(0), kinds.count(2)

    def _domain_kind(self, word: str) -> int:
        # 0: not a content word, 1: a content word BABE saw, 2: one BABE never saw
        core = word.strip(_OUTER_PUNCT)
        kind = 0
        if core.isalpha() and core.islower():
            norm = norm_token(core)
            if norm not in cues.FUNCTION_WORDS:
                lex = self.lex
                w = lex.spell(norm) if lex.spell is not None else norm
                kind = 1 if "~" + stem(w) in lex.marked else 2
        return remember(self._domain_cache, word, kind)

    def out_of_domain(self) -> ToneModel | None:
        """This model for text outside BABE's (political) domain, or None if the model has no
        unattested-word rule (older models).

        Every unattested word (``wordmodel.unattested`` without the ordinary-word condition)
        gets the values of BABE's never-marked words (shrink 0): inside political copy an unseen
        word is often the loaded one (a coinage, a metaphor), but in an article made largely of
        words BABE never saw they are its topic ("kombucha", "stalactites"). Built once.
        """
        if self.lex.unattested_shrink >= 1.0:
            return None
        if not self._variant:
            lex = self.lex
            wm = lex.word_model.with_unattested(0.0, None) if lex.word_model is not None else None
            ood_lex = replace(lex, word_model=wm, unattested_shrink=0.0, common=None, cache={})
            self._variant.append(replace(self, lex=ood_lex, _fast_cache={}, _domain_cache={}, _variant=[]))
        return self._variant[0]

    def features(self, text: str, explain: bool = True, word_features: bool = True) -> SentenceFeatures:
        """``featurize`` with this model's lexicons (``word_features=False``: for
        ``token_contributions`` and ``scored_evidence`` only, not ``logit``)."""
        return featurize(text, self.lex, self.quote_factor, explain=explain, word_features=word_features)

    def fast_logit(self, text: str) -> float:
        """``logit(features(text))`` in one pass over the words, without building features.

        The article scorer calls this for every sentence; only the few sentences shown as
        evidence are featurised in full. Texts with double quotation marks go through
        ``_quoted_logit`` (quoted words are discounted). Tests check the paths agree.

        Twelfth session: the per-word products and look-ups are read from the word's memo
        entry (``_fast_entry``), and a word, stem or bigram without a weight is skipped (it
        added 0.0). The logit is accumulated in the same order as before, so it is the same
        float to the last bit (tools/analyze_equal.py checks this on BABE, the audit newsroom
        and the bench generators).
        """
        if '"' in text or "“" in text or "«" in text:
            return self._quoted_logit(text)
        raws = WORD_RE.findall(text)
        n = len(raws)
        entry = self._fast_cache.get
        ents: list[Any] = list(map(entry, raws))  # the memo read in C; new words filled in after
        if None in ents:
            ents = [e or self._fast_entry(r) for e, r in zip(ents, raws, strict=True)]
        title_case = n > 3 and sum(map(_cap_of, ents)) > 0.6 * n
        names = not title_case
        ww, wm, dw_tsum = self.word_w, self.lex.word_model, self.dense_w[_TSUM]
        seen: set[str] = set()
        z = self.bias
        neg_max = pos_max = l_max = m_max = t_max = w_max = v_sum = 0.0
        v_n = 0
        prev = ""
        prev_head = False  # does a weighted bigram start with ``prev``?
        for i, (
            norm,
            stem_key,
            w_norm,
            w_stem,
            head,
            _c_static,
            _c_person,
            c_sp,
            vneg,
            vpos,
            lw,
            mw,
            p_plain,
            zp_plain,
            cap,
            p_name,
            z_caps,
            we,
            zwe,
            wv,
        ) in enumerate(ents):
            if i and cap and names:  # a name: no word weight (as in featurize)
                prev_head = False
                z += c_sp
                p = p_name
                zp = 0.0
            else:
                if wv is not None:
                    v_sum += wv
                    v_n += 1
                if we:
                    z += zwe
                    if we > w_max:
                        w_max = we
                if w_norm is not None and norm not in seen:
                    seen.add(norm)
                    z += w_norm
                if w_stem is not None and stem_key not in seen:
                    seen.add(stem_key)
                    z += w_stem
                if prev_head:
                    bg = prev + " " + norm
                    w_bg = ww.get(bg)
                    if w_bg is not None and bg not in seen:
                        seen.add(bg)
                        z += w_bg
                prev = norm
                prev_head = head
                z += c_sp
                if i:
                    p = p_plain
                    zp = zp_plain
                else:
                    p = wm.prob(norm, cap and names, True) if wm is not None else 0.0
                    zp = 0.0
            if vneg > neg_max:
                neg_max = vneg
            if vpos > pos_max:
                pos_max = vpos
            if lw > l_max:
                l_max = lw
            if mw > m_max:
                m_max = mw
            if wm is not None:
                if p > t_max:
                    t_max = p
                if zp:
                    z += zp
                elif p > 0.01:
                    z += dw_tsum * p
            z += z_caps
        d = self.dense_w
        z += d[_NEG_MAX] * neg_max + d[_POS_MAX] * pos_max + d[_L_MAX] * l_max + d[_M_MAX] * m_max
        z += d[_T_MAX] * t_max + d[_W_MAX] * w_max + d[_LOG_LEN] * log_len(n)
        z += d[_EXCLAIM] * text.count("!") + d[_QUESTION] * text.count("?")
        if v_n:
            z += d[_WVEC] * v_sum / v_n
        if "‘" in text:
            z += d[_SCARE] * text.count("‘")
        return z

    def _quoted_logit(self, text: str) -> float:
        """``fast_logit`` for a text with double quotation marks (same semantics as featurize)."""
        spans = quote_spans(text)
        raws, quoted = quoted_words(text, spans)
        n = len(raws)
        entry = self._fast_cache.get
        ents: list[Any] = list(map(entry, raws))  # the memo read in C; new words filled in after
        if None in ents:
            ents = [e or self._fast_entry(r) for e, r in zip(ents, raws, strict=True)]
        title_case = n > 3 and sum(map(_cap_of, ents)) > 0.6 * n
        names = not title_case
        ww, wm, qf = self.word_w, self.lex.word_model, self.quote_factor
        dw_tsum = self.dense_w[_TSUM]
        got: dict[str, float] = {}  # key -> the highest value it counted at so far
        z = self.bias
        neg_max = pos_max = l_max = m_max = t_max = w_max = v_sum = 0.0
        v_n = 0
        prev = ""
        prev_head = False
        for i, (
            q,
            (
                norm,
                stem_key,
                w_norm,
                w_stem,
                head,
                c_static,
                c_person,
                _c_sp,
                vneg,
                vpos,
                lw,
                mw,
                p_plain,
                zp_plain,
                cap,
                p_name,
                z_caps,
                we,
                zwe,
                wv,
            ),
        ) in enumerate(zip(quoted, ents, strict=True)):
            val = qf if q else 1.0
            if i and cap and names:
                prev_head = False
            else:
                if wv is not None and not q:
                    v_sum += wv
                    v_n += 1
                if we:
                    if q:
                        z += zwe * val
                        if we * val > w_max:
                            w_max = we * val
                    else:
                        z += zwe
                        if we > w_max:
                            w_max = we
                # a key counts once, at its highest value
                if w_norm is not None:
                    old = got.get(norm, 0.0)
                    if old < val:
                        got[norm] = val
                        z += w_norm * (val - old)
                if w_stem is not None:
                    old = got.get(stem_key, 0.0)
                    if old < val:
                        got[stem_key] = val
                        z += w_stem * (val - old)
                if prev_head:
                    bg = prev + " " + norm
                    w_bg = ww.get(bg)
                    if w_bg is not None:
                        old = got.get(bg, 0.0)
                        if old < val:
                            got[bg] = val
                            z += w_bg * (val - old)
                prev = norm
                prev_head = head
            if q:
                z += c_static * val
                if vneg * val > neg_max:
                    neg_max = vneg * val
                if vpos * val > pos_max:
                    pos_max = vpos * val
                if lw * val > l_max:
                    l_max = lw * val
                if mw * val > m_max:
                    m_max = mw * val
            else:
                z += c_static
                z += c_person
                if vneg > neg_max:
                    neg_max = vneg
                if vpos > pos_max:
                    pos_max = vpos
                if lw > l_max:
                    l_max = lw
                if mw > m_max:
                    m_max = mw
            if wm is not None:
                if i == 0:
                    p = wm.prob(norm, cap and names, True) * val
                elif cap and names:
                    p = p_name * val
                elif q:
                    p = p_plain * val
                else:  # p_plain * 1.0: its product is in the entry
                    if p_plain > t_max:
                        t_max = p_plain
                    z += zp_plain
                    z += z_caps
                    continue
                if p > t_max:
                    t_max = p
                if p > 0.01:
                    z += dw_tsum * p
            z += z_caps
        d = self.dense_w
        z += d[_NEG_MAX] * neg_max + d[_POS_MAX] * pos_max + d[_L_MAX] * l_max + d[_M_MAX] * m_max
        z += d[_T_MAX] * t_max + d[_W_MAX] * w_max + d[_LOG_LEN] * log_len(n)
        z += d[_EXCLAIM] * text.count("!") + d[_QUESTION] * text.count("?")
        if v_n:
            z += d[_WVEC] * v_sum / v_n
        z += d[_SCARE] * (sum(1 for _a, _b, k in spans if 0 < k <= SCARE_QUOTE_MAX_WORDS) + text.count("‘"))
        return z

    def _bigram_heads(self) -> frozenset[str]:
        """The first words of the weighted bigrams (built once per model)."""
        if not self._heads:
            self._heads.append(frozenset(k.split(" ", 1)[0] for k in self.word_w if " " in k))
        return self._heads[0]

    def _fast_entry(self, raw: str) -> tuple[Any, ...]:
        # Everything ``fast_logit`` needs of one raw word that does not depend on its
        # sentence, in the order it unpacks them; the products are those it would compute.
        norm = norm_token(raw)
        lex, dw, ww = self.lex, self.dense_w, self.word_w
        info = word_info(norm, lex)
        c_static = sum(dw[j] * x for j, x in info.attrib)
        c_person = dw[info.person] if info.person >= 0 else 0.0
        wm = lex.word_model
        cap = raw[0].isupper()
        p_plain = info.p_plain
        e = (
            norm,
            info.stem_key,
            ww.get(norm),
            ww.get(info.stem_key),
            norm in self._bigram_heads(),
            c_static,
            c_person,
            c_static + c_person,
            info.vneg,
            info.vpos,
            info.loaded,
            info.marked,
            p_plain,
            dw[_TSUM] * p_plain if p_plain > 0.01 else 0.0,
            cap,
            wm.prob(norm, True, False) if cap and wm is not None else 0.0,
            dw[_CAPS] if cap_shout(raw) else 0.0,
            info.wemb,
            dw[_W_SUM] * info.wemb,
            info.wvec,
        )
        return remember(self._fast_cache, raw, e)

    def logit(self, f: SentenceFeatures) -> float:
        z = self.bias
        ww = self.word_w
        for w, v in f.words.items():
            x = ww.get(w)
            if x is not None:
                z += x * v
        for wt, x in zip(self.dense_w, f.dense, strict=True):
            if x:
                z += wt * x
        return z

    def score(self, text: str) -> tuple[float, tuple[str, ...], float]:
        """``(probability, evidence phrases, logit)`` for one sentence."""
        f = self.features(text)
        z = self.logit(f)
        return sigmoid(z), self.evidence(f), z

    def token_contributions(self, f: SentenceFeatures) -> list[float]:
        """Logit contributed by each token (word weight plus its share of dense features)."""
        ww, dw, qf = self.word_w, self.dense_w, self.quote_factor
        lex, heads = self.lex, self._bigram_heads()
        cache = lex.cache
        seen: set[str] = set()
        toks = f.tokens
        out = [0.0] * len(toks)
        caps = [t.raw[:1].isupper() for t in toks]
        names = not (len(toks) > 3 and sum(caps) > 0.6 * len(toks))  # not a title-case headline
        attrib = f.attrib
        prev = ""
        # A key without a weight added 0.0: only weighted words, stems and bigrams are looked at
        # (twelfth session; the same floats as before).
        for i, (norm, _raw, _start, quoted) in enumerate(toks):
            c = 0.0
            v = qf if quoted else 1.0
            if i and names and caps[i]:  # names carry no word weight
                prev = ""
            else:
                if prev and prev in heads:
                    bg = prev + " " + norm
                    if bg not in seen and bg in ww:  # a bigram's weight is shared by its two words
                        seen.add(bg)
                        half = ww[bg] * v / 2
                        out[i - 1] += half
                        c += half
                prev = norm
                w = ww.get(norm)
                if w is not None and norm not in seen:  # a word (and a stem) counts once per sentence
                    seen.add(norm)
                    c += w * v
                st = (cache.get(norm) or word_info(norm, lex)).stem_key  # of the American spelling
                w = ww.get(st)
                if w is not None and st not in seen:
                    seen.add(st)
                    c += w * v
            a = attrib.get(i)
            if a:
                for j, amount in a:
                    c += dw[j] * amount
            out[i] += c
        return out

    def evidence(self, f: SentenceFeatures) -> tuple[str, ...]:
        return tuple(p for _c, p in self.scored_evidence(f))

    def scored_evidence(
        self,
        f: SentenceFeatures,
        mark_quoted: bool = False,
        floor: tuple[float, float] | None = None,
        contrib: Sequence[float] | None = None,
    ) -> list[tuple[float, str]]:
        """Evidence phrases with the logit each contributed, strongest first.

        ``mark_quoted``: a phrase inside a quotation (someone else's words, not the outlet's)
        ends with ``QUOTED`` ("thugs (quoted)"), so a reader can tell the two apart.
        ``floor`` = ``(logit, probability)``: keep only phrases that raised the logit by at least
        the first or hold a word whose per-word probability is at least the second (the
        article-level evidence floor, ``tone.EVIDENCE_FLOOR``).
        ``contrib``: ``token_contributions(f)`` when the caller has it already (the article
        scorer reads a sentence's contributions for its event-words rule too).
        """
        if not f.tokens:
            return []
        if contrib is None:
            contrib = self.token_contributions(f)
        lo = self.evidence_min
        wp, lo_p = f.word_probs, self.evidence_prob
        toks = f.tokens
        fw = cues.FUNCTION_WORDS
        picked = sorted(
            # a function word is never evidence on its own ("is", "the"), only inside a phrase
            (i for i, c in enumerate(contrib) if (c >= lo or wp[i] >= lo_p) and toks[i].norm not in fw),
            key=lambda i: -(contrib[i] + self.evidence_prob_weight * wp[i]),
        )
        if not picked:
            return []
        used: set[int] = set()
        phrases: list[tuple[float, str]] = []
        for i in picked:
            if i in used:
                continue
            # Grow a phrase over neighbouring tokens that also push the score up, and a
            # preceding intensifier ("utterly absurd"); stop at big gaps in the text.
            a = b = i
            while (
                a - 1 >= 0
                and a - 1 not in used
                and _adjacent(toks, a - 1, a)
                and (contrib[a - 1] >= lo or wp[a - 1] >= lo_p or toks[a - 1].norm in cues.INTENSIFIERS)
            ):
                a -= 1
            while (
                b + 1 < len(toks)
                and b + 1 not in used
                and _adjacent(toks, b, b + 1)
                and (contrib[b + 1] >= lo or wp[b + 1] >= lo_p)
            ):
                b += 1
            if b - a >= 4:  # keep evidence short: a phrase, not a clause
                a, b = i, i
            used.update(range(a, b + 1))
            phrase = " ".join(t.raw for t in toks[a : b + 1])
            if mark_quoted and all(t.quoted for t in toks[a : b + 1]):
                phrase += QUOTED
            c = sum(contrib[a : b + 1])
            if floor is not None and c < floor[0] and max(wp[a : b + 1]) < floor[1]:
                continue
            phrases.append((c, phrase))
            if len(phrases) >= self.max_evidence:
                break
        return phrases


def quoted_words(text: str, spans: list[tuple[int, int, int]]) -> tuple[list[str], list[bool]]:
    """The words of ``text`` and whether each sits inside a real (non-scare) quotation of
    ``spans`` (``quote_spans(text)``): the raw words and flags of ``tokenize``, without positions.

    A word never crosses a quotation mark, so the stretches outside and inside the real
    quotations are read one by one (``findall`` per stretch instead of a match object per word).
    """
    find = WORD_RE.findall
    raws: list[str] = []
    quoted: list[bool] = []
    pos = 0
    for a, b, k in spans:
        if k > SCARE_QUOTE_MAX_WORDS:
            out = find(text, pos, a)
            raws += out
            quoted += [False] * len(out)
            inside = find(text, a, b)
            raws += inside
            quoted += [True] * len(inside)
            pos = b
    out = find(text, pos)
    raws += out
    quoted += [False] * len(out)
    return raws, quoted


def _adjacent(toks: list, i: int, j: int) -> bool:
    # Tokens separated by one space or hyphen only (no punctuation between them).
    gap = toks[j].start - (toks[i].start + len(toks[i].raw))
    return 0 <= gap <= 1


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word valences (MIT, from the ``vaderSentiment`` package), single words only."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].replace("-", "").replace("'", "").isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return out


@lru_cache(maxsize=1)
def default_model() -> ToneModel:
    """The shipped model (loaded on first use, then kept in memory)."""
    raw = resources.files("plainwire.analyze").joinpath("data", MODEL_RESOURCE).read_bytes()
    d = json.loads(gzip.decompress(raw).decode("utf-8"))
    log.debug("loaded tone model: %d word weights", len(d.get("words", {})))
    return ToneModel.from_dict(d, vader_lexicon())
