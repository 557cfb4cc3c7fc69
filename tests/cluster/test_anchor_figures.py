"""The same-event rule counts a shared figure with a shared rare name (fourteenth session):
a tabloid that names the place once and gives the report's figure joins the wire report; the
same name without the figure (another event in the town that day) does not
(docs/clustering.md, "Same event, other words").

Everything here (Dunmere, Kestle, ...) is invented for these tests.
"""

from __future__ import annotations

from dataclasses import replace

from plainwire.cluster import ClusterConfig, OnlineClusterer

from .genre_events import article

WIRE = (
    "wall/wire",
    "news",
    1.0,
    "Dunmere council approves new harbour wall at Kestle Quay",
    "Dunmere town council on Thursday approved a 14 million crown sea wall to protect Kestle Quay "
    "from winter storms. Work will start in March and take two years, the harbour master said.",
)
# The same vote in a tabloid's words: one name (Kestle) and the figure (14 million) shared.
TABLOID = (
    "wall/tabloid",
    "news",
    2.5,
    "HARBOUR STITCH-UP: taxpayers stung for fat cats folly",
    "Fuming locals blasted the town hall last night after bigwigs rubber-stamped a 14 million crown "
    'barrier for the old quay at Kestle. Angry fisherman Bert Colley, 61, said: "It\'s daylight robbery."',
)
# The tabloid's own story about another Kestle event the same evening: the name, no figure
# of the vote.
OTHER = (
    "lifeboat/tabloid",
    "news",
    3.0,
    "HERO CREW: Kestle lifeboat snatches kids from the jaws of death",
    "Brave volunteers plucked two terrified youngsters from the freezing sea off Kestle last night as "
    'the town hall met. Skipper Jan Mottram, 48, said: "We got there with seconds to spare."',
)


def _place(config: ClusterConfig | None = None) -> dict[str, str]:
    c = OnlineClusterer(config)
    return {i[0]: c.add(article(i)) for i in (WIRE, TABLOID, OTHER)}


def test_a_name_and_the_figure_join_the_tabloid_to_the_wire_report() -> None:
    got = _place()
    assert got["wall/tabloid"] == got["wall/wire"]
    assert got["lifeboat/tabloid"] != got["wall/wire"]


def test_without_the_rule_or_with_a_stricter_one_it_stays_alone() -> None:
    assert (got := _place(replace(ClusterConfig(), anchor_share=None)))["wall/tabloid"] != got["wall/wire"]
    # One name and one figure make two; three are not there.
    assert (got := _place(replace(ClusterConfig(), anchor_min_names=3)))["wall/tabloid"] != got["wall/wire"]
