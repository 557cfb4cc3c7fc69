#!/usr/bin/env python3
"""Regenerate src/plainwire/analyze/data/tone_model.json.gz (the loaded-language model).

What it derives, and from what (see docs/tone.md for the licensing note):
  loaded  - "outlets say it, editors drop it": for every word, the log-odds (informative
            Dirichlet prior, Monroe et al. 2008) of appearing in outlets' titles+leads versus
            the editors' neutral headline+summary of the same story, AllSides *train* split.
            Only words with z > LOADED_MIN_Z are kept; weight = clipped log-odds.
  marked  - how often BABE's experts mark a word as the biased word of a sentence
            (smoothed rate), BABE sentences.
  wemb    - P(expert marks the word) from the word's MiniLM embedding alone, for a ~32k-word
            vocabulary (cross-fitted for the training sentences, like marked).
  words / dense / bias / wordvec_w - an L2 logistic regression on BABE's sentence labels over
            plainwire.analyze.features (word presence + dense lexicon/cue features) and the
            mean static word vector (plainwire.wordvec) of each sentence's own-voice words
            (wordvec_w: its 96 weights; wvec: word -> share of that term, what run time reads;
            see plainwire/analyze/wvec.py).
  unattested - out-of-domain words (docs/tone.md): the stems of MiniLM's whole vocabulary
            words ("ordinary words") and the median per-word / meaning-based probability of
            the BABE words never marked, toward which unattested ordinary words are shrunk.
            `--set unattested_dict_min=N` also counts words of an English spelling dictionary
            (symspellpy, `tonebuild` extra) as ordinary; measured, not the default
            (docs/benchmarks.md, "Genre and article tone (seventh session)").
  dense_head - the optional `tone_dense` head: logistic head over MiniLM sentence embeddings,
            stacked with the lexical logit (plainwire.analyze.dense_tone).
Needs the `embeddings` extra (embeddings are computed here, never at run time).
Only numbers (word -> weight) are written; no sentence of either corpus is shipped.
The BABE-derived parts are fitted on all of BABE here; the honest figure is the 5-fold
cross-validation in tools/tone_cv.py, which calls the same functions per fold.

usage: python tools/build_tone_model.py [--data ../shared/data] [--out src/.../tone_model.json.gz]
       [--word-emb-cache F.npz] [--sent-emb-cache G.npz] [--no-dense-head]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plainwire.analyze import cues  # noqa: E402
from plainwire.analyze.features import DENSE, Lexicons, featurize  # noqa: E402
from plainwire.analyze.model import vader_lexicon  # noqa: E402
from plainwire.analyze.spelling import make_speller  # noqa: E402
from plainwire.analyze.text import stem, tokenize  # noqa: E402
from plainwire.analyze.text import word_set as _words  # noqa: E402
from plainwire.analyze.wordmodel import TOKEN_FEATS, WordModel, token_vector  # noqa: E402
from plainwire.analyze.wvec import mean_vectors, word_shares  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "plainwire" / "analyze" / "data" / "tone_model.json.gz"

LOADED_MIN_Z = 1.5
LOADED_MIN_COUNT = 3
# Function words carry no tone of their own; keep them out of the derived lexicons.
STOP = _words("""a an the and or but if of at by for with about against between into through during before
    after above below to from up down in out on off over under again further then once here there
    when where why how all any both each few more most other some such no nor not only own same so
    than too very s t can will just don should now i me my we our you your he him his she her it
    its they them their what which who whom this that these those am is are was were be been
    being have has had having do does did doing would could said says say told mr mrs ms""")

STOP_STEMS = frozenset(stem(w) for w in STOP)

PARAMS: dict[str, Any] = {
    "C": 0.05,  # inverse L2 strength for word weights
    "dense_boost": 3.0,  # dense features are regularised this much less than words
    "quote_factor": 0.5,
    "min_df": 2,
    "marked_prior": 2.0,
    "inner_folds": 5,
    "token_C": 1.0,
    "use_words": 1,  # sparse word/stem/bigram features besides the dense ones
    "nb_scale": 1.0,  # 0 = plain L2; >0 = NB-LR word scaling |log-count ratio| ** nb_scale
    "wemb": 1,  # meaning-based word probabilities (needs word embeddings, see word_embeddings)
    "wemb_C": 1.0,  # inverse L2 strength of the word-embedding classifier
    "wvec": 1,  # linear block over the mean static word vector (plainwire.wordvec) of the own-voice words
    "wvec_boost": 4.0,  # that block is regularised this much less than the word features
    # Words nothing gives evidence about (not in BABE, VADER, the AllSides lexicon or the cue
    # lists) get their per-word and meaning-based probabilities moved toward what BABE's
    # never-marked words typically get: 0 = all the way, 1 = not at all (the earlier model).
    # 0.5: all the way cost 1.5 more points of BABE evidence recall for one fewer plain
    # out-of-domain sentence over 0.5 (docs/benchmarks.md, "Out-of-domain words").
    "unattested_shrink": 0.5,
    # 1: only ordinary English words are shrunk (stem of a whole word in MiniLM's vocabulary,
    # see common_stems); 0: every unattested word
    "unattested_common": 1,
    # Ordinary words also include the words of an English spelling dictionary (symspellpy's
    # frequency list: SCOWL word lists intersected with Google Books n-gram counts) seen at least
    # this often in the n-gram counts; 0: MiniLM's vocabulary only (the sixth-session model).
    # It catches ordinary words too long or rare for a word piece of their own ("sourdough").
    "unattested_dict_min": 0,
    # Eighth session (docs/tone.md, "Out-of-domain words"): 1 = compounds and -er derivations
    # of plain ordinary words are ordinary (wordmodel.ordinary); British spellings are read as
    # American before every look-up (analyze/spelling.py); the static word-vector term moves an
    # unattested ordinary word's vector toward the mean vector of BABE's never-marked words by
    # the same shrink. 0 = the seventh-session model.
    "compounds": 1,
    "spelling": 1,
    "wvec_shrink": 1,
}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def outlet_editor_counts(stories: Sequence[dict[str, Any]]) -> tuple[Counter[str], Counter[str], int, int]:
    """Word counts of the outlets' titles and texts and of the editors' headlines and summaries
    (AllSides stories), and their totals: what the loaded and event-word lexicons compare."""
    outlet: Counter[str] = Counter()
    editor: Counter[str] = Counter()
    for s in stories:
        for a in s["articles"]:
            outlet.update(t.norm for t in tokenize(a.get("title", "") + ". " + a.get("text", "")))
        ref = s["reference"]
        editor.update(t.norm for t in tokenize(ref.get("headline", "") + ". " + ref.get("summary", "")))
    return outlet, editor, sum(outlet.values()), sum(editor.values())


def build_loaded_lexicon(stories: Sequence[dict[str, Any]]) -> dict[str, float]:
    outlet, editor, n_o, n_e = outlet_editor_counts(stories)
    total = outlet + editor
    n = n_o + n_e
    a0 = 1000.0
    out: dict[str, float] = {}
    for w, c in total.items():
        if w in STOP or not w.isalpha() and "-" not in w or c < LOADED_MIN_COUNT:
            continue
        aw = a0 * c / n
        yo, ye = outlet[w], editor[w]
        d = math.log((yo + aw) / (n_o + a0 - yo - aw)) - math.log((ye + aw) / (n_e + a0 - ye - aw))
        z = d / math.sqrt(1 / (yo + aw) + 1 / (ye + aw))
        if z > LOADED_MIN_Z:
            out[w] = round(min(d, 3.0), 3)
    return out


def _same(w: str) -> str:
    return w


def gold_norms(row: dict[str, Any], spell: Callable[[str], str] = _same) -> set[str]:
    out = set()
    for w in row.get("biased_words", []):
        out.update("~" + stem(spell(t.norm)) for t in tokenize(w))
    return out


def build_marked_lexicon(
    rows: Sequence[dict[str, Any]], prior: float, spell: Callable[[str], str] = _same
) -> dict[str, float]:
    appear: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for r in rows:
        norms = {"~" + stem(spell(t.norm)) for t in tokenize(r["text"])}
        appear.update(norms)
        marked.update(norms & gold_norms(r, spell))
    out = {}
    for w, c in appear.items():
        if w[1:] in STOP_STEMS:
            continue
        out[w] = round(marked[w] / (c + prior), 3)  # 0.0 = seen, never marked
    return out


def build_freq_lexicon(stories: Sequence[dict[str, Any]]) -> dict[str, float]:
    """log(1 + count) of each word in AllSides outlets' and editors' text (count >= 2)."""
    c: Counter[str] = Counter()
    for s in stories:
        for a in s["articles"]:
            c.update(t.norm for t in tokenize(a.get("title", "") + ". " + a.get("text", "")))
        ref = s["reference"]
        c.update(t.norm for t in tokenize(ref.get("headline", "") + ". " + ref.get("summary", "")))
    return {w: round(math.log1p(n), 2) for w, n in c.items() if n >= 2}


def word_vocab(rows: Sequence[dict[str, Any]], loaded: dict[str, float], freq: dict[str, float]) -> list[str]:
    """Words that get a meaning-based probability: news vocabulary (AllSides), VADER, BABE and
    the whole lower-case words of MiniLM's own word-piece vocabulary (general English)."""
    vocab = set(freq) | set(loaded) | set(vader_lexicon()) | set(encoder_words())
    for r in rows:
        vocab.update(t.norm for t in tokenize(r["text"]))
    return sorted(vocab)


