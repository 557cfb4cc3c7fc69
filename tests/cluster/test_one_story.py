"""One event, one story (fifteenth session): a report in another language joins a story
whose figures only its texts in a third language give, or that a revised live page kept
running; an opinion piece goes under the story that holds its rare names; two Portuguese
texts of one town are not glued by the English word table (docs/clustering.md, "Revised
texts", "Across languages", "Opinion pieces by their names", "Static word vectors").

Everything here (Orsingen, Puerto Calvera, Vila Sarnesa, Quenby Marsh, ...) is invented for
these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from plainwire.cluster import ClusterConfig, OnlineClusterer, cluster_batch
from plainwire.models import Article

from .genre_events import RULING
from .genre_events import article as genre_article

T0 = datetime(2031, 3, 2, 6, 0, tzinfo=UTC)


def _art(
    aid: str, lang: str, hours: float, title: str, text: str, *, revised: float | None = None
) -> Article:
    return Article(
        id=aid,
        title=title,
        text=text,
        url=f"https://news.example/{aid}",
        source=aid.split("/")[1],
        published=T0 + timedelta(hours=hours),
        modified=None if revised is None else T0 + timedelta(hours=revised),
        language=lang,
    )


def _place(arts: list[Article], config: ClusterConfig | None = None, genres: dict[str, str] | None = None):
    c = OnlineClusterer(config)
    return {a.id: c.add(a, genre=(genres or {}).get(a.id)) for a in arts}


# -- a live page revised in place keeps its story running -----------------------------------

FLOOD_WIRE = (
    "Orsingen braces for the Brackwehr flood crest",
    "The river Brackwehr rose above its banks at Orsingen on Monday. Mayor Halla Vintner said "
    "sandbags were handed out at the town hall and the old bridge was closed to cars.",
)
FLOOD_LIVE = (
    "Brackwehr flood at Orsingen: live",
    "The Brackwehr crest reached Orsingen overnight and 1,450 residents were evacuated, mayor "
    "Halla Vintner said. The old bridge stays closed. Earlier: sandbags were handed out at the "
    "town hall as the river rose.",
)
FLOOD_DE = (
    "Hochwasser in Orsingen: 1.450 Menschen in Sicherheit gebracht",
    "Die Brackwehr hat in Orsingen die Altstadt erreicht. Bürgermeisterin Halla Vintner sagte, "
    "1.450 Einwohner seien in Sicherheit gebracht worden. Die alte Brücke bleibt gesperrt.",
)


def _flood(revised: float | None) -> dict[str, str]:
    return _place(
        [
            _art("flood/wire", "en", 0.0, *FLOOD_WIRE),
            _art("flood/live", "en", 1.0, *FLOOD_LIVE, revised=revised),
            # Two days after the live page opened, hours after its last revision.
            _art("flood/de", "de", 45.0, *FLOOD_DE),
        ]
    )


def test_a_report_after_the_last_revision_of_a_live_page_joins_its_story() -> None:
    got = _flood(revised=40.0)
    assert got["flood/de"] == got["flood/wire"] == got["flood/live"]


def test_without_the_revision_the_story_has_ended_for_the_other_language() -> None:
    got = _flood(revised=None)
    assert got["flood/live"] == got["flood/wire"]
    assert got["flood/de"] != got["flood/wire"]  # 44 hours after its last text: another day


def test_a_revision_stamped_long_after_publication_is_not_read() -> None:
    # Modified a week later (a site rebuild): the story's time span is not stretched.
    got = _flood(revised=1.0 + 24 * 7)
    assert got["flood/de"] != got["flood/wire"]


# -- a story read in every language it holds ------------------------------------------------

CRASH_ES = (
    "Veintisiete heridos en un accidente de autobús en la Sierra Minda",
    "Un autobús se salió de la carretera cerca de Puerto Calvera, en la Sierra Minda, y 27 personas "
    "resultaron heridas. El alcalde de Puerto Calvera, Tomás Olaverri, visitó a los heridos.",
)
CRASH_EN = (
    "Bus crash in the Sierra Minda injures 27",
    "A bus carrying 44 passengers left the mountain road near Puerto Calvera in the Sierra Minda on "
    "Sunday, injuring 27 people, regional police said. The driver was among the injured.",
)
CRASH_PT = (
    "Acidente de autocarro na Sierra Minda",
    "O autocarro que se despistou perto de Puerto Calvera, na Sierra Minda, levava 44 passageiros. "
    "Os feridos foram levados para o hospital da região.",
)


def test_a_figure_only_the_storys_english_report_gives_joins_a_portuguese_report() -> None:
    got = _place(
        [
            _art("crash/es", "es", 0.0, *CRASH_ES),
            _art("crash/en", "en", 1.0, *CRASH_EN),
            _art("crash/pt", "pt", 20.0, *CRASH_PT),
        ]
    )
    assert got["crash/en"] == got["crash/es"]  # two names and "27"
    # "44" is in the English report only; the story began in Spanish.
    assert got["crash/pt"] == got["crash/es"]


# -- texts in Portuguese for the whole-file pass ---------------------------------------------

BRIDGE_EN = (
    "Vila Sarnesa's Ponte Arvela closed after a lorry fire",
    "The Ponte Arvela in Vila Sarnesa was closed on Tuesday after a lorry caught fire on its deck. "
    "Traffic is sent over the Ponte Lameira, adding 20 minutes to journeys. Engineers will check "
    "the deck of the Ponte Arvela today.",
)
BRIDGE_EN_MAYOR = (
    "Vila Sarnesa bridge fire: mayor Duarte Lousa promises quick repairs",
    "Mayor Duarte Lousa said on Tuesday the Ponte Arvela would reopen within 12 days. The lorry "
    "that caught fire on the bridge in Vila Sarnesa was carrying 30 tonnes of paper.",
)
# A brief of the bridge fire with the lorry's load: names and a figure of the story.
BRIDGE_PT = (
    "Ponte Arvela fechada depois de incêndio",
    "A Ponte Arvela, em Vila Sarnesa, está fechada desde terça-feira depois do incêndio de um camião "
    "com 30 toneladas de papel. O trânsito segue pela Ponte Lameira.",
)
# Another event in the town that day, in Portuguese, with the mayor.
MARKET_PT = (
    "Mercado de Vila Sarnesa muda de sítio",
    "O mercado semanal de Vila Sarnesa muda-se para o largo da estação, anunciou o presidente da "
    "câmara, Duarte Lousã. Os comerciantes pediram mais lugares de estacionamento.",
)


# -- an opinion piece by its names ----------------------------------------------------------

# An analysis of the ruling (genre_events.RULING) in its own words: the marsh and the
# developer named in its lead, little else shared.
ANALYSIS = (
    "Analysis: Quenby Marsh is a warning to every builder in a hurry",
    "Quenby Marsh will be remembered as the project that skipped a step. Harnsey Energy now faces "
    "idle cranes and suppliers waiting for money. Investors price delay, and delay is what a "
    "shortcut buys. The lesson is older than any turbine: haste is expensive.",
)
# A column that names one of the ruling's names: not enough.
ONE_NAME = (
    "Opinion: wind power needs patience",
    "Harnsey Energy is not the only firm to learn that building fast costs more in the end. The "
    "whole industry rushes, and the whole industry pays for it in courts and in goodwill.",
)


def _ruling(extra: tuple[str, str], genre: str, config: ClusterConfig | None = None, hours: float = 20.0):
    arts = [genre_article(i) for i in RULING]
    piece = _art("ruling/piece", "en", 0.0, *extra)
    piece = replace(piece, published=arts[0].published + timedelta(hours=hours))  # type: ignore[operator]
    c = OnlineClusterer(config)
    got = {a.id: c.add(a, genre="news") for a in arts}
    info = c.story_info(got["ruling/wire"])
    assert info is not None
    story = c._by_id[info.id]
    before = (bytes(story.terms), bytes(story.weights))
    got["ruling/piece"] = c.add(piece, genre=genre)
    got["vectors unchanged"] = str(before == (bytes(story.terms), bytes(story.weights)))
    return got


#: The names rule alone (in a stream of three texts the two names weigh enough for the
#: opinion bar, which folds the piece in; in a real stream they weigh less).
NAMES_ONLY = replace(ClusterConfig(), opinion_threshold=None)


def test_an_analysis_piece_goes_under_the_story_that_holds_its_names() -> None:
    got = _ruling(ANALYSIS, "analysis", NAMES_ONLY)
    assert got["ruling/piece"] == got["ruling/wire"]
    # Attached, not folded in: the story's words are still its reports' words.
    assert got["vectors unchanged"] == "True"
    assert (got := _ruling(ANALYSIS, "opinion", NAMES_ONLY))["ruling/piece"] == got["ruling/wire"]


def test_the_same_piece_as_news_or_with_the_rule_off_or_one_name_stays_alone() -> None:
    assert (got := _ruling(ANALYSIS, "news", NAMES_ONLY))["ruling/piece"] != got["ruling/wire"]
    off = replace(NAMES_ONLY, opinion_min_names=None)
    assert (got := _ruling(ANALYSIS, "analysis", off))["ruling/piece"] != got["ruling/wire"]
    assert (got := _ruling(ONE_NAME, "opinion", NAMES_ONLY))["ruling/piece"] != got["ruling/wire"]
    # Two days after the story's last report: another week's argument.
    late = _ruling(ANALYSIS, "analysis", NAMES_ONLY, hours=60.0)
    assert late["ruling/piece"] != late["ruling/wire"]


# An op-ed in the language of a report the story took across languages: one name, and its
# words close to that report's (0.17), under the join floor (0.25), over the opinion floor.
OPED_ES = (
    "Opinión: Calvera necesita un guardarraíl",
    "Cada invierno alguien se sale de la carretera de Calvera. Esta vez hubo heridos. Los vecinos "
    "llevan diez años pidiendo un guardarraíl y una curva menos cerrada. La región debe dejar de "
    "esperar al próximo accidente.",
)


def test_an_op_ed_joins_the_storys_texts_in_its_language_at_the_opinion_bar() -> None:
    arts = [
        _art("crash/en", "en", 0.0, *CRASH_EN),
        _art("crash/es", "es", 1.0, *CRASH_ES),
        _art("crash/oped", "es", 10.0, *OPED_ES),
    ]
    genres = {"crash/en": "news", "crash/es": "news"}
    got = _place(arts, genres=genres | {"crash/oped": "opinion"})
    assert got["crash/es"] == got["crash/en"]
    assert got["crash/oped"] == got["crash/en"]
    as_news = _place(arts, genres=genres | {"crash/oped": "news"})
    assert as_news["crash/oped"] != as_news["crash/en"]


# -- the whole-file pass: the English word table does not read Portuguese ------------------


def test_whole_file_two_portuguese_texts_of_one_town_are_not_glued_by_the_word_table() -> None:
    arts = [
        _art("bridge/en", "en", 0.0, *BRIDGE_EN),
        _art("bridge/mayor", "en", 1.0, *BRIDGE_EN_MAYOR),
        _art("bridge/pt", "pt", 3.0, *BRIDGE_PT),
        _art("crash/es", "es", 2.0, *CRASH_ES),
        _art("crash/en", "en", 4.0, *CRASH_EN),
        _art("crash/pt", "pt", 6.0, *CRASH_PT),
        _art("market/pt", "pt", 5.0, *MARKET_PT),
    ]
    group = {a: tuple(g) for g in cluster_batch(arts) for a in g}
    # The market and the bridge brief share the town and a few words the English table knows.
    assert group["market/pt"] == ("market/pt",)
    assert group["bridge/pt"] == ("bridge/en", "bridge/mayor", "bridge/pt")
    assert group["crash/pt"] == ("crash/es", "crash/en", "crash/pt")
