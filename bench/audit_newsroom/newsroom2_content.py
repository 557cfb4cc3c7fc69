"""The second audit newsroom's content: outlets, events and the articles each outlet ran.

A held-out set (twelfth session): written from scratch, never used to tune plainwire. Every
text was written for this audit: the federation of Corvenne, its regions (Dunhollow, the
German-speaking canton of Hochtann, the Spanish-speaking province of Valleoscuro), towns,
people, firms and events are invented. Nothing is copied or paraphrased from real news or
from the development data sets.

Plain data only (no I/O); ``newsroom2_render.py`` turns it into pages and feeds. Dates are
three days, 3 to 5 November 2026 (UTC). What real coverage throws at a story engine is here
on purpose: a court ruling, an election count whose final figures arrive in an article
updated in place, company results behind a paywall teaser, a sports result also reported in
German, a science study with caveats (and a tabloid that drops them), a landslide over three
days with rising casualty counts (a live blog, a photo gallery, Spanish reports), a strike
with two sides, a product recall run word for word by two papers from the wire, a derailment
whose injured are counted three ways, a policy with reactions, two unrelated events in one
town on one day, and a follow-up days later that is a story of its own. Opinion columns, two
editorials and an analysis piece must stay under Opinions.
"""

from __future__ import annotations

from datetime import UTC, datetime

# The record classes are shared with the third newsroom (newsroom_pages.py).
from newsroom_pages import OutletSpec, Piece

DAY1, DAY2, DAY3 = 3, 4, 5  # November 2026


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    OutletSpec("dispatch", "Meridian Press Agency", "rss", "wire", "add"),
    OutletSpec("blaze", "The Daily Blaze", "rss-utm", "tabloid", "add"),
    OutletSpec("cbs", "Corvenne Broadcasting Service", "atom-relative", "broadcaster", "add-home"),
    OutletSpec("standard", "The Financial Standard", "jsonfeed", "business", "add"),
    OutletSpec("herald", "Dunhollow Herald", "rss", "regional", "opml"),
    OutletSpec("tageblatt", "Hochtanner Tageblatt", "rss", "plain", "opml", language="de", utc_offset=1),
    OutletSpec("diario", "El Diario de Valleoscuro", "atom", "plain", "opml", language="es", utc_offset=1),
    OutletSpec("gazette", "Saltreach Gazette", "rss-entities", "paper", "opml"),
    OutletSpec("sentinel", "The Corvenne Sentinel", "rss", "paper", "opml"),
    OutletSpec("newsline", "Newsline 24", "jsonfeed-amp", "plain", "opml"),
    OutletSpec("terrace", "Terrace Talk", "rss", "plain", "opml"),
    OutletSpec("labnotes", "Corvenne Science Monitor", "atom", "plain", "opml"),
    OutletSpec("advertiser", "Merrow Vale Advertiser", "rss", "paper", "opml"),
    OutletSpec("citizen", "Eastbank Citizen", "rss", "plain", "opml"),
)

EVENTS: dict[str, str] = {
    "ruling": "High Court rules Saltreach houseboat evictions unlawful",
    "count": "Dunhollow regional assembly election count",
    "results": "Halvard Telecom results and job cuts",
    "match": "Saltreach Mariners beat Altbruck Adler 3-1",
    "study": "Cycling to work and sick days: an observational study",
    "landslide": "Landslide at Roca Alta, Valleoscuro (three days, rising count)",
    "strike": "Saltreach bus drivers' 48-hour strike",
    "recall": "Korrin Appliances recalls KA-200 kettles",
    "crash": "Regional train derails at Ashcombe Junction",
    "policy": "Free school meals for all primary pupils",
    "library": "Dunhollow central library reopens (same town, same day as the water main)",
    "watermain": "Burst water main floods Dunhollow High Street (same town, same day as the library)",
    "crashreport": "Rail Safety Board's first report on the Ashcombe derailment (follow-up, a new story)",
    "cablecar": "Hochtann approves a cable car to the Kessberg (German and English)",
    "bakery": "Merrow Vale bakery wins a bread prize (one outlet)",
}

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "carnage",
    "horror",
    "chaos",
    "fury",
    "furious",
    "slammed",
    "axed",
    "axe",
    "fat cat",
    "fat cats",
    "nightmare",
    "miracle",
    "wonder",
    "heartbreak",
    "hammered",
    "outrage",
    "savage",
    "plunged",
    "hell",
    "ransom",
    "greedy",
    "cures",
    "deadly",
    "terrifying",
    "mangled",
    "screaming",
    "shambles",
    "humiliated",
    "thrashed",
    "magic",
    "hero",
    "handout",
    "millionaires",
    "torrent",
    "swamped",
    "boffins",
)