def encoder_words() -> list[str]:
    """Whole lower-case words (2+ letters) of the MiniLM tokenizer's vocabulary (Apache-2.0)."""
    from plainwire.cluster import dense

    vocab = dense._load().tokenizer.get_vocab()
    return sorted(w for w in vocab if w.isalpha() and w.islower() and len(w) > 1)


def word_embeddings(vocab: Sequence[str], cache: Path | None = None) -> np.ndarray:
    """MiniLM embedding of each word on its own (needs the ``embeddings`` extra at build time).

    ``cache``: an explicit .npz file to reuse between runs of the tools (only if its vocabulary
    matches); the package itself never reads it.
    """
    if cache is not None and cache.exists():
        z = np.load(cache, allow_pickle=False)
        if list(z["vocab"]) == list(vocab):
            return np.asarray(z["emb"])
    from plainwire.cluster import dense

    emb = dense.encode(list(vocab))
    if cache is not None:
        np.savez_compressed(cache, vocab=np.array(vocab), emb=emb)
    return emb


WordEmb = tuple[Sequence[str], np.ndarray]


def _eligible(toks: Sequence[Any]) -> list[Any]:
    # The tokens that carry word weight in featurize: not names, not function words.
    n_cap = sum(1 for t in toks if t.raw[:1].isupper())
    title_case = len(toks) > 3 and n_cap > 0.6 * len(toks)
    return [
        t
        for i, t in enumerate(toks)
        if not (i and not title_case and t.raw[0].isupper()) and t.norm not in cues.FUNCTION_WORDS
    ]


