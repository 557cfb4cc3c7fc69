"""Across languages: does a text in one language report the event of a story in another?

TF-IDF over words does not cross languages ("floods" / "inondations" / "Hochwasser"
share no term), and there is no model or translation service in the default path. What
survives translation is read instead (docs/clustering.md, "Across languages"):

- **names**: words the text capitalises mid-sentence and never writes lower-case
  ("Vaudrelle", "Idony", "Colette Rignac"), accent- and case-folded, adjacent ones taken
  as one name;
- **figures**: numbers with their magnitude, read with the text's own decimal mark
  ("2,4" in French is 2.4, "1.200" in German is 1200, "3,2 millions" is 3.2 million),
  results ("3-1" = "1:3") and ordinals ("61st" = "61."); not dates ("14 November");
- **small counts** (2 to 12, in digits or words: "cuatro" = "four"), weak evidence;
- **time**: the text must be published while the story runs (``xlang_window``).

The decision is a small rule, strict on purpose (a wrong merge of two events that share a
town is worse than a split): the text's names and figures found in the story (each name a
name in the stream, capitalised in most of its sightings, and not one that many texts
carry) count a point each, shared small counts ``xlang_count_weight``; at least one name,
``xlang_min_figures`` figures and ``xlang_min_names + xlang_min_figures`` points (two names
and a figure; one name, a figure and two counts: :func:`shared`); of two candidates that
pass, the one sharing more wins, and a tie joins neither.

It is only ever asked when the text's language and the story's differ (both known): the
same-language decision is unchanged. The story side is read from the story's terms (the
online centroid's keys, or a batch group's texts' terms), so nothing is kept per story for
it and a stream in one language pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from plainwire import numwords
from plainwire.cluster.text import CAP_MID, CAPS, NUMBER, Token, _local_names, learnable, term_key
from plainwire.letters import PLAIN, unaccented
from plainwire.memo import remember
from plainwire.models import primary_language

#: Languages writing "2,4" for two point four and "1.200" (or "1 200") for twelve hundred.
#: Any other language is read as English writes numbers ("2.4", "1,200").
_COMMA_LANGS = (
    "fr de es it pt nl pl ru uk sv da nb nn no fi cs sk sl hr sr bs bg ro hu tr el lt lv et ca gl eu is id vi"
)
DECIMAL_COMMA = frozenset(_COMMA_LANGS.split())

#: Magnitude words following a number, in the languages of the outlets we expect (stems
#: as the clusterer's term keys write them are listed too: "millions" -> "million").
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "mille": 1e3,
    "milliard": 1e9,
    "milliards": 1e9,
    "tausend": 1e3,
    "millionen": 1e6,
    "mio": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "millone": 1e6,
    "milhão": 1e6,
    "milhões": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "miljoen": 1e6,
    "miljard": 1e9,
    # Danish, Norwegian, Swedish ("210 millioner floriner", "2,4 mia.")
    "tusind": 1e3,
    "tusen": 1e3,
    "millioner": 1e6,
    "miljoner": 1e6,
    "miljon": 1e6,
    "milliarder": 1e9,
    "miljarder": 1e9,
    "mia": 1e9,
    "mdr": 1e9,
    # Polish ("240 tys. florenów", "3,2 mln", "1,1 mld"), Dutch and Italian abbreviations
    "tys": 1e3,
    "tysięcy": 1e3,
    "mln": 1e6,
    "milion": 1e6,
    "miliony": 1e6,
    "milionów": 1e6,
    "mld": 1e9,
    "miliard": 1e9,
    "miliardy": 1e9,
    "miliardów": 1e9,
    "duizend": 1e3,
    "mila": 1e3,
}
#: Unit suffixes glued to a number ("3.2m", "5bn", "40k"), and ordinal endings ("61st",
#: "61e", "61º"; German writes "61.", which the tokenizer already reads as 61).
_SUFFIX = {
    "": 1.0,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "st": 1.0,
    "nd": 1.0,
    "rd": 1.0,
    "th": 1.0,
    "e": 1.0,
    "er": 1.0,
    "re": 1.0,
    "ème": 1.0,
    "eme": 1.0,
    "º": 1.0,
    "ª": 1.0,
}
_NUM = re.compile(r"#?(\d+(?:[.,]\d+)*)([a-zäöüéèóºª]*)\.?")
#: One decimal mark, of either kind, before a group that is not three digits ("4,80", "2.5"):
#: never a thousands separator, which always precedes three.
_OTHER_MARK = re.compile(r"\d+[.,](?:\d{1,2}|\d{4,})")
#: A date written in figures ("20.10.2026", "2026-10-20"), not a figure of the event.
_NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")
#: A result or score written as one token ("3-1", "2–0").
_SCORE = re.compile(r"#?(\d{1,2})[-–](\d{1,2})")

#: Small counts written as words (2 to 12), per language: the shared table (``plainwire.numwords``).
COUNT_WORDS = numwords.COUNT_WORDS
#: Month names: a number next to one is a date ("3 November", "3 de noviembre"), which the
#: time window already compares, not a figure of the event.
MONTHS = frozenset(
    """january february march april june july august september october november december
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
    decembre januar jänner februar märz maerz juni juli oktober dezember enero febrero marzo abril mayo
    junio julio agosto septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio
    giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro
    dezembro januari februari maart mei augustus oktober""".split()  # noqa: SIM905
)

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


def _canon(v: float) -> float:
    # Six significant digits: "3,2 millions" and "3.2 million" give the same float.
    return float(f"{v:.6g}")


def parse_number(token: str, lang: str | None) -> float | None:
    """The value of a number token as the text's language writes it; ``None`` if it is not
    a plain number (a product code, "covid-19")."""
    m = _NUM.fullmatch(token)
    if m is None:
        return None
    digits, suffix = m.groups()
    mult = _SUFFIX.get(suffix)
    if mult is None:
        return None
    if lang in DECIMAL_COMMA:
        if digits.count(",") > 1:
            return None
        # One mark before a group that is not three digits is a decimal mark whatever the
        # language ("4.80": the clusterer's key of "4,80", or a figure written English-style).
        keep = _OTHER_MARK.fullmatch(digits) is not None
        digits = digits.replace(",", ".") if keep else digits.replace(".", "").replace(",", ".")
    else:
        if digits.count(".") > 1:
            return None
        if _OTHER_MARK.fullmatch(digits) is None:
            digits = digits.replace(",", "")
        else:
            digits = digits.replace(",", ".")
    try:
        return float(digits) * mult
    except ValueError:
        return None


def score_figure(a: int, b: int) -> float:
    """A result ("3-1", "1:3") as a figure: the same for either order, negative so that it
    never equals a quantity."""
    lo, hi = sorted((a, b))
    return -(1000.0 * hi + lo + 1.0)


def small_count(value: float) -> int | None:
    """``value`` as a small count (2 to 12), or ``None``."""
    return int(value) if value.is_integer() and 2 <= value <= 12 else None


def is_specific(value: float, magnitude: bool) -> bool:
    """Whether a figure says something about one event: not a small count ("two boats"),
    not a bare year."""
    if magnitude:
        return True
    if value.is_integer():
        return value >= 13 and not 1900 <= value <= 2100
    return True


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
    figures: set[float] = set()
    counts: set[int] = set()
    words = COUNT_WORDS.get(lang or "en", COUNT_WORDS["en"])
    grouped = lang in DECIMAL_COMMA
    for part in tokens:
        done = -1  # the last token read as a thousands group of the number before it
        for i, (_key, lower, flags, _h) in enumerate(part):
            if not flags & NUMBER:
                n = words.get(lower)
                if n is not None:
                    counts.add(n)
                continue
            if _is_date(part, i):
                continue
            sc = _SCORE.fullmatch(lower)
            if sc is not None:
                figures.add(score_figure(int(sc[1]), int(sc[2])))
                continue
            pair = _score_after(part, i)
            if pair is not None:
                figures.add(score_figure(*pair))
            if i <= done or _NUMERIC_DATE.fullmatch(lower):
                continue  # a group of the number before it; a date ("20.10.2026")
            value = parse_number(lower, lang)
            if value is None:
                continue
            end = i
            if grouped and len(lower) <= 3 and lower.isdigit():
                # "41 000" (a space, or a no-break one, between the thousands): one number.
                while end + 1 < len(part) and len(g := part[end + 1][1]) == 3 and g.isdigit():
                    value = value * 1000 + int(g)
                    end += 1
                done = end
            mag = False
            for nxt in part[end + 1 : end + 3]:
                m = MAGNITUDES.get(nxt[1])
                if m is None:
                    break
                value *= m
                mag = True
            if is_specific(value, mag):
                figures.add(_canon(value))
            elif not mag and (n := small_count(value)) is not None:
                counts.add(n)
    return Anchors(_merge_names(names), frozenset(figures), frozenset(counts))


def _is_date(part: list[Token], i: int) -> bool:
    """Whether the number at ``i`` is a day of a month ("3 November", "November 3",
    "3 de noviembre", "3. November")."""
    for j in (i - 1, i + 1, i + 2):
        if (
            0 <= j < len(part)
            and part[j][1] in MONTHS
            and (j != i + 2 or part[i + 1][1] in ("de", "di", "del"))
        ):
            return True
    return False


def _score_after(part: list[Token], i: int) -> tuple[int, int] | None:
    """A result written as two tokens around a colon or a dash ("1:3", "1 – 3"): the number
    at ``i`` and the next one, both whole and under 100, separated by one punctuation token
    at most."""
    a = part[i][1]
    if not a.isdigit() or len(a) > 2:
        return None
    for j in (i + 1, i + 2):
        if j >= len(part):
            return None
        b = part[j]
        if b[2] & NUMBER:
            return (int(a), int(b[1])) if b[1].isdigit() and len(b[1]) <= 2 else None
        if b[1]:  # a word between: two separate numbers
            return None
    return None


@dataclass(frozen=True, slots=True)
class StorySide:
    """A story as the rule sees it: its folded term keys and the figures they hold."""

    keys: frozenset[str]
    figures: frozenset[float]
    counts: frozenset[int] = frozenset()

    def __or__(self, other: StorySide) -> StorySide:
        return StorySide(self.keys | other.keys, self.figures | other.figures, self.counts | other.counts)


def story_side(keys: Iterable[str], lang: str | None) -> StorySide:
    """Read a story's term keys ("vaudrell", "#2.4", "million") in the story's language.

    The clusterer's number keys have their thousands commas removed ("1,200" -> "#1200")
    and a comma before one or two digits made a point ("4,80" -> "#4.80"), so in a language
    writing decimal commas "#3125" may have been "3,125": it is read as 3125 only (a missed
    figure, never an invented one). A magnitude word among the keys also gives each figure
    under 1,000 at that magnitude ("#3.2" with "million": 3.2 and 3.2 million), and so does
    a lone "#000" in a language grouping thousands with spaces ("41 000" is keyed "#41",
    "#000").
    """
    folded: set[str] = set()
    raw: list[str] = []
    mags: set[float] = set()
    counts: set[int] = set()
    words = _count_keys(lang)
    for k in keys:
        if k[:1] == "#":
            raw.append(k)
            if k == "#000" and lang in DECIMAL_COMMA:
                mags.add(1e3)
        else:
            folded.add(fold(k))
            m = MAGNITUDES.get(k)
            if m is not None:
                mags.add(m)
            n = words.get(k)
            if n is not None:
                counts.add(n)
    figures: set[float] = set()
    for k in raw:
        sc = _SCORE.fullmatch(k)
        if sc is not None:
            figures.add(score_figure(int(sc[1]), int(sc[2])))
            continue
        value = parse_number(k[1:], lang) if lang in DECIMAL_COMMA else parse_number(k, None)
        if value is None:
            continue
        if (n := small_count(value)) is not None:
            counts.add(n)
            continue
        figures.add(_canon(value))
        if value < 1000:
            figures.update(_canon(value * m) for m in mags)
    return StorySide(frozenset(folded), frozenset(figures), frozenset(counts))


_count_key_cache: dict[str | None, dict[str, int]] = {}


def _count_keys(lang: str | None) -> dict[str, int]:
    """The language's count words as the clusterer keys them ("twelve" -> "twelv")."""
    hit = _count_key_cache.get(lang)
    if hit is None:
        words = COUNT_WORDS.get(lang or "en", COUNT_WORDS["en"])
        hit = _count_key_cache[lang] = {k: n for w, n in words.items() if (k := term_key(w))}
    return hit


