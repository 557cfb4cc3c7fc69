"""A fictional town's news written for these tests: an early article the online pass
misplaces, and a big event reported many times in slightly different words."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from plainwire.models import Article

BUDGET = [
    (
        "Caldermouth council backs new ferry budget",
        "Caldermouth council approved a budget of 12 million for two new harbour ferries on Monday. "
        "Councillor Maren Oakby said the Caldermouth ferries carry 3,000 passengers a day and the old "
        "boats are worn out. The ferry service will also get a new ticket office at the harbour.",
    ),
    (
        "Two new ferries for Caldermouth after council vote",
        "Councillors in Caldermouth voted to spend 12 million on two new ferries for the harbour "
        "crossing. Maren Oakby, who chairs the transport committee, said the ferry budget had wide "
        "support. The new Caldermouth ferries should sail from next spring.",
    ),
    (
        "Caldermouth approves 12 million for harbour ferries",
        "The council of Caldermouth has agreed a 12 million budget for replacing its harbour ferries. "
        "Maren Oakby told the meeting that the ferries are the town's busiest public service. Work on "
        "the ticket office at the harbour starts in the autumn.",
    ),
]

#: Arrives before any strike report: it shares the budget story's names and numbers, so the
#: online pass (which cannot know the strike reports are coming) files it there; with the
#: strike reports in view it belongs to the strike.
EARLY = (
    "Caldermouth ferries could stop as crews plan walkout",
    "The Caldermouth harbour ferries could stop this week: 140 crew members plan a walkout over night "
    "rosters, the Seafarers Guild said. Pell Voskuijl said talks with Brinehart Lines were close to "
    "failing. The council ferry budget of 12 million did nothing for the crews, he said, and Maren "
    "Oakby should meet them.",
)

STRIKE = [
    (
        "Ferry crews walk out over night rosters",
        "Ferry crews stopped work on Tuesday morning in a dispute over night rosters. The Seafarers Guild "
        "said 140 deckhands and pilots had joined the walkout. Union organiser Pell Voskuijl said talks "
        "with the operator Brinehart Lines had failed.",
    ),
    (
        "Brinehart Lines strike strands commuters",
        "Commuters were stranded as 140 crew members of Brinehart Lines went on strike over night rosters. "
        "Pell Voskuijl of the Seafarers Guild said the walkout would last 48 hours. Brinehart Lines said "
        "it regretted the disruption.",
    ),
    (
        "Seafarers Guild strike halts Brinehart boats",
        "No Brinehart Lines boats sailed on Tuesday as the Seafarers Guild began a 48-hour strike over "
        "rosters. Pell Voskuijl said 140 crew members had walked out after talks failed. Brinehart Lines "
        "called the strike unnecessary.",
    ),
]

#: An unrelated story published before the others (the pass must leave it alone).
MARKET = [
    (
        "Weldham market hall reopens after roof repairs",
        "The Victorian market hall in Weldham reopened on Saturday after eight months of roof repairs. "
        "Stallholder Agnes Pirrie said 60 traders had moved back in. The repairs cost 900,000, paid by "
        "the Weldham heritage trust.",
    ),
    (
        "Traders return to Weldham market hall",
        "Sixty traders returned to the Weldham market hall as it reopened with a new roof. Agnes Pirrie, "
        "who sells cheese there, said the eight-month closure had been hard. The Weldham heritage trust "
        "paid 900,000 for the work.",
    ),
    (
        "New roof for Weldham market as hall reopens",
        "Weldham's market hall is open again after a 900,000 roof repair funded by the heritage trust. "
        "Agnes Pirrie and about 60 other traders were back at their stalls on Saturday.",
    ),
]


def _article(key: str, title: str, text: str, when: datetime, n: int) -> Article:
    return Article(
        id=key,
        title=title,
        text=text,
        url=f"https://news.test/{key}",
        source=f"Outlet {n % 4}",
        published=when,
    )


def ferry_articles(t0: datetime) -> list[Article]:
    """The market story, the budget story, the early article, then the strike reports, in
    time order (ids ``market-i``, ``budget-i``, ``early``, ``strike-i``)."""
    out: list[Article] = []
    t = t0
    for prefix, items in (("market", MARKET), ("budget", BUDGET), ("early", [EARLY]), ("strike", STRIKE)):
        for i, (title, text) in enumerate(items):
            out.append(_article(prefix if prefix == "early" else f"{prefix}-{i}", title, text, t, len(out)))
            t += timedelta(minutes=40)
        t += timedelta(hours=2)
    return out


BIG_EVENT_SENTENCES = [
    "The Orrin valley dam released water into the Sable river on {day}, engineers said.",
    "About {n} homes in Lantry were told to move to higher ground as the Sable rose.",
    "Dam keeper Ysolde Marchetti said the release of water from the Orrin dam was planned.",
    "Farmers below the Orrin dam moved cattle away from the Sable river meadows.",
    "The Lantry fire service opened the school at Crail Hill as a shelter for the night.",
    "Ysolde Marchetti said the Orrin reservoir had risen by two metres in a week of rain.",
    "Roads along the Sable between Lantry and Dunmere were closed to traffic.",
    "Engineers will check the Orrin dam spillway again once the Sable falls, Marchetti said.",
]


def big_event(t0: datetime, reports: int = 16, seed: int = 5) -> list[Article]:
    """One event told by ``reports`` outlets in shuffled, slightly varied sentences: close
    to each other (cosine ~0.6-0.9) but not syndicated copies."""
    rng = random.Random(seed)
    out = []
    for i in range(reports):
        sents = [
            s.format(
                day=rng.choice(["Monday", "Monday night", "Monday evening"]), n=rng.choice([300, 310, 320])
            )
            for s in BIG_EVENT_SENTENCES
        ]
        rng.shuffle(sents)
        body = " ".join(sents[: rng.randint(5, 7)])
        title = rng.choice(
            [
                "Orrin dam releases water as Sable rises",
                "Lantry homes told to move as Orrin dam opens",
                "Sable river rises after Orrin dam release",
            ]
        )
        out.append(_article(f"dam-{i}", title, body, t0 + timedelta(minutes=7 * i), i))
    return out
