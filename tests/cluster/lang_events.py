"""Invented texts for the clusterer's multilingual reading: a stream mostly in English with
French, German and Spanish reports (results, counts in words, dates, function words).

Everything here (Valbrune, Korsby Rovers, Piedraluna, ...) is made up for these tests. Gold:
the part of the id before "/".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article

T0 = datetime(2031, 9, 16, 6, 0, tzinfo=UTC)

# (id, language, hours after T0, title, text)
Item = tuple[str, str, float, str, str]

# English background: the stream's main language (its function words are the common ones).
BACKGROUND: list[Item] = [
    (
        "budget/en",
        "en",
        0.0,
        "Orrin county adopts a smaller road budget",
        "Orrin county adopted a road budget of 31 million crowns on Monday, four million less than last "
        "year, after a debate about potholes on the coast road.",
    ),
    (
        "strike/en",
        "en",
        0.5,
        "Dock workers at Port Halloway vote to strike",
        "Dock workers at Port Halloway voted to strike for 24 hours next week over shift patterns, their "
        "union said. The port handles most of the region's timber exports.",
    ),
    (
        "museum/en",
        "en",
        1.0,
        "Tessaly museum returns a carved door to the island of Mirn",
        "The Tessaly city museum handed back a carved wooden door to elders from the island of Mirn on "
        "Monday, ending a request that began in 1998.",
    ),
]

# Two French reports of different events in one town, sharing the town and function words.
FRENCH_TOWN: list[Item] = [
    (
        "fire/fr",
        "fr",
        2.0,
        "Incendie dans un entrepôt de Valbrune : les pompiers sont toujours sur place",
        "Un incendie s'est déclaré dans la nuit de lundi à mardi dans un entrepôt de la zone artisanale de "
        "Valbrune. Les pompiers sont toujours sur place et la route est fermée à la circulation. Il n'y a "
        "pas de blessés, mais les riverains sont invités à garder les fenêtres fermées pendant toute la "
        "journée. C'est le plus grand sinistre que la commune ait connu depuis des années, et pour "
        "beaucoup, ce n'est pas une surprise : on savait que les stocks de palettes étaient trop près des "
        "maisons. Une enquête est ouverte pour comprendre ce qui s'est passé.",
    ),
    (
        "library/fr",
        "fr",
        4.0,
        "Valbrune : la nouvelle médiathèque ouvre ses portes au public",
        "La nouvelle médiathèque de Valbrune a ouvert ses portes mardi matin. On peut y emprunter des "
        "livres et des films, et des ateliers sont prévus pour les enfants pendant toute la durée des "
        "vacances. C'est le plus grand équipement culturel que la commune ait construit depuis des années, "
        "et pour beaucoup, ce n'est pas une surprise : on savait que l'ancienne bibliothèque était trop "
        "petite. Le bâtiment a coûté moins que prévu, selon le maire, qui était présent pour "
        "l'inauguration.",
    ),
    (
        "fire/fr2",
        "fr",
        6.0,
        "Valbrune : l'incendie de l'entrepôt est maîtrisé",
        "Les pompiers ont maîtrisé mardi l'incendie qui avait ravagé un entrepôt de la zone artisanale de "
        "Valbrune dans la nuit. La route a été rouverte à la circulation et les riverains peuvent de "
        "nouveau ouvrir leurs fenêtres.",
    ),
]

# A match told in English and in German: the result written "3-1" and "1:3", the minute
# "61st" and "61.".
MATCH_EN: Item = (
    "match/en",
    "en",
    14.0,
    "Korsby Rovers beat Haldern Lions 3-1 to go top",
    "Mats Okonkwo scored twice as Korsby Rovers beat Haldern Lions 3-1 at the Fennick Ground on "
    "Tuesday. Pieter Lund pulled one back for the Lions with a header in the 61st minute before "
    "substitute Arno Vell sealed the win.",
)
MATCH_DE: Item = (
    "match/de",
    "de",
    15.0,
    "Haldern Lions verlieren 1:3 in Korsby",
    "Die Haldern Lions haben am Dienstagabend bei den Korsby Rovers mit 1:3 verloren und sind in der "
    "Tabelle auf den zweiten Platz zurückgefallen. Mats Okonkwo traf für die Gastgeber zweimal, einmal "
    "per Elfmeter. Pieter Lund gelang in der 61. Minute per Kopfball der Anschlusstreffer. Trainer "
    "Matthias Rohde sagte nach dem Spiel, seine Mannschaft habe in der ersten Halbzeit zu viele Fehler "
    "gemacht und müsse sich vor dem Pokalspiel am Samstag deutlich steigern.",
)
# The same German report without its result and minute: four names of the match (both teams,
# both scorers) and no figure to disagree with: one event (ClusterConfig.xlang_names_alone).
MATCH_DE_NO_FIGURES: Item = (
    "match/de",
    "de",
    15.0,
    "Haldern Lions verlieren in Korsby",
    "Die Haldern Lions haben am Dienstagabend bei den Korsby Rovers verloren und sind in der Tabelle auf "
    "den zweiten Platz zurückgefallen. Mats Okonkwo traf für die Gastgeber zweimal, einmal per Elfmeter. "
    "Pieter Lund gelang per Kopfball der Anschlusstreffer. Trainer Matthias Rohde sagte nach dem Spiel, "
    "seine Mannschaft habe in der ersten Halbzeit zu viele Fehler gemacht und müsse sich vor dem "
    "Pokalspiel am Samstag deutlich steigern.",
)

# ... and with the teams alone (two names, no figure): no event.
MATCH_DE_TEAMS_ONLY: Item = (
    "match/de",
    "de",
    15.0,
    "Haldern Lions verlieren in Korsby",
    "Die Haldern Lions haben am Dienstagabend bei den Korsby Rovers verloren und sind in der Tabelle auf "
    "den zweiten Platz zurückgefallen. Der Trainer sagte nach dem Spiel, seine Mannschaft habe in der "
    "ersten Halbzeit zu viele Fehler gemacht.",
)

# A flood told in English, then in Spanish: one name, one figure, counts written as words.
FLOOD_EN: Item = (
    "flood/en",
    "en",
    20.0,
    "Flash flood sweeps through Piedraluna, four dead",
    "A flash flood swept through the village of Piedraluna early on Wednesday, killing four people, "
    "officials said. Eleven people were missing after three days of heavy rain, and 170 residents were "
    "moved to the sports hall.",
)
FLOOD_ES: Item = (
    "flood/es",
    "es",
    22.0,
    "Una riada arrasa Piedraluna: cuatro muertos",
    "Al menos cuatro personas murieron y once están desaparecidas tras la riada que arrasó el miércoles "
    "de madrugada Piedraluna. Las lluvias de los últimos tres días desbordaron el arroyo, y unos 170 "
    "vecinos pasaron la noche en el polideportivo.",
)
# A second Spanish report of the flood: nothing the English story holds but the village.
FLOOD_ES2: Item = (
    "flood/es2",
    "es",
    30.0,
    "Piedraluna: los vecinos vuelven al polideportivo por la noche",
    "Los vecinos de Piedraluna desalojados por la riada volvieron a pasar la noche en el "
    "polideportivo, donde la Cruz Roja reparte mantas. El arroyo sigue desbordado y las lluvias no "
    "cesan.",
)
# Another event in the village on the same day: the village and a figure, but no count of
# the flood's.
FAIR_ES: Item = (
    "fair/es",
    "es",
    21.0,
    "Piedraluna aplaza su feria del queso",
    "El ayuntamiento de Piedraluna ha aplazado la feria del queso prevista para el sábado, a la que "
    "se habían inscrito 170 queseros de toda la comarca.",
)

# Two events with the same people and the same date: a date is no figure of the event.
VOTE_EN: Item = (
    "vote/en",
    "en",
    40.0,
    "Varnholt council to vote on 14 November on the Ellery bridge",
    "The Varnholt council will vote on 14 November on whether to rebuild the Ellery bridge, mayor Ines "
    "Caldo said. The old bridge has been closed to lorries since spring.",
)
FESTIVAL_ES: Item = (
    "festival/es",
    "es",
    42.0,
    "Varnholt celebrará su festival de cine el 14 de noviembre",
    "La alcaldesa Ines Caldo anunció que Varnholt celebrará el 14 de noviembre la primera edición de "
    "su festival de cine junto al puente Ellery. Habrá proyecciones gratuitas al aire libre, talleres "
    "para escolares y un concurso de cortometrajes rodados con teléfonos móviles, cuyo jurado estará "
    "formado por vecinos elegidos por sorteo.",
)


def article(item: Item, *, language: bool = True) -> Article:
    aid, lang, hours, title, text = item
    return Article(
        id=aid,
        title=title,
        text=text,
        url=f"https://news.example/{aid}",
        source=aid.split("/")[1],
        published=T0 + timedelta(hours=hours),
        language=lang if language else None,
    )


def articles(items: list[Item]) -> list[Article]:
    return sorted((article(i) for i in items), key=lambda a: (a.published or T0, a.id))
