"""The always-on job must not grow without bound: the per-word memo tables of the analysis
and clustering stages stay capped, and what they return does not change when entries are
forgotten (they are caches, not state)."""

from __future__ import annotations

import itertools
import string
from datetime import datetime, timedelta

from plainwire.analyze.model import default_model
from plainwire.cluster import OnlineClusterer
from plainwire.cluster import text as ctext
from plainwire.memo import WORD_CACHE_SIZE, remember
from plainwire.models import Article
from tests.cluster.fixtures import EVENTS, T0


def made_up_words(n: int) -> list[str]:
    """``n`` distinct lower-case letter-only words that no lexicon contains (the stream of
    new names a news server sees)."""
    letters = string.ascii_lowercase
    out = []
    for tup in itertools.product(letters, repeat=4):
        out.append("zq" + "".join(tup))
        if len(out) == n:
            return out
    raise AssertionError("not enough words")


def test_remember_caps_and_forgets_oldest_half() -> None:
    cache: dict[int, int] = {}
    for i in range(10):
        assert remember(cache, i, i * i, cap=4) == i * i
        assert len(cache) <= 4
    # The newest entry always survives, and the oldest ones went first.
    assert 9 in cache and cache[9] == 81
    assert 0 not in cache and 1 not in cache
    assert list(cache) == sorted(cache)


def test_remember_below_cap_keeps_everything() -> None:
    cache: dict[str, int] = {}
    for i in range(100):
        remember(cache, str(i), i, cap=1000)
    assert len(cache) == 100


def test_cluster_word_caches_stay_bounded_and_correct() -> None:
    words = made_up_words(WORD_CACHE_SIZE + 5_000)
    # Inflected forms so the stemmer does real work: "...ings" -> "...ing" stem.
    first = {w: ctext.stem(w + "ings") for w in words[:50]}
    for w in words:
        ctext.stem(w + "ings")
        ctext.term_key(w)
    assert len(ctext._stem_cache) <= WORD_CACHE_SIZE
    assert len(ctext._key_cache) <= WORD_CACHE_SIZE
    # Early entries were forgotten; recomputing them gives the same answer.
    assert any(w + "ings" not in ctext._stem_cache for w in words[:50])
    assert {w: ctext.stem(w + "ings") for w in words[:50]} == first
    assert ctext.stem("reports") == "report"


def test_cluster_tokenizer_cache_bounded() -> None:
    words = made_up_words(WORD_CACHE_SIZE + 5_000)
    cfg = ctext.ClusterConfig()
    for i in range(0, len(words), 500):
        ctext.tokenize_article("Headline", " ".join(words[i : i + 500]), cfg)
    assert len(ctext._raw_cache) <= WORD_CACHE_SIZE


def test_tone_word_caches_stay_bounded_and_scores_unchanged() -> None:
    model = default_model()
    sentence = "The council said the new budget would cut spending on roads next year."
    before = model.score(sentence)
    words = made_up_words(WORD_CACHE_SIZE + 5_000)
    for i in range(0, len(words), 40):
        model.fast_logit("Officials met " + " ".join(words[i : i + 40]) + " today.")
    assert len(model._fast_cache) <= WORD_CACHE_SIZE
    assert len(model.lex.cache) <= WORD_CACHE_SIZE
    wm = model.lex.word_model
    assert wm is not None and len(wm._cache) <= WORD_CACHE_SIZE
    assert model.score(sentence) == before


# -- the clusterer forgets per-article state of dormant stories ----------------------------


def _dated(event: str, i: int, when: datetime, source: str = "Outlet A", suffix: str = "") -> Article:
    title, text = EVENTS[event][i]
    return Article(f"{event}-{i}{suffix}", title, text, source=source, published=when)


def test_dormant_stories_leave_the_clusterer_and_follow_ups_still_join() -> None:
    c = OnlineClusterer()
    flood = [_dated("flood", i, T0 + timedelta(hours=i)) for i in range(3)]
    flood_ids = {c.add(a) for a in flood}
    assert len(flood_ids) == 1
    (flood_story,) = flood_ids
    assert c.story_of("flood-0") == flood_story
    assert len(c._dups) == 3

    # Five days later (dormancy is three) another event arrives: the flood story goes
    # dormant, and its article ids and copy fingerprints go with it.
    later = T0 + timedelta(days=5)
    recall0 = _dated("recall", 0, later)
    recall_story = c.add(recall0)
    assert c.story_info(flood_story) is None
    assert all(c.story_of(a.id) is None for a in flood)
    assert c._article_story.keys() == {"recall-0"}
    assert len(c._dups) == 1

    # Within the window a follow-up still joins, and a syndicated copy is still a copy.
    assert c.add(_dated("recall", 1, later + timedelta(hours=2))) == recall_story
    copy = _dated("recall", 0, later + timedelta(hours=3), source="Outlet B", suffix="-copy")
    assert c.add(copy) == recall_story
    info = c.story_info(recall_story)
    assert info is not None and info.texts == 2 and info.sources == {"Outlet A", "Outlet B"}
    assert c.story_of("recall-0") == recall_story


def test_long_running_clusterer_matches_a_restart_from_the_live_window() -> None:
    """What eviction keeps is what a restart rebuilds: both place new articles alike."""
    long_run = OnlineClusterer()
    first = [_dated("flood", i, T0 + timedelta(hours=i)) for i in range(2)]
    later = T0 + timedelta(days=5)
    live = [_dated("recall", 0, later), _dated("election", 0, later + timedelta(hours=1))]
    assign = {a.id: long_run.add(a) for a in first + live}

    restarted = OnlineClusterer()
    stories: dict[str, list[Article]] = {}
    for a in live:
        stories.setdefault(assign[a.id], []).append(a)
    restarted.restore(stories.items())
    assert restarted.stories() == long_run.stories()
    assert restarted._article_story == long_run._article_story
    assert len(restarted._dups) == len(long_run._dups)

    follow = [
        _dated("recall", 2, later + timedelta(hours=4)),
        _dated("election", 1, later + timedelta(hours=5)),
        _dated("flood", 2, later + timedelta(hours=6)),  # its story went dormant: a new one
    ]
    got = [long_run.add(a) for a in follow]
    assert got == [restarted.add(a) for a in follow]
    assert got[0] == assign["recall-0"] and got[1] == assign["election-0"]
    assert got[2] not in assign.values()


def test_sentence_loadedness_memo_is_bounded() -> None:
    from plainwire.analyze import sentence_loadedness
    from plainwire.analyze.tone import LOADEDNESS_CACHE_SIZE, _cached_loadedness

    words = made_up_words(LOADEDNESS_CACHE_SIZE + 200)
    first = sentence_loadedness(f"The {words[0]} council approved the budget on Tuesday.")
    for w in words:
        sentence_loadedness(f"The {w} council approved the budget on Tuesday.")
    info = _cached_loadedness.cache_info()
    assert info.currsize == info.maxsize == LOADEDNESS_CACHE_SIZE
    # Forgotten and recomputed: the same score.
    assert sentence_loadedness(f"The {words[0]} council approved the budget on Tuesday.") == first
