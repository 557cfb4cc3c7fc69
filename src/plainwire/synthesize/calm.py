"""Tabloid heat out of the Story and Highlights (eleventh session; docs/synthesis.md, "Tabloid heat").

The rule, in one paragraph. A news sentence is *heated* when, in its outlet's own voice, it is at
least Measured (``labels.MEASURED_FROM``) and hotter than the median sentence of the *other*
outlets' coverage of the story by at least the width of the Measured band (``CHARGED_FROM -
MEASURED_FROM``), and its article as a whole (the mean of its sentences) is too: the outlet's
register, not one noisy sentence score. "Own voice" is ``analyze.sentence_loadedness``, which
already weighs words inside a quotation at the tone model's quote factor; for a sentence that
names who it quotes ("said", "says", "told"; not an anonymous "said one") the quoted words do not
count at all, short ones included (the tone model reads a quotation of up to three words as scare
quotes): what someone is quoted saying is reporting. While the story has calmer sentences, a
heated sentence is not printed unless it gives a number or a name that no calmer sentence gives
(a fact only it reports: it stays, and the vetted neutral words of ``neutral.py`` still apply).
Kept out like a charged sentence (``core``: ranked last before MMR), it cannot make the calmer
wording of its fact look redundant, so that wording is printed in its place. A quotation whose only speaker is "one" or "another"
('"...," said one.') leans on the sentence before it ("Furious passengers branded ..."): it goes
when that sentence is kept out for heat.

Thresholds are the tone taxonomy's cut points and the story's own coverage, not numbers tuned
on a newsroom. ``ENABLED = False`` switches the rule off for a measurement (``--set
calm.ENABLED=False``); ``ARTICLE_VOICE = False`` reads sentences alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from statistics import median

import numpy as np

from plainwire.analyze.labels import CHARGED_FROM, MEASURED_FROM, PROVOCATIVE_FROM
from plainwire.letters import PLAIN, unaccented
from plainwire.synthesize.attribution import claim, speaker_span
from plainwire.synthesize.facts import lower_words, numbers_and_dates, read_facts
from plainwire.synthesize.pool import Pool
from plainwire.synthesize.select import FEATURES

log = logging.getLogger(__name__)

ENABLED = True
ARTICLE_VOICE = True
# The outlet's register (thirteenth session): the sentences of an article the analyze stage reads
# as Provocative as a whole (``REGISTER_FROM``) are kept out like heated ones while at least
# ``REGISTER_MIN_CALM`` other articles of the story read below Measured, whatever one of its
# sentences scores alone ("Furious staff at the call centre said the news was a nightmare" reads
# Neutral word by word). (Until the seventeenth session the fact exemption applied here too.)
REGISTER = True
REGISTER_MIN_CALM = 2
# Seventeenth session: what only such an article reports no longer stays for being unique when
# its title shouts too (a kicker in capitals, "HORNETS IMPLODE: ..."; ``shouts``): the tabloid's
# house style on top of its register. Two calmer outlets cover the story; a number or a name only
# the tabloid gives ("The Hornets have now lost four of their last five games") is its claim
# alone, unchecked by them: the page gives what they report and lists the tabloid among the
# sources. Not on the register alone: the tone model reads some calm reports as Provocative
# (an AllSides lead with "Rips Trump ..." in its title, 0.71), whose unique figures the Story needs
# (dropping them all cost 0.04 R1 on val). False: the exemption for every register article.
SHOUTING_UNIQUE_FACTS_OUT = True
# The article tone from which its register counts: the taxonomy's Provocative band. From Charged
# (0.5) the rule cost R1/R2/RL 0.03/0.02/0.03 on train 2100-2451 (tools/synth_eval.py); from
# Provocative it costs nothing there (docs/benchmarks.md, thirteenth session).
REGISTER_FROM = PROVOCATIVE_FROM
# How much hotter than the other outlets' typical sentence a sentence must be: one tone band.
GAP = CHARGED_FROM - MEASURED_FROM
# A speaker that names nobody: the quotation leans on the sentence before it for who spoke.
_ANONYMOUS = frozenset({"one", "another", "one of them", "another one"})
# A shouted word ("MONTHS of misery") is no name.
_SHOUT = re.compile(r"\b[A-Z]{2,}(?:['’-][A-Z]+)*\b")


# The first word of a quotation: capitalised because the quoted sentence starts there.
_QUOTE_OPENING = re.compile(r"""(^|[\s:(,])(["“‘']\s*)([A-Z])(?=[a-z])""")
# True reads a quotation's opening word as a name again (before the fourteenth session), only to
# measure the change.
QUOTE_START_NAMES = False


def _unshout(text: str) -> str:
    return _SHOUT.sub(lambda m: m.group(0).lower() if len(m.group(0)) > 3 else m.group(0), text)


def _unquote_start(text: str) -> str:
    return _QUOTE_OPENING.sub(lambda m: m.group(1) + m.group(2) + m.group(3).lower(), text)


def _numbers_names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The numbers and names of a claim as the distinct-fact test reads them (``facts.read_facts``:
    digits and number words; the last word of each capitalised run, titles left out); a shouted
    word ("MONTHS of misery") is no name, nor the word opening a quotation (fourteenth session):
    'One fan said: "Selling him is a betrayal."' gave the name "selling", a fact no calm sentence
    gives, so a tabloid's vox pop was exempt from the heat and register rules (and became a
    Highlight). The claim's own first word is no name to ``read_facts`` either; a name opening a
    quotation is read as a sentence's first word is."""
    text = _unshout(text)
    f = read_facts(text if QUOTE_START_NAMES else _unquote_start(text))
    return f.numbers, f.names


def _by_article(loaded: np.ndarray, article_of: Sequence[int]) -> dict[int, list[float]]:
    groups: dict[int, list[float]] = {}
    for v, a in zip(loaded.tolist(), article_of, strict=True):
        groups.setdefault(int(a), []).append(v)
    return groups


def reference(loaded: np.ndarray, article_of: Sequence[int]) -> np.ndarray:
    """Per sentence, the median loadedness of the other articles' sentences (of all sentences
    when the story has one article): how the rest of the coverage tells the event."""
    groups = _by_article(loaded, article_of)
    values = loaded.tolist()
    # plain lists: a few dozen values per story, where numpy's per-call cost dominates
    med = {a: median([v for b, vs in groups.items() if b != a for v in vs] or values) for a in groups}
    return np.array([med[int(a)] for a in article_of], dtype=float)


def article_mean(loaded: np.ndarray, article_of: Sequence[int]) -> np.ndarray:
    """Per sentence, the mean loadedness of its own article's sentences (the outlet's voice)."""
    mean = {a: sum(vs) / len(vs) for a, vs in _by_article(loaded, article_of).items()}
    return np.array([mean[int(a)] for a in article_of], dtype=float)


_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”')


def own_voice(texts: Sequence[str], loaded: np.ndarray, loadedness: Callable[[str], float]) -> np.ndarray:
    """``loaded`` with the words of a named speaker's quotation left out (see the module); only
    sentences that could be heated (at least Measured) are read again."""
    out = loaded.copy()
    for i in np.flatnonzero(loaded >= MEASURED_FROM).tolist():
        t = texts[i]
        if ('"' in t or "“" in t) and not _anonymous_quote(t) and speaker_span(t) is not None:
            outside = " ".join(_QUOTATION.sub(" ", t).split())
            out[i] = min(out[i], loadedness(outside))
    return out


def _anonymous_quote(text: str) -> bool:
    if '"' not in text and "“" not in text:
        return False
    sp = speaker_span(text)
    return sp is not None and sp[0].lower() in _ANONYMOUS


def heated_mask(
    texts: Sequence[str],
    loaded: np.ndarray,
    article_of: Sequence[int],
    previous: Sequence[int | None],
    excluded: np.ndarray,
) -> np.ndarray:
    """Sentences kept out of Story and Highlights for heat (the module's rule). ``loaded``: own-voice
    loadedness (``own_voice``); ``previous[i]``:
    the pool index of the sentence right before ``i`` in its article; ``excluded``: sentences no
    rule lets print anyway (``select.charged_mask``), which tell the reader nothing."""
    n = len(texts)
    out = np.zeros(n, dtype=bool)
    if n < 2:
        return out
    if not ((loaded >= MEASURED_FROM) & ~excluded).any():
        return out  # the usual case: nothing even Measured
    ref = reference(loaded, article_of)
    hot = (loaded >= MEASURED_FROM) & (loaded >= ref + GAP) & ~excluded
    if ARTICLE_VOICE:  # the outlet's register, not one noisy sentence score
        voice = article_mean(loaded, article_of)
        hot &= (voice >= MEASURED_FROM) & (voice >= ref + GAP)
    calm = ~hot & ~excluded
    if not hot.any() or not calm.any():
        return out  # nothing hotter than the rest, or nothing calmer to print instead
    # a heated sentence stays when its claim gives a number or a name that no calmer sentence
    # gives anywhere
    hot_idx = np.flatnonzero(hot).tolist()
    keep = _unique_fact(hot_idx, np.flatnonzero(calm).tolist(), texts)
    for h in hot_idx:
        out[h] = h not in keep
    # '"We're being fleeced," said one.' after a dropped "Furious passengers branded ..."
    for i in range(n):
        p = previous[i]
        if p is not None and (out[p] or excluded[p]) and not out[i] and _anonymous_quote(texts[i]):
            out[i] = True
    return out


def _unique_fact(hot: Sequence[int], calm: Sequence[int], texts: Sequence[str]) -> set[int]:
    """The sentences of ``hot`` whose claim gives a number or a name no sentence of ``calm`` gives.
    Most give neither, and the calm sentences are read only when one does."""
    hot_facts = {h: _numbers_names(claim(texts[h])) for h in hot}
    if not any(nums or names for nums, names in hot_facts.values()):
        return set()
    numbers: set[str] = set()
    words: set[str] = set()
    for c in calm:
        numbers |= numbers_and_dates(texts[c])[0]
        words.update(_fold(w) for w in lower_words(texts[c]))
    return {
        h
        for h, (nums, names) in hot_facts.items()
        if not (nums <= numbers and {_fold(n) for n in names} <= words)
    }


def shouts(title: str) -> bool:
    """``title`` opens on a kicker in capitals: two or more words in capitals in a row, at least
    one of four letters or more and eight letters in all ("HORNETS IMPLODE: ...", "SKANDAL I
    KÄLLVIK: ..."); not a run of acronyms ("US, UK agree ...", "NATO, EU ...")."""
    run: list[str] = []
    for w in title.split():
        letters = "".join(c for c in w if c.isalpha())
        if len(letters) < 1 or not letters.isupper():
            break
        run.append(letters)
    return len(run) >= 2 and max(map(len, run)) >= 4 and sum(map(len, run)) >= 8


def _fold(word: str) -> str:
    """A name as any outlet spells it (seventeenth session): "Falcao" in a tabloid is the calm
    reports' "Falcão", no name only the tabloid gives (``names.py`` prints one spelling)."""
    return unaccented(word.translate(PLAIN)) if not word.isascii() else word


def register_mask(
    texts: Sequence[str],
    article_of: Sequence[int],
    article_tone: Sequence[float],
    previous: Sequence[int | None],
    excluded: np.ndarray,
    titles: Sequence[str] = (),
) -> np.ndarray:
    """Sentences kept out for their outlet's register (``REGISTER``): those of an article whose
    tone (``article_tone``, per news article: the analyze stage's score) is at least
    ``REGISTER_FROM``,
    while ``REGISTER_MIN_CALM`` other articles read below Measured; not a sentence giving a number
    or a name no calm article's sentence gives, unless its article's title (``titles``) shouts
    (``SHOUTING_UNIQUE_FACTS_OUT``)."""
    n = len(texts)
    out = np.zeros(n, dtype=bool)
    hot_arts = {a for a, t in enumerate(article_tone) if t >= REGISTER_FROM}
    calm_arts = {a for a, t in enumerate(article_tone) if t < MEASURED_FROM}
    if not hot_arts or len(calm_arts) < REGISTER_MIN_CALM:
        return out
    hot = [i for i in range(n) if article_of[i] in hot_arts and not excluded[i]]
    loud = (
        {a for a in hot_arts if a < len(titles) and shouts(titles[a])} if SHOUTING_UNIQUE_FACTS_OUT else set()
    )
    calm = [i for i in range(n) if article_of[i] in calm_arts and not excluded[i]]
    if not hot or not calm:
        return out
    keep = _unique_fact([h for h in hot if article_of[h] not in loud], calm, texts)
    for h in hot:
        out[h] = h not in keep
    for i in range(n):
        p = previous[i]
        if p is not None and out[p] and not out[i] and _anonymous_quote(texts[i]):
            out[i] = True
    return out


def heated_sentences(
    pl: Pool,
    excluded: np.ndarray,
    previous: Sequence[int | None],
    loadedness: Callable[[str], float],
    article_tone: Sequence[float] | None = None,
) -> np.ndarray:
    """The heated mask of a story's pool (``core``'s hook; see the module). ``article_tone``: the
    tone score of each news article (``REGISTER``)."""
    texts = [s.text for s in pl.sentences]
    loaded = own_voice(texts, pl.x[:, FEATURES.index("loaded")], loadedness) if len(pl.x) else np.zeros(0)
    heated = heated_mask(texts, loaded, pl.article_of, previous, excluded)
    if REGISTER and article_tone is not None and len(texts) > 1:
        heated |= register_mask(texts, pl.article_of, article_tone, previous, excluded, pl.titles)
    if heated.any() and (heated | excluded).all():
        heated[:] = False  # a Story is never empty while there is a news sentence
    if heated.any():
        log.debug("calm: %d heated sentence(s) kept out", int(heated.sum()))
    return heated