def fit_wemb(
    rows: Sequence[dict[str, Any]],
    word_emb: WordEmb,
    C: float,
    base: frozenset[str],
    spell: Callable[[str], str] = _same,
) -> dict[str, float]:
    """P(expert marks the word) from its embedding alone, for the words of ``base`` and ``rows``.

    A logistic regression over word embeddings, fitted on the (word, marked?) occurrences of
    ``rows`` (aggregated per word, weighted by count), then applied to the vocabulary: the
    shipped table is word -> probability, so run time needs no model. Only words of ``base``
    (news vocabulary, VADER) and of ``rows`` get a value, so cross-validation sees no more of
    the held-out sentences' words than a new text would.
    """
    vocab, emb = word_emb
    index = {w: i for i, w in enumerate(vocab)}
    allowed = set(base)
    for r in rows:
        allowed.update(t.norm for t in tokenize(r["text"]))
    pos: Counter[int] = Counter()
    neg: Counter[int] = Counter()
    for r in rows:
        gold = gold_norms(r, spell)
        for t in _eligible(tokenize(r["text"])):
            k = spell(t.norm)
            j = index.get(k)
            if j is not None:
                (pos if "~" + stem(k) in gold else neg)[j] += 1
    idx = list(pos) + list(neg)
    y = [1] * len(pos) + [0] * len(neg)
    w = list(pos.values()) + list(neg.values())
    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(emb[idx], y, sample_weight=w)
    keep = [i for i, word in enumerate(vocab) if word in allowed]
    prob = clf.predict_proba(emb[keep])[:, 1]
    out = {vocab[i]: round(float(p), 3) for i, p in zip(keep, prob, strict=True)}
    # "~stem" -> mean over the words of that stem: reaches inflections missing from the list.
    by_stem: dict[str, list[float]] = {}
    for word, pr in out.items():
        by_stem.setdefault("~" + stem(word), []).append(pr)
    out.update({st: round(sum(v) / len(v), 3) for st, v in by_stem.items()})
    return {w: pr for w, pr in out.items() if pr >= 0.001}


