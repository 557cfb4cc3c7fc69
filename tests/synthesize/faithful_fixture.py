"""Invented coverage for the twelfth session's tests (tests/synthesize/test_faithful_story.py).

Every place, person, outlet and sentence here is made up for these tests (no news text).
"""

from __future__ import annotations

from datetime import UTC, datetime

from plainwire.models import Article


def art(aid: str, source: str, title: str, paras: tuple[str, ...], day: int, hour: int) -> Article:
    return Article(
        id=aid,
        title=title,
        text="\n\n".join(paras),
        url=f"https://{source.lower().replace(' ', '')}.example/{aid}",
        source=source,
        published=datetime(2026, 5, day, hour, 0, tzinfo=UTC),
        language="en",
    )


# A canal lock closes on day one; a day later one outlet reports what the repair will cost and
# how long it will take. Its lead restates the closure, so redundancy used to drop it.
LOCK = [
    art(
        "lock-1",
        "Varden Wire",
        "Fennick lock closed after gate fails",
        (
            "The canal trust closed the Fennick lock on the Varden canal on Monday after one of its two "
            "upper gates split during a routine opening, the trust said.",
            "The lock, built in 1884, lets about 60 boats a day through in summer, according to trust "
            "figures.",
            '"We will not risk a boat or a crew on a gate we cannot trust," trust director Mira Asplund said.',
            "Boats are being held at moorings above and below the lock until further notice.",
        ),
        4,
        9,
    ),
    art(
        "lock-2",
        "Osterby Courier",
        "Fennick lock shut as gate splits",
        (
            "The Fennick lock on the Varden canal is closed until further notice after an upper gate split "
            "on Monday morning.",
            "Holiday hire firms on the canal said they were calling customers to change their routes.",
            "The trust said engineers would inspect the second upper gate on Tuesday.",
            "A public meeting for boat owners is planned at the Fennick village hall on Wednesday evening.",
        ),
        4,
        12,
    ),
    art(
        "lock-3",
        "Tamber Radio",
        "Canal lock at Fennick closed",
        (
            "Boats on the Varden canal cannot pass Fennick after the lock there was closed on Monday because "
            "a gate split.",
            "Hire firms said the closure came at the start of their busiest month.",
            "The canal trust said it would publish a repair plan once the second gate had been inspected.",
        ),
        4,
        15,
    ),
    art(
        "lock-4",
        "Varden Wire",
        "UPDATE: Fennick lock repairs to cost 1.4 million marks and take six weeks",
        (
            "Repairs to the Fennick lock will cost an estimated 1.4 million marks and keep it closed for at "
            "least six weeks, the canal trust said on Tuesday, a day after one of its gates split.",
            "An inspection of the second upper gate found no damage, trust director Mira Asplund said.",
            "New oak for the gate has been ordered from a yard in Kessby.",
        ),
        5,
        11,
    ),
]

# A barn fire told by three outlets: two give different counts of firefighters; the absence of
# injuries is one short sentence in two of them.
BARN = [
    art(
        "barn-1",
        "Holm Gazette",
        "Fire destroys grain barn near Ostrava Farm",
        (
            "A fire destroyed a grain barn at Ostrava Farm near the village of Lindby on Sunday evening, "
            "the county fire service said.",
            "About 40 firefighters were sent to the farm, fire officer Tove Brenner said. Nobody was hurt.",
            "The barn held about 300 tonnes of wheat from this year's harvest, farm manager Oskar Veld said.",
            "Smoke from the fire could be seen from the main road to Holmstad for most of the evening.",
            "Neighbours helped move cattle from a shed next to the barn before the fire reached it.",
        ),
        6,
        21,
    ),
    art(
        "barn-2",
        "Lindby Echo",
        "Grain barn burns down at Ostrava Farm",
        (
            "Fire destroyed a grain barn at Ostrava Farm outside Lindby on Sunday, the fire service said.",
            "Fire officer Tove Brenner said 44 firefighters and nine engines fought the fire, which started at "
            "about 6 p.m. There were no injuries.",
            "Farm manager Oskar Veld said the barn had been insured and would be rebuilt before next summer.",
            "The road past the farm was closed for three hours while crews worked.",
        ),
        6,
        22,
    ),
    art(
        "barn-3",
        "Holmstad Post",
        "Ostrava Farm barn lost to fire",
        (
            "A barn full of wheat burned down at Ostrava Farm near Lindby on Sunday evening.",
            "Crews from four stations were called to the farm shortly after 6 p.m., the fire service said.",
            "The county fire service said it would investigate the cause on Monday.",
            "The farm's shop and cafe will stay open as usual, the owners said.",
        ),
        6,
        23,
    ),
]

