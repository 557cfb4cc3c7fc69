"""Storing: analyse a batch of extracted articles, store it (inserted, revised in place
or unchanged) and place what is new in its story."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from plainwire.analyze.retraction import withdrawal
from plainwire.models import Analysis, Article
from plainwire.pipeline.entries import known_dates, with_language
from plainwire.pipeline.placement import PlacementMixin
from plainwire.pipeline.repeats import RepeatsMixin
from plainwire.pipeline.report import PassReport

log = logging.getLogger(__name__)


class StoringMixin(RepeatsMixin, PlacementMixin):
    """Extracted articles to stored, placed articles."""

    def add_articles(
        self,
        articles: Iterable[Article],
        report: PassReport,
        *,
        outlet_id: int | None = None,
        outlets: Mapping[str, int] | None = None,
    ) -> None:
        """Analyse, store and cluster articles (oldest first, so stories grow in time order).

        ``outlets`` maps article id -> outlet id when a batch mixes outlets."""
        from plainwire.analyze import analyze_many

        arts = sorted((known_dates(a) for a in articles), key=lambda a: a.published or datetime.now(UTC))
        if not arts:
            return
        lines = [self._site_lines(a) for a in arts]
        cleaned = [self._without_repeated(a, site_keys) for a, site_keys in zip(arts, lines, strict=True)]
        # Store the whole batch, then place it: a text revised in place is re-read by the
        # clusterer (rebuilt from the store, as a restart does) before the batch's new texts
        # are placed, at most once per batch however many revisions it holds.
        to_place: list[tuple[Article, str | None, str | None]] = []
        revised = False
        for (art, dropped, known), site_keys, analysis in zip(
            cleaned, lines, analyze_many([c[0] for c in cleaned], workers=1), strict=True
        ):
            if art.language is None and analysis.language:
                art = with_language(art, analysis.language)
            oid = outlets.get(art.id, outlet_id) if outlets else outlet_id
            notice = withdrawal(art.title, art.text)
            if notice is not None:
                # The outlet withdrew it (or published only the notice): marked, the earlier
                # text kept, nothing placed; its story is re-synthesised without it.
                self._store_withdrawal(art, notice.notice, analysis, oid, report)
                continue
            outcome = self.store.put_article(art, analysis, outlet_id=oid)
            if outcome != "unchanged" and site_keys is not None:
                site, keys = site_keys
                self.store.keep_repeated(art.id, dropped)
                self.store.note_lines(site, art.id, keys, time.time(), gone=known)
            if outcome != "inserted":
                if outcome == "unchanged":
                    report.articles_unchanged += 1
                else:
                    report.articles_updated += 1
                stored = self.store.article_story(art.url)
                if stored is not None and stored[1] is None:  # stored, then interrupted before clustering
                    to_place.append((art, stored[0], analysis.genre))
                elif stored is not None and outcome == "updated":
                    revised = True
                continue
            report.articles_inserted += 1
            to_place.append((art, None, analysis.genre))
        self._revision_pending |= revised
        if self._revision_pending and self._rebuild_due():
            # The live clusterer still holds the text as first read (its time span, its
            # terms): rebuild it from the store, which holds the revision, as a restart
            # would (the revised article keeps its story; docs/operations.md).
            self.reset_clusterer()
        for art, article_id, genre in to_place:
            self._place(art, article_id, genre=genre)
        self._settle_repeats(lines)

    def _store_withdrawal(
        self, art: Article, notice: str, analysis: Analysis, outlet_id: int | None, report: PassReport
    ) -> None:
        outcome = self.store.withdraw_article(art, notice, analysis, outlet_id=outlet_id)
        if outcome == "unchanged":
            report.articles_unchanged += 1
            return
        if outcome == "inserted":
            report.articles_inserted += 1
        else:
            report.articles_updated += 1
        report.articles_withdrawn += 1
        log.info("%s: withdrawn by its outlet (%s)", art.url, notice[:80])
