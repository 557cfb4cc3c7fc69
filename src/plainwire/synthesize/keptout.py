"""Which pool sentences the Story and Highlights keep out while others exist: charged ones
(``select.charged_mask``), tabloid heat (``calm``), a passer-by's loaded reaction (``voxpop``),
title, label and own-outlet lines (``labels``), correction notices and the figures they retract
(``corrections``), with the titles giving a retracted figure (split out of ``core``, seventeenth
session)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from plainwire.models import Analysis, Article
from plainwire.synthesize import calm, corrections, labels, voxpop
from plainwire.synthesize.pool import Pool
from plainwire.synthesize.readable import previous
from plainwire.synthesize.select import charged_mask


def kept_out(
    pl: Pool,
    news: Sequence[Article],
    an: Mapping[str, Analysis],
    titles: list[str],
    loaded: Callable[[str], float],
) -> tuple[np.ndarray, list[str], set[int]]:
    """The mask of the pool sentences kept out, the titles without those giving a retracted
    figure, and the sentences a correction retracts (never printed, even when all are kept out)."""
    pool = pl.sentences
    # Charged, unattributed sentences never reach Story or Highlights while calmer ones exist;
    # they rank last before MMR, so they cannot make a calm sentence look redundant.
    charged = charged_mask(pl.x)
    if calm.ENABLED:  # tabloid heat (calm.py, eleventh session): kept out like charged sentences
        # an article the tone model could not read (another language, a failed analysis) is neither
        tones = [
            float("nan") if an[a.id].tone.label.lower() in ("unknown", "unrated") else an[a.id].tone.score
            for a in news
        ]
        charged = charged | calm.heated_sentences(pl, charged, previous(pl), loaded, tones)
    if voxpop.ENABLED:  # a passer-by's loaded reaction (voxpop.py, fifteenth session)
        vox = voxpop.loaded_vox_pops([s.text for s in pool], loaded)
        if vox:
            more = charged.copy()
            more[sorted(vox)] = True
            if not more.all():  # kept out while the story has other sentences
                charged = more
    if labels.ENABLED:  # title, label and own-outlet lines among the sentences (labels.py)
        lines = [s.text for s in pool]
        heads = labels.title_lines(lines, [a.title for a in news])
        heads |= labels.own_outlet_lines(lines, [news[pl.article_of[i]].source for i in range(len(pool))])
        if heads and len(heads) < len(pool):
            charged = charged.copy()
            charged[sorted(heads)] = True
    # correction notices and the figures they retract (corrections.py, fourteenth session): never
    # printed, like charged sentences; nor a title giving a retracted figure
    gone: set[int] = set()
    if corrections.ENABLED:
        gone = corrections.retracted([s.text for s in pool], pl.stems)
        if gone and len(gone) < len(pool):
            charged = charged.copy()
            charged[sorted(gone)] = True
            bad = corrections.retracted_titles(titles, [pool[i].text for i in gone])
            if len(bad) < len(titles):
                titles = ["" if k in bad else t for k, t in enumerate(titles)]
        else:
            gone = set()
    return charged, titles, gone
