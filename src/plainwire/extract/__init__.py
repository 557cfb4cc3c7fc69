"""Extract stage: HTML page -> ``Article`` (trafilatura + htmldate + the page's own metadata).

Public API (see docs/ingest.md):

* :func:`extract_article` -- one page to one ``Article`` (raises ``ExtractionError``).
* :func:`canonical_url` -- the key an article is stored under.
* :func:`extract_many` (``plainwire.extract.batch``) -- many pages over a process pool.
* :mod:`plainwire.extract.dedup` -- exact and near-duplicate (MinHash LSH) detection.
* :func:`detect_language` -- ISO 639-1 code of a text.
* :func:`is_gallery_article` -- whether an article's ``schema_type`` marks a photo gallery
  (stored as a source, not text for the Story to quote).

The names are imported on first use (PEP 562), not with the package: a process that imports
one small module of it (``extract.language`` for the analyser, ``extract.canonical`` for the
sources, ``extract.limits`` for the batch commands) does not pay for the extractor's modules
(fifteenth session; docs/benchmarks.md, "Furniture and hostile leftovers (fifteenth session)").
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from plainwire.extract.article import Extraction, extract_article, extract_with_method
    from plainwire.extract.canonical import canonical_url
    from plainwire.extract.furniture import GALLERY_TYPE
    from plainwire.extract.language import detect_language
    from plainwire.models import is_gallery_article

_WHERE = {
    "Extraction": "plainwire.extract.article",
    "extract_article": "plainwire.extract.article",
    "extract_with_method": "plainwire.extract.article",
    "canonical_url": "plainwire.extract.canonical",
    "GALLERY_TYPE": "plainwire.extract.furniture",
    "detect_language": "plainwire.extract.language",
    "is_gallery_article": "plainwire.models",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(where), name)
    globals()[name] = value  # found directly from now on
    return value


__all__ = [
    "GALLERY_TYPE",
    "Extraction",
    "canonical_url",
    "detect_language",
    "extract_article",
    "extract_with_method",
    "is_gallery_article",
]
