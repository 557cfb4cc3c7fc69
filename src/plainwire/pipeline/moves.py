"""Moved articles: the store knows one article by its final URL (after redirects and its
canonical link). A copy stored under a URL the article left is superseded by the article
at its new URL: kept, marked (``Store.supersede_article``), out of its story, not counted
as a second source.

A move shows in two ways. A queued URL that now redirects (or whose page names another
canonical URL) is the old address of the article it leads to. And a new article whose
outlet already has a stored article published at the same instant under another URL may be
that article moved: its old URL is fetched once, and only a redirect to the new URL makes
it a move (two articles published in the same second stay two).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from plainwire.models import Article
from plainwire.pipeline.placement import PlacementMixin
from plainwire.pipeline.report import PassReport

log = logging.getLogger(__name__)


class MovesMixin(PlacementMixin):
    """Old copies of moved articles."""

    def _move_candidates(self, articles: Iterable[Article], outlets: Mapping[str, int]) -> dict[str, Article]:
        """Stored URLs that may be older addresses of the batch's new articles (same outlet,
        same publication instant), each with the article it may have moved to."""
        out: dict[str, Article] = {}
        for art in articles:
            if self.store.article_story(art.url) is not None:
                continue  # stored already: its move, if any, was settled when it came
            for url in self.store.moved_candidates(art, outlets.get(art.id)):
                out.setdefault(url, art)
        return out

    def _settle_moves(
        self, redirected: Iterable[tuple[str, Article]], candidates: Mapping[str, Article], report: PassReport
    ) -> None:
        """Supersede the stored copies the batch showed to be old addresses: the queued URLs
        that led elsewhere (``redirected``), and the ``candidates`` whose URL now redirects
        to their article's."""
        from plainwire.extract import canonical_url

        moves = list(redirected)
        if candidates:
            # The addresses each article was fetched under: the old URL may redirect to the
            # page the feed listed while that page names a third URL canonical (a short link).
            fetched_as: dict[str, set[str]] = {}
            for queued, art in moves:
                fetched_as.setdefault(art.id, set()).add(canonical_url(queued))
            for url, result in self.fetcher.fetch_many(
                list(candidates), max_workers=self.config.fetch_workers
            ):
                if isinstance(result, Exception):
                    continue  # gone or failing: nothing says where it went
                final = canonical_url(result.final_url or url)
                art = candidates[url]
                if final != url and (final == art.url or final in fetched_as.get(art.id, ())):
                    moves.append((url, art))
        for old_url, art in moves:
            self._supersede(old_url, art, report)

    def _supersede(self, old_url: str, art: Article, report: PassReport) -> None:
        left = self.store.supersede_article(old_url, art.id)
        if left is None:
            return
        report.articles_moved += 1
        log.info("%s moved to %s: the old copy is superseded", old_url, art.url)
        self._revision_pending = True  # the clusterer holds the old copy: rebuild when due
        stored = self.store.article_story(art.url)
        into = stored[1] if stored else None
        row = self.store.get_story(left) if left else None
        if row is not None and into and left != into and row.n_articles == 0:
            # The old copy's story has no live article left: it is the moved article's story
            # under an older headline, so its page redirects to the story the article is in.
            self.store.merge_stories(left, into)
            self.reset_clusterer()
