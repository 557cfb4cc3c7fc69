"""A neutral, specific headline (<= 14 words).

``build_headline`` (used by ``synthesize``) follows its ``strategy`` (the ``headline``
setting, ``plainwire synthesize --headline``; default ``STRATEGY``):

- ``"clause"``: the best-supported story sentence compressed to its subject-predicate core
  (``headline_clause.clause_headline``); when no top sentence compresses to an acceptable
  headline, or the result is charged, the outlet title below;
- ``"title"`` (default): the outlet title the coverage supports most (similar to the other outlets'
  titles and leads), minus loaded language, questions, exclamations and shouting, tidied;
- ``"joint"``: both kinds of candidate scored alike (support minus loadedness and shape);
- ``"learned"``: every calm candidate (the titles and the first acceptable clause headline)
  scored by the fitted model of ``headline_model`` (how much it adds to the text's match with
  the editors' headline and summary);
  charged ones and questions only when nothing calmer exists, as for ``"title"``.

Tidying only removes or re-cases text, and applies the vetted neutral-word table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from plainwire.analyze.labels import CHARGED_FROM
from plainwire.settings import HEADLINE_STRATEGIES as STRATEGIES
from plainwire.synthesize import headline_model, labels
from plainwire.synthesize.headline_clause import clause_headline
from plainwire.synthesize.headline_model import Candidate
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.sentences import month_word

MAX_WORDS = 14
# "title" stays the default: "learned" gains only +0.10 / +0.15 R1 (train-C / val), picks more
# loaded titles (mean loadedness 0.26 -> 0.30) and costs ~0.5 ms per story (docs/synthesis.md).
STRATEGY = "title"
CLAUSE_CANDIDATES = 3  # top story sentences tried for the "clause" headline
CHARGED = 0.8  # sentence_loadedness at or above this never makes a headline while a calmer one exists
LOADED_WEIGHT = 0.8
# A clause headline at or above this (the tone taxonomy's Charged band) gives way to a calmer one
# of the top sentences when the titles could not head the story.
CALM_CLAUSE = CHARGED_FROM
# A title mostly in words no other outlet uses is that outlet's own framing, not what the
# coverage agrees on: its score loses OWN_WEIGHT x that share (``pool.title_own_share``). Chosen on
# train 2100-2451 (docs/benchmarks.md, "Synthesis (seventh session): arousal"); 0 switches it off.
OWN_WEIGHT = 0.5
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
# A page label before the title, not part of it, and a live page's label after it: the genre
# labels of ``analyze.genre`` in every language it reads, the live and furniture labels
# (``labels.py``, one list for the headline, the gist and the sentences; sixteenth session).
# A shouted kicker before a colon, dropped by ``tidy`` ("TRAM HORROR: 10 hurt as ...").
_KICKER = re.compile(r"^\s*[A-Z]{2,}(?:['’][A-Z]+)?(?:\s+[A-Z]{2,}(?:['’][A-Z]+)?)+\s*:\s*(?=\S)")
# A shouted kicker: two or more words in capitals in a row ("TRAM HORROR:", "WHITE DEATH FEARS").
_SHOUTING = re.compile(r"\b[A-Z]{3,}(?:['’][A-Z]+)?(?:\s+[A-Z]{2,}(?:['’][A-Z]+)?)+\b")
# A comma ends a clause only before a space: "1,300 points" is one word.
_CLAUSE_SPLIT = re.compile(r"\s*(?::|;|\s[—–]\s|\s-\s|,(?=\s))\s*")


# A date or a clock time: "11/11/2026", "12.11.2026", "12. 11. 2026", "12:30", "10h30", "09.14"
# (read as a time only with the words ``update_line`` allows).
_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b|\b\d{1,2}/\d{1,2}\b|\b\d{1,2}[:h]\d{2}\b"
    r"|\b\d{1,2}\.\d{2}\b(?![%.,]?\d)"
)
_LETTER_WORD = re.compile(r"[^\W\d_]{4,}")


def update_line(title: str) -> bool:
    """``title`` is only a date, a time or an update line ("Actualitzat el 11/11/2026 a les
    12:30", "Stand: 12.11.2026, 16:10 Uhr", "Updated 12 Nov 2026, 10:30"): it gives a date or a
    time, and no word of four letters or more but month names and its first word (the label).
    Such a title says when, not what: no headline starts from it (seventeenth session; any
    language). "Dow falls 2.5% by 14:00" says what."""
    if _DATE_OR_TIME.search(title) is None:
        return False
    first = title.split()[0]
    return all(month_word(w) or w in first for w in _LETTER_WORD.findall(title))


def _decap(word: str) -> str:
    # "RECALLS" -> "Recalls"; keep short acronyms (US, FBI, NATO, AUKUS up to 5 letters)
    core = re.sub(r"[^A-Za-z]", "", word)
    if len(core) > 5 and core.isupper():
        return word[0] + word[1:].lower()
    return word


@lru_cache(maxsize=1024)  # titles are tidied when choosing the headline and for the stop model's features
def tidy(title: str, max_words: int = MAX_WORDS) -> str:
    t = " ".join(title.split())
    if labels.title_label().match(t):
        t = labels.title_label().sub("", t, count=1)
        t = t[:1].upper() + t[1:]  # "Tribune : un traité ..." -> "Un traité ..."
    t = _KICKER.sub("", t) if len(t.split()) > 5 else t
    t = labels.trailing_live_label().sub("", t) if len(t.split()) > 4 else t
    t = _SITE_SUFFIX.sub("", t) if len(t.split()) > 4 else t
    t = " ".join(_decap(w) for w in t.split())
    t, _ = neutralize(t)
    t = t.strip().rstrip(".!").strip()
    if len(t.split()) > max_words:
        # keep the longest leading run of clauses that fits: "A does B, C says" -> "A does B"
        parts = _CLAUSE_SPLIT.split(t)
        acc = ""
        for p in parts:
            cand = (acc + ", " + p) if acc else p
            if len(cand.split()) > max_words:
                break
            acc = cand
        t = acc
    return t


# Seventeenth session: a title whose first clause alone is longer than the headline may be
# ("La Gavina guanya la Copa de Tardor de Sarnhaven després de la desqualificació del Corsair",
# 15 words, no comma) is tidied to nothing; when no title and no clause could head the story, the
# headline fell back to the top sentence tidied, which was the page's update line or, tidied to
# nothing too, an empty headline. Now that last resort first takes the best-backed calm title cut
# before a phrase (``_phrase_cut``: after the last content word that a short lower-case word, a
# preposition or an article in any language, "de", "del", "in", "für", follows, within
# ``MAX_WORDS``, keeping at least ``PHRASE_MIN`` words), then the first top sentence that tidies
# to a headline. Not earlier: a title cut so reads worse than another outlet's whole title (val:
# "Oregon GOP lawmakers who fled capitol").
PHRASE_CUT = True
PHRASE_MIN = 6


def _phrase_cut(t: str, max_words: int) -> str:
    words = t.split()

    def small(w: str) -> bool:
        return len(w) <= 3 and w.isalpha() and w.islower()

    for k in range(min(max_words, len(words) - 1), PHRASE_MIN - 1, -1):
        if small(words[k]) and not small(words[k - 1]):
            return " ".join(words[:k]).rstrip(",;:")
    return ""


def _shape_penalty(title: str) -> float:
    p = 0.0
    if title.rstrip().endswith("?"):
        p += 0.6
    if "!" in title:
        p += 0.4
    if _SHOUTING.search(title):
        p += 0.6  # shouting, like a question: no headline while a calm statement exists
    elif any(len(w) > 5 and w.isupper() for w in re.findall(r"[A-Za-z]+", title)):
        p += 0.2
    if re.match(r"^\s*(?:How|Why|What|Where|When|Who|Is|Are|Should|Can|Will|Do|Does|Opinion)\b", title):
        p += 0.4
    n = len(title.split())
    if n < 4:
        p += 0.3
    if n > MAX_WORDS:
        p += 0.2
    return p


def _best_title(
    titles: Sequence[str],
    title_support: np.ndarray,
    loadedness: Callable[[str], float],
    title_own: np.ndarray | None = None,
) -> tuple[str, str, float] | None:
    """(tidied, raw, score) of the title the coverage backs most, net of loadedness, shape and
    (``title_own[i]``, when given) the share of its words no other outlet uses."""
    best: tuple[str, str, float] | None = None
    for i, raw in enumerate(titles):
        if not raw or not raw.strip() or update_line(raw):
            continue
        t = tidy(raw)
        if len(t.split()) < 3:
            continue
        score = float(title_support[i]) - _shape_penalty(raw) - LOADED_WEIGHT * loadedness(raw)
        if title_own is not None:
            score -= OWN_WEIGHT * float(title_own[i])
        if best is None or score > best[2]:
            best = (t, raw, score)
    return best


def best_title_index(
    titles: Sequence[str],
    title_support: np.ndarray,
    loadedness: Callable[[str], float],
    title_own: np.ndarray | None = None,
) -> int | None:
    """Index of the title ``build_headline`` starts from (the best-backed calm one), if any."""
    best = _best_title(titles, title_support, loadedness, title_own)
    return None if best is None else list(titles).index(best[1])


def choose_headline(
    titles: Sequence[str],
    title_support: np.ndarray,
    loadedness: Callable[[str], float],
    fallback: str = "",
) -> str:
    """``title_support[i]`` is how much the rest of the coverage backs title ``i``."""
    best = _best_title(titles, title_support, loadedness)
    if best is not None:
        return best[0]
    return tidy(fallback) if fallback else ""


def candidates(
    titles: Sequence[str],
    title_support: np.ndarray,
    sentences: Sequence[tuple[str, float]] = (),
) -> list[Candidate]:
    """The headline candidates: each distinct tidied title of >= 3 words, then the first top
    sentence that compresses to an acceptable clause headline (``sentences`` as in
    ``build_headline``)."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for i, raw in enumerate(titles):
        if not raw or not raw.strip() or update_line(raw):
            continue
        t = tidy(raw)
        if len(t.split()) < 3 or t.lower() in seen:
            continue
        seen.add(t.lower())
        out.append(Candidate(t, raw, "title", float(title_support[i])))
    for text, support in sentences[:CLAUSE_CANDIDATES]:
        h = clause_headline(text)
        if h is not None:
            if h.lower() not in seen:
                out.append(Candidate(h, h, "clause", float(support)))
            break
    return out


def calm_fn(loadedness: Callable[[str], float]) -> Callable[[Candidate], bool]:
    """A calm statement: not charged (loadedness < ``CHARGED``), not a question or shouting."""
    return lambda c: loadedness(c.raw) < CHARGED and _shape_penalty(c.raw) < 0.6


def build_headline(
    titles: Sequence[str],
    title_support: np.ndarray,
    loadedness: Callable[[str], float],
    sentences: Sequence[tuple[str, float]] = (),
    strategy: str | None = None,
    *,
    title_own: np.ndarray | None = None,
) -> tuple[str, str]:
    """Headline and its kind: "title", "clause" or "sentence" (the top sentence, tidied).

    ``sentences``: the top story sentences, most important first, with their cross-source
    support (the same measure as ``title_support``). ``title_own``: per title, the share of its
    content words no other outlet uses (``pool.title_own_share``; the "title" rule's penalty).
    """
    strategy = strategy or STRATEGY
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown headline strategy {strategy!r}")
    if strategy == "learned":
        model = headline_model.default_model()
        if model is not None:
            pick = headline_model.choose(
                candidates(titles, title_support, sentences),
                [t for t, _ in sentences],
                loadedness,
                calm_fn(loadedness),
                model,
            )
            if pick is not None:
                return pick.text, pick.kind
        strategy = "title"  # no model, or nothing calm: the support rule below
    title = _best_title(titles, title_support, loadedness, title_own)

    def clauses() -> list[tuple[str, float]]:
        out = []
        for text, support in sentences[:CLAUSE_CANDIDATES]:
            h = clause_headline(text)
            if h is not None and loadedness(h) < CHARGED:
                out.append((h, support))
        # a clause that states the fact before one in the outlet's heat ("Terrified holidaymakers
        # fear ..."): the calm ones first, in their order (fifteenth session)
        return sorted(out, key=lambda c: loadedness(c[0]) >= CALM_CLAUSE)

    def title_ok() -> bool:  # a calm statement, not a question or a charged title
        return title is not None and loadedness(title[1]) < CHARGED and _shape_penalty(title[1]) < 0.6

    if strategy == "title":
        if title_ok():
            assert title is not None
            return title[0], "title"
        got = clauses()
        if got:
            return got[0][0], "clause"
    elif strategy == "clause":
        got = clauses()
        if got:
            return got[0][0], "clause"
    else:  # joint: both kinds of candidate scored alike
        best = (title[0], "title", title[2]) if title is not None else ("", "title", -np.inf)
        for h, support in clauses():
            score = support - LOADED_WEIGHT * loadedness(h)
            if score > best[2]:
                best = (h, "clause", score)
        if best[0]:
            return best[0], best[1]
    if title is not None:
        return title[0], "title"
    if PHRASE_CUT:
        cut = _phrase_title(titles, title_support, loadedness)
        if cut:
            return cut, "title"
        for text, _ in sentences:
            h = tidy(text)
            if h and not update_line(text):
                return h, "sentence"
        return "", "sentence"
    return (tidy(sentences[0][0]), "sentence") if sentences else ("", "sentence")


def _phrase_title(
    titles: Sequence[str], title_support: np.ndarray, loadedness: Callable[[str], float]
) -> str:
    """The best-backed calm title that ``tidy`` left empty for its length, cut before a phrase
    (``PHRASE_CUT``); "" when there is none."""
    for i in np.argsort(-np.asarray(title_support, dtype=float), kind="stable").tolist():
        raw = titles[i] if i < len(titles) else ""
        if not raw or not raw.strip() or update_line(raw) or tidy(raw):
            continue
        if loadedness(raw) < CHARGED and _shape_penalty(raw) < 0.6:
            cut = _phrase_cut(tidy(raw, 10 * MAX_WORDS), MAX_WORDS)
            if cut:
                return cut
    return ""
