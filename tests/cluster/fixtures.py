"""Fictional events written for these tests (no real news text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article

T0 = datetime(2031, 5, 4, 8, 0, tzinfo=UTC)

EVENTS: dict[str, list[tuple[str, str]]] = {
    "flood": [
        (
            "River Tessel bursts its banks in Marrowdale, hundreds evacuated",
            "Floodwater from the River Tessel poured into the centre of Marrowdale on Sunday, forcing "
            "about 400 residents from their homes. Mayor Idris Fenwick said emergency shelters had "
            "opened at the Marrowdale sports hall.",
        ),
        (
            "Marrowdale flooding: 400 people leave homes as Tessel overflows",
            "Around 400 people were evacuated in Marrowdale after the Tessel river overflowed following "
            "three days of heavy rain. Idris Fenwick, the town's mayor, urged people to avoid the old "
            "bridge while the water stays high.",
        ),
        (
            "Heavy rain floods Marrowdale town centre",
            "Rescue crews used boats in Marrowdale as the swollen River Tessel flooded streets near the "
            "market square. Mayor Fenwick confirmed that roughly 400 residents had been moved to shelters.",
        ),
    ],
    "recall": [
        (
            "Quillon Systems recalls 40,000 e-bikes over battery fires",
            "Quillon Systems is recalling 40,000 of its Volta electric bicycles after reports that the "
            "battery packs can overheat and catch fire while charging. The company said owners should "
            "stop charging the bikes at once.",
        ),
        (
            "E-bike maker Quillon pulls Volta model after fire reports",
            "The electric bicycle maker Quillon Systems announced a recall of about 40,000 Volta bikes on "
            "Tuesday, citing a dozen cases of battery packs overheating. Chief executive Marta Oyelaran "
            "apologised to customers.",
        ),
        (
            "Volta battery fires prompt recall by Quillon Systems",
            "Owners of Quillon Volta e-bikes are being told to stop charging them after battery fires. "
            "Quillon Systems said the recall covers 40,000 bicycles sold since last spring, and Marta "
            "Oyelaran promised free replacement batteries.",
        ),
    ],
    "election": [
        (
            "Anika Strand wins Velorian election by narrow margin",
            "Anika Strand of the Harbour Party will become prime minister of Veloria after winning "
            "Sunday's general election with 51 percent of the vote. Turnout reached 68 percent, the "
            "highest in two decades.",
        ),
        (
            "Veloria picks Strand as prime minister",
            "Velorian voters handed the Harbour Party leader Anika Strand a slim victory, with final "
            "results giving her 51 percent. Her rival, Tomas Brevik, conceded late on Sunday night.",
        ),
        (
            "Strand's Harbour Party edges out Brevik in Veloria vote",
            "Tomas Brevik conceded defeat as Anika Strand claimed 51 percent in the Velorian general "
            "election. Strand promised to cut ferry fares and build new housing in the capital, Ostrava Bay.",
        ),
    ],
    "museum": [
        (
            "Painting stolen from Castellan Museum overnight",
            "Thieves broke into the Castellan Museum in Lindqvist overnight and took 'The Salt Harvest', "
            "an oil painting valued at 12 million crowns. Police said the alarm system had been disabled.",
        ),
        (
            "Police hunt thieves after 'The Salt Harvest' taken in Lindqvist",
            "Lindqvist police are searching for a gang who stole 'The Salt Harvest' from the Castellan "
            "Museum. Curator Paulo Maddox said the painting is worth about 12 million crowns.",
        ),
        (
            "Castellan Museum curator appeals for return of stolen painting",
            "Paulo Maddox, curator of the Castellan Museum, appealed for the safe return of The Salt "
            "Harvest after thieves disabled the alarm and removed the painting from its frame.",
        ),
    ],
    "cup": [
        (
            "Harbor City Gulls win the Coastal Cup final on penalties",
            "The Harbor City Gulls won the Coastal Cup on Saturday, beating Pinecrest Rovers 4-3 on "
            "penalties after a goalless final. Goalkeeper Ines Ramadi saved two spot kicks.",
        ),
        (
            "Ramadi the hero as Gulls lift Coastal Cup",
            "Ines Ramadi saved twice in the shoot-out as Harbor City Gulls beat Pinecrest Rovers to lift "
            "the Coastal Cup. The final finished 0-0 after extra time in front of 30,000 fans.",
        ),
        (
            "Pinecrest Rovers lose Coastal Cup final in shoot-out",
            "Pinecrest Rovers fell to Harbor City Gulls in a penalty shoot-out in the Coastal Cup final. "
            "Rovers manager Duarte Sello said his players had nothing left after extra time.",
        ),
    ],
}


def event_articles(dated: bool = False, step: timedelta = timedelta(hours=1)) -> list[Article]:
    """All fixture articles, events interleaved (article k of every event, then k+1)."""
    out: list[Article] = []
    n = 0
    for k in range(3):
        for name, arts in EVENTS.items():
            title, text = arts[k]
            when = T0 + step * n if dated else None
            out.append(Article(id=f"{name}/{k}", title=title, text=text, source=f"outlet{k}", published=when))
            n += 1
    return out


def gold(article_id: str) -> str:
    return article_id.split("/")[0]
