"""Regular expressions compiled on first use, not at import (shared by extract and analyze).

Importing ``plainwire.extract`` or ``plainwire.analyze`` must cost little: every process that
imports them pays for what their modules do at import (the CLI, the reader, the batch commands
that only need a constant), extracting or not. A pattern compiled at import cost that process
its whole compile; made with :func:`lazy_pattern` it is compiled by the first caller that uses
it and kept (fourteenth session for ``furniture``'s cue tables, fifteenth for the other extract
modules and ``analyze.genre``'s label tables; figures in docs/benchmarks.md, "Furniture and
hostile leftovers (fifteenth session)")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``re.compile(source, flags)`` on the first call, the same pattern on every later one."""
    return cache(partial(re.compile, source, flags))
