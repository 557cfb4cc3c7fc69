"""The "has a mate" test of the whole-set pass (plainwire.cluster.mates, ``mate_fdr``).

A set of invented council reports from many fictional towns, all on one broad topic and
sharing its stock phrases, where most reports have no mate: with the test on they stay
apart, while the few events reported twice or three times still join.
"""

from __future__ import annotations

import dataclasses
import math
import random

import numpy as np
import pytest

from plainwire.cluster import ClusterConfig, cluster_batch
from plainwire.cluster.mates import MateTest, bh_cutoff
from plainwire.models import Article

TOWNS = [
    "Abbotsmere",
    "Brackenholt",
    "Carrowfield",
    "Dunleigh",
    "Elmstow",
    "Farrowby",
    "Glenhurst",
    "Hollinsford",
    "Ivybridge",
    "Jessop Vale",
    "Kestrelton",
    "Lowmoor",
    "Millthorpe",
    "Northcombe",
    "Oakhaven",
    "Pennick",
    "Quarrybank",
    "Rushcliffe",
    "Saltmarsh",
    "Thornbury",
    "Underwood",
    "Varley",
    "Westbrook",
    "Yarnwick",
    "Ashgrove",
    "Birchley",
    "Coldwater",
    "Dovecote",
    "Eastmere",
    "Foxholes",
    "Greystead",
    "Hartwell",
    "Inchbrook",
    "Juniper Cross",
    "Kingsdown",
    "Larkfield",
    "Moorcroft",
    "Netherby",
    "Orchard Hill",
    "Pikeston",
    "Redmarsh",
    "Stonyford",
    "Tallowby",
    "Upperton",
    "Wrenfield",
    "Yewdale",
]
PEOPLE = [
    "Maren Oduya",
    "Tobias Quell",
    "Ines Harrow",
    "Callum Vantree",
    "Petra Lindqvist",
    "Osric Dane",
    "Yara Beaumont",
    "Felix Ambrose",
    "Hedda Marsh",
    "Rowan Teague",
    "Saskia Ferrante",
    "Ludo Kettering",
    "Wilma Strand",
    "Ansel Crowther",
    "Dora Pennywhistle",
    "Gideon Salt",
    "Nell Varga",
    "Brisk Okafor",
    "Ottilie Fenn",
    "Rufus Abernathy",
    "Cosima Reyes",
    "Jasper Holloway",
    "Minna Kowal",
    "Edgar Thistle",
    "Freya Calloway",
    "Hugo Brannigan",
    "Iris Mallory",
    "Kit Redfern",
    "Lotte Ashdown",
    "Magnus Orley",
    "Nadia Frost",
    "Piers Lanyard",
    "Quinn Hallett",
    "Rhea Dunmore",
    "Silas Barrow",
    "Tamsin Vale",
    "Ulric Penhale",
    "Vera Castell",
    "Wendell Ostrander",
    "Xenia Morrow",
    "Yusuf Calder",
    "Zelda Hornby",
    "Arlo Pemberton",
    "Bea Tennant",
    "Cyrus Wynn",
    "Delphine Ruck",
]
SUBJECTS = [
    ("library roof", "repairs to the leaking library roof"),
    ("bus route", "a new evening bus route to the hospital"),
    ("parking fees", "higher parking fees in the town centre"),
    ("school meals", "free school meals for every primary pupil"),
    ("tree planting", "planting street trees along the high road"),
    ("bridge repair", "repairing the cracked footbridge over the canal"),
    ("market hours", "longer opening hours for the Saturday market"),
    ("swimming pool", "reopening the shuttered swimming pool"),
    ("street lights", "switching street lights to low-energy lamps"),
    ("bin collections", "moving bin collections to every other week"),
    ("cycle lanes", "painting cycle lanes on the ring road"),
    ("youth club", "funding for the youth club's summer programme"),
    ("allotments", "new allotment plots on the old depot site"),
    ("flood defences", "raising the flood wall by the river meadows"),
    ("housing plan", "two hundred affordable homes on the gasworks site"),
    ("museum grant", "a grant to restore the town museum's paintings"),
    ("skate park", "building a skate park beside the leisure centre"),
    ("public toilets", "reopening the public toilets at the bus station"),
    ("dog wardens", "hiring two more dog wardens for the parks"),
    ("care home", "taking over the care home on Mill Street"),
    ("speed cameras", "installing speed cameras outside the primary schools"),
    ("solar panels", "fitting solar panels to council offices"),
    ("graffiti team", "a graffiti clean-up team for the underpasses"),
    ("food bank", "a warehouse lease for the food bank"),
    ("christmas lights", "cutting the Christmas lights display"),
    ("cemetery", "extending the cemetery onto farmland"),
    ("wifi scheme", "free wifi in the shopping precinct"),
    ("litter fines", "doubling fines for dropping litter"),
    ("theatre lease", "renewing the lease of the community theatre"),
    ("ward boundaries", "redrawing the ward boundaries before the election"),
    ("sports pitches", "new drainage for the sports pitches"),
    ("electric buses", "buying six electric buses for the town routes"),
    ("pothole fund", "an emergency fund for pothole repairs"),
    ("rent arrears", "writing off rent arrears for small shops"),
    ("bandstand", "rebuilding the Victorian bandstand in the park"),
    ("playgrounds", "replacing the equipment at four playgrounds"),
    ("recycling centre", "shorter opening days at the recycling centre"),
    ("homeless shelter", "a winter night shelter for rough sleepers"),
    ("car park sale", "selling the multi-storey car park to a developer"),
    ("canal towpath", "resurfacing the canal towpath for walkers"),
    ("town twinning", "ending the twinning link with a town abroad"),
    ("fire station", "opposing the closure of the retained fire station"),
    ("heritage trail", "a heritage trail of blue plaques"),
    ("council chamber", "refurbishing the council chamber's heating"),
    ("beach huts", "raising the rent on seafront beach huts"),
]
# Stock phrases of the broad topic (council reporting), shared by unrelated reports.
STOCK = [
    "Councillors debated the proposal for more than an hour at the town hall.",
    "The council said the cost would be met from reserves without raising council tax.",
    "Residents packed the public gallery for the meeting on Tuesday evening.",
    "Opposition members called for a full public consultation before any final vote.",
    "The finance committee will review the figures again next month.",
    "Officers told the meeting that the budget remains under pressure this year.",
    "Local traders said they had not been asked for their views.",
    "A petition signed by several hundred residents was handed to the council.",
    "The decision still needs approval from the county planning board.",
    "The leader of the council said the plan showed the town was listening.",
    "Some councillors warned that the timetable was too ambitious.",
    "The scheme is expected to start in the spring if funding is confirmed.",
]


