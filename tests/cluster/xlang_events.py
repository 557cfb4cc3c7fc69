"""Invented events told in English and in French, German or Spanish, with distractors.

Everything here (Lake Ostrel, Kavinsk, Brannoc Minerals, ...) is made up for these tests.
Gold: the part of the id before "/".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article

T0 = datetime(2031, 3, 10, 6, 0, tzinfo=UTC)

# (id, language, hours after T0, title, text)
ITEMS: list[tuple[str, str, float, str, str]] = [
    # -- a ferry fire on Lake Ostrel: two English reports, then French and German ones
    (
        "ferry/en1",
        "en",
        0.0,
        "Ferry fire on Lake Ostrel: 212 passengers rescued off Kavinsk",
        "A fire broke out in the engine room of the ferry Marta Vell on Lake Ostrel early on Monday, and "
        "all 212 passengers were taken off by lifeboats 4.5 kilometres from the port of Kavinsk, the "
        "harbour authority said. Captain Ilja Perov said the crew had the blaze under control within an "
        "hour. Kavinsk's mayor, Dora Lindqvist, thanked the volunteer boat crews.",
    ),
    (
        "ferry/en2",
        "en",
        1.5,
        "Marta Vell ferry blaze: all passengers safe, says Kavinsk harbour",
        "All 212 people on board the Marta Vell were rescued after fire broke out in its engine room on "
        "Lake Ostrel, Kavinsk harbour officials said. The ferry was towed back to Kavinsk by two tugs. "
        "Captain Ilja Perov told reporters that nobody had been seriously hurt.",
    ),
    (
        "ferry/fr",
        "fr",
        3.0,
        "Incendie à bord d'un ferry sur le lac Ostrel : 212 passagers évacués",
        "Un incendie s'est déclaré lundi matin dans la salle des machines du ferry Marta Vell, sur le lac "
        "Ostrel, à 4,5 kilomètres du port de Kavinsk. Les 212 passagers ont été évacués par les canots de "
        "sauvetage. Le capitaine Ilja Perov affirme que le feu a été maîtrisé en une heure.",
    ),
    (
        "ferry/de",
        "de",
        4.0,
        "Feuer auf Fähre im Ostrel-See: 212 Passagiere gerettet",
        "Im Maschinenraum der Fähre Marta Vell ist am Montag auf dem Ostrel-See ein Feuer ausgebrochen. "
        "Alle 212 Passagiere wurden 4,5 Kilometer vor dem Hafen von Kavinsk mit Rettungsbooten in "
        "Sicherheit gebracht. Kapitän Ilja Perov sagte, der Brand sei nach einer Stunde gelöscht gewesen.",
    ),
    # -- a takeover: English reports, then Spanish and German ones (magnitude in words)
    (
        "takeover/en1",
        "en",
        2.0,
        "Brannoc Minerals agrees to buy Selvo Mining for 3.2 billion crowns",
        "Brannoc Minerals has agreed to buy its rival Selvo Mining for 3.2 billion crowns, the two "
        "companies said on Monday. Brannoc chief executive Teodor Haskell said the deal would give the "
        "group six copper mines in the Varn hills. Selvo shareholders will receive 41.5 crowns a share.",
    ),
    (
        "takeover/en2",
        "en",
        3.0,
        "Selvo Mining shareholders offered 41.5 crowns a share in Brannoc deal",
        "Selvo Mining investors will get 41.5 crowns for each share under the 3.2 billion crown takeover "
        "by Brannoc Minerals announced on Monday. Teodor Haskell, Brannoc's chief executive, said "
        "regulators in the Varn region would be asked to approve the deal by the summer.",
    ),
    (
        "takeover/es",
        "es",
        5.0,
        "Brannoc Minerals comprará Selvo Mining por 3.200 millones de coronas",
        "La minera Brannoc Minerals ha acordado la compra de su rival Selvo Mining por 3,2 mil millones "
        "de coronas, anunciaron el lunes ambas empresas. Los accionistas de Selvo recibirán 41,5 coronas "
        "por acción, según el consejero delegado de Brannoc, Teodor Haskell.",
    ),
    (
        "takeover/de",
        "de",
        6.0,
        "Brannoc Minerals übernimmt Selvo Mining für 3,2 Milliarden Kronen",
        "Der Bergbaukonzern Brannoc Minerals kauft den Konkurrenten Selvo Mining für 3,2 Milliarden "
        "Kronen. Die Aktionäre von Selvo erhalten 41,5 Kronen je Aktie, wie Vorstandschef Teodor Haskell "
        "am Montag mitteilte.",
    ),
    # -- distractors, each in a language no report of the events uses (so only the
    # cross-language rule can join them): the town, its mayor and the lake of the ferry fire,
    # but another event and no figure of the fire
    (
        "museum/it",
        "it",
        5.0,
        "Kavinsk inaugura il suo museo marittimo",
        "La sindaca di Kavinsk, Dora Lindqvist, ha inaugurato lunedì il nuovo museo marittimo della "
        "città, allestito nei vecchi magazzini del porto. Il museo espone 38 modellini di navi. Dora "
        "Lindqvist spera di attirare visitatori da tutto il lago Ostrel.",
    ),
    # ... the lake and a figure of the fire (212), but a regatta
    (
        "regatta/nl",
        "nl",
        6.0,
        "Zeilwedstrijd op het Ostrel-meer met 212 boten",
        "Bij de voorjaarsregatta op het Ostrel-meer zijn maandag 212 boten gestart. De winnares was de "
        "zeilster Anouk Brisset uit Lorvik, die de baan in drie uur aflegde.",
    ),
    # ... the company and its chief executive, another figure: results, not the takeover
    (
        "results/pt",
        "pt",
        7.0,
        "Brannoc Minerals aumenta o lucro em 18 %",
        "A Brannoc Minerals obteve um lucro de 620 milhões de coroas no último trimestre, mais 18 %, "
        "informou o presidente executivo, Teodor Haskell, que destacou a procura de cobre.",
    ),
    # -- a non-English article with no mate
    (
        "pradomar/es",
        "es",
        2.0,
        "Inundaciones en Pradomar: 45 familias desalojadas",
        "Las lluvias torrenciales obligaron a desalojar a 45 familias en Pradomar, donde el río Ulla se "
        "desbordó durante la noche. El alcalde, Iñaki Berrondo, pidió calma a los vecinos.",
    ),
]


def xlang_articles(*, languages: bool = True) -> list[Article]:
    """The items as articles in time order (``languages``: with their ``language`` field)."""
    out = [
        Article(
            id=aid,
            title=title,
            text=text,
            url=f"https://news.example/{aid}",
            source=aid.split("/")[1],
            published=T0 + timedelta(hours=hours),
            language=lang if languages else None,
        )
        for aid, lang, hours, title, text in ITEMS
    ]
    return sorted(out, key=lambda a: (a.published, a.id))


def gold(article_id: str) -> str:
    return article_id.split("/")[0]
