"""The Story's order when the coverage develops: key facts moved up (``keyfacts``), counts and
statuses a later report revised taken out with the newest in their place (``developing``,
``supersede``), and the titles the headline may start from (split out of ``core``, seventeenth
session)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import numpy as np

from plainwire.models import Article
from plainwire.synthesize import developing, keyfacts, supersede
from plainwire.synthesize.coverage import as_of, aware
from plainwire.synthesize.headline import CHARGED as CHARGED_HEADLINE
from plainwire.synthesize.pool import Pool
from plainwire.synthesize.readable import whole
from plainwire.synthesize.standalone import pronoun_opening

# When a later report moved a status, a level or a value on, the newest sentence that did so opens
# the Story (``revised``; fifteenth session): the lead, like the headline, is the latest state.
LATEST_FIRST = True


def key_facts(
    order: list[int], pl: Pool, news: Sequence[Article], charged: np.ndarray
) -> tuple[list[int], set[int]]:
    """``order`` with the key facts of ``keyfacts.py`` moved up (the newest development, which
    may come back when redundancy dropped it as a restatement of the lead, a casualty
    statement, each named party's reply), and the sentences moved."""
    pool = pl.sentences

    def lead_of(a: int) -> int | None:
        # the whole pool, not the ranked order: redundancy may have dropped the development's lead
        # as a restatement of the first day's lead (the facts it adds are the point)
        for i in range(len(pool)):
            if pl.article_of[i] == a:
                text = pool[i].text
                return i if whole(pool[i]) and not pronoun_opening(text) and not charged[i] else None
        return None

    times = [aware(a.published) if a.published is not None else None for a in news]
    develop = keyfacts.development(order, lead_of, times, pl.stems)

    def text_of(i: int) -> str:
        return pool[i].text

    cands = order if develop is None else [*order, develop]
    stale = keyfacts.superseded(cands, text_of, pl.stems, lambda i: times[pl.article_of[i]])
    return keyfacts.promote(order, text_of, develop, stale)


def revised(
    order: list[int], ranked: Sequence[int], pl: Pool, news: Sequence[Article], charged: np.ndarray
) -> tuple[list[int], set[int], developing.Revision]:
    """``order`` with the counts a later article revises taken out (or cut back) and the newest
    count in their place (``developing.py``), the sentences moved, and what was found."""
    pool = pl.sentences
    times = [as_of(a) for a in news]
    # an article that says its count is partial ("with 30 of 41 seats declared") gives partial counts
    partial = {a for a, t in enumerate(pl.titles) if developing.partial_count(t)}
    partial |= {pl.article_of[i] for i, s in enumerate(pool) if developing.partial_count(s.text)}
    prov = [pl.article_of[i] in partial or developing.provisional(s.text) for i, s in enumerate(pool)]
    nouns = any(prov)  # only a provisional count is revised by a count of a word
    items = [
        developing.item(s.text, a, times[a], pl.stems[i], a in partial, nouns, prov[i])
        for i, (s, a) in enumerate(zip(pool, pl.article_of, strict=True))
    ]
    titles = [developing.item(t, a, times[a], None, a in partial, nouns) for a, t in enumerate(pl.titles)]

    def fit(j: int) -> bool:  # a sentence the Story may print where the stale one stood
        return not charged[j] and whole(pool[j]) and not pronoun_opening(pool[j].text)

    cands = list(dict.fromkeys([*order, *ranked]))
    rev = developing.superseded(cands, items, titles, fit)
    if supersede.ENABLED:  # a further status or another value (supersede.py, fourteenth session)
        found = supersede.find(cands, [s.text for s in pool], pl.stems, pl.article_of, times, pl.titles, fit)
        for i in sorted(found.dropped - rev.dropped):
            rev.dropped.add(i)
            rev.cut.pop(i, None)
            if i in found.newest:  # (none when a later title alone moved its story on)
                rev.newest.setdefault(i, found.newest[i])
        rev.stale_titles |= found.stale_titles
        rev.moved_on = bool(found.dropped)
    if not rev.newest and not rev.dropped:
        return order, set(), rev
    out, moved = developing.place_newest(order, rev)
    if rev.moved_on and LATEST_FIRST:
        # the lead gives the latest state (fifteenth session): the newest sentence that moved a
        # status, level or value on opens the Story, not an older report's framing
        in_out = set(out)
        latest = [j for j in found.newest.values() if j in in_out and j not in rev.dropped]
        if latest:
            far = datetime.min.replace(tzinfo=UTC)
            top = max(latest, key=lambda j: (times[pl.article_of[j]] or far, -j))
            if out[0] != top:
                out = [top, *(i for i in out if i != top)]
                moved.add(top)
    return out, moved, rev


def fresh_titles(
    titles: Sequence[str],
    rev: developing.Revision,
    pl: Pool,
    news: Sequence[Article],
    loadedness: Callable[[str], float],
) -> list[str]:
    """The titles the headline may start from when some give a count a later article revised:
    not those; and when the article giving the newest count has a calm title of its own that
    gives no stale count, that title alone (a developing story's headline is its latest turn)."""
    fresh = ["" if t in rev.stale_titles else x for t, x in enumerate(titles)]
    if not rev.newest:
        return fresh
    newest = max(
        rev.newest.values(),
        key=lambda j: (as_of(news[pl.article_of[j]]) or datetime.min.replace(tzinfo=UTC), -j),
    )
    a = pl.article_of[newest]
    title = fresh[a] if a < len(fresh) else ""
    if title and loadedness(title) < CHARGED_HEADLINE and title.strip()[-1:] not in "?!":
        return ["" if t != a else x for t, x in enumerate(fresh)]
    return fresh