def _singleton(rng: random.Random, k: int) -> Article:
    town, person = TOWNS[k], PEOPLE[k]
    subj, what = SUBJECTS[k]
    amount = 100_000 + 7_919 * k
    body = " ".join(
        [f"{town} council voted on {what}, with {person} leading the case for the {subj} plan."]
        + rng.sample(STOCK, 4)
        + [f"The {subj} plan for {town} is costed at {amount:,} pounds, {person} said."]
    )
    return Article(
        id=f"one{k}", url=f"https://example.test/one{k}", title=f"{town} council votes on {subj}", text=body
    )


# Events reported more than once: each pair or triple names its own town, person and sum,
# in different words and with different stock phrases.
MULTI = {
    "ferry": [
        (
            "Hallowmere council saves the Tarn ferry with 85,000 pound rescue",
            "Hallowmere councillors agreed an 85,000 pound rescue for the Tarn ferry crossing after Councillor "
            "Augusta Pell warned it would close in June. The ferry carries commuters across Tarn Water.",
        ),
        (
            "Tarn ferry rescued: Hallowmere finds 85,000 pounds",
            "The Tarn Water ferry will keep running after Hallowmere council found 85,000 pounds, Augusta Pell "
            "said. Commuters had feared the crossing would stop in June.",
        ),
    ],
    "depot": [
        (
            "Crickley approves Benbow depot sale for 1.2 million pounds",
            "Crickley council approved the sale of the disused Benbow bus depot for 1.2 million pounds. "
            "Councillor Idris Mawgan said the money would pay for the new depot at Ferne Lane.",
        ),
        (
            "Benbow depot sold as Crickley backs 1.2 million pound deal",
            "The old Benbow depot in Crickley is to be sold for 1.2 million pounds after a council vote. "
            "Idris Mawgan said the Ferne Lane depot would be built with the proceeds.",
        ),
        (
            "Crickley council sells Benbow bus depot",
            "Crickley's former Benbow bus depot has been sold for 1.2 million pounds. Idris Mawgan told the "
            "meeting that work on the Ferne Lane replacement could start in autumn.",
        ),
    ],
    "clock": [
        (
            "Wexcombe restores Saint Elber clock tower for 42,000 pounds",
            "Wexcombe council will spend 42,000 pounds restoring the Saint Elber clock tower, whose bells "
            "stopped in March. Councillor Ottoline Brisco said the clockmakers start next week.",
        ),
        (
            "Saint Elber bells to ring again after Wexcombe vote",
            "The silent bells of the Saint Elber clock tower in Wexcombe will ring again after councillors "
            "backed a 42,000 pound restoration, Ottoline Brisco said.",
        ),
    ],
    "kiosk": [
        (
            "Pellinor council closes Marram Point kiosk after 30 years",
            "The Marram Point beach kiosk in Pellinor will close after 30 years, the council decided. "
            "Councillor Jory Tremain said the 64,000 pound repair bill was too high.",
        ),
        (
            "Marram Point kiosk to shut as Pellinor rejects 64,000 pound repair",
            "Pellinor councillors refused a 64,000 pound repair of the Marram Point kiosk, ending 30 years of "
            "trade on the beach. Jory Tremain called it a hard decision.",
        ),
    ],
}


