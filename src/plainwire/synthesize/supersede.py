"""Superseded facts beyond counts of people: a later report gives a new status or a new value.

``developing.py`` revises counts of what happened to people and provisional counts. A reader
meets the same shape every day in other things: a weather warning raised from yellow to amber
to red; a transfer "close to" a move for "around 12 million" that is then "joined" for 9.5
million on a four-year (not five-year) contract; workers missing, then found; a suspect
arrested, then charged, then sentenced; a match announced, then postponed or called off; a
proposal approved or rejected; a river "1.2 metres above its usual level", then "2.4 metres".
The first report, printed as current next to the second, contradicts it; printed first, or in
the headline, it tells the reader an old story (fourteenth session).

The rule is general: each sentence has its article's *as-of* time (published, or revised in
place); a sentence of a *later* article (at least ``SUPERSEDE_HOURS`` later: two outlets an hour
apart disagree, ``figures.py``) that tells *the same subject* with

- a **further stage** of one of the vetted status ladders (``ladders.py``: small tables, each a
  sequence every reader knows, the later stage the later news; a reversal on appeal, an annulled
  result and a final score after the half-time one are later stages, sixteenth session), or
- **another value of the same measure** (a number with its unit: "1.2 metres" / "2.4 metres",
  "12 million thalers" / "9.5 million thalers"; a compound duration: "five-year contract" /
  "four-year contract")

supersedes it. The same subject: at least ``SUBJECT_MIN`` content stems in common besides the
status or measure words (a compound duration names its thing itself, "year contract", so it
needs none). The superseded sentence is not printed and its title does not head the story; the
newest sentence that supersedes it takes its place (``developing.place_newest``). Nothing is
written about the earlier state: "up from ..." would need the earlier time, which a sentence
does not always give, and the reader needs the current state first.

A ladder is ordered and only a further stage supersedes: a sentencing report that recalls the
arrest ("was arrested in May") does not undo the charge. A sentence's stage is the furthest it
names ("raised from yellow to amber" is amber), except that a hedge ("is close to", "set for",
"understood to") makes a deal sentence a rumour whatever else it says.

Sixteenth session: a later *title* is a later statement too (its article's sentence may be one
the Story cannot print); a price with decimals is a measure in any currency ("4.80 florins",
"4,80 florines"); a value replaced without its unit takes the unit of the measure before it
("to 4.20 florins, not the 4.80 it announced"); a count a later report says was widened or cut
("widened its recall to five products") supersedes the earlier count of that thing. Scale
levels are in ``levels.py``; patterns compile on first use.

Seventeenth session: the module is the rule (``supersedes``, ``find``); what a sentence says is
read in ``facets.py`` (``Facets``, ``facets``) and its values in ``values.py`` (measures,
replaced values, changed counts, counts, figures), split out behaviour-identically. Added, each
the same rule: a count the report says is "now" another ("now says 37,500 homes", "nu elva
partier") or was changed with a time between ("widened its recall on Wednesday to eleven
batches"), in the number words of the pooled languages (``plainwire.numwords``); a value replaced
in a unit no table knows, when the sentence gives both ("80 quills a year, not the 95 quills
announced"), against the earlier count of that unit; a round figure or a bound ("about two
dozen people ... evacuated") against a later exact figure of the same thing (``ROUND_FACTOR``,
``_round_replaced``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from plainwire.lazyre import lazy_pattern
from plainwire.synthesize import ladders
from plainwire.synthesize.facets import Facets, facets
from plainwire.synthesize.textstats import content_stems
from plainwire.synthesize.values import ROUND_WORDS, counts, figures, measure_units, scale_stems

# the readers moved to ``facets.py`` and ``values.py`` (seventeenth session) stay reachable here
__all__ = ["Facets", "Found", "counts", "facets", "find", "level_key", "measure_units", "supersedes"]

ENABLED = True
# As developing.SUPERSEDE_HOURS: closer than this, two articles disagree rather than update
# (a ladder whose earlier stage says it is provisional has its own gap: ``ladders.GAP_HOURS``).
SUPERSEDE_HOURS = 2.0
# Content stems two sentences share (besides status and measure words) to tell one subject;
# a title is short and names its story's event, so one will do.
SUBJECT_MIN = 2
TITLE_SUBJECT_MIN = 1
# ... and the two sentences share this many more content stems than ``SUBJECT_MIN`` (a figure
# is a weaker sign of one subject than a status: "its estimated cost rose to 40 million" in a
# note on an old plan and "repairs will cost an estimated 3.2 million" share two words only).
MEASURE_EXTRA = 1
# A revised value stays within this factor of the value it replaces (a fare 44 -> 41, a river
# 1.2 -> 2.4 metres, a fee 40 -> 46 million); two sums further apart in one story are two things
# measured in one unit: a part and the whole ("sets aside 60 million crowns" for one item and "a
# 1.84 billion crown budget"). Wrongly replacing deletes a true fact from the page; wrongly keeping
# leaves an older figure beside the newer one, so the guard errs on keeping (fourteenth session,
# the lead, after the fourth audit newsroom lost a budget item this way).
REVISION_FACTOR = 5.0
# A round figure ("about two dozen", "some 40") and the exact one that replaces it are this close
# ("two dozen" / 26); further apart they are two counts (seventeenth session).
ROUND_FACTOR = 2.0
# The future or conditional of a report that announces or expects ("will play", "would pay", "a
# ruling is expected on Wednesday"): once a later report moves the story on, what its earlier
# article expected is no news.
_PROSPECT = lazy_pattern(
    r"(?i)\b(?:will|would|could|shall|(?:is|are)\s+(?:set|due|likely)\s+to|(?:is|are)\s+expected|"
    r"(?:is|are)\s+to|plans?\s+to|wird|werden|würde|würden|soll|sollen|könnte|ma(?:ją)?\s+\w+[ćc])\b"
)


def _same_subject(a: frozenset[str], b: frozenset[str], fa: Facets, fb: Facets) -> int:
    """Content stems two sentences share besides their status and measure words and numbers."""
    shared = (a & b) - fa.stems - fb.stems - scale_stems()
    return sum(1 for w in shared if not w[:1].isdigit())


def _level_value(f: Facets, key: Mapping[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """A level as numbers (a name the coverage gives a number for, read as that number) and as
    the names left."""
    nums = set(f.level_nums) | {key[n] for n in f.level_names if n in key}
    return frozenset(nums), frozenset(n for n in f.level_names if n not in key)


def level_key(facs: Sequence[Facets]) -> dict[str, str]:
    """The coverage's own key from level names to numbers: a text that gives one number and a
    name ("level 3 of 5, or considerable"); a name given with two numbers is left out."""
    seen: dict[str, set[str]] = {}
    for f in facs:
        if len(f.level_nums) == 1 and f.level_names:
            for n in f.level_names:
                seen.setdefault(n, set()).update(f.level_nums)
    return {n: next(iter(v)) for n, v in seen.items() if len(v) == 1}


def _counted(old_counts: Sequence[tuple[str, frozenset[str], float]], new: Facets) -> bool:
    """Whether ``new`` says a count ``old_counts`` gives was changed: a count of the same noun
    ("two of its products" / "to five products"), or right after the thing changed ("recalls two
    cereal bars" / "widened its recall to five products"), with another value."""
    for noun, (v, thing) in new.changed.items():
        if any(w == v for _prev, _after, w in old_counts):
            continue  # the old text gives the new count itself ("29,000 of the 41,000 homes")
        for prev, after, w in old_counts:
            if w != v and (noun in after or prev in thing):
                return True
    return False


def supersedes(
    old: Facets,
    new: Facets,
    old_stems: frozenset[str],
    new_stems: frozenset[str],
    subject_min: int = SUBJECT_MIN,
    key: Mapping[str, str] | None = None,
    old_counts: Sequence[tuple[str, frozenset[str], float]] = (),
    only: frozenset[str] | None = None,
) -> bool:
    """Whether ``new`` (a sentence of a later article) gives a further stage, another value or
    another level of what ``old`` tells about the same subject, or says outright that it
    replaces ``old``'s value or changed its count (the module's rule, times left to the caller).
    ``key``: level names read as numbers (``level_key``); ``old_counts``: ``counts`` of the old
    text, when ``new`` says a count changed or a value replaced; ``only``: compare stages on these
    ladders alone."""
    if only is not None:
        further = any(k in new.stages and new.stages[k] > r for k, r in old.stages.items() if k in only)
        return further and _same_subject(old_stems, new_stems, old, new) >= subject_min
    for k, vals in new.replaced.items():
        if old.measures.get(k) in vals:
            return True  # "41 crowns, not the 44 crowns announced": the report says so itself
        if any(w in vals and k in after for _prev, after, w in old_counts) and (
            _same_subject(old_stems, new_stems, old, new) >= subject_min
        ):
            return True  # "80 quills, not the 95 quills announced" and "will cost 95 quills"
    if (
        old_counts
        and new.changed
        and _counted(old_counts, new)
        and _same_subject(old_stems, new_stems, old, new) >= subject_min
    ):
        return True
    for k, v in old.measures.items():
        w = new.measures.get(k)
        if w is None or w == v:
            continue
        if " " in k:  # a compound duration names its thing: "five-year contract"
            return True
        if k in new.approx:
            continue  # "topped 200 million" replaces no "212 million"
        if max(v, w) > REVISION_FACTOR * min(v, w):
            continue  # a part and the whole, not a revision
        if (
            old.context.get(k, frozenset()) & new.context.get(k, frozenset())
            and _same_subject(old_stems, new_stems, old, new) >= subject_min + MEASURE_EXTRA
        ):
            return True
    if (old.level_nums or old.level_names) and (new.level_nums or new.level_names):
        on, onames = _level_value(old, key or {})
        nn, nnames = _level_value(new, key or {})
        # numbers with numbers, names with names: an unread name says nothing against a number
        differ = bool(on and nn and not on & nn) or bool(
            not on and not nn and onames and nnames and not onames & nnames
        )
        if differ and _same_subject(old_stems, new_stems, old, new) >= subject_min:
            return True
    further = any(k in new.stages and new.stages[k] > r for k, r in old.stages.items())
    return further and _same_subject(old_stems, new_stems, old, new) >= subject_min


def _round_replaced(
    candidates: Sequence[int],
    texts: Sequence[str],
    stems: Sequence[frozenset[str]],
    article_of: Sequence[int],
    times: Sequence[datetime | None],
    fit: Callable[[int], bool],
) -> dict[int, int]:
    """Per pool sentence of ``candidates`` that gives a round figure or a bound ("about two dozen
    people ... were evacuated"), the newest sentence of an article at least ``SUPERSEDE_HOURS``
    later that gives the exact figure of the same thing ("Twenty-six people were evacuated"): the
    same counted word, another value within ``ROUND_FACTOR``, a word of what happened to it in
    common ("evacuated") and ``SUBJECT_MIN`` more content stems (seventeenth session)."""
    rounds: dict[int, list[tuple[str, float, frozenset[str]]]] = {}
    for i in dict.fromkeys(candidates):
        low = texts[i].lower()
        if any(w in low for w in ROUND_WORDS):
            got = [(n, v, c) for n, v, rnd, c in figures(texts[i]) if rnd]
            if got:
                rounds[i] = got
    out: dict[int, int] = {}
    if not rounds:
        return out
    gap = timedelta(hours=SUPERSEDE_HOURS)
    exact: dict[int, list[tuple[str, float, frozenset[str]]]] = {}
    for i, got in rounds.items():
        t0 = times[article_of[i]]
        if t0 is None:
            continue
        by = []
        for j in range(len(texts)):
            t1 = times[article_of[j]]
            if article_of[j] == article_of[i] or t1 is None or t1 - t0 < gap or not fit(j):
                continue
            if j not in exact:
                exact[j] = [(n, v, c) for n, v, rnd, c in figures(texts[j]) if not rnd]
            shared = {w for w in stems[i] & stems[j] if not w[:1].isdigit()}
            if any(
                n == m
                and v != w
                and max(v, w) <= ROUND_FACTOR * min(v, w)
                and c & d
                and len(shared - {n}) >= SUBJECT_MIN
                for n, v, c in got
                for m, w, d in exact[j]
            ):
                by.append(j)
        if by:
            out[i] = max(by, key=lambda j: (times[article_of[j]] or t0, -j))
    return out


def _own_timeline(
    candidates: Sequence[int],
    texts: Sequence[str],
    article_of: Sequence[int],
    facs: Sequence[Facets],
    news: Sequence[int],
    out: Found,
) -> None:
    """One article's own later statement (a live page's newer entry; seventeenth session): a
    sentence that says a count is "now" another, or was changed ("Marren Grid now says 41,000
    homes are without power"), replaces the count of that thing another sentence of its article
    gives as current ("Marren Grid says 18,000 homes are without electricity"), when the two
    texts share ``SUBJECT_MIN`` + ``MEASURE_EXTRA`` content stems besides the counted word and
    the words of the change (the source both name counts: an article's sentences share their
    subject's words, two outlets' less). A sentence that itself says a count changed is left: two
    such sentences of one article are its own account of two steps."""
    movers: dict[int, list[int]] = {}
    for j in news:
        if facs[j].changed:
            movers.setdefault(article_of[j], []).append(j)
    if not movers:
        return
    for i in dict.fromkeys(candidates):
        if i in out.dropped or facs[i].changed or article_of[i] not in movers:
            continue
        old_counts = counts(texts[i])
        if not old_counts:
            continue
        old_stems = frozenset(content_stems(texts[i]))
        for j in movers[article_of[i]]:
            if j == i or not _counted(old_counts, facs[j]):
                continue
            shared = (old_stems & frozenset(content_stems(texts[j]))) - facs[j].stems - scale_stems()
            if sum(1 for w in shared if not w[:1].isdigit()) >= SUBJECT_MIN + MEASURE_EXTRA:
                out.dropped.add(i)
                out.newest[i] = j
                break


@dataclass(slots=True)
class Found:
    """What ``find`` found: superseded pool sentences, the newest sentence superseding each, and
    superseded titles."""

    dropped: set[int]
    newest: dict[int, int]
    stale_titles: set[int]


def find(
    candidates: Sequence[int],
    texts: Sequence[str],
    stems: Sequence[frozenset[str]],
    article_of: Sequence[int],
    times: Sequence[datetime | None],
    titles: Sequence[str] = (),
    fit: Callable[[int], bool] = lambda i: True,
) -> Found:
    """The pool sentences of ``candidates`` (and the ``titles``, by article) a sentence of a later
    article supersedes; ``times``: the as-of time per article. Only a sentence the Story may
    print (``fit``) supersedes: the reader must be able to get the newer state.

    A title a later sentence supersedes on a ladder names what its article is about
    (fifteenth session): the sentences of that article at an earlier stage of that ladder go
    with it ("Man arrested ...": "... was being questioned"), and, when the ladder starts with a
    prospect (an event announced, a deal in talks, a proposal), its sentences in the future or
    the conditional too ("Real Alcor in talks ...": "The club would pay a fee of ...")."""
    out = Found(set(), {}, set())
    gap = timedelta(hours=SUPERSEDE_HOURS)
    # ladders whose earlier stage says it is provisional: a later article however soon after
    short = {c: timedelta(hours=h) for c, h in ladders.GAP_HOURS.items()}
    known = [t for t in times if t is not None]
    if not known or max(known) - min(known) <= min([gap, *short.values()]):
        return out  # no article is later enough than another to supersede it
    # a round figure a later exact one replaces ("about two dozen" / "Twenty-six")
    for i, j in _round_replaced(candidates, texts, stems, article_of, times, fit).items():
        out.dropped.add(i)
        out.newest[i] = j
    facs = [facets(t) for t in texts]
    news = [j for j in range(len(texts)) if facs[j] and times[article_of[j]] is not None and fit(j)]
    title_facs = [facets(t, title=True) for t in titles]
    if not news and not any(title_facs):
        return out
    key = level_key([*facs, *title_facs])
    title_stems = [
        frozenset(content_stems(t)) if f else frozenset() for t, f in zip(titles, title_facs, strict=True)
    ]
    # a later sentence says a count was changed, or a value replaced: the earlier counts are read
    # (for a replaced value, only in a text that has its digits: "not the 95 quills" / "95")
    changed = any(facs[j].changed for j in news)
    marks = {
        m
        for j in news
        for vals in facs[j].replaced.values()
        for v in vals
        if v == int(v)
        for m in (str(int(v)), f"{int(v):,}")
    }

    def changes(text: str) -> bool:
        return changed or any(m in text for m in marks)

    # the furthest stage each article names on each ladder, its title included: a sentence at an
    # earlier stage of a ladder of ``RECAP`` in an article that goes further is that article's
    # history ("Rovers led 2-0 at half-time" in the report of the 3-2 defeat), not its news
    furthest: dict[int, dict[str, int]] = {}
    for j, f in [*((article_of[j], facs[j]) for j in range(len(texts))), *enumerate(title_facs)]:
        for cls, r in f.stages.items():
            if cls in ladders.RECAP:
                seen = furthest.setdefault(j, {})
                seen[cls] = max(seen.get(cls, 0), r)

    def own(f: Facets, a: int) -> Facets:
        far = furthest.get(a, {})
        recap = [c for c, r in f.stages.items() if far.get(c, 0) > r]
        return replace(f, stages={c: r for c, r in f.stages.items() if c not in recap}) if recap else f

    def later(
        old_time: datetime | None,
        a: int,
        f: Facets,
        st: frozenset[str],
        least: int = SUBJECT_MIN,
        text: str = "",
    ) -> list[int]:
        if old_time is None:
            return []
        old_counts = counts(text) if text and changes(text) else ()
        by = []
        for j in news:
            if article_of[j] == a:
                continue
            dt = times[article_of[j]] - old_time  # type: ignore[operator]
            if dt >= gap:
                if supersedes(f, facs[j], st, stems[j], least, key, old_counts):
                    by.append(j)
            elif dt > timedelta(0):
                only = frozenset(c for c, g in short.items() if dt >= g and c in f.stages)
                if only and supersedes(f, facs[j], st, stems[j], least, only=only):
                    by.append(j)
        return by

    def later_title(
        u: int, old_time: datetime | None, st: frozenset[str], f: Facets, least: int = TITLE_SUBJECT_MIN
    ) -> bool:
        if old_time is None or times[u] is None or not titles[u]:
            return False
        return times[u] >= old_time + gap and supersedes(  # type: ignore[operator]
            f, title_facs[u], st, title_stems[u], least, key
        )

    # the articles with a sentence the Story can print: a later title alone supersedes only
    # while its article has one (the Story is never left without the newer state's report)
    printable = {article_of[j] for j in range(len(texts)) if fit(j)}

    def newest(by: Sequence[int]) -> int:
        return max(by, key=lambda j: (times[article_of[j]], -j))

    for i in dict.fromkeys(candidates):
        if not facs[i] and not (changes(texts[i]) and counts(texts[i])):
            continue
        by = later(times[article_of[i]], article_of[i], own(facs[i], article_of[i]), stems[i], text=texts[i])
        if by:
            out.dropped.add(i)
            out.newest[i] = newest(by)
        elif facs[i] and any(
            later_title(u, times[article_of[i]], stems[i], own(facs[i], article_of[i]), SUBJECT_MIN)
            for u in printable
            if u != article_of[i] and u < len(titles) and title_facs[u]
        ):
            # a later title gives the newer state (its sentence may be one the Story cannot
            # print: another language's lexicon misread as loaded); nothing takes this one's place
            out.dropped.add(i)
    if changed:
        _own_timeline(candidates, texts, article_of, facs, news, out)
    of_article: dict[int, list[int]] = {}
    for i in dict.fromkeys(candidates):
        of_article.setdefault(article_of[i], []).append(i)
    for t, title in enumerate(titles):
        f = title_facs[t]
        if (not f and not (changes(title) and counts(title))) or t >= len(times):
            continue
        st = title_stems[t] if f else frozenset(content_stems(title))
        by = later(times[t], t, f, st, TITLE_SUBJECT_MIN, title)
        if not by:
            # a later title may head the page in its place (sixteenth session: the sentence of
            # the later report may be one the Story cannot print, its title is still news)
            after = [
                u for u in range(len(titles)) if u != t and title_facs[u] and later_title(u, times[t], st, f)
            ]
            if f and after:
                out.stale_titles.add(t)
                # its article's earlier-stage and expecting sentences go too ("A ruling is expected
                # on Wednesday"), with no sentence in their place: the later title heads the page
                moved_t = {
                    cls
                    for cls, r in f.stages.items()
                    if any(title_facs[u].stages.get(cls, 0) > r for u in after)
                }
                for i in of_article.get(t, ()) if printable & set(after) else ():
                    fi = facs[i]
                    if i not in out.dropped and any(
                        (cls in fi.stages and fi.stages[cls] <= f.stages[cls])
                        or (cls in ladders.PROSPECTIVE and _PROSPECT().search(texts[i]))
                        for cls in moved_t
                    ):
                        out.dropped.add(i)
            continue
        out.stale_titles.add(t)
        # the ladders on which a later sentence moved the title's story on, and to which stage
        moved = {
            cls: max(facs[j].stages.get(cls, 0) for j in by)
            for cls, r in f.stages.items()
            if any(facs[j].stages.get(cls, 0) > r for j in by)
        }
        for i in of_article.get(t, ()):
            if i in out.dropped:
                continue
            fi = facs[i]
            if any(
                (cls in fi.stages and fi.stages[cls] < stage)
                or (cls in ladders.PROSPECTIVE and _PROSPECT().search(texts[i]))
                for cls, stage in moved.items()
            ):
                out.dropped.add(i)
                ahead = [j for j in by if any(facs[j].stages.get(k, 0) >= st for k, st in moved.items())]
                out.newest[i] = newest(ahead or by)
    return out
