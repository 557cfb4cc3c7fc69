#!/usr/bin/env python3
"""What the readers of `plainwire run` see: the online pass plus the periodic re-cluster.

Replays a stream through the main job's own code, in-process: a real SQLite store and
``Pipeline``; articles arrive in batches of ``--batch`` (as the work queue hands them over,
oldest first), are stored and placed by the online clusterer (``Pipeline.clusterer.add``),
and every ``--every`` articles (undated stream) or ``--every-hours`` of stream time (dated
stream) the pass the scheduler runs, ``Pipeline.recluster_live`` (the live stories, whole,
newest first up to ``--cap`` articles), rewrites the store; when it moved articles the
clusterer is rebuilt from the store, as the scheduler does (that rebuild is counted as the
pass's cost). Without passes, a dated stream rebuilds the clusterer once a simulated day, as
the scheduler's daily refresh does. Text analysis (tone, genre) and fetching are left out:
they do not depend on the grouping.

Prints, per cadence and cap: B-cubed F1 of the stored grouping at the end and averaged over
checkpoints (every ``--checkpoint`` articles, or every stream hour: what a reader sees
during the day), CPU seconds of the online placements vs the passes (+ rebuilds), the
window size, and the churn per pass (articles moved, stories whose membership changed,
stories absorbed, new stories). ``--mem`` traces the peak Python/numpy memory of each pass
(tracemalloc; slows the passes, so CPU figures come from runs without it).

    python bench/cluster_recluster.py --stream allsides --split train --every 0,500,1000 --cap 0
    python bench/cluster_recluster.py --stream soak --hours 48 --every-hours 0,1,6 --cap 0,1000
    python bench/cluster_recluster.py --stream allsides --split train --every 0 --cap 0 --split-repair 0,0.24

The AllSides stream (``../shared/data``, undated, shuffled as ../shared/bench/cluster_bench.py
shuffles it) is development data and is not shipped; the soak stream is the generated
newsroom of bench/soak.py (dated, invented texts, known events).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_tune import bcubed, load  # noqa: E402

from plainwire.cluster import ClusterConfig  # noqa: E402
from plainwire.models import Article  # noqa: E402
from plainwire.pipeline import Pipeline, ReclusterSummary  # noqa: E402
from plainwire.settings import load_config  # noqa: E402
from plainwire.store import Store  # noqa: E402

DAY = 86400.0


def soak_stream(hours: float, outlets: int, seed: int) -> tuple[list[Article], dict[str, str]]:
    from soak import Newsroom

    return Newsroom(outlets, 1.8e9, hours, seed).articles()


def allsides_stream(data: Path, split: str) -> tuple[list[Article], dict[str, str]]:
    # Ids and URLs as the store makes them (a hash of the URL): the main job's story ids
    # derive from the first article's id.
    out, gold = [], {}
    for i, a in enumerate(load(data, split)):
        aid = hashlib.sha1(a.id.encode()).hexdigest()[:16]
        out.append(
            Article(
                id=aid, title=a.title, text=a.text, url=f"https://allsides.test/{a.id}", source=f"o{i % 3}"
            )
        )
        gold[aid] = a.id.rsplit("/", 1)[0]
    return out, gold


def mixed(
    arts: list[Article], gold: dict[str, str], mix: str, seed: int = 1
) -> tuple[list[Article], dict[str, str]]:
    """Each true story keeps a random 1, 2 or 3 of its articles with the weights of ``mix``
    ("80/15/5": 80 % of stories at one article): a stream where most events are reported
    by one outlet, as in real news, instead of AllSides' three per story."""
    rng = random.Random(seed)
    weights = [float(x) for x in mix.split("/")]
    by_story: dict[str, list[Article]] = {}
    for art in arts:
        by_story.setdefault(gold[art.id], []).append(art)
    keep: set[str] = set()
    for sid in sorted(by_story):
        k = rng.choices((1, 2, 3), weights=weights)[0]
        keep.update(x.id for x in rng.sample(by_story[sid], min(k, len(by_story[sid]))))
    return [x for x in arts if x.id in keep], {k: v for k, v in gold.items() if k in keep}