def shared(
    text: Anchors,
    story: StorySide,
    is_name: Callable[[str], bool],
    is_rare: Callable[[str], bool],
    *,
    min_names: int,
    min_figures: int,
    count_weight: float = 0.0,
) -> float | None:
    """How much ``text`` and ``story`` share (names + figures + ``count_weight`` x small
    counts) if the rule is met, else ``None``. The rule: at least ``min_figures`` figures
    (a result, "3-1" = "1:3", counts as one), at least one name, and in all at least
    ``min_names + min_figures`` points: two names and a figure, or one name with two
    figures, or one name, one figure and two small counts at weight 0.5 ("cuatro muertos,
    once desaparecidos" = "four dead, eleven missing"). ``is_name(lower)``: the word is a
    name in the stream (not a noun a German text capitalises); ``is_rare(key)``: few texts
    carry it."""
    names = 0
    keys = story.keys
    stems: dict[str, list[str]] | None = None
    for n in text.names:
        for key, f, lower in n.words:
            if f in keys and is_name(lower) and is_rare(key):
                names += 1
                break
            if f not in keys and len(f) >= _STEM and is_name(lower) and is_rare(key):
                # An inflected name ("Teodora Wąsika", "Lipnicy Marreńskiej" for "Teodor
                # Wąsik", "Lipnica Marreńska"): the same stem, a short ending on either side.
                if stems is None:
                    stems = _by_stem(keys)
                if any(_inflected(f, k) and is_rare(k) for k in stems.get(f[:_STEM], ())):
                    names += 1
                    break
            # "Ostrel-See" / "Ostrel-meer" name the lake "Ostrel": a compound's name part.
            if "-" in f and any(
                len(p) >= 4 and p in keys and is_name(p) and is_rare(p) for p in f.split("-")
            ):
                names += 1
                break
    if names < min(1, min_names):
        return None
    figures = len(text.figures & story.figures)
    if figures < min_figures:
        return None
    points: float = names + figures
    if count_weight:
        points += count_weight * len(text.counts & story.counts)
    return points if points >= min_names + min_figures else None


