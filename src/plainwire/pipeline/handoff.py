"""The synthesis hand-off: re-synthesise each story whose articles changed."""

from __future__ import annotations

import logging
import threading

from plainwire.models import Analysis, Tone
from plainwire.pipeline.base import PipelineBase
from plainwire.pipeline.report import PassReport
from plainwire.store import StoredArticle

log = logging.getLogger(__name__)


def stored_analysis(sa: StoredArticle) -> Analysis | None:
    if sa.genre is None or sa.tone_label is None:
        return None
    return Analysis(
        id=sa.article.id,
        language=sa.article.language,
        genre=sa.genre,  # type: ignore[arg-type]
        tone=Tone(sa.tone_label, sa.tone_score or 0.0, sa.tone_evidence),
    )


class SynthesisMixin(PipelineBase):
    """Dirty stories to stored syntheses."""

    def synthesize_dirty(self, report: PassReport, *, stop: threading.Event | None = None) -> None:
        """Re-synthesise each story whose articles changed since its last synthesis, and only those."""
        from plainwire.synthesize import synthesize

        for sid in self.store.dirty_stories():
            if stop is not None and stop.is_set():
                return  # the rest stay dirty: the next run synthesises them
            sig = self.store.story_signature(sid)
            if sig == self.store.synthesized_signature(sid):
                self.store.mark_clean(sid)
                continue
            stored = self.store.story_articles(sid)
            if not stored:
                self.store.mark_clean(sid)
                continue
            # Articles their outlet withdrew leave the synthesis (their claims reach no
            # page; the reader lists them apart, with the notice). A story left with none
            # is withdrawn: hidden from the lists, its page says so.
            live = [sa for sa in stored if sa.withdrawn is None]
            if not live:
                self.store.withdraw_story(sid, sig)
                continue
            stored = live
            analyses = {sa.article.id: a for sa in stored if (a := stored_analysis(sa)) is not None}
            try:
                synthesis = synthesize(
                    sid, [sa.article for sa in stored], analyses or None, headline=self.config.headline
                )
            except Exception as exc:  # one bad story must not stop the others
                log.exception("synthesis failed for story %s", sid)
                self.store.record_error("synthesize", sid, "synthesis_failed", repr(exc))
                report.error(f"story {sid}: synthesis failed: {exc!r}")
                continue
            self.store.save_synthesis(synthesis, sig)
            report.stories_synthesized += 1
