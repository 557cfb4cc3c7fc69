"""Extract stage: HTML page -> ``Article`` (trafilatura + htmldate + the page's own metadata).

Public API (see docs/ingest.md):

* :func:`extract_article` -- one page to one ``Article`` (raises ``ExtractionError``).
* :func:`canonical_url` -- the key an article is stored under.
* :func:`extract_many` (``plainwire.extract.batch``) -- many pages over a process pool.
* :mod:`plainwire.extract.dedup` -- exact and near-duplicate (MinHash LSH) detection.
* :func:`detect_language` -- ISO 639-1 code of a text.
* :func:`is_gallery_article` -- whether an article's ``schema_type`` marks a photo gallery
  (stored as a source, not text for the Story to quote).
"""

from plainwire.extract.article import Extraction, extract_article, extract_with_method
from plainwire.extract.canonical import canonical_url
from plainwire.extract.furniture import GALLERY_TYPE
from plainwire.extract.language import detect_language
from plainwire.models import is_gallery_article

__all__ = [
    "GALLERY_TYPE",
    "Extraction",
    "canonical_url",
    "detect_language",
    "extract_article",
    "extract_with_method",
    "is_gallery_article",
]
