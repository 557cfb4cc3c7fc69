"""The third audit newsroom's content: outlets, events and the articles each outlet ran.

A held-out set (thirteenth session), written from scratch and never used to tune plainwire:
the Vennish Republic, its capital Brevik, the English-speaking Hollin valley, the
French-speaking Val-Sorel (Sainte-Aube), the Italian-speaking Valtessa (Castel Rovo,
Pianello) and the Dutch-speaking Oosterkamp (Zandhoven, Meerdijk), their people, firms,
clubs and events are invented. Nothing is copied or paraphrased from real news or from the
development data sets.

It tests the fault classes the second newsroom found with other surface forms (other words,
page layouts and languages: French, Italian, Dutch), plus kinds neither earlier set has: a
health study with a correction notice, a weather warning raised twice over two days, an
obituary, a transfer rumour and its confirmation, a court case with defendants who cannot be
named, two near-identical rewrites of one press release, a question as a headline, one
outlet misspelling a name, pages in ISO-8859-1 and pages whose charset header is wrong, and
an RSS and a JSON feed each with a broken item. Dates: 17 to 19 November 2026 (UTC).

Plain data only (no I/O); ``newsroom3_render.py`` turns it into pages and feeds.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsroom_pages import OutletSpec, Piece

DAY1, DAY2, DAY3 = 17, 18, 19  # November 2026


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    # A wire agency: a dateline ("BREVIK, Nov 17 (VPA) -") opens each report; a credit line ends it.
    OutletSpec("vpa", "Venn Press Association", "rss", "agency", "add"),
    # A tabloid whose RSS feed also lists an item with no link and a date nobody can read.
    OutletSpec("clarion", "The Daily Clarion", "rss-broken-item", "redtop", "add"),
    OutletSpec("radio", "Radio Venn News", "atom", "radio", "add-home"),
    OutletSpec("chronicle", "The Brevik Chronicle", "rss", "broadsheet", "opml"),
    # A business paper whose JSON Feed has an item without a URL and one with a relative URL.
    OutletSpec("record", "The Mercantile Record", "jsonfeed-broken-item", "business", "add"),
    # French-language, pages in ISO-8859-1 (declared in the header and a meta tag).
    OutletSpec("echo", "L'\u00c9cho de Sainte-Aube", "atom", "latin1", "opml", language="fr", utc_offset=1),
    # Italian-language; the server's header says ISO-8859-1, the pages are UTF-8 (meta says so).
    OutletSpec("corriere", "Corriere della Valtessa", "rss", "italian", "opml", language="it", utc_offset=1),
    OutletSpec("dagblad", "Oosterkamper Dagblad", "jsonfeed", "dutch", "opml", language="nl", utc_offset=1),
    OutletSpec("healthdesk", "Venn Health Desk", "atom", "plain", "opml"),
    OutletSpec("pitchside", "Pitchside", "rss", "sports", "opml"),
    OutletSpec("weekly", "Hollin Valley Weekly", "rss", "local", "opml"),
    OutletSpec("now", "Brevik Now", "jsonfeed", "plain", "opml"),
    OutletSpec("harbour", "Harbourside Bulletin", "rss", "local", "opml"),
    OutletSpec("forum", "The Venn Forum", "atom", "magazine", "opml"),
)

EVENTS: dict[str, str] = {
    "flood": "Rain warning for Oosterkamp raised from yellow to amber to red; Meerdijk evacuated",
    "quarry": "Quarry tunnel collapse at Castel Rovo (three missing, then two dead and one saved)",
    "spray": "Seaweed nasal spray trial (a correction: 400 participants, not 4,000)",
    "obituary": "Architect Maelys Corran dies at 88 (an obituary, a French report)",
    "transfer": "Striker Ekwueme to AC Valtessa (a rumour on day one, confirmed on day three)",
    "court": "Two young men sentenced for the Hollin Leisure Centre arson (cannot be named)",
    "charge": "Brevik congestion charge approved (a question headline, an editorial)",
    "ferries": "Solvang Lines orders two electric ferries (two near-identical press-release rewrites)",
    "police": "Ingrid Vasselmark named Hollin Valley Police chief (one outlet misspells her name)",
    "plant": "Veldmann closes its Zandhoven bicycle plant (wire, tabloid, Dutch, business, opinion)",
    "warehousefire": "Furniture warehouse fire in Brevik's east docks (same day as the barn fire)",
    "barnfire": "Barn fire at a farm near Hollin (same day as the warehouse fire)",
    "lantern": "Hollin lantern walk draws a record crowd (one outlet)",
    "treaty": "Three regions sign the Tessa water-sharing treaty (English, French, Italian, Dutch)",
}

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "monster",
    "deluge",
    "biblical",
    "battered",
    "mayhem",
    "scared stiff",
    "terrified",
    "miracle",
    "zaps",
    "boffins",
    "slashed",
    "sniffles",
    "wonder",
    "swoop",
    "hotshot",
    "goal machine",
    "fuming",
    "furious",
    "betrayal",
    "fleeced",
    "rip-off",
    "cash grab",
    "sting",
    "rake in",
    "war on motorists",
    "blasted",
    "axed",
    "devastating",
    "blow",
    "bike giant",
    "gutted",
    "heartbreaking",
    "greedy",
    "soaring",
    "on its knees",
    "stunning",
)

# What a reader needs from each story (any one alternative of a tuple counts): the latest
# figures, the names, the outcome.
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "flood": (
        ("red warning", "red rain warning", "code red", "code rood"),
        ("1,400", "1.400"),
        ("Meerdijk",),
        ("Oosterkamp",),
        ("2.4 metres", "2,4 meter"),
    ),
    "quarry": (
        ("Castel Rovo",),
        ("Bellanti",),
        ("two of the three", "two dead", "two workers died", "found two", "due morti", "two men died"),
        ("alive", "vivo", "survivor"),
        ("Galli",),
    ),
    "spray": (
        ("seaweed",),
        ("400 office workers", "400 adults", "among 400", "followed 400"),
        ("0.8",),
        ("Arvola",),
        ("not proof", "needed to be repeated", "small and short", "larger group"),
        ("Talvo",),
    ),
    "obituary": (
        ("Corran",),
        ("88",),
        ("Brevik Opera", "opera house", "Op\u00e9ra de Brevik"),
        ("Sainte-Aube",),
    ),
    "transfer": (("Ekwueme",), ("AC Valtessa",), ("9.5 million", "9,5 milioni"), ("four-year", "four years")),
    "court": (
        ("Hollin Leisure Centre", "leisure centre"),
        ("three years",),
        ("youth rehabilitation order",),
        ("cannot be named", "cannot be identified", "can be identified"),
        ("Fane",),
    ),
    "charge": (
        ("congestion charge",),
        ("6 thalers", "6-thaler"),
        ("31 to 24", "31-24"),
        ("1 April", "April"),
        ("Varga",),
    ),
    "ferries": (("Solvang",), ("46 million",), ("electric ferries",), ("Van Oort",), ("2028",)),
    "police": (("Vasselmark",), ("Hollin Valley Police",), ("first woman", "first female"), ("Dunmire",)),
    "plant": (
        ("Veldmann",),
        ("Zandhoven",),
        ("640", "650"),
        ("end of next year", "eind volgend jaar"),
        ("Castel Rovo",),
    ),
    "warehousefire": (
        ("Nordvik",),
        ("Kaiside Road",),
        ("No one was hurt", "No one was injured", "no injuries"),
    ),
    "barnfire": (("Greystone Farm",), ("80 cattle", "80 of her cattle"), ("hay dryer",)),
    "lantern": (("6,000",), ("lantern",), ("mountain rescue",)),
    "treaty": (
        ("Tessa",),
        ("40 percent", "40 %", "40 per cento", "40 procent"),
        ("Pianello",),
        ("nine",),
        ("treaty", "trait\u00e9", "trattato", "verdrag"),
    ),
}
# Figures a later report replaced (or one outlet's outlier): the page should not give them as
# current fact; in the headline they are the "headline keeps the first count" fault.
SUPERSEDED: dict[str, tuple[str, ...]] = {
    "flood": (
        "yellow warning",
        "yellow rain warning",
        "to amber",
        "amber warning",
        "60 millimetres",
        "1.2 metres",
    ),
    "quarry": (
        "three workers missing",
        "three workers were missing",
        "three workers are missing",
        "tre operai dispersi",
        "risultano dispersi",
    ),
    "spray": ("4,000",),
    "transfer": ("12 million", "close to a move", "set for", "five-year", "agreed personal terms"),
    "plant": ("700 workers", "700 jobs", "seven hundred"),
}
# A correction notice: the corrected figure must reach the page, the wrong one must not.
CORRECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "spray": (("4,000",), ("400 office workers", "400 adults", "among 400", "followed 400", "400 people")),
}
# A name one outlet got wrong: the misspelling must not reach the page.
MISSPELT: dict[str, tuple[str, ...]] = {"police": ("Vaselmarck", "Vasselmarck", "Vaselmark")}
# Events that share a day, a place, a person or a subject but are different stories.
APART: tuple[tuple[str, str], ...] = (
    ("warehousefire", "barnfire"),  # two fires on one morning
    ("flood", "treaty"),  # one governor, one province, one day, both about water
    ("quarry", "treaty"),  # the same Italian-speaking towns and region
    ("quarry", "transfer"),  # the same region's name (its club), reported by the same paper
)
NEWSROOM = 3  # (the audit runs the second set's checks and this set's extra ones)
TABLOID = ("clarion",)  # the outlet whose sentences must not carry a several-outlet page
# How the text would name an outlet ("told Brevik Now", "(VPA)").
OUTLET_SHORT = ("VPA", "Clarion", "Chronicle", "Record", "Pitchside", "Weekly", "Bulletin", "Forum")

# One press release, rewritten by two outlets (near, not exact, copies).
_FERRY_RELEASE = "solvang-electric-ferries"

PIECES: tuple[Piece, ...] = (
    # ------------------------------------------------------------- flood (5) ----------------
    Piece(
        "vpa",
        "yellow-rain-warning-for-oosterkamp",
        "flood",
        "Yellow rain warning for Oosterkamp as storm Petra approaches",
        "Lieke Jansma",
        t(DAY1, 8, 10),
        (
            "BREVIK, Nov 17 (VPA) - The Venn Meteorological Office issued a yellow warning for heavy rain "
            "in Oosterkamp province on Tuesday, saying up to 60 millimetres could fall on Wednesday and "
            "Thursday.",
            "Forecaster Lotte Brandsma said the ground was already wet after a mild October. "
            '"Small streams may rise quickly, and some roads could flood," she said.',
            "The warning runs from 06:00 on Wednesday until midnight on Thursday.",
        ),
    ),
    Piece(
        "vpa",
        "rain-warning-for-oosterkamp-raised-to-amber",
        "flood",
        "Rain warning for Oosterkamp raised to amber",
        "Lieke Jansma",
        t(DAY2, 9, 30),
        (
            "ZANDHOVEN, Nov 18 (VPA) - The Venn Meteorological Office raised its warning for Oosterkamp to "
            "amber on Wednesday and now expects up to 110 millimetres of rain by Thursday night.",
            "The river Meer at Zandhoven was 1.2 metres above its usual level by morning, the provincial "
            "water board said.",
            "Water board chairman Pieter Ravestein asked people in low-lying streets of Meerdijk to move "
            'cars and valuables to higher ground. "We do not expect the dikes to fail, but we are '
            'preparing as if they might," he said.',
        ),
    ),
    Piece(
        "clarion",
        "monster-storm-petra-oosterkamp-braces",
        "flood",
        "MONSTER STORM PETRA: Oosterkamp braces for biblical deluge",
        "Kev Marlowe",
        t(DAY2, 12, 0),
        (
            "Terrified families in Oosterkamp were stacking sandbags last night as monster storm Petra "
            "threatened a biblical deluge.",
            "Forecasters upgraded their warning to amber as the battered river Meer rose more than a metre "
            "at Zandhoven.",
            'Mum-of-three Anouk Verbeek, 34, said: "We have moved everything upstairs. We are scared stiff."',
            "Roads around Meerdijk were already mayhem, with drivers abandoning cars in the floodwater.",
        ),
    ),
    Piece(
        "radio",
        "red-warning-for-oosterkamp-meerdijk-evacuated",
        "flood",
        "Red warning for Oosterkamp: 1,400 people told to leave Meerdijk",
        "Radio Venn News",
        t(DAY3, 7, 15),
        (
            "The Venn Meteorological Office has issued its first red rain warning in six years for "
            "Oosterkamp province, where 1,400 residents of Meerdijk have been told to leave their homes.",
            "The river Meer reached 2.4 metres above its usual level at Zandhoven overnight, after 95 "
            "millimetres of rain fell in 24 hours.",
            "Provincial governor Hendrika Molenaar said two schools in Zandhoven had opened as shelters.",
            "No injuries have been reported, she said.",
        ),
        note="'she said' in a paragraph of its own: the speaker is named one paragraph before",
    ),
    Piece(
        "dagblad",
        "code-rood-in-oosterkamp",
        "flood",
        "Code rood in Oosterkamp: 1.400 inwoners van Meerdijk moeten weg",
        "Sanne Kuipers",
        t(DAY3, 8, 0),
        (
            "Het Meteorologisch Bureau van Venn heeft donderdag code rood afgegeven voor de provincie "
            "Oosterkamp. In Meerdijk moeten 1.400 inwoners hun huis verlaten.",
            "De Meer stond 's nachts bij Zandhoven 2,4 meter boven het normale peil, na 95 millimeter regen "
            "in 24 uur.",
            "Gouverneur Hendrika Molenaar zei dat twee scholen in Zandhoven als opvang dienen. "
            '"Neem alleen het hoognodige mee," zei ze.',
            "Het waterschap verwacht dat het water vanaf vrijdag zakt.",
        ),
        language="nl",
    ),
    # ------------------------------------------------------------- quarry (5) ---------------
    Piece(
        "corriere",
        "crollo-nella-cava-di-castel-rovo",
        "quarry",
        "Crollo nella cava di Castel Rovo: tre operai dispersi",
        "Giulia Ferrante",
        t(DAY1, 9, 40),
        (
            "Una galleria della cava di marmo Bellanti, a Castel Rovo, \u00e8 crollata marted\u00ec mattina "
            "alle 7.20. Tre operai risultano dispersi.",
            "Sul posto lavorano 40 vigili del fuoco e due squadre del soccorso alpino. "
            '"Stiamo scavando a mano, \u00e8 un lavoro lento," ha detto il comandante Bruno Caselli.',
            "La cava impiega 65 persone. La procura di Pianello ha aperto un fascicolo.",
        ),
        language="it",
    ),
    Piece(
        "vpa",
        "three-workers-missing-after-quarry-collapse",
        "quarry",
        "Three workers missing after quarry tunnel collapse in Valtessa",
        "Paolo Renzi",
        t(DAY1, 11, 0),
        (
            "CASTEL ROVO, Nov 17 (VPA) - Three workers were missing on Tuesday after a tunnel collapsed at "
            "the Bellanti marble quarry in Castel Rovo, in the Italian-speaking region of Valtessa, fire "
            "officials said.",
            "About 40 firefighters and two mountain rescue teams were digging by hand through the rubble, "
            "fire commander Bruno Caselli said.",
            "The quarry, which employs 65 people, passed a safety inspection in May, its owner said in a "
            "statement.",
        ),
    ),
    Piece(
        "radio",
        "two-quarry-workers-dead-one-rescued-castel-rovo",
        "quarry",
        "Two quarry workers found dead, one rescued alive at Castel Rovo",
        "Radio Venn News",
        t(DAY2, 10, 5),
        (
            "Rescuers at the Bellanti marble quarry in Castel Rovo have found two of the three missing "
            "workers dead and pulled the third out alive after 26 hours under the rubble.",
            "The survivor, a 24-year-old apprentice, is in hospital in Pianello with a broken leg, fire "
            "commander Bruno Caselli said. He was conscious and talking when he was brought out, he said.",
            "The company named the dead men as Ettore Galli, 51, and Marco Ruspoli, 38.",
            "Prosecutors in Pianello have opened an inquiry into the collapse.",
        ),
    ),
    Piece(
        "corriere",
        "castel-rovo-due-morti-nella-cava",
        "quarry",
        "Castel Rovo, due morti nella cava. Salvo l'apprendista",
        "Giulia Ferrante",
        t(DAY2, 13, 30),
        (
            "Due dei tre operai rimasti sotto la galleria crollata nella cava Bellanti sono morti. Il terzo, "
            "un apprendista di 24 anni, \u00e8 stato estratto vivo dopo 26 ore.",
            'Le vittime sono Ettore Galli, 51 anni, e Marco Ruspoli, 38 anni. "Il paese \u00e8 in lutto," ha '
            "detto il sindaco Rita Ambrosini.",
            "La procura di Pianello indaga per omicidio colposo.",
        ),
        language="it",
    ),
    Piece(
        "corriere",
        "castel-rovo-non-puo-piangere-altri-morti",
        "quarry",
        "Castel Rovo non pu\u00f2 piangere altri morti",
        "Alberto Sesti",
        t(DAY3, 8, 0),
        (
            "Ogni volta che una cava uccide, si parla di fatalit\u00e0. Non lo \u00e8.",
            "Le ispezioni in Valtessa sono annunciate con settimane di anticipo: un'impresa ha tutto il tempo "
            "di mettersi in regola per un giorno.",
            "La regione deve assumere ispettori e fare controlli senza preavviso. Il lutto di Castel Rovo lo "
            "esige.",
        ),
        genre="opinion",
        language="it",
        note="an Italian comment piece, marked only by its section (L'opinione) and URL",
    ),
    # ------------------------------------------------------------- spray (3) ----------------
    Piece(
        "healthdesk",
        "nasal-spray-cut-winter-colds-by-a-third",
        "spray",
        "Nasal spray cut winter colds by a third in trial, researchers say",
        "Mira Holt, health correspondent",
        t(DAY1, 10, 0),
        (
            "A nasal spray made from a seaweed extract cut the number of colds among healthy adults by a "
            "third over one winter, according to a trial published on Tuesday in the Venn Medical Journal.",
            "The trial followed 4,000 office workers in Brevik who used either the spray or a salt-water "
            "placebo twice a day from November to March.",
            "Those using the spray had 0.8 colds each on average, against 1.2 in the placebo group, lead "
            "author Dr Signe Arvola of Brevik University Hospital said.",
            "Dr Arvola said the results needed to be repeated in a larger group before doctors could "
            "recommend the spray. Its maker, Talvo Pharma, paid for part of the study.",
        ),
        revised=t(DAY2, 8, 30),
        revised_title="Nasal spray cut winter colds by a third in trial, researchers say",
        revised_paragraphs=(
            "A nasal spray made from a seaweed extract cut the number of colds among healthy adults by a "
            "third over one winter, according to a trial published on Tuesday in the Venn Medical Journal.",
            "The trial followed 400 office workers in Brevik who used either the spray or a salt-water "
            "placebo twice a day from November to March.",
            "Those using the spray had 0.8 colds each on average, against 1.2 in the placebo group, lead "
            "author Dr Signe Arvola of Brevik University Hospital said.",
            "Dr Arvola said the results needed to be repeated in a larger group before doctors could "
            "recommend the spray. Its maker, Talvo Pharma, paid for part of the study.",
            "Correction, 18 November: an earlier version of this article said the trial followed 4,000 "
            "office workers. It followed 400.",
        ),
        revised_fact="400 office workers",
        note="corrected in place the next morning, with a correction notice at the end",
    ),
    Piece(
        "vpa",
        "seaweed-nasal-spray-reduced-colds-in-small-trial",
        "spray",
        "Seaweed nasal spray reduced colds in small trial",
        "Henrik Solberg",
        t(DAY1, 12, 30),
        (
            "BREVIK, Nov 17 (VPA) - A seaweed-based nasal spray reduced colds among 400 adults in a "
            "winter-long trial, researchers at Brevik University Hospital reported on Tuesday.",
            "Participants using the spray had 0.8 colds each on average, compared with 1.2 among those given "
            "a placebo, the study in the Venn Medical Journal found.",
            'Independent experts said the trial was small and short. "It is a promising signal, not proof," '
            "said Professor Kasimir Lund, an epidemiologist at the University of Hollin who was not involved.",
            "The study was part-funded by the spray's maker, Talvo Pharma.",
        ),
    ),
    Piece(
        "clarion",
        "miracle-spray-zaps-colds",
        "spray",
        "MIRACLE SPRAY ZAPS COLDS - and it's made of seaweed!",
        "Jodie Pratt",
        t(DAY1, 18, 0),
        (
            "Boffins have found a miracle nasal spray that zaps winter colds - and it is made from seaweed.",
            "In a trial of 4,000 office workers, the spray slashed sniffles by a third, the Venn Medical "
            "Journal reported.",
            'Dr Signe Arvola, who led the study, called the results "encouraging".',
            "Chemists could stock the wonder spray by next winter.",
        ),
        note="repeats the figure the health desk later corrected; drops every caveat",
    ),
    # ------------------------------------------------------------- obituary (3) -------------
    Piece(
        "vpa",
        "architect-maelys-corran-dies-at-88",
        "obituary",
        "Architect Maelys Corran, designer of the Brevik Opera, dies at 88",
        "Nora Ekdahl",
        t(DAY2, 14, 0),
        (
            "BREVIK, Nov 18 (VPA) - Maelys Corran, the architect whose glass-roofed opera house became a "
            "symbol of Brevik, has died at the age of 88, her family said on Wednesday.",
            "She died on Tuesday at her home in Sainte-Aube, where she was born, after a short illness.",
            "Corran founded her practice in 1968 and designed more than 40 public buildings, including the "
            "Brevik Opera, opened in 1991, and the Tessa footbridge at Castel Rovo.",
            "She is survived by her husband, the cellist Aur\u00e8le Dufresne, and two daughters.",
        ),
    ),
    Piece(
        "echo",
        "sainte-aube-pleure-maelys-corran",
        "obituary",
        "Sainte-Aube pleure Maelys Corran, l'architecte de l'Op\u00e9ra de Brevik",
        "Am\u00e9lie Roussel",
        t(DAY2, 16, 0),
        (
            "L'architecte Maelys Corran, n\u00e9e \u00e0 Sainte-Aube en 1938, est morte mardi \u00e0 son "
            "domicile, \u00e0 l'\u00e2ge de 88 ans, a annonc\u00e9 sa famille mercredi.",
            "Elle avait dessin\u00e9 plus de 40 b\u00e2timents publics, dont l'Op\u00e9ra de Brevik, "
            "inaugur\u00e9 en 1991.",
            "\u00ab C'\u00e9tait une femme d'une grande exigence et d'une immense gentillesse \u00bb, a "
            "d\u00e9clar\u00e9 le maire de Sainte-Aube, G\u00e9rard Pelletier.",
            "Un hommage public aura lieu samedi \u00e0 l'\u00e9glise Saint-R\u00e9mi.",
        ),
        language="fr",
    ),
    Piece(
        "chronicle",
        "maelys-corran-obituary",
        "obituary",
        "Maelys Corran obituary: the architect who taught Brevik to look up",
        "Simon Achterberg",
        t(DAY3, 7, 0),
        (
            "Maelys Corran, who has died aged 88, liked to say that a public building should make a person "
            "lift their chin.",
            "Born in Sainte-Aube in 1938, the daughter of a clockmaker, she studied in Brevik at a time when "
            "the architecture school admitted two women a year, and set up her own practice in 1968.",
            "Her breakthrough came with the Brevik Opera, opened in 1991, whose glass roof was thought "
            "unbuildable until her engineers built it. The city's postcards have shown it ever since.",
            "Later work included the Tessa footbridge at Castel Rovo in 2004 and a series of small libraries "
            "in the Hollin valley, which she considered her best buildings.",
            "She received the Gold Medal of the Venn Institute of Architects in 1999.",
            "She is survived by her husband, Aur\u00e8le Dufresne, and their daughters, Ines and "
            "Cl\u00e9mence.",
        ),
        shape="obituary",
    ),
    # ------------------------------------------------------------- transfer (5) -------------
    Piece(
        "pitchside",
        "ekwueme-set-for-record-move-to-ac-valtessa",
        "transfer",
        "Ekwueme set for record move to AC Valtessa",
        "Danny Okafor",
        t(DAY1, 19, 0),
        (
            "Brevik Athletic striker Tomas Ekwueme is close to a move to AC Valtessa for a club-record fee "
            "of around 12 million thalers, Pitchside understands.",
            "The 23-year-old, who scored 19 league goals last season, is understood to have agreed personal "
            "terms on a five-year contract.",
            "Athletic want the deal done before the winter window opens on 1 January, sources at the club "
            "said. Neither club would comment.",
        ),
        note="the rumour: fee and contract length differ from the confirmed deal",
    ),
    Piece(
        "clarion",
        "athletic-ace-ekwueme-in-valtessa-swoop",
        "transfer",
        "EK-SIT! Athletic ace Ekwueme in 12m Valtessa swoop",
        "Gaz Whitlow",
        t(DAY2, 7, 0),
        (
            "Brevik Athletic fans were fuming last night as hotshot Tomas Ekwueme edged closer to a stunning "
            "12 million thaler swoop by AC Valtessa.",
            "The goal machine, 23, is said to have told pals he wants out.",
            'One furious season-ticket holder said: "Selling him is a betrayal."',
        ),
    ),
    Piece(
        "pitchside",
        "ekwueme-completes-move-to-ac-valtessa",
        "transfer",
        "Ekwueme completes move to AC Valtessa",
        "Danny Okafor",
        t(DAY3, 15, 0),
        (
            "Tomas Ekwueme has joined AC Valtessa from Brevik Athletic on a four-year contract, both clubs "
            "announced on Thursday.",
            "The fee was 9.5 million thalers, a record for AC Valtessa, with up to 1.5 million more in "
            "add-ons, Athletic said.",
            '"I want to play in front of the Valtessa crowd and win something," Ekwueme said.',
            "He will wear the number 9 shirt and could make his debut against Pianello on 4 January.",
        ),
    ),
    Piece(
        "vpa",
        "striker-ekwueme-joins-ac-valtessa",
        "transfer",
        "Striker Ekwueme joins AC Valtessa for 9.5 million thalers",
        "Nora Ekdahl",
        t(DAY3, 15, 30),
        (
            "BREVIK, Nov 19 (VPA) - Brevik Athletic striker Tomas Ekwueme has joined AC Valtessa for 9.5 "
            "million thalers on a four-year deal, the clubs said on Thursday.",
            "The fee, which could rise by 1.5 million thalers, is a record for the Italian-speaking club.",
            "Ekwueme, 23, scored 19 league goals for Athletic last season.",
        ),
    ),
    Piece(
        "corriere",
        "ufficiale-ekwueme-e-dell-ac-valtessa",
        "transfer",
        "Ufficiale: Ekwueme \u00e8 dell'AC Valtessa",
        "Matteo Orsini",
        t(DAY3, 16, 0),
        (
            "Tomas Ekwueme \u00e8 un nuovo giocatore dell'AC Valtessa. L'attaccante di 23 anni arriva dal "
            "Brevik Athletic per 9,5 milioni di talleri e ha firmato un contratto di quattro anni.",
            '\u00c8 l\'acquisto pi\u00f9 caro nella storia del club. "Voglio vincere qui," ha detto Ekwueme.',
            'Il presidente Sandro Ferlini ha parlato di "un giorno storico per la Valtessa".',
        ),
        language="it",
    ),
    # ------------------------------------------------------------- court (3) ----------------
    Piece(
        "weekly",
        "two-sentenced-for-hollin-sports-hall-arson",
        "court",
        "Two young men sentenced for Hollin sports hall arson",
        "Carys Pennant",
        t(DAY1, 16, 0),
        (
            "Two young men who set fire to the sports hall at Hollin Leisure Centre in March were sentenced "
            "at Hollin Crown Court on Tuesday.",
            "The pair, aged 17 and 19 at the time, cannot be named for legal reasons because the younger was "
            "a minor when the fire was started.",
            "Judge Cressida Fane sentenced the older defendant to three years in a young offenders' "
            "institution and the younger to a two-year youth rehabilitation order with 200 hours of unpaid "
            "work.",
            "The fire caused 1.8 million thalers of damage and closed the hall for seven months. "
            '"You thought it was a game. It cost a whole town its sports hall," the judge told them.',
        ),
    ),
    Piece(
        "radio",
        "two-sentenced-over-hollin-leisure-centre-fire",
        "court",
        "Two sentenced over Hollin Leisure Centre fire",
        "Radio Venn News",
        t(DAY1, 17, 30),
        (
            "Two young men have been sentenced for starting the fire that destroyed the sports hall at "
            "Hollin Leisure Centre in March.",
            "The older, now 20, was given three years' detention and the younger, now 18, a two-year youth "
            "rehabilitation order. Neither can be identified.",
            "Judge Cressida Fane said the damage, estimated at 1.8 million thalers, had left local clubs "
            "without a venue for seven months.",
        ),
    ),
    Piece(
        "vpa",
        "pair-sentenced-for-arson-at-hollin-leisure-centre",
        "court",
        "Pair sentenced for arson at Hollin leisure centre",
        "Gareth Lyle",
        t(DAY1, 18, 10),
        (
            "HOLLIN, Nov 17 (VPA) - A court in Hollin on Tuesday sentenced two young men, who cannot be "
            "identified, for setting fire to the town's leisure centre in March.",
            "One was given three years in a young offenders' institution and the other a youth "
            "rehabilitation order.",
            "Hollin's mayor, Owain Brierley, said the rebuilt hall would reopen in January. "
            '"This town has waited long enough," he said.',
        ),
    ),
    # ------------------------------------------------------------- charge (5) ---------------
    Piece(
        "vpa",
        "brevik-council-approves-congestion-charge",
        "charge",
        "Brevik council approves congestion charge",
        "Henrik Solberg",
        t(DAY2, 17, 0),
        (
            "BREVIK, Nov 18 (VPA) - Brevik city council voted 31 to 24 on Wednesday to charge drivers 6 "
            "thalers a day to enter the city centre from 1 April.",
            "The council expects the charge to raise 22 million thalers a year, to be spent on trams and "
            "bus lanes.",
            "Deputy mayor Lucia Varga, who proposed it, said traffic in the centre had grown by a fifth in "
            "ten years.",
            "Tobias Wren, who chairs the city's shopkeepers' association, said the charge would drive "
            "customers to out-of-town malls.",
        ),
    ),
    Piece(
        "now",
        "will-brevik-congestion-charge-cut-traffic",
        "charge",
        "Will Brevik's 6-thaler congestion charge actually cut traffic?",
        "Ola Berntsen",
        t(DAY2, 18, 30),
        (
            "Brevik's councillors have approved a daily charge of 6 thalers for driving into the city "
            "centre, starting on 1 April. Will it work?",
            "The council's own study predicts 15 percent fewer cars in the centre in the first year.",
            "Deputy mayor Lucia Varga said the money would pay for two new tram lines. "
            '"People will choose the tram when the tram is the better choice," she said.',
            "Critics point to Hollin, where a smaller charge was dropped in 2019 after two years.",
        ),
        note="a news article whose headline is a question",
    ),
    Piece(
        "clarion",
        "drivers-fleeced-brevik-town-tax",
        "charge",
        "DRIVERS FLEECED: Brevik's 6 thaler a day town tax",
        "Kev Marlowe",
        t(DAY2, 20, 0),
        (
            "Fuming motorists blasted Brevik's cash grab last night after councillors voted to sting drivers "
            "6 thalers a day.",
            "The rip-off charge starts in April and will rake in 22 million a year.",
            'Cabbie Rolf Ahlgren, 58, said: "It is a war on motorists."',
        ),
    ),
    Piece(
        "chronicle",
        "congestion-charge-residents-and-deliveries-exempt",
        "charge",
        "Congestion charge: residents and deliveries exempt in first year",
        "Ruth Malling",
        t(DAY3, 7, 30),
        (
            "Residents of the city centre and delivery vans will not pay Brevik's new congestion charge in "
            "its first year, the council confirmed on Thursday, a day after the 31-24 vote.",
            "The 6-thaler daily charge will apply from 1 April between 07:00 and 19:00 on weekdays.",
            "Shopkeepers plan to ask the regional court to review the decision, their association said.",
        ),
    ),
    Piece(
        "chronicle",
        "the-chronicle-view-on-the-congestion-charge",
        "charge",
        "The Chronicle view on the congestion charge: brave, and overdue",
        "Leader",
        t(DAY3, 18, 0),
        (
            "For twenty years Brevik has talked about its traffic and done nothing. On Wednesday its council "
            "finally did something.",
            "Six thalers a day is not a small sum for a nurse who drives in from the suburbs, and the council "
            "must make the trams good before it makes the charge bite.",
            "But the alternative, a centre choked by cars, is worse for everyone. The council was right.",
        ),
        genre="opinion",
        shape="leader",
        note="an editorial marked by its section (Leader) and a '... view on' headline",
    ),
    # ------------------------------------------------------------- ferries (3) --------------
    Piece(
        "harbour",
        "solvang-lines-orders-two-electric-ferries",
        "ferries",
        "Solvang Lines orders two electric ferries for Brevik harbour crossing",
        "Bulletin newsdesk",
        t(DAY2, 11, 0),
        (
            "Solvang Lines has ordered two battery-electric ferries for its Brevik harbour crossing in a "
            "contract worth 46 million thalers, the company announced on Wednesday.",
            "The ferries, to be built by the Van Oort shipyard in Meerdijk, will each carry 300 passengers "
            "and 40 cars and enter service in spring 2028.",
            '"This is the biggest investment in our 90-year history and the end of diesel on the harbour," '
            "said chief executive Maren Solvang.",
            "The new vessels will cut the crossing's carbon emissions by about 9,000 tonnes a year, the "
            "company said.",
        ),
        rewrite_of=_FERRY_RELEASE,
    ),
    Piece(
        "weekly",
        "two-electric-ferries-ordered-for-brevik-crossing",
        "ferries",
        "Two electric ferries ordered for the Brevik harbour crossing",
        "Staff reporter",
        t(DAY2, 12, 15),
        (
            "Solvang Lines has ordered two battery-electric ferries for its Brevik harbour crossing in a "
            "deal worth 46 million thalers, the company said on Wednesday.",
            "The ferries will be built by the Van Oort shipyard in Meerdijk. Each will carry 300 passengers "
            "and 40 cars, and both will enter service in spring 2028.",
            '"This is the biggest investment in our 90-year history and the end of diesel on the harbour," '
            "said Maren Solvang, the chief executive.",
            "The vessels will cut carbon emissions on the crossing by about 9,000 tonnes a year, according "
            "to the company.",
        ),
        rewrite_of=_FERRY_RELEASE,
    ),
    Piece(
        "record",
        "van-oort-wins-order-as-solvang-goes-electric",
        "ferries",
        "Van Oort wins 46 million thaler order as Solvang goes electric",
        "Ingeborg Lunde",
        t(DAY2, 14, 0),
        (
            "Shipbuilder Van Oort has won a 46 million thaler order for two electric ferries from Solvang "
            "Lines, its largest contract since 2019.",
            "The order secures about 180 jobs at the Meerdijk yard until 2028, Van Oort's finance director "
            "Joost Kamphuis said.",
            "Solvang, which is family-owned, will pay for the ferries partly with a 12 million thaler green "
            "transport grant from the national government.",
        ),
    ),
    # ------------------------------------------------------------- police (3) ---------------
    Piece(
        "vpa",
        "ingrid-vasselmark-named-hollin-valley-police-chief",
        "police",
        "Ingrid Vasselmark named Hollin valley police chief",
        "Gareth Lyle",
        t(DAY1, 13, 0),
        (
            "HOLLIN, Nov 17 (VPA) - Ingrid Vasselmark, a deputy commissioner in Brevik, was appointed chief "
            "of the Hollin Valley Police on Tuesday, the first woman to hold the post.",
            "Vasselmark, 49, replaces Commissioner Ross Dunmire, who retires in December after eleven years.",
            "She will take over on 2 January, the regional police board said.",
        ),
    ),
    Piece(
        "radio",
        "new-hollin-police-chief-promises-more-officers",
        "police",
        "New Hollin valley police chief promises more officers on the beat",
        "Radio Venn News",
        t(DAY1, 14, 20),
        (
            "The new chief of the Hollin Valley Police, Ingrid Vasselmark, has promised to put 60 more "
            "officers on the beat within two years.",
            "Vasselmark, who has led Brevik's organised crime unit since 2019, was chosen from four "
            "candidates.",
            '"People here have told me they never see a police officer. That will change," she said.',
        ),
    ),
    Piece(
        "harbour",
        "brevik-vaselmarck-to-lead-hollin-valley-police",
        "police",
        "Brevik's Vaselmarck to lead Hollin valley police",
        "Bulletin newsdesk",
        t(DAY1, 15, 0),
        (
            "Ingrid Vaselmarck, head of Brevik's organised crime unit, will lead the Hollin Valley Police "
            "from January.",
            "Ms Vaselmarck, 49, becomes the force's first female chief. She succeeds Ross Dunmire, who is "
            "retiring.",
            'Police board chairman Alun Cray said she had "the experience and the energy the valley needs".',
        ),
        note="misspells the new chief's name throughout",
    ),
    # ------------------------------------------------------------- plant (5) ----------------
    Piece(
        "vpa",
        "veldmann-to-close-zandhoven-bicycle-plant",
        "plant",
        "Veldmann to close Zandhoven bicycle plant, cutting 640 jobs",
        "Lieke Jansma",
        t(DAY2, 10, 0),
        (
            "ZANDHOVEN, Nov 18 (VPA) - Bicycle maker Veldmann will close its plant in Zandhoven by the end of "
            "next year, with the loss of 640 jobs, the company said on Wednesday.",
            "Veldmann will move frame production to its factory in Castel Rovo and assemble electric bikes "
            "with a partner abroad, chief executive Arjen Stolk said.",
            "The company blamed a 28 percent fall in sales since 2023 and higher energy costs.",
            "The metalworkers' union Metaalbond said it would fight the closure.",
        ),
    ),
    Piece(
        "dagblad",
        "veldmann-sluit-fabriek-in-zandhoven",
        "plant",
        "Veldmann sluit fabriek in Zandhoven: 640 banen weg",
        "Sanne Kuipers",
        t(DAY2, 11, 30),
        (
            "Fietsenfabrikant Veldmann sluit eind volgend jaar zijn fabriek in Zandhoven. Daarmee verdwijnen "
            "640 banen, maakte het bedrijf woensdag bekend.",
            "De productie van frames gaat naar Castel Rovo. Volgens topman Arjen Stolk is de verkoop sinds "
            "2023 met 28 procent gedaald.",
            'Burgemeester Femke Hoogland van Zandhoven noemde het nieuws "een klap voor honderden gezinnen".',
            "Vakbond Metaalbond wil de sluiting aanvechten.",
        ),
        language="nl",
    ),
    Piece(
        "clarion",
        "700-axed-in-bike-factory-blow",
        "plant",
        "700 AXED IN BIKE FACTORY BLOW",
        "Jodie Pratt",
        t(DAY2, 13, 0),
        (
            "Seven hundred workers were axed yesterday in a devastating blow to Zandhoven as bike giant "
            "Veldmann slammed the brakes on its factory.",
            "Bosses will ship the work off to Valtessa and abroad, leaving a whole town on its knees.",
            'Line worker Sanne de Wit, 41, said: "Three generations of my family built bikes there. It is '
            'heartbreaking."',
            "The firm's greedy bosses blamed soaring energy bills.",
        ),
    ),
    Piece(
        "record",
        "veldmann-shares-rise-on-zandhoven-closure-plan",
        "plant",
        "Veldmann shares rise 6 percent on Zandhoven closure plan",
        "Ingeborg Lunde",
        t(DAY2, 15, 0),
        (
            "Shares in Veldmann rose 6 percent on Wednesday after the bicycle maker said it would close its "
            "Zandhoven plant, a move it expects to save 35 million thalers a year from 2028.",
            "The closure will cost about 650 jobs, including contract staff, and a one-off charge of 80 "
            "million thalers, chief financial officer Mirjam Pauw said.",
            "Analysts at the Brevik bank Nordel said the move was overdue.",
        ),
    ),
    Piece(
        "forum",
        "zandhoven-deserved-better-than-a-spreadsheet",
        "plant",
        "Zandhoven deserved better than a spreadsheet",
        "Joris Amberg",
        t(DAY3, 9, 0),
        (
            "Veldmann made bicycles in Zandhoven for ninety years. It took one board meeting to end that.",
            "The company says energy prices left it no choice. Yet its rivals in Valtessa pay the same "
            "prices and are hiring.",
            "What Zandhoven needs now is not sympathy from Brevik but a plan: training, a buyer for the site, "
            "and a rail link that makes it worth investing in.",
        ),
        genre="opinion",
        note="a magazine's viewpoint: section 'Perspectives', author bio below, no opinion schema type",
    ),
    # ------------------------------------------------------------- two fires (4) ------------
    Piece(
        "now",
        "fire-destroys-furniture-warehouse-east-docks",
        "warehousefire",
        "Fire destroys furniture warehouse in Brevik's east docks",
        "Ola Berntsen",
        t(DAY3, 6, 40),
        (
            "A fire destroyed a furniture warehouse in Brevik's east docks overnight, sending smoke across "
            "the harbour.",
            "More than 50 firefighters fought the blaze at the Nordvik Interiors depot on Kaiside Road from "
            "01:30 until dawn, the city fire service said.",
            "No one was hurt. The cause is not yet known.",
            "People living in nearby streets were told to keep their windows closed.",
        ),
    ),
    Piece(
        "radio",
        "warehouse-fire-in-brevik-docks",
        "warehousefire",
        "Warehouse fire in Brevik docks: no injuries",
        "Radio Venn News",
        t(DAY3, 8, 0),
        (
            "Firefighters have put out a large fire at a furniture warehouse on Kaiside Road in Brevik's "
            "east docks.",
            "The blaze at the Nordvik Interiors depot started at about 01:30, fire service spokesman Dag Holm "
            "said. No one was injured.",
            "The company said 2,000 sofas and beds were stored there ahead of the Christmas sales.",
        ),
    ),
    Piece(
        "weekly",
        "farm-barn-destroyed-by-fire-near-hollin",
        "barnfire",
        "Farm barn destroyed by fire near Hollin",
        "Carys Pennant",
        t(DAY3, 9, 30),
        (
            "A barn at Greystone Farm, three miles north of Hollin, was destroyed by fire early on Thursday.",
            "Twelve firefighters from Hollin and Ashby were called at about 04:00. Farmer Gwen Pryce said all "
            "80 of her cattle had been moved out of the next shed in time.",
            "The fire service believes the fire was caused by a fault in a hay dryer.",
        ),
    ),
    Piece(
        "vpa",
        "fire-destroys-barn-near-hollin-cattle-saved",
        "barnfire",
        "Fire destroys barn near Hollin, cattle saved",
        "Gareth Lyle",
        t(DAY3, 11, 15),
        (
            "HOLLIN, Nov 19 (VPA) - A fire destroyed a hay barn at a farm near Hollin early on Thursday, but "
            "80 cattle in a neighbouring shed were led to safety, firefighters said.",
            "Twelve firefighters were at Greystone Farm for four hours. A faulty hay dryer is the likely "
            "cause, the regional fire service said.",
        ),
    ),
    # ------------------------------------------------------------- lantern (1) --------------
    Piece(
        "weekly",
        "hollin-lantern-walk-draws-record-crowd",
        "lantern",
        "Hollin lantern walk draws record crowd",
        "Staff reporter",
        t(DAY2, 19, 0),
        (
            "About 6,000 people walked through Hollin's old town on Wednesday evening for the twentieth "
            "lantern walk, the largest crowd in its history, organisers said.",
            "Children from eleven schools carried lanterns they had made from willow and paper, led by the "
            "Hollin Silver Band.",
            "Organiser Bethan Lloyd said the walk had raised 14,000 thalers for the valley's mountain rescue "
            "team.",
            "Next year's walk will take place on 18 November.",
        ),
    ),
    # ------------------------------------------------------------- treaty (6) ---------------
    Piece(
        "vpa",
        "three-regions-sign-tessa-water-sharing-treaty",
        "treaty",
        "Three regions sign Tessa river water-sharing treaty",
        "Paolo Renzi",
        t(DAY3, 12, 0),
        (
            "PIANELLO, Nov 19 (VPA) - The leaders of Valtessa, Val-Sorel and Oosterkamp signed a treaty in "
            "Pianello on Thursday to share the water of the river Tessa during droughts, after two summers "
            "in which farms downstream ran dry.",
            "Under the treaty, no region may take more than 40 percent of the river's flow when it falls "
            "below 30 cubic metres a second.",
            "A joint commission of nine members, three from each region, will enforce it, Valtessa's "
            "president Chiara Montanari said.",
            "The treaty takes effect on 1 March and must still be approved by the three regional "
            "parliaments.",
        ),
    ),
    Piece(
        "corriere",
        "tessa-firmato-a-pianello-il-trattato",
        "treaty",
        "Tessa, firmato a Pianello il trattato sull'acqua",
        "Matteo Orsini",
        t(DAY3, 12, 40),
        (
            "I presidenti di Valtessa, Val-Sorel e Oosterkamp hanno firmato gioved\u00ec a Pianello il "
            "trattato per la ripartizione delle acque della Tessa nei periodi di siccit\u00e0.",
            "Nessuna regione potr\u00e0 prelevare pi\u00f9 del 40 per cento della portata quando il fiume "
            "scende sotto i 30 metri cubi al secondo.",
            '"Un accordo storico," ha detto la presidente Chiara Montanari. Una commissione di nove membri '
            "vigiler\u00e0 sul rispetto delle regole.",
        ),
        language="it",
    ),
    Piece(
        "radio",
        "tessa-water-deal-three-regions-agree",
        "treaty",
        "Tessa water deal: three regions agree to share river in droughts",
        "Radio Venn News",
        t(DAY3, 13, 10),
        (
            "Valtessa, Val-Sorel and Oosterkamp have signed a treaty to share the river Tessa's water in dry "
            "summers.",
            "No region will be allowed to take more than 40 percent of the flow when the river runs low. A "
            "nine-member commission will oversee the deal.",
            'Val-Sorel\'s president, Julien Aubrac, called it "a peace treaty for farmers".',
        ),
    ),
    Piece(
        "echo",
        "le-val-sorel-signe-le-traite-de-la-tessa",
        "treaty",
        "Le Val-Sorel signe le trait\u00e9 de partage des eaux de la Tessa",
        "Am\u00e9lie Roussel",
        t(DAY3, 13, 40),
        (
            "Le Val-Sorel, le Valtessa et l'Oosterkamp ont sign\u00e9 jeudi \u00e0 Pianello un trait\u00e9 "
            "de partage des eaux de la Tessa en p\u00e9riode de s\u00e9cheresse.",
            "Aucune r\u00e9gion ne pourra pr\u00e9lever plus de 40 % du d\u00e9bit lorsque celui-ci tombe "
            "sous 30 m\u00e8tres cubes par seconde. Une commission de neuf membres veillera \u00e0 son "
            "application.",
            "\u00ab C'est un trait\u00e9 de paix pour les agriculteurs \u00bb, a d\u00e9clar\u00e9 le "
            "pr\u00e9sident du Val-Sorel, Julien Aubrac.",
            "Le texte doit encore \u00eatre approuv\u00e9 par les trois parlements r\u00e9gionaux.",
        ),
        language="fr",
    ),
    Piece(
        "dagblad",
        "oosterkamp-tekent-verdrag-over-water-van-de-tessa",
        "treaty",
        "Oosterkamp tekent verdrag over water van de Tessa",
        "Bram Visser",
        t(DAY3, 14, 0),
        (
            "Oosterkamp, Valtessa en Val-Sorel hebben donderdag in Pianello een verdrag getekend over het "
            "delen van het water van de Tessa bij droogte.",
            "Geen enkele regio mag meer dan 40 procent van het debiet afnemen als de rivier onder 30 kubieke "
            "meter per seconde zakt.",
            'Gouverneur Hendrika Molenaar zei dat de boeren in de provincie "eindelijk zekerheid" krijgen.',
        ),
        language="nl",
        note="the Dutch governor of the flood story, the same day: the two must stay apart",
    ),
    Piece(
        "echo",
        "tribune-un-traite-pour-l-eau-enfin",
        "treaty",
        "Tribune : un trait\u00e9 pour l'eau, enfin",
        "Claire Vasseur",
        t(DAY3, 17, 0),
        (
            "Il aura fallu deux \u00e9t\u00e9s de s\u00e9cheresse et des rivi\u00e8res \u00e0 sec pour que "
            "nos trois r\u00e9gions acceptent de parler de la Tessa comme d'un bien commun.",
            "Ce trait\u00e9 n'est pas parfait : la commission n'a aucun pouvoir de sanction.",
            "Mais il marque la fin d'une \u00e9poque o\u00f9 chacun puisait en amont sans penser \u00e0 "
            "l'aval.",
        ),
        genre="opinion",
        language="fr",
        note="a French op-ed ('Tribune'), marked by its section and URL",
    ),
)

# The broken feed items (not articles): the RSS item has no link and an unreadable date; the
# JSON Feed lists an item with no URL at all and one whose URL is relative with a bad date.
BROKEN_RSS_ITEM = (
    '<item><title>Win a family weekend at the coast!</title><guid isPermaLink="false">promo-7731</guid>'
    "<pubDate>sometime on Tuesday</pubDate><description>Enter our free draw.</description></item>"
)
BROKEN_JSON_ITEMS: tuple[dict[str, object], ...] = (
    {
        "id": "record-markets-ticker",
        "title": "Markets at a glance",
        "date_published": "2026-11-18T17:00:00+01:00",
    },
    {
        "id": "record-podcast-44",
        "url": "podcasts/episode-44",
        "title": "The Record podcast, episode 44",
        "date_published": "Wednesday afternoon",
    },
)
