"""The sixth audit newsroom's content: outlets, events and the articles each outlet ran.

A held-out set (sixteenth session), written from scratch and never used to tune plainwire: the
Republic of Quellmark, its capital and port Sarnhaven, the mill town Gallowmere, the
Swedish-speaking Östra Skären (Källvik), the Czech-speaking Zálesí (Brodná), the
Portuguese-speaking Costa do Amparo (Vila Serena), the German-speaking Eichenfurt, the
Finnish-speaking Järviseutu (Pihlajaranta), the Catalan-speaking Vall d'Arnella (Sant Pere
d'Arnella) and the overseas Corvane Islands (Port Lenholm, UTC+13), their people, firms, clubs
and events are invented. Nothing is copied or paraphrased from real news or from the
development data sets.

It tests the fifth set's fault classes with other surface forms and other languages (Swedish,
Czech, Portuguese, German, Finnish, Catalan): a doping ban lifted on appeal days after the
hearing opened, a regatta winner disqualified, a handball score given at the interval and then
at full time ("29:27" in German), a cheese recall grown from three batches to eleven, a permit
fee cut after it was announced, an arrest that ends "freed ... no further action", a death toll
reported in Portuguese first, a correction worded "This story was amended on ... It previously
stated", a tabloid report ("HORNETS IMPLODE") alone in its register, a storm named in English
and Czech (inflected) and only described in Swedish, inline furniture in plain paragraphs
("Läs också:", "Čtěte také:", "Leia também:", "Lesen Sie auch:", "Lue myös:", "Llegiu també:",
"Sponsored:", "Reporting by ...; Editing by ...", "ik/sb") and datelines in each house style.
Kinds no earlier set has: an article moved to a new URL (301 from the old one) and revised, a
feed listing its entries oldest first, an AMP copy listed in place of the article, a figure first
given in words ("about two dozen") then in digits, a sports fixture postponed then played, a
company whose name is a common word (Orchard) beside a fire in an orchard, a quote whose speaker
is named two paragraphs later, an outlet at UTC+13 whose local date is the next day, an article
withdrawn ("This article has been withdrawn"), an opinion piece in Swedish on an English-only
event, a column marked only by ``article:section``, and pages in windows-1250 declared only in
a meta tag. Dates: 10 to 12 November 2026 (UTC).

Plain data only (no I/O); ``newsroom6_render.py`` turns it into pages and feeds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsroom_pages import OutletSpec, Piece

DAY1, DAY2, DAY3 = 10, 11, 12  # November 2026 (Tuesday to Thursday)


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


OUTLETS: tuple[OutletSpec, ...] = (
    # A wire whose RSS feed lists its items oldest first; reports open "SARNHAVEN, 10 Nov (QNA):"
    # and end with a "Reporting by ...; Editing by ..." line.
    OutletSpec("qna", "Quellmark News Agency", "rss-oldest-first", "wire", "add"),
    # A tabloid: shouting headlines, vox pops, a "Seen something?" line.
    OutletSpec("blast", "The Daily Blast", "rss", "tabloid", "add"),
    # A broadsheet: a "Sponsored:" paragraph, a print line, a correction appended as "This story
    # was amended on ...", a column marked as such only by its article:section meta tag.
    OutletSpec("sentinel", "The Sarnhaven Sentinel", "rss", "broadsheet", "opml"),
    # A broadcaster (found from its homepage): a live page, a video page with no text.
    OutletSpec("qbc", "Quellmark Broadcasting", "atom", "broadcaster", "add-home"),
    # A business paper: an AMP copy listed in its feed, a paywalled page, a press-release rewrite.
    OutletSpec("ledger", "Sarnhaven Business Ledger", "jsonfeed", "business", "add"),
    # A local evening paper: an article moved to a new URL and revised; a wire copy.
    OutletSpec("star", "Gallowmere Evening Star", "rss", "local", "opml"),
    # An island paper twelve time zones away (UTC+13): its local date is the next day's.
    OutletSpec("corvane", "Corvane Islands Times", "atom", "islands", "opml", utc_offset=13),
    OutletSpec("quellsport", "Quell Sport", "rss", "sports", "opml"),
    # A digital outlet: a podcast page, a press-release rewrite, an article withdrawn.
    OutletSpec("pulse", "Sarnhaven Pulse", "atom", "digital", "opml"),
    OutletSpec("skarbladet", "Skärbladet", "rss", "swedish", "opml", language="sv", utc_offset=1),
    # Czech-language, pages in windows-1250 declared only in a meta tag (no charset in the header).
    OutletSpec("brodenske", "Brodenské listy", "rss", "czech", "opml", language="cs", utc_offset=1),
    OutletSpec("amparo", "Diário do Amparo", "jsonfeed", "portuguese", "opml", language="pt"),
    OutletSpec("rundschau", "Eichenfurter Rundschau", "atom", "german", "opml", language="de", utc_offset=1),
    OutletSpec("jarvi", "Järviseudun Viesti", "rss", "finnish", "opml", language="fi", utc_offset=2),
    OutletSpec("arnella", "La Veu d'Arnella", "rss", "catalan", "opml", language="ca", utc_offset=1),
)

EVENTS: dict[str, str] = {
    "ferry": "Ferry Estrela do Amparo capsizes off Vila Serena: 7, then 9, then 11 dead (Portuguese first)",
    "storm": "Storm Wendeline: 14,000 then 37,500 homes without power (live page; unnamed in Swedish)",
    "ban": "Cyclist Rowenna Barrant's doping ban: appeal hearing opens, ban lifted two days later",
    "regatta": "Sarnhaven Autumn Cup: Corsair first over the line, disqualified; Gavina awarded the cup",
    "handball": "Gallowmere Hornets lead TSV Eichenfurt 16-11 at the interval, lose 27-29",
    "fixture": "FC Pihlajaranta v Sarnhaven Albion postponed (frozen pitch), played two days later: 1-3",
    "recall": "Lindholm Mejeri cheese recall: three batches, then eleven",
    "fee": "Gallowmere parking permit: rise to 95 quills announced, cut to 80 (article moved to a new URL)",
    "arrest": "Cash machine blast in Sarnhaven: a man arrested, then freed with no further action",
    "orchard_jobs": "Software firm Orchard cuts 350 jobs in Gallowmere (AMP copy, podcast, paywalled page)",
    "cider": "Fire destroys the cider barn at Hollins Farm near Gallowmere: 'about two dozen', then 26 evacuated",
    "mine": "Methane blast at the Hedvika pit near Brodná: four miners hurt (wire run by two papers)",
    "budget": "Sarnhaven's 2027 budget: 1.2 billion quills (first given as 1.9 billion, amended)",
    "minister": "Report that Transport Minister Orla Fenwright will resign, withdrawn; she stays",
    "cable": "Corvane Islands cut off when the Ardent Link cable fails; partial service by satellite",
}

# Words of the tabloid's register (written with its articles); none belongs in a neutral page.
LOADED_WORDS = (
    "implode",
    "imploded",
    "spineless",
    "pathetic",
    "humiliating",
    "horror",
    "death ferry",
    "doomed",
    "chaos",
    "shameful",
    "clowns",
    "flop",
    "threw away",
    "blew",
    "heartbroken",
)
# Vox-pop quotes the tabloid printed: none may reach a page.
VOX_POPS = ("want my money back", "never seen anything like it", "bunch of clowns", "screaming in the water")

# What a reader needs from each story (any one alternative of a tuple counts): the latest
# status and figures, the names, the outcome.
KEY_FACTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ferry": (
        ("11 people", "eleven people", "11 mortos", "onze mortos", "11 dead", "to 11"),
        ("Estrela do Amparo",),
        ("Vila Serena",),
        ("Falcão",),
    ),
    "storm": (
        ("Wendeline", "Wendelín"),
        ("37,500", "37 500", "37.500"),
        ("Källvik",),
        ("Östra Skären",),
    ),
    "ban": (
        ("lifted", "overturned", "aufgehoben", "cleared"),
        ("Barrant",),
        ("laboratory", "Labor"),
        ("Sports Tribunal", "Sportgericht"),
    ),
    "regatta": (("disqualified", "desqualifica"), ("Gavina",), ("Corsair",), ("Solervicens",)),
    "handball": (("29-27", "27-29", "29:27"), ("Eichenfurt",), ("Hornets",), ("Brandstätter",)),
    "fixture": (("3-1", "1-3", "3–1", "1–3"), ("Albion",), ("Pihlajaranta", "Pihlajarann"), ("Greer",)),
    "recall": (
        ("eleven batches", "11 batches", "elva partier", "11 partier"),
        ("Lindholm",),
        ("listeria",),
        ("Skärgårdsost",),
    ),
    "fee": (("80 quills",), ("Gallowmere",), ("April",), ("permit",)),
    "arrest": (
        ("freed", "released", "no further action"),
        ("cash machine",),
        ("Harbour Street",),
        ("Crane",),
    ),
    "orchard_jobs": (("Orchard",), ("350",), ("Gallowmere",), ("Vell",)),
    "cider": (("26",), ("Hollins",), ("cider",), ("Gallowmere",)),
    "mine": (
        ("Hedvika",),
        ("Brodná", "Brodna", "Brodné"),
        ("four miners", "čtyři horníci", "čtyři horníky"),
        ("methane", "metan"),
    ),
    "budget": (("1.2 billion",), ("Stallard",), ("tram",)),
    "minister": (("Fenwright",), ("denie", "going nowhere", "not resign", "stays"), ("rail contract",)),
    "cable": (("Corvane",), ("Ardent Link",), ("satellite",)),
}
# Facts only one article gives (a later report, or a name one outlet has): the page must not lose them.
SINGLE_SOURCE: dict[str, tuple[tuple[str, ...], ...]] = {
    "storm": (("3,200",),),
    "ferry": (("inquiry", "inquérito"),),
    "arrest": (("two other men", "two others"),),
    "cider": (("Bethan Hollins",),),
}
# Figures and statuses a later report replaced: no page should give them as current fact.
SUPERSEDED: dict[str, tuple[str, ...]] = {
    "ferry": ("seven dead", "sete mortos", "nine dead", "nine people", "nove mortos", "at least seven"),
    "storm": ("14,000", "14 000", "14.000"),
    "ban": ("appeal hearing opens", "ruling is due", "ruling due", "remains banned", "is serving"),
    "regatta": ("Corsair wins", "Corsair won", "won the Autumn Cup", "takes the Autumn Cup"),
    "handball": ("16-11", "11:16", "at the interval", "lead Eichenfurt"),
    "fixture": ("postponed", "siirrettiin", "called off", "will be rearranged"),
    "recall": ("three batches", "3 batches", "tre partier"),
    "fee": ("95 quills",),
    "arrest": ("in custody", "being questioned", "remains in custody"),
    "cider": ("two dozen",),
    "budget": ("1.9 billion",),
}
# The status each event ended with: the page must give it and no sentence may state the one it
# replaced without it. kind: what a stale page tells a reader.
STATUS: dict[str, dict[str, object]] = {
    "ferry": {
        "kind": "toll_stale",
        "latest": KEY_FACTS["ferry"][0],
        "stale": SUPERSEDED["ferry"],
    },
    "ban": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": ("lifted", "overturn", "aufgehoben", "cleared"),
        "stale": SUPERSEDED["ban"],
    },
    "regatta": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": ("disqualif", "desqualifica"),
        "stale": SUPERSEDED["regatta"],
    },
    "arrest": {
        "kind": "reversed_outcome_shown_as_old",
        "latest": ("freed", "released", "no further action"),
        "stale": SUPERSEDED["arrest"],
    },
    "handball": {
        "kind": "halftime_score_as_result",
        "latest": KEY_FACTS["handball"][0],
        "stale": SUPERSEDED["handball"],
    },
    "fixture": {
        "kind": "postponed_fixture_stale",
        "latest": KEY_FACTS["fixture"][0],
        "stale": SUPERSEDED["fixture"],
    },
    "recall": {"kind": "recall_list_stale", "latest": KEY_FACTS["recall"][0], "stale": SUPERSEDED["recall"]},
    "fee": {"kind": "price_stale", "latest": ("80 quills",), "stale": ("95 quills",)},
    "cider": {
        "kind": "figure_in_words_stale",
        "latest": ("26 people", "26 residents", "26 "),
        "stale": ("two dozen",),
    },
}
# A correction appended to an article: the corrected figure on the page, the wrong one nowhere.
CORRECTED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "budget": (("1.9 billion",), ("1.2 billion",))
}
# How this set's correction is worded (no "Correction", "Editor's note" or "Amended on").
NOTICE_PATTERNS = (r"\bwas amended on\b", r"\bpreviously stated\b")
# Claims of an article later withdrawn: no page may give them, nor the withdrawal notice.
RETRACTED: dict[str, tuple[str, ...]] = {
    "minister": ("handed in her resignation", "resignation letter", "will step down on Friday"),
}
WITHDRAWN_NOTICE = ("has been withdrawn", "could not be verified")
# A quote whose speaker is named only in a later paragraph: on a page, the name must be too.
SPEAKER_LATER: dict[str, tuple[str, str]] = {"cider": ("forty years of work in one night", "Bethan")}
# Names one outlet got wrong (transliterated, unaccented): the misspelling must not reach the page.
MISSPELT: dict[str, tuple[str, ...]] = {
    "ferry": ("Falcao",),
    "handball": ("Brandstatter",),
    "mine": ("Dvorakova",),
    "storm": ("Kallvik",),
}
# Events that share a town, a day, a word or a subject but are different stories.
APART: tuple[tuple[str, str], ...] = (
    ("orchard_jobs", "cider"),  # Orchard the company; an orchard near Gallowmere
    ("storm", "mine"),  # Zálesí, the Czech paper, Wednesday
    ("handball", "fixture"),  # two results, one sports site
    ("ban", "regatta"),  # two tribunals reversing an outcome
    ("fee", "budget"),  # two councils' money
    ("storm", "fixture"),  # bad weather, a postponement
    ("minister", "cable"),  # Wednesday's government news
)
EXTRA_UNITS = ("quills",)
NEWSROOM = 6  # (the audit runs the second to fifth sets' checks and this set's own)
TABLOID = ("blast",)
# How the text would name an outlet ("told the Sentinel", "(QNA)").
OUTLET_SHORT = ("QNA", "Blast", "Sentinel", "QBC", "Ledger", "Evening Star", "Pulse", "Quell Sport")

# The wire's mine report, run word for word by the island paper and the evening paper.
_MINE_WIRE = (
    "BRODNÁ, 10 Nov (QNA): Four miners were injured on Tuesday morning when methane exploded in a "
    "tunnel 600 metres below ground at the Hedvika pit near Brodná, the mine's owner said.",
    "All 112 miners on the morning shift were brought to the surface. Two of the injured have "
    "burns and were flown to hospital in Sarnhaven; the other two were treated at the pit.",
    '"The gas alarms worked and the shift was out within forty minutes," mine director Jana '
    "Dvorakova told reporters at the gate. The state mining inspectorate has opened an inquiry.",
    "Reporting by Linnea Roos; Editing by Jonas Mäki",
)
_RECALL_RELEASE = "lindholm-cheese-recall"

# Live-page entries are "ISO time|text", oldest first; the page shows them newest first.
_LIVE_DAY1 = (
    "2026-11-10T14:30|The Quellmark Met Service has named the storm Wendeline and warns of gusts of "
    "up to 120 km/h on the Östra Skären coast tonight.",
    "2026-11-10T19:05|Ferries between Sarnhaven and Källvik are cancelled until Thursday morning.",
    "2026-11-10T22:40|Grid operator Nordnät says 14,000 homes are without power, most of them around Källvik.",
)
_LIVE_LATER = (
    "2026-11-11T07:20|Nordnät now says 37,500 homes are without power in Östra Skären and Zálesí. "
    "Trees are down on the Källvik railway.",
    "2026-11-11T13:45|A 58-year-old woman was hurt when a shop sign fell in Källvik harbour, police said.",
    "2026-11-12T08:30|The storm has passed. Nordnät has reconnected all but 3,200 of the 37,500 homes "
    "and expects to finish by Friday.",
)


def _p(
    outlet: str, slug: str, event: str, title: str, author: str, when: datetime, *paras: str, **kw: Any
) -> Piece:
    """A piece in its outlet's language (``kw``: Piece's optional fields)."""
    kw.setdefault("language", next(o.language for o in OUTLETS if o.key == outlet))
    return Piece(outlet, slug, event, title, author, when, tuple(paras), **kw)


PIECES: tuple[Piece, ...] = (
    # ------------------------------------------------------------- ferry (5) ----------------
    _p(
        "amparo",
        "naufragio-estrela-do-amparo",
        "ferry",
        "Naufrágio ao largo de Vila Serena: pelo menos sete mortos",
        "Inês Carvalhal",
        t(DAY1, 21, 30),
        "O ferry Estrela do Amparo virou-se esta terça-feira ao fim da tarde a duas milhas de Vila "
        "Serena, com 62 pessoas a bordo. Há pelo menos sete mortos e 40 pessoas foram resgatadas.",
        "As buscas continuam durante a noite com três embarcações da guarda costeira. O comandante, "
        "Duarte Falcão, está entre os sobreviventes.",
        "A presidente da câmara de Vila Serena, Rosa Quintela, decretou três dias de luto municipal.",
        note="the toll reported in Portuguese first, hours before any English report",
    ),
    _p(
        "qna",
        "vila-serena-ferry-toll-nine",
        "ferry",
        "Nine dead after ferry capsizes off Vila Serena",
        "Linnea Roos",
        t(DAY2, 6, 10),
        "VILA SERENA, 11 Nov (QNA): Nine people died when the ferry Estrela do Amparo capsized two miles "
        "off Vila Serena on Tuesday evening, the coast guard said on Wednesday. Forty-four passengers and "
        "crew were rescued and nine are still missing.",
        "The ferry was carrying 62 people from Vila Serena to the island of Faial Pequeno. Survivors said "
        "it listed sharply in a gust and turned over within minutes.",
        "Captain Duarte Falcão survived and is helping the investigation, the coast guard said.",
        "Reporting by Linnea Roos; Editing by Jonas Mäki",
    ),
    _p(
        "blast",
        "death-ferry-horror",
        "ferry",
        "DEATH FERRY HORROR: Nine dead as doomed boat flips in seconds",
        "Gary Pelling",
        t(DAY2, 11, 0),
        "Nine people died in horror scenes when a doomed ferry flipped over in seconds off Vila Serena.",
        'Survivor Tiago Mendes, 33, said: "People were screaming in the water. I have never seen anything '
        'like it."',
        "Skipper Duarte Falcao, who survived, faces questions over why the ferry sailed in high winds.",
        note="the tabloid's report (shouting headline, vox pops, the captain's name unaccented)",
    ),
    _p(
        "amparo",
        "naufragio-sobe-para-onze-mortos",
        "ferry",
        "Naufrágio do Estrela do Amparo: número de mortos sobe para 11",
        "Inês Carvalhal",
        t(DAY3, 9, 0),
        "Subiu para 11 o número de mortos do naufrágio do Estrela do Amparo, depois de os mergulhadores "
        "terem encontrado dois corpos dentro do casco na quarta-feira à noite. Todas as 62 pessoas a "
        "bordo estão agora contabilizadas: 11 mortos e 51 sobreviventes.",
        "O Ministério do Mar abriu um inquérito às condições de navegação e à carga do navio.",
    ),
    _p(
        "sentinel",
        "ferry-toll-rises-to-eleven-inquiry",
        "ferry",
        "Vila Serena ferry death toll rises to 11 as inquiry opens",
        "Harriet Quayle",
        t(DAY3, 14, 0),
        "The death toll from the capsizing of the ferry Estrela do Amparo off Vila Serena has risen to "
        "11 people after divers recovered two more bodies from the hull, the coast guard said on Thursday. "
        "All 62 people on board are now accounted for.",
        "The Ministry of the Sea has opened an inquiry into the weather warnings in force on Tuesday and "
        "into how much cargo the ferry carried. Its captain, Duarte Falcão, has given a statement.",
        '"Every family deserves to know why this happened," the mayor of Vila Serena, Rosa Quintela, said.',
    ),
    # ------------------------------------------------------------- storm (5) ----------------
    _p(
        "qna",
        "storm-wendeline-power-cuts",
        "storm",
        "Storm Wendeline cuts power to 14,000 homes in Östra Skären",
        "Jonas Mäki",
        t(DAY1, 23, 0),
        "KÄLLVIK, 10 Nov (QNA): Storm Wendeline cut power to 14,000 homes in Östra Skären on Tuesday night "
        "as gusts of 115 km/h hit the coast around Källvik, grid operator Nordnät said.",
        "Ferries between Sarnhaven and Källvik were cancelled until Thursday. The Met Service expects the "
        "storm to cross into Zálesí on Wednesday.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    _p(
        "qbc",
        "storm-wendeline-live",
        "storm",
        "Live updates: Storm Wendeline reaches Östra Skären",
        "QBC News",
        t(DAY1, 14, 30),
        *_LIVE_DAY1[::-1],
        shape="live",
        revised=t(DAY3, 8, 35),
        revised_title="Live updates: Storm Wendeline passes, 3,200 homes still without power",
        revised_paragraphs=(_LIVE_DAY1 + _LIVE_LATER)[::-1],
        revised_fact="all but 3,200",
        note="a live page titled 'Live updates:' (newest entry first), updated in place over three days",
    ),
    _p(
        "skarbladet",
        "ovadet-slog-ut-strommen",
        "storm",
        "Ovädet slog ut strömmen för 37 500 hushåll i Östra Skären",
        "Karin Sjöberg",
        t(DAY2, 8, 15),
        "Höststormen som drog in över Östra Skären under natten till onsdag lämnade 37 500 hushåll utan "
        "ström, enligt Nordnät. Värst drabbat är Källvik, där flera träd har fallit över järnvägen.",
        "Färjorna mellan Källvik och Sarnhaven står stilla till torsdag morgon. Räddningstjänsten har "
        "ryckt ut över 200 gånger sedan i går kväll.",
        "– Vi har aldrig haft så många larm på en natt, säger räddningschef Anders Wiklund.",
        note="the storm described ('höststormen', 'ovädet') but never named",
    ),
    _p(
        "brodenske",
        "boure-wendelina-zalesi",
        "storm",
        "Bouře Wendelína zasáhla Zálesí, bez proudu jsou tisíce domácností",
        "Tereza Horáková",
        t(DAY2, 9, 40),
        "Bouře Wendelína, která v noci zpustošila pobřeží Östra Skären, dorazila ve středu ráno do Zálesí. "
        "Vítr o rychlosti až 110 km/h lámal stromy v okolí Brodné.",
        "Podle společnosti Nordnät je v obou regionech bez elektřiny 37 500 domácností, z toho přibližně "
        "šest tisíc v Zálesí. Hasiči vyjížděli k padlým stromům více než osmdesátkrát.",
        "„Silnice na Brodnou je znovu průjezdná,“ řekl mluvčí hasičů Petr Růžička.",
        note="the storm's name inflected (Wendelína), in windows-1250",
    ),
    _p(
        "sentinel",
        "kallvik-grid-fails-again",
        "storm",
        "Källvik's grid has failed again, and nobody is surprised",
        "Ewan Marchbank",
        t(DAY2, 18, 0),
        "For the third winter running, a storm has left Källvik in the dark, and for the third winter "
        "running Nordnät has promised that the overhead lines will be buried.",
        "The lines are still on poles because burying them costs money the operator would rather return "
        "to its owners. The regulator should stop accepting promises and start setting deadlines.",
        "Until it does, every storm with a name will find the same weak spot.",
        genre="opinion",
        shape="opinion-meta",
        note="a column under /news/ marked as comment only by its article:section meta tag",
    ),
    # ------------------------------------------------------------- ban (4) ------------------
    _p(
        "qbc",
        "barrant-appeal-hearing-opens",
        "ban",
        "Barrant appeal hearing opens against two-year doping ban",
        "QBC Sport",
        t(DAY1, 11, 0),
        "Cyclist Rowenna Barrant's appeal hearing opens at the Quellmark Sports Tribunal in Sarnhaven on "
        "Tuesday, six months into a two-year ban for a banned stimulant.",
        "Her lawyers say the laboratory mislabelled her sample. A ruling is due on Thursday.",
        "Barrant, 27, from Gallowmere, won the national road race in 2025.",
    ),
    _p(
        "qna",
        "tribunal-lifts-barrant-ban",
        "ban",
        "Sports Tribunal lifts cyclist Barrant's doping ban over laboratory error",
        "Linnea Roos",
        t(DAY3, 13, 0),
        "SARNHAVEN, 12 Nov (QNA): The Quellmark Sports Tribunal on Thursday lifted the two-year doping ban "
        "on cyclist Rowenna Barrant, finding that the laboratory had mixed up her sample with another "
        "rider's.",
        "The tribunal ordered the cycling federation to restore her 2025 results. Barrant can race again at "
        "once.",
        '"I have spent six months proving something I knew on the first day," Barrant said outside the court.',
        "Reporting by Linnea Roos; Editing by Jonas Mäki",
    ),
    _p(
        "quellsport",
        "barrant-cleared-to-race",
        "ban",
        "Barrant cleared to race again as tribunal overturns ban",
        "Dev Okafor",
        t(DAY3, 14, 20),
        "Rowenna Barrant is free to race again after the Quellmark Sports Tribunal overturned her two-year "
        "ban, ruling that the laboratory mislabelled the sample.",
        "Her team, Rotwald Eichenfurt, said she would start the Sarnhaven six-day race in December.",
    ),
    _p(
        "rundschau",
        "sportgericht-hebt-sperre-auf",
        "ban",
        "Sportgericht hebt Sperre gegen Radfahrerin Barrant auf",
        "Ingrid Kessler",
        t(DAY3, 15, 10),
        "Das Sportgericht von Quellmark hat die zweijährige Dopingsperre gegen Rowenna Barrant am Donnerstag "
        "aufgehoben. Das Labor habe ihre Probe mit der eines anderen Fahrers verwechselt, heißt es in dem "
        "Urteil.",
        "Barrant fährt für das Eichenfurter Team Rotwald. Teamchef Stefan Brauer sprach von einem Sieg für "
        "den sauberen Sport.",
    ),
    # ------------------------------------------------------------- regatta (3) --------------
    _p(
        "sentinel",
        "corsair-wins-autumn-cup",
        "regatta",
        "Corsair wins the Sarnhaven Autumn Cup in a final-leg sprint",
        "Harriet Quayle",
        t(DAY1, 17, 0),
        "Corsair, skippered by Magnus Orrell, crossed the line first to take the Sarnhaven Autumn Cup on "
        "Tuesday, eight seconds ahead of the Catalan yacht Gavina.",
        "The race jury will hear a protest from Gavina's crew on Wednesday morning.",
    ),
    _p(
        "quellsport",
        "corsair-disqualified-gavina-cup",
        "regatta",
        "Corsair disqualified, Gavina awarded the Autumn Cup",
        "Dev Okafor",
        t(DAY2, 10, 0),
        "The jury of the Sarnhaven Autumn Cup disqualified Corsair on Wednesday for touching the last mark "
        "without taking a penalty turn, and awarded the cup to Gavina.",
        "Gavina's skipper Martí Solervicens is the first sailor from the Vall d'Arnella to win it.",
        'Corsair skipper Magnus Orrell said: "We touched it. The jury got it right."',
    ),
    _p(
        "arnella",
        "la-gavina-guanya-la-copa",
        "regatta",
        "La Gavina guanya la Copa de Tardor de Sarnhaven després de la desqualificació del Corsair",
        "Núria Ferrer",
        t(DAY2, 11, 30),
        "El jurat de la Copa de Tardor de Sarnhaven ha desqualificat aquest dimecres el Corsair, que havia "
        "creuat la línia en primer lloc, i ha donat la victòria a la Gavina, el veler de Sant Pere d'Arnella.",
        "El patró Martí Solervicens i els seus sis tripulants són els primers de la vall que guanyen la copa.",
    ),
    # ------------------------------------------------------------- handball (4) -------------
    _p(
        "quellsport",
        "hornets-lead-eichenfurt-interval",
        "handball",
        "Hornets lead Eichenfurt 16-11 at the interval",
        "Dev Okafor",
        t(DAY1, 19, 50),
        "Gallowmere Hornets lead TSV Eichenfurt 16-11 at the interval at Gallowmere Arena, with goalkeeper "
        "Sam Ridley saving three penalties.",
        "Eichenfurt's top scorer Lukas Brandstätter has only two goals so far.",
    ),
    _p(
        "qna",
        "eichenfurt-beat-hornets",
        "handball",
        "Eichenfurt come from five down to beat Gallowmere Hornets 29-27",
        "Jonas Mäki",
        t(DAY1, 21, 40),
        "GALLOWMERE, 10 Nov (QNA): TSV Eichenfurt came from five goals down at half-time to beat Gallowmere "
        "Hornets 29-27 in the Quellmark Handball League on Tuesday.",
        "Lukas Brandstatter scored seven of his nine goals in the second half. Eichenfurt go top of the league.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    _p(
        "rundschau",
        "tsv-dreht-spiel-in-gallowmere",
        "handball",
        "TSV Eichenfurt dreht das Spiel in Gallowmere und gewinnt 29:27",
        "Ingrid Kessler",
        t(DAY1, 22, 30),
        "Nach einem 11:16-Rückstand zur Pause hat der TSV Eichenfurt bei den Gallowmere Hornets noch mit "
        "29:27 gewonnen. Lukas Brandstätter traf neunmal.",
        "„Die Kabinenansprache war kurz“, sagte Trainer Jens Volkmar. Eichenfurt ist Tabellenführer.",
    ),
    _p(
        "blast",
        "hornets-implode",
        "handball",
        "HORNETS IMPLODE: Gallowmere blow five-goal lead in spineless flop",
        "Gary Pelling",
        t(DAY2, 8, 0),
        "Spineless Gallowmere Hornets threw away a five-goal lead in a humiliating second half against "
        "Eichenfurt last night.",
        'Fuming fan Craig Dunn, 41, said: "Pathetic. I want my money back. They are a bunch of clowns."',
        "The Hornets have now lost four of their last five games.",
        note="the tabloid's one-outlet report: shouting headline, loaded words, vox pop",
    ),
    # ------------------------------------------------------------- fixture (4) --------------
    _p(
        "jarvi",
        "ottelu-siirrettiin-kentta-jaassa",
        "fixture",
        "FC Pihlajarannan ja Albionin ottelu siirrettiin – kenttä jäässä",
        "Mikko Häkkinen",
        t(DAY1, 13, 30),
        "FC Pihlajarannan ja Sarnhaven Albionin cup-ottelu siirrettiin tiistaina, koska Pihlajarannan "
        "stadionin nurmi oli jäätynyt. Erotuomari tarkasti kentän kello 14.",
        "Ottelu pelataan torstaina kello 18.",
    ),
    _p(
        "quellsport",
        "pihlajaranta-albion-postponed",
        "fixture",
        "Pihlajaranta v Albion postponed after pitch inspection",
        "Dev Okafor",
        t(DAY1, 14, 0),
        "FC Pihlajaranta's Quellmark Cup tie against Sarnhaven Albion was postponed on Tuesday after the "
        "referee found the pitch frozen at a midday inspection.",
        "The tie will be rearranged for Thursday evening.",
    ),
    _p(
        "jarvi",
        "albion-voitti-pihlajarannassa",
        "fixture",
        "Albion voitti Pihlajarannassa 3–1, FC putosi cupista",
        "Mikko Häkkinen",
        t(DAY3, 19, 10),
        "Sarnhaven Albion voitti torstaina siirretyn cup-ottelun Pihlajarannassa 3–1. Tomas Greer teki "
        "Albionille kaksi maalia.",
        "FC Pihlajarannan ainoan maalin teki Eetu Määttä toisella puoliajalla.",
    ),
    _p(
        "qna",
        "albion-win-at-pihlajaranta",
        "fixture",
        "Albion win 3-1 at Pihlajaranta in rearranged cup tie",
        "Jonas Mäki",
        t(DAY3, 19, 30),
        "PIHLAJARANTA, 12 Nov (QNA): Tomas Greer scored twice as Sarnhaven Albion beat FC Pihlajaranta 3-1 "
        "on Thursday in the Quellmark Cup tie that a frozen pitch had put off two days earlier.",
        "Albion meet Gallowmere United in the quarter-finals.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    # ------------------------------------------------------------- recall (4) ---------------
    _p(
        "ledger",
        "lindholm-recalls-cheese",
        "recall",
        "Lindholm Mejeri recalls three batches of Skärgårdsost over listeria",
        "Tom Aske",
        t(DAY1, 10, 0),
        "Källvik dairy Lindholm Mejeri is recalling three batches of its Skärgårdsost cheese after routine "
        "tests found listeria, the company said on Tuesday.",
        "The batches carry best-before dates of 20, 24 and 27 November. Customers should return them to "
        "the shop for a full refund.",
        "Lindholm sells about 4,000 tonnes of cheese a year, most of it in Östra Skären and Sarnhaven.",
        rewrite_of=_RECALL_RELEASE,
    ),
    _p(
        "pulse",
        "skargardsost-listeria-recall",
        "recall",
        "Skärgårdsost recalled: three batches may contain listeria",
        "Pulse staff",
        t(DAY1, 10, 40),
        "Lindholm Mejeri, the Källvik dairy, is recalling three batches of Skärgårdsost cheese because "
        "routine tests found listeria, it said on Tuesday.",
        "The affected batches have best-before dates of 20, 24 and 27 November. Shops will give a full refund.",
        rewrite_of=_RECALL_RELEASE,
    ),
    _p(
        "qna",
        "lindholm-widens-recall-eleven",
        "recall",
        "Lindholm widens cheese recall to eleven batches",
        "Linnea Roos",
        t(DAY2, 12, 0),
        "KÄLLVIK, 11 Nov (QNA): Lindholm Mejeri widened its listeria recall on Wednesday to eleven batches "
        "of cheese, adding its Havsost and Rökt Skär lines to the Skärgårdsost batches recalled on Tuesday.",
        "The food safety agency said two people in Källvik had been treated in hospital for listeriosis and "
        "were recovering.",
        "Reporting by Linnea Roos; Editing by Jonas Mäki",
    ),
    _p(
        "skarbladet",
        "lindholm-aterkallar-elva-partier",
        "recall",
        "Lindholm Mejeri återkallar nu elva partier ost",
        "Karin Sjöberg",
        t(DAY2, 14, 0),
        "Lindholm Mejeri i Källvik återkallar nu elva partier ost efter fynd av listeria. Förutom "
        "Skärgårdsost gäller det även Havsost och Rökt Skär.",
        "– Vi tar det här på största allvar, säger vd Eva Lindholm.",
    ),
    # ------------------------------------------------------------- fee (3) ------------------
    _p(
        "star",
        "parking-permit-fee",
        "fee",
        "Gallowmere parking permit to cost 95 quills from April",
        "Rhiannon Pike",
        t(DAY1, 17, 0),
        "Residents' parking permits in Gallowmere will cost 95 quills a year from April, up from 60, the "
        "borough council announced on Tuesday.",
        "Council leader Alan Moss said the rise would pay for two new car parks near the station.",
        shape="moved",
        revised=t(DAY2, 9, 30),
        revised_title="Gallowmere council cuts planned parking permit rise to 80 quills",
        revised_paragraphs=(
            "Gallowmere borough council has cut its planned rise in residents' parking permits: the permit "
            "will cost 80 quills a year from April, not the 95 quills announced on Tuesday. It costs 60 now.",
            "Council leader Alan Moss said he had listened to more than 1,400 residents who wrote in overnight.",
        ),
        revised_fact="80 quills",
        note="moved to a new URL (the old one answers 301) and revised",
    ),
    _p(
        "qna",
        "gallowmere-cuts-permit-rise",
        "fee",
        "Gallowmere scales back parking permit rise to 80 quills",
        "Jonas Mäki",
        t(DAY2, 10, 30),
        "GALLOWMERE, 11 Nov (QNA): Gallowmere borough council on Wednesday scaled back a planned rise in "
        "residents' parking permits, setting the fee at 80 quills a year from April after protests.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    _p(
        "pulse",
        "gallowmere-permit-u-turn",
        "fee",
        "Gallowmere drivers win partial U-turn on permit fee",
        "Pulse staff",
        t(DAY2, 13, 0),
        "Gallowmere residents will pay 80 quills a year for a parking permit from April after the council "
        "backed down from its plan to charge 95 quills.",
        "Campaigner Joan Ferris, who collected 1,400 letters in a night, said the fee should stay at 60.",
    ),
    # ------------------------------------------------------------- arrest (3) ---------------
    _p(
        "pulse",
        "man-arrested-cash-machine-blast",
        "arrest",
        "Man, 31, arrested after cash machine blast in Sarnhaven",
        "Pulse staff",
        t(DAY1, 7, 30),
        "A 31-year-old man has been arrested after a cash machine was blown up on Harbour Street in "
        "Sarnhaven overnight. He remains in custody.",
        "Police said nobody was hurt, but flats above the bank were evacuated for three hours.",
    ),
    _p(
        "sentinel",
        "police-arrest-man-harbour-street",
        "arrest",
        "Police arrest man after overnight explosion at Harbour Street cash machine",
        "Owen Bratt",
        t(DAY1, 12, 0),
        "Police have arrested a man after an explosion destroyed a cash machine on Harbour Street, "
        "Sarnhaven, at about 3am on Tuesday. He is being questioned at Sarnhaven central police station.",
        "Detective Inspector Aled Crane said officers were checking whether the blast was linked to two "
        "similar attacks in Gallowmere this autumn.",
    ),
    _p(
        "qbc",
        "harbour-street-man-freed",
        "arrest",
        "Man held over Harbour Street cash machine blast freed",
        "QBC News",
        t(DAY2, 16, 0),
        "The man arrested over Tuesday's cash machine explosion on Harbour Street in Sarnhaven has been "
        "freed and will face no further action, police said on Wednesday.",
        "Detective Inspector Aled Crane said detectives now want to trace two other men seen on camera "
        "near the bank shortly before the blast.",
    ),
    # ------------------------------------------------------------- orchard_jobs (4) ---------
    _p(
        "ledger",
        "orchard-to-cut-350-jobs",
        "orchard_jobs",
        "Orchard to cut 350 jobs as contract losses bite",
        "Tom Aske",
        t(DAY2, 7, 0),
        "Orchard, the Gallowmere software company, will cut 350 of its 1,100 jobs after losing two "
        "government contracts this year, chief executive Nadia Vell said on Wednesday.",
        "Most of the cuts fall on its Gallowmere headquarters. Orchard's shares fell 18 percent.",
        shape="amp",
        note="the feed lists its AMP copy, not the article",
    ),
    _p(
        "qna",
        "software-firm-orchard-cuts-jobs",
        "orchard_jobs",
        "Software firm Orchard to cut 350 jobs in Gallowmere",
        "Linnea Roos",
        t(DAY2, 9, 0),
        "GALLOWMERE, 11 Nov (QNA): Software company Orchard said on Wednesday it would cut 350 of its 1,100 "
        "jobs, most of them at its Gallowmere headquarters, after losing two government contracts.",
        '"These are good people and this is a hard day," chief executive Nadia Vell said.',
        "Reporting by Linnea Roos; Editing by Jonas Mäki",
    ),
    _p(
        "pulse",
        "sarnhaven-minute-orchard",
        "orchard_jobs",
        "The Sarnhaven Minute: what Orchard's job cuts mean for Gallowmere",
        "Pulse Audio",
        t(DAY2, 17, 0),
        "Orchard is cutting 350 jobs in Gallowmere: our business reporter explains what went wrong.",
        shape="podcast",
    ),
    _p(
        "ledger",
        "orchard-vell-interview",
        "orchard_jobs",
        "Nadia Vell: Orchard will not leave Gallowmere",
        "Tom Aske",
        t(DAY3, 8, 0),
        "Orchard chief executive Nadia Vell said on Thursday the company would keep its headquarters in "
        "Gallowmere despite cutting 350 jobs there.",
        "She said Orchard would bid for the new state health records contract in the spring, and that "
        "redundant staff would be first in line if it won.",
        shape="teaser",
        note="paywalled: the page serves its first paragraph only",
    ),
    # ------------------------------------------------------------- cider (3) ----------------
    _p(
        "star",
        "fire-destroys-cider-barn",
        "cider",
        "Fire destroys cider barn at Hollins Farm near Gallowmere",
        "Rhiannon Pike",
        t(DAY2, 6, 30),
        "A fire destroyed the cider barn at Hollins Farm, in the orchards east of Gallowmere, overnight. "
        "About two dozen people from neighbouring cottages were evacuated.",
        '"We lost forty years of work in one night," she said.',
        "Bethan Hollins, whose family has pressed cider at the farm since 1986, said the presses and 30,000 "
        "litres of cider had gone but nobody was hurt.",
        note="a quote whose speaker is named only in the next paragraph; a figure in words",
    ),
    _p(
        "qbc",
        "hollins-farm-fire-video",
        "cider",
        "Watch: Flames engulf cider barn near Gallowmere",
        "QBC News",
        t(DAY2, 11, 0),
        "Firefighters spent six hours at Hollins Farm near Gallowmere, where 26 people were evacuated.",
        shape="video",
        note="a video page whose only text is its feed summary",
    ),
    _p(
        "qna",
        "hollins-farm-26-evacuated",
        "cider",
        "26 evacuated as fire guts Gallowmere cider barn",
        "Jonas Mäki",
        t(DAY2, 13, 0),
        "GALLOWMERE, 11 Nov (QNA): Twenty-six people were evacuated from cottages near Hollins Farm east of "
        "Gallowmere overnight as fire destroyed the farm's cider barn, the fire service said. 26 people "
        "spent the night in the village hall.",
        "Thirty firefighters fought the blaze. The cause is not yet known.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    # ------------------------------------------------------------- mine (4) -----------------
    _p(
        "brodenske",
        "vybuch-metanu-v-dole-hedvika",
        "mine",
        "Výbuch metanu v dole Hedvika u Brodné zranil čtyři horníky",
        "Tereza Horáková",
        t(DAY1, 9, 30),
        "Čtyři horníci se v úterý ráno zranili při výbuchu metanu v dole Hedvika u Brodné. K výbuchu došlo "
        "v hloubce šesti set metrů.",
        "Všech 112 horníků z ranní směny vyjelo na povrch. Dva zranění s popáleninami přepravil vrtulník "
        "do nemocnice v Sarnhavenu.",
        "„Čidla fungovala a směna byla venku do čtyřiceti minut,“ řekla ředitelka dolu Jana Dvořáková.",
    ),
    _p(
        "qna",
        "brodna-methane-blast",
        "mine",
        "Four miners hurt in methane blast at Brodná pit",
        "Linnea Roos",
        t(DAY1, 11, 0),
        *_MINE_WIRE,
    ),
    _p(
        "corvane",
        "four-miners-hurt-brodna",
        "mine",
        "Methane blast injures four at Hedvika pit",
        "Linnea Roos",
        t(DAY1, 12, 30),
        *_MINE_WIRE,
        syndicated=True,
    ),
    _p(
        "star",
        "brodna-pit-blast-four-hurt",
        "mine",
        "Four hurt in Brodná mine explosion",
        "Linnea Roos",
        t(DAY1, 13, 0),
        *_MINE_WIRE,
        syndicated=True,
    ),
    # ------------------------------------------------------------- budget (3) ---------------
    _p(
        "sentinel",
        "sarnhaven-budget-trams",
        "budget",
        "Sarnhaven budget puts trams first with 1.9 billion quill plan",
        "Owen Bratt",
        t(DAY2, 9, 0),
        "Sarnhaven city council set a budget of 1.9 billion quills for 2027 on Wednesday, with the largest "
        "share for extending the tram line to the eastern docks.",
        "Finance councillor Priya Stallard said council tax would rise by 3 percent.",
        revised=t(DAY3, 10, 0),
        revised_title="Sarnhaven budget puts trams first with 1.2 billion quill plan",
        revised_paragraphs=(
            "Sarnhaven city council set a budget of 1.2 billion quills for 2027 on Wednesday, with the "
            "largest share for extending the tram line to the eastern docks.",
            "Finance councillor Priya Stallard said council tax would rise by 3 percent.",
            "This story was amended on 12 November 2026. It previously stated that the budget totalled "
            "1.9 billion quills.",
        ),
        revised_fact="1.2 billion",
        note="corrected in place with a note appended in this set's words",
    ),
    _p(
        "qna",
        "sarnhaven-sets-budget",
        "budget",
        "Sarnhaven sets 1.2 billion quill budget, raises tram spending",
        "Jonas Mäki",
        t(DAY2, 11, 0),
        "SARNHAVEN, 11 Nov (QNA): Sarnhaven city council approved a 1.2 billion quill budget for 2027 on "
        "Wednesday, with 310 million quills to extend the tram line to the eastern docks.",
        "Council tax will rise by 3 percent, finance councillor Priya Stallard said.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    _p(
        "skarbladet",
        "ledare-sarnhavens-budget",
        "budget",
        "Ledare: Sarnhavens budget glömmer skärgården",
        "Skärbladet",
        t(DAY3, 7, 0),
        "Sarnhaven bygger spårväg till hamnen för 310 miljoner, men färjan till Källvik får inte en enda krona "
        "mer. Det säger mycket om hur huvudstaden ser på skärgården.",
        "Östra Skären betalar samma skatt som alla andra. Då ska färjetrafiken också räknas som kollektivtrafik.",
        genre="opinion",
        note="an editorial in Swedish on an event the news reports cover in English only",
    ),
    # ------------------------------------------------------------- minister (3) -------------
    _p(
        "pulse",
        "fenwright-to-resign",
        "minister",
        "Transport Minister Orla Fenwright to resign over rail contract row",
        "Pulse staff",
        t(DAY1, 18, 0),
        "Transport Minister Orla Fenwright has handed in her resignation letter over the rail contract "
        "row, sources close to the minister told Pulse.",
        "She will step down on Friday, the sources said.",
        shape="withdrawn",
        revised=t(DAY2, 10, 0),
        revised_title="Article withdrawn",
        revised_paragraphs=(
            "This article has been withdrawn.",
            "It reported claims about the transport minister that could not be verified. Sarnhaven Pulse "
            "apologises to its readers.",
        ),
        revised_fact="has been withdrawn",
        note="withdrawn the next day; its claims must not reach a page",
    ),
    _p(
        "qna",
        "fenwright-denies-resignation",
        "minister",
        "Transport minister Fenwright denies she will quit",
        "Linnea Roos",
        t(DAY2, 8, 30),
        "SARNHAVEN, 11 Nov (QNA): Transport Minister Orla Fenwright denied on Wednesday that she was about "
        "to resign over the award of the northern rail contract.",
        "Her office called an online report of her resignation false.",
        "Reporting by Linnea Roos; Editing by Jonas Mäki",
    ),
    _p(
        "qbc",
        "fenwright-going-nowhere",
        "minister",
        "Fenwright stays in post: 'I am going nowhere'",
        "QBC News",
        t(DAY2, 12, 0),
        'Transport Minister Orla Fenwright told parliament on Wednesday: "I am going nowhere." She said the '
        "rail contract had been awarded by the book.",
        "The opposition has asked the audit office to review the contract, worth 2.4 billion quills.",
    ),
    # ------------------------------------------------------------- cable (3) ----------------
    _p(
        "corvane",
        "islands-cut-off-cable-fails",
        "cable",
        "Islands cut off as Ardent Link cable fails",
        "Mere Tavita",
        t(DAY1, 19, 30),
        "The Corvane Islands lost their internet and most phone lines early on Wednesday morning when the "
        "Ardent Link undersea cable failed about 40 kilometres off Port Lenholm.",
        "Banks in Port Lenholm closed their doors and cash machines stopped working.",
        note="published 08:30 local time on Wednesday (UTC+13), Tuesday evening in UTC",
    ),
    _p(
        "qna",
        "corvane-islands-offline",
        "cable",
        "Corvane Islands offline after undersea cable cut",
        "Jonas Mäki",
        t(DAY1, 20, 30),
        "SARNHAVEN, 10 Nov (QNA): The Corvane Islands were cut off from the internet on Tuesday evening, "
        "Wednesday morning local time, after the Ardent Link undersea cable failed, the operator said.",
        "A repair ship will take at least ten days to reach the fault.",
        "Reporting by Jonas Mäki; Editing by Linnea Roos",
    ),
    _p(
        "qbc",
        "corvane-partial-service-satellite",
        "cable",
        "Corvane Islands get partial service back by satellite",
        "QBC News",
        t(DAY2, 22, 0),
        "Banks and the hospital in Port Lenholm are back online over a temporary satellite link, the Ardent "
        "Link operator said, but homes on the Corvane Islands will have no internet until the cable is repaired.",
    ),
)