def dated_allsides(arts: list[Article], gold: dict[str, str], days: float, seed: int = 11) -> list[Article]:
    """The AllSides stream given invented dates (a check, not a fit): each true story starts
    at a uniform time over ``days`` days and its articles follow within 12 hours; time
    order. The live window then holds stories at every stage, as a monitor's does."""
    from dataclasses import replace as _replace
    from datetime import timedelta

    rng = random.Random(seed)
    t0 = datetime(2031, 1, 1, tzinfo=UTC)
    start = {s: t0 + timedelta(days=rng.uniform(0, days)) for s in sorted(set(gold.values()))}
    dated = [_replace(a, published=start[gold[a.id]] + timedelta(hours=rng.uniform(0, 12))) for a in arts]
    dated.sort(key=lambda a: (a.published, a.id))
    return dated


@dataclass
class Outcome:
    f1_end: float = 0.0
    p_end: float = 0.0
    r_end: float = 0.0
    stories_end: int = 0
    checkpoints: list[float] = field(default_factory=list)
    online_cpu: float = 0.0
    pass_cpu: list[float] = field(default_factory=list)
    rebuild_cpu: list[float] = field(default_factory=list)
    refresh_cpu: float = 0.0
    windows: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    absorbed: list[int] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)


def assignment(store: Store) -> dict[str, str]:
    return {
        r[0]: r[1] for r in store.conn.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL")
    }


def score(store: Store, gold: dict[str, str]) -> tuple[float, float, float, int]:
    pred = assignment(store)
    p, r, f = bcubed({k: gold[k] for k in pred}, pred)
    return p, r, f, len(set(pred.values()))


def replay(
    arts: list[Article],
    gold: dict[str, str],
    *,
    dated: bool,
    batch: int,
    every: float,
    cap: int,
    checkpoint: int,
    mem: bool,
    recent: float = 0.0,
    repair: float = 0.0,
) -> Outcome:
    out = Outcome()
    with tempfile.TemporaryDirectory(prefix="plainwire-recluster-") as home:
        config = load_config(home, {"recluster_max_articles": cap, "split_repair": repair})
        store = Store(config.db_path)
        pipeline = Pipeline(store, config)
        n = 0
        last_pass = arts[0].published.timestamp() if dated and arts[0].published else 0.0
        last_refresh = last_pass
        next_check = (last_pass + 3600.0) if dated else checkpoint
        for i in range(0, len(arts), batch):
            chunk = sorted(arts[i : i + batch], key=lambda a: a.published or datetime.now(UTC))
            for a in chunk:
                store.put_article(a)
            t0 = time.process_time()
            sids = [pipeline.clusterer.add(a) for a in chunk]
            out.online_cpu += time.process_time() - t0
            for a, s in zip(chunk, sids, strict=True):
                store.assign_story(a.id, s)
            for absorbed, into in pipeline.clusterer.take_merges():  # split repair (Pipeline._place)
                store.merge_stories(absorbed, into)
            n += len(chunk)
            now = chunk[-1].published.timestamp() if dated and chunk[-1].published else time.time()
            progress = now if dated else float(n)
            while progress >= next_check:
                out.checkpoints.append(score(store, gold)[2])
                next_check += 3600.0 if dated else checkpoint
            if every > 0 and progress - last_pass >= every:
                before = assignment(store)
                if mem:
                    tracemalloc.start()
                t0 = time.process_time()
                if recent > 0:
                    summary = recent_pass(pipeline, now, recent, cap)
                else:
                    summary = pipeline.recluster_live(now, max_articles=cap)
                out.pass_cpu.append(time.process_time() - t0)
                if mem:
                    out.peak_mb.append(tracemalloc.get_traced_memory()[1] / 2**20)
                    tracemalloc.stop()
                t0 = time.process_time()
                if summary.moved:
                    _ = pipeline.clusterer  # the rebuild the next placement would trigger
                    last_refresh = progress
                out.rebuild_cpu.append(time.process_time() - t0)
                after = assignment(store)
                moved = [k for k, s in after.items() if before.get(k) != s]
                out.windows.append(summary.articles)
                out.moved.append(len(moved))
                out.changed.append(len({before[k] for k in moved if k in before} | {after[k] for k in moved}))
                out.absorbed.append(summary.absorbed)
                out.created.append(summary.created)
                last_pass = progress
            elif dated and progress - last_refresh >= DAY:
                pipeline.reset_clusterer()  # the scheduler's daily refresh
                t0 = time.process_time()
                _ = pipeline.clusterer
                out.refresh_cpu += time.process_time() - t0
                last_refresh = progress
        out.p_end, out.r_end, out.f1_end, out.stories_end = score(store, gold)
        pipeline.close()
        store.close()
    return out