#: Letters two spellings of an inflected name share at the start, at least.
_STEM = 4
#: Letters an inflection may add or change at a name's end ("-a", "-y", "-iej", "-owi", "-en").
_ENDING = 3


def _by_stem(keys: Iterable[str]) -> dict[str, list[str]]:
    """A story's folded keys by their first ``_STEM`` letters (names only: no figures)."""
    out: dict[str, list[str]] = {}
    for k in keys:
        if len(k) >= _STEM and k[0] != "#":
            out.setdefault(k[:_STEM], []).append(k)
    return out


def _inflected(a: str, b: str) -> bool:
    """Whether folded words ``a`` and ``b`` are one name in two grammatical cases: a common
    start of at least ``_STEM`` letters and six tenths of the longer word, then at most
    ``_ENDING`` letters each ("wasika"/"wasik", "marrenskiej"/"marrenska"; not
    "marrenland"/"marren")."""
    if a == b:
        return True
    p = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        p += 1
    return (
        p >= _STEM and 10 * p >= 6 * max(len(a), len(b)) and len(a) - p <= _ENDING and len(b) - p <= _ENDING
    )


def shared_name_words(
    text: Anchors, keys: frozenset[str], is_name: Callable[[str], bool], is_rare: Callable[[str], bool]
) -> int:
    """Distinct words of ``text``'s names found among a story's folded term ``keys``, each
    a name in the stream and rare ("Ashcombe Junction" shared in full: two). Used within
    one language (``ClusterConfig.anchor_min_names``), where a shared place of two words is
    as specific as two places."""
    words: set[str] = set()
    for n in text.names:
        for key, f, lower in n.words:
            if f in keys and is_name(lower) and is_rare(key):
                words.add(f)
    return len(words)


def pick(scored: Iterable[tuple[int, float]]) -> int | None:
    """The candidate (id, shared) that shares most; ``None`` when none or a tie at the top
    (two stories as likely: a split is better than a wrong merge)."""
    best: int | None = None
    top = -1.0
    tie = False
    for cand, points in scored:
        if points > top:
            best, top, tie = cand, points, False
        elif points == top and cand != best:
            tie = True
    return None if tie else best


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
    "Anchors",
    "StorySide",
    "anchors",
    "fold",
    "norm_lang",
    "parse_number",
    "pick",
    "shared",
    "shared_name_words",
    "story_side",
]
