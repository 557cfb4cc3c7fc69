"""The best-neighbour gap of the whole-set pass (``ClusterConfig.best_gap_weight``, tenth session).

A linked pair's score is lowered by how far it falls below the mean of both texts' best
scores: two reports that are each other's nearest pay nothing, a report that both rank
below a closer one pays. Invented texts: three reports of a ferry rescue and one report of
another event about the same ferry, same town and commuters.
"""

from __future__ import annotations

import pytest

from plainwire.cluster import ClusterConfig, cluster_batch
from plainwire.cluster.batch import _best_gaps
from plainwire.models import Article

RESCUE = [
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
    (
        "Hallowmere votes to keep Tarn Water ferry afloat",
        "Councillors in Hallowmere backed an 85,000 pound deal that keeps the Tarn ferry sailing past June, "
        "Augusta Pell told the meeting. Commuters use the crossing daily.",
    ),
]
OTHER_EVENTS = [
    (
        "Tarn ferry pier to be repainted",
        "Hallowmere council will repaint the Tarn ferry pier this summer, Councillor Nils Oban said. "
        "The work costs 9,000 pounds.",
    ),
    (
        "Hallowmere ferry crew strike called off",
        "A strike by crew of the Tarn ferry was called off on Friday after talks with the operator, the union "
        "said. Commuters had planned to drive around Tarn Water.",
    ),
]


def _set(other: tuple[str, str]) -> list[Article]:
    arts = [
        Article(id=f"rescue/{i}", url=f"https://example.test/r{i}", title=t, text=b)
        for i, (t, b) in enumerate(RESCUE)
    ]
    arts.append(Article(id="other/0", url="https://example.test/o", title=other[0], text=other[1]))
    return arts


@pytest.mark.parametrize("other", OTHER_EVENTS, ids=["pier", "strike"])
def test_a_report_of_another_event_on_the_same_ferry_stays_apart(other: tuple[str, str]) -> None:
    groups = cluster_batch(_set(other), ClusterConfig())
    assert sorted(map(sorted, groups)) == [["other/0"], ["rescue/0", "rescue/1", "rescue/2"]]


@pytest.mark.parametrize("other", OTHER_EVENTS, ids=["pier", "strike"])
def test_without_the_gap_it_joins_the_rescue(other: tuple[str, str]) -> None:
    # The failure the term fixes (documents that the set is a real case for it); 0.05 was
    # the threshold before the term.
    groups = cluster_batch(_set(other), ClusterConfig(best_gap_weight=0.0, link_threshold=0.05))
    assert len(groups) == 1


def test_gap_of_each_linked_pair() -> None:
    # Neighbour lists, best first: 0 and 1 are each other's nearest; 2's best is 0, and 0
    # ranks 2 below 1.
    near = [([1, 2], [0.8, 0.5]), ([0, 2], [0.8, 0.3]), ([0, 1], [0.5, 0.3])]
    edges = [(0, 1), (0, 2), (1, 2)]
    gaps = _best_gaps(edges, near, ClusterConfig(best_gap_weight=0.5))
    assert (0, 1) not in gaps  # mutual nearest: no gap
    assert gaps[(0, 2)] == pytest.approx(0.5 * (0.5 - 0.5 * (0.8 + 0.5)))
    assert gaps[(1, 2)] == pytest.approx(0.5 * (0.3 - 0.5 * (0.8 + 0.5)))
    assert _best_gaps(edges, near, ClusterConfig(best_gap_weight=0.0)) == {}
    # without neighbour lists (hubness correction off) there is nothing to read
    assert _best_gaps(edges, [([], [])] * 3, ClusterConfig(best_gap_weight=0.5)) == {}


def test_defaults() -> None:
    cfg = ClusterConfig()
    assert cfg.best_gap_weight == 0.3 and cfg.link_threshold == 0.045
