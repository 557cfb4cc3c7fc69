"""Page labels that are no part of what happened: one list for headlines, gists and sentences.

An outlet marks a piece with a label before its title or in its first line: a genre label
("Opinion |", "Kommentar:", "Tribune :", "Analiza:"), a live page's label ("Live:", "LIVE |",
"En direct :", "Live-Ticker:", "Na żywo:") or a page furniture word ("VIDEO:", "BREAKING:").
None of them belongs in a neutral headline, a Highlight, a Story sentence or an Opinions gist.

The genre labels come from ``analyze.genre.label_words``, the table the genre model reads (one
list, sixteenth session: until then the headline and the gist each kept a shorter copy of it).
The live labels are written down here by convention, in the languages the pipeline pools; a
live label also comes after a title ("... - as it happened", "...: live updates", "... – en
direct").
"""

from __future__ import annotations

import re
from functools import lru_cache

from plainwire.analyze.genre import label_alternation, label_words

ENABLED = True

# A live page's label before its title, by language (a hyphen stands for a space or nothing).
LIVE_LABELS: tuple[str, ...] = (
    "live live-updates live-update live-blog liveblog live-coverage as-it-happened latest latest-updates",  # en
    "live-ticker liveticker ticker",  # de
    "en-direct direct",  # fr
    "en-vivo en-directo directo",  # es
    "in-diretta diretta",  # it
    "ao-vivo",  # pt
    "na-żywo relacja-na-żywo",  # pl
    "direkte",  # da/no
    "live-bloggen",  # sv
)
# Furniture words outlets put before a title ("VIDEO:", "BREAKING:"); not a genre.
FURNITURE_LABELS = "video watch photo photos listen breaking exclusive update updated"


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


def genre_words() -> frozenset[str]:
    """Every opinion and analysis label word of ``analyze.genre``, all languages."""
    return _words(*(" ".join(ws) for kind in ("opinion", "analysis") for ws in label_words(kind).values()))


@lru_cache(maxsize=1)
def genre_label() -> re.Pattern[str]:
    """A genre label and its separator at a text's start ("Opinion | ", "Komentarz: ")."""
    return re.compile(rf"^\s*(?:{label_alternation(genre_words())})\s*[:|]\s*", re.I)


@lru_cache(maxsize=1)
def trailing_genre_label() -> re.Pattern[str]:
    """A genre label after a title ("... | Opinion", "... - Kommentar")."""
    return re.compile(rf"\s*[|\-–—]\s*(?:{label_alternation(genre_words())})\s*$", re.I)


@lru_cache(maxsize=1)
def _leading_genre_label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{label_alternation(genre_words())})\s*[:|\-–—]\s*", re.I)


def strip_genre_label(title: str) -> str:
    """``title`` without a genre label before it ("Opinion: ...") or after it ("... | Opinion")."""
    return trailing_genre_label().sub("", _leading_genre_label().sub("", title, count=1))


@lru_cache(maxsize=1)
def title_label() -> re.Pattern[str]:
    """A label before a title: genre, live or furniture, then ":" or "|", or a dash between
    spaces ("Live - ..."): "Opinion |", "LIVE:", "En direct :", "Na żywo:", "VIDEO - "."""
    words = genre_words() | _words(*LIVE_LABELS, FURNITURE_LABELS)
    return re.compile(rf"^\s*(?:{label_alternation(words)})(?:\s*[:|]|\s+[-–—])\s*", re.I)


@lru_cache(maxsize=1)
def trailing_live_label() -> re.Pattern[str]:
    """A live page's label after its title ("...: live", "... - as it happened", "... | LIVE")."""
    words = _words(*LIVE_LABELS) - {"direct", "directo", "diretta", "ticker"}  # a title's last word
    return re.compile(rf"\s*(?::|\s[-–—|])\s*(?:{label_alternation(words)})\s*$", re.I)


def strip_title_label(text: str) -> str:
    """``text`` without a leading genre/live/furniture label or a trailing live label."""
    t = title_label().sub("", text, count=1)
    if len(t.split()) > 4:
        t = trailing_live_label().sub("", t)
    return t


_SQUASH = re.compile(r"\W+")
_END = re.compile(r"[.!?…\"”’»)]\s*$")


def _key(text: str) -> str:
    return _SQUASH.sub(" ", strip_title_label(text).lower()).strip()


def title_lines(sentences: list[str], titles: list[str]) -> set[int]:
    """Indexes of ``sentences`` that are a page's title or label line, not a sentence of the
    report: an article's title repeated in its body without a full stop (a live page prints
    its title, "Live: Red warning over ...", among its entries), or any line that opens on a
    page label ("LIVE: ...", "Opinion | ..."; the printed text of a sentence already loses
    "VIDEO:" or "ANALYSIS:", ``sentences.compress``)."""
    keys = {_key(t) for t in titles if t and len(t.split()) >= 3}
    return {
        i
        for i, s in enumerate(sentences)
        if title_label().match(s) or (not _END.search(s) and _key(s) in keys)
    }


# An outlet's line about itself: "Subscribe to the Courier.", "Abonnez-vous au Courrier de la
# Côte.", "Følg Marrow Avis på Facebook." A short sentence that names its own outlet is a
# promotion or a reporting aside, no fact of the event (sixteenth session: once the Danish and
# French reports were read, such lines left by the extractor reached the Highlights).
OWN_NAME_MAX_WORDS = 12
_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|el|los|las|il|lo|der|die|das|de|het|den|det)\s+", re.I)


def own_outlet_lines(sentences: list[str], outlets: list[str]) -> set[int]:
    """Indexes of ``sentences`` (``outlets[i]``: the name of the outlet that wrote sentence
    ``i``) of at most ``OWN_NAME_MAX_WORDS`` words that name their own outlet (its name, with or
    without a leading article)."""
    out = set()
    for i, (s, name) in enumerate(zip(sentences, outlets, strict=True)):
        core = _ARTICLE.sub("", name.strip())
        if len(core) >= 4 and core in s and len(s.split()) <= OWN_NAME_MAX_WORDS:
            out.add(i)
    return out
