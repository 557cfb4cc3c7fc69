#!/usr/bin/env python3
"""Build the shipped static word-vector table, src/plainwire/wordvec/data/wordvec.npz.

Needs the ``embeddings`` extra (MiniLM) and the development data, at build time only.

1. Vocabulary: the tone model's word list (tools/build_tone_model.word_vocab: MiniLM's
   whole lower-case word pieces, VADER's lexicon, and words counted in the AllSides train
   split and BABE) — a word list, no text.
2. Each word is encoded on its own by all-MiniLM-L6-v2 (384 dims, unit length).
3. Mean-centred; the first ``--drop`` principal components removed (the direction every
   word shares, which would make all sentence means look alike); the next ``--dim``
   components kept (PCA by SVD, signs fixed so the largest loading is positive, so a
   rebuild gives the same table).
4. Rows scaled to unit length, stored as int8 (x 127) with the words.

usage: python tools/build_wordvec.py [--data ../shared/data] [--word-emb-cache F.npz]
                                     [--dim 96] [--drop 1] [--out PATH]
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_tone_model import (  # noqa: E402
    DEFAULT_DATA,
    build_freq_lexicon,
    build_loaded_lexicon,
    load_jsonl,
    word_embeddings,
    word_vocab,
)

from plainwire.wordvec import DIM, QUANT, RESOURCE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "plainwire" / "wordvec" / "data" / RESOURCE


def reduce(emb: np.ndarray, dim: int, drop: int) -> np.ndarray:
    """Centre, remove the top ``drop`` components, keep the next ``dim``; unit rows."""
    x = emb.astype(np.float64)
    x -= x.mean(axis=0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    basis = vt[drop : drop + dim]
    signs = np.sign(basis[np.arange(len(basis)), np.abs(basis).argmax(axis=1)])
    basis *= signs[:, None]
    p = x @ basis.T
    p /= np.linalg.norm(p, axis=1, keepdims=True) + 1e-12
    return p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--word-emb-cache", type=Path, default=None, help="reuse word embeddings (.npz)")
    ap.add_argument("--dim", type=int, default=DIM)
    ap.add_argument("--drop", type=int, default=1)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args()
    stories = load_jsonl(a.data / "allsides-train.jsonl")
    rows = load_jsonl(a.data / "babe-sg2.jsonl")
    vocab = word_vocab(rows, build_loaded_lexicon(stories), build_freq_lexicon(stories))
    emb = word_embeddings(vocab, a.word_emb_cache)
    q = np.round(reduce(emb, a.dim, a.drop) * QUANT).astype(np.int8)
    buf = io.BytesIO()
    np.savez_compressed(buf, words=np.array(vocab), vectors=q)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_bytes(buf.getvalue())
    print(f"wrote {a.out} ({len(vocab)} words x {a.dim} dims, {a.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
