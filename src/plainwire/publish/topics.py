"""Entity/topic pages, the simple way: capitalised phrases in story headlines.

A topic is a run of capitalised words ("European Central Bank", "Lisbon") inside a
headline. A single capitalised word that opens the headline is skipped, because headlines
capitalise their first word whatever it is (unless that word is a topic elsewhere). Short connector words may sit inside a run
("Bank of England"). A topic page lists the stories whose headline or text contains the
phrase (FTS5 phrase query). No NER model is needed; the optional spaCy extra could replace
this later.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[\w'’.-]+", re.UNICODE)
_CONNECTORS = {"of", "de", "del", "la", "van", "von", "der"}
_STOP = {
    "A", "An", "The", "And", "Or", "But", "In", "On", "At", "To", "For", "Of", "By", "As", "After",
    "Before", "With", "Over", "Amid", "New", "From", "Into", "Is", "Are", "Was", "Be", "It", "Its",
}  # fmt: skip


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def phrases(headline: str, known: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Capitalised phrases of one headline, in order, deduplicated.

    A lone capitalised opening word is kept only if its slug is in ``known`` (seen as a
    topic elsewhere, where its capital letter means something).
    """
    words = [w.strip(".'’-") for w in _WORD.findall(headline)]
    words = [w for w in words if w]
    out: list[str] = []
    i = 0
    while i < len(words):
        if not _is_cap(words[i]) or words[i] in _STOP:
            i += 1
            continue
        j = i + 1
        run = [words[i]]
        while j < len(words):
            if _is_cap(words[j]) and words[j] not in _STOP:
                run.append(words[j])
                j += 1
            elif words[j].lower() in _CONNECTORS and j + 1 < len(words) and _is_cap(words[j + 1]):
                run.extend(words[j : j + 2])
                j += 2
            else:
                break
        skip_opener = i == 0 and len(run) == 1 and slug(run[0]) not in known
        phrase = " ".join(run)
        if not skip_opener and len(phrase) > 1 and phrase not in out:
            out.append(phrase)
        i = j
    return out


def slug(phrase: str) -> str:
    return "-".join(w.lower() for w in re.findall(r"\w+", phrase))


def fts_phrase(topic_slug: str) -> str | None:
    """A safe FTS5 phrase query for a topic slug (only word characters survive)."""
    words = [w for w in re.findall(r"\w+", topic_slug.replace("-", " ")) if w][:8]
    return '"' + " ".join(words) + '"' if words else None


def title_from_slug(topic_slug: str) -> str:
    return " ".join(w.capitalize() for w in topic_slug.split("-") if w)


def top_topics(headlines: Iterable[str], n: int = 12, min_stories: int = 2) -> list[tuple[str, str, int]]:
    """The most frequent phrases across headlines as ``(phrase, slug, count)``."""
    headlines = list(headlines)
    known = {slug(p) for h in headlines for p in phrases(h)}
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for h in headlines:
        for p in phrases(h, known):
            s = slug(p)
            counts[s] += 1
            shown.setdefault(s, p)
    return [(shown[s], s, c) for s, c in counts.most_common(n) if c >= min_stories]
