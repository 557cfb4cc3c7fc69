"""A restart keeps an opinion piece as the live run placed it: attached to its story by its
names, its words out of the story's vectors (``OnlineClusterer.restore(genres=...)``; the
main job passes the stored genres, docs/clustering.md, "Opinion pieces by their names")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from plainwire.cluster import OnlineClusterer
from plainwire.models import Article

from .genre_events import RULING, T0, article, genre_of

# A column on the ruling that names its parties (title, first sentence) but argues in words
# of its own: under the opinion bar's score, so the live run attaches it by its names.
ESSAY = (
    "ruling/essay",
    "opinion",
    20.0,
    "What Lower Quenby can teach Harnsey Energy",
    "Harnsey Energy thought Lower Quenby would give up. Small places rarely have the stamina for a long "
    "fight with lawyers, surveyors and press officers. This one did, and its patience is a lesson for "
    "every village told that progress cannot wait for a letter to be answered. Courtesy is cheaper than "
    "delay. A firm that learns it early saves itself a season of regret, its shareholders a round of "
    "apologies and its engineers a summer of idle cranes. Good manners travel further than glossy "
    "brochures, and a kettle on in a parish hall wins more hearts than any consultation portal. "
    "Planners in distant offices forget how loud a quiet lane can be when the lorries come, how long a "
    "winter feels beside a fenced field, how quickly gossip turns to anger at the bus stop. Listening is "
    "not a courtesy to be rationed; it is the cheapest insurance a builder can buy. "
    "Ask any farmer who has watched a pipeline crew churn his meadow into porridge. "
    "Trust, once spent, is slow to earn back, and no glossy brochure or sponsored football kit will buy it.",
)
# The next day's report of the event.
APPEAL = (
    "ruling/appeal",
    "news",
    28.0,
    "Harnsey Energy appeals Quenby Marsh wind farm halt",
    "Harnsey Energy has appealed against the planning tribunal's order halting its Quenby Marsh wind "
    "farm, saying the bird survey Judge Ottilie Farraday required could be done while the 26 turbines "
    "are built. Residents of Lower Quenby said they would oppose the appeal.",
)


def _essay() -> Article:
    # Marked opinion by its page metadata only, as the analysis stage reads it.
    return replace(article(ESSAY), schema_type="OpinionNewsArticle")


def _keys(c: OnlineClusterer, story_id: str) -> set[str]:
    st = c._by_id[story_id]
    return {c._df.key_of(i) for i in st.terms}


def test_restore_keeps_an_attached_opinion_piece_out_of_the_story_vectors() -> None:
    live = OnlineClusterer()
    for item in RULING:
        live.add(article(item), genre="news")
    live.add(_essay(), genre="opinion")
    story = live.story_of("ruling/wire")
    assert story is not None and live.story_of("ruling/essay") == story
    assert "stamina" not in _keys(live, story)  # attached by its names, not folded in

    stored = [(story, [*map(article, RULING), _essay()])]
    genres = {a.id: "news" for a in map(article, RULING)} | {"ruling/essay": "opinion"}
    warm = OnlineClusterer()
    warm.restore(stored, genres=genres)
    assert _keys(warm, story) == _keys(live, story)
    assert warm.story_info(story) == live.story_info(story)
    # Without the genres the replay cannot tell and folds the column in as a news text.
    blind = OnlineClusterer()
    blind.restore(stored)
    assert "stamina" in _keys(blind, story)


def _run(home: Path, passes: list[list[Article]]) -> tuple[dict[str, str | None], set[str]]:
    """Each pass through the main job's path (analyse, store, cluster), a restart between
    passes; the stored story of every article, and the ruling story's centroid terms."""
    from plainwire.pipeline import PassReport, Pipeline
    from plainwire.settings import load_config
    from plainwire.store import Store

    config = load_config(str(home), {})
    store = Store(config.db_path)
    pipeline = Pipeline(store, config)
    try:
        for i, batch in enumerate(passes):
            if i:
                pipeline.reset_clusterer()  # what a restart does: restore from the store
            pipeline.add_articles(batch, PassReport())
        stored = {sa.article.id: sa.story_id for sa in store.iter_articles(since=T0)}
        assert store.get_article("ruling/essay") is not None
        assert store.get_article("ruling/essay").genre == "opinion"  # type: ignore[union-attr]
        story = stored["ruling/wire"]
        assert story is not None
        return stored, _keys(pipeline.clusterer, story)
    finally:
        pipeline.close()
        store.close()


def test_run_restart_run_gives_the_stories_of_one_long_run(tmp_path: Path) -> None:
    first = [*map(article, RULING), _essay()]
    later = [article(APPEAL)]
    restarted, keys_restarted = _run(tmp_path / "a", [first, later])
    long_run, keys_long = _run(tmp_path / "b", [first + later])
    assert restarted == long_run
    assert restarted["ruling/essay"] == restarted["ruling/wire"] == restarted["ruling/appeal"]
    assert keys_restarted == keys_long
    assert "stamina" not in keys_restarted


def test_the_whole_set_pass_keeps_an_opinion_piece_with_its_story() -> None:
    """``recluster`` (``plainwire recluster``, the periodic pass) has no rule for opinion: with
    the stored genres it leaves the column with its story's news texts; without, the batch
    pass's word score alone splits it off."""
    from plainwire.cluster import recluster

    from .genre_events import LONE_COLUMN, MARKET, TRAM_WIRE

    arts = [*map(article, RULING), _essay(), article(APPEAL), article(MARKET), article(TRAM_WIRE)]
    arts.append(article(LONE_COLUMN))
    current = {a.id: ("s1" if a.id.startswith("ruling/") else "s-" + a.id) for a in arts}
    genres = {
        a.id: genre_of(i)
        for a, i in zip(arts, [*RULING, ESSAY, APPEAL, MARKET, TRAM_WIRE, LONE_COLUMN], strict=True)
    }
    kept = recluster(arts, current, genres=genres).assignment
    assert kept["ruling/essay"] == kept["ruling/wire"] == kept["ruling/appeal"] == "s1"
    assert kept["sundays/column"] == "s-sundays/column"  # a column alone stays alone
    assert kept["market/council"] != "s1"
    blind = recluster(arts, current).assignment
    assert blind["ruling/essay"] != blind["ruling/wire"]
