"""Story synthesis: neutral headline, three highlights, one-paragraph story, with provenance.

Public API: :func:`synthesize`. See docs/synthesis.md.
"""

from plainwire.synthesize.core import synthesize

__all__ = ["synthesize"]
