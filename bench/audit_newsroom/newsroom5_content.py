"""The fifth audit newsroom's content: outlets, events and the articles each outlet ran.

A held-out set (fifteenth session), written from scratch and never used to tune plainwire:
the Republic of Marrenland, its capital and port Esker, the county town Lowfield, the
French-speaking Côte-Vermeil (Port-Aurèle), the Italian-speaking Alta Serrana (Roccafumo), the
Dutch-speaking Wadland (Brakkerveen), the Polish-speaking Lipnica Marreńska, the
Danish-speaking Østerlyng (Sønderlyng) and the Spanish-speaking Las Almenas (Puerto Cendal),
their people, firms, clubs and events are invented. Nothing is copied or paraphrased from real
news or from the development data sets.

It tests the fourth set's fault classes with other surface forms and other languages (French,
Italian, Dutch, Polish, Danish, Spanish): a warning raised from amber to red (orange/rouge,
oranje/rood), a strike called off after it was announced, an arrest that ends in release
without charge, a toll rise cut after it was announced, a rumoured order replaced by the signed
one, a tabloid report with an ALL-CAPS headline and vox pops, opinion labelled "Éditorial :",
"Il punto |" or only by schema.org metadata, a calm ice-hockey report full of "sudden death"
and "power play", inline furniture ("Advertisement", "Partner content", "Promoted:") and
datelines in six house styles. Kinds no earlier set has: an embargoed preview updated in place
into the result (new headline, new ``dateModified``), an outcome that reverses (a conviction
quashed on appeal, an election result annulled), a football score given at half-time and then
at full time, a recall whose list of products grows, a storm named in one language and
described in another, two events in one building on one day, a wire story run word for word
by four outlets under four headlines, an opinion piece whose URL says news and whose metadata
says OpinionNewsArticle, a "Live:" title, a podcast and a video page with little text, a
paywalled page that shows its first paragraph only, and pages in ISO-8859-2. Dates: 20 to 22
October 2026 (UTC).

Plain data only (no I/O); ``newsroom5_render.py`` turns it into pages and feeds.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsroom_pages import OutletSpec, Piece

DAY1, DAY2, DAY3 = 20, 21, 22  # October 2026 (Tuesday to Thursday)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    # A wire: "ESKER (MPA) –" opens each report, an editors' initials line ("mpa/hk/rs") ends it.
    OutletSpec("mpa", "Marren Press Agency", "rss", "wire", "add"),
    # A tabloid: ALL-CAPS headlines, "SEE ALSO >>" links in the body, a "Got a story?" box.
    OutletSpec("howl", "The Esker Howl", "rss", "tabloid", "add"),
    # A broadsheet: an "Advertisement" label between paragraphs, photo credits, a print line;
    # its columns sit under /news/ and say OpinionNewsArticle only in their JSON-LD.
    OutletSpec("standard", "The Esker Standard", "rss", "broadsheet", "opml"),
    # A broadcaster (found from its homepage): a live page, a video page.
    OutletSpec("mbc", "Marrenland Broadcasting Corporation", "atom", "broadcaster", "add-home"),
    # A business paper: a preview updated in place, a paywalled page showing one paragraph.
    OutletSpec("markets", "Marren Markets Daily", "jsonfeed", "business", "add"),
    # A county weekly: "Promoted:" boxes, a correction appended to an article.
    OutletSpec("mercury", "Brannoch Mercury", "jsonfeed", "county", "opml"),
    OutletSpec("clarion", "Lowfield Clarion", "rss", "local", "opml"),
    # A digital outlet with a podcast page.
    OutletSpec("now", "Esker Now", "atom", "digital", "opml"),
    OutletSpec("fulltime", "Full Time", "rss", "sports", "opml"),
    OutletSpec("courrier", "Le Courrier de la Côte", "atom", "french", "opml", language="fr", utc_offset=1),
    OutletSpec("voce", "La Voce di Roccafumo", "rss", "italian_daily", "opml", language="it", utc_offset=1),
    OutletSpec("krant", "Wadlander Krant", "jsonfeed", "dutch", "opml", language="nl", utc_offset=1),
    # Polish-language, pages in ISO-8859-2 (declared in the header and a meta tag).
    OutletSpec("gazeta", "Gazeta Lipnicka", "rss", "polish", "opml", language="pl", utc_offset=1),
    OutletSpec("avis", "Sønderlyng Avis", "atom", "danish", "opml", language="da", utc_offset=1),
    OutletSpec("faro", "El Faro de Cendal", "rss", "spanish", "opml", language="es", utc_offset=1),
)

EVENTS: dict[str, str] = {
    "storm": "Storm Bérangère: amber then red warning, power cuts 18,000 then 41,000 homes (live page)",
    "verdict": "Former Lipnica mayor Teodor Wąsik's bribery conviction quashed on appeal",
    "election": "Roccafumo mayoral run-off won by Chiara Montesi, then annulled by the electoral court",
    "football": "Cup quarter-final: Esker Rovers 2-0 up at half-time, Port Vessel win 3-2",
    "ratecut": "Bank of Marrenland: a preview expecting a hold, updated into a cut to 3.0 percent",
    "recall": "Brightfield Foods peanut recall: two products, then five",
    "jobfair": "Marrenland Jobs Fair at the Esker Exhibition Centre (visitor count corrected)",
    "dockers": "Esker dockers' strike called off after a vote at the Esker Exhibition Centre",
    "trains": "Northline orders trains from Kessler Works: rumoured 40, signed 52 (wire run by four outlets)",
    "hockey": "Sønderlyng Ravens reach the league final in sudden-death overtime",
    "theft": "Painting stolen from the Brakkerveen Stadsmuseum: a man arrested, then released without charge",
    "toll": "Cendal Bridge toll rise to 4.80 florins cut to 4.20",
    "prize": "Prix de la Côte for Roccafumo novelist Lucia Ferranti",
    "hospital": "Sønderlyng Hospital opens a cancer wing (same town, same day as the hockey final)",
}

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "bedlam",
    "pandemonium",
    "monster",
    "rips",
    "ripped",
    "battered",
    "lashed",
    "hell",
    "terrified",
    "flee",
    "choke",
    "choked",
    "bottle",
    "bottled",
    "meltdown",
    "disgrace",
    "gutless",
    "fume",
    "fuming",
    "humiliation",
    "shambles",
    "end of the world",
    "fat-cat",
    "greedy",
)
# Vox-pop quotes the tabloid printed: none may reach a page (they are one passer-by's words).
VOX_POPS = (
    "absolute pandemonium",
    "end of the world",
    "total disgrace",
    "Gutless",
    "roof was coming off",
)

# What a reader needs from each story (any one alternative of a tuple counts): the latest
# status and figures, the names, the outcome.
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "storm": (
        ("red warning", "vigilance rouge", "code rood", "red alert"),
        ("Bérangère", "Berangere"),
        ("41,000", "41 000", "41.000"),
        ("Port-Aurèle", "Port-Aurele"),
        ("Esker",),
    ),
    "verdict": (
        ("quashed", "overturned", "cleared", "uchylił"),
        ("Wąsik", "Wasik"),
        ("Lipnica",),
        ("recordings", "nagrania"),
    ),
    "election": (
        ("annul", "annull"),
        ("Montesi",),
        ("Roccafumo",),
        ("14 February", "14 febbraio"),
        ("Dellera",),
    ),
    "football": (("3-2", "2-3"), ("Port Vessel",), ("Esker Rovers", "Rovers"), ("Sefu",)),
    "ratecut": (
        ("3.0 percent", "3 percent"),
        ("Bank of Marrenland",),
        ("Varnhagen",),
        ("five votes to two", "5-2"),
    ),
    "recall": (
        ("five products", "fem produkter", "five items"),
        ("Brightfield",),
        ("peanut", "jordnødder"),
        ("muesli", "Muesli"),
    ),
    "jobfair": (("3,100",), ("Esker Exhibition Centre", "Exhibition Centre"), ("140 employers", "140")),
    "dockers": (
        ("called off", "call off"),
        ("78 percent",),
        ("5.5 percent",),
        ("Esker Exhibition Centre", "Exhibition Centre"),
    ),
    "trains": (
        ("52 trains", "52 new trains"),
        ("1.1 billion",),
        ("Kessler",),
        ("Northline",),
        ("Brakkerveen",),
    ),
    "hockey": (
        ("Sønderlyng", "Sonderlyng"),
        ("overtime", "sudden death", "sudden-death"),
        ("4-3",),
        ("Esker Eagles",),
    ),
    "theft": (
        ("released without charge", "released"),
        ("Herring Fleet at Dawn",),
        ("Stadsmuseum",),
        ("20,000",),
    ),
    "toll": (("4.20", "4,20"), ("Cendal",), ("January", "enero")),
    "prize": (("Ferranti",), ("Prix de la Côte", "Prix de la Cote"), ("Roccafumo",)),
    "hospital": (("Sønderlyng", "Sonderlyng"), ("48 beds", "48 senge"), ("210 million", "210 millioner")),
}
# Facts only one article gives (a later report, or a name one outlet has): the page must not lose them.
SINGLE_SOURCE: dict[str, tuple[tuple[str, ...], ...]] = {
    "verdict": (("600,000",),),
    "theft": (("20,000",),),
    "election": (("340",),),
    "recall": (("Kids' Snack Bites", "Snack Bites"),),
}
# Figures and statuses a later report replaced (or the tabloid's vox pops): the page should not
# give them as current fact, least of all in its headline.
SUPERSEDED: dict[str, tuple[str, ...]] = {
    "storm": ("amber warning", "vigilance orange", "code oranje", "18,000", "18 000", "18.000"),
    "verdict": (
        "is serving",
        "remains in prison",
        "behind bars",
        "odsiaduje",
        "appeal opens",
        "ruling is expected",
    ),
    "election": ("wins ", "won the run-off", "is the new mayor", "nuova sindaca", "vince "),
    "football": ("2-0 up", "two up", "lead Port Vessel", "two goals to the good"),
    "ratecut": ("expected to hold", "to keep its main rate", "hold rates", "hold its main rate"),
    "recall": ("two products", "two of its products", "recalls two", "recalling two", "both products"),
    "dockers": ("will strike", "strike will go ahead", "set to strike", "strike is still on"),
    "trains": ("40 trains", "900 million", "close to"),
    "theft": ("in custody", "being held", "aangehouden"),
    "toll": ("4.80", "4,80"),
}
# The status each event ended with: the page must give it and no sentence may state the one it
# replaced without it. kind: what a stale page tells a reader.
STATUS: dict[str, dict[str, object]] = {
    "storm": {
        "kind": "warning_level_stale",
        "latest": ("red warning", "vigilance rouge", "code rood", "red alert"),
        "stale": ("amber warning", "vigilance orange", "code oranje"),
    },
    "verdict": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": ("quashed", "overturned", "cleared", "uchylił", "freed"),
        "stale": (
            "is serving",
            "remains in prison",
            "behind bars",
            "odsiaduje",
            "appeal opens",
            "ruling is expected",
        ),
    },
    "election": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": ("annul", "rerun", "si rivota"),
        "stale": ("wins ", "won the run-off", "is the new mayor", "nuova sindaca", "vince "),
    },
    "theft": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": ("released", "vrijgelaten"),
        "stale": ("in custody", "being held", "aangehouden"),
    },
    "football": {
        "kind": "halftime_score_as_result",
        "latest": ("3-2", "2-3"),
        "stale": ("2-0 up", "two up", "lead Port Vessel", "two goals to the good"),
    },
    "ratecut": {
        "kind": "forecast_shown_as_outcome",
        "latest": ("3.0 percent", "cut"),
        "stale": ("expected to hold", "to keep its main rate", "hold rates", "hold its main rate"),
    },
    "recall": {
        "kind": "recall_list_stale",
        "latest": ("five products", "fem produkter", "five items"),
        "stale": ("two products", "two of its products", "recalls two", "recalling two", "both products"),
    },
    "dockers": {
        "kind": "cancelled_shown_as_going_ahead",
        "latest": ("called off", "call off"),
        "stale": ("will strike", "strike will go ahead", "set to strike", "strike is still on"),
    },
    "toll": {"kind": "price_stale", "latest": ("4.20", "4,20"), "stale": ("4.80", "4,80")},
    "trains": {
        "kind": "deal_terms_stale",
        "latest": ("52 trains", "52 new trains", "1.1 billion"),
        "stale": ("40 trains", "900 million"),
    },
}
# A correction appended to an article: the corrected figure on the page, the wrong one nowhere.
CORRECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {"jobfair": (("13,000",), ("3,100",))}
# How this set's correction opens (neither "Correction" nor "Editor's note").
NOTICE_PATTERNS = (r"\bAmended on\b", r"\boriginally (?:gave|said|stated)\b")
# Names one outlet got wrong: the misspelling must not reach the page.
MISSPELT: dict[str, tuple[str, ...]] = {"hospital": ("Kjaer",), "jobfair": ("Ashby-Cole",)}
# Events that share a building, a town, a day or a subject but are different stories.
APART: tuple[tuple[str, str], ...] = (
    ("jobfair", "dockers"),  # the Esker Exhibition Centre, Wednesday
    ("hockey", "hospital"),  # Sønderlyng, Thursday
    ("football", "hockey"),  # two sports results, one sports site
    ("ratecut", "trains"),  # Wednesday's business news, the same business paper
    ("verdict", "election"),  # two courts reversing an outcome
    ("theft", "trains"),  # Brakkerveen
)
EXTRA_UNITS = ("florins", "florines", "fiorini")
NEWSROOM = 5  # (the audit runs the second, third and fourth sets' checks and this set's own)
TABLOID = ("howl",)  # the outlet whose sentences must not carry a several-outlet page
# How the text would name an outlet ("told the Standard", "(MPA)").
OUTLET_SHORT = ("MPA", "Howl", "Standard", "MBC", "Markets Daily", "Mercury", "Clarion", "Courrier", "Krant")
# The syndicated wire text (run word for word by four outlets under their own headlines).
_TRAINS_WIRE = (
    "ESKER (MPA) – Northline Rail has signed a 1.1 billion florin order for 52 trains from Kessler "
    "Works in Brakkerveen, the two companies said on Wednesday, the largest rolling-stock order in "
    "Marrenland's history.",
    "The trains will replace Northline's oldest diesel fleet on the Esker-Lowfield line from 2029. "
    "Kessler said the order would secure 1,600 jobs at its Brakkerveen plant for six years.",
    '"This is the order that keeps our works busy until the next decade," Kessler chief executive '
    "Ruud Hoekstra said.",
    "mpa/hk/rs",
)
_RECALL_RELEASE = "brightfield-peanut-recall"

# Live-page entries are "ISO time|text", oldest first; the page shows them newest first.
_LIVE_DAY1 = (
    "2026-10-20T15:00|The Met Office has issued an amber warning for wind for the whole coast from Esker "
    "to Port-Aurèle, with gusts of up to 110 km/h expected tonight.",
    "2026-10-20T18:30|Forecasters in Côte-Vermeil have named the storm Berangere. Ferries between Esker "
    "and Port-Aurèle are cancelled until Thursday.",
    "2026-10-20T22:10|Power company Marren Grid says 18,000 homes are without electricity, most of them "
    "on the Esker peninsula.",
)
_LIVE_LATER = (
    "2026-10-21T06:40|The Met Office has raised its warning to red, the highest level, for the Esker "
    "coast until 18:00 today. People are told not to travel.",
    "2026-10-21T11:15|A 67-year-old man died when a tree fell on his car near Lowfield, police said.",
    "2026-10-21T16:50|Marren Grid now says 41,000 homes are without power. Engineers cannot reach some "
    "lines until the wind drops.",
    "2026-10-22T08:05|The red warning has ended. Marren Grid has restored power to 29,000 of the 41,000 "
    "homes cut off and expects to finish by Friday evening.",
)


PIECES: tuple[Piece, ...] = (
    # ------------------------------------------------------------- storm (7) ----------------
    Piece(
        "mpa",
        "storm-amber-warning-esker-coast",
        "storm",
        "Amber wind warning for Esker coast as Atlantic storm nears",
        "Hanne Kalvik",
        t(DAY1, 13, 10),
        (
            "ESKER (MPA) – The Met Office issued an amber warning for wind on Tuesday for the coast from "
            "Esker to Port-Aurèle as a deep Atlantic low moved in, with gusts of up to 110 km/h forecast "
            "overnight.",
            "Forecasters in Côte-Vermeil, where the storm will make landfall first, said they would name "
            'it later in the day. "Stay away from sea fronts tonight," Met Office forecaster Idris Penhale '
            "said.",
            "Ferry operator Esker Link cancelled all crossings to Port-Aurèle until Thursday.",
            "mpa/hk/rs",
        ),
    ),
    Piece(
        "mbc",
        "storm-berangere-live",
        "storm",
        "Live: Storm Berangere batters the Esker coast",
        "MBC News",
        t(DAY1, 15, 0),
        _LIVE_DAY1[::-1],
        shape="live",
        revised=t(DAY3, 8, 10),
        revised_title="Live: Red warning over as Storm Berangere leaves 41,000 homes without power",
        revised_paragraphs=(_LIVE_DAY1 + _LIVE_LATER)[::-1],
        revised_fact="29,000 of the 41,000",
        note="a live page titled 'Live:' (newest entry first), updated in place over three days",
    ),
    Piece(
        "courrier",
        "tempete-berangere-vigilance-rouge",
        "storm",
        "Tempête Bérangère : la Côte-Vermeil passe en vigilance rouge",
        "Élodie Marchetti",
        t(DAY2, 8, 30),
        (
            "Météo Côte-Vermeil a placé mercredi matin tout le littoral en vigilance rouge, le niveau le "
            "plus élevé, face à la tempête Bérangère. Des rafales de 130 km/h ont été mesurées à "
            "Port-Aurèle pendant la nuit.",
            "Selon le distributeur Marren Grid, 41 000 foyers étaient privés d'électricité mercredi sur "
            "les deux rives, dont 9 000 en Côte-Vermeil.",
            "« Nous n'avions pas vu un vent pareil depuis 1999 », a déclaré le maire de Port-Aurèle, "
            "Gaspard Lenoir.",
        ),
        language="fr",
    ),
    Piece(
        "krant",
        "zware-storm-kust-code-rood",
        "storm",
        "Code rood langs de kust: zware storm legt verkeer en stroom plat",
        "Joost van Dalsum",
        t(DAY2, 10, 45),
        (
            "Voor de hele kust van Esker tot Port-Aurèle geldt woensdag code rood. De zware najaarsstorm, "
            "die aan de Franstalige kant Bérangère is genoemd, bereikte 's nachts windkracht 11.",
            "Netbeheerder Marren Grid meldt dat 41.000 huishoudens zonder stroom zitten. De veerdienst "
            "tussen Esker en Port-Aurèle ligt tot donderdag stil.",
            "Bij Lowfield kwam een 67-jarige man om het leven toen een boom op zijn auto viel.",
        ),
        language="nl",
        note="the storm described ('de zware najaarsstorm') and its French name given once",
    ),
    Piece(
        "howl",
        "berangere-bedlam-esker",
        "storm",
        "BERANGERE BEDLAM: Families flee as monster storm rips through Esker",
        "Kieran Dobbs",
        t(DAY2, 12, 0),
        (
            "Terrified families fled their homes last night as monster Storm Berangere ripped through "
            "Esker, leaving thousands in the dark.",
            'Pensioner Doreen Malley, 71, said: "It was absolute pandemonium. I thought the roof was '
            'coming off."',
            'Cabbie Tariq Noon, 44, said: "It\'s like the end of the world out there."',
            "Forecasters slapped a red warning on the coast as gusts hit 130 km/h.",
        ),
        note="the tabloid's report, alone in its register (ALL-CAPS headline, vox pops)",
    ),
    Piece(
        "standard",
        "esker-sea-wall-gentler-century",
        "storm",
        "Esker's sea wall was built for a gentler century",
        "Maud Trevelyan",
        t(DAY3, 7, 30),
        (
            "Every storm that closes the Esker seafront is called exceptional. Bérangère was the third "
            "exceptional storm in four winters, and the sea wall it overtopped was finished in 1958.",
            "The city has a plan to raise the wall by a metre. It has had that plan since 2011. What it "
            "lacks is the 190 million florins, and the nerve to ask for them.",
            "The next red warning will not wait for the budget cycle.",
        ),
        genre="opinion",
        shape="opinion-meta",
        note="a column under /news/ whose only opinion mark is its OpinionNewsArticle JSON-LD",
    ),
    Piece(
        "courrier",
        "editorial-berangere-prix-imprevoyance",
        "storm",
        "Éditorial : Bérangère, ou le prix de l'imprévoyance",
        "Le Courrier de la Côte",
        t(DAY3, 6, 0),
        (
            "Il aura fallu une nuit de vigilance rouge pour rappeler ce que chacun savait : la digue de "
            "Port-Aurèle ne protège plus la ville.",
            "Les études existent, les devis aussi. Ce qui manque, c'est la volonté de payer avant la "
            "catastrophe plutôt qu'après.",
        ),
        genre="opinion",
        language="fr",
        note="a French editorial ('Éditorial :'), a photo caption before its text",
    ),
    # ------------------------------------------------------------- verdict (4) --------------
    Piece(
        "mpa",
        "wasik-appeal-opens",
        "verdict",
        "Former Lipnica mayor Wąsik's bribery appeal opens in Esker",
        "Dorota Kallas",
        t(DAY1, 11, 20),
        (
            "ESKER (MPA) – The appeal of Teodor Wąsik, the former mayor of Lipnica Marreńska convicted in "
            "May of taking 240,000 florins in bribes, opened at the Court of Appeal in Esker on Tuesday.",
            "Wąsik, who is serving a four-year sentence, says the secret recordings used against him were "
            "made without a warrant. His lawyer, Renata Sowa, asked the court to rule them inadmissible.",
            "A ruling is expected on Wednesday.",
            "mpa/dk/rs",
        ),
    ),
    Piece(
        "gazeta",
        "ruszyla-apelacja-wasika",
        "verdict",
        "Ruszyła apelacja byłego burmistrza Wąsika",
        "Małgorzata Żurek",
        t(DAY1, 13, 40),
        (
            "Przed Sądem Apelacyjnym w Esker ruszył we wtorek proces apelacyjny Teodora Wąsika, byłego "
            "burmistrza Lipnicy Marreńskiej, który odsiaduje wyrok czterech lat więzienia za przyjęcie "
            "240 tys. florenów łapówek.",
            "Obrona twierdzi, że nagrania, na których oparto wyrok, zostały zrobione bez zgody sądu. "
            "Wyrok ma zapaść w środę.",
        ),
        language="pl",
    ),
    Piece(
        "standard",
        "wasik-conviction-quashed",
        "verdict",
        "Court of Appeal quashes Wąsik bribery conviction",
        "Felix Oduro",
        t(DAY2, 14, 30),
        (
            "The Court of Appeal in Esker quashed the bribery conviction of Teodor Wąsik, the former mayor "
            "of Lipnica Marreńska, on Wednesday and ordered his release.",
            "The three judges ruled that the recordings at the heart of the prosecution had been made "
            "without a warrant and should never have been heard by the jury. Without them, presiding judge "
            "Amara Lund said, the case could not stand.",
            "Wąsik, 58, left Harwick prison in the afternoon. Prosecutors said they would decide within 30 "
            "days whether to go to the Supreme Court.",
        ),
    ),
    Piece(
        "gazeta",
        "sad-uchylil-wyrok-wasik",
        "verdict",
        "Sąd apelacyjny uchylił wyrok wobec Teodora Wąsika",
        "Małgorzata Żurek",
        t(DAY2, 15, 10),
        (
            "Sąd Apelacyjny w Esker uchylił w środę wyrok skazujący byłego burmistrza Lipnicy Marreńskiej "
            "Teodora Wąsika za przyjęcie łapówek. Wąsik wyszedł na wolność jeszcze tego samego dnia.",
            "Według sędziów nagrania, na których opierało się oskarżenie, zostały zrobione bez nakazu "
            "sądu. „To dzień, na który czekałem siedem miesięcy” – powiedział Wąsik przed więzieniem.",
            "Prokuratura ma 30 dni na złożenie skargi do Sądu Najwyższego.",
        ),
        language="pl",
    ),
    Piece(
        "mbc",
        "wasik-compensation-claim",
        "verdict",
        "Cleared ex-mayor Wąsik to claim compensation for seven months in prison",
        "MBC News",
        t(DAY3, 10, 0),
        (
            "Teodor Wąsik, whose bribery conviction was quashed on Wednesday, will claim 600,000 florins in "
            "compensation for the seven months he spent in prison, his lawyer said.",
            'Renata Sowa said her client had lost "his office, his reputation and his health". The Justice '
            "Ministry said it would examine any claim.",
        ),
    ),
    # ------------------------------------------------------------- election (5) -------------
    Piece(
        "voce",
        "montesi-vince-ballottaggio",
        "election",
        "Chiara Montesi vince il ballottaggio: è la nuova sindaca di Roccafumo",
        "Pietro Alberti",
        t(DAY1, 9, 0),
        (
            "Chiara Montesi è la nuova sindaca di Roccafumo. Al ballottaggio di domenica ha ottenuto "
            "6.418 voti contro i 6.206 del sindaco uscente Franco Dellera, uno scarto di 212 voti.",
            "L'affluenza è stata del 61 per cento. Dellera ha chiesto il riconteggio delle schede del "
            "seggio di Santa Rita.",
        ),
        language="it",
    ),
    Piece(
        "mpa",
        "montesi-wins-roccafumo-run-off",
        "election",
        "Montesi wins Roccafumo mayoral run-off by 212 votes",
        "Luca Brenner",
        t(DAY1, 10, 30),
        (
            "ROCCAFUMO (MPA) – Chiara Montesi won Sunday's mayoral run-off in Roccafumo by 212 votes, "
            "ending the 10-year tenure of mayor Franco Dellera, official results showed on Tuesday.",
            "Montesi, 44, a school head, took 6,418 votes to Dellera's 6,206. Dellera said he would ask for "
            "a recount at one polling station.",
            "mpa/lb/rs",
        ),
    ),
    Piece(
        "voce",
        "tribunale-annulla-ballottaggio",
        "election",
        "Il Tribunale elettorale annulla il ballottaggio: a Roccafumo si rivota il 14 febbraio",
        "Pietro Alberti",
        t(DAY3, 11, 0),
        (
            "Il Tribunale elettorale di Alta Serrana ha annullato giovedì il ballottaggio di Roccafumo. Si "
            "rivota il 14 febbraio.",
            "Nel seggio di Santa Rita sono state trovate 340 schede in un'urna non sigillata, più del "
            "margine di 212 voti con cui Chiara Montesi aveva battuto Franco Dellera.",
            "Fino al nuovo voto il comune sarà guidato da un commissario.",
        ),
        language="it",
    ),
    Piece(
        "mpa",
        "court-annuls-roccafumo-result",
        "election",
        "Court annuls Roccafumo mayoral result, orders rerun on 14 February",
        "Luca Brenner",
        t(DAY3, 12, 15),
        (
            "ROCCAFUMO (MPA) – The Alta Serrana electoral court on Thursday annulled the result of "
            "Roccafumo's mayoral run-off, which Chiara Montesi had won by 212 votes, and ordered a rerun "
            "on 14 February.",
            "The court found an unsealed ballot box at one polling station holding more ballots than the "
            'winning margin. "We will win again," Montesi said.',
            "mpa/lb/rs",
        ),
    ),
    Piece(
        "voce",
        "il-punto-roccafumo-voto-pulito",
        "election",
        "Il punto | Roccafumo merita un voto pulito, non un altro ricorso",
        "Sara Guidotti",
        t(DAY3, 17, 0),
        (
            "Un'urna non sigillata non è un dettaglio tecnico. È il segno di un comune che da anni tratta "
            "le elezioni come una formalità.",
            "Chiunque vinca il 14 febbraio, la prima cosa da fare è chiedere scusa agli elettori.",
        ),
        genre="opinion",
        language="it",
        note="an Italian comment ('Il punto |')",
    ),
    # ------------------------------------------------------------- football (4) -------------
    Piece(
        "fulltime",
        "rovers-two-up-at-the-break",
        "football",
        "Rovers two up at the break against Port Vessel",
        "Callum Reid",
        t(DAY2, 20, 40),
        (
            "Esker Rovers lead Port Vessel 2-0 at half-time in the Marrenland Cup quarter-final at "
            "Harbour Park.",
            "Jonah Okafor headed the first after 12 minutes and Elias Lindqvist added a second from the "
            "penalty spot on 38 minutes.",
            "Port Vessel have not had a shot on target.",
        ),
        note="the half-time score, reported before the final one",
    ),
    Piece(
        "fulltime",
        "port-vessel-stun-rovers",
        "football",
        "Port Vessel come from two down to beat Rovers 3-2 and reach the semi-finals",
        "Callum Reid",
        t(DAY2, 21, 50),
        (
            "Port Vessel scored three times in the second half to beat Esker Rovers 3-2 in the Marrenland "
            "Cup quarter-final at Harbour Park.",
            "Rovers led 2-0 at half-time through Jonah Okafor and Elias Lindqvist. Dean Brannigan scored "
            "twice for Port Vessel after the break, and substitute Kofi Sefu won it in the 89th minute.",
            '"At half-time I told them nobody remembers a quarter-final you lose quietly," Port Vessel '
            "manager Alys Morgan said.",
        ),
    ),
    Piece(
        "mbc",
        "watch-sefu-winner-port-vessel",
        "football",
        "Watch: Sefu's late winner sends Port Vessel into the cup semi-finals",
        "MBC Sport",
        t(DAY2, 22, 30),
        ("Kofi Sefu scores in the 89th minute as Port Vessel beat Esker Rovers 3-2.",),
        shape="video",
        note="a video page: a player and one sentence",
    ),
    Piece(
        "howl",
        "rovers-choke",
        "football",
        "ROVERS CHOKE! Fans fuming as Esker blow two-goal lead",
        "Wes Gantry",
        t(DAY3, 8, 0),
        (
            "Esker Rovers bottled it in spectacular style last night, throwing away a two-goal lead to "
            "crash out of the cup 3-2 to Port Vessel.",
            'Season-ticket holder Gary Pell, 52, said: "That was a total disgrace. Gutless."',
            "Boss Ivo Marsh, under fire after a fourth defeat in six games, refused to blame his players.",
        ),
    ),
    # ------------------------------------------------------------- ratecut (4) --------------
    Piece(
        "markets",
        "bank-of-marrenland-rate-decision",
        "ratecut",
        "Bank of Marrenland expected to hold rates at 3.25 percent",
        "Oskar Lindahl",
        t(DAY1, 21, 0),
        (
            "The Bank of Marrenland is expected to hold its main rate at 3.25 percent when it announces its "
            "decision at noon on Wednesday, according to 14 of 17 economists polled by the Markets Daily.",
            "Inflation fell to 2.1 percent in September, the lowest in three years, which has led some "
            "economists to argue for a cut.",
        ),
        revised=t(DAY2, 12, 10),
        revised_title="Bank of Marrenland cuts main rate to 3.0 percent, its first cut in two years",
        revised_paragraphs=(
            "The Bank of Marrenland cut its main interest rate to 3.0 percent from 3.25 percent on "
            "Wednesday, its first cut in two years, surprising most economists.",
            "The bank's rate committee voted five votes to two for the cut. Governor Ilse Varnhagen said "
            'inflation, at 2.1 percent in September, was "back where we want it".',
            "The florin fell 0.6 percent against the euro after the decision.",
        ),
        revised_fact="five votes to two",
        note="an embargoed preview updated in place into the result (new headline, new dateModified)",
    ),
    Piece(
        "mpa",
        "bank-of-marrenland-cuts-rates",
        "ratecut",
        "Bank of Marrenland cuts rates to 3.0 percent",
        "Hanne Kalvik",
        t(DAY2, 12, 5),
        (
            "ESKER (MPA) – The Bank of Marrenland lowered its main rate by a quarter point to 3.0 percent "
            "on Wednesday.",
            "Governor Ilse Varnhagen said two of the seven committee members had voted to hold. Mortgage "
            "lenders are expected to follow within weeks.",
            "mpa/hk/rs",
        ),
    ),
    Piece(
        "now",
        "money-minute-rate-cut-mortgages",
        "ratecut",
        "Money Minute podcast: what the rate cut means for your mortgage",
        "Esker Now",
        t(DAY2, 15, 0),
        ("Priya Nand and Tom Whitlow on the Bank of Marrenland's first cut in two years.",),
        shape="podcast",
        note="a podcast page: an audio player and one sentence",
    ),
    Piece(
        "markets",
        "lenders-pass-on-rate-cut",
        "ratecut",
        "Lenders race to pass on the Bank of Marrenland's cut",
        "Oskar Lindahl",
        t(DAY2, 16, 30),
        (
            "Three of Marrenland's five largest mortgage lenders said on Wednesday they would lower their "
            "variable rates by a quarter point from January, hours after the Bank of Marrenland cut its "
            "main rate to 3.0 percent.",
            "Harrow Mutual said its standard variable rate would fall to 5.15 percent. Union Bank and Esker "
            "Savings gave no date.",
            "Analysts said the cut would save a typical household about 30 florins a month.",
        ),
        shape="teaser",
        note="a paywalled page whose HTML holds the first paragraph only",
    ),
    # ------------------------------------------------------------- recall (4) ---------------
    Piece(
        "mercury",
        "brightfield-recalls-bars-peanuts",
        "recall",
        "Brightfield recalls cereal bars over undeclared peanuts",
        "Mercury reporter",
        t(DAY1, 14, 10),
        (
            "Lowfield food maker Brightfield Foods is recalling two products because they may contain "
            "peanuts that are not listed on the label.",
            "The products are Brightfield Oat & Honey Bars (6 x 35g) and Brightfield Apricot Crunch Bars "
            "(5 x 30g) with best-before dates up to June 2027.",
            "Customers with a peanut allergy should not eat them and can return them to any shop for a full "
            'refund. "We are sorry for any worry this causes," the company said.',
        ),
        rewrite_of=_RECALL_RELEASE,
    ),
    Piece(
        "clarion",
        "brightfield-cereal-bar-recall",
        "recall",
        "Peanut warning: Brightfield recalls two cereal bars",
        "Clarion newsdesk",
        t(DAY1, 15, 30),
        (
            "Brightfield Foods of Lowfield is recalling two of its products because they may contain "
            "peanuts not listed on the label.",
            "The recall covers Brightfield Oat & Honey Bars (6 x 35g) and Brightfield Apricot Crunch Bars "
            "(5 x 30g) with best-before dates up to June 2027.",
            "People with a peanut allergy should not eat them and can take them back to any shop for a "
            'full refund. "We are sorry for any worry this causes," Brightfield said.',
        ),
        rewrite_of=_RECALL_RELEASE,
    ),
    Piece(
        "mpa",
        "brightfield-widens-recall",
        "recall",
        "Brightfield widens peanut recall to five products",
        "Dorota Kallas",
        t(DAY2, 9, 40),
        (
            "LOWFIELD (MPA) – Brightfield Foods widened its peanut recall to five products on Wednesday "
            "after tests found traces in three more lines made on the same production line.",
            "Brightfield Morning Muesli (750g), Brightfield Kids' Snack Bites and Brightfield Honey Granola "
            "were added to the Oat & Honey and Apricot Crunch bars recalled on Tuesday.",
            "The Food Standards Office said two people had reported mild allergic reactions.",
            "mpa/dk/rs",
        ),
    ),
    Piece(
        "avis",
        "brightfield-tilbagekalder-fem-produkter",
        "recall",
        "Brightfield tilbagekalder nu fem produkter med jordnødder",
        "Mette Kragh",
        t(DAY3, 9, 15),
        (
            "Fødevarefirmaet Brightfield Foods har udvidet sin tilbagekaldelse til fem produkter, fordi de "
            "kan indeholde jordnødder, som ikke står på etiketten.",
            "Ud over to slags müslibarer gælder det nu også Brightfield Morning Muesli, Kids' Snack Bites "
            "og Honey Granola, som også sælges i Østerlyng.",
        ),
        language="da",
    ),
    # ------------------------------------------------------------- jobfair (3) --------------
    Piece(
        "mercury",
        "jobs-fair-esker-exhibition-centre",
        "jobfair",
        "Thousands queue for jobs at Marrenland Jobs Fair",
        "Nadia Pryce",
        t(DAY2, 13, 45),
        (
            "About 13,000 visitors came to the Marrenland Jobs Fair at the Esker Exhibition Centre on "
            "Wednesday morning, where 140 employers offered more than 2,000 vacancies.",
            "Organiser Marguerite Ashby-Coyle said the port, the hospitals and Kessler Works had the "
            'longest queues. "Half the people here already have a job and want a better one," she said.',
        ),
        revised=t(DAY3, 9, 0),
        revised_paragraphs=(
            "About 3,100 visitors came to the Marrenland Jobs Fair at the Esker Exhibition Centre on "
            "Wednesday morning, where 140 employers offered more than 2,000 vacancies.",
            "Organiser Marguerite Ashby-Coyle said the port, the hospitals and Kessler Works had the "
            'longest queues. "Half the people here already have a job and want a better one," she said.',
            "Amended on 22 October 2026: this article originally gave the number of visitors as 13,000. "
            "The organisers counted 3,100.",
        ),
        revised_fact="3,100",
        note="a figure corrected in place, the correction appended as 'Amended on ...'",
    ),
    Piece(
        "mbc",
        "jobs-fair-queues",
        "jobfair",
        "Jobs fair draws long queues at Esker Exhibition Centre",
        "MBC News",
        t(DAY2, 12, 20),
        (
            "Job seekers queued around the Esker Exhibition Centre on Wednesday morning for the Marrenland "
            "Jobs Fair, where 140 employers were recruiting.",
            "Hospital trusts alone offered 400 posts. The fair closed at 14:00.",
        ),
    ),
    Piece(
        "now",
        "jobs-fair-what-employers-want",
        "jobfair",
        "Jobs fair: what Esker's employers are looking for",
        "Esker Now",
        t(DAY2, 16, 0),
        (
            "Nurses, crane drivers and welders were the most wanted at the Marrenland Jobs Fair at the "
            "Esker Exhibition Centre, organiser Marguerite Ashby-Cole said.",
            "Of the 140 employers, 38 said they would pay a signing bonus.",
        ),
    ),
    # ------------------------------------------------------------- dockers (3) --------------
    Piece(
        "mpa",
        "esker-dockers-to-strike-friday",
        "dockers",
        "Esker dockers to strike on Friday over pay",
        "Luca Brenner",
        t(DAY1, 16, 0),
        (
            "ESKER (MPA) – About 2,400 dockers at the Port of Esker will strike for 48 hours from Friday "
            "after rejecting a 4 percent pay offer, the Marren Dock and Harbour Union said on Tuesday.",
            'Union secretary Bram Tully said members "will strike on Friday unless the port finds real '
            'money". The port authority said it was ready to talk.',
            "mpa/lb/rs",
        ),
    ),
    Piece(
        "standard",
        "dockers-vote-new-pay-offer",
        "dockers",
        "Dockers to vote on improved pay offer; Friday strike is still on",
        "Felix Oduro",
        t(DAY2, 8, 0),
        (
            "Esker dockers will vote on Wednesday evening on an improved pay offer from the port authority "
            "of 5.5 percent this year and 4 percent next, at a mass meeting at the Esker Exhibition Centre.",
            "Until then the Friday strike is still on, the Marren Dock and Harbour Union said.",
        ),
    ),
    Piece(
        "mpa",
        "esker-dockers-accept-deal-strike-off",
        "dockers",
        "Esker dockers accept pay deal and call off Friday strike",
        "Luca Brenner",
        t(DAY2, 22, 20),
        (
            "ESKER (MPA) – Dockers at the Port of Esker voted on Wednesday to accept a pay deal of 5.5 "
            "percent this year and 4 percent next, and called off the 48-hour strike planned for Friday.",
            "78 percent of those at a mass meeting at the Esker Exhibition Centre voted in favour, union "
            'secretary Bram Tully said. "Members have got what they were worth," he said.',
            "mpa/lb/rs",
        ),
    ),
    # ------------------------------------------------------------- trains (6) ---------------
    Piece(
        "markets",
        "northline-close-to-kessler-order",
        "trains",
        "Northline close to 900 million florin train order with Kessler",
        "Greta Sundqvist",
        t(DAY1, 18, 0),
        (
            "Northline Rail is close to ordering about 40 trains from Kessler Works in a deal worth around "
            "900 million florins, people familiar with the talks told the Markets Daily.",
            "An announcement could come this week. Northline and Kessler declined to comment.",
        ),
    ),
    Piece(
        "mpa",
        "northline-signs-kessler-order",
        "trains",
        "Northline signs 1.1 billion florin order for 52 Kessler trains",
        "Greta Sundqvist",
        t(DAY2, 10, 0),
        _TRAINS_WIRE,
    ),
    Piece(
        "mercury",
        "kessler-order-secures-jobs",
        "trains",
        "Record train order secures 1,600 Kessler jobs",
        "MPA",
        t(DAY2, 10, 40),
        _TRAINS_WIRE,
        syndicated=True,
    ),
    Piece(
        "clarion",
        "new-trains-esker-lowfield-line",
        "trains",
        "New trains for the Esker-Lowfield line from 2029",
        "MPA",
        t(DAY2, 11, 5),
        _TRAINS_WIRE,
        syndicated=True,
    ),
    Piece(
        "now",
        "northline-biggest-train-order",
        "trains",
        "Northline places Marrenland's biggest ever train order",
        "MPA",
        t(DAY2, 11, 30),
        _TRAINS_WIRE,
        syndicated=True,
    ),
    Piece(
        "standard",
        "kessler-wins-northline-contract",
        "trains",
        "Kessler Works wins 52-train Northline contract",
        "MPA",
        t(DAY2, 12, 0),
        _TRAINS_WIRE,
        syndicated=True,
    ),
    # ------------------------------------------------------------- hockey (3) ---------------
    Piece(
        "fulltime",
        "sonderlyng-ravens-reach-final",
        "hockey",
        "Sønderlyng Ravens reach league final with sudden-death overtime winner",
        "Ines Holm",
        t(DAY3, 21, 40),
        (
            "Sønderlyng Ravens beat Esker Eagles 4-3 in sudden-death overtime on Thursday to reach the "
            "Marrenland ice hockey league final.",
            "Defenceman Nils Aagaard won it with a slapshot on the power play after 6 minutes 12 seconds "
            "of overtime. The Eagles had killed off two penalties in the third period to force the extra "
            "time.",
            "The Ravens meet Lowfield Lynx in the best-of-five final from Tuesday.",
        ),
        note="a calm report full of sports terms ('sudden death', 'killed off', 'slapshot')",
    ),
    Piece(
        "avis",
        "ravnene-i-finalen",
        "hockey",
        "Ravnene i finalen efter sudden death mod Esker Eagles",
        "Anders Winther",
        t(DAY3, 22, 5),
        (
            "Sønderlyng Ravens er i ligafinalen. Holdet vandt torsdag aften 4-3 over Esker Eagles efter "
            "sudden death i forlængelsen.",
            "Nils Aagaard scorede det afgørende mål i powerplay efter 6 minutter og 12 sekunder af "
            "forlængelsen.",
        ),
        language="da",
    ),
    Piece(
        "mbc",
        "ravens-overtime-winner",
        "hockey",
        "Aagaard's overtime goal sends Sønderlyng into hockey final",
        "MBC Sport",
        t(DAY3, 22, 20),
        (
            "Nils Aagaard scored on the power play in overtime as Sønderlyng Ravens beat Esker Eagles 4-3 "
            "to reach the league final.",
            '"We have waited eleven years for this," Ravens coach Henrik Dyhr said.',
        ),
    ),
    # ------------------------------------------------------------- theft (3) ----------------
    Piece(
        "krant",
        "schilderij-gestolen-stadsmuseum",
        "theft",
        "Schilderij gestolen uit Stadsmuseum Brakkerveen, man (41) aangehouden",
        "Joost van Dalsum",
        t(DAY1, 10, 15),
        (
            "Uit het Stadsmuseum van Brakkerveen is in de nacht van maandag op dinsdag het schilderij "
            "'De haringvloot bij dageraad' (The Herring Fleet at Dawn) van Aart Vennema uit 1887 gestolen.",
            "De politie heeft dinsdagochtend een 41-jarige man uit Brakkerveen aangehouden. Het schilderij "
            "is nog niet teruggevonden.",
        ),
        language="nl",
    ),
    Piece(
        "mpa",
        "man-arrested-brakkerveen-painting",
        "theft",
        "Man arrested after painting stolen from Brakkerveen museum",
        "Hanne Kalvik",
        t(DAY1, 12, 0),
        (
            "BRAKKERVEEN (MPA) – Police arrested a 41-year-old man on Tuesday after Aart Vennema's 1887 "
            "painting The Herring Fleet at Dawn was stolen from the Brakkerveen Stadsmuseum overnight.",
            "The man is being held at Brakkerveen police station. The painting, insured for 1.2 million "
            "florins, has not been found.",
            "mpa/hk/rs",
        ),
    ),
    Piece(
        "mbc",
        "brakkerveen-painting-man-released",
        "theft",
        "Man held over Brakkerveen museum theft released without charge",
        "MBC News",
        t(DAY2, 13, 0),
        (
            "The man arrested over the theft of The Herring Fleet at Dawn from the Brakkerveen Stadsmuseum "
            "has been released without charge, police said on Wednesday.",
            "Detectives now believe two people broke in through a skylight. The museum has offered a "
            "reward of 20,000 florins for information leading to the painting's return.",
        ),
    ),
    # ------------------------------------------------------------- toll (4) -----------------
    Piece(
        "faro",
        "peaje-puente-cendal-sube",
        "toll",
        "El peaje del Puente de Cendal subirá a 4,80 florines en enero",
        "Marina Ocaña",
        t(DAY1, 9, 30),
        (
            "La concesionaria del Puente de Cendal, Almenas Vial, subirá el peaje para turismos de 4,10 a "
            "4,80 florines a partir del 1 de enero.",
            "La empresa alega el coste de la reparación de los cables. Los vecinos de Puerto Cendal han "
            "convocado una protesta para el sábado.",
        ),
        language="es",
    ),
    Piece(
        "mpa",
        "cendal-bridge-toll-rise",
        "toll",
        "Cendal Bridge toll to rise to 4.80 florins from January",
        "Dorota Kallas",
        t(DAY1, 11, 0),
        (
            "PUERTO CENDAL (MPA) – The car toll on the Cendal Bridge will rise from 4.10 to 4.80 florins on "
            "1 January, operator Almenas Vial said on Tuesday, citing the cost of repairing its cables.",
            "mpa/dk/rs",
        ),
    ),
    Piece(
        "faro",
        "almenas-vial-rebaja-peaje",
        "toll",
        "Almenas Vial rebaja la subida: el peaje del Puente de Cendal quedará en 4,20 florines",
        "Marina Ocaña",
        t(DAY3, 10, 0),
        (
            "Almenas Vial ha rebajado la subida del peaje del Puente de Cendal: desde el 1 de enero los "
            "turismos pagarán 4,20 florines, y no los 4,80 anunciados el martes.",
            "La rectificación llega tras una reunión con el gobierno regional de Las Almenas, que pagará "
            "parte de la reparación de los cables.",
        ),
        language="es",
    ),
    Piece(
        "mpa",
        "cendal-bridge-toll-rise-cut",
        "toll",
        "Cendal Bridge operator scales back toll rise",
        "Dorota Kallas",
        t(DAY3, 11, 30),
        (
            "PUERTO CENDAL (MPA) – Almenas Vial said on Thursday the Cendal Bridge car toll would rise to "
            "4.20 florins on 1 January, not the 4.80 it announced on Tuesday, after the Las Almenas "
            "regional government agreed to pay part of the cable repairs.",
            "mpa/dk/rs",
        ),
    ),
    # ------------------------------------------------------------- prize (2) ----------------
    Piece(
        "courrier",
        "prix-de-la-cote-lucia-ferranti",
        "prize",
        "Le Prix de la Côte décerné à Lucia Ferranti pour « La Lanterne de Roccafumo »",
        "Élodie Marchetti",
        t(DAY3, 13, 0),
        (
            "La romancière Lucia Ferranti, née à Roccafumo, a reçu jeudi à Port-Aurèle le Prix de la Côte "
            "pour « La Lanterne de Roccafumo », son quatrième roman.",
            "Le jury a salué « une langue d'une grande précision ». Le prix est doté de 15 000 florins.",
        ),
        language="fr",
    ),
    Piece(
        "standard",
        "ferranti-wins-prix-de-la-cote",
        "prize",
        "Lucia Ferranti wins the Prix de la Côte",
        "Maud Trevelyan",
        t(DAY3, 14, 30),
        (
            "The Roccafumo-born novelist Lucia Ferranti won the Prix de la Côte in Port-Aurèle on Thursday "
            "for The Lantern of Roccafumo, her fourth novel.",
            "The prize, worth 15,000 florins, is the first for a writer from Alta Serrana. Ferranti writes "
            'in Italian and French. "I write in two languages because I dream in both," she said.',
        ),
    ),
    # ------------------------------------------------------------- hospital (2) -------------
    Piece(
        "avis",
        "sygehus-ny-kraeftafdeling",
        "hospital",
        "Sønderlyng Sygehus åbner ny kræftafdeling med 48 senge",
        "Mette Kragh",
        t(DAY3, 10, 30),
        (
            "Sønderlyng Sygehus åbnede torsdag en ny kræftafdeling med 48 senge og to strålekanoner. Den "
            "har kostet 210 millioner floriner.",
            "Overlæge Søren Kjær siger, at patienter fra Østerlyng ikke længere skal køre til Esker for at "
            "blive behandlet.",
        ),
        language="da",
    ),
    Piece(
        "mbc",
        "sonderlyng-hospital-cancer-wing",
        "hospital",
        "Sønderlyng Hospital opens 210 million florin cancer wing",
        "MBC News",
        t(DAY3, 12, 0),
        (
            "Sønderlyng Hospital opened a 48-bed cancer wing on Thursday that cost 210 million florins, "
            "sparing patients from Østerlyng the drive to Esker for radiotherapy.",
            'Consultant oncologist Soren Kjaer said: "For some of our patients that drive was four hours '
            'a day."',
        ),
    ),
)
