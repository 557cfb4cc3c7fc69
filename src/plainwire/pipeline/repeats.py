"""The repetition signal: lines a site repeats on its pages are furniture, taken out of
a text before it is analysed (store/repeats.py keeps the counts)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace

from plainwire.models import Article
from plainwire.pipeline.base import PipelineBase

log = logging.getLogger(__name__)


class RepeatsMixin(PipelineBase):
    """Lines a site repeats on its pages (store/repeats.py)."""

    def _site_lines(self, art: Article) -> tuple[str, dict[int, str]] | None:
        """The article's site and line fingerprints, or None when the signal is off."""
        if self.config.repeat_min_pages <= 0:
            return None
        from plainwire.store.repeats import line_keys, site_key

        return site_key(art.source, art.url), line_keys(art.text)

    def _without_repeated(
        self, art: Article, site_keys: tuple[str, dict[int, str]] | None
    ) -> tuple[Article, list[str], set[int]]:
        """The article without the lines its site already repeats, those lines, and the
        fingerprints of every line of it the site repeats."""
        if site_keys is None or not site_keys[1]:
            return art, [], set()
        from plainwire.store.repeats import strip_lines

        site, keys = site_keys
        repeated = self.store.repeated_keys(
            site, keys, self.config.repeat_min_pages, article_id=art.id, text=art.text
        )
        if not repeated:
            return art, [], set()
        text, dropped = strip_lines(art.text, repeated)
        if not text.strip():
            return art, [], set()  # nothing would be left: keep the text whole
        return replace(art, text=text), dropped, repeated

    def _settle_repeats(self, lines: Iterable[tuple[str, dict[int, str]] | None]) -> None:
        """Lines that became repeated with this batch (its pages counted, its articles in
        their stories) leave every stored text of the site that carries them, the batch's
        and older ones alike; their stories are re-synthesised."""
        by_site: dict[str, dict[int, str]] = {}
        for site_keys in lines:
            if site_keys is not None:
                by_site.setdefault(site_keys[0], {}).update(site_keys[1])
        for site, keys in by_site.items():
            repeated = self.store.repeated_keys(site, keys, self.config.repeat_min_pages)
            cleaned = self.store.strip_repeated(site, repeated)
            if cleaned:
                log.info("%s: %d stored text(s) lost lines the site repeats", site, len(cleaned))
