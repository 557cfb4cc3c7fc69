"""Outlets that disagree on a figure: one figure per counted thing on the page, and a note.

"About 55 firefighters were sent to the blaze" (one outlet) and "60 firefighters ... fought the
blaze" (another) count the same thing with different figures. Printed side by side, the page
gives the reader two figures for one thing as if both were true; printed alone, one outlet's
figure reads as settled. A wire editor keeps one figure in the text and says that outlets
differ. So the Story and the Highlights print one figure per counted thing (the best-ranked
sentence's; a later sentence giving another figure for it is skipped), and the story's notes
(shown under the Story) list each figure with the outlets that give it. No figure is made up
or averaged: the note quotes the outlets' own figures.

Two figures disagree (``Figures.clash``) when two sentences of *different* articles count the
same thing (``meaning.counted``: the number with the word(s) after it, "1,200 dock workers" /
"about 1,150 dock workers"), the figures are close (the larger at most ``CLOSE`` times the
smaller, ``CLOSE_SAME_OUTCOME`` when both say the same thing happened to them: "3,400 votes" as
a margin and "18,412 votes" as a total are two facts, not a disagreement), they are not
consistent bounds ("more than 20" / "23"), and the two sentences share a content word besides the counted thing (the
context they count it in: "blaze", "Port Aldwin") or quote the same speaker ("..., fire officer
Tove Brenner said" in both). Two counts of what happened to people that name different outcomes
("20 people were killed" / "25 people were injured") are two facts whatever else they share.
One article giving two figures is one writer's account (a count at midday, another at night),
never a disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from plainwire.models import Article
from plainwire.synthesize.attribution import speaker_span
from plainwire.synthesize.meaning import SCALE_WORDS, counted
from plainwire.synthesize.textstats import stem

# The larger of two figures at most this times the smaller: outlets rounding or counting at
# different times ("55" / "60" firefighters: 1.09; "1,150" / "1,200" workers: 1.04). Figures
# further apart are taken as different facts ("3,400 votes" margin / "18,412 votes" total; on
# AllSides train 2100-2451, "the 270 electoral votes" needed / "306 electoral votes" won, 1.13).
CLOSE = 1.1
# ... and when both sentences say the same thing happened to them ("12 people were injured" /
# "15 people were injured"): early counts of one outcome differ more.
CLOSE_SAME_OUTCOME = 1.5
ENABLED = True

_NUM = re.compile(r"\d")
# What happened to the people counted: two counts naming different outcomes are two facts.
_OUTCOME = frozenset(
    stem(w)
    for w in [
        "killed",
        "dead",
        "died",
        "injured",
        "hurt",
        "wounded",
        "missing",
        "arrested",
        "evacuated",
        "rescued",
        "displaced",
        "detained",
        "charged",
        "treated",
        "hospitalised",
        "hospitalized",
    ]
)
# Durations and ages ("78.6 years", "eight weeks") measure, they do not count a thing: two of them
# are most often two facts (life expectancy now and in 2016).
_TIME_UNITS = frozenset(stem(w) for w in ["years", "months", "weeks", "days", "hours", "minutes", "seconds"])
# A bound is no figure: "more than 20" agrees with "23", "as many as 100 million" with "80 million".
_BOUND = re.compile(
    r"\b(?P<low>more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of)"
    r"|(?P<high>as\s+many\s+as|up\s+to|nearly|almost|fewer\s+than|less\s+than|under|no\s+more\s+than)",
    re.IGNORECASE,
)
_BOUNDED = re.compile(
    "(?:" + _BOUND.pattern + r")\s+(?:some\s+|about\s+)?(?P<num>\d(?:[\d,.]*\d)?)", re.IGNORECASE
)


def _bounds(text: str) -> dict[str, str]:
    """{number: "low" | "high"} for the numbers ``text`` gives as a bound ("more than 20")."""
    return {
        m.group("num").replace(",", ""): "low" if m.group("low") else "high" for m in _BOUNDED.finditer(text)
    }


def _interval(x: float, kind: str | None) -> tuple[float, float]:
    if kind == "low":
        return (x, float("inf"))
    if kind == "high":
        return (0.0, x)
    return (x, x)


def _value(num: str) -> float | None:
    try:
        return float(num)
    except ValueError:
        return None


def close(
    a: str, b: str, *, same_outcome: bool = False, kind_a: str | None = None, kind_b: str | None = None
) -> bool:
    """Two different figures near enough to be one count given two ways, and not consistent
    bounds (``kind_*``: "low" for "more than N", "high" for "as many as N")."""
    x, y = _value(a), _value(b)
    if x is None or y is None or x == y or x <= 0 or y <= 0:
        return False
    (lo1, hi1), (lo2, hi2) = _interval(x, kind_a), _interval(y, kind_b)
    if max(lo1, lo2) <= min(hi1, hi2):
        return False  # one can be true with the other
    return max(x, y) <= (CLOSE_SAME_OUTCOME if same_outcome else CLOSE) * min(x, y)


# What a figure is, as its sentence says it (thirteenth session): "2,150 crowns a month" and
# "300,000 crowns a day" are a wage and a daily cost; "2.31 billion crowns" and "212 million
# crowns" a revenue and a profit; "19 of the 45 seats" a part and a whole. Two figures for one
# counted word whose sentences say what each is (another rate, scale or part of a whole) are two
# facts, on the page and for ``Figures.clash``; the same signature with another figure is one
# thing counted twice.
_RATE = re.compile(
    r"^(?:a|an|per|each|every)\s+(day|night|week|month|year|hour|minute|head|person|household|pupil|seat)s?\b",
    re.IGNORECASE,
)
_WHOLE_BEFORE = re.compile(r"\b\d[\d,.]*\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?\d", re.IGNORECASE)
# "beat X by about 3,400 votes", "rose by 12 seats": a margin or a change, not the count itself
# (a verb of winning or changing before "by": "a strike by about 760 drivers" is the count)
_BY_BEFORE = re.compile(
    r"\b(?:beat|beats|won|wins|win|led|leads|lead|rose|rises|risen|fell|falls|fallen|increased|"
    r"decreased|grew|dropped|cut|raised|ahead|trailed|trails|lost)\b(?:\s+[\w'’-]+){0,6}?\s+by\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


def signature(text: str, num: str, noun: str) -> tuple[str, str, str] | None:
    """(scale, rate, part/whole/change) of figure ``num`` (digits, no commas) counting ``noun`` (a stem)
    in ``text``: "212 million crowns" -> ("million", "", ""), "2,150 crowns a month" -> ("",
    "month", ""), "45" in "19 of the 45 seats" -> ("", "", "whole"), "beat X by 3,400 votes" -> ("", "", "change"); ``None`` when ``text`` does
    not give it that way (a name such as "KA-200" is no figure)."""
    for m in re.finditer(r"(?<![\w.,-])(\d(?:[\d,.]*\d)?)((?:\s+[A-Za-z][\w-]*){1,3})", text):
        if m.group(1).replace(",", "") != num:
            continue
        words = m.group(2).split()
        at = next(
            (k for k, w in enumerate(words) if w.lower().startswith(noun[: max(3, len(noun) - 1)])), None
        )
        if at is None:
            continue
        scale = next((w.lower() for w in words[:at] if w.lower() in SCALE_WORDS), "")
        after = text[m.start(2) :].split(None, at + 1)
        rest = after[at + 1] if len(after) > at + 1 else ""
        rate = _RATE.match(rest.lstrip(",; "))
        before = text[: m.start()]
        role = (
            "whole"
            if _WHOLE_BEFORE.search(before)
            else "part"
            if _PART_AFTER.match(text[m.end(1) :])
            else "change"
            if _BY_BEFORE.search(before)
            else ""
        )
        return (scale, rate.group(1).lower() if rate else "", role)
    return None


def said_apart(text_a: str, num_a: str, text_b: str, num_b: str, noun: str) -> bool:
    """The two figures for ``noun`` are said to be different things (another scale, rate, or a
    part and its whole): ``signature`` differs. Unknown signatures are not apart."""
    a, b = signature(text_a, num_a, noun), signature(text_b, num_b, noun)
    return a is not None and b is not None and a != b


def page_figures(texts: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """The check behind the audit's "same noun, different figures", read as the rule reads
    figures: for each pair of different figures a page gives for one counted word, (noun stem,
    figure, figure, verdict), verdict "apart" (each sentence says what it counts: another scale,
    rate, part or whole, a margin, or both in one sentence) or "same" (one thing given two figures: what the rule keeps off a page
    when two articles give them). Names such as "KA-200" give no figure (``meaning.counted``)."""
    found: list[tuple[str, str, str]] = []  # (noun, num, text)
    for t in texts:
        if _NUM.search(t):
            found += [(noun, num, t) for num, noun in counted(t) if noun not in _TIME_UNITS]
    out: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for k, (noun, num, t) in enumerate(found):
        for noun2, num2, t2 in found[k + 1 :]:
            if noun2 != noun or num2 == num or (noun, *sorted((num, num2))) in seen:
                continue
            seen.add((noun, *sorted((num, num2))))  # type: ignore[arg-type]
            # one sentence giving two figures for a word says what each is ("the 28 million mark
            # wing ... raised 3.1 million marks")
            apart = t == t2 or said_apart(t, num, t2, num2, noun)
            out.append((noun, num, num2, "apart" if apart else "same"))
    return out


class Figures:
    """Which pool sentences give a disagreeing figure for the same counted thing.

    ``claims``: what each pool sentence claims (attribution left out), ``stems`` their content
    stems, ``article_of`` the article of each.
    """

    def __init__(
        self,
        claims: Sequence[str],
        stems: Sequence[frozenset[str]],
        article_of: Sequence[int],
        texts: Sequence[str],
    ) -> None:
        self.stems = stems
        self.article_of = article_of
        self.texts = texts
        self._speakers: dict[int, str] = {}
        # only sentences with a digit can count anything (most have none: read them once)
        self.counts: list[frozenset[tuple[str, str]]] = [
            counted(c) if _NUM.search(c) else frozenset() for c in claims
        ]
        self.bounds: list[dict[str, str]] = [
            _bounds(c) if n else {} for c, n in zip(claims, self.counts, strict=True)
        ]

    def clash(self, i: int, j: int) -> bool:
        """Sentences ``i`` and ``j`` (other articles) give different close figures for one thing."""
        a, b = self.counts[i], self.counts[j]
        if not a or not b or self.article_of[i] == self.article_of[j]:
            return False
        for num, noun in a:
            for num2, noun2 in b:
                if (
                    noun == noun2
                    and noun not in _TIME_UNITS
                    and self.close(i, num, j, num2)
                    and self._one_count(i, j, noun)
                    and not said_apart(self.texts[i], num, self.texts[j], num2, noun)
                ):
                    return True
        return False

    def close(self, i: int, num: str, j: int, num2: str) -> bool:
        """``num`` of sentence ``i`` and ``num2`` of ``j`` are close figures (``close``)."""
        same = bool(self.stems[i] & self.stems[j] & _OUTCOME)
        return close(
            num, num2, same_outcome=same, kind_a=self.bounds[i].get(num), kind_b=self.bounds[j].get(num2)
        )

    def _speaker(self, i: int) -> str:
        if i not in self._speakers:
            got = speaker_span(self.texts[i])
            self._speakers[i] = got[0].lower() if got else ""
        return self._speakers[i]

    def _one_count(self, i: int, j: int, noun: str) -> bool:
        """Two close figures for ``noun`` count one thing: not two outcomes, and one context."""
        oi, oj = self.stems[i] & _OUTCOME, self.stems[j] & _OUTCOME
        if oi and oj and oi.isdisjoint(oj):
            return False
        # the context they count it in: a shared content stem besides the figures and the noun
        rest = (self.stems[i] & self.stems[j]) - {noun}
        if any(not _NUM.search(w) for w in rest):
            return True
        who = self._speaker(i)
        return bool(who) and who == self._speaker(j)

    def clashes_any(self, i: int, picked: Sequence[int]) -> bool:
        return bool(self.counts[i]) and any(self.clash(i, j) for j in picked)


def _figure_phrase(text: str, num: str, noun: str) -> str | None:
    """The figure as ``text`` writes it ("1,200 dock workers", "410 million marks"): the number
    and the words up to the counted one (``noun`` is its stem)."""
    for m in re.finditer(r"(?<![\w.,-])(\d(?:[\d,.]*\d)?)((?:\s+[A-Za-z][\w-]*){1,2})", text):
        if m.group(1).replace(",", "") != num:
            continue
        words = m.group(2).split()
        for k, w in enumerate(words):
            if w.lower().startswith(noun[: max(3, len(noun) - 1)]):
                return " ".join([m.group(1), *words[: k + 1]])
    return None


def disagreement_notes(
    printed: Sequence[int],
    figs: Figures,
    pool_text: Callable[[int], str],
    articles: Sequence[Article],
) -> list[str]:
    """One note per counted thing the page prints (``printed``: pool indexes of its Story and
    Highlights sentences) on which another article's sentence gives a different close figure:
    each figure as the outlets write it, with the outlets whose text gives it."""
    notes: list[str] = []
    seen: set[frozenset[str]] = set()
    for i in printed:
        if not figs.counts[i]:
            continue
        for j in range(len(figs.counts)):
            if not figs.clash(i, j):
                continue
            # the fullest wording of the figure ("1,200 dock workers", not "1,200 dock")
            best: list[tuple[str, str]] = []
            for num, noun in sorted(figs.counts[i]):
                for m, w in sorted(figs.counts[j]):
                    if w != noun or not figs.close(i, num, j, m):
                        continue
                    got = [(_figure_phrase(pool_text(k), x, noun), x) for k, x in ((i, num), (j, m))]
                    pairs = [(p, x) for p, x in got if p is not None]
                    if len(pairs) == 2 and sum(len(p) for p, _ in pairs) > sum(len(p) for p, _ in best):
                        best = pairs
            key = frozenset(x for _, x in best)
            if len(best) < 2 or any(key & k for k in seen):
                continue
            seen.add(key)
            parts = []
            for p, _ in best:
                pat = re.compile(r"(?<![\w.,-])" + re.escape(p) + r"\b")
                outlets = sorted(
                    {a.source for a in articles if a.source and pat.search(f"{a.title}\n{a.text}")}
                )
                parts.append(f"{p} ({', '.join(outlets)})" if outlets else p)
            notes.append("outlets give different figures: " + "; ".join(parts))
    return notes
