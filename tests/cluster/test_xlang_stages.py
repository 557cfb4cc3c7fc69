"""Reports in another language at a later stage of the event (seventeenth session).

A ruling with no figure, an editorial, a result told two days after the postponement, and
times of day in datelines that are no figure of the event (docs/clustering.md, "Across
languages"). Invented events: Quellmark, Tarnow Vale, Rotwald, Lindmark are made up here.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.cluster import ClusterConfig, OnlineClusterer, xlang
from plainwire.cluster.text import tokenize_article
from plainwire.models import Article

T0 = datetime(2031, 5, 6, 9, 0, tzinfo=UTC)

# Background in English, so that the stream has its names and its common words.
_BACKGROUND = [
    ("bg/roads", "en", 0.5, "Tarnow Vale council resurfaces the coast road", "Tarnow Vale council began "
     "resurfacing the coast road on Tuesday. Works will last 18 days, the council said."),
    ("bg/library", "en", 1.0, "Lindmark library extends its opening hours", "The public library in "
     "Lindmark will open until 21:00 on weekdays from June, librarian Ada Frosk said."),
    ("bg/market", "en", 1.5, "Farmers' market returns to Tarnow Vale square", "The farmers' market "
     "returns to the square in Tarnow Vale on Saturday with 40 stalls, organiser Pim Hollis said."),
]  # fmt: skip

HEARING = (
    "ban/en1",
    "en",
    2.0,
    "Cyclist Mirela Kastner appeals her doping ban at the Quellmark tribunal",
    "Cyclist Mirela Kastner's appeal against her two-year doping ban opened at the Quellmark Sports "
    "Tribunal on Tuesday. Her team, Rotwald Lindmark, says the laboratory mixed up her sample. Kastner, "
    "29, has served 7 months of the ban. A ruling is due on Thursday.",
)
RULING_EN = (
    "ban/en2",
    "en",
    50.0,
    "Quellmark tribunal lifts Kastner's doping ban",
    "The Quellmark Sports Tribunal lifted Mirela Kastner's doping ban on Thursday, ruling that the "
    "laboratory had mixed up her sample. Rotwald Lindmark said she would race again in June.",
)
# The ruling in German: no figure at all, a dateline with a time of day, four names.
RULING_DE = (
    "ban/de",
    "de",
    52.0,
    "Sportgericht hebt Sperre gegen Kastner auf",
    "Stand: 08.05.2031, 13:10 Uhr\nDas Sportgericht von Quellmark hat die Dopingsperre gegen Mirela "
    "Kastner am Donnerstag aufgehoben. Das Labor habe ihre Probe verwechselt. Kastner fährt für das "
    "Lindmarker Team Rotwald.",
)
# Another event in German naming the town and the team only (two names, no figure).
CAMP_DE = (
    "camp/de",
    "de",
    53.0,
    "Trainingslager in Lindmark eröffnet",
    "Das Team Rotwald hat am Donnerstag sein Trainingslager in Lindmark eröffnet. Die Fahrer bleiben "
    "bis Ende Mai.",
)


def _articles(items: list[tuple[str, str, float, str, str]]) -> list[Article]:
    out = [
        Article(id=i, title=t, text=x, published=T0 + timedelta(hours=h), language=lang)
        for i, lang, h, t, x in items
    ]
    return sorted(out, key=lambda a: (a.published or T0, a.id))


def _place(items: list[tuple[str, str, float, str, str]], cfg: ClusterConfig | None = None) -> dict[str, str]:
    c = OnlineClusterer(cfg)
    story = {a.id: c.add(a) for a in _articles(_BACKGROUND + items)}
    return {k: c.resolve(v) for k, v in story.items()}


def test_a_ruling_with_no_figure_joins_on_four_names() -> None:
    got = _place([HEARING, RULING_EN, RULING_DE, CAMP_DE])
    assert got["ban/de"] == got["ban/en1"] == got["ban/en2"]
    assert got["camp/de"] != got["ban/en1"]  # the team and its town: another event
    off = _place([HEARING, RULING_EN, RULING_DE], ClusterConfig(xlang_names_alone=None))
    assert off["ban/de"] != off["ban/en1"]


def test_a_time_of_day_is_no_figure() -> None:
    def figures(text: str, lang: str) -> set[float]:
        return set(xlang.anchors(tokenize_article("", text, ClusterConfig()), lang).figures)

    assert figures("Stand: 08.05.2031, 13:10 Uhr", "de") == set()
    assert figures("Actualitzat el 11/11/2026 a les 12:30", "ca") == set()
    assert figures("Päivitetty 12.11.2026 klo 21.10. Ottelu pelataan kello 18.", "fi") == set()
    # Results and figures stay: "29:27", "16-11", a bare number after "at".
    assert figures("TSV won 29:27 at 19:45 GMT", "en") == {xlang.score_figure(29, 27), 29.0, 27.0}
    assert figures("Prices rose at 14 percent", "en") == {14.0}
    assert figures("Die Lions verlieren 1:3", "de") == {xlang.score_figure(1, 3)}


BUDGET_EN = (
    "budget/en",
    "en",
    2.0,
    "Tarnow Vale sets a 900 million crown budget with 240 million for trams",
    "Tarnow Vale council approved a budget of 900 million crowns for 2032 on Tuesday, with 240 million "
    "crowns to extend the tram line to the docks, finance councillor Oda Brennick said.",
)
EDITORIAL_SV = (
    "budget/sv",
    "sv",
    20.0,
    "Ledare: Tarnow Vales budget glömmer öarna",
    "Tarnow Vale bygger spårväg till hamnen för 240 miljoner, men färjan till öarna får inte en enda "
    "krona mer. Det säger mycket om hur staden ser på skärgården.",
)


def test_an_editorial_in_another_language_goes_under_its_story() -> None:
    """The editorial names only the town (common in the stream) at a sentence's start, and
    gives the budget's tram figure: as opinion it goes under the budget story; as news, or
    without the figure, it does not."""
    c = OnlineClusterer()
    story = {a.id: c.add(a, genre="opinion" if a.id == "budget/sv" else "news") for a in _articles(
        _BACKGROUND + [BUDGET_EN, EDITORIAL_SV])}  # fmt: skip
    assert story["budget/sv"] == story["budget/en"]
    assert _place([BUDGET_EN, EDITORIAL_SV])["budget/sv"] != story["budget/en"]  # as news
    no_figure = (*EDITORIAL_SV[:4], EDITORIAL_SV[4].replace("för 240 miljoner", "för miljoner"))
    c = OnlineClusterer()
    story = {a.id: c.add(a, genre="opinion" if a.id == "budget/sv" else "news") for a in _articles(
        _BACKGROUND + [BUDGET_EN, no_figure])}  # fmt: skip
    assert story["budget/sv"] != story["budget/en"]


POSTPONED_FI = (
    "fixture/fi1",
    "fi",
    3.0,
    "FC Harjulan ja Tarnow Rangersin ottelu siirrettiin",
    "FC Harjulan ja Tarnow Rangersin cup-ottelu siirrettiin tiistaina, koska kenttä oli jäässä. "
    "Erotuomari tarkasti kentän kello 14. Otteluun oli myyty 4200 lippua.",
)
POSTPONED_EN = (
    "fixture/en1",
    "en",
    3.5,
    "FC Harjula v Tarnow Rangers postponed after pitch inspection",
    "FC Harjula's cup tie against Tarnow Rangers was postponed on Tuesday after the referee found the "
    "pitch frozen at a midday inspection. 4,200 tickets had been sold. The tie will be rearranged for "
    "Thursday evening.",
)
RESULT_FI = (
    "fixture/fi2",
    "fi",
    57.0,
    "Rangers voitti Harjulassa 3–1",
    "Tarnow Rangers voitti torstaina siirretyn cup-ottelun Harjulassa 3–1. Ilmo Saarnio teki Rangersille "
    "kaksi maalia.",
)
RESULT_EN = (
    "fixture/en2",
    "en",
    57.5,
    "Rangers win 3-1 at Harjula in rearranged cup tie",
    "Ilmo Saarnio scored twice as Tarnow Rangers beat FC Harjula 3-1 on Thursday in the cup tie that a "
    "frozen pitch had put off two days earlier.",
)


def test_a_text_joined_by_its_own_language_bridges_a_lone_later_stage() -> None:
    """The Finnish result shares few words with the Finnish postponement two days before and
    starts a story; the English result joins the postponement story (by the English report
    it took) and shares names and the result with the Finnish one: the two merge."""
    c = OnlineClusterer()
    for a in _articles(_BACKGROUND + [POSTPONED_FI, POSTPONED_EN, RESULT_FI]):
        c.add(a)
    assert c.story_of("fixture/fi1") == c.story_of("fixture/en1") != c.story_of("fixture/fi2")
    lone = c.story_of("fixture/fi2")
    c.add(_articles([RESULT_EN])[0])
    assert (
        c.resolve(c.story_of("fixture/fi2") or "") == c.story_of("fixture/fi1") == c.story_of("fixture/en2")
    )
    assert (lone, c.story_of("fixture/fi1")) in c.take_merges()
    off = OnlineClusterer(ClusterConfig(xlang_bridge=False))
    for a in _articles(_BACKGROUND + [POSTPONED_FI, POSTPONED_EN, RESULT_FI, RESULT_EN]):
        off.add(a)
    assert off.story_of("fixture/fi2") != off.story_of("fixture/fi1")
