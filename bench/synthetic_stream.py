"""Synthetic news stream for clustering speed/memory benchmarks (no external data).

Each story has its own handful of topic words, two or three capitalised names and a
number; its articles mix those with Zipf-distributed background words, so texts look
like title + lead paragraphs to the clusterer (stopwords, sentence case, names
mid-sentence) and the inverted index sees realistic posting-list lengths.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from plainwire.models import Article

_FILLER = "the a of to in and on for with at by from as that is was it has have".split()  # noqa: SIM905


def _word(rng: random.Random, lo: int = 4, hi: int = 10) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(lo, hi)))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@dataclass
class StreamSpec:
    vocab: int = 60_000  # background + topic words
    names: int = 40_000  # proper nouns
    topic_words: int = 8
    title_words: int = 9
    body_words: int = 70
    seed: int = 1


class SyntheticStream:
    """Deterministic generator of stories and their articles."""

    def __init__(self, spec: StreamSpec | None = None) -> None:
        self.spec = spec or StreamSpec()
        rng = random.Random(self.spec.seed)
        self.vocab = [_word(rng) for _ in range(self.spec.vocab)]
        self.names = [_word(rng, 4, 9).capitalize() for _ in range(self.spec.names)]
        # Zipf-like cumulative weights for background words.
        self._cum = []
        acc = 0.0
        for i in range(self.spec.vocab):
            acc += 1.0 / (i + 1) ** 1.05
            self._cum.append(acc)
        self._rng = rng
        self._story_seeds: dict[int, int] = {}

    def _story(self, n: int) -> tuple[list[str], list[str], str]:
        r = random.Random(self.spec.seed * 1_000_003 + n)
        topic = [self.vocab[r.randrange(500, self.spec.vocab)] for _ in range(self.spec.topic_words)]
        names = [self.names[r.randrange(self.spec.names)] for _ in range(r.randint(2, 3))]
        number = str(r.randint(2, 99_999))
        return topic, names, number

    def article(self, story: int, k: int, when: datetime | None = None) -> Article:
        """Article number ``k`` of story number ``story``."""
        topic, names, number = self._story(story)
        r = random.Random((self.spec.seed * 7_919 + story) * 1_009 + k)
        bg = r.choices(self.vocab, cum_weights=self._cum, k=self.spec.body_words)
        title = r.sample(topic, 5) + [names[0]] + r.choices(_FILLER, k=self.spec.title_words - 6)
        r.shuffle(title)
        body: list[str] = []
        for i, w in enumerate(bg):
            body.append(w)
            if i % 4 == 0:
                body.append(r.choice(topic))
            if i % 9 == 0:
                body.append(r.choice(names))
            if i % 5 == 0:
                body.append(r.choice(_FILLER))
            if i % 23 == 0:
                body.append(number)
        text = ". ".join(_cap(" ".join(body[i : i + 14])) for i in range(0, len(body), 14)) + "."
        return Article(
            id=f"a{story}-{k}",
            title=_cap(" ".join(title)),
            text=text,
            source=f"outlet{k % 17}",
            published=when,
        )

    def stream(
        self, stories: int, per_story: int = 3, start: datetime | None = None, spacing_s: float = 0.0
    ) -> Iterator[Article]:
        """Articles of ``stories`` stories, ``per_story`` each, interleaved in time."""
        t0 = start or datetime(2026, 1, 1, tzinfo=UTC)
        i = 0
        for s in range(stories):
            for k in range(per_story):
                when = t0 + timedelta(seconds=spacing_s * i) if spacing_s else None
                yield self.article(s, k, when)
                i += 1
