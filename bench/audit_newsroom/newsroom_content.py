"""The audit newsroom's content: outlets, events and the articles each outlet ran.

Every text here was written for plainwire's end-to-end audit: the country (Tessaly), its
towns, people, firms and events are invented. Nothing is copied or paraphrased from real
news or from the development data sets.

Plain data only (no I/O); ``newsroom_render.py`` turns it into pages and feeds. Dates are two days,
13 and 14 October 2026 (UTC). What the synthesis must handle is here on purpose: quotes with
attribution, figures that differ a little between outlets, a date the next day's report
corrects (the cup parade: Sunday, then Saturday), a later update adding a fact, a
tabloid's loaded version of a calm event, opinion and analysis pieces, one wire story run
word for word by two other outlets, one article in French, one page with no body text and
one very long article.
"""

from __future__ import annotations

from datetime import UTC, datetime

# The record classes are shared with the later newsrooms (newsroom_pages.py); this set uses
# their first fields only (feeds: rss | atom | jsonfeed | rss-wrong-encoding | rss-dead-links |
# not-xml | missing; pages: wire | tabloid | paper | magazine | plain).
from newsroom_pages import OutletSpec, Piece

DAY1, DAY2 = 13, 14  # October 2026


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    OutletSpec("wire", "Castellan Wire", "rss", "wire", "add"),
    OutletSpec("klaxon", "The Morning Klaxon", "rss", "tabloid", "add"),
    OutletSpec("courier", "Brennock Valley Courier", "atom", "paper", "add-home"),
    OutletSpec("ledger", "The Ledger Review", "jsonfeed", "magazine", "add"),
    OutletSpec("post", "Harrowmere Evening Post", "rss", "paper", "opml"),
    OutletSpec("radio", "Tessaly Public Radio", "atom", "plain", "opml"),
    OutletSpec("business", "Tessaly Business Daily", "jsonfeed", "wire", "opml"),
    OutletSpec("estuary", "Port Aldwin Times", "rss", "tabloid", "opml"),
    OutletSpec("journal", "Le Journal de Vaudrelle", "rss", "plain", "opml", language="fr", utc_offset=2),
    OutletSpec("digital", "Northgate Digital", "rss-wrong-encoding", "plain", "opml"),
    # Broken on purpose.
    OutletSpec("bugle", "Quarry Hill Bugle", "not-xml", "plain", "opml"),  # `sources add` refuses it
    OutletSpec("observer", "Fenmarsh Observer", "missing", "plain", "opml"),
    OutletSpec("lowmoor", "Lowmoor Gazette", "rss-dead-links", "plain", "opml"),
)

EVENTS: dict[str, str] = {
    "bridge": "Old Tally Bridge in Brennock closed after inspectors find cracks",
    "dockstrike": "Port Aldwin dock workers strike over shift pay",
    "byelection": "Harrowmere mayoral by-election won by Ilse Varro",
    "storm": "Storm Idony floods the Vaudrelle delta",
    "merger": "Calloway Foods agrees to buy Pinemark Dairies",
    "hospital": "Brennock General opens a children's ward wing",
    "beetle": "Kellburn University finds a new cave beetle",
    "cupfinal": "Harrowmere Rovers win the Tessaly Cup final",
    "fire": "Warehouse fire at the Port Aldwin Quayside estate",
    "fares": "Tessaly Rail fares to rise in January",
    "schoolroof": "Brennock primary school roof repair (one outlet)",
    "chipplant": "Northgate chip packaging plant hiring (one outlet)",
    "lowmoor": "Lowmoor items whose pages are on a dead host",
    "oversize": "A photo page over the size limit",
}

