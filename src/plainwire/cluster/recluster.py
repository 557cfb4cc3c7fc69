"""Re-cluster a time window to fix early mistakes without renumbering untouched stories.

Pure function: articles and their current story ids in, new assignment out. The caller
(the store / `plainwire recluster --since 2d`) writes it back and turns ``absorbed``
into redirects.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from plainwire.cluster.batch import cluster_batch
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.online import _when
from plainwire.models import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReclusterResult:
    """Outcome of a re-cluster pass.

    - ``assignment``: article id -> story id after the pass (every input article).
    - ``story_map``: old story id -> the story now holding most of its articles
      (itself when the story kept its id).
    - ``absorbed``: old story ids that no longer exist -> the story they went into;
      their pages should redirect there.
    - ``created``: ids of stories that did not exist before the pass.
    """

    assignment: dict[str, str]
    story_map: dict[str, str] = field(default_factory=dict)
    absorbed: dict[str, str] = field(default_factory=dict)
    created: tuple[str, ...] = ()

    @property
    def unchanged(self) -> tuple[str, ...]:
        return tuple(sorted(k for k, v in self.story_map.items() if k == v and k not in self.absorbed))


def _default_id(article_ids: Sequence[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return "s" + digest[:10]


def _time_order(articles: Sequence[Article]) -> list[Article]:
    if articles and all(a.published is not None for a in articles):
        return sorted(articles, key=_when)  # type: ignore[arg-type]
    return list(articles)


def cluster_window(articles: Sequence[Article], config: ClusterConfig | None = None) -> list[list[str]]:
    """Cluster a window from scratch, seeing all of it at once; groups of article ids.

    Whole-set group-average clustering (plainwire.cluster.batch) in time order: more
    accurate than replaying the window through the online pass (docs/clustering.md).
    """
    return cluster_batch(_time_order(articles), config)


#: Genres the whole-set pass leaves out and places after (``recluster``'s ``genres``).
_OPINION = ("opinion", "analysis")


def _with_opinion(
    groups: list[list[str]], opinion: Sequence[str], current: Mapping[str, str]
) -> list[list[str]]:
    """``groups`` (of news texts) with each opinion piece in the group holding most of its
    current story's news texts (ties: the earlier group); the pieces of a story that kept
    no news text stay together, in a group of their own (as do pieces new to the store)."""
    where = {a: gi for gi, ids in enumerate(groups) for a in ids}
    votes: dict[str, Counter[int]] = defaultdict(Counter)
    for a, gi in where.items():
        if a in current:
            votes[current[a]][gi] += 1
    own: dict[str, int] = {}
    out = [list(ids) for ids in groups]
    for a in opinion:
        story = current.get(a)
        counts = votes.get(story) if story is not None else None
        if counts:
            out[min(counts, key=lambda gi: (-counts[gi], gi))].append(a)
        elif story is not None and story in own:
            out[own[story]].append(a)
        else:
            if story is not None:
                own[story] = len(out)
            out.append([a])
    return out


def newest_stories(
    stories: Sequence[tuple[str, Sequence[Article]]], max_articles: int
) -> list[tuple[str, Sequence[Article]]]:
    """The window of a periodic pass: whole stories, most recently updated first, while
    their articles fit in ``max_articles`` (0 = no cap). ``stories`` come oldest first (as
    the store lists live stories). A story that does not fit is left out whole, never
    cut: a pass sees all of a story or none of it, so a story it leaves out keeps every
    article and its id. The result is in the input's order."""
    if max_articles <= 0:
        return list(stories)
    chosen: list[int] = []
    room = max_articles
    for i in range(len(stories) - 1, -1, -1):
        n = len(stories[i][1])
        if n <= room:
            chosen.append(i)
            room -= n
            if room == 0:
                break
    left_out = len(stories) - len(chosen)
    if left_out:
        log.info(
            "recluster: window capped at %d articles; %d older or larger stories left as they are",
            max_articles,
            left_out,
        )
    return [stories[i] for i in reversed(chosen)]


def recluster(
    articles: Sequence[Article],
    current: Mapping[str, str],
    config: ClusterConfig | None = None,
    *,
    id_factory: Callable[[Article], str] | None = None,
    reserved_ids: Iterable[str] = (),
    outside: Mapping[str, int] | None = None,
    genres: Mapping[str, str | None] | None = None,
) -> ReclusterResult:
    """Re-cluster ``articles`` (a time window) and map the result onto current story ids.

    ``current`` maps article id -> its story id now (articles missing from it are new).
    A new group keeps the old id it shares most articles with (ties: the old id with the
    larger overlap share, then the smaller id), so a story whose articles stay together
    keeps its id; an old story whose articles all went to other stories is ``absorbed``.
    ``reserved_ids`` are ids used elsewhere (outside the window) that new stories must
    not take. ``outside`` counts, per story, its articles outside the window: such a
    story is never ``absorbed`` (its other articles still need it) and its overlap share
    is taken of its whole size, so a story mostly outside the window does not take the
    id of a group it barely shares.

    ``genres`` (article id -> the analysis stage's genre) keeps opinion and analysis pieces
    out of the whole-set pass, which has no rule for them (a column argues in its own words,
    and its words would draw stories together): each follows the news texts of its current
    story (:func:`_with_opinion`).
    """
    by_id = {a.id: a for a in articles}
    opinion = {a.id for a in articles if genres is not None and genres.get(a.id) in _OPINION}
    if opinion:
        groups = _with_opinion(
            cluster_window([a for a in articles if a.id not in opinion], config),
            [a.id for a in _time_order(articles) if a.id in opinion],
            current,
        )
    else:
        groups = cluster_window(articles, config)
    old_sizes = Counter(current[a] for a in by_id if a in current)
    for old, n in (outside or {}).items():
        if old in old_sizes and n > 0:
            old_sizes[old] += n

    # Candidate (group, old id) pairs by overlap, greedily matched one-to-one.
    pairs: list[tuple[int, float, str, int]] = []
    for gi, ids in enumerate(groups):
        overlap = Counter(current[a] for a in ids if a in current)
        for old, n in overlap.items():
            pairs.append((n, n / old_sizes[old], old, gi))
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    group_id: dict[int, str] = {}
    taken: set[str] = set()
    for _n, _share, old, gi in pairs:
        if gi in group_id or old in taken:
            continue
        group_id[gi] = old
        taken.add(old)

    used = set(current.values()) | set(reserved_ids)
    created: list[str] = []
    for gi, ids in enumerate(groups):
        if gi in group_id:
            continue
        first = by_id[ids[0]]
        sid = id_factory(first) if id_factory is not None else _default_id(ids)
        n = 1
        base = sid
        while sid in used:
            n += 1
            sid = f"{base}-{n}"
        used.add(sid)
        group_id[gi] = sid
        created.append(sid)

    assignment = {a: group_id[gi] for gi, ids in enumerate(groups) for a in ids}
    # Where did each old story's articles go?
    went: dict[str, Counter[str]] = defaultdict(Counter)
    for a, old in current.items():
        if a in assignment:
            went[old][assignment[a]] += 1
    story_map: dict[str, str] = {}
    absorbed: dict[str, str] = {}
    keep = {old for old, n in (outside or {}).items() if n > 0}
    for old, dest in went.items():
        if old in taken or old in keep:
            story_map[old] = old
        else:
            target = sorted(dest.items(), key=lambda x: (-x[1], x[0]))[0][0]
            story_map[old] = target
            absorbed[old] = target
    if absorbed:
        log.info("recluster: %d stories absorbed into others", len(absorbed))
    return ReclusterResult(assignment, story_map, absorbed, tuple(created))
