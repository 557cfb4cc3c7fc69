"""Word keep-rates derived from the AllSides train split (see tools/synth_word_weights.py).

``keep(stem)`` is how often neutral editors kept a word that the outlets used. Loaded words
("slam", "outrage") are dropped by editors far more often than plain reporting words, so a
sentence's mean keep-rate is a learned measure of how plain and on-point it is.
The data file holds stems and rates only, no text.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

from plainwire.synthesize.textstats import stem, words

RESOURCE = "keep_rates.json.gz"


_override: tuple[dict[str, float], float] | None = None


def set_table(keep: dict[str, float] | None, prior_rate: float = 0.0) -> None:
    """Use another table (tools/synth_fit.py fits on held-apart rates); ``None`` restores the shipped one."""
    global _override
    _override = None if keep is None else (dict(keep), float(prior_rate))


def _table() -> tuple[dict[str, float], float]:
    return _override if _override is not None else _shipped()


@lru_cache(maxsize=1)
def _shipped() -> tuple[dict[str, float], float]:
    raw = resources.files("plainwire.synthesize").joinpath("data", RESOURCE).read_bytes()
    obj = json.loads(gzip.decompress(raw).decode("utf-8"))
    return dict(obj["keep"]), float(obj["prior"])


def prior() -> float:
    return _table()[1]


def keep_rate(w: str) -> float:
    table, p0 = _table()
    return table.get(w, p0)


def mean_keep(text: str) -> float:
    """Mean keep-rate of the words of ``text`` (the prior for an empty text)."""
    table, p0 = _table()
    ws = [stem(w) for w in words(text)]
    if not ws:
        return p0
    return sum(table.get(w, p0) for w in ws) / len(ws)