# What a reader needs from each story (any one alternative of a tuple counts).
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ruling": (
        ("High Court",),
        ("houseboat",),
        ("unlawful",),
        ("38 households", "38 houseboat"),
        ("Penhallow",),
        ("4,000 crowns",),
    ),
    "count": (
        ("Commons Alliance",),
        ("19 of the 45", "19 seats"),
        ("Rural League",),
        ("58.2 percent",),
        ("Rudd",),
    ),
    "results": (
        ("Halvard",),
        ("600 jobs", "600 posts", "600 roles"),
        ("18 percent",),
        ("212 million",),
        ("Marlow",),
    ),
    "match": (("3-1",), ("Mariners",), ("Adler",), ("Brannagh",)),
    "study": (
        ("2,400",),
        ("23 percent",),
        ("cannot prove", "does not prove", "could not prove", "observational", "not show that cycling"),
        ("Sovik",),
    ),
    "landslide": (
        ("Roca Alta",),
        ("landslide",),
        ("12 people", "12 dead", "death toll to 12", "rose to 12", "12 bodies", "killed 12"),
        ("two people", "two still missing", "two remain missing", "two missing"),
    ),
    "strike": (
        ("48-hour", "48 hours"),
        ("Transport Workers' Guild", "Guild"),
        ("9 percent",),
        ("Saltreach City Transit", "City Transit"),
        ("4 percent",),
    ),
    "recall": (("Korrin",), ("85,000",), ("KA-200",), ("refund",), ("overheat",)),
    "crash": (
        ("Ashcombe",),
        ("derail",),
        ("27 people", "27 passengers", "27 were injured", "27 injured"),
        ("two seriously", "two of them seriously", "two were seriously", "two are seriously"),
    ),
    "policy": (
        ("free school meals", "free meals"),
        ("340 million",),
        ("September",),
        ("Achterberg",),
        ("unfunded",),
    ),
    "library": (("library",), ("4.2 million",), ("Dunhollow",)),
    "watermain": (("water main",), ("200 homes", "about 200"), ("High Street",)),
    "crashreport": (
        ("broken rail", "rail had broken", "cracked rail"),
        ("Rail Safety Board",),
        ("Ashcombe",),
    ),
    "cablecar": (("cable car",), ("48 million",), ("Kessberg",)),
}
# Figures a later or official report replaced: the page should not give them as current fact.
SUPERSEDED: dict[str, tuple[str, ...]] = {
    "landslide": (
        "at least four",
        "four people",
        "four dead",
        "nine people",
        "rises to nine",
        "ninth body",
        "number of dead to eight",
        "eleven people",
        "six are still missing",
        "six people are still missing",
    ),
    "crash": ("injuring 23", "23 injured", "23 people", "at least 31", "31 hurt"),
    "count": ("16 seats", "38 of 45 seats", "38 of the 45 seats", "with most seats declared"),
}
# Events that share a town, a day or a subject but are different stories.
APART: tuple[tuple[str, str], ...] = (("library", "watermain"), ("crash", "crashreport"))
NEWSROOM = 2  # (the audit runs the extra checks for this set)
# How the text would name an outlet ("told the Herald").
OUTLET_SHORT = ("Herald", "Blaze", "Gazette", "Sentinel", "Standard", "Citizen", "Advertiser", "Newsline")

_RECALL_WIRE = (
    "Korrin Appliances is recalling 85,000 electric kettles sold since March because the base can overheat "
    "and melt, the company said on Wednesday.",
    "The recall covers the KA-200 model in white and grey, sold by supermarkets and online for about 39 "
    "crowns. Owners should stop using the kettle, unplug it and ask for a full refund, Korrin said.",
    "The company said it had received 14 reports of the base melting, including three of minor burns to "
    "hands. No one was seriously hurt.",
    '"We are sorry, and we have stopped selling the model while we find the cause," managing director '
    "Lionel Vasquez said.",
    "The national product safety office said it was monitoring the recall. Owners can check the batch "
    "number printed under the base on Korrin's website.",
)

_LIVE = (
    "16:40 The regional emergency service has confirmed that a ninth body has been recovered. Six people "
    "are still missing, officials said.",
    "15:05 Rain has started again over the valley. The civil protection agency says work near the upper "
    "slope has been paused as a precaution.",
    "13:20 Governor Marisol Ventura, visiting the school now used as a shelter, said 160 residents had "
    'spent the night there. "No family will be left to face this alone," she said.',
    "11:45 Two more bodies have been found under the collapsed houses on Calle del Molino, bringing the "
    "number of dead to eight, according to the emergency service.",
    "10:10 Specialist search teams with dogs have arrived from Saltreach and Altbruck, the interior "
    "ministry says.",
    "08:30 Welcome to our live coverage of the landslide at Roca Alta, where rescuers are searching for "
    "people still missing after Tuesday's collapse of the hillside above the village.",
)