def recent_pass(pipeline: Pipeline, now: float, hours: float, cap: int) -> ReclusterSummary:
    """A narrower variant measured against the live window (not shipped): only the stories
    updated within the last ``hours`` (those the last pass's arrivals touched, and their
    recent neighbours), whole."""
    from plainwire.cluster.recluster import newest_stories

    since = datetime.fromtimestamp(min(now, pipeline.store.latest_story_update() or now) - hours * 3600, UTC)
    stories = newest_stories(pipeline.store.live_story_articles(since), cap)
    articles = [x for _sid, arts in stories for x in arts]
    current = {x.id: sid for sid, arts in stories for x in arts}
    return pipeline._recluster(articles, current, {}, apply=True)


def report(label: str, n: int, o: Outcome) -> None:
    def mean(xs: list[float] | list[int]) -> float:
        return statistics.fmean(xs) if xs else 0.0

    passes = len(o.pass_cpu)
    rc = sum(o.pass_cpu) + sum(o.rebuild_cpu)
    line = (
        f"{label}: F1 end {o.f1_end:.2f} (P {o.p_end:.2f} R {o.r_end:.2f}, {o.stories_end} stories)  "
        f"F1 mean over {len(o.checkpoints)} checkpoints {mean(o.checkpoints):.2f} "
        f"(2nd half {mean(o.checkpoints[len(o.checkpoints) // 2 :]):.2f})  | "
        f"online {o.online_cpu:.1f} CPU s ({1e6 * o.online_cpu / n:.0f} us/article"
        f"{f', + daily rebuilds {o.refresh_cpu:.1f} s' if o.refresh_cpu else ''})  "
        f"passes {passes}: {sum(o.pass_cpu):.1f} + rebuild {sum(o.rebuild_cpu):.1f} = {rc:.1f} CPU s"
    )
    if passes:
        per = [1e6 * c / max(1, w) for c, w in zip(o.pass_cpu, o.windows, strict=True)]
        line += (
            f" (pass max {max(o.pass_cpu):.2f} s, {mean(per):.0f} us/window article; window mean "
            f"{mean(o.windows):.0f} max {max(o.windows)})  churn/pass: moved {mean(o.moved):.1f}, "
            f"stories changed {mean(o.changed):.1f}, absorbed {mean(o.absorbed):.1f}, new {mean(o.created):.1f}"
        )
    if o.peak_mb:
        big = max(range(passes), key=lambda k: o.windows[k])
        line += (
            f"  peak {max(o.peak_mb):.0f} MB ({1024 * o.peak_mb[big] / max(1, o.windows[big]):.1f} KB per "
            f"article of the largest window)"
        )
    print(line, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stream", choices=("allsides", "allsides-dated", "soak"), default="allsides")
    ap.add_argument(
        "--days", type=float, default=10.0, help="allsides-dated: days the stories are spread over"
    )
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--hours", type=float, default=48.0)
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32, help="articles per work-queue batch (queue_batch)")
    ap.add_argument("--every", default="0,500", help="undated: articles between passes (0 = no pass), a list")
    ap.add_argument("--every-hours", default="0,1", help="dated: stream hours between passes, a list")
    ap.add_argument("--cap", default="0", help="recluster_max_articles values, a list (0 = no cap)")
    ap.add_argument("--checkpoint", type=int, default=100, help="undated: articles between checkpoints")
    ap.add_argument(
        "--batch-config",
        default="{}",
        help="ClusterConfig keywords for the pass (a Python dict; to try batch settings)",
    )
    ap.add_argument(
        "--recent-hours",
        type=float,
        default=0.0,
        help="dated: a narrower pass over the stories updated in the last N hours only (0 = the live window)",
    )
    ap.add_argument("--mem", action="store_true", help="trace each pass's peak memory (slower passes)")
    ap.add_argument(
        "--split-repair",
        default="0",
        help="split_repair settings of the online pass to replay, a list (0 = off)",
    )
    ap.add_argument(
        "--mix",
        default="",
        help="allsides streams: keep 1, 2 or 3 articles per story with these weights, e.g. 80/15/5",
    )
    a = ap.parse_args()
    logging.disable(logging.WARNING)
    batch_kw = eval(a.batch_config)  # a developer's own command line
    if batch_kw:
        import importlib

        rc: Any = importlib.import_module(
            "plainwire.cluster.recluster"
        )  # the package exports a function of that name

        plain = rc.cluster_batch

        def tuned(articles: list[Article], config: ClusterConfig | None = None) -> list[list[str]]:
            return plain(articles, replace(config or ClusterConfig(), **batch_kw))

        rc.cluster_batch = tuned
        print(f"pass config {batch_kw}")
    if a.stream == "soak":
        arts, gold = soak_stream(a.hours, a.outlets, a.seed)
        dated, cadences = True, [float(x) * 3600.0 for x in a.every_hours.split(",")]
        desc = f"soak {a.hours:g} h + 1 day of history"
    elif a.stream == "allsides-dated":
        arts, gold = allsides_stream(Path(a.data), a.split)
        if a.mix:
            arts, gold = mixed(arts, gold, a.mix)
        arts = dated_allsides(arts, gold, a.days)
        dated, cadences = True, [float(x) * 3600.0 for x in a.every_hours.split(",")]
        desc = f"allsides {a.split}{' mix ' + a.mix if a.mix else ''}, invented dates over {a.days:g} days"
    else:
        arts, gold = allsides_stream(Path(a.data), a.split)
        if a.mix:
            arts, gold = mixed(arts, gold, a.mix)
        dated, cadences = False, [float(x) for x in a.every.split(",")]
        desc = f"allsides {a.split}"
    print(
        f"{desc}: {len(arts)} articles, {len(Counter(gold.values()))} true stories, batches of {a.batch}",
        flush=True,
    )
    for repair in (float(x) for x in a.split_repair.split(",")):
        for cap in (int(x) for x in a.cap.split(",")):
            for every in cadences:
                if every == 0 and cap != int(a.cap.split(",")[0]):
                    continue  # no pass: the cap does not matter
                o = replay(
                    arts,
                    gold,
                    dated=dated,
                    batch=a.batch,
                    every=every,
                    cap=cap,
                    checkpoint=a.checkpoint,
                    mem=a.mem,
                    recent=a.recent_hours,
                    repair=repair,
                )
                unit = f"{every / 3600:g} h" if dated else f"{every:g} articles"
                scope = f", last {a.recent_hours:g} h only" if a.recent_hours else ""
                scope += f", split repair {repair:g}" if repair else ""
                report(
                    f"every {unit}, cap {cap}{scope}" if every else f"no pass (online only{scope})",
                    len(arts),
                    o,
                )


if __name__ == "__main__":
    main()