def _mostly_singletons() -> list[Article]:
    rng = random.Random(7)
    arts = [_singleton(rng, k) for k in range(len(SUBJECTS))]
    for ev, texts in MULTI.items():
        for i, (title, body) in enumerate(texts):
            arts.append(Article(id=f"{ev}/{i}", url=f"https://example.test/{ev}/{i}", title=title, text=body))
    rng.shuffle(arts)
    return arts


def _story(aid: str) -> str:
    return aid.split("/")[0]


def test_mostly_one_article_stories_stay_apart_and_true_pairs_join() -> None:
    arts = _mostly_singletons()
    groups = cluster_batch(arts, ClusterConfig(mate_fdr=0.2))
    by_story: dict[str, set[int]] = {}
    for gi, g in enumerate(groups):
        stories = {_story(a) for a in g}
        assert len(stories) == 1, f"unrelated reports merged: {g}"
        for a in g:
            by_story.setdefault(_story(a), set()).add(gi)
    for ev in MULTI:
        assert len(by_story[ev]) == 1, f"the {ev} reports were split: {groups}"


def test_without_the_test_the_same_set_glues_unrelated_reports() -> None:
    # The failure the test fixes (documents that the set above is a real case for it).
    groups = cluster_batch(_mostly_singletons(), ClusterConfig())
    assert any(len({_story(a) for a in g}) > 1 for g in groups)


def test_default_config_keeps_the_test_off() -> None:
    assert ClusterConfig().mate_fdr is None


def test_tail_p_value_of_an_exponential_tail_is_uniform() -> None:
    # Texts with no mate: neighbour scores are the top 20 of many draws with an
    # exponential tail; the p-value of the best must then be about uniform.
    rng = np.random.default_rng(3)
    near = []
    for _ in range(4000):
        draws = np.sort(0.1 + 0.03 * rng.exponential(size=500))[::-1][:20]
        near.append(([1] * 20, draws.tolist()))
    t = MateTest(near)
    ps = np.array([t.p(i, near[i][1][0]) for i in range(len(near))])
    for cut in (0.05, 0.2, 0.5, 0.8):
        assert abs(float((ps <= cut).mean()) - cut) < 0.03


def test_a_mate_is_an_outlier_of_the_tail() -> None:
    # the expected order statistics of 500 draws with an exponential tail, ranks 2-20
    tail = [0.1 + 0.03 * math.log(500 / k) for k in range(2, 21)]
    near = [([1] * 20, [0.62] + tail)]
    t = MateTest(near)
    assert t.p(0, 0.62) < 1e-4
    assert t.p(0, tail[1]) == 1.0  # at the anchor (rank 3): nothing stands out
    assert t.p(0, tail[0]) > 0.5  # the second best of a mate-less text: unremarkable
    assert not MateTest([([1, 2, 3], [0.5, 0.4, 0.3])]).known(0)  # too few neighbours: no tail
    assert MateTest([([1, 2, 3], [0.5, 0.4, 0.3])]).p(0, 0.9) == 0.0  # ... and no objection


def test_bh_cutoff() -> None:
    assert bh_cutoff([], 0.1) == -1.0
    assert bh_cutoff([0.5, 0.6, 0.9], 0.1) == -1.0  # nothing stands out: nothing passes
    assert bh_cutoff([0.001, 0.002, 0.5, 0.9], 0.1) == pytest.approx(0.002)
    assert math.isclose(bh_cutoff([0.01] * 10, 0.05), 0.01)


def test_small_sets_are_unaffected() -> None:
    # Seven texts: six neighbours each, too few for a tail (ranks 3-20, four spacings at
    # least), so the pass decides as without the test, and the events still join.
    arts = [a for a in _mostly_singletons() if _story(a.id) in ("ferry", "depot", "clock")]
    assert len(arts) == 7
    on = cluster_batch(arts, ClusterConfig(mate_fdr=0.2))
    off = cluster_batch(arts, dataclasses.replace(ClusterConfig(), mate_fdr=None))
    assert sorted(map(sorted, on)) == sorted(map(sorted, off))
    assert {frozenset(_story(a) for a in g) for g in on} == {
        frozenset({ev}) for ev in ("ferry", "depot", "clock")
    }
    assert len(on) == 3
