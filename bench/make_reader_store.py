"""Generate a large fictional store for the reader benchmark (default 100k articles / 20k stories).

Texts are synthetic: pronounceable made-up words with a Zipf-like frequency, so FTS5 posting
lists look like a real newsroom's (a few very common words, a long tail). Each story has
its own topic words and a made-up place name; its articles mix them with background words.
Rows are bulk-inserted in one transaction through the store's own schema (FTS triggers
included), and every story carries a real ``StorySynthesis.to_json()`` with provenance.

    python bench/make_reader_store.py --home /tmp/pw-bench [--stories 20000 --articles 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import UTC, datetime
from pathlib import Path

from plainwire.models import (
    OpinionRef,
    SentenceRef,
    SourceRef,
    StorySentence,
    StorySynthesis,
    Tone,
    article_id_for,
    content_hash,
)
from plainwire.settings import Config
from plainwire.store import Store
from plainwire.store.db import slugify

_ONSET_TEXT = "b c d f g h j k l m n p r s t v w z br cr dr fr gr kr pr tr st sk pl bl cl fl gl sl sh ch th"
_ONSETS = _ONSET_TEXT.split()
_VOWELS = "a e i o u ai ea ou io oa".split()  # noqa: SIM905
_CODAS = ["", "", "n", "r", "s", "l", "m", "t", "nd", "rk", "st", "x"]
_FILLER = "the a of to in and on for with at by from as that is was it has have will said after over".split()  # noqa: SIM905
LABELS = ["Measured", "Measured", "Measured", "Heated", "Provocative"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 3))) + rng.choice(
        _CODAS
    )


class Vocab:
    def __init__(self, rng: random.Random, n: int = 30_000) -> None:
        words = list(dict.fromkeys(_word(rng) for _ in range(n * 2)))[:n]
        self.words = words
        # Zipf-like: weight 1/rank
        self.cum: list[float] = []
        total = 0.0
        for i in range(len(words)):
            total += 1.0 / (i + 1)
            self.cum.append(total)
        self.rng = rng

    def sample(self, k: int) -> list[str]:
        import bisect

        top = self.cum[-1]
        return [
            self.words[min(bisect.bisect(self.cum, self.rng.random() * top), len(self.words) - 1)]
            for _ in range(k)
        ]


def _sentence(rng: random.Random, vocab: Vocab, topic: list[str], place: str, n: int = 14) -> str:
    words = vocab.sample(n)
    for _ in range(3):
        words[rng.randrange(n)] = rng.choice(topic)
    for _ in range(4):
        words.insert(rng.randrange(len(words)), rng.choice(_FILLER))
    words.insert(rng.randrange(1, len(words)), place)
    s = " ".join(words)
    return s[:1].upper() + s[1:] + "."


def generate(home: Path, n_stories: int, n_articles: int, seed: int = 7) -> dict[str, float]:
    rng = random.Random(seed)
    vocab = Vocab(rng)
    config = Config(home=home)
    if config.db_path.exists():
        raise SystemExit(f"{config.db_path} exists; choose an empty --home")
    t0 = time.perf_counter()
    store = Store(config.db_path)
    outlets = [
        f"{_word(rng).capitalize()} {rng.choice(['Times', 'Post', 'Ledger', 'Daily', 'Herald', 'Wire'])}"
        for _ in range(40)
    ]
    now = time.time()
    c = store.conn
    c.execute("BEGIN")
    outlet_ids = {}
    for name in outlets:
        slug = slugify(name)
        cur = c.execute(
            "INSERT INTO outlets(name, feed_url, home_url, added_at, last_polled, last_success, articles_total)"
            " VALUES (?,?,?,?,?,?,0)",
            (
                name,
                f"https://{slug}.example/feed.xml",
                f"https://{slug}.example/",
                now - 90 * 86400,
                now,
                now,
            ),
        )
        outlet_ids[name] = cur.lastrowid
    per_story = [1] * n_stories
    for _ in range(n_articles - n_stories):
        per_story[rng.randrange(n_stories)] += 1
    art_rows = []
    story_rows = []
    for si in range(n_stories):
        story_id = f"s{si:07d}"
        topic = [_word(rng) for _ in range(6)]
        place = _word(rng).capitalize()
        start = now - rng.random() * 60 * 86400
        label = rng.choice(LABELS)
        k = per_story[si]
        arts = []
        for ai in range(k):
            outlet = rng.choice(outlets)
            url = f"https://{slugify(outlet)}.example/{story_id}/{ai}"
            sents = [_sentence(rng, vocab, topic, place) for _ in range(8)]
            title = " ".join([place, *rng.sample(topic, 3), *vocab.sample(3)]).capitalize()
            text = " ".join(sents)
            genre = "opinion" if (ai > 0 and rng.random() < 0.1) else "news"
            published = start + ai * rng.random() * 7200
            aid = article_id_for(url)
            arts.append((aid, url, title, outlet, published, sents, genre))
            art_rows.append(
                (
                    aid,
                    url,
                    title,
                    text,
                    outlet,
                    outlet_ids[outlet],
                    published,
                    now,
                    "en",
                    content_hash(title, text),
                    genre,
                    label,
                    0.3,
                    "[]",
                    story_id,
                )
            )
        news = [a for a in arts if a[6] == "news"] or arts[:1]

        def ref(a: tuple, i: int) -> SentenceRef:
            return SentenceRef(a[0], i, a[5][i], a[3])

        story = tuple(
            StorySentence(news[i % len(news)][5][i % 8], (ref(news[i % len(news)], i % 8),)) for i in range(6)
        )
        highlights = tuple(
            StorySentence(news[i % len(news)][5][(i + 1) % 8], (ref(news[i % len(news)], (i + 1) % 8),))
            for i in range(3)
        )
        headline = f"{place} {' '.join(topic[:4])} {vocab.sample(1)[0]}".capitalize().replace(
            place.lower(), place, 1
        )
        pub = min(a[4] for a in arts)
        upd = max(a[4] for a in arts)
        syn = StorySynthesis(
            story_id=story_id,
            headline=headline,
            highlights=highlights,
            story=story,
            tone=Tone(
                label, 0.6 if label != "Measured" else 0.2, tuple(topic[:2]) if label != "Measured" else ()
            ),
            opinions=tuple(OpinionRef(a[2], a[3], a[1], a[5][0], a[0]) for a in arts if a[6] != "news"),
            sources=tuple(SourceRef(a[3], a[2], a[1], a[0]) for a in news),
            published=datetime.fromtimestamp(pub, UTC),
            updated=datetime.fromtimestamp(upd, UTC),
        )
        slug = f"{slugify(headline)}-{story_id[-6:]}"
        story_rows.append(
            (
                story_id,
                slug,
                headline,
                syn.story_text,
                label,
                syn.tone.score,
                pub,
                upd,
                k,
                len({a[3] for a in arts}),
                json.dumps(syn.to_json()),
                "bench",
                now,
                0,
                now,
            )
        )
    c.executemany(
        "INSERT INTO stories(id, slug, headline, story, tone_label, tone_score, published, updated, n_articles,"
        " n_outlets, synthesis, synthesized_sig, synthesized_at, dirty, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        story_rows,
    )
    c.executemany(
        "INSERT INTO articles(id, url, title, text, source, outlet_id, published, fetched_at, language, content_hash,"
        " genre, tone_label, tone_score, tone_evidence, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        art_rows,
    )
    c.execute(
        "UPDATE outlets SET articles_total = (SELECT COUNT(*) FROM articles a WHERE a.outlet_id = outlets.id)"
    )
    c.execute("COMMIT")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.execute("ANALYZE")
    store.close()
    return {
        "seconds": time.perf_counter() - t0,
        "stories": n_stories,
        "articles": n_articles,
        "bytes": config.db_path.stat().st_size,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--stories", type=int, default=20_000)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps(generate(args.home, args.stories, args.articles, args.seed)))


if __name__ == "__main__":
    main()