PIECES: tuple[Piece, ...] = (
    # ------------------------------------------------------------- ruling (4) ---------------
    Piece(
        "dispatch",
        "court-rules-saltreach-houseboat-evictions-unlawful",
        "ruling",
        "Court rules Saltreach houseboat evictions unlawful",
        "Anneke Varga",
        t(DAY1, 10, 20),
        (
            "The High Court ruled on Tuesday that the Saltreach Harbour Authority acted unlawfully when it "
            "evicted 38 households living on houseboats in the city's Old Basin last winter.",
            "Justice Orla Penhallow said the authority had given residents 14 days' notice where the law "
            "required three months, and ordered it to pay each household 4,000 crowns in compensation.",
            '"The residents were treated as an obstacle rather than as tenants with rights," the judge said '
            "in her ruling.",
            "The harbour authority said it would study the judgment and had not decided whether to appeal. It "
            "has 28 days to do so.",
        ),
    ),
    Piece(
        "gazette",
        "houseboat-families-win-case-against-harbour-authority",
        "ruling",
        "Houseboat families win case & harbour authority ordered to pay",
        "Tomasz Keel",
        t(DAY1, 11, 5),
        (
            "Families evicted from their houseboats in the Old Basin have won their case against the "
            "Saltreach Harbour Authority at the High Court.",
            "Justice Orla Penhallow found the evictions of 38 households unlawful and ordered the authority "
            "to pay 4,000 crowns to each.",
            "\"We lost our homes in January with two weeks' warning. Today someone finally said that was "
            'wrong," said Wren Abbott, who lived on the boat Marigold for eleven years and led the case.',
            "The authority cleared the basin to make way for a marina development, which is now half built.",
            "Its chief executive, Gideon Marsh, said the authority respected the court and would "
            '"reflect carefully" on the judgment.',
        ),
        note="ampersand in the title, double-escaped in the feed",
    ),
    Piece(
        "cbs",
        "high-court-backs-old-basin-houseboat-residents",
        "ruling",
        "High Court backs Old Basin houseboat residents",
        "CBS News",
        t(DAY1, 12, 0),
        (
            "The High Court has ruled that 38 households were unlawfully evicted from houseboats in "
            "Saltreach's Old Basin.",
            "Justice Orla Penhallow said the Saltreach Harbour Authority should have given three months' "
            "notice, not 14 days, and ordered compensation of 4,000 crowns per household.",
            "Lawyer Ifeoma Castell, who represented the residents, said some of them had spent the winter in "
            "emergency housing and that the compensation would not cover their losses.",
            "The residents cannot return to the basin, where a marina is being built, the ruling said.",
        ),
    ),
    Piece(
        "sentinel",
        "the-harbour-authority-owes-the-old-basin-an-apology",
        "ruling",
        "The harbour authority owes the Old Basin an apology, not a shrug",
        "Columnist: Imogen Thale",
        t(DAY2, 7, 30),
        (
            "I have lived in Saltreach for thirty years, and I cannot remember a public body behaving with "
            "less grace than the harbour authority did last winter.",
            "Yesterday's ruling confirms what anyone who watched the evictions already knew: the people of "
            "the Old Basin were treated as a nuisance to be cleared for a marina.",
            "Four thousand crowns is not nothing, but it is not a home. The authority should stop "
            '"reflecting carefully" and say the one word it has so far avoided: sorry.',
            "If it appeals, it will be spending public money to defend the indefensible.",
        ),
        genre="opinion",
    ),
    # ------------------------------------------------------------- count (5) ----------------
    Piece(
        "herald",
        "commons-alliance-leads-as-dunhollow-count-continues",
        "count",
        "Commons Alliance leads as Dunhollow count goes on into the night",
        "Beatrix Hollins",
        t(DAY1, 22, 30),
        (
            "The Commons Alliance was on course to become the largest party in the Dunhollow regional "
            "assembly late on Tuesday, with 38 of the 45 seats declared.",
            "The party had won 16 seats so far, against 12 for the Rural League and seven for the Civic "
            "Party. Turnout was 58.2 percent, up from 51 percent in 2022.",
            "Commons Alliance leader Tamsin Rudd, a former teacher from Kettlewick, thanked volunteers at the "
            'count in the Corn Exchange. "It\'s not over, but people have asked for change," she said.',
            "The Rural League, which has led the assembly for eight years, said it would wait for the final "
            "result before commenting.",
        ),
        note="windows-1252 page, declared as such; curly quotes and a dash",
    ),
    Piece(
        "cbs",
        "dunhollow-election-count",
        "count",
        "Dunhollow election: Commons Alliance ahead with most seats declared",
        "CBS News",
        t(DAY1, 23, 10),
        (
            "The Commons Alliance is ahead in the Dunhollow regional assembly election, with 38 of 45 seats "
            "declared shortly before midnight.",
            "Turnout was 58.2 percent, the highest in a Dunhollow election for twenty years.",
            "Counting in the seven rural seats will resume on Wednesday morning.",
        ),
        revised=t(DAY2, 9, 30),
        revised_title="Commons Alliance wins 19 of 45 seats in Dunhollow election",
        revised_paragraphs=(
            "The Commons Alliance has won 19 of the 45 seats in the Dunhollow regional assembly, the final "
            "count showed on Wednesday, ending eight years of Rural League control but falling short of a "
            "majority.",
            "The Rural League won 14 seats, the Civic Party eight and independents four. Turnout was 58.2 "
            "percent, the highest in a Dunhollow election for twenty years.",
            "Commons Alliance leader Tamsin Rudd said she would open coalition talks with the Civic Party on "
            'Friday. "Voters have given us the most seats, not all of them, and we will govern like that," '
            "she said.",
            "Rural League leader Aldous Penn conceded and said his party would be a constructive opposition.",
        ),
        revised_fact="coalition talks with the Civic Party",
        note="updated in place: same URL, final figures the next morning",
    ),
    Piece(
        "dispatch",
        "commons-alliance-heads-for-win-in-dunhollow",
        "count",
        "Commons Alliance heads for win in Dunhollow regional vote",
        "Pavel Ostrow",
        t(DAY1, 23, 40),
        (
            "The left-leaning Commons Alliance was heading for victory in the Dunhollow regional assembly "
            "election on Tuesday, partial results showed.",
            "With 38 of 45 seats declared, the Alliance had 16 seats and the governing Rural League 12, "
            "according to the regional returning officer. Turnout was 58.2 percent.",
            "The final seven seats, all in the rural north of the region, will be counted on Wednesday.",
        ),
    ),
    Piece(
        "sentinel",
        "dunhollow-result-what-it-means",
        "count",
        "Analysis: Dunhollow's result is a warning to every incumbent",
        "Rufus Almond, political editor",
        t(DAY2, 13, 0),
        (
            "The headline number from Dunhollow is 19 seats for the Commons Alliance. The more telling one "
            "is the turnout: 58.2 percent, seven points higher than last time.",
            "The Rural League did not lose because its voters stayed at home. It lost because people who "
            "had not voted for years turned up, and most of them voted against it.",
            "For the national government, which faces its own election in eighteen months, that pattern "
            "should be more worrying than any single seat.",
            "A coalition with the Civic Party is the likeliest outcome, but its eight members will extract "
            "a price, probably on the regional transport budget.",
        ),
        genre="analysis",
    ),
    Piece(
        "blaze",
        "rural-league-hammered-in-dunhollow",
        "count",
        "Rural League HAMMERED as Dunhollow voters deliver savage verdict",
        "Kit Farrant",
        t(DAY2, 11, 0),
        (
            "Voters delivered a savage verdict on the Rural League yesterday, hammering the party out of "
            "power after eight years.",
            "Tamsin Rudd's Commons Alliance romped to 19 seats as the League plunged to just 14.",
            "Humiliated League chief Aldous Penn was booed as he left the count.",
            "Rudd now needs the Civic Party's eight seats to take control.",
        ),
    ),
    # ------------------------------------------------------------- results (5) --------------
    Piece(
        "standard",
        "halvard-profit-falls-18-percent",
        "results",
        "Halvard profit falls 18% as it cuts 600 jobs",
        "Odile Brandt, telecoms correspondent",
        t(DAY2, 7, 15),
        (
            "Halvard Telecom's net profit fell 18 percent to 212 million crowns in the third quarter, and "
            "the company said it would cut 600 jobs by the end of next year.",
            "Revenue was flat at 2.31 billion crowns as price competition in mobile contracts offset growth "
            "in business broadband.",
        ),
        shape="teaser",
        note="paywall teaser: two paragraphs and a subscribe box",
    ),
    Piece(
        "dispatch",
        "halvard-telecom-to-cut-600-jobs-as-profit-drops",
        "results",
        "Halvard Telecom to cut 600 jobs as quarterly profit drops",
        "Lena Hask",
        t(DAY2, 7, 40),
        (
            "Halvard Telecom, Corvenne's second-largest phone company, said on Wednesday it would cut 600 "
            "jobs after its third-quarter net profit fell 18 percent to 212 million crowns.",
            "Revenue was 2.31 billion crowns, unchanged from a year earlier. The company blamed a price war "
            "in mobile contracts.",
            '"We have to be smaller to stay competitive," chief executive Ines Marlow told analysts on a '
            "call. Most of the cuts will fall on call centres and middle management, she said.",
            "Halvard shares fell 7 percent in morning trading in Altbruck.",
            "The Communication Workers' Union said it would ballot members on industrial action.",
        ),
    ),
    Piece(
        "gazette",
        "halvard-cuts-150-jobs-at-saltreach-call-centre",
        "results",
        "Halvard's cuts: 150 jobs to go at Saltreach call centre",
        "Tomasz Keel",
        t(DAY2, 10, 0),
        (
            "About 150 of the 600 jobs Halvard Telecom plans to cut will go at its call centre on Ropewalk "
            "Lane in Saltreach, staff were told on Wednesday.",
            "The centre employs 420 people. Halvard said it would seek volunteers for redundancy first.",
            '"People found out from the news before their managers told them," said one worker, who asked '
            "not to be named.",
            "Halvard reported an 18 percent fall in quarterly profit, to 212 million crowns.",
        ),
    ),
    Piece(
        "blaze",
        "fat-cat-halvard-bosses-axe-600-jobs",
        "results",
        "Fat cat Halvard bosses AXE 600 jobs - then pocket bonuses",
        "Kit Farrant",
        t(DAY2, 12, 0),
        (
            "Greedy bosses at Halvard Telecom axed 600 jobs yesterday - while profits still topped 200 "
            "MILLION crowns.",
            "Fat cat chief Ines Marlow, who pocketed 3.1 million crowns last year, said the firm had to be "
            '"smaller".',
            "Furious staff at the Saltreach call centre said the news was a nightmare.",
        ),
    ),
    Piece(
        "standard",
        "halvard-cuts-are-overdue",
        "results",
        "Halvard's cuts are overdue, and not deep enough",
        "The Standard's markets column",
        t(DAY2, 18, 0),
        (
            "Halvard's management deserves credit for finally admitting the obvious: a company whose revenue "
            "has not grown in three years cannot keep the cost base of one that is expanding.",
            "But 600 jobs out of 9,000 is a trim, not a restructuring. Investors who sold the shares on "
            "Wednesday are right to doubt that it will be the last round.",
            "The better question is why the board waited for profits to fall 18 percent before acting.",
        ),
        genre="opinion",
    ),
    # ------------------------------------------------------------- match (4) ----------------
    Piece(
        "terrace",
        "mariners-beat-adler-3-1",
        "match",
        "Brannagh double as Mariners beat Adler 3-1",
        "Sol Dempsey",
        t(DAY1, 21, 40),
        (
            "Kofi Brannagh scored twice as Saltreach Mariners beat Altbruck Adler 3-1 at the Quay Stadium on "
            "Tuesday to go top of the Corvenne League.",
            "Brannagh opened the scoring after 12 minutes and added a second from the penalty spot before "
            "half-time. Jonas Weidlich pulled one back for Adler with a header in the 61st minute.",
            "Substitute Theo Marr sealed the win in stoppage time.",
            "The crowd of 18,200 was the largest at the Quay Stadium this season.",
        ),
    ),
    Piece(
        "tageblatt",
        "adler-verliert-in-saltreach",
        "match",
        "Adler verliert 1:3 in Saltreach",
        "Greta Imhof",
        t(DAY1, 22, 15),
        (
            "Altbruck Adler hat am Dienstagabend bei den Saltreach Mariners mit 1:3 verloren und ist in der "
            "Tabelle auf den zweiten Platz zurückgefallen.",
            "Kofi Brannagh traf für die Gastgeber zweimal, einmal per Elfmeter. Jonas Weidlich gelang in der "
            "61. Minute per Kopfball der Anschlusstreffer.",
            "Trainer Matthias Rohde sagte nach dem Spiel, seine Mannschaft habe in der ersten Halbzeit zu "
            "viele Fehler gemacht.",
        ),
        language="de",
    ),
    Piece(
        "blaze",
        "magic-brannagh-sinks-adler",
        "match",
        "MAGIC Brannagh sinks sorry Adler as Mariners go top",
        "Dean Rook",
        t(DAY1, 22, 30),
        (
            "Hero Kofi Brannagh worked his magic again as the Mariners thrashed sorry Adler 3-1.",
            "The striker fired home early and then coolly buried a penalty to send the Quay Stadium wild.",
            "Adler's Jonas Weidlich gave the visitors hope, but Theo Marr killed them off at the death.",
        ),
    ),
    Piece(
        "gazette",
        "brannagh-s-double-puts-mariners-top",
        "match",
        "Brannagh's double puts Mariners top of the league",
        "Sol Dempsey",
        t(DAY2, 8, 0),
        (
            "Saltreach Mariners are top of the Corvenne League for the first time since 2019 after a 3-1 win "
            "over Altbruck Adler on Tuesday night.",
            "Kofi Brannagh, signed from Eastbank in the summer, has now scored nine goals in eleven games.",
            '"We don\'t look at the table in November," manager Hattie Lund said. "But the players will '
            'enjoy tonight."',
        ),
        note="apostrophe in the title, double-escaped in the feed",
    ),
    # ------------------------------------------------------------- study (3) ----------------
    Piece(
        "labnotes",
        "cycling-commuters-took-fewer-sick-days",
        "study",
        "Cycling commuters took fewer sick days, study finds, but the cause is unclear",
        "Dr Priya Hallam",
        t(DAY2, 9, 0),
        (
            "People who cycled to work took 23 percent fewer sick days than those who drove, according to a "
            "study of 2,400 adults in Altbruck and Saltreach published on Wednesday.",
            "The researchers, led by Dr Helena Sovik of the University of Merrow, followed the volunteers' "
            "sick leave for two years using employer records.",
            "The study is observational and cannot prove that cycling caused the difference, Sovik said. "
            '"People who cycle may already be healthier, or have jobs that make it easier," she said.',
            "The team adjusted for age, income and smoking, but not for the kind of work people did.",
            "The work was part-funded by the national cycling federation, which had no role in the "
            "analysis, the paper said. It appears in the Corvenne Medical Journal.",
        ),
    ),
    Piece(
        "cbs",
        "cyclists-take-fewer-sick-days-study",
        "study",
        "Cyclists take fewer sick days, University of Merrow study suggests",
        "CBS Health",
        t(DAY2, 10, 30),
        (
            "A University of Merrow study of 2,400 commuters has found that those who cycled to work took "
            "about 23 percent fewer sick days than those who drove.",
            "Lead author Dr Helena Sovik said the findings were an association and did not show that cycling "
            "itself prevented illness.",
            "Independent epidemiologist Dr Caspar Noor said the result was plausible but that healthier people "
            "were more likely to choose to cycle in the first place.",
        ),
    ),
    Piece(
        "blaze",
        "cycling-cures-sick-days-say-boffins",
        "study",
        "Cycling CURES sick days, say boffins",
        "Gemma Pike",
        t(DAY2, 11, 0),
        (
            "Get on your bike! Boffins have found that cycling to work slashes sick days by almost a quarter.",
            "The wonder habit kept 2,400 commuters out of bed and back at their desks, the study found.",
            "Dr Helena Sovik said cyclists took 23 percent fewer days off than drivers.",
        ),
        note="drops the study's caveat",
    ),
    # ------------------------------------------------------------- landslide (8) ------------
    Piece(
        "dispatch",
        "landslide-buries-houses-in-roca-alta",
        "landslide",
        "Landslide buries houses in Valleoscuro village, at least four dead",
        "Marta Quiroga",
        t(DAY1, 9, 30),
        (
            "A landslide after three days of heavy rain buried part of the village of Roca Alta in the "
            "province of Valleoscuro early on Tuesday, killing at least four people, officials said.",
            "Eleven people were missing, the regional emergency service said, and about 40 houses had been "
            "destroyed or damaged on the lower slope of the village.",
            "Rescuers were digging by hand because the only road into the village was blocked, the service "
            "said. Two helicopters were taking injured people to hospital in San Ilario.",
            "The provincial government said 160 residents had been moved to the village school.",
        ),
    ),
    Piece(
        "diario",
        "deslizamiento-en-roca-alta",
        "landslide",
        "Un deslizamiento de tierra sepulta parte de Roca Alta: cuatro muertos",
        "Inés Carvajal",
        t(DAY1, 13, 0),
        (
            "Al menos cuatro personas murieron y once están desaparecidas tras el deslizamiento de tierra que "
            "sepultó el martes de madrugada parte del pueblo de Roca Alta, según el servicio de emergencias.",
            "Las lluvias de los últimos tres días saturaron la ladera sobre la calle del Molino, explicó el "
            "alcalde, Ramón Ibarra.",
            "Unos 160 vecinos han pasado a la escuela del pueblo. La carretera de acceso sigue cortada.",
        ),
        language="es",
    ),
    Piece(
        "newsline",
        "roca-alta-landslide-in-pictures",
        "landslide",
        "In pictures: Roca Alta after the landslide",
        "Newsline 24 picture desk",
        t(DAY1, 16, 0),
        (
            "Rescuers at work in Roca Alta on Tuesday.",
            "Mud covers Calle del Molino.",
            "Residents wait outside the village school.",
            "A helicopter lands in a field below the village.",
        ),
        shape="gallery",
        note="photo gallery: captions only",
    ),
    Piece(
        "cbs",
        "roca-alta-death-toll-rises-to-nine",
        "landslide",
        "Roca Alta landslide: death toll rises to nine",
        "CBS News",
        t(DAY2, 8, 0),
        (
            "Nine people are now known to have died in the landslide at Roca Alta, the regional emergency "
            "service said on Wednesday, and six are still missing.",
            "Search teams with dogs worked through the night. The road into the village was reopened to "
            "emergency vehicles on Wednesday morning.",
            "Governor Marisol Ventura said the province would pay for temporary housing for families who had "
            "lost their homes.",
            "Geologists warned that the upper slope was still moving and that more rain was forecast.",
        ),
    ),
    Piece(
        "newsline",
        "roca-alta-landslide-live",
        "landslide",
        "Roca Alta landslide live: search goes on as rain returns",
        "Newsline 24 live team",
        t(DAY2, 16, 45),
        _LIVE,
        shape="live",
        note="live blog, newest entry first, counts rising down the page",
    ),
    Piece(
        "dispatch",
        "roca-alta-toll-reaches-12-as-search-scaled-back",
        "landslide",
        "Roca Alta landslide toll reaches 12 as search is scaled back",
        "Marta Quiroga",
        t(DAY3, 10, 0),
        (
            "The number of people killed by the landslide at Roca Alta rose to 12 on Thursday, and two people "
            "remain missing, the regional emergency service said.",
            "Rescuers scaled back the search after geologists said the upper slope could give way again. "
            "Drones will be used to survey the area.",
            "Mayor Ramón Ibarra said the village's lower quarter would not be rebuilt in the same place.",
            "Valleoscuro has declared three days of mourning.",
        ),
    ),
    Piece(
        "diario",
        "roca-alta-doce-muertos",
        "landslide",
        "Roca Alta: ya son doce los muertos y dos los desaparecidos",
        "Inés Carvajal",
        t(DAY3, 11, 0),
        (
            "El número de muertos por el deslizamiento de Roca Alta ha subido a doce, y dos personas siguen "
            "desaparecidas, informó el jueves el servicio de emergencias.",
            "La provincia ha decretado tres días de luto oficial.",
            "Los geólogos consideran que la ladera superior sigue siendo inestable.",
        ),
        language="es",
    ),
    Piece(
        "sentinel",
        "the-sentinel-view-roca-alta",
        "landslide",
        "The Sentinel view: Roca Alta's warnings should have been heeded",
        "Editorial board",
        t(DAY3, 19, 0),
        (
            "The landslide at Roca Alta was a natural event, but the scale of the loss was not inevitable.",
            "The slope above Calle del Molino was mapped as unstable in 2019. Houses were still built below "
            "it, and the drainage the survey recommended was never installed.",
            "The province must publish every hazard map it holds, and stop granting permits where its own "
            "geologists have said no.",
            "The families of Roca Alta deserve answers, not another review that reports after everyone has "
            "stopped listening.",
        ),
        genre="opinion",
        shape="editorial",
    ),
    # ------------------------------------------------------------- strike (5) ---------------
    Piece(
        "dispatch",
        "saltreach-bus-drivers-begin-48-hour-strike",
        "strike",
        "Saltreach bus drivers begin 48-hour strike over pay",
        "Anneke Varga",
        t(DAY2, 6, 30),
        (
            "About 1,400 bus drivers in Saltreach began a 48-hour strike on Wednesday after talks on pay broke "
            "down, halting nearly all of the city's bus services.",
            "The Transport Workers' Guild is asking for a 9 percent rise, saying drivers' pay has fallen "
            "behind inflation for three years.",
            "The operator, Saltreach City Transit, has offered 4 percent this year and 3 percent next year, "
            "which it says is all it can afford without raising fares.",
            "Only the night bus and two hospital shuttle routes were running.",
        ),
    ),
    Piece(
        "gazette",
        "drivers-say-they-had-no-choice",
        "strike",
        "Bus strike: drivers say they had no choice",
        "Rosa Delane",
        t(DAY2, 8, 30),
        (
            "Pickets gathered at the Harbour Road depot from 5 a.m. on Wednesday as the bus strike began.",
            '"We\'re not greedy. We want to be able to pay our rent," said Guild branch secretary Nadia '
            "Obuya. The Guild says a new driver earns 2,150 crowns a month.",
            "The union is seeking 9 percent. Saltreach City Transit's offer of 4 percent was rejected by 82 "
            "percent of members in a ballot last month.",
            "Schools said some pupils had been unable to get in.",
        ),
    ),
    Piece(
        "standard",
        "city-transit-says-strike-costs-300000-a-day",
        "strike",
        "City Transit says strike costs it 300,000 crowns a day",
        "Odile Brandt",
        t(DAY2, 9, 0),
        (
            "Saltreach City Transit said the 48-hour drivers' strike would cost it about 300,000 crowns a day "
            "in lost fares.",
            "Chief executive Piers Langley said the company's offer of 4 percent this year and 3 percent next "
            'was fair. "Nine percent would mean fares going up by a fifth. Passengers would pay for it," he '
            "said.",
            "The company receives a subsidy of 41 million crowns a year from the city council.",
        ),
    ),
    Piece(
        "blaze",
        "bus-drivers-hold-city-to-ransom",
        "strike",
        "Bus drivers are holding our city to ransom",
        "Columnist: Barney Quill",
        t(DAY2, 14, 0),
        (
            "I have some sympathy for anyone whose wages have not kept up. I have none for people who leave "
            "pensioners and schoolchildren standing in the rain to make a point.",
            "Nine percent? Nurses would laugh at that. The Guild's leaders know the city cannot pay it.",
            "This strike is chaos by design, and the drivers should go back to work.",
        ),
        genre="opinion",
    ),
    Piece(
        "cbs",
        "bus-strike-talks-to-resume",
        "strike",
        "Saltreach bus strike: talks to resume on Friday",
        "CBS News",
        t(DAY2, 17, 0),
        (
            "Talks between Saltreach City Transit and the Transport Workers' Guild will resume on Friday, the "
            "city's mediation service said, as the 48-hour strike by bus drivers reached its midpoint.",
            "The Guild wants 9 percent and the operator has offered 4 percent. Both sides said they were "
            "willing to talk.",
            "Services are expected to return to normal on Friday morning.",
        ),
    ),
    # ------------------------------------------------------------- recall (5) ---------------
    Piece(
        "dispatch",
        "korrin-recalls-85000-kettles-over-overheating-risk",
        "recall",
        "Korrin recalls 85,000 kettles over overheating risk",
        "Lena Hask",
        t(DAY2, 11, 0),
        _RECALL_WIRE,
    ),
    Piece(
        "advertiser",
        "korrin-recalls-85000-kettles-over-overheating-risk",
        "recall",
        "Korrin recalls 85,000 kettles over overheating risk",
        "Meridian Press Agency",
        t(DAY2, 12, 10),
        _RECALL_WIRE,
        syndicated=True,
        note="wire copy, word for word",
    ),
    Piece(
        "citizen",
        "kettle-recall-85000-korrin",
        "recall",
        "Kettle recall: Korrin calls back 85,000 units",
        "Meridian Press Agency",
        t(DAY2, 13, 30),
        _RECALL_WIRE,
        syndicated=True,
        note="wire copy, word for word, a new headline",
    ),
    Piece(
        "standard",
        "korrin-shares-slip-after-kettle-recall",
        "recall",
        "Korrin shares slip after kettle recall",
        "Nils Arden",
        t(DAY2, 15, 0),
        (
            "Shares in Korrin Appliances fell 4 percent on Wednesday after the company recalled 85,000 KA-200 "
            "kettles.",
            "Analysts at Tollbridge Securities estimated the recall would cost Korrin about 5 million crowns "
            "in refunds and handling, less than a month's profit.",
            "The KA-200 is made for Korrin by a contract manufacturer, which the company did not name.",
        ),
    ),
    Piece(
        "newsline",
        "what-to-do-if-you-own-a-korrin-kettle",
        "recall",
        "Korrin kettle recall: what to do if you own a KA-200",
        "Newsline 24 consumer desk",
        t(DAY2, 15, 30),
        (
            "If you bought a Korrin KA-200 kettle since March, stop using it. The base can overheat, the "
            "company says.",
            "Unplug the kettle and check the batch number under the base against the list on Korrin's "
            "website. Affected owners get a full refund and do not need a receipt.",
            "Korrin says 14 kettles have melted so far, and three people suffered minor burns.",
        ),
        note="listed twice in the feed: once at its URL, once at its AMP URL with utm parameters",
    ),
    # ------------------------------------------------------------- crash (4) ----------------
    Piece(
        "dispatch",
        "train-derails-near-ashcombe-junction",
        "crash",
        "Regional train derails near Ashcombe Junction, 23 injured",
        "Pavel Ostrow",
        t(DAY1, 8, 50),
        (
            "A regional train carrying about 140 passengers from Dunhollow to Saltreach derailed near "
            "Ashcombe Junction on Tuesday morning, injuring 23 people, police said.",
            "Two of the train's four carriages left the track at about 7.40 a.m. and one tipped onto its "
            "side, police said.",
            "The line between Dunhollow and Saltreach was closed and replacement buses were running.",
        ),
        note="first count: 23 injured (police, early)",
    ),
    Piece(
        "blaze",
        "ashcombe-train-horror",
        "crash",
        "TRAIN HORROR: at least 31 hurt as carriages plunge off tracks",
        "Dean Rook",
        t(DAY1, 10, 0),
        (
            "At least 31 terrified passengers were hurt when a packed commuter train plunged off the tracks "
            "near Ashcombe Junction.",
            "Screaming passengers were thrown across the mangled carriages in scenes of carnage.",
            '"It was like being in a washing machine," said passenger Lyle Durran, 41.',
        ),
        note="second count: at least 31 (tabloid)",
    ),
    Piece(
        "cbs",
        "ashcombe-derailment-27-injured",
        "crash",
        "Ashcombe derailment: 27 injured, two seriously",
        "CBS News",
        t(DAY1, 11, 30),
        (
            "Twenty-seven people were injured, two of them seriously, when a regional train derailed near "
            "Ashcombe Junction on Tuesday, the operator Corvenne Rail said.",
            "The 7.05 service from Dunhollow to Saltreach was travelling at about 60 kilometres an hour when "
            "two carriages left the track, the company said.",
            "The Rail Safety Board has sent inspectors to the site. The cause is not yet known.",
            "The line is expected to stay closed until at least Friday.",
        ),
        note="official count: 27, two seriously (the operator)",
    ),
    Piece(
        "herald",
        "passengers-describe-ashcombe-derailment",
        "crash",
        "Passengers describe moment train left the rails at Ashcombe",
        "Beatrix Hollins",
        t(DAY1, 14, 0),
        (
            "Passengers on the derailed Dunhollow to Saltreach train have described a loud bang and then "
            '"everything going sideways" as two carriages left the track near Ashcombe Junction.',
            "Corvenne Rail said 27 people were taken to hospital, two with serious injuries. Police had "
            "earlier given a figure of 23.",
            "Student Maud Ferrante, 19, said passengers helped each other out through the windows of the "
            'carriage that tipped over. "Nobody panicked. People just helped," she said.',
            "The line remains closed.",
        ),
    ),
    # ------------------------------------------------------------- policy (5) ---------------
    Piece(
        "cbs",
        "free-school-meals-for-all-primary-pupils",
        "policy",
        "Free school meals for all primary pupils from September",
        "CBS News",
        t(DAY2, 12, 0),
        (
            "Every primary school pupil in Corvenne will get a free school lunch from September, Education "
            "Minister Rosalind Achterberg announced on Wednesday.",
            "The scheme will cost 340 million crowns a year and cover about 610,000 children, the ministry "
            "said. At present only children from low-income families qualify.",
            '"No child should learn on an empty stomach," Achterberg said.',
            "The opposition National Party said the plan was unfunded and would mean higher taxes.",
            "The National Union of Teachers welcomed the announcement.",
        ),
    ),
    Piece(
        "dispatch",
        "corvenne-to-give-all-primary-pupils-free-lunch",
        "policy",
        "Corvenne to give all primary pupils free lunch",
        "Anneke Varga",
        t(DAY2, 12, 20),
        (
            "Corvenne will provide free school meals to all primary pupils from September at a cost of 340 "
            "million crowns a year, the government said on Wednesday.",
            "Education Minister Rosalind Achterberg said the money would come from the national budget's "
            "contingency reserve in the first year.",
            'National Party education spokesman Conrad Lyle called the plan "unfunded and unaffordable".',
            "School kitchens in about 300 schools will need new equipment, the ministry said.",
        ),
    ),
    Piece(
        "herald",
        "dunhollow-schools-react-to-free-meals-plan",
        "policy",
        "Dunhollow schools welcome free meals plan but ask who will cook",
        "Ned Carrow",
        t(DAY2, 16, 0),
        (
            "Head teachers in Dunhollow have welcomed the government's plan to give every primary pupil a "
            "free school lunch from September, but said many schools do not have kitchens big enough.",
            '"We cook for 90 children now. From September it will be 240," said Agnes Birch, head of '
            "St Aldric's Primary in Kettlewick.",
            "Education Minister Rosalind Achterberg announced the 340 million crown scheme on Wednesday.",
        ),
    ),
    Piece(
        "sentinel",
        "the-sentinel-view-free-meals",
        "policy",
        "The Sentinel view: free meals are right, but say how they will be paid for",
        "Editorial board",
        t(DAY2, 20, 0),
        (
            "The government's decision to give every primary pupil a free lunch is the right one. Children "
            "who eat well learn better, and the stigma of means-tested meals keeps some families from "
            "claiming them.",
            "But ministers have not answered the obvious question. A contingency reserve pays for one year, "
            "not for every year after.",
            "The minister should publish a funding plan before September, not after.",
        ),
        genre="opinion",
        shape="editorial",
    ),
    Piece(
        "blaze",
        "why-are-we-paying-for-millionaires-kids-lunches",
        "policy",
        "Why are we paying for millionaires' kids' lunches?",
        "Columnist: Barney Quill",
        t(DAY3, 8, 0),
        (
            "I grew up on free school dinners and I am grateful for them. But I don't see why a bus driver "
            "should pay for a banker's daughter to eat for free.",
            "This is a handout to families who do not need it, dressed up as kindness.",
            "Give the money to the children who are hungry, and let the rest bring sandwiches.",
        ),
        genre="opinion",
    ),
    # ------------------------------------------------------------- library (2) --------------
    Piece(
        "herald",
        "dunhollow-central-library-reopens",
        "library",
        "Dunhollow central library reopens after two-year refurbishment",
        "Ned Carrow",
        t(DAY3, 10, 0),
        (
            "Dunhollow's central library on Market Square reopened on Thursday after a two-year "
            "refurbishment costing 4.2 million crowns.",
            "The 1902 building now has a lift, a children's floor and a café, and is open until 8 p.m. on "
            "weekdays.",
            '"Libraries are the last free indoor space in most towns," council leader Hamish Grady said at '
            "the reopening.",
            "More than 600 people visited in the first two hours, the council said.",
        ),
        note="same town and day as the water main",
    ),
    Piece(
        "cbs",
        "dunhollow-library-opens-its-doors-again",
        "library",
        "Dunhollow library opens its doors again",
        "CBS News",
        t(DAY3, 11, 0),
        (
            "The central library in Dunhollow reopened on Thursday after a 4.2 million crown refurbishment "
            "that took two years.",
            "The council said the building's Victorian reading room had been restored and a lift added.",
            "Opening hours have been extended to 8 p.m. on weekdays.",
        ),
    ),
    # ------------------------------------------------------------- watermain (3) ------------
    Piece(
        "herald",
        "burst-main-floods-dunhollow-high-street",
        "watermain",
        "Burst main floods Dunhollow High Street",
        "Beatrix Hollins",
        t(DAY3, 9, 0),
        (
            "A burst water main flooded part of Dunhollow High Street early on Thursday, leaving about 200 "
            "homes without water and closing the road between Market Square and the station.",
            "Dunhollow Water said the 1950s cast-iron main split at about 4 a.m. and that engineers were "
            "working to repair it.",
            "Several shops were flooded. Supplies should be back by the evening, the company said.",
        ),
        note="same town and day as the library",
    ),
    Piece(
        "dispatch",
        "water-main-bursts-in-dunhollow",
        "watermain",
        "Water main bursts in Dunhollow, 200 homes without supply",
        "Pavel Ostrow",
        t(DAY3, 9, 40),
        (
            "About 200 homes in the town of Dunhollow were without water on Thursday after a water main burst "
            "under the High Street, the supplier Dunhollow Water said.",
            "The road was closed and buses were diverted. Bottled water was being handed out at the town "
            "hall.",
        ),
    ),
    Piece(
        "blaze",
        "high-street-swamped-as-main-bursts",
        "watermain",
        "High Street SWAMPED as torrent bursts from ancient pipe",
        "Gemma Pike",
        t(DAY3, 12, 0),
        (
            "A torrent of water swamped Dunhollow High Street yesterday when an ancient pipe burst under the "
            "road.",
            'Shopkeepers waded through the chaos to save stock. "It\'s a nightmare," said florist Polly Vane.',
            "About 200 homes were left without water.",
        ),
    ),
    # ------------------------------------------------------------- crashreport (3) ----------
    Piece(
        "dispatch",
        "broken-rail-caused-ashcombe-derailment-report",
        "crashreport",
        "Broken rail caused Ashcombe derailment, first report says",
        "Pavel Ostrow",
        t(DAY3, 14, 0),
        (
            "A broken rail caused Tuesday's derailment near Ashcombe Junction, the Rail Safety Board said on "
            "Thursday in its first report on the accident.",
            "The rail had broken at a weld that was inspected in August, the board said. It has asked Corvenne "
            "Rail to check every weld of the same type on the network within a month.",
            "A speed limit of 40 kilometres an hour has been set on the line when it reopens on Friday.",
        ),
        note="follow-up two days later: a new event",
    ),
    Piece(
        "cbs",
        "rail-safety-board-ashcombe-weld",
        "crashreport",
        "Rail Safety Board orders weld checks after Ashcombe report",
        "CBS News",
        t(DAY3, 15, 0),
        (
            "The Rail Safety Board has ordered checks on about 1,100 rail welds after finding that a broken "
            "rail caused the derailment at Ashcombe Junction.",
            "Its chief inspector, Yusuf Brandvold, said the weld had passed an ultrasonic test in August. "
            '"We need to understand why the test did not find the flaw," he said.',
            "Corvenne Rail said it would carry out the checks at night to limit disruption.",
        ),
    ),
    Piece(
        "herald",
        "ashcombe-line-to-reopen-with-speed-limit",
        "crashreport",
        "Ashcombe line to reopen on Friday with speed limit",
        "Ned Carrow",
        t(DAY3, 16, 30),
        (
            "The railway between Dunhollow and Saltreach will reopen on Friday with a 40 kilometre an hour "
            "limit through Ashcombe Junction, after the Rail Safety Board found a broken rail caused "
            "Tuesday's derailment.",
            "Commuters should expect journeys to take about ten minutes longer, Corvenne Rail said.",
        ),
    ),
    # ------------------------------------------------------------- cablecar (2) -------------
    Piece(
        "tageblatt",
        "kantonsrat-sagt-ja-zur-kessberg-seilbahn",
        "cablecar",
        "Kantonsrat sagt Ja zur Kessberg-Seilbahn",
        "Lukas Ammann",
        t(DAY2, 17, 0),
        (
            "Der Kantonsrat von Hochtann hat am Mittwoch den Bau einer Seilbahn von Altbruck auf den Kessberg "
            "mit 61 zu 38 Stimmen genehmigt.",
            "Die Bahn soll 48 Millionen Kronen kosten und im Winter 2028 in Betrieb gehen.",
            "Umweltverbände kündigten an, gegen die Baubewilligung Einspruch zu erheben.",
        ),
        language="de",
    ),
    Piece(
        "dispatch",
        "hochtann-approves-kessberg-cable-car",
        "cablecar",
        "Hochtann approves 48 million crown cable car to the Kessberg",
        "Lena Hask",
        t(DAY2, 18, 30),
        (
            "The cantonal council of Hochtann on Wednesday approved a 48 million crown cable car from Altbruck "
            "to the summit of the Kessberg, by 61 votes to 38.",
            "The line is due to open in the winter of 2028. Environmental groups said they would challenge "
            "the building permit.",
        ),
    ),
    # ------------------------------------------------------------- bakery (1) ---------------
    Piece(
        "advertiser",
        "merrow-vale-bakery-wins-bread-prize",
        "bakery",
        "Merrow Vale bakery wins national bread prize",
        "Judith Penrose",
        t(DAY3, 9, 30),
        (
            "Crumb & Co, a bakery on Merrow Vale's Church Row, has won the national bread awards' prize for "
            "the best rye loaf.",
            "Owner Sander Lowe said the recipe was his grandmother's.",
        ),
    ),
)
