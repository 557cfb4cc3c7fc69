"""plainwire: an open-source news story engine.

The package is laid out as the pipeline reads:
sources -> extract -> analyze -> cluster -> synthesize -> store -> publish.
Stages exchange the immutable records of :mod:`plainwire.models`.
"""

import logging

__version__ = "0.1.0"

# A library never installs its own handlers; the CLI configures logging.
logging.getLogger(__name__).addHandler(logging.NullHandler())