# A bus strike: wire copy run by three outlets gives the guild's side and names the operator;
# a business paper gives another count of drivers and the operator's answer in a long sentence.
_WIRE_BUS = (
    "About 800 bus drivers in Marlow walked out at dawn on Monday in a dispute over rest breaks on late "
    "rotas, halting most services in the country's third-largest city.",
    "The Transit Workers' Guild said its members had voted 81 percent in favour of a 48-hour strike after "
    "talks with the bus operator, Marlow Citylines, broke down on Thursday.",
    '"Our drivers are asking for nothing more than the break every other city already gives," guild '
    "secretary Anton Fell said outside the main depot.",
    "Marlow Citylines said it had offered a 20-minute paid break on every late rota and described the "
    'strike as "needless and damaging". It said school buses would be driven by managers.',
    "Four of the city's 38 routes were running by mid-morning, according to the city council.",
)
BUS = [
    art("bus-1", "Varden Wire", "Marlow bus drivers strike over rotas", _WIRE_BUS, 11, 7),
    art("bus-2", "Osterby Courier", "Marlow bus drivers walk out over rotas", _WIRE_BUS, 11, 8),
    art("bus-3", "Holm Gazette", "Bus drivers strike in Marlow", _WIRE_BUS, 11, 9),
    art(
        "bus-4",
        "Tamber Business Daily",
        "Marlow bus strike leaves shops and employers counting the cost",
        (
            "Employers scrambled to get staff to work on Monday as a strike by about 760 bus drivers shut "
            "most of Marlow's routes.",
            "Five of the city's routes were running by early afternoon, according to the operator's own "
            "website, one more than the council reported in the morning.",
            "Marlow Citylines chief executive Ines Berglund said the company's offer of a paid 20-minute break "
            'on late rotas was "fair and final" and that talks would not resume while the strike went on.',
            "The Marlow Chamber of Commerce estimated the strike would cost city-centre shops about 2 million "
            "marks a day in lost sales, mostly in food and clothing.",
            "Some employers said they were paying for taxis for night-shift staff, although the city has "
            "only about 300 licensed cabs.",
        ),
        11,
        13,
    ),
]

# A cup win; a later short report ends on "It is the club's first ..." whose antecedent is the
# sentence before it in that report.
CUP = [
    art(
        "cup-1",
        "Holm Gazette",
        "Lindby Athletic win the county cup with late Aaberg goal",
        (
            "Lindby Athletic won the Varden county cup for the first time in 38 years on Saturday, beating "
            "Holmstad United 3-2 in the final at Tamber Park.",
            "Striker Nils Aaberg scored the winner in the 86th minute after Holmstad had drawn level through "
            "Eero Mattsson early in the second half.",
            '"I have waited for this since I was a boy on the terraces," Aaberg said.',
            "About 6,000 Lindby supporters travelled to the final. The club said it planned to show the cup "
            "to fans in Lindby on Sunday.",
        ),
        16,
        19,
    ),
    art(
        "cup-2",
        "Osterby Klaxon",
        "AABERG THE KING! Lindby striker's stunning strike ends 38 years of pain",
        (
            "Nils Aaberg sent Lindby wild last night with a stunning late strike that won the county cup.",
            "The lethal striker smashed home in the 86th minute to break Holmstad hearts.",
            "Fans sobbed in the stands as 38 years of pain finally ended.",
        ),
        16,
        22,
    ),
    art(
        "cup-3",
        "Tamber Radio",
        "Lindby Athletic to show county cup on Sunday",
        (
            "Lindby Athletic will show the Varden county cup to supporters in the town on Sunday after "
            "beating Holmstad United 3-2 in Saturday's final.",
            "The open-top lorry will leave the club's ground at two o'clock and finish at the market square, "
            "the club said.",
            "It is the club's first major trophy since 1988.",
        ),
        17,
        8,
    ),
]