_LONG_BRIDGE = (
    "The Old Tally Bridge, the stone-and-steel crossing that has carried traffic over the River Brenn "
    "since 1931, was closed to all vehicles and pedestrians at 6 a.m. on Tuesday after inspectors found "
    "cracks in two of its four main piers.",
    "Brennock council said the decision was taken late on Monday evening, hours after a routine diving "
    "inspection sent back photographs of fractures in the eastern piers below the waterline.",
    '"We were not prepared to take any risk with people\'s lives," council leader Petra Holm told the '
    'Courier at the town hall on Tuesday morning. "The engineers told us the bridge might be perfectly '
    'safe, but they could not tell us it was, and that settled it."',
    "About 14,000 vehicles cross the bridge on an ordinary weekday, according to the council's own traffic "
    "counts from last spring, along with several hundred cyclists and pedestrians heading for the station.",
    "Diversions are signed through the Millbank crossing, three kilometres downstream, which the council "
    "expects to add between 15 and 25 minutes to journeys across town at peak times.",
    "Buses on routes 4, 7 and 12 are being diverted the same way, and the operator, Brennock Valley Buses, "
    "said it would add two extra vehicles to the number 7 route from Wednesday to keep to its timetable.",
    "The inspection that found the cracks was part of a five-year programme of underwater checks on the "
    "town's six river crossings, begun in 2024 after a smaller footbridge upstream was found to have scour "
    "damage.",
    "Structural engineer Aurel Fenwick, whose firm carried out the dive, said the cracks ran roughly "
    "vertically through the masonry of piers three and four and were between two and six millimetres wide.",
    '"Cracks of that size in old masonry are not unusual in themselves," Fenwick said. "What we do not '
    "know yet is whether they are old and stable or new and moving, and you cannot answer that from one "
    'set of photographs."',
    "Sensors will be fixed to the piers this week to measure any movement over the next fortnight, the "
    "council said, and a fuller survey using a barge-mounted rig is planned for the end of the month.",
    "Traders on Tally Street, at the northern end of the bridge, said the closure had already cut the "
    "number of customers coming through their doors.",
    '"Half my morning trade walks over that bridge from the station," said Marit Olsen, who runs a bakery '
    'on the corner of Tally Street and Quay Lane. "If it is shut for months, I do not know what we do."',
    "The council said it would look at whether business rates relief could be offered to shops most "
    "affected, but that no decision would be made until the length of the closure was known.",
    "The bridge was last strengthened in 1988, when steel ties were added to the deck, and was given "
    "protected status by the national heritage board in 2003, which means any repair must be approved by "
    "the board.",
    'A heritage board spokesperson said the board would work with the council "as quickly as the '
    'engineering allows" and had already assigned an officer to the case.',
    "Emergency services have been told to use the Millbank crossing, and the regional ambulance service "
    "said it had moved one ambulance to a station on the southern side of the river as a precaution.",
    "Schools on the southern bank said pupils who normally walk across the bridge would be given extra time "
    "to arrive in the mornings this week.",
    "Holm said the council would publish the engineers' findings in full once the sensor readings were in, "
    "and that residents would be told about any change to the closure at least a day ahead.",
    "The river itself remains open to boats, although the harbour master has set a 50-metre exclusion zone "
    "around the eastern piers while the sensors are installed.",
    "A public meeting about the closure will be held at Brennock town hall on Thursday at 7 p.m.",
    "## How did we get here?",
    "The Old Tally Bridge replaced a timber crossing that was swept away in the flood of 1927. It was "
    "designed by the county surveyor's office and took three years to build, at a cost the Courier "
    'reported at the time as "the largest sum ever spent by this town on a single work".',
    "For most of its life the bridge needed little more than repainting. Its deck was resurfaced in 1962 "
    "and again in 1997, and a weight limit of 18 tonnes was introduced in 2011 after a study of the steel "
    "deck ties.",
    "Councillors have argued for more than a decade about whether the town needs a second road bridge. A "
    "proposal for a crossing at Weir Meadow was dropped in 2019 when its estimated cost rose above 40 "
    "million marks.",
    "Opposition councillor Rune Baptiste said on Tuesday that the closure showed the town had relied on "
    'one old bridge for too long. "We were told there was no money for a second crossing. Now we will '
    'find out what it costs to have none," he said.',
    "Holm rejected that, saying the underwater inspection programme was the reason the cracks had been "
    'found at all. "This is the system working as it should," she said.',
    "## What do the engineers look for?",
    "Masonry piers of this age are built from cut stone blocks around a core of rubble and lime mortar. "
    "Engineers worry most about scour, where the river washes material away from the base of a pier, "
    "and about cracks that grow, which can mean the pier is settling unevenly.",
    "The sensors being fixed to piers three and four measure the width of each crack to a hundredth of a "
    "millimetre and send a reading every ten minutes to the engineers' office.",
    "If the cracks are stable, repairs would normally involve injecting grout into the masonry and "
    "fitting steel bands around the piers, work that can be done from a barge without closing the river.",
    "If they are moving, the council has been told, the options range from underpinning the piers to "
    "rebuilding part of the structure, which could take more than a year.",
    "## Who is affected?",
    "The bridge is the most direct route between the station and the town centre, and the council "
    "estimates that about 2,000 people walk or cycle over it on a weekday.",
    "A temporary footbridge is not possible in the short term, the council said, because the river is "
    "too wide and too fast at that point for the kind of structure that can be put up in days.",
    "Taxi drivers at the station rank said fares into town had risen by about a third because of the "
    "detour, and some passengers were choosing to walk the extra distance via Millbank instead.",
    "The Brennock Chamber of Trade said it would survey its members this week to measure the effect on "
    "takings and would share the results with the council.",
    "## What happens next?",
    "The sensor readings will be reviewed on Friday and again next Wednesday, the council said, and the "
    "barge survey is booked for the last week of October.",
    "Any repair plan must then be approved by the heritage board before work can start, and the council "
    "said it would ask the board to treat the case as urgent.",
    "Residents can follow updates on the council's website, and questions can be put to officers at "
    "Thursday's public meeting.",
)

