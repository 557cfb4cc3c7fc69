"""What one text says that survives translation: its names and its figures (the text side
of the cross-language rule, plainwire.cluster.xlang).

- **names**: words the text capitalises mid-sentence and never writes lower-case
  ("Vaudrelle", "Idony", "Colette Rignac"), accent- and case-folded, adjacent ones taken
  as one name;
- **figures** and **small counts**: plainwire.cluster.figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from plainwire.cluster.figures import read_figures
from plainwire.cluster.text import CAP_MID, CAPS, Token, _local_names, learnable
from plainwire.letters import PLAIN, unaccented
from plainwire.memo import remember
from plainwire.models import primary_language

#: Languages that capitalise every noun: a word capitalised once in such a text is no name.
NOUN_CAPS = frozenset({"de", "lb"})
#: A name many texts carry (a president, a capital) says little about which event a text
#: reports: it counts only if at most this share of the texts seen carry it ...
NAME_MAX_SHARE = 0.01
#: ... or at most this many (small streams).
NAME_MAX_TEXTS = 10


_lang_cache: dict[str, str | None] = {}


def norm_lang(code: str | None) -> str | None:
    """The primary language subtag, lower-case ("fr-CA" -> "fr"); ``None`` when missing,
    malformed or a code for "undetermined" ("und")."""
    if not code or not isinstance(code, str):
        return None
    hit = _lang_cache.get(code, False)
    if hit is not False:
        return hit  # type: ignore[return-value]
    return remember(_lang_cache, code, primary_language(code), 1024)


_fold_cache: dict[str, str] = {}


def fold(word: str) -> str:
    """Lower-case without accents ("Zürich" -> "zurich", "Élodie" -> "elodie", "Kjær" ->
    "kjaer")."""
    hit = _fold_cache.get(word)
    if hit is not None:
        return hit
    # (letters NFKD leaves whole, "Kjær" -> "kjaer", from the shared table)
    out = unaccented(word.lower().translate(PLAIN))
    return remember(_fold_cache, word, out)


@dataclass(frozen=True, slots=True)
class Name:
    """One name of a text: its words as (term key, folded key, lower-case word)."""

    words: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class Anchors:
    """What a text (or a group of texts) says that survives translation."""

    names: tuple[Name, ...]
    figures: frozenset[float]
    #: small counts (2 to 12, in digits or words)
    counts: frozenset[int] = frozenset()

    @staticmethod
    def union(parts: Iterable[Anchors]) -> Anchors:
        names: list[Name] = []
        figures: set[float] = set()
        counts: set[int] = set()
        for p in parts:
            names.extend(p.names)
            figures |= p.figures
            counts |= p.counts
        return Anchors(_merge_names(names), frozenset(figures), frozenset(counts))


def _merge_names(names: Sequence[Name]) -> tuple[Name, ...]:
    """Names sharing a word are one name ("Colette Rignac", "Rignac", "Mayor Rignac")."""
    out: list[dict[str, tuple[str, str, str]]] = []
    for n in names:
        words = {w[1]: w for w in n.words}
        hits = [g for g in out if not words.keys().isdisjoint(g)]
        for g in hits:
            words.update(g)
            out.remove(g)
        out.append(words)
    return tuple(Name(tuple(g.values())) for g in out)


def anchors(
    tokens: tuple[list[Token], list[Token]],
    lang: str | None,
    is_name: Callable[[str], bool] | None = None,
) -> Anchors:
    """Names and specific figures of one text (title and the body the clusterer reads).

    With ``is_name`` (the stream's proper-noun test), a word opening a sentence that the
    stream knows as a name and this text never writes lower-case is one too ("Teodor Wąsik,
    whose conviction ...", "Bérangère was the third storm ..."): a follow-up often opens on
    its subject's name."""
    learn = learnable(*tokens)
    local = _local_names(learn)
    if is_name is not None:
        lowered = {t[1] for t in learn if not t[2] & CAPS}
        local |= {
            t[1]
            for t in learn
            if t[2] & CAPS and not t[2] & CAP_MID and t[0] and t[1] not in lowered and is_name(t[1])
        }
    names: list[Name] = []
    run: list[tuple[str, str, str]] = []
    for key, lower, flags, _h in learn:
        if key and key[0] != "#" and flags & CAPS and lower in local:
            run.append((key, fold(key), lower))
            continue
        if run:
            names.append(Name(tuple(run)))
            run = []
    if run:
        names.append(Name(tuple(run)))
    figures, counts = read_figures(tokens, lang)
    return Anchors(_merge_names(names), frozenset(figures), frozenset(counts))


def name_terms(a: Anchors) -> list[str]:
    """Term keys of a text's names (to look stories up or post the text under), with the
    name parts of compounds ("Ostrel-See": "ostrel")."""
    out: dict[str, None] = {}
    for n in a.names:
        for key, _f, _l in n.words:
            out[key] = None
            if "-" in key:
                out.update((p, None) for p in key.split("-") if len(p) >= 4)
    return list(out)


__all__ = [
    "NAME_MAX_SHARE",
    "NAME_MAX_TEXTS",
    "NOUN_CAPS",
    "Anchors",
    "Name",
    "anchors",
    "fold",
    "name_terms",
    "norm_lang",
]