def fit_word_model(
    rows: Sequence[dict[str, Any]],
    lexes: Sequence[Lexicons],
    freq: dict[str, float],
    C: float,
    spell: Callable[[str], str] = _same,
) -> dict[str, float]:
    """Per-word logistic model: is this word one the experts marked in its sentence?"""
    X, y = [], []
    for r, lex in zip(rows, lexes, strict=True):
        gold = gold_norms(r, spell)
        toks = tokenize(r["text"])
        n_cap = sum(1 for t in toks if t.raw[:1].isupper())
        title_case = len(toks) > 3 and n_cap > 0.6 * len(toks)
        for i, t in enumerate(toks):
            cap = not title_case and t.raw[:1].isupper()
            k = spell(t.norm)
            X.append(token_vector(k, cap, i == 0, lex.vader, lex.loaded, lex.marked, freq))
            y.append(1 if "~" + stem(k) in gold else 0)
    clf = LogisticRegression(C=C, max_iter=3000, fit_intercept=False)
    clf.fit(np.array(X), np.array(y))
    return {name: round(float(w), 5) for name, w in zip(TOKEN_FEATS, clf.coef_[0], strict=True)}


def common_stems(dict_min: int = 0) -> frozenset[str]:
    """ "~stem" of every whole lower-case word of MiniLM's word-piece vocabulary (Apache-2.0): the
    ~20k words frequent enough in general English (Wikipedia and books) to get a piece of their
    own, i.e. ordinary words, not rare coinages ("do-nothingism") or misspellings. With
    ``dict_min`` > 0, also the dictionary words counted at least that often (``dictionary_words``)."""
    words = set(encoder_words())
    if dict_min > 0:
        words.update(dictionary_words(dict_min))
    return frozenset("~" + stem(w) for w in words)