_SYNDICATED_STRIKE = (
    "About 1,200 dock workers at Port Aldwin walked out at dawn on Tuesday in a dispute over pay for night "
    "and weekend shifts, halting work at the country's second-largest container port.",
    "The Tessaly Dockers' Union said its members had voted 87 percent in favour of a 72-hour strike after "
    "talks with the port operator, Aldwin Terminals, broke down on Friday.",
    '"Our members are asking for nothing more than the shift premium that every other port in the country '
    'already pays," union secretary Bram Koenig said outside the main gate.',
    "Aldwin Terminals said it had offered a 6 percent increase in shift premiums and described the strike as "
    '"regrettable and unnecessary". It said perishable cargo would be handled by managers.',
    "Eleven container ships were waiting off the port by midday, according to the harbour authority.",
)

PIECES: tuple[Piece, ...] = (
    # ---------------------------------------------------------------- bridge (5) -----------------
    Piece(
        "wire",
        "brennock-closes-old-tally-bridge-after-cracks-found",
        "bridge",
        "Brennock closes Old Tally Bridge after inspectors find cracks",
        "Sofia Lindqvist",
        t(DAY1, 7, 40),
        (
            "The town of Brennock closed its Old Tally Bridge to all traffic on Tuesday after an underwater "
            "inspection found cracks in two of the bridge's four piers, the town council said.",
            "The 1931 bridge over the River Brenn carries about 14,500 vehicles a day, according to council "
            "figures. Traffic is being diverted over the Millbank crossing downstream.",
            '"We were not prepared to take any risk with people\'s lives," council leader Petra Holm said.',
            "Engineers will fit sensors to the piers this week to find out whether the cracks are moving, "
            "the council said. It gave no date for reopening.",
        ),
        note="figure differs from the Courier (14,500 vs 14,000)",
    ),
    Piece(
        "courier",
        "old-tally-bridge-closure-what-we-know",
        "bridge",
        "Old Tally Bridge closure: what we know so far",
        "Hanne Drexel",
        t(DAY1, 11, 5),
        _LONG_BRIDGE,
        note="the very long article (40 paragraphs with subheads)",
    ),
    Piece(
        "klaxon",
        "crumbling-death-trap-bridge-slammed-shut",
        "bridge",
        "CRUMBLING DEATH-TRAP: Terrified Brennock drivers dodge disaster as cracked bridge is slammed shut",
        "Declan Rusk",
        t(DAY1, 9, 15),
        (
            "Thousands of terrified drivers have been crossing a crumbling death-trap bridge every single day, "
            "it emerged last night, as shame-faced council chiefs finally slammed it shut.",
            "Shocking underwater pictures revealed gaping cracks ripping through the piers of Brennock's "
            "Old Tally Bridge, which carries a staggering 14,000 cars a day.",
            "Furious locals blasted the council for letting the scandal fester for decades. \"It's a disgrace. "
            'We could all have been killed," fumed mum-of-two Greta Sandvik, 34.',
            "Council leader Petra Holm insisted she had acted the moment she saw the evidence.",
            "Now commuters face MONTHS of gridlock misery as traffic is crammed onto a single crossing.",
        ),
        note="loaded tabloid version of a calm event",
    ),
    Piece(
        "radio",
        "tally-bridge-closed-diversions-in-place",
        "bridge",
        "Tally Bridge closed in Brennock; diversions in place",
        "Newsdesk",
        t(DAY1, 12, 30),
        (
            "Brennock's Old Tally Bridge is closed until further notice after cracks were found in its piers "
            "during a routine inspection.",
            "Drivers are being sent over the Millbank crossing, and the council expects journeys across town "
            "to take up to 25 minutes longer at peak times.",
            "Bus routes 4, 7 and 12 are diverted. Brennock Valley Buses said it would add vehicles to the "
            "number 7 route from Wednesday.",
            "A public meeting about the closure is planned at the town hall on Thursday evening.",
        ),
    ),
    Piece(
        "wire",
        "tally-bridge-repairs-to-take-eight-weeks-update",
        "bridge",
        "UPDATE: Tally Bridge repairs to cost 3.2 million marks and take at least eight weeks",
        "Sofia Lindqvist",
        t(DAY2, 10, 20),
        (
            "Repairs to Brennock's Old Tally Bridge will cost an estimated 3.2 million marks and keep it closed "
            "for at least eight weeks, the town council said on Wednesday, a day after cracks were found in "
            "two of its piers.",
            "Sensors fitted overnight showed no movement in the cracked piers, council leader Petra Holm said, "
            "which meant the bridge was not at risk of sudden collapse.",
            '"The cracks are old and they are stable, but they still have to be repaired before anyone drives '
            'over that bridge again," Holm said.',
            "The national heritage board, which must approve any work on the protected bridge, said it would "
            "decide on the repair plan within ten days.",
            "The bridge, built in 1931, was closed on Tuesday morning. About 14,500 vehicles a day normally "
            "cross it.",
        ),
        note="update that adds facts a day later (cost, duration, sensors show no movement)",
    ),
    # ---------------------------------------------------------------- dock strike (5) ------------
    Piece(
        "wire",
        "port-aldwin-dock-workers-strike-over-shift-pay",
        "dockstrike",
        "Port Aldwin dock workers strike over shift pay",
        "Castellan Wire staff",
        t(DAY1, 6, 55),
        _SYNDICATED_STRIKE,
    ),
    Piece(
        "post",
        "port-aldwin-dockers-walk-out",
        "dockstrike",
        "Port Aldwin dockers walk out over shift pay",
        "Castellan Wire",
        t(DAY1, 8, 10),
        _SYNDICATED_STRIKE,
        syndicated=True,
        note="wire copy run word for word",
    ),
    Piece(
        "estuary",
        "dock-workers-strike-port-aldwin",
        "dockstrike",
        "Dock workers strike at Port Aldwin",
        "Castellan Wire",
        t(DAY1, 8, 40),
        _SYNDICATED_STRIKE,
        syndicated=True,
        note="the same wire copy run by a second outlet",
    ),
    Piece(
        "business",
        "aldwin-strike-threatens-exporters",
        "dockstrike",
        "Aldwin strike leaves exporters scrambling as ships queue",
        "Tomas Veyre",
        t(DAY1, 13, 0),
        (
            "Exporters scrambled to reroute cargo on Tuesday as a strike by about 1,150 dock workers shut "
            "Port Aldwin, which handles roughly a third of Tessaly's container traffic.",
            "Twelve container ships were anchored off the port by early afternoon, according to ship-tracking "
            "data, one more than the harbour authority reported at midday.",
            "Aldwin Terminals chief executive Leona Marsh said the company's offer of a 6 percent rise in shift "
            'premiums was "fair and final" and that the port would not reopen talks while the strike lasted.',
            "The Tessaly Exporters' Council estimated the stoppage would delay about 40 million marks of goods "
            "a day, mostly timber, machine parts and frozen fish.",
            "Some shippers said they were diverting vessels to the smaller port of Kessel, 200 kilometres to "
            "the north, although it has only two container cranes.",
        ),
        note="numbers differ slightly from the wire (1,150 vs 1,200 workers; 12 vs 11 ships)",
    ),
    Piece(
        "ledger",
        "the-port-strike-is-about-more-than-night-shifts",
        "dockstrike",
        "Analysis: The Aldwin strike is about more than night shifts",
        "Renata Kalm, Senior Analyst",
        t(DAY2, 8, 0),
        (
            "On the face of it, the dispute that has shut Port Aldwin is about a few marks an hour for night and "
            "weekend work. Look closer and it is about who gains from the port's automation.",
            "Aldwin Terminals has replaced a third of its crane operators with remote-controlled cranes since "
            "2023, and the workers who remain are working more nights to keep the new system running.",
            "That explains why a 6 percent offer, generous by the standards of recent wage rounds, has not been "
            "enough: the union is bargaining over the future shape of the job, not this year's pay.",
            "What happens next probably depends on the government. Ministers have so far said it is a matter "
            "for the two sides, but a strike lasting beyond the 72 hours already called would hurt exporters "
            "enough to change that.",
        ),
        genre="analysis",
        note="analysis piece: must go to Opinions, not the Story",
    ),
    # ---------------------------------------------------------------- by-election (4) -----------
    Piece(
        "post",
        "varro-wins-harrowmere-mayoral-by-election",
        "byelection",
        "Ilse Varro wins Harrowmere mayoral by-election",
        "Oskar Brandt",
        t(DAY1, 23, 30),
        (
            "Ilse Varro of the Civic Alliance was elected mayor of Harrowmere on Tuesday night, winning the "
            "by-election called after the death of mayor Edvin Stahl in August.",
            "Varro took 18,412 votes, or 46 percent, ahead of the Harbour Party's Niklas Orr with 14,980. "
            "Turnout was 31 percent, the lowest for a mayoral vote in the city since 1998.",
            '"I will be a mayor for the whole of Harrowmere, including those who did not vote for me," Varro '
            "said in her acceptance speech at the Corn Exchange.",
            'Orr congratulated Varro and said his party would "hold her to every promise on housing".',
            "Varro, 52, a former head teacher, has pledged to build 2,000 council homes in her first term.",
        ),
    ),
    Piece(
        "radio",
        "civic-alliance-varro-elected-harrowmere-mayor",
        "byelection",
        "Civic Alliance's Varro elected Harrowmere mayor on low turnout",
        "Politics desk",
        t(DAY2, 1, 10),
        (
            "Ilse Varro has been elected mayor of Harrowmere, winning Tuesday's by-election with 46 percent of "
            "the vote.",
            "The Civic Alliance candidate beat Niklas Orr of the Harbour Party by about 3,400 votes. Turnout was "
            "31.4 percent.",
            "The by-election was held after mayor Edvin Stahl died in August, two years into his term.",
            "Varro will be sworn in on Friday and serve until the next regular election in 2028.",
        ),
        note="turnout 31.4 vs 31; margin given differently",
    ),
    Piece(
        "klaxon",
        "varro-victory-shock-as-voters-stay-home",
        "byelection",
        "VOTERS SNUB SHAMBLES POLL as Varro limps to victory",
        "Declan Rusk",
        t(DAY2, 6, 45),
        (
            "Harrowmere's new mayor Ilse Varro limped to victory last night after disgusted voters shunned the "
            "shambolic by-election in their droves.",
            "Barely three in ten bothered to turn out, the worst showing in a generation, as the city's "
            "political circus left residents cold.",
            "Varro, 52, grabbed 18,412 votes. Beaten rival Niklas Orr vowed to make her life a misery over "
            "housing.",
        ),
        note="loaded tabloid version",
    ),
    Piece(
        "ledger",
        "harrowmere-deserves-better-than-a-31-percent-mayor",
        "byelection",
        "Harrowmere deserves better than a mayor chosen by three voters in ten",
        "Columnist: Anselm Gray",
        t(DAY2, 9, 30),
        (
            "I voted on Tuesday, and I was almost alone in the polling station. That should worry every one of "
            "us, whoever we supported.",
            "Ilse Varro won fairly and I wish her well. But a mayor elected by fewer than a third of the city "
            "starts with a mandate that is thin, and she knows it.",
            "We should stop pretending that a by-election in the middle of October, with no leaflets worth "
            "reading and two hustings, is a serious way to choose who runs a city of 300,000 people.",
            "The council should move mayoral by-elections to coincide with the spring local elections, and "
            "Varro should make that her first proposal.",
        ),
        genre="opinion",
        note="opinion by a columnist",
    ),
    # ---------------------------------------------------------------- storm (4) -----------------
    Piece(
        "wire",
        "storm-idony-floods-vaudrelle-delta",
        "storm",
        "Storm Idony floods villages in the Vaudrelle delta; 300 evacuated",
        "Mathis Arlen",
        t(DAY1, 5, 30),
        (
            "Storm Idony flooded low-lying villages in the Vaudrelle delta overnight, forcing about 300 people "
            "from their homes, regional officials said on Tuesday.",
            "The River Vaude rose 2.4 metres above its normal level at the village of Saint-Orme, where "
            "floodwater reached the first floor of some houses.",
            '"The water came faster than anyone here has ever seen," said Saint-Orme\'s mayor, Colette Rignac.',
            "No deaths or serious injuries were reported. Emergency shelters were opened in two school gyms in "
            "the town of Vaudrelle.",
        ),
    ),
    Piece(
        "radio",
        "idony-evacuations-vaudrelle",
        "storm",
        "More than 300 leave their homes as Idony hits the Vaudrelle delta",
        "Weather and environment desk",
        t(DAY1, 9, 0),
        (
            "More than 300 people were evacuated from villages in the Vaudrelle delta after Storm Idony brought "
            "heavy rain and gales overnight.",
            "The national weather service said 110 millimetres of rain fell in 18 hours at its station in "
            "Saint-Orme, more than a normal month's rainfall.",
            "Regional prefect Yann Dufort said the army had sent two boats and forty soldiers to help move "
            "residents and livestock.",
            "The weather service expects the rain to ease by Wednesday afternoon but warned that rivers would "
            "keep rising for another day.",
        ),
    ),
    Piece(
        "journal",
        "tempete-idony-inondations-delta",
        "storm",
        "Tempête Idony : le delta de la Vaudrelle sous les eaux, 320 personnes évacuées",
        "Élodie Garnier",
        t(DAY1, 10, 15),
        (
            "La tempête Idony a provoqué dans la nuit de lundi à mardi d'importantes inondations dans le delta "
            "de la Vaudrelle, où 320 habitants ont dû quitter leur domicile.",
            "À Saint-Orme, la Vaude est montée de 2,4 mètres au-dessus de son niveau habituel. « L'eau est "
            "arrivée plus vite que jamais », a déclaré la maire, Colette Rignac.",
            "Le préfet Yann Dufort a annoncé l'envoi de deux bateaux de l'armée et de quarante soldats.",
            "Deux gymnases scolaires de Vaudrelle accueillent les sinistrés. Aucune victime n'est à déplorer.",
        ),
        language="fr",
        note="the non-English article; 320 evacuated vs 300",
    ),
    Piece(
        "estuary",
        "idony-waters-recede-cleanup-begins",
        "storm",
        "Idony floodwaters begin to recede as delta clean-up starts",
        "Ruth Calloway",
        t(DAY2, 14, 0),
        (
            "Floodwaters in the Vaudrelle delta began to fall on Wednesday, and the first of the roughly 300 "
            "evacuated residents were allowed back to their homes in Saint-Orme.",
            "Prefect Yann Dufort said the regional government would release an emergency fund of 5 million "
            "marks for households and farms hit by the flooding.",
            "Insurers said it was too early to estimate the cost of the damage.",
        ),
        note="second-day follow-up adding a fact (the 5 million fund)",
    ),
    # ---------------------------------------------------------------- merger (3) ----------------
    Piece(
        "business",
        "calloway-to-buy-pinemark-dairies",
        "merger",
        "Calloway Foods agrees 410 million mark deal for Pinemark Dairies",
        "Ada Sorensen",
        t(DAY1, 7, 0),
        (
            "Calloway Foods has agreed to buy Pinemark Dairies for 410 million marks, creating the largest dairy "
            "processor in Tessaly, the two companies said on Tuesday.",
            "Pinemark shareholders will receive 14.20 marks a share in cash, a 28 percent premium to Monday's "
            "closing price.",
            '"Together we can pay farmers a fairer price and compete with imports," Calloway chief executive '
            "Johan Brisk said on a call with analysts.",
            "The deal needs approval from the national competition authority, which the companies expect by "
            "the middle of next year.",
        ),
    ),
    Piece(
        "wire",
        "calloway-pinemark-dairy-takeover",
        "merger",
        "Calloway Foods to buy Pinemark Dairies in 412 million mark takeover",
        "Mathis Arlen",
        t(DAY1, 8, 25),
        (
            "Calloway Foods said on Tuesday it would buy rival Pinemark Dairies in a deal valuing the milk "
            "processor at about 412 million marks including debt.",
            "The combined company would process about 40 percent of the milk produced in Tessaly, according to "
            "industry figures.",
            "The National Farmers' Federation said it would ask the competition authority to examine the effect "
            "of the deal on the prices paid to dairy farmers.",
            "Pinemark shares rose 25 percent in Tuesday trading.",
        ),
        note="price differs (412 incl. debt vs 410)",
    ),
    Piece(
        "ledger",
        "why-the-calloway-pinemark-deal-worries-farmers",
        "merger",
        "Analysis: Why the Calloway-Pinemark deal worries dairy farmers",
        "Renata Kalm, Senior Analyst",
        t(DAY2, 11, 0),
        (
            "When one buyer takes four litres of every ten a country produces, the farmers selling to it lose "
            "much of their power to bargain.",
            "That is the worry behind the cautious response from the National Farmers' Federation to Calloway's "
            "takeover of Pinemark.",
            "The competition authority has blocked only one food merger in the past decade, but it has rarely "
            "faced a deal that concentrates a single market this much.",
        ),
        genre="analysis",
    ),
    # ---------------------------------------------------------------- hospital (2) --------------
    Piece(
        "courier",
        "brennock-general-opens-childrens-wing",
        "hospital",
        "Brennock General opens new children's wing",
        "Lukas Penn",
        t(DAY2, 9, 0),
        (
            "Brennock General Hospital opened its new children's wing on Wednesday, adding 32 beds and a "
            "dedicated emergency department for under-16s.",
            "The 28 million mark wing was paid for by the regional health board and a public appeal that raised "
            "3.1 million marks from local donors.",
            '"Children will no longer have to wait alongside adults in a busy emergency room," said the '
            "hospital's medical director, Dr Ines Farrow.",
            "The first patients will be moved into the wing next week.",
        ),
    ),
    Piece(
        "radio",
        "new-childrens-wing-brennock-general",
        "hospital",
        "Children's wing opens at Brennock General Hospital",
        "Health desk",
        t(DAY2, 11, 45),
        (
            "A new children's wing with 32 beds has opened at Brennock General Hospital.",
            "Medical director Dr Ines Farrow said the wing's own emergency department would see children "
            "faster and away from adult patients.",
            "The 28 million mark building was partly funded by a public appeal.",
        ),
    ),
    # ---------------------------------------------------------------- beetle (3) ----------------
    Piece(
        "digital",
        "kellburn-team-finds-blind-cave-beetle",
        "beetle",
        "Kellburn researchers find blind beetle new to science in Grauwald caves",
        "Pia Nordahl",
        t(DAY1, 14, 0),
        (
            "Biologists from Kellburn University have described a species of blind beetle found only in the "
            "Grauwald caves, the university said on Tuesday.",
            "The beetle, 3 millimetres long and without eyes or wings, was named Anophthalmus grauwaldensis "
            "after the cave system where it was collected in 2024.",
            '"It has probably lived in those caves, cut off from the surface, for hundreds of thousands of '
            'years," said lead author Professor Hal Brenner.',
            "The study was published in the Tessaly Journal of Zoology.",
        ),
        note="its feed declares UTF-8 but is Windows-1252",
    ),
    Piece(
        "radio",
        "new-beetle-species-grauwald",
        "beetle",
        "New eyeless beetle species described from Grauwald caves",
        "Science desk",
        t(DAY1, 16, 20),
        (
            "Scientists at Kellburn University say they have found a new species of beetle living deep in the "
            "Grauwald caves.",
            "The insect has no eyes and no wings and is about 3 millimetres long, said Professor Hal Brenner, "
            "who led the study.",
            "Cave specialists say the find shows how little is known about life in the country's limestone "
            "caves, only a fraction of which have been surveyed.",
        ),
    ),
    Piece(
        "wire",
        "kellburn-beetle-grauwald",
        "beetle",
        "Kellburn University names new blind cave beetle",
        "Castellan Wire staff",
        t(DAY1, 15, 10),
        (
            "Kellburn University researchers have identified a blind, wingless beetle new to science in the "
            "Grauwald cave system, the university said.",
            "The species has been named Anophthalmus grauwaldensis. It was collected during a 2024 survey of "
            "the caves.",
            "The Grauwald caves are closed to the public to protect their wildlife.",
        ),
    ),
    # ---------------------------------------------------------------- cup final (3) -------------
    Piece(
        "post",
        "rovers-win-tessaly-cup",
        "cupfinal",
        "Rovers win the Tessaly Cup with late Dunmore header",
        "Felix Arne",
        t(DAY1, 21, 40),
        (
            "Harrowmere Rovers won the Tessaly Cup for the first time in 41 years on Tuesday night, beating "
            "Kessel Athletic 2-1 in the final at the National Stadium.",
            "Captain Rafe Dunmore headed the winner in the 88th minute after Kessel had equalised through "
            "Tobin Marsh early in the second half.",
            '"I have dreamed about this since I was a boy in the stands," Dunmore said.',
            "Around 12,000 Rovers supporters travelled to the final. The club said it planned to parade the "
            "trophy through Harrowmere on Sunday.",
        ),
    ),
    Piece(
        "klaxon",
        "dunmore-the-hero-rovers-glory",
        "cupfinal",
        "DUNMORE THE HERO! Rovers skipper's thunderbolt header ends 41 years of hurt",
        "Gus Fairley",
        t(DAY1, 22, 30),
        (
            "Rafe Dunmore sent Harrowmere into raptures last night with a stunning late header that won the "
            "Tessaly Cup.",
            "The inspirational skipper soared to meet a corner in the 88th minute and break Kessel hearts.",
            "Fans wept in the stands as 41 years of hurt finally ended.",
        ),
    ),
    Piece(
        "radio",
        "harrowmere-rovers-cup-parade-saturday",
        "cupfinal",
        "Harrowmere Rovers to parade Tessaly Cup on Saturday",
        "Sport desk",
        t(DAY2, 8, 30),
        (
            "Harrowmere Rovers will parade the Tessaly Cup through the city on Saturday after beating Kessel "
            "Athletic 2-1 in Tuesday's final.",
            "The open-top bus will leave the Rovers' ground at noon and finish at the Corn Exchange, the club "
            "said.",
            "It is the club's first major trophy since 1985.",
        ),
    ),
    # ---------------------------------------------------------------- fire (5, incl. empty page) -
    Piece(
        "estuary",
        "fire-at-quayside-warehouse",
        "fire",
        "Fire destroys warehouse on Quayside estate",
        "Ruth Calloway",
        t(DAY1, 17, 30),
        (
            "A fire destroyed a cold-storage warehouse on the Quayside industrial estate in Port Aldwin on "
            "Tuesday afternoon, sending a column of black smoke over the city.",
            "Fire chief Ulrich Hale said 60 firefighters and 12 engines fought the blaze, which broke out at "
            "about 2 p.m. No one was injured.",
            "Residents of nearby streets were told to keep their windows closed for the rest of the day.",
            "The warehouse belongs to Nordfrost, which stores frozen food for supermarkets.",
        ),
    ),
    Piece(
        "wire",
        "port-aldwin-warehouse-blaze",
        "fire",
        "Blaze destroys cold-storage warehouse in Port Aldwin",
        "Castellan Wire staff",
        t(DAY1, 18, 5),
        (
            "A fire destroyed a warehouse on the Quayside industrial estate in Port Aldwin on Tuesday, the city's "
            "fire service said. There were no injuries.",
            "About 55 firefighters were sent to the blaze, fire chief Ulrich Hale said. The cause is not yet "
            "known.",
            "The building was used by the frozen-food storage company Nordfrost.",
        ),
        note="55 vs 60 firefighters",
    ),
    Piece(
        "klaxon",
        "inferno-terror-toxic-smoke-port-aldwin",
        "fire",
        "INFERNO TERROR: Toxic smoke chokes Port Aldwin as monster blaze rips through warehouse",
        "Declan Rusk",
        t(DAY1, 19, 0),
        (
            "Terrified families were trapped indoors last night as a monster inferno belched toxic smoke across "
            "Port Aldwin.",
            "Horrified onlookers watched as the towering flames devoured a huge warehouse on the Quayside "
            "estate, with an army of 60 firefighters battling the hellish blaze.",
            'One shaken resident said: "It was like the end of the world."',
        ),
    ),
    Piece(
        "wire",
        "video-smoke-over-quayside",
        "fire",
        "Video: Smoke over the Quayside estate",
        "Castellan Wire video",
        t(DAY1, 18, 30),
        (),
        note="a page with no body text (a video page)",
    ),
    Piece(
        "estuary",
        "quayside-fire-caused-by-electrical-fault",
        "fire",
        "Quayside warehouse fire was caused by electrical fault, fire service says",
        "Ruth Calloway",
        t(DAY2, 12, 15),
        (
            "Tuesday's fire at the Nordfrost warehouse on the Quayside estate was caused by an electrical fault "
            "in a refrigeration unit, the Port Aldwin fire service said on Wednesday.",
            "Fire chief Ulrich Hale said investigators had ruled out arson.",
            "Nordfrost said it had moved its customers' stock to other warehouses and that none of its 40 staff "
            "would lose their jobs.",
        ),
        note="update adding the cause a day later",
    ),
    # ---------------------------------------------------------------- rail fares (4) ------------
    Piece(
        "radio",
        "rail-fares-to-rise-in-january",
        "fares",
        "Rail fares to rise by 4.5 percent in January",
        "Transport desk",
        t(DAY2, 7, 0),
        (
            "Regulated rail fares in Tessaly will rise by 4.5 percent on 1 January, Transport Minister Karin "
            "Wessel announced on Wednesday.",
            "Wessel said the increase was below inflation and would pay for new trains on the Harrowmere to "
            "Port Aldwin line.",
            '"Nobody likes paying more, but passengers will see what they are paying for," she said.',
            "Passenger groups said the rise would hit commuters who had no other way to get to work.",
        ),
    ),
    Piece(
        "business",
        "tessaly-rail-fare-increase",
        "fares",
        "Tessaly Rail fares to go up 4.8 percent on average",
        "Tomas Veyre",
        t(DAY2, 9, 40),
        (
            "Average rail fares in Tessaly will rise by 4.8 percent in January, once unregulated fares set by "
            "the operator are included, Tessaly Rail said on Wednesday.",
            "Regulated fares, including season tickets, will rise by 4.5 percent, the government said earlier.",
            "Tessaly Rail said the extra revenue, about 90 million marks a year, would go towards 24 new trains.",
        ),
        note="4.8 (average) vs 4.5 (regulated)",
    ),
    Piece(
        "klaxon",
        "fare-rip-off-commuters-fleeced",
        "fares",
        "FARE RIP-OFF: Fleeced commuters hit with brutal rail price hike",
        "Mina Ostrow",
        t(DAY2, 10, 30),
        (
            "Cash-strapped commuters were dealt another brutal blow yesterday as ministers rubber-stamped an "
            "eye-watering rail fare hike.",
            "Season tickets will soar by 4.5 percent from January, piling misery on hard-pressed families.",
            'Furious passengers branded the move a disgrace. "We\'re being fleeced," said one.',
        ),
    ),
    Piece(
        "ledger",
        "a-fare-rise-passengers-can-live-with",
        "fares",
        "Opinion: A fare rise passengers can live with, if the trains arrive",
        "Marek Solberg, Columnist",
        t(DAY2, 13, 0),
        (
            "I have commuted between Harrowmere and Port Aldwin for eleven years, and I would pay 4.5 percent "
            "more tomorrow for a train that was on time.",
            "The question is not whether fares should rise but whether the money will reach the line. Ministers "
            "have promised new trains before.",
            "We should insist that the new trains have a delivery date, published now, before a single extra "
            "mark is collected.",
        ),
        genre="opinion",
    ),
    # ---------------------------------------------------------------- single-outlet stories -----
    Piece(
        "courier",
        "millbrook-primary-roof-repairs",
        "schoolroof",
        "Millbrook Primary to close for two days for roof repairs",
        "Lukas Penn",
        t(DAY2, 15, 0),
        (
            "Millbrook Primary School in Brennock will close on Monday and Tuesday next week so that its roof "
            "can be repaired after leaks during recent rain.",
            "Head teacher Sanna Vik said the work had to be done while the building was empty.",
            "Parents were told about the closure in a letter on Wednesday.",
        ),
    ),
    Piece(
        "digital",
        "northgate-packaging-plant-hiring",
        "chipplant",
        "Northgate packaging plant to hire 150 as chip orders grow",
        "Pia Nordahl",
        t(DAY2, 10, 0),
        (
            "Orbis Packaging said on Wednesday it would hire 150 workers at its plant in Northgate, where it "
            "assembles microchips for car makers.",
            "Plant manager Dario Lenz said orders had doubled since January.",
            "The jobs will be advertised from next week.",
        ),
    ),
)

# Pieces that cannot be stored: their feed item exists but the page fails on purpose.
LOWMOOR_ITEMS: tuple[tuple[str, str, datetime], ...] = (
    ("lowmoor-ferry-timetable-changes", "Lowmoor ferry timetable changes from November", t(DAY1, 9, 0)),
    ("lowmoor-library-reopens", "Lowmoor library reopens after refurbishment", t(DAY2, 9, 0)),
)
OVERSIZE_ITEM = ("estuary", "quayside-fire-in-pictures", "Quayside fire in pictures", t(DAY1, 20, 0))
