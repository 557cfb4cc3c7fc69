"""Press-release rewrites: two outlets printing one release with light edits are one text
with two outlets (``ClusterConfig.rewrite_jaccard``), while two outlets' own reports of the
same event stay two texts (docs/clustering.md, "Press-release rewrites").

Everything here (Marrowby Water, the Tessock reservoir, ...) is invented for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from plainwire.cluster import ClusterConfig, OnlineClusterer
from plainwire.models import Article

T0 = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)

RELEASE = (
    "Marrowby Water will spend 58 million crowns on a new treatment works at the Tessock reservoir, the "
    "company announced on Tuesday. The works, to be built by Haldane Civil in Orrin, will supply 140,000 "
    'homes and open in the autumn of 2033. "This is the largest investment in clean water our region has '
    'seen in a generation," said chief executive Ruth Calloway. The new plant will cut the energy used to '
    "treat each litre of water by about a quarter, the company said."
)
# The same release, lightly edited by a second outlet (a few words changed).
REWRITE = (
    "Marrowby Water will spend 58 million crowns on a new treatment works at the Tessock reservoir, the "
    "company said on Tuesday. The works, to be built by Haldane Civil of Orrin, will supply 140,000 "
    'homes and open in autumn 2033. "This is the largest investment in clean water our region has '
    'seen in a generation," said chief executive Ruth Calloway. The new plant will cut the energy used '
    "to treat each litre of water by about a quarter, according to the company."
)
# Two reporters' own accounts of the same announcement.
OWN_REPORT = (
    "Households across the Orrin valley should get softer, cleaner tap water from 2033 after Marrowby "
    "Water chose the Tessock reservoir for its new treatment works. Ruth Calloway, who runs the utility, "
    "put the cost at 58 million crowns and said Haldane Civil had won the building contract. Campaigners "
    "from Tessock said they would watch the lorry traffic during construction closely."
)
OTHER_OWN_REPORT = (
    "The Tessock reservoir will get a 58 million crown treatment works, Marrowby Water said, in what its "
    "chief executive Ruth Calloway called the region's biggest clean-water investment in a generation. "
    "Engineers at Haldane Civil expect to start digging in the spring; the plant should serve 140,000 "
    "homes. Councillors in Orrin welcomed the jobs but asked who would pay for the new access road."
)


def _art(aid: str, title: str, text: str, hours: float) -> Article:
    return Article(
        id=aid, title=title, text=text, source=aid.split("/")[1], published=T0 + timedelta(hours=hours)
    )


def _release_pair() -> list[Article]:
    return [
        _art("works/bulletin", "Marrowby Water to build 58 million crown works at Tessock", RELEASE, 0.0),
        _art("works/weekly", "New Tessock treatment works to supply 140,000 homes", REWRITE, 1.0),
    ]


def _own_reports() -> list[Article]:
    return [
        _art("works/courier", "Tessock chosen for Marrowby Water's new treatment works", OWN_REPORT, 2.0),
        _art(
            "works/gazette",
            "Tessock reservoir to get 58 million crown treatment works",
            OTHER_OWN_REPORT,
            3.0,
        ),
    ]


def test_a_lightly_edited_release_is_one_text_with_two_outlets() -> None:
    c = OnlineClusterer()
    ids = {c.add(a) for a in _release_pair()}
    assert len(ids) == 1
    info = c.story_info(ids.pop())
    assert info is not None and info.texts == 1 and info.sources == {"bulletin", "weekly"}


def test_independent_reports_of_the_same_event_stay_two_texts() -> None:
    c = OnlineClusterer()
    ids = {c.add(a) for a in _own_reports()}
    assert len(ids) == 1
    info = c.story_info(ids.pop())
    assert info is not None and info.texts == 2


def test_all_four_one_story_three_texts_and_restore_agrees() -> None:
    arts = _release_pair() + _own_reports()
    c = OnlineClusterer()
    ids = {c.add(a) for a in arts}
    assert len(ids) == 1
    sid = ids.pop()
    info = c.story_info(sid)
    assert info is not None and info.texts == 3 and len(info.sources) == 4
    warm = OnlineClusterer()
    warm.restore([(sid, arts)])
    again = warm.story_info(sid)
    assert again is not None and again.texts == 3


def test_the_setting_turns_it_off() -> None:
    c = OnlineClusterer(replace(ClusterConfig(), rewrite_jaccard=None))
    ids = {c.add(a) for a in _release_pair()}
    info = c.story_info(ids.pop())
    assert info is not None and info.texts == 2