def dictionary_words(min_count: int) -> list[str]:
    """Lower-case words (2+ letters) of symspellpy's English frequency dictionary
    (frequency_dictionary_en_82_765.txt, shipped in the MIT-licensed package: SCOWL spelling
    lists, permissive licence, intersected with Google Books n-gram counts, CC BY 3.0) counted at
    least ``min_count`` times. Build time only (``tonebuild`` extra); only derived stems ship."""
    from importlib.resources import files

    try:
        text = (files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8")
    except ModuleNotFoundError as exc:
        raise SystemExit("unattested_dict_min needs symspellpy: pip install -e '.[tonebuild]'") from exc
    out = []
    for line in text.splitlines():
        parts = line.split()
        if (
            len(parts) == 2
            and parts[0].isalpha()
            and parts[0].islower()
            and len(parts[0]) > 1
            and int(parts[1]) >= min_count
        ):
            out.append(parts[0])
    return out


def unattested_refs(
    rows: Sequence[dict[str, Any]],
    marked: dict[str, float],
    wm: WordModel,
    wemb: dict[str, float],
    spell: Callable[[str], str] = _same,
) -> tuple[float, float, np.ndarray | None]:
    """Median per-word and meaning-based probabilities of the words of ``rows`` that BABE's
    experts saw and never marked: the plain-word level unattested words are shrunk toward; and
    the mean static vector of those words (None if none has one), toward which the
    static-vector term moves them (eighth session)."""
    words = {spell(t.norm) for r in rows for t in _eligible(tokenize(r["text"]))}
    plain = sorted(w for w in words if marked.get("~" + stem(w)) == 0.0)
    if not plain:
        return 0.0, 0.0, None
    p = [wm.prob(w, False, False) for w in plain]
    we = [wemb.get(w) or wemb.get("~" + stem(w), 0.0) for w in plain]
    from plainwire import wordvec

    table = wordvec.table()
    idx = [j for w in plain if (j := table.index.get(w)) is not None]
    ref = table.matrix[idx].astype(np.float64).mean(axis=0) if idx else None
    return float(np.median(p)), float(np.median(we)), ref


def _matrix(
    rows: Sequence[dict[str, Any]], lexes: Sequence[Lexicons], vocab: dict[str, int], qf: float
) -> tuple[np.ndarray, sparse.csr_matrix]:
    dense = np.zeros((len(rows), len(DENSE)))
    data, ind, ptr = [], [], [0]
    for i, (r, lex) in enumerate(zip(rows, lexes, strict=True)):
        f = featurize(r["text"], lex, qf)
        dense[i] = f.dense
        for w, v in f.words.items():
            j = vocab.get(w)
            if j is not None:
                ind.append(j)
                data.append(v)
        ptr.append(len(ind))
    words = sparse.csr_matrix((data, ind, ptr), shape=(len(rows), len(vocab)))
    return dense, words


def fit(
    rows: Sequence[dict[str, Any]],
    loaded: dict[str, float],
    freq: dict[str, float],
    params: dict[str, Any] | None = None,
    word_emb: WordEmb | None = None,
) -> dict[str, Any]:
    """Fit the model on BABE-form rows; returns the JSON-able model dict.

    ``word_emb`` (vocabulary, embeddings) enables the meaning-based word probabilities; without
    it (or with ``wemb=0``) those features stay 0.
    """
    p = {**PARAMS, **(params or {})}
    use_wemb = bool(p["wemb"]) and word_emb is not None
    vader = vader_lexicon()
    speller = None
    if p["spelling"]:
        from plainwire import wordvec

        # the same tables as run time: news-copy counts, VADER, the word-vector table's words
        speller = make_speller(freq, vader, wordvec.table().words)
    spell: Callable[[str], str] = speller if speller is not None else _same
    compounds = bool(p["compounds"])
    base = frozenset(set(freq) | set(loaded) | set(vader) | set(encoder_words())) if use_wemb else frozenset()
    qf = float(p["quote_factor"])
    # Cross-fit the "marked" lexicon: each training sentence sees a lexicon built without it,
    # otherwise the fit would learn that the lexicon is a perfect oracle on its own data.
    k = int(p["inner_folds"])
    order = list(range(len(rows)))
    random.Random(7).shuffle(order)
    fold_of = {idx: n % k for n, idx in enumerate(order)}
    inner = [
        build_marked_lexicon([r for i, r in enumerate(rows) if fold_of[i] != f], p["marked_prior"], spell)
        for f in range(k)
    ]
    # The meaning-based table is cross-fitted the same way (it is learnt from marked words too).
    wembs = [
        fit_wemb(
            [r for i, r in enumerate(rows) if fold_of[i] != f], word_emb, float(p["wemb_C"]), base, spell
        )
        if use_wemb and word_emb is not None
        else {}
        for f in range(k)
    ]
    plain = [Lexicons(vader, loaded, m, None, we) for m, we in zip(inner, wembs, strict=True)]
    lexes = [plain[fold_of[i]] for i in range(len(rows))]
    token_w = fit_word_model(rows, lexes, freq, float(p["token_C"]), spell)
    shrink = float(p["unattested_shrink"])
    common = common_stems(int(p["unattested_dict_min"])) if p["unattested_common"] and shrink < 1.0 else None
    refs = [
        unattested_refs(
            [r for i, r in enumerate(rows) if fold_of[i] != f],
            inner[f],
            WordModel(token_w, vader, loaded, inner[f], freq, spell=speller),
            wembs[f],
            spell,
        )
        for f in range(k)
    ]
    word_models = [
        WordModel(token_w, vader, loaded, m, freq, shrink, ref[0], common, compounds, speller)
        for m, ref in zip(inner, refs, strict=True)
    ]
    full = [
        Lexicons(
            vader,
            loaded,
            m,
            wm,
            we,
            unattested_shrink=shrink,
            wemb_ref=ref[1],
            common=common,
            compounds=compounds,
            spell=speller,
        )
        for m, wm, we, ref in zip(inner, word_models, wembs, refs, strict=True)
    ]
    lexes = [full[fold_of[i]] for i in range(len(rows))]
    df: Counter[str] = Counter()
    for r in rows:
        toks = tokenize(r["text"])
        df.update(
            {t.norm for t in toks}
            | {"~" + stem(t.norm) for t in toks}
            | {a.norm + " " + b.norm for a, b in zip(toks, toks[1:], strict=False)}
        )
    keep = sorted(w for w, c in df.items() if c >= p["min_df"]) if p["use_words"] else []
    vocab = {w: j for j, w in enumerate(keep)}
    dense, words = _matrix(rows, lexes, vocab, qf)
    mu, sd = dense.mean(axis=0), dense.std(axis=0) + 1e-9
    boost = float(p["dense_boost"])
    y = np.array([1 if r["biased"] else 0 for r in rows])
    scale = np.ones(words.shape[1])
    if p["nb_scale"] and words.shape[1]:
        # NB-LR (Wang & Manning 2012): scale each word by its smoothed log-count ratio, so the
        # L2 penalty shrinks uninformative words harder. The shipped weight is coef * scale,
        # so run time is unchanged.
        pos = np.asarray(words[y == 1].sum(axis=0)).ravel() + 1.0
        neg = np.asarray(words[y == 0].sum(axis=0)).ravel() + 1.0
        ratio = np.log((pos / pos.sum()) / (neg / neg.sum()))
        scale = np.abs(ratio) ** float(p["nb_scale"])
        words = words.multiply(scale).tocsr()
    blocks = [sparse.csr_matrix((dense - mu) / sd * boost), words]
    # Static word vectors: the mean vector of each sentence's own-voice words, a linear block.
    # The dense column "wvec" is 0 while fitting (no table yet); it is the same term at run
    # time, read from the word -> share table built from these weights (analyze/wvec.py).
    v_boost = float(p["wvec_boost"])
    use_wvec = bool(p["wvec"])
    if use_wvec:
        shrink_v = bool(p["wvec_shrink"]) and shrink < 1.0
        blocks.append(
            sparse.csr_matrix(
                mean_vectors(
                    [r["text"] for r in rows],
                    [full[fold_of[i]] for i in range(len(rows))] if shrink_v or speller is not None else None,
                    [refs[fold_of[i]][2] for i in range(len(rows))] if shrink_v else None,
                )
                * v_boost
            )
        )
    X = sparse.hstack(blocks).tocsr()
    clf = LogisticRegression(C=float(p["C"]), max_iter=2000, solver="liblinear")
    clf.fit(X, y)
    coef = clf.coef_[0]
    n_d, n_w = len(DENSE), words.shape[1]
    dense_w = coef[:n_d] * boost / sd
    bias = float(clf.intercept_[0] - float(np.dot(dense_w, mu)))
    dense_w[DENSE.index("wvec")] = 1.0 if use_wvec else 0.0
    inv = {j: w for w, j in vocab.items()}
    word_coef = coef[n_d : n_d + n_w] * scale
    word_w = {inv[j]: round(float(c), 4) for j, c in enumerate(word_coef) if abs(c) >= 1e-3}
    wvec_w = [round(float(c) * v_boost, 5) for c in coef[n_d + n_w :]]
    marked_all = build_marked_lexicon(rows, p["marked_prior"], spell)
    wemb_all = (
        fit_wemb(rows, word_emb, float(p["wemb_C"]), base, spell) if use_wemb and word_emb is not None else {}
    )
    p_ref, we_ref, v_ref = unattested_refs(
        rows, marked_all, WordModel(token_w, vader, loaded, marked_all, freq, spell=speller), wemb_all, spell
    )
    wvec_ref = (
        round(float(np.dot(np.asarray(wvec_w), v_ref)), 5)
        if use_wvec and p["wvec_shrink"] and shrink < 1.0 and v_ref is not None
        else None
    )
    return {
        "format": 1,
        "bias": round(bias, 5),
        "dense": {name: round(float(w), 5) for name, w in zip(DENSE, dense_w, strict=True)},
        "words": word_w,
        "loaded": loaded,
        "freq": freq,
        "token": token_w,
        "marked": marked_all,
        "wemb": wemb_all,
        "unattested": {
            "shrink": shrink,
            "p_ref": round(p_ref, 5),
            "wemb_ref": round(we_ref, 5),
            "common": sorted(common) if common is not None else None,
            "compounds": compounds,
            "spelling": speller is not None,
            "wvec_ref": wvec_ref,
        },
        "wordvec_w": wvec_w,
        # word -> share of the term, shipped so the model stays consistent with the vectors it
        # was fitted on (and run time needs neither numpy nor the vector table)
        "wvec": {w: round(x, 4) for w, x in word_shares(wvec_w).items()} if use_wvec else {},
        "quote_factor": qf,
        "evidence_min": float(p.get("evidence_min", 0.35)),
        "evidence_prob": float(p.get("evidence_prob", 0.17)),
        "evidence_prob_weight": float(p.get("evidence_prob_weight", 2.0)),
        "params": {k2: v for k2, v in p.items()},
    }


class SentenceEncoder:
    """MiniLM sentence embeddings, memoised in memory; optionally kept in an explicit .npz file."""

    def __init__(self, cache: Path | None = None) -> None:
        self.cache = cache
        self.known: dict[str, np.ndarray] = {}
        if cache is not None and cache.exists():
            z = np.load(cache, allow_pickle=False)
            self.known = dict(zip((str(t) for t in z["texts"]), np.asarray(z["emb"]), strict=True))

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.known})
        if missing:
            from plainwire.cluster import dense

            self.known.update(zip(missing, dense.encode(missing), strict=True))
            if self.cache is not None:
                keys = sorted(self.known)
                np.savez_compressed(
                    self.cache, texts=np.array(keys), emb=np.stack([self.known[k] for k in keys])
                )
        return np.stack([self.known[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


def fit_dense_head(
    rows: Sequence[dict[str, Any]],
    loaded: dict[str, float],
    freq: dict[str, float],
    encode: SentenceEncoder,
    params: dict[str, Any] | None = None,
    word_emb: WordEmb | None = None,
) -> dict[str, Any]:
    """The ``embeddings``-extra tone head (plainwire.analyze.dense_tone), fitted on ``rows``.

    A logistic head over each sentence's MiniLM embedding, and a stacker
    ``a * lexical logit + b * head logit + c`` fitted on out-of-fold logits of both (inner
    cross-validation over ``rows``: the lexical model is refitted without each inner fold).
    """
    from plainwire.analyze.model import ToneModel

    p = {**PARAMS, **(params or {})}
    k = int(p["inner_folds"])
    C = float(p.get("dense_C", 1.0))
    emb = encode([r["text"] for r in rows])
    y = np.array([1 if r["biased"] else 0 for r in rows])
    order = list(range(len(rows)))
    random.Random(11).shuffle(order)
    fold_of = np.zeros(len(rows), dtype=int)
    for n, idx in enumerate(order):
        fold_of[idx] = n % k
    lex_oof = np.zeros(len(rows))
    emb_oof = np.zeros(len(rows))
    vader = vader_lexicon()
    for f in range(k):
        tr, te = fold_of != f, fold_of == f
        model = ToneModel.from_dict(
            fit([r for r, t in zip(rows, tr, strict=True) if t], loaded, freq, p, word_emb), vader
        )
        lex_oof[te] = [model.fast_logit(rows[i]["text"]) for i in np.where(te)[0]]
        head = LogisticRegression(C=C, max_iter=3000).fit(emb[tr], y[tr])
        emb_oof[te] = head.decision_function(emb[te])
    X = np.column_stack([lex_oof, emb_oof])
    stack = LogisticRegression(C=100.0, max_iter=1000).fit(X, y)
    # Second stage: move the decision so that score >= 0.5 sits where macro F1 is best on these
    # out-of-fold logits (a shift of the intercept; chosen on the training rows only).
    z = stack.decision_function(X)
    grid = np.round(np.arange(-1.0, 1.0001, 0.05), 2)
    f1s = np.array([f1_score(y, (z >= t).astype(int), average="macro") for t in grid])
    smooth = np.convolve(f1s, np.ones(3) / 3, mode="same")  # a plateau, not a lucky spike
    shift = float(grid[1:-1][int(np.argmax(smooth[1:-1]))]) if p.get("dense_calibrate", 1) else 0.0
    head = LogisticRegression(C=C, max_iter=3000).fit(emb, y)
    return {
        "w": [round(float(w), 5) for w in head.coef_[0]],
        "b": round(float(head.intercept_[0]), 5),
        "stack": [
            round(float(stack.coef_[0][0]), 5),
            round(float(stack.coef_[0][1]), 5),
            round(float(stack.intercept_[0]) - shift, 5),
        ],
        "C": C,
        "shift": shift,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--set", action="append", default=[], help="override a fit parameter, key=value")
    ap.add_argument("--word-emb-cache", type=Path, default=None, help="reuse word embeddings (.npz)")
    ap.add_argument("--sent-emb-cache", type=Path, default=None, help="reuse sentence embeddings (.npz)")
    ap.add_argument("--no-dense-head", action="store_true", help="skip the embeddings-extra head (faster)")
    a = ap.parse_args()
    params = {k: float(v) for k, v in (kv.split("=", 1) for kv in a.set)}
    stories = load_jsonl(a.data / "allsides-train.jsonl")
    loaded, freq = build_loaded_lexicon(stories), build_freq_lexicon(stories)
    rows = load_jsonl(a.data / "babe-sg2.jsonl")
    vocab = word_vocab(rows, loaded, freq)
    word_emb = (vocab, word_embeddings(vocab, a.word_emb_cache))
    model = fit(rows, loaded, freq, params, word_emb)
    if not a.no_dense_head:
        model["dense_head"] = fit_dense_head(
            rows, loaded, freq, SentenceEncoder(a.sent_emb_cache), params, word_emb
        )
    model["provenance"] = (
        "Derived statistics only. loaded: log-odds of outlet vs editor wording, AllSides train split "
        "(NeuS, MIT). marked/words/dense/bias: fitted on BABE (Spinde et al. 2021) sentence labels and "
        "expert-marked words. See docs/tone.md and tools/build_tone_model.py."
    )
    a.out.parent.mkdir(parents=True, exist_ok=True)
    blob = json.dumps(model, sort_keys=True, separators=(",", ":")).encode("utf-8")
    a.out.write_bytes(gzip.compress(blob, mtime=0))
    print(
        f"wrote {a.out} ({len(model['words'])} word weights, {len(loaded)} loaded, {len(model['marked'])} marked)"
    )


if __name__ == "__main__":
    main()
