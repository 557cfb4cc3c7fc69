"""The fourth audit newsroom's content: outlets, events and the articles each outlet ran.

A held-out set (fourteenth session), written from scratch and never used to tune plainwire:
the Republic of Aveland, its capital Carrow and the county town Westmere, the German-speaking
Hochwald (Tannried), the Spanish-speaking Costa Serena (San Telmo), the Portuguese-speaking
Vale do Miro (Porto Lumiar) and the Swedish-speaking Norrsund (Hällvik), their people, firms,
clubs and events are invented. Nothing is copied or paraphrased from real news or from the
development data sets.

It tests the fault classes the third newsroom found with other surface forms (other words,
layouts and languages: German, Spanish, Portuguese, Swedish): a status raised over days (an
avalanche danger level), a loan rumour replaced by a permanent transfer, an editor's note
whose page kept the wrong figure, a tabloid's report of a tram derailment with another
figure, a name written without its umlaut, two rewrites of one press release, a figure and a
name only a later article gives. Kinds neither earlier set has: a live blog updated in place,
a concert postponed after it was announced, a ferry fare raised and then revised, an arrest
that becomes a charge, two events in one town on one day, two people with one surname in the
news on one day, an article also listed under its AMP URL, a teaser whose page answers 403, a
reader-comments section, windows-1252 pages, an Atom feed with relative links and an RSS feed
whose titles carry escaped entities. Dates: 3 to 5 November 2026 (UTC).

Plain data only (no I/O); ``newsroom4_render.py`` turns it into pages and feeds.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsroom_pages import OutletSpec, Piece

DAY1, DAY2, DAY3 = 3, 4, 5  # November 2026 (Tuesday to Thursday)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    # A wire: "CARROW, Nov 3 (APN) —" opens each report, "(Writing by ...)" ends it.
    OutletSpec("apn", "Aveland Press Network", "rss", "wire", "add"),
    # A tabloid whose RSS titles carry escaped entities; its pages have reader comments.
    OutletSpec("blaze", "The Carrow Blaze", "rss-entities", "tabloid", "add"),
    # A broadsheet: Guardian-like URLs (/commentisfree/ for opinion), reader comments under
    # every article, one article also listed under its AMP URL in the feed.
    OutletSpec("gazette", "The Carrow Gazette", "rss-amp", "broadsheet", "opml"),
    # A broadcaster (found from its homepage) with a live blog.
    OutletSpec("avb", "Aveland Broadcasting", "atom", "broadcaster", "add-home"),
    # A business paper: "Analysis:" titles under /opinion/, one teaser whose page answers 403.
    OutletSpec("ledger", "The Aveland Ledger", "jsonfeed", "business", "add"),
    # German-language, Atom feed with links relative to the feed, /meinung/ for opinion.
    OutletSpec(
        "tagblatt", "Hochwälder Tagblatt", "atom-relative", "german", "opml", language="de", utc_offset=1
    ),
    # Spanish-language, windows-1252 pages (declared in the header and a meta tag).
    OutletSpec("diario", "Diario de Costa Serena", "rss", "regional", "opml", language="es", utc_offset=1),
    OutletSpec("folha", "Folha do Vale", "jsonfeed", "portuguese", "opml", language="pt"),
    OutletSpec("posten", "Norrsundsposten", "rss", "swedish", "opml", language="sv", utc_offset=1),
    OutletSpec("westmere", "Westmere Echo", "rss", "local", "opml"),
    OutletSpec("touchline", "Touchline", "rss", "sports", "opml"),
    OutletSpec("today", "Carrow Today", "jsonfeed", "digital", "opml"),
    # A weekly review: "Editorial:" and "Letters:" titles under /opinion/.
    OutletSpec("review", "The Aveland Review", "atom", "magazine", "opml"),
)

EVENTS: dict[str, str] = {
    "avalanche": "Hochwald avalanche danger raised from level 3 to 4 to 5; Tannried cut off (live blog)",
    "concert": "Aveland Symphony Orchestra's Old Exchange Hall concert announced, then postponed",
    "ferryfare": "Nordlink raises the Carrow-Hällvik fare to 44 crowns, then revises it to 41",
    "robbery": "Jewellery shop robbery: a man arrested, then charged, then remanded",
    "transfer": "Striker Mateo Arruda: a loan rumour, then a permanent move to Real Alcor",
    "waitlist": "St Brannock's Hospital waiting list (an editor's note: 4,900, not 9,400)",
    "tram": "Line 4 tram derails at Halden Square (tabloid says 10 hurt, others six)",
    "cmo": "Dr Anneliese Brückner named chief medical officer (one outlet drops the umlaut)",
    "bakery": "Halvorsen Foods bakery in Kelsby (two rewrites of one press release)",
    "bridge": "Ponte Velha at Porto Lumiar closed after a barge strike (cost and inspector later)",
    "museum": "Westmere Museum reopens (same town, same day as the boil-water notice)",
    "boilwater": "Westmere boil-water notice after a treatment-works fault",
    "budget": "Mayor Renata Castellane's Carrow budget (editorial, opinion, a 403 teaser)",
    "slalom": "Jonas Castellane wins a World Cup giant slalom (same surname as the mayor)",
    "coach": "Coach crash near San Telmo: three dead, then five (Spanish, Portuguese)",
}

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "white death",
    "killer",
    "nightmare",
    "horror",
    "terror",
    "smash",
    "smashed",
    "ploughed",
    "runaway",
    "carnage",
    "chaos",
    "screaming",
    "bloodied",
    "bungling",
    "fat cats",
    "robbing",
    "daylight robbery",
    "swindle",
    "greedy",
    "thug",
    "brazen",
    "mayhem",
    "bombshell",
    "hammer",
    "savage",
    "heartless",
)

# What a reader needs from each story (any one alternative of a tuple counts): the latest
# status and figures, the names, the outcome.
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "avalanche": (
        ("level 5", "5 of 5", "Stufe 5", "highest level", "highest on the scale", "very high"),
        ("Tannried",),
        ("2,300", "2.300"),
        ("Kessjoch",),
        ("Eschbach",),
    ),
    "concert": (
        ("postponed", "verschoben"),
        ("20 March",),
        ("Old Exchange Hall",),
        ("heating", "boiler"),
        ("Harwood",),
    ),
    "ferryfare": (("41 crowns", "41 kronor"), ("Nordlink",), ("Hällvik",), ("1 February", "February")),
    "robbery": (
        ("charged",),
        ("Dorian Pell", "Pell"),
        ("Amsel & Rowe", "Amsel and Rowe"),
        ("remanded", "in custody"),
        ("7 January",),
    ),
    "transfer": (
        ("Arruda",),
        ("Real Alcor",),
        ("6.5 million", "6,5 millones"),
        ("2030",),
        ("permanent", "signed"),
    ),
    "waitlist": (
        ("4,900",),
        ("St Brannock",),
        ("hip and knee", "hip or knee"),
        ("Oduya",),
    ),
    "tram": (
        ("Halden Square",),
        ("six people", "Six people", "6 people"),
        ("Line 4",),
        ("points",),
    ),
    "cmo": (("Brückner",), ("chief medical officer",), ("Ashdown",), ("Tannried",)),
    "bakery": (("Halvorsen",), ("Kelsby",), ("90 jobs", "90 new jobs", "90 people"), ("8 million",)),
    "bridge": (
        ("Ponte Velha",),
        ("Porto Lumiar",),
        ("barge",),
        ("4.2 million",),
        ("six weeks",),
        ("Damasceno",),
    ),
    "museum": (("Westmere Museum",), ("lace",), ("3.4 million",)),
    "boilwater": (("boil",), ("Westmere",), ("Friday",), ("Cressbrook",)),
    "budget": (
        ("Castellane",),
        ("1.84 billion",),
        ("4.5 percent",),
        ("60 million",),
        ("libraries", "library"),
    ),
    "slalom": (("Jonas Castellane", "Castellane"), ("giant slalom", "Riesenslalom"), ("Val Brunet",)),
    "coach": (
        ("San Telmo",),
        ("five people", "Five people", "five passengers", "five of the", "to five", "five dead"),
        ("Vale do Miro",),
        ("Costa Serena",),
    ),
}
# Facts only one article gives (a later report, or a name one outlet has): the page must not
# lose them. (They are also among KEY_FACTS; this list names the ones a single source carries.)
SINGLE_SOURCE: dict[str, tuple[tuple[str, ...], ...]] = {
    "bridge": (("4.2 million",), ("Damasceno",)),
    "waitlist": (("Oduya",),),
    "concert": (("heating", "boiler"),),
    "robbery": (("7 January",),),
}
# Figures and statuses a later report replaced (or the tabloid's outlier): the page should not
# give them as current fact, least of all in its headline.
SUPERSEDED: dict[str, tuple[str, ...]] = {
    "avalanche": ("level 3", "considerable", "Stufe 3"),
    "ferryfare": ("44 crowns", "44 kronor", "16 percent"),
    "transfer": ("on loan", "loan deal", "season-long loan", "2 million crowns"),
    "waitlist": ("9,400",),
    "tram": ("10 hurt", "ten people", "10 people", "ten injured"),
    "coach": ("three people died", "three dead", "3 dead", "three people were killed", "tres muertos"),
    "robbery": ("on suspicion of", "being questioned", "has not been named"),
    "concert": ("will perform", "will play", "go ahead"),
}
# The status each event ended with: the page must give it and no sentence may state the one
# it replaced. kind: what a stale page tells a reader.
STATUS: dict[str, dict[str, object]] = {
    "concert": {
        "kind": "cancelled_shown_as_going_ahead",
        "latest": ("postponed", "called off", "will not go ahead"),
        "stale": ("will perform", "will play", "tickets are still available", "go ahead as planned"),
    },
    "robbery": {
        "kind": "suspect_status_stale",
        "latest": ("charged",),
        "stale": ("on suspicion of", "being questioned", "has not been named", "not been charged"),
    },
    "avalanche": {
        "kind": "status_level_stale",
        "latest": ("level 5", "5 of 5", "Stufe 5", "highest level", "highest on the scale", "very high"),
        "stale": ("level 3", "considerable", "Stufe 3"),
    },
    "ferryfare": {
        "kind": "price_stale",
        "latest": ("41 crowns", "41 kronor"),
        "stale": ("44 crowns", "44 kronor", "16 percent"),
    },
    "transfer": {
        "kind": "deal_terms_stale",
        "latest": ("6.5 million", "permanent"),
        "stale": ("on loan", "loan deal", "season-long loan", "2 million crowns"),
    },
}
# An editor's note: the corrected figure on the page, the wrong one nowhere on it.
CORRECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "waitlist": (("9,400",), ("4,900",)),
}
# How this set's correction notices open (none says "Correction" or "an earlier version").
NOTICE_PATTERNS = (r"\bEditor's note\b", r"\bThis (?:story|article) (?:was|has been) (?:amended|updated)\b")
# A name one outlet got wrong: the misspelling must not reach the page.
MISSPELT: dict[str, tuple[str, ...]] = {"cmo": ("Bruckner", "Brueckner", "Annaliese")}
# Events that share a day, a place, a person's surname or a subject but are different stories.
APART: tuple[tuple[str, str], ...] = (
    ("museum", "boilwater"),  # Westmere, Wednesday morning
    ("budget", "slalom"),  # two Castellanes on Wednesday
    ("avalanche", "slalom"),  # snow and skiing, a Hochwald paper on both
    ("avalanche", "cmo"),  # Tannried, the German paper
    ("tram", "budget"),  # the budget pays for tram track renewal
    ("bakery", "museum"),  # two pieces of county news from the same local paper
)
# Currencies: a fare and a fee are two facts, not one figure counted twice.
EXTRA_UNITS = ("crowns", "kronor")
NEWSROOM = 4  # (the audit runs the second and third sets' checks and this set's own)
TABLOID = ("blaze",)  # the outlet whose sentences must not carry a several-outlet page
# How the text would name an outlet ("told the Gazette", "(APN)").
OUTLET_SHORT = ("APN", "Blaze", "Gazette", "Ledger", "Echo", "Touchline", "Review", "Tagblatt", "Folha")

# One press release, rewritten by two outlets (near, not exact, copies).
_BAKERY_RELEASE = "halvorsen-kelsby-bakery"

# Live-blog entries are "HH:MM|text", oldest first; the page shows them newest first.
_LIVE_DAY1 = (
    "2026-11-03T14:00|The Aveland Weather Service has put the Hochwald at avalanche danger level 3 of 5 "
    "after 70 centimetres of fresh snow fell on the high passes overnight.",
    "2026-11-03T16:20|Police have closed the Kessjoch road between Tannried and Oberkessel as a "
    "precaution. Drivers are being turned back at the Kessbrücke junction.",
    "2026-11-03T19:30|Forecasters say a further metre of snow could fall by Thursday, with strong "
    "westerly winds building drifts on north-facing slopes.",
)
_LIVE_LATER = (
    "2026-11-04T07:45|The weather service has raised the avalanche danger level to 4 of 5 across the "
    "Hochwald. Ski lifts above Tannried will stay shut today.",
    "2026-11-04T15:10|A slide has buried 200 metres of the valley road below Tannried. No one was on "
    "the road at the time, the mountain rescue service said.",
    "2026-11-05T06:30|The danger level is now 5 of 5, the highest on the scale, for the first time since "
    "2019. Tannried is cut off by road.",
    "2026-11-05T08:15|Tannried's mayor Florian Eschbach says about 2,300 visitors and 1,100 residents are "
    "in the village. Food and heating oil will last at least a week, he said.",
)


PIECES: tuple[Piece, ...] = (
    # ------------------------------------------------------------- avalanche (5) -------------
    Piece(
        "apn",
        "hochwald-avalanche-danger-level-3",
        "avalanche",
        "Avalanche danger 'considerable' in the Hochwald after heavy snow",
        "Greta Lindauer",
        t(DAY1, 10, 5),
        (
            "TANNRIED, Nov 3 (APN) — The Aveland Weather Service set the avalanche danger in the Hochwald "
            "mountains at level 3 of 5, or considerable, on Tuesday after 70 centimetres of snow fell on "
            "the high passes overnight.",
            "Chief forecaster Maren Tolk said more snow and strong winds were expected until Thursday. "
            '"Off-piste skiing is a bad idea this week," Tolk said.',
            "Police closed the Kessjoch road between Tannried and Oberkessel as a precaution.",
            "(Writing by Greta Lindauer; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "avb",
        "hochwald-avalanche-live",
        "avalanche",
        "Hochwald avalanche warning: live updates",
        "Aveland Broadcasting",
        t(DAY1, 14, 0),
        _LIVE_DAY1[::-1],
        shape="live",
        revised=t(DAY3, 8, 20),
        revised_title="Hochwald avalanche danger at highest level, Tannried cut off: live",
        revised_paragraphs=(_LIVE_DAY1 + _LIVE_LATER)[::-1],
        revised_fact="2,300 visitors",
        note="a live blog (newest entry first) updated in place over three days",
    ),
    Piece(
        "blaze",
        "white-death-fears-hochwald",
        "avalanche",
        'WHITE DEATH FEARS: Tourists "trapped" as killer snow buries Hochwald roads',
        "Shane Colley",
        t(DAY2, 11, 0),
        (
            "Terrified holidaymakers fear being trapped in the Hochwald after killer snow buried mountain "
            "roads and forecasters warned of more avalanches.",
            "The danger was raised to level 4 yesterday as the Kessjoch road lay under metres of snow.",
            'Dad-of-two Reuben Farr, 39, from Carrow, said: "It is a total nightmare. Nobody is telling '
            'us anything."',
        ),
    ),
    Piece(
        "tagblatt",
        "lawinenwarnstufe-5-tannried-abgeschnitten",
        "avalanche",
        "Lawinenwarnstufe 5: Tannried ist von der Außenwelt abgeschnitten",
        "Katrin Oberhuber",
        t(DAY3, 9, 30),
        (
            "Der Wetterdienst von Aveland hat am Donnerstag für den Hochwald die Lawinenwarnstufe 5 "
            "ausgerufen, die höchste Stufe. Tannried ist seit dem Morgen auf der Straße nicht mehr "
            "erreichbar.",
            "Bürgermeister Florian Eschbach sagte, im Ort seien rund 2.300 Gäste und 1.100 Einwohner. "
            '"Wir haben Lebensmittel und Heizöl für mindestens eine Woche", sagte Eschbach.',
            "Die Kessjoch-Straße bleibt gesperrt. Die Bergrettung fliegt Kranke mit dem Hubschrauber aus.",
        ),
        language="de",
    ),
    Piece(
        "ledger",
        "analysis-hochwald-avalanche-tourism",
        "avalanche",
        "Analysis: The Hochwald's ski towns cannot keep betting on one road",
        "Ewan Maddox",
        t(DAY3, 15, 0),
        (
            "Every few winters the Kessjoch road closes and Tannried's hotels lose a week of trade. This "
            "week's level-5 warning shows how exposed the valley's economy has become.",
            "The case for a tunnel has been made and shelved three times since 2004. Its price, now put at "
            "300 million crowns, looks less absurd each time the village is cut off.",
            "Insurers may force the question before politicians do.",
        ),
        genre="analysis",
        note="'Analysis:' prefix, /opinion/ section",
    ),
    Piece(
        "tagblatt",
        "kommentar-tannried-braucht-den-tunnel",
        "avalanche",
        "Kommentar: Tannried braucht den Tunnel, nicht noch ein Gutachten",
        "Lukas Pfaundler",
        t(DAY3, 17, 45),
        (
            "Wieder ist Tannried abgeschnitten, wieder sitzen Gäste und Einwohner im Tal fest. Wer jetzt "
            "noch ein Gutachten fordert, hat die letzten zwanzig Winter verschlafen.",
            "Der Tunnel unter dem Kessjoch ist teuer. Teurer ist es, jedes Jahr eine Woche lang ein ganzes "
            "Tal stillzulegen.",
        ),
        genre="opinion",
        language="de",
        note="a German comment ('Kommentar:'), under /meinung/",
    ),
    # ------------------------------------------------------------- concert (3) ---------------
    Piece(
        "gazette",
        "aveland-symphony-orchestra-old-exchange-hall-concert",
        "concert",
        "Aveland Symphony Orchestra to return to the Old Exchange Hall",
        "Imogen Tarrant",
        t(DAY1, 9, 0),
        (
            "The Aveland Symphony Orchestra will perform at Carrow's Old Exchange Hall on Saturday 7 "
            "November, its first concert there since the hall's restoration began in 2023.",
            "Conductor Ottilie Harwood will lead a programme of winter music by Aveland composers. All "
            "1,800 seats have been sold.",
            '"The hall sounds better than it ever did," Harwood said.',
        ),
    ),
    Piece(
        "today",
        "symphony-orchestra-returns-old-exchange-hall",
        "concert",
        "Orchestra's Old Exchange Hall homecoming sold out",
        "Carrow Today staff",
        t(DAY1, 13, 30),
        (
            "Tickets for Saturday's concert by the Aveland Symphony Orchestra at the Old Exchange Hall sold "
            "out within two days, the orchestra said.",
            "The 1,800-seat hall in Carrow reopened in September after a three-year restoration.",
            "The orchestra will play works by Aveland composers under conductor Ottilie Harwood.",
        ),
    ),
    Piece(
        "apn",
        "old-exchange-hall-concert-postponed",
        "concert",
        "Aveland Symphony Orchestra postpones Old Exchange Hall concert",
        "Nils Achterberg",
        t(DAY3, 11, 40),
        (
            "CARROW, Nov 5 (APN) — The Aveland Symphony Orchestra has postponed Saturday's concert at the "
            "Old Exchange Hall in Carrow to 20 March because the hall's new heating system has failed.",
            "Engineers found a fault in the boiler on Wednesday and could not promise to repair it in time, "
            "the orchestra's director Selwyn Abara said.",
            "Tickets remain valid for the new date. Ticket holders who cannot attend will be refunded.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
    ),
    # ------------------------------------------------------------- ferryfare (4) -------------
    Piece(
        "apn",
        "nordlink-raises-carrow-hallvik-fare",
        "ferryfare",
        "Nordlink to raise Carrow-Hällvik ferry fare to 44 crowns",
        "Nils Achterberg",
        t(DAY1, 8, 30),
        (
            "CARROW, Nov 3 (APN) — Nordlink Ferries will raise its single adult fare between Carrow and "
            "Hällvik from 38 to 44 crowns on 1 February, a rise of 16 percent, the company said on Tuesday.",
            "Chief executive Lars Ekdahl blamed fuel and port costs.",
            "About 900,000 passengers a year use the crossing, most of them from Norrsund.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "posten",
        "nordlink-hojer-priset-till-hallvik",
        "ferryfare",
        "Nordlink höjer priset på färjan Carrow–Hällvik till 44 kronor",
        "Ebba Sjöholm",
        t(DAY2, 7, 30),
        (
            "Nordlink höjer priset för en enkelresa för vuxna mellan Carrow och Hällvik från 38 till 44 "
            "kronor den 1 februari.",
            "Regionrådet i Norrsund kallar höjningen orimlig. Regionrådets ordförande Ingvar Dahlström "
            'säger att "pendlarna inte har något annat val".',
            "Nordlinks vd Lars Ekdahl säger att bränslet blivit dyrare.",
        ),
        language="sv",
    ),
    Piece(
        "avb",
        "nordlink-revises-fare-to-41-crowns",
        "ferryfare",
        "Nordlink cuts planned Carrow-Hällvik fare rise: ticket to cost 41 crowns",
        "Aveland Broadcasting",
        t(DAY3, 10, 0),
        (
            "Nordlink Ferries has scaled back its planned fare rise on the Carrow to Hällvik crossing. A "
            "single adult ticket will cost 41 crowns from 1 February, not the 44 crowns announced on Tuesday.",
            "The change followed a meeting with the Norrsund regional council on Wednesday evening.",
            "Nordlink's chief executive Lars Ekdahl said the company would also keep its commuter pass at "
            "the current price for a year.",
        ),
    ),
    Piece(
        "gazette",
        "letters-ferry-fares-norrsund",
        "ferryfare",
        "Letters: A ferry fare is not a luxury for Norrsund",
        "Gazette readers",
        t(DAY3, 18, 0),
        (
            "Nordlink's retreat from its fare rise is welcome, but 41 crowns is still more than many "
            "commuters from Hällvik can afford every day. — Britt Olander, Hällvik",
            "Those who chose to live on an island should not expect the mainland to pay for their crossing. "
            "— Desmond Cray, Carrow",
        ),
        genre="opinion",
        note="'Letters:' prefix, /commentisfree/ section",
    ),
    # ------------------------------------------------------------- robbery (3) ---------------
    Piece(
        "avb",
        "man-arrested-after-tarrant-street-jewellery-robbery",
        "robbery",
        "Man arrested after Tarrant Street jewellery shop robbery",
        "Aveland Broadcasting",
        t(DAY1, 12, 15),
        (
            "A 41-year-old man has been arrested on suspicion of robbery after a jewellery shop in Carrow's "
            "Tarrant Street was raided on Tuesday morning.",
            "Two staff at Amsel & Rowe were threatened with what appeared to be a handgun. Watches worth "
            "about 180,000 crowns were taken. No one was hurt.",
            "Detective Inspector Hollis Grange said the man was being questioned and had not been named.",
        ),
    ),
    Piece(
        "apn",
        "man-charged-over-amsel-rowe-robbery",
        "robbery",
        "Carrow man charged over Amsel & Rowe jewellery robbery",
        "Greta Lindauer",
        t(DAY2, 16, 10),
        (
            "CARROW, Nov 4 (APN) — Police charged Dorian Pell, 41, of Brackley Road, Carrow, on Wednesday with "
            "robbery and possession of an imitation firearm after Tuesday's raid on the Amsel & Rowe "
            "jewellery shop.",
            "Most of the watches taken have been recovered, Detective Inspector Hollis Grange said.",
            "(Writing by Greta Lindauer; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "gazette",
        "dorian-pell-remanded-amsel-rowe",
        "robbery",
        "Man accused of Amsel & Rowe robbery remanded in custody",
        "Imogen Tarrant",
        t(DAY3, 12, 30),
        (
            "Dorian Pell, 41, appeared at Carrow magistrates court on Thursday charged with robbery and "
            "possessing an imitation firearm. He did not enter a plea.",
            "District Judge Amara Quist remanded him in custody until 7 January, when he will appear at "
            "Carrow Crown Court.",
        ),
    ),
    # ------------------------------------------------------------- transfer (4) --------------
    Piece(
        "touchline",
        "real-alcor-want-arruda-on-loan",
        "transfer",
        "Real Alcor in talks to take Mateo Arruda on loan",
        "Dev Rourke",
        t(DAY1, 19, 0),
        (
            "Real Alcor are in talks with Carrow Rovers over a season-long loan for striker Mateo Arruda, "
            "Touchline understands.",
            "The Costa Serena club would pay a loan fee of 2 million crowns and cover the 24-year-old's wages.",
            "Arruda has scored nine goals this season but has started only four league games.",
        ),
    ),
    Piece(
        "apn",
        "arruda-joins-real-alcor",
        "transfer",
        "Mateo Arruda joins Real Alcor from Carrow Rovers",
        "Nils Achterberg",
        t(DAY3, 13, 0),
        (
            "CARROW, Nov 5 (APN) — Striker Mateo Arruda has joined Real Alcor from Carrow Rovers on a "
            "permanent transfer for 6.5 million crowns, the clubs said on Thursday.",
            "The 24-year-old signed a contract until June 2030 and will join his new club in January.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "touchline",
        "arruda-completes-permanent-move-to-real-alcor",
        "transfer",
        "Arruda completes permanent move to Real Alcor",
        "Dev Rourke",
        t(DAY3, 14, 10),
        (
            "Mateo Arruda has completed a permanent move to Real Alcor for 6.5 million crowns.",
            "Talks had begun over a loan, but Alcor's coach Rafael Soler wanted the striker for longer. "
            "Arruda signed until June 2030.",
            '"I want to play every week," Arruda said.',
        ),
    ),
    Piece(
        "diario",
        "arruda-ficha-por-el-real-alcor",
        "transfer",
        "Arruda ficha por el Real Alcor hasta 2030",
        "Lucía Ferrández",
        t(DAY3, 15, 30),
        (
            "El delantero Mateo Arruda ha fichado por el Real Alcor, procedente del Carrow Rovers, por 6,5 "
            "millones de coronas.",
            "El jugador, de 24 años, firmó un contrato hasta junio de 2030. “Quiero jugar cada semana”, dijo "
            "Arruda.",
            "El entrenador Rafael Soler pidió su fichaje en noviembre.",
        ),
        language="es",
    ),
    # ------------------------------------------------------------- waitlist (3) --------------
    Piece(
        "today",
        "st-brannocks-waiting-list",
        "waitlist",
        "9,400 patients wait over a year for surgery at St Brannock's",
        "Carrow Today staff",
        t(DAY1, 11, 0),
        (
            "More than 9,400 patients have waited over a year for hip and knee operations at St Brannock's "
            "Hospital in Carrow, figures published on Tuesday show.",
            "The hospital blamed a shortage of anaesthetists and the closure of two theatres for repairs.",
            "Patients' group Carrow Health Watch called the wait unacceptable.",
        ),
        revised=t(DAY2, 10, 0),
        revised_title="4,900 patients wait over a year for surgery at St Brannock's",
        revised_paragraphs=(
            "More than 4,900 patients have waited over a year for hip and knee operations at St Brannock's "
            "Hospital in Carrow, figures published on Tuesday show.",
            "The hospital blamed a shortage of anaesthetists and the closure of two theatres for repairs.",
            "Patients' group Carrow Health Watch called the wait unacceptable.",
            "Editor's note, 4 November: this story previously said 9,400 patients were waiting. The figure "
            "is 4,900.",
        ),
        revised_fact="more than 4,900 patients",
        note="corrected in place with an editor's note at the foot",
    ),
    Piece(
        "apn",
        "st-brannocks-waiting-times",
        "waitlist",
        "St Brannock's Hospital: 4,900 wait over a year for joint surgery",
        "Greta Lindauer",
        t(DAY1, 15, 0),
        (
            "CARROW, Nov 3 (APN) — About 4,900 patients at St Brannock's Hospital in Carrow have waited more "
            "than a year for hip or knee surgery, the hospital's annual figures showed on Tuesday.",
            "Two of its eight operating theatres have been closed since August for roof repairs.",
            "(Writing by Greta Lindauer; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "gazette",
        "st-brannocks-waiting-list-plan",
        "waitlist",
        "St Brannock's promises weekend surgery to cut waiting list",
        "Imogen Tarrant",
        t(DAY2, 14, 0),
        (
            "St Brannock's Hospital will run hip and knee operations on Saturdays from January to cut a "
            "waiting list of 4,900 patients who have waited more than a year.",
            'Chief executive Miriam Oduya said: "We expect the longest waits to halve by the summer."',
            "The two theatres closed for roof repairs will reopen in March.",
        ),
    ),
    # ------------------------------------------------------------- tram (4) ------------------
    Piece(
        "apn",
        "carrow-tram-derails-halden-square",
        "tram",
        "Six injured as Carrow tram derails at Halden Square",
        "Nils Achterberg",
        t(DAY2, 8, 50),
        (
            "CARROW, Nov 4 (APN) — Six people were injured, two of them seriously, when a Line 4 tram "
            "left the rails at Halden Square in central Carrow on Wednesday morning, the city's transport "
            "operator Carrow Metro said.",
            "The tram was carrying about 60 passengers. The cause is under investigation; a set of points "
            "is being examined.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "avb",
        "line-4-tram-derailment",
        "tram",
        "Line 4 tram derailment in Carrow: six taken to hospital",
        "Aveland Broadcasting",
        t(DAY2, 9, 30),
        (
            "Six people have been taken to hospital after a Line 4 tram derailed at Halden Square in Carrow "
            "during the morning rush hour.",
            "Two are seriously hurt, the ambulance service said. The other four have minor injuries.",
            "Carrow Metro's operations director Yusuf Brannagh said the tram appeared to have come off at a "
            "set of points. Line 4 will stay closed until Friday.",
        ),
    ),
    Piece(
        "gazette",
        "halden-square-tram-derailment-points",
        "tram",
        "Halden Square derailment: inspectors examine points",
        "Conall Webb",
        t(DAY2, 16, 0),
        (
            "Rail inspectors are examining a set of points at Halden Square after a Line 4 tram derailed "
            "there on Wednesday, injuring six people.",
            "The points were replaced in October, Carrow Metro said.",
            "Line 4 services between the Halden Square and Eastgate stops are replaced by buses.",
        ),
    ),
    Piece(
        "blaze",
        "tram-horror-halden-square",
        "tram",
        'TRAM HORROR: 10 hurt as runaway tram ploughs off rails in rush-hour "carnage"',
        "Shane Colley",
        t(DAY2, 12, 20),
        (
            "Screaming commuters were thrown across a packed tram as it ploughed off the rails in rush-hour "
            "carnage yesterday.",
            "At least 10 people were hurt when the runaway Line 4 tram smashed off the tracks at Halden "
            "Square.",
            'Shaken office worker Kayla Dunn, 27, said: "People were bloodied and crying. It was total chaos."',
            "Bungling Carrow Metro bosses refused to say why the tram crashed.",
        ),
        note="a one-outlet tabloid report: other words, another figure, a loaded headline",
    ),
    # ------------------------------------------------------------- cmo (3) -------------------
    Piece(
        "apn",
        "anneliese-bruckner-chief-medical-officer",
        "cmo",
        "Anneliese Brückner named Aveland's chief medical officer",
        "Greta Lindauer",
        t(DAY1, 9, 20),
        (
            "CARROW, Nov 3 (APN) — The health ministry named Dr Anneliese Brückner, a public health "
            "specialist from Tannried, as Aveland's chief medical officer on Tuesday.",
            "Brückner, 52, succeeds Dr Colm Ashdown, who retires in January after nine years.",
            "(Writing by Greta Lindauer; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "tagblatt",
        "anneliese-brueckner-wird-oberste-amtsaerztin",
        "cmo",
        "Tannrieder Ärztin Anneliese Brückner wird oberste Amtsärztin",
        "Katrin Oberhuber",
        t(DAY1, 11, 0),
        (
            "Die Tannrieder Ärztin Dr. Anneliese Brückner wird neue oberste Amtsärztin von Aveland. Das "
            "Gesundheitsministerium gab die Ernennung am Dienstag bekannt.",
            "Brückner, 52, folgt auf Dr. Colm Ashdown, der im Januar in den Ruhestand geht.",
            '"Ich will die Impfquote auf dem Land erhöhen", sagte Brückner.',
        ),
        language="de",
    ),
    Piece(
        "today",
        "new-chief-medical-officer-bruckner",
        "cmo",
        "New chief medical officer Dr Anneliese Bruckner wants more rural vaccination",
        "Carrow Today staff",
        t(DAY1, 14, 45),
        (
            "Aveland's new chief medical officer, Dr Anneliese Bruckner, said on Tuesday that raising "
            "vaccination rates in rural areas would be her first priority.",
            "Bruckner, who ran the Hochwald's public health service from Tannried, takes over from Dr Colm "
            "Ashdown in January.",
            '"Distance should not decide who is protected," Bruckner said.',
        ),
        note="the umlaut dropped (Bruckner for Brückner) all through",
    ),
    # ------------------------------------------------------------- bakery (3) ----------------
    Piece(
        "today",
        "halvorsen-foods-kelsby-bakery-90-jobs",
        "bakery",
        "Halvorsen Foods to open 90-job bakery in Kelsby",
        "Carrow Today staff",
        t(DAY2, 10, 30),
        (
            "Halvorsen Foods will open a new bakery in Kelsby next spring, creating 90 jobs, the company "
            "announced on Wednesday.",
            "The 8 million crown plant on the Kelsby Road industrial estate will make rye bread and crispbread "
            "for shops across Aveland.",
            'Managing director Sigrun Halvorsen said: "Kelsby has the skills and the space we need to grow."',
            "Recruitment will begin in February.",
        ),
        rewrite_of=_BAKERY_RELEASE,
    ),
    Piece(
        "westmere",
        "90-jobs-as-halvorsen-foods-opens-kelsby-bakery",
        "bakery",
        "90 new jobs as Halvorsen Foods opens bakery in Kelsby",
        "Echo reporter",
        t(DAY2, 12, 0),
        (
            "Halvorsen Foods is to open a new bakery in Kelsby next spring, creating 90 jobs, the company "
            "said on Wednesday.",
            "The 8 million crown plant on the Kelsby Road industrial estate will produce rye bread and "
            "crispbread for shops across Aveland.",
            'Managing director Sigrun Halvorsen said: "Kelsby has the skills and the space we need to grow."',
            "Recruitment starts in February.",
        ),
        rewrite_of=_BAKERY_RELEASE,
    ),
    Piece(
        "ledger",
        "halvorsen-foods-expands-kelsby",
        "bakery",
        "Halvorsen bets on crispbread exports with Kelsby plant",
        "Ewan Maddox",
        t(DAY2, 15, 20),
        (
            "Halvorsen Foods, the family-owned baker, is spending 8 million crowns on a plant in Kelsby as "
            "exports of its crispbread to Norrsund and beyond grow.",
            "Sales rose 11 percent last year to 140 million crowns. The company employs 420 people.",
            "Sigrun Halvorsen said the new site would double crispbread output by 2028.",
        ),
    ),
    # ------------------------------------------------------------- bridge (4) ----------------
    Piece(
        "avb",
        "ponte-velha-closed-after-barge-strike",
        "bridge",
        "Porto Lumiar's Ponte Velha closed after barge hits pier",
        "Aveland Broadcasting",
        t(DAY1, 7, 40),
        (
            "The Ponte Velha road bridge in Porto Lumiar has been closed after a gravel barge struck one of "
            "its piers on the river Miro overnight.",
            "No one was hurt. Traffic is being sent over the Ponte Nova, adding up to 30 minutes to journeys.",
            "Engineers will inspect the pier from a diving boat today.",
        ),
    ),
    Piece(
        "folha",
        "ponte-velha-fechada-apos-embate-de-barcaca",
        "bridge",
        "Ponte Velha fechada depois do embate de uma barcaça",
        "Inês Carvalhal",
        t(DAY1, 9, 0),
        (
            "A Ponte Velha, em Porto Lumiar, está fechada ao trânsito desde a madrugada de terça-feira, "
            "depois de uma barcaça carregada de cascalho ter embatido num dos pilares.",
            "Não há feridos. O trânsito segue pela Ponte Nova.",
            'O presidente da câmara, Vasco Teles, disse que "a segurança está primeiro".',
        ),
        language="pt",
    ),
    Piece(
        "apn",
        "porto-lumiar-bridge-closed",
        "bridge",
        "Porto Lumiar bridge shut after barge collision",
        "Nils Achterberg",
        t(DAY1, 12, 10),
        (
            "PORTO LUMIAR, Nov 3 (APN) — The Ponte Velha road bridge over the river Miro in Porto Lumiar was "
            "closed on Tuesday after a barge carrying gravel hit one of its piers overnight.",
            "Mayor Vasco Teles said the bridge, built in 1911, would stay shut until divers had checked the "
            "pier.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "apn",
        "ponte-velha-repairs-six-weeks",
        "bridge",
        "Porto Lumiar's Ponte Velha to stay shut six weeks for repairs",
        "Nils Achterberg",
        t(DAY2, 17, 30),
        (
            "PORTO LUMIAR, Nov 4 (APN) — Repairs to the Ponte Velha, the road bridge a barge struck on "
            "Tuesday, will take six weeks and cost about 4.2 million crowns, the region's chief bridge "
            "inspector Rui Damasceno said on Wednesday.",
            "Divers found a crack in the base of the pier. Pedestrians may use the bridge from next week.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
        note="the figure and the inspector's name only this later article gives",
    ),
    # ------------------------------------------------------------- museum (2) ----------------
    Piece(
        "westmere",
        "westmere-museum-reopens",
        "museum",
        "Westmere Museum reopens with new lace gallery",
        "Echo reporter",
        t(DAY2, 9, 0),
        (
            "Westmere Museum reopened on Wednesday after a two-year, 3.4 million crown renovation, with a "
            "new gallery on the town's lace-making history.",
            "Curator Hester Vane said the museum now has a lift and step-free access to every floor.",
            "Entry stays free. The museum is open Tuesday to Sunday.",
        ),
    ),
    Piece(
        "gazette",
        "westmere-museum-lace-gallery",
        "museum",
        "Lace, looms and a lift: Westmere Museum opens its doors again",
        "Conall Webb",
        t(DAY2, 13, 0),
        (
            "Westmere Museum has reopened after a 3.4 million crown renovation. Its new lace gallery shows "
            "400 pieces made in the town's workshops between 1820 and 1960.",
            '"Half of Westmere had a grandmother at a lace frame," curator Hester Vane said.',
        ),
    ),
    # ------------------------------------------------------------- boilwater (3) -------------
    Piece(
        "westmere",
        "boil-water-notice-westmere",
        "boilwater",
        "Boil water notice for Westmere homes",
        "Echo reporter",
        t(DAY2, 8, 15),
        (
            "About 14,000 homes in Westmere have been told to boil tap water before drinking it after a fault "
            "at the Cressbrook treatment works.",
            "Westmere Water said a filter failed overnight. The notice is expected to last until Friday.",
            "Bottled water is being handed out at the leisure centre and at Westmere Museum's car park.",
        ),
    ),
    Piece(
        "avb",
        "westmere-told-to-boil-water",
        "boilwater",
        "Westmere residents told to boil drinking water",
        "Aveland Broadcasting",
        t(DAY2, 10, 45),
        (
            "Residents of Westmere must boil tap water before drinking it until at least Friday, Westmere "
            "Water has said.",
            "A filter at the Cressbrook treatment works failed during the night. Water company spokesman "
            "Jared Pike said the risk was low but testing would take two days.",
        ),
    ),
    Piece(
        "today",
        "westmere-boil-water-notice-schools",
        "boilwater",
        "Westmere schools stay open despite boil-water notice",
        "Carrow Today staff",
        t(DAY2, 14, 0),
        (
            "Westmere's schools stayed open on Wednesday after the council delivered bottled water, despite "
            "a boil-water notice covering 14,000 homes.",
            "The notice follows a filter failure at the Cressbrook treatment works and should be lifted on "
            "Friday, Westmere Water said.",
        ),
    ),
    # ------------------------------------------------------------- budget (5) ----------------
    Piece(
        "apn",
        "carrow-budget-council-tax-rise",
        "budget",
        "Carrow mayor proposes 1.84 billion crown budget with 4.5 percent tax rise",
        "Greta Lindauer",
        t(DAY2, 11, 30),
        (
            "CARROW, Nov 4 (APN) — Carrow's mayor Renata Castellane proposed a 1.84 billion crown budget for "
            "2027 on Wednesday, with a 4.5 percent rise in council tax.",
            "The budget sets aside 60 million crowns to renew tram track and cuts opening hours at four of "
            "the city's 11 libraries.",
            "The council votes on 17 December.",
            "(Writing by Greta Lindauer; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "gazette",
        "renata-castellane-budget-libraries",
        "budget",
        "Castellane's budget: higher council tax, shorter library hours",
        "Conall Webb",
        t(DAY2, 15, 0),
        (
            "Mayor Renata Castellane has asked Carrow's council to approve a 4.5 percent council tax rise "
            "and shorter opening hours at four libraries in a 1.84 billion crown budget for next year.",
            "Castellane said the city had to find 60 million crowns for tram track renewal. "
            '"The track under Line 4 is older than I am," she said.',
            "Opposition leader Bram Okonjo said the libraries were being asked to pay for years of neglect.",
        ),
    ),
    Piece(
        "ledger",
        "carrow-budget-business-rates",
        "budget",
        "Carrow budget: what a 4.5 percent rise means for business",
        "Ewan Maddox",
        t(DAY2, 17, 0),
        (
            "Businesses in Carrow face higher rates from April under Mayor Renata Castellane's 1.84 billion "
            "crown budget.",
        ),
        shape="teaser",
        note="a teaser: the feed carries a summary, the page answers 403 (paywall)",
    ),
    Piece(
        "review",
        "editorial-carrow-budget",
        "budget",
        "Editorial: Carrow's budget fixes the trams and forgets the readers",
        "The Aveland Review",
        t(DAY3, 9, 0),
        (
            "Renata Castellane is right that Carrow's tram track cannot wait. She is wrong to make the "
            "libraries pay for it.",
            "Cutting hours at four branches saves less than a thousandth of the budget, and it falls on the "
            "people with the fewest other places to go.",
            "The council should pass the budget and send the library cuts back.",
        ),
        genre="opinion",
        note="'Editorial:' prefix, /opinion/ section",
    ),
    Piece(
        "gazette",
        "opinion-carrow-budget-council-tax",
        "budget",
        "Opinion | A 4.5 percent rise is the honest choice for Carrow",
        "Petra Lusk",
        t(DAY3, 10, 30),
        (
            "Nobody likes a tax rise, but Carrow has spent a decade pretending its tram network would mend "
            "itself.",
            "Castellane's budget at least admits the bill. Her critics should say which services they would "
            "cut instead.",
        ),
        genre="opinion",
        note="'Opinion |' prefix, /commentisfree/ section",
    ),
    # ------------------------------------------------------------- slalom (3) ----------------
    Piece(
        "apn",
        "jonas-castellane-wins-val-brunet-giant-slalom",
        "slalom",
        "Castellane wins World Cup giant slalom at Val Brunet",
        "Nils Achterberg",
        t(DAY2, 13, 20),
        (
            "VAL BRUNET, Nov 4 (APN) — Aveland's Jonas Castellane won the World Cup giant slalom at Val "
            "Brunet on Wednesday, his first World Cup win.",
            "The 23-year-old was 0.41 seconds faster than the leader after the first run.",
            "(Writing by Nils Achterberg; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "touchline",
        "jonas-castellane-first-world-cup-win",
        "slalom",
        "Jonas Castellane takes first World Cup win in Val Brunet giant slalom",
        "Mara Quigley",
        t(DAY2, 14, 0),
        (
            "Jonas Castellane won his first World Cup race in the giant slalom at Val Brunet, beating the "
            "overall leader by 0.41 seconds.",
            "The 23-year-old from Carrow, no relation to the city's mayor, said: \"I skied the second run "
            'without thinking."',
            "He is the first Aveland man to win a World Cup giant slalom since 2011.",
        ),
    ),
    Piece(
        "tagblatt",
        "castellane-gewinnt-riesenslalom",
        "slalom",
        "Castellane gewinnt den Riesenslalom von Val Brunet",
        "Lukas Pfaundler",
        t(DAY2, 15, 30),
        (
            "Jonas Castellane hat am Mittwoch den Riesenslalom von Val Brunet gewonnen, seinen ersten "
            "Weltcupsieg.",
            "Der 23-Jährige trainiert seit vier Jahren im Hochwald. Er lag am Ende 0,41 Sekunden vorn.",
        ),
        language="de",
    ),
    # ------------------------------------------------------------- coach (4) -----------------
    Piece(
        "diario",
        "accidente-de-autocar-cerca-de-san-telmo",
        "coach",
        "Tres muertos en un accidente de autocar cerca de San Telmo",
        "Lucía Ferrández",
        t(DAY1, 17, 30),
        (
            "Tres personas murieron y 21 resultaron heridas el martes cuando un autocar con jubilados del "
            "Vale do Miro se salió de la carretera de la costa cerca de San Telmo, en Costa Serena.",
            "El autocar cayó por un terraplén de unos ocho metros. Según la Guardia Regional, la carretera "
            "estaba mojada.",
            "El alcalde de San Telmo, Andrés Quiroga, decretó un día de luto.",
        ),
        language="es",
    ),
    Piece(
        "apn",
        "coach-crash-san-telmo-three-dead",
        "coach",
        "Three dead as coach leaves coast road near San Telmo",
        "Greta Lindauer",
        t(DAY1, 18, 10),
        (
            "SAN TELMO, Nov 3 (APN) — Three people died and 21 were injured on Tuesday when a coach carrying "
            "pensioners from the Vale do Miro left the coast road near San Telmo in Costa Serena, the "
            "regional police said.",
            "The coach fell about eight metres down an embankment. The road was wet, police said.",
            "(Writing by Greta Lindauer; Editing by Piers Wynne)",
        ),
    ),
    Piece(
        "avb",
        "san-telmo-coach-crash-death-toll-five",
        "coach",
        "San Telmo coach crash: death toll rises to five",
        "Aveland Broadcasting",
        t(DAY2, 9, 0),
        (
            "Two more passengers have died in hospital after Tuesday's coach crash near San Telmo, bringing "
            "the number of dead to five.",
            "The coach was taking 38 pensioners from the Vale do Miro on a week's holiday in Costa Serena. "
            "Fourteen people remain in hospital.",
            "Regional police said the driver, who was not injured, had been interviewed.",
        ),
    ),
    Piece(
        "folha",
        "acidente-em-san-telmo-cinco-mortos",
        "coach",
        "Acidente em San Telmo: sobe para cinco o número de mortos",
        "Inês Carvalhal",
        t(DAY2, 11, 0),
        (
            "Morreram mais dois passageiros do autocarro que se despistou na terça-feira perto de San Telmo. "
            "O acidente fez cinco mortos.",
            "Os 38 passageiros eram reformados do Vale do Miro. Catorze continuam internados.",
            "A câmara de Porto Lumiar decretou três dias de luto.",
        ),
        language="pt",
    ),
)
