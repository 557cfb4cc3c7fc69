"""Importing the extract stage compiles no furniture pattern (fourteenth session).

``furniture``'s patterns (most of them built from the seven-language cue tables of
``furniture_cues``) cost about 100 M instructions to compile; they are compiled on first use
(``furniture._lazy``), so a process that imports ``plainwire.extract`` without extracting a
page (``plainwire analyze`` and the synthesis stage, for ``extract.language``) does not pay
for them. Figures in
docs/benchmarks.md, "Hot-path repeats and furniture tables (fourteenth session)".
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import textwrap

from plainwire.extract import furniture, furniture_cues

# Runs in a fresh interpreter: in this one, other tests have extracted pages already.
_PROBE = textwrap.dedent(
    """
    import functools, json, re
    import plainwire.extract
    from plainwire.extract import furniture

    lazy = {
        n: v
        for n, v in vars(furniture).items()
        if isinstance(getattr(v, "__wrapped__", None), functools.partial) and v.__wrapped__.func is re.compile
    }
    before = {n: v.cache_info().currsize for n, v in lazy.items()}
    text = "Lees ook: Brug bij Marsdijk weer open\\nThe ferry ran again on Monday after the repairs were done.\\nShare"
    after_text = furniture.drop_furniture(text, "", (), frozenset())
    after = {n: v.cache_info().currsize for n, v in lazy.items()}
    print(json.dumps({"before": before, "after": after, "text": after_text}))
    """
)


def _probe() -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(out.stdout)


def test_import_compiles_no_pattern_and_first_use_does() -> None:
    got = _probe()
    assert len(got["before"]) >= 20  # every module-level pattern is a lazy one
    assert not any(got["before"].values()), got["before"]
    # a page's text compiles the patterns its rules reach, once
    assert sum(got["after"].values()) >= 5
    assert set(got["after"].values()) <= {0, 1}
    assert got["text"] == "The ferry ran again on Monday after the repairs were done."


def test_no_pattern_is_compiled_at_module_level() -> None:
    for mod in (furniture, furniture_cues):
        assert not [n for n, v in vars(mod).items() if isinstance(v, re.Pattern)], mod.__name__


def test_every_lazy_pattern_compiles_to_the_same_object() -> None:
    lazy = [
        v
        for v in vars(furniture).values()
        if isinstance(getattr(v, "__wrapped__", None), functools.partial) and v.__wrapped__.func is re.compile
    ]
    assert len(lazy) >= 20
    for get in lazy:
        assert get() is get()
        assert get().pattern  # a source the cue tables built
    # the cue tables the patterns are built from are data
    assert "leggi anche" in furniture_cues.POINTER_CUES
    assert "lees ook" in furniture.RELATED_LABELS and "partager" in furniture.LINK_LABELS
