"""The seventh audit newsroom's content: outlets, events and the articles each outlet ran.

A held-out set (seventeenth session), written from scratch and never used to tune plainwire: the
Federation of Lussavia, its capital Port Averill, the river town Brackwater, the Italian-speaking
Valcardo (San Teodoro), the Dutch-speaking Zeeveld (Hoornmeer), the Norwegian-speaking Nordvika
(Skarvholm), the Hungarian-speaking Körtvélyes (Almásfalva), the Estonian-speaking Kaaruma
(Sõrve) and the Swedish-speaking Hamnö, their people, firms, clubs and events are invented.
Nothing is copied or paraphrased from real news or from the development data sets.

It tests the sixth set's fault classes with other surface forms, languages and shapes: a report
removed with "Editor's note: this story has been removed" and a Dutch one withdrawn ("Dit artikel
is ingetrokken"); a fine corrected by a later article of another outlet ("not 40 million as first
reported"); an article moved (301) whose new page's canonical link names a third URL; a bus
crash's toll given in Italian words first ("tre morti", then "cinque"); a figure in Italian words
("una trentina di famiglie") then digits; a toy recall grown from "fire modeller" (Norwegian
four) and "fyra modeller" to nine; a suspect "őrizetben marad" (in custody) then released; a
basketball game postponed ("lükati edasi") then played, reported twice in Estonian and once in
English; a half-time score; a strike announced then called off, with a Hungarian editorial as the
only opinion; a water tariff given per cubic metre and per household a year, then cut; two events
in Brackwater on one day with its mayor in both (must stay apart); press-release rewrites; a wire
report reprinted word for word with its sign-off. Kinds no earlier set has: the two withdrawal
forms above, a correction made by another outlet, a moved article whose canonical link and 301
disagree, a live blog in Italian ("Diretta:"), feeds whose items share GUIDs (an RSS and a JSON
Feed thread id), an opinion column marked only by its byline ("columnist"), a page whose
``<title>`` is its update line ("Aggiornato il ..."), and Estonian pages in ISO-8859-15 declared
only in the HTTP header. Dates: 17 to 19 November 2026 (UTC).

Plain data only (no I/O); ``newsroom7_render.py`` turns it into pages and feeds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsroom_pages import OutletSpec, Piece

DAY1, DAY2, DAY3 = 17, 18, 19  # November 2026 (Tuesday to Thursday)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    # A wire: reports open "PORT AVERILL (LPA) —" and end "(Writing by ...; edited by ...)".
    OutletSpec("lpa", "Lussavian Press Association", "rss", "wire", "add"),
    # A tabloid: shouting headlines, vox pops, a "Got a story?" line.
    OutletSpec("thunder", "The Averill Thunder", "rss", "tabloid", "add"),
    # A broadsheet: "Listen to this article", a print line, a correction "Amended on ...", a
    # column whose only marker is its byline ("..., columnist").
    OutletSpec("chronicle", "The Port Averill Chronicle", "atom", "broadsheet", "opml"),
    # A broadcaster (found from its homepage): a video page with no text.
    OutletSpec("lbc", "Lussavia Broadcasting", "jsonfeed", "broadcaster", "add-home"),
    # A digital outlet: a report removed with an editor's note, a podcast page, a tagline.
    OutletSpec("averillnow", "Averill Now", "atom", "digital", "opml"),
    # A local paper: an article moved (301) whose canonical link names a third URL; a tagline.
    OutletSpec("gazette", "Brackwater Gazette", "rss", "local", "opml"),
    # A business paper: a paywalled teaser, a press-release rewrite, an article updated in place.
    OutletSpec("markets", "Averill Markets Daily", "rss", "business7", "add"),
    OutletSpec("sportsdesk", "Lussavia Sport", "rss", "sports", "opml"),
    # A regional paper: a wire report run word for word (sign-off and all), a press-release rewrite.
    OutletSpec("valleypost", "The Valley Post", "atom", "regional7", "opml"),
    # Italian: a live blog ("Diretta:"), a page whose <title> is its update line.
    OutletSpec("corriere", "Il Corriere di Valcardo", "rss", "italian7", "opml", language="it", utc_offset=1),
    # Dutch: a report withdrawn in Dutch.
    OutletSpec("stem", "De Stem van Zeeveld", "atom", "dutch", "opml", language="nl", utc_offset=1),
    # Norwegian: an RSS feed whose follow-up reuses its first item's GUID.
    OutletSpec("nordvika", "Nordvika Avis", "rss-dup-guid", "norwegian", "opml", language="nb", utc_offset=1),
    # Hungarian: a JSON Feed whose follow-up reuses its first item's id.
    OutletSpec(
        "hirlap", "Almásfalvi Hírlap", "jsonfeed-dup-id", "hungarian", "opml", language="hu", utc_offset=1
    ),
    # Estonian: pages in ISO-8859-15 declared only in the HTTP header (no meta charset).
    OutletSpec("kaaruma", "Kaaruma Sõnumid", "rss", "estonian", "opml", language="et", utc_offset=2),
    OutletSpec("hamnbladet", "Hamnbladet", "rss", "swedish7", "opml", language="sv", utc_offset=1),
)

EVENTS: dict[str, str] = {
    "dam": "Report that Brackwater dam cracked and an evacuation was ordered, removed; inspection finds it sound",
    "mayor": "Dutch report that Hoornmeer's mayor Van Dalsum resigns, withdrawn; she stays",
    "fine": "Regulator fines Corvel Energy 14 million dalers (first reported as 40 million by another outlet)",
    "water": "Brackwater water tariff: 2.40 dalers per cubic metre announced, cut to 2.10 (article moved)",
    "bus": "Bus off the road on the Passo Ferrante, Valcardo: three, then five dead (Italian first, live blog)",
    "landslide": "Landslide at San Teodoro: 'una trentina' of families, then 34, evacuated",
    "recall": "Fjordleik recalls wooden rattles: four models, then nine (Norwegian, Swedish number words)",
    "theft": "Almásfalva museum theft: a man held in custody, then released without charge (Hungarian)",
    "basketball": "Kaaruma Kalev v Port Averill Harbours postponed (power cut), played a day later: 78-74",
    "football": "Brackwater Rovers 3-2 Port Averill City after trailing 0-2 at half-time",
    "strike": "Airport baggage handlers' 48-hour strike called off after a 6.5 percent deal",
    "school": "Asbestos closes Brackwater's Leat Street primary school for two weeks (mayor Framp)",
    "footbridge": "Mayor Framp opens the Leat footbridge in Brackwater the same day (48 metres, amended)",
    "wind": "Selkirk Vind plans 12 turbines off Skarvholm (press release, podcast, updated in place)",
}

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "horror plunge",
    "carnage",
    "caged",
    "raider",
    "roar",
    "fat cats",
    "greedy",
    "nightmare",
    "terrifying",
    "panic",
    "meltdown",
    "bottlers",
    "crooks",
    "holiday hell",
)
# Vox-pop quotes the tabloid printed: none may reach a page.
VOX_POPS = ("my heart stopped", "couldn't believe my eyes", "ruined our holiday", "a total joke")

# What a reader needs from each story (any one alternative of a tuple counts): the latest
# status and figures, the names, the outcome.
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "dam": (("Brackwater",), ("inspection", "inspected"), ("sound", "no crack", "safe"), ("Ferrand",)),
    "mayor": (("Van Dalsum",), ("Hoornmeer",), ("stay", "blijft", "not resign")),
    "fine": (("14 million",), ("Corvel",), ("Energy Regulator", "regulator")),
    "water": (("2.10",), ("Brackwater",), ("January",), ("cubic metre",)),
    "bus": (("five", "cinque", "5 dead", "5 people"), ("Ferrante",), ("Valcardo",), ("Marisa Lodi",)),
    "landslide": (("34",), ("San Teodoro",), ("Colle Rosso",)),
    "recall": (
        ("nine models", "ni modeller", "9 models", "nio modeller"),
        ("Fjordleik",),
        ("rattle", "rangle", "skallror"),
    ),
    "theft": (
        ("released", "szabadlábra", "freed", "without charge"),
        ("Almásfalva",),
        ("museum", "múzeum"),
        ("Bodnár",),
    ),
    "basketball": (("78-74", "78:74", "74-78"), ("Kalev",), ("Harbours",), ("Rästas",)),
    "football": (("3-2", "3–2"), ("Rovers",), ("Okonjo",)),
    "strike": (("called off", "averted", "suspended"), ("6.5 percent",), ("baggage",), ("Tessaro",)),
    "school": (("asbestos",), ("Leat Street",), ("two weeks",), ("Framp",)),
    "footbridge": (("footbridge",), ("48 metres",), ("Framp",)),
    "wind": (("Selkirk",), ("12 turbines", "twelve turbines"), ("Skarvholm",)),
}
# Facts only one article gives (often a report in another language): the page must not lose them.
SINGLE_SOURCE: dict[str, tuple[tuple[str, ...], ...]] = {
    "bus": (("SP41",),),
    "recall": (("Lekeloftet",),),
    "basketball": (("Rästas",),),
    "water": (("190 dalers",),),
    "school": (("Achterberg",),),
}
# Figures and statuses a later report replaced: no page should give them as current fact.
SUPERSEDED: dict[str, tuple[str, ...]] = {
    "bus": ("three dead", "three people", "three killed", "tre morti", "tre persone", "at least three"),
    "landslide": ("una trentina", "about thirty", "some thirty"),
    "recall": ("four models", "fire modeller", "fyra modeller", "4 models"),
    "theft": ("remains in custody", "őrizetben marad", "still being held", "was remanded"),
    "basketball": ("postponed", "lükati edasi", "edasi lükatud", "called off"),
    "football": ("2-0 at", "lead 2-0", "at half-time", "at the break", "0-2 at"),
    "strike": ("will strike", "will walk out", "strike goes ahead", "48-hour walkout on Thursday"),
    "water": ("2.40",),
    "fine": ("40 million",),
}
# The status each event ended with: the page must give it and no sentence may state the one it
# replaced without it. kind: what a stale page tells a reader.
STATUS: dict[str, dict[str, object]] = {
    "bus": {"kind": "toll_stale", "latest": KEY_FACTS["bus"][0], "stale": SUPERSEDED["bus"]},
    "landslide": {
        "kind": "figure_in_words_stale",
        "latest": ("34 families", "34 famiglie", "34 households"),
        "stale": SUPERSEDED["landslide"],
    },
    "recall": {"kind": "recall_list_stale", "latest": KEY_FACTS["recall"][0], "stale": SUPERSEDED["recall"]},
    "theft": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": KEY_FACTS["theft"][0],
        "stale": SUPERSEDED["theft"],
    },
    "basketball": {
        "kind": "postponed_fixture_stale",
        "latest": KEY_FACTS["basketball"][0],
        "stale": SUPERSEDED["basketball"],
    },
    "football": {
        "kind": "halftime_score_as_result",
        "latest": KEY_FACTS["football"][0],
        "stale": SUPERSEDED["football"],
    },
    "strike": {
        "kind": "cancelled_shown_as_going_ahead",
        "latest": KEY_FACTS["strike"][0],
        "stale": SUPERSEDED["strike"],
    },
    "water": {"kind": "price_stale", "latest": ("2.10",), "stale": ("2.40",)},
}
# A correction: the corrected figure on the page, the wrong one nowhere. The fine's is made by
# another outlet's later article; the footbridge's by an "Amended on" line in place.
CORRECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fine": (("40 million",), ("14 million",)),
    "footbridge": (("84 metres",), ("48 metres",)),
}
NOTICE_PATTERNS = (
    r"\bas first reported\b",
    r"\bnot 40 million\b",
    r"\bAmended on\b",
    r"\ban earlier version\b",
)
# Claims of articles later withdrawn: no page may give them, nor the withdrawal notice.
RETRACTED: dict[str, tuple[str, ...]] = {
    "dam": (
        "evacuation was ordered for",
        "water is seeping",
        "crack in the dam wall",
        "2,000 residents told to leave",
    ),
    "mayor": ("stapt op", "ontslag ingediend", "is resigning", "has resigned"),
}
WITHDRAWN_NOTICE = (
    "this story has been removed",
    "Editor's note",
    "has been withdrawn",
    "is ingetrokken",
    "niet bevestigen",
)
# A quote whose speaker is named only in a later paragraph: on a page, the name must be too.
SPEAKER_LATER: dict[str, tuple[str, str]] = {"school": ("until every test is clear", "Achterberg")}
# Names one outlet got wrong (unaccented): the misspelling must not reach the page.
MISSPELT: dict[str, tuple[str, ...]] = {"theft": ("Bodnar",), "basketball": ("Rastas",)}
# A price given per unit and in total: no page may give the total as the unit price or the reverse.
PER_UNIT: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str]] = {
    # event: (unit prices, totals, the unit's words, the total's words)
    "water": (("2.10", "2.40"), ("190",), "cubic metre", "a year"),
}
# Events that share a town, a day, a person, a word or a subject but are different stories.
APART: tuple[tuple[str, str], ...] = (
    ("school", "footbridge"),  # Brackwater, Wednesday, mayor Odile Framp in both
    ("dam", "water"),  # Brackwater's water
    ("bus", "landslide"),  # Valcardo, the Italian paper, Tuesday
    ("fine", "wind"),  # two energy firms
    ("basketball", "football"),  # two results against Port Averill clubs
    ("dam", "mayor"),  # two withdrawn reports
    ("strike", "fine"),  # Wednesday's business news
)
EXTRA_UNITS = ("dalers",)
NEWSROOM = 7  # (the audit runs the second to sixth sets' checks and this set's own)
TABLOID = ("thunder",)
# How the text would name an outlet ("told the Chronicle", "(LPA)").
OUTLET_SHORT = (
    "LPA",
    "Thunder",
    "Chronicle",
    "LBC",
    "Averill Now",
    "Gazette",
    "Markets Daily",
    "Valley Post",
)

_SIGN = "(Writing by {0}; additional reporting by {1}; edited by Ines Parr)"

# The wire's school report, run word for word by the regional paper (sign-off and all).
_SCHOOL_WIRE = (
    "BRACKWATER (LPA) — Leat Street primary school in Brackwater will stay closed for two weeks after "
    "asbestos was found in ceiling tiles during building work, the town council said on Wednesday.",
    "The school's 310 pupils will be taught at the Brackwater community college from Monday. Mayor "
    "Odile Framp said parents would get a daily update.",
    "Air tests in the classrooms found no fibres above the safe limit, the council said.",
    _SIGN.format("Hana Corrie", "Tomas Reyl"),
)
# The wind farm's press release, rewritten (not copied) by two outlets.
_WIND_RELEASE = "selkirk-vind-skarvholm"

# Live-blog entries are "ISO time|text", oldest first; the page shows them newest first.
_LIVE_DAY1 = (
    "2026-11-17T08:40|Un autobus di linea è uscito di strada sulla SP41 al Passo Ferrante, sopra San "
    "Teodoro. A bordo c'erano 23 persone.",
    "2026-11-17T10:15|La prefettura conferma tre morti. I feriti sono stati portati all'ospedale di "
    "Valcardo.",
    "2026-11-17T13:30|La SP41 resterà chiusa fino a domattina, dice la prefetta Marisa Lodi.",
)
_LIVE_LATER = (
    "2026-11-18T07:50|Sale a cinque il numero dei morti: due feriti gravi sono deceduti nella notte.",
    "2026-11-18T12:10|La procura di Valcardo ha aperto un'inchiesta sui freni del mezzo.",
)


def _p(
    outlet: str, slug: str, event: str, title: str, author: str, when: datetime, *paras: str, **kw: Any
) -> Piece:
    """A piece in its outlet's language (``kw``: Piece's optional fields)."""
    kw.setdefault("language", next(o.language for o in OUTLETS if o.key == outlet))
    return Piece(outlet, slug, event, title, author, when, tuple(paras), **kw)


PIECES: tuple[Piece, ...] = (
    # ------------------------------------------------------------- dam (4) ------------------
    _p(
        "averillnow",
        "brackwater-dam-cracks",
        "dam",
        "Brackwater dam cracks, 2,000 residents told to leave",
        "Averill Now staff",
        t(DAY1, 19, 0),
        "A crack in the dam wall above Brackwater has opened and water is seeping through, residents "
        "living below the reservoir told Averill Now on Tuesday evening.",
        "An evacuation was ordered for the lower town, with 2,000 residents told to leave before midnight, "
        "according to messages shared in a neighbourhood group.",
        shape="withdrawn",
        revised=t(DAY2, 9, 30),
        revised_title="Editor's note",
        revised_paragraphs=(
            "Editor's note: this story has been removed.",
            "It was based on messages we could not confirm. The council has said no evacuation was ordered. "
            "We apologise for the alarm it caused.",
        ),
        revised_fact="this story has been removed",
        note="removed the next morning; its claims must not reach a page, nor its notice",
    ),
    _p(
        "lpa",
        "brackwater-dam-sound-inspection",
        "dam",
        "Brackwater dam is sound after night inspection, engineers say",
        "Tomas Reyl",
        t(DAY2, 8, 0),
        "BRACKWATER (LPA) — Engineers who inspected the Brackwater dam overnight found no crack and no "
        "leak, the reservoir's owner said on Wednesday, after an online report had alarmed residents.",
        "Chief engineer Paul Ferrand said the wall had been checked with drones and divers. No one was "
        "asked to leave their home.",
        _SIGN.format("Tomas Reyl", "Hana Corrie"),
    ),
    _p(
        "gazette",
        "dam-safe-council-says",
        "dam",
        "Dam is safe, council tells worried Brackwater residents",
        "Colin Ashby",
        t(DAY2, 11, 0),
        "Brackwater's dam is safe and there was never an evacuation order, the town council said on "
        "Wednesday after a night of rumours in the lower town.",
        '"We checked every metre of the wall last night," chief engineer Paul Ferrand said. The next '
        "routine inspection is due in March.",
    ),
    _p(
        "thunder",
        "dam-panic-brackwater",
        "dam",
        "DAM PANIC: Terrifying night for Brackwater as rumours spread",
        "Dean Mottram",
        t(DAY2, 13, 0),
        "Brackwater endured a terrifying night of panic as rumours of a burst dam swept the town.",
        'Mum-of-two Kerry Platt, 41, said: "My heart stopped. We packed the car in ten minutes."',
        "Engineers later said the dam was sound.",
    ),
    # ------------------------------------------------------------- mayor (4) ----------------
    _p(
        "stem",
        "burgemeester-van-dalsum-stapt-op",
        "mayor",
        "Burgemeester Van Dalsum stapt op na ruzie over haven",
        "Joost Kamerling",
        t(DAY1, 17, 30),
        "Burgemeester Liesbeth van Dalsum van Hoornmeer stapt op. Dat melden bronnen rond het "
        "stadhuis aan De Stem. Zij zou haar ontslag ingediend hebben na een ruzie over de uitbreiding van "
        "de haven.",
        "De gemeenteraad komt donderdag in spoedzitting bijeen.",
        shape="withdrawn",
        revised=t(DAY2, 10, 0),
        revised_title="Dit artikel is ingetrokken",
        revised_paragraphs=(
            "Dit artikel is ingetrokken.",
            "De Stem kon de berichten over het vertrek van de burgemeester niet bevestigen. Wij bieden "
            "onze lezers excuses aan.",
        ),
        revised_fact="is ingetrokken",
        note="withdrawn in Dutch; its claims and notice must not reach a page",
    ),
    _p(
        "lpa",
        "hoornmeer-mayor-stays",
        "mayor",
        "Hoornmeer mayor Van Dalsum says she will stay",
        "Hana Corrie",
        t(DAY2, 12, 0),
        "HOORNMEER (LPA) — The mayor of Hoornmeer, Liesbeth van Dalsum, said on Wednesday she would "
        "not resign, calling a newspaper report of her departure untrue.",
        "She said the row over the harbour extension would be settled by a vote of the council in December.",
        _SIGN.format("Hana Corrie", "Tomas Reyl"),
    ),
    _p(
        "stem",
        "van-dalsum-blijft-burgemeester",
        "mayor",
        "Van Dalsum blijft burgemeester van Hoornmeer",
        "Joost Kamerling",
        t(DAY2, 14, 0),
        "Liesbeth van Dalsum blijft burgemeester van Hoornmeer. Dat zei zij woensdag op het stadhuis, na "
        "berichten over haar vertrek.",
        "– Ik heb nooit overwogen om op te stappen, zei Van Dalsum. De gemeenteraad stemt in december over "
        "de uitbreiding van de haven, een plan van 60 miljoen daler.",
    ),
    _p(
        "chronicle",
        "van-dalsum-stays-harbour-vote",
        "mayor",
        "Van Dalsum stays on as Hoornmeer mayor ahead of harbour vote",
        "Edwin Sallow",
        t(DAY2, 16, 0),
        "Liesbeth van Dalsum will stay as mayor of Hoornmeer, her office said on Wednesday, after a local "
        "paper withdrew a report that she had quit.",
        "The council will vote on the 60 million daler harbour extension in December.",
    ),
    # ------------------------------------------------------------- fine (3) -----------------
    _p(
        "markets",
        "corvel-energy-fined-40-million",
        "fine",
        "Corvel Energy fined 40 million dalers over billing errors",
        "Ruth Halloran",
        t(DAY1, 15, 0),
        "The Energy Regulator has fined Corvel Energy 40 million dalers after the supplier overcharged "
        "about 80,000 households for three years.",
        "Corvel must also refund the customers within six months, the regulator said.",
    ),
    _p(
        "lpa",
        "regulator-fines-corvel",
        "fine",
        "Regulator fines Corvel Energy 14 million dalers",
        "Tomas Reyl",
        t(DAY1, 16, 30),
        "PORT AVERILL (LPA) — The Energy Regulator fined Corvel Energy 14 million dalers on Tuesday for "
        "overcharging about 80,000 households, and ordered refunds within six months.",
        "Corvel said it accepted the ruling and had fixed its billing system.",
        _SIGN.format("Tomas Reyl", "Hana Corrie"),
    ),
    _p(
        "chronicle",
        "corvel-fine-14-million",
        "fine",
        "Corvel's fine is 14 million dalers, regulator confirms",
        "Edwin Sallow",
        t(DAY2, 9, 0),
        "The fine imposed on Corvel Energy is 14 million dalers, not 40 million as first reported "
        "elsewhere, the Energy Regulator confirmed on Wednesday.",
        "The 40 million figure was the total of refunds and fine proposed in a draft, the regulator said. "
        "Corvel's refunds to 80,000 households are expected to reach 26 million dalers.",
        note="a later article of another outlet corrects the business paper's figure",
    ),
    # ------------------------------------------------------------- water (3) ----------------
    _p(
        "gazette",
        "water-tariff-brackwater",
        "water",
        "Brackwater water to cost 2.40 dalers per cubic metre from January",
        "Colin Ashby",
        t(DAY1, 10, 0),
        "Brackwater households will pay 2.40 dalers per cubic metre of water from January, up from 1.95, "
        "the town's water board announced on Tuesday.",
        "The board said the rise would pay for new pipes under the old town.",
        shape="moved",
        revised=t(DAY2, 15, 0),
        revised_title="Brackwater water tariff cut to 2.10 dalers after objections",
        revised_paragraphs=(
            "Brackwater's water board has cut the planned tariff to 2.10 dalers per cubic metre from January, "
            "after more than 900 objections, board chair Hal Denning said on Wednesday.",
            "The board will borrow to pay for new pipes under the old town instead of raising the price further.",
        ),
        revised_fact="2.10 dalers",
        note="moved to a new URL (301 from the old) and revised; the new page's canonical link names a third URL",
    ),
    _p(
        "lpa",
        "brackwater-water-price-rise",
        "water",
        "Brackwater water price to rise to 2.40 dalers",
        "Hana Corrie",
        t(DAY1, 12, 0),
        "BRACKWATER (LPA) — The Brackwater water board will raise the price of water to 2.40 dalers per "
        "cubic metre from January to fund new pipes, it said on Tuesday.",
        _SIGN.format("Hana Corrie", "Tomas Reyl"),
    ),
    _p(
        "valleypost",
        "brackwater-water-bill-190",
        "water",
        "Brackwater households face water bill of about 190 dalers a year",
        "Maeve Tulloch",
        t(DAY3, 9, 0),
        "A typical Brackwater household using 90 cubic metres will pay about 190 dalers a year for water "
        "from January under the tariff of 2.10 dalers per cubic metre agreed on Wednesday.",
        "Board chair Hal Denning said the board had listened to the 900 objections.",
        note="the price per unit and the yearly total per household",
    ),
    # ------------------------------------------------------------- bus (5) ------------------
    _p(
        "corriere",
        "diretta-autobus-passo-ferrante",
        "bus",
        "Diretta: autobus fuori strada al Passo Ferrante",
        "Redazione",
        t(DAY1, 8, 40),
        *_LIVE_DAY1[::-1],
        shape="live",
        revised=t(DAY2, 12, 10),
        revised_title="Diretta: autobus al Passo Ferrante, i morti salgono a cinque",
        revised_paragraphs=(_LIVE_DAY1 + _LIVE_LATER)[::-1],
        revised_fact="Sale a cinque",
        note="a live blog in Italian, newest entry first, updated in place",
    ),
    _p(
        "corriere",
        "autobus-tre-morti-passo-ferrante",
        "bus",
        "Autobus precipita al Passo Ferrante: tre morti",
        "Giulia Ferraris",
        t(DAY1, 11, 0),
        "Tre morti e venti feriti: è il bilancio dell'incidente di stamattina al Passo Ferrante, dove un "
        "autobus di linea con 23 persone a bordo è uscito di strada ed è scivolato per quaranta metri.",
        "La SP41 è chiusa. La prefetta di Valcardo, Marisa Lodi, ha parlato di «una giornata di dolore per "
        "tutta la valle».",
        note="the toll in Italian words, hours before any English report",
    ),
    _p(
        "lpa",
        "valcardo-bus-crash-three-dead",
        "bus",
        "Three dead as bus leaves mountain road in Valcardo",
        "Tomas Reyl",
        t(DAY1, 14, 0),
        "SAN TEODORO (LPA) — Three people were killed and 20 hurt when a bus carrying 23 people left the "
        "road on the Passo Ferrante in Valcardo on Tuesday morning, prefect Marisa Lodi said.",
        _SIGN.format("Tomas Reyl", "Hana Corrie"),
    ),
    _p(
        "thunder",
        "horror-plunge-valcardo",
        "bus",
        "HORROR PLUNGE: Bus carnage on mountain pass",
        "Dean Mottram",
        t(DAY1, 18, 0),
        "Three people died in a horror plunge when a bus careered off a mountain road in Valcardo.",
        'Hiker Luca Bassi said: "I couldn\'t believe my eyes. The bus just vanished over the edge."',
    ),
    _p(
        "lbc",
        "valcardo-bus-toll-five",
        "bus",
        "Valcardo bus crash death toll rises to five",
        "LBC News",
        t(DAY2, 10, 0),
        "Five people have now died after a bus left the road on the Passo Ferrante in Valcardo on Tuesday; "
        "two of the injured died overnight in hospital, prefect Marisa Lodi said on Wednesday.",
        "Prosecutors in Valcardo have opened an inquiry into the bus's brakes.",
    ),
    # ------------------------------------------------------------- landslide (3) ------------
    _p(
        "corriere",
        "frana-san-teodoro-famiglie-evacuate",
        "landslide",
        "Frana a San Teodoro, evacuate una trentina di famiglie",
        "Giulia Ferraris",
        t(DAY1, 16, 0),
        "Una frana si è staccata questo pomeriggio dal Colle Rosso, sopra San Teodoro, dopo tre giorni di "
        "pioggia. Una trentina di famiglie sono state evacuate dalle case di via dei Mulini.",
        "Nessun ferito. I geologi della regione controlleranno il versante domani mattina.",
        shape="update-title",
        note="its <title> is the update line ('Aggiornato il ...'), the real title only in the h1 and feed",
    ),
    _p(
        "lpa",
        "san-teodoro-landslide",
        "landslide",
        "Landslide forces families from homes in San Teodoro",
        "Hana Corrie",
        t(DAY1, 18, 30),
        "SAN TEODORO (LPA) — About thirty families were evacuated in San Teodoro on Tuesday afternoon when "
        "part of the Colle Rosso hillside slid towards the town after three days of rain.",
        _SIGN.format("Hana Corrie", "Tomas Reyl"),
    ),
    _p(
        "lbc",
        "san-teodoro-34-families",
        "landslide",
        "34 families out of their homes after San Teodoro landslide",
        "LBC News",
        t(DAY2, 14, 0),
        "Geologists say 34 families evacuated from below the Colle Rosso in San Teodoro will not be able to "
        "return home before the weekend.",
        "The hillside moved another metre overnight, the regional geology service said.",
    ),
    # ------------------------------------------------------------- recall (5) ---------------
    _p(
        "nordvika",
        "fjordleik-tilbakekaller-rangler",
        "recall",
        "Fjordleik tilbakekaller fire modeller av trerangler",
        "Ingrid Haugseth",
        t(DAY1, 9, 0),
        "Leketøyprodusenten Fjordleik i Skarvholm tilbakekaller fire modeller av treranglene sine etter at "
        "små kuler kan løsne og bli svelget av barn.",
        "Rangler kjøpt hos Lekeloftet siden juni kan leveres tilbake i alle butikker.",
        "– Vi tar ingen sjanser med barns sikkerhet, sier daglig leder Solveig Brekke.",
        note="the count in Norwegian words ('fire' is four); its follow-up reuses this item's GUID",
    ),
    _p(
        "hamnbladet",
        "fjordleik-aterkallar-skallror",
        "recall",
        "Fjordleik återkallar fyra modeller av skallror",
        "Pernilla Strand",
        t(DAY1, 13, 0),
        "Den norska leksakstillverkaren Fjordleik återkallar fyra modeller av sina träskallror, som också "
        "sålts i butiker på Hamnö. Små kulor kan lossna.",
        "– Sluta använda skallrorna direkt, säger Konsumentverkets Lena Ek.",
    ),
    _p(
        "markets",
        "fjordleik-recall-cost",
        "recall",
        "Fjordleik recall of four models to cost 3 million dalers",
        "Ruth Halloran",
        t(DAY1, 15, 30),
        "Toy maker Fjordleik expects the recall of four models of its wooden rattles to cost about 3 "
        "million dalers, chief executive Solveig Brekke said.",
        "The company, which employs 140 people in Skarvholm, sells 60 percent of its toys abroad.",
        shape="teaser",
        note="a paywalled teaser: one paragraph, then 'Subscriber exclusive'",
    ),
    _p(
        "nordvika",
        "fjordleik-utvider-tilbakekalling",
        "recall",
        "Fjordleik utvider tilbakekallingen til ni modeller",
        "Ingrid Haugseth",
        t(DAY2, 11, 0),
        "Fjordleik utvider tilbakekallingen av trerangler fra fire til ni modeller etter nye tester, "
        "opplyser selskapet onsdag.",
        "– Alle rangler fra høstkolleksjonen skal tilbake, sier daglig leder Solveig Brekke.",
    ),
    _p(
        "lpa",
        "fjordleik-recall-nine-models",
        "recall",
        "Toy maker Fjordleik widens rattle recall to nine models",
        "Tomas Reyl",
        t(DAY2, 14, 0),
        "SKARVHOLM (LPA) — Fjordleik widened its recall of wooden rattles to nine models on Wednesday after "
        "further tests found beads could come loose, chief executive Solveig Brekke said.",
        _SIGN.format("Tomas Reyl", "Hana Corrie"),
    ),
    # ------------------------------------------------------------- theft (4) ----------------
    _p(
        "hirlap",
        "muzeumi-lopas-gyanusitott-orizetben",
        "theft",
        "Múzeumi lopás: őrizetben marad a gyanúsított",
        "Szalai Réka",
        t(DAY1, 10, 0),
        "Őrizetben marad az a 34 éves férfi, akit a hétvégén az almásfalvi Várkert Múzeumból ellopott "
        "ezüst kehely ügyében fogtak el – közölte Bodnár Gábor rendőrségi szóvivő.",
        "A négyszáz éves kelyhet még nem találták meg.",
        note="the first item of a JSON Feed thread whose follow-up reuses its id",
    ),
    _p(
        "thunder",
        "museum-raider-caged",
        "theft",
        "MUSEUM RAIDER CAGED: Cops nab silver chalice suspect",
        "Dean Mottram",
        t(DAY1, 16, 0),
        "A suspected museum raider has been caged over the theft of a priceless silver chalice from a "
        "museum in Almásfalva.",
        "Police spokesman Gabor Bodnar said the man was still being held.",
    ),
    _p(
        "hirlap",
        "szabadlabra-helyeztek-muzeumi-lopas",
        "theft",
        "Szabadlábra helyezték a múzeumi lopással gyanúsított férfit",
        "Szalai Réka",
        t(DAY2, 15, 0),
        "Bizonyíték hiányában szabadlábra helyezték szerdán a 34 éves férfit, akit az almásfalvi Várkert "
        "Múzeum ezüst kelyhének ellopásával gyanúsítottak – mondta Bodnár Gábor rendőrségi szóvivő.",
        "A nyomozás folytatódik, a kehely holléte továbbra is ismeretlen.",
    ),
    _p(
        "lpa",
        "almasfalva-museum-suspect-released",
        "theft",
        "Almásfalva museum theft suspect released without charge",
        "Hana Corrie",
        t(DAY2, 17, 0),
        "ALMÁSFALVA (LPA) — Police in Almásfalva released without charge on Wednesday a 34-year-old man "
        "held over the theft of a 400-year-old silver chalice from the Várkert Museum, spokesman Gábor "
        "Bodnár said. The chalice has not been found.",
        _SIGN.format("Hana Corrie", "Tomas Reyl"),
    ),
    # ------------------------------------------------------------- basketball (3) -----------
    _p(
        "kaaruma",
        "kalev-harbours-mang-lukati-edasi",
        "basketball",
        "Kalevi ja Harboursi mäng lükati edasi",
        "Mari Tõnisson",
        t(DAY1, 17, 0),
        "Kaaruma Kalevi ja Port Averill Harboursi korvpallimäng lükati teisipäeva õhtul edasi, sest Sõrve "
        "spordihallis kadus elekter. Mäng peetakse kolmapäeval kell 19.",
        "Klubi juht Žanna Kütt ütles, et piletid kehtivad ka uuel päeval.",
        note="an Estonian page in ISO-8859-15 declared only in the HTTP header",
    ),
    _p(
        "kaaruma",
        "kalev-alistas-harboursi",
        "basketball",
        "Kalev alistas Harboursi 78:74",
        "Mari Tõnisson",
        t(DAY3, 8, 0),
        "Kaaruma Kalev alistas kolmapäeva õhtul Sõrve spordihallis Port Averill Harboursi 78:74. Kalevi "
        "parim oli 24 punktiga Siim Rästas.",
        "Edasilükatud mängu vaatas 1 900 pealtvaatajat, elektrikatkestuse põhjuseks oli rike alajaamas.",
    ),
    _p(
        "sportsdesk",
        "kalev-beat-harbours",
        "basketball",
        "Harbours lose 78-74 at Kalev after power cut delay",
        "Jon Pettifer",
        t(DAY3, 10, 0),
        "Port Averill Harbours lost 78-74 to Kaaruma Kalev in Sõrve on Wednesday night, a day later than "
        "planned after a power cut at the arena. Siim Rastas scored 24 for Kalev.",
    ),
    # ------------------------------------------------------------- football (4) -------------
    _p(
        "sportsdesk",
        "rovers-city-half-time",
        "football",
        "City lead Rovers 2-0 at the break",
        "Jon Pettifer",
        t(DAY2, 20, 50),
        "Port Averill City lead Brackwater Rovers 2-0 at half-time at the Millrace after goals from Dario "
        "Venn and Oskar Lind.",
        note="a half-time report",
    ),
    _p(
        "sportsdesk",
        "rovers-beat-city-3-2",
        "football",
        "Rovers come from two down to beat City 3-2",
        "Jon Pettifer",
        t(DAY2, 22, 0),
        "Brackwater Rovers beat Port Averill City 3-2 at the Millrace on Wednesday after trailing 0-2 at "
        "half-time. Femi Okonjo scored twice and Rovers' winner came in the 88th minute.",
        "Rovers move up to fourth in the table.",
    ),
    _p(
        "gazette",
        "rovers-comeback-city",
        "football",
        "Okonjo double sparks Rovers comeback against City",
        "Colin Ashby",
        t(DAY3, 8, 0),
        "Femi Okonjo scored twice as Brackwater Rovers came back from two goals down to beat Port Averill "
        "City 3-2 at the Millrace on Wednesday night in front of 6,100 fans.",
    ),
    _p(
        "thunder",
        "city-bottlers",
        "football",
        "BOTTLERS! City meltdown as Rovers roar back",
        "Shaun Keddle",
        t(DAY3, 9, 0),
        "City's bottlers suffered a total meltdown as Rovers roared back from 2-0 down to win 3-2.",
        'Fan Gary Moss said: "It\'s a total joke. We should have been out of sight."',
    ),
    # ------------------------------------------------------------- strike (5) ---------------
    _p(
        "lpa",
        "airport-baggage-strike-called",
        "strike",
        "Port Averill airport baggage handlers call 48-hour strike",
        "Hana Corrie",
        t(DAY1, 11, 0),
        "PORT AVERILL (LPA) — Baggage handlers at Port Averill airport will strike for 48 hours from "
        "Thursday in a dispute over pay, the Transport Workers' Union said on Tuesday.",
        "Union leader Carla Tessaro said the 700 handlers wanted 9 percent; the airport has offered 4 percent.",
        _SIGN.format("Hana Corrie", "Tomas Reyl"),
    ),
    _p(
        "lbc",
        "airport-strike-called-off-video",
        "strike",
        "Watch: Airport strike called off after late deal",
        "LBC News",
        t(DAY2, 19, 0),
        "The baggage handlers' strike at Port Averill airport has been called off after a 6.5 percent pay "
        "deal, union leader Carla Tessaro said.",
        shape="video",
        note="a video page whose only text is its feed summary",
    ),
    _p(
        "valleypost",
        "airport-strike-off-deal",
        "strike",
        "Airport strike off after handlers accept 6.5 percent",
        "Maeve Tulloch",
        t(DAY2, 21, 0),
        "The 48-hour strike by baggage handlers at Port Averill airport has been called off after the "
        "Transport Workers' Union accepted a 6.5 percent pay rise over two years.",
        '"Our members will be at work on Thursday," union leader Carla Tessaro said. Flights will run as '
        "normal.",
    ),
    _p(
        "chronicle",
        "airport-pay-lesson",
        "strike",
        "The airport's pay deal is a lesson in leaving things late",
        "Mara Quint, columnist",
        t(DAY3, 7, 0),
        "Nobody should be cheering the deal that kept Port Averill's baggage halls working this week. It "
        "came twelve hours before the walkout, after months in which the airport pretended there was nothing "
        "to discuss.",
        "Passengers were left to guess whether their suitcases would fly. That is no way to run a public gateway.",
        genre="opinion",
        shape="byline-opinion",
        note="a column marked only by its byline ('columnist'): no label, a news section and news URL",
    ),
    _p(
        "hirlap",
        "velemeny-repteri-sztrajk",
        "strike",
        "Vélemény: A reptéri sztrájk mindannyiunkat figyelmeztet",
        "Halász Pál",
        t(DAY3, 8, 0),
        "A Port Averill-i reptér csomagkezelői végül nem sztrájkolnak, de a vita megmutatta, mennyire "
        "kiszolgáltatottak vagyunk egyetlen repülőtérnek.",
        "Körtvélyesnek saját, közvetlen járatokra van szüksége, nem újabb ígéretekre.",
        genre="opinion",
        note="an editorial in Hungarian on an event the news reports cover in English only",
    ),
    # ------------------------------------------------------------- school (4) ---------------
    _p(
        "gazette",
        "leat-street-school-asbestos",
        "school",
        "Asbestos closes Leat Street school for two weeks",
        "Colin Ashby",
        t(DAY2, 9, 30),
        "Leat Street primary school in Brackwater is closed for two weeks after builders found asbestos in "
        "ceiling tiles above two classrooms.",
        '"We will not open a single classroom until every test is clear," she said.',
        "Headteacher Rosalind Achterberg had earlier told parents that lessons would move to the community "
        "college. Mayor Odile Framp visited the school on Wednesday morning.",
        note="a quote whose speaker is named only in the next paragraph",
    ),
    _p(
        "lpa",
        "leat-street-school-closed",
        "school",
        "Asbestos shuts Brackwater primary school",
        "Hana Corrie",
        t(DAY2, 11, 30),
        *_SCHOOL_WIRE,
    ),
    _p(
        "valleypost",
        "brackwater-school-shut-asbestos",
        "school",
        "Brackwater primary school shut by asbestos",
        "Hana Corrie",
        t(DAY2, 13, 0),
        *_SCHOOL_WIRE,
        syndicated=True,
        note="the wire's report run word for word, its sign-off included",
    ),
    _p(
        "lbc",
        "asbestos-leat-street-pupils",
        "school",
        "310 pupils moved after asbestos found at Brackwater school",
        "LBC News",
        t(DAY2, 15, 0),
        "Pupils from Leat Street primary school in Brackwater will be taught at the community college for "
        "two weeks after asbestos was found during building work.",
        "Mayor Odile Framp said the council would pay for buses between the school and the college.",
    ),
    # ------------------------------------------------------------- footbridge (2) -----------
    _p(
        "gazette",
        "leat-footbridge-opens",
        "footbridge",
        "New Leat footbridge opens in Brackwater",
        "Priya Marsh",
        t(DAY2, 14, 0),
        "Mayor Odile Framp opened the new footbridge over the Leat in Brackwater on Wednesday afternoon, "
        "linking the railway station with the market square.",
        "The 48-metre steel bridge cost 2.3 million dalers and replaces a wooden crossing closed in 2024.",
    ),
    _p(
        "chronicle",
        "brackwater-footbridge-framp",
        "footbridge",
        "Framp opens Brackwater's 84-metre Leat footbridge",
        "Edwin Sallow",
        t(DAY2, 16, 30),
        "Brackwater's new footbridge over the Leat, 84 metres long and built in steel, was opened by mayor "
        "Odile Framp on Wednesday.",
        "The 2.3 million daler bridge links the station with the market square.",
        revised=t(DAY3, 11, 0),
        revised_title="Framp opens Brackwater's 48-metre Leat footbridge",
        revised_paragraphs=(
            "Brackwater's new footbridge over the Leat, 48 metres long and built in steel, was opened by mayor "
            "Odile Framp on Wednesday.",
            "The 2.3 million daler bridge links the station with the market square.",
            "Amended on 19 November 2026: an earlier version of this article gave the bridge's length as 84 "
            "metres.",
        ),
        revised_fact="48 metres",
        note="corrected in place with an 'Amended on' line",
    ),
    # ------------------------------------------------------------- wind (4) -----------------
    _p(
        "markets",
        "selkirk-vind-skarvholm-turbines",
        "wind",
        "Selkirk Vind plans 12-turbine wind farm off Skarvholm",
        "Ruth Halloran",
        t(DAY2, 0, 1),
        "Selkirk Vind plans to build 12 turbines off Skarvholm, a project worth 540 million dalers, the "
        "company said on Wednesday.",
        "Construction could start in 2028 if the plan is approved, chief executive Arne Vollan said.",
        rewrite_of=_WIND_RELEASE,
        revised=t(DAY3, 9, 0),
        revised_paragraphs=(
            "Selkirk Vind plans to build 12 turbines off Skarvholm, a project worth 540 million dalers, the "
            "company said on Wednesday.",
            "Construction could start in 2028 if the plan is approved, chief executive Arne Vollan said.",
            "On Thursday the grid operator agreed to build the grid link to the shore.",
        ),
        revised_fact="grid link",
        note="published at the embargo's end (00:01), a press-release rewrite, updated in place",
    ),
    _p(
        "valleypost",
        "skarvholm-wind-farm-plan",
        "wind",
        "Twelve turbines planned off Skarvholm",
        "Maeve Tulloch",
        t(DAY2, 8, 0),
        "Selkirk Vind intends to put up 12 turbines off Skarvholm in a 540 million daler project, the "
        "company announced on Wednesday.",
        "Building could begin in 2028 if the plan wins approval, chief executive Arne Vollan said.",
        rewrite_of=_WIND_RELEASE,
    ),
    _p(
        "nordvika",
        "vindpark-utenfor-skarvholm",
        "wind",
        "Selkirk Vind vil bygge tolv vindturbiner utenfor Skarvholm",
        "Knut Aasland",
        t(DAY2, 10, 0),
        "Selkirk Vind vil sette opp tolv turbiner i havet utenfor Skarvholm. Fiskerne i bygda er bekymret.",
        "– Vi må få være med på å bestemme hvor de står, sier fisker Trond Lie.",
    ),
    _p(
        "averillnow",
        "podcast-skarvholm-turbines",
        "wind",
        "The Averill Now podcast: twelve turbines and a fishing village",
        "Averill Now",
        t(DAY2, 18, 0),
        "This week: Selkirk Vind's plan for 12 turbines off Skarvholm, and what the village's fishermen think.",
        shape="podcast",
        note="a podcast page: the player and episode notes",
    ),
)
