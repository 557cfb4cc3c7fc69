"""The Highlights as the page prints them, once ``highlights.pick_highlights`` chose them: a
bullet the Story also prints in another outlet's or its shortest wording, a short one-article
Story's repeats, and no bullet that is the headline again (split out of ``core``, seventeenth
session)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from plainwire.analyze.labels import MEASURED_FROM
from plainwire.models import StorySentence
from plainwire.synthesize.highlights import OPENING, adds_to_headline, compress_highlight, reword
from plainwire.synthesize.pool import Pool
from plainwire.synthesize.select import FEATURES
from plainwire.synthesize.standalone import unterminated

# Another outlet's wording of a Highlight must read as Neutral (the tone taxonomy's < 0.35 band)
# or be no more loaded than the Story's own sentence.
REWORD_MAX_LOADED = 0.35
# A one-article Story of at most this many sentences is what its Highlights would be: a bullet
# that would repeat one of its sentences word for word is shortened when it can be (twelfth
# session). Thirteenth session: it is no longer left out when it cannot (``KEEP_REPEATS``): the
# reader of a page looks for three distinct facts above the Story, and a short article's facts
# are its sentences; a bullet is dropped only when it is no distinct fact.
SHORT_STORY = 3
KEEP_REPEATS = True


def reworded(
    picks: Sequence[tuple[int, str]],
    printed: Callable[[int], StorySentence],
    story_idx: Sequence[int],
    pl: Pool,
    charged: np.ndarray,
    restates: Callable[[int, int], bool],
    same_fact: Callable[[int, int], bool],
    clash: Callable[[int], bool] | None = None,
) -> list[StorySentence]:
    """The Highlights as StorySentences. A fact the Story also prints is worded as another
    outlet put it when one did (``highlights.reword``), else shown in its shortest safe form
    when that differs: a bullet should not repeat a Story sentence word for word."""
    in_story = set(story_idx)
    text_of = pl.text_of or pl.article_of
    opening = list(story_idx[:OPENING])
    loaded = pl.x[:, FEATURES.index("loaded")]
    out: list[StorySentence] = []
    for n, (i, h) in enumerate(picks):
        ss = replace(printed(i), text=h)
        if i in in_story:
            others = [k for m, (k, _) in enumerate(picks) if m != n] + opening
            alt = reword(
                i,
                lambda j: printed(j).text,
                [  # other outlets' sentences the Story does not print, most similar first
                    int(j)
                    for j in np.argsort(-pl.sim[i], kind="stable")
                    if text_of[j] != text_of[i]  # another text: a rewrite is no other wording
                    and j not in in_story
                    and not charged[j]
                    and loaded[j] <= max(loaded[i], REWORD_MAX_LOADED)
                    and (clash is None or not clash(j))
                ],
                same_fact,
                restates,
                others,
            )
            if alt is not None:
                j, text = alt
                own = printed(j).support[0]
                ss = StorySentence(text, (own,) + tuple(r for r in printed(i).support if r != own))
            elif h == " ".join(printed(i).text.split()):
                # No other wording: the bullet without its asides (relative clauses, appositives,
                # party tags, a leading adverbial), when it has any. Reasons and circumstances
                # (", citing the cost ...") stay: they are often the point of the fact.
                short = compress_highlight(h, always=True, side_clauses=False)
                if short is not None and short != h:
                    ss = replace(ss, text=short)
        out.append(ss)
    return out


def not_repeating(
    highlights: Sequence[StorySentence],
    story: Sequence[StorySentence],
    notes: list[str],
    loadedness: Callable[[str], float] | None = None,
) -> list[StorySentence]:
    """The Highlights of a short one-article Story, each bullet that would repeat a Story sentence
    word for word in its shortest safe form (``compress_highlight``, side clauses too) when that
    differs; else kept as it is (``KEEP_REPEATS``: when it is a whole sentence and, by
    ``loadedness``, below Measured) or left out (all but the best one: a page has Highlights),
    with a note saying why the Highlights are fewer."""
    said = {" ".join(x.text.split()) for x in story}
    out: list[StorySentence] = []
    dropped = 0
    for h in highlights:
        text = " ".join(h.text.split())
        if text not in said:
            out.append(h)
            continue
        short = compress_highlight(text, always=True, side_clauses=True)
        if short is not None and short not in said and all(short != o.text for o in out):
            out.append(replace(h, text=short))
        elif (
            KEEP_REPEATS
            and not unterminated(text)
            and (loadedness is None or loadedness(text) < MEASURED_FROM)
        ):
            out.append(h)
        else:
            dropped += 1
    if highlights and not out:
        # the page's Highlights part is never empty while there is a fact: the best bullet stays
        out.append(highlights[0])
        dropped -= 1
    if dropped:
        notes.append(
            f"the Story is one short article ({len(story)} sentence{'s' if len(story) != 1 else ''}): "
            f"{dropped} Highlight{'s' if dropped != 1 else ''} that would repeat it word for word left out"
            + (" (loaded language or not a whole sentence)" if KEEP_REPEATS else "")
        )
    return out


def beyond_headline(highlights: Sequence[StorySentence], head: str, notes: list[str]) -> list[StorySentence]:
    """``highlights`` without the bullets that are the headline again (``adds_to_headline``),
    with a note; sixteenth session. Never all of them: the page's Highlights part is not left
    empty while there is a fact (as in ``not_repeating``)."""
    out = [h for h in highlights if adds_to_headline(h.text, head)] or list(highlights[:1])
    if len(out) < len(highlights):
        n = len(highlights) - len(out)
        notes.append(f"{n} Highlight{'s' if n != 1 else ''} that would repeat the headline left out")
    return out
