"""Soak test: 24 simulated hours of a 200-outlet fixture newsroom, compressed into minutes.

A local HTTP server on 127.0.0.1 serves 200 fictional outlets. Each publishes on its own
schedule (a Poisson process, 1-20 articles a day, log-uniform), about a stream of fictional
events; a few outlets fail for hours at a time, others answer 500 now and then. The real
scheduler and pipeline (poll, queue, fetch, extract, analyse, cluster, store, synthesise)
run against it with an injected clock: sleeping advances simulated time instantly.

Every simulated hour it samples resident memory, open file descriptors, errors and
progress, and at the end checks that memory and descriptors stayed flat and the error rate
did not grow. Usage::

    python bench/soak.py                       # 200 outlets, 24 h
    python bench/soak.py --outlets 50 --hours 6 --json out.json

Everything here (outlets, events, texts) is generated; no real news text.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from plainwire.models import Article, Outlet
from plainwire.pipeline import Pipeline
from plainwire.scheduler import Scheduler
from plainwire.settings import load_config
from plainwire.sources.fetch import FetchConfig, Fetcher
from plainwire.store import Store

PLACES = [
    "Arlow",
    "Benmere",
    "Corvath",
    "Dunmore",
    "Elsby",
    "Farrow",
    "Glenholt",
    "Harwick",
    "Istven",
    "Jorvale",
    "Kelmark",
    "Lorrin",
    "Maddow",
    "Norrast",
    "Oskel",
    "Pellam",
    "Quarrin",
    "Rosswick",
    "Saltmere",
    "Tavish",
]
SUBJECTS = [
    ("council", "the city council"),
    ("port", "the port authority"),
    ("union", "the transport union"),
    ("school", "the school board"),
    ("hospital", "the regional hospital"),
    ("court", "the district court"),
    ("police", "the police service"),
    ("mill", "the paper mill"),
    ("airline", "a regional airline"),
    ("farmers", "local farmers"),
]
ACTIONS = [
    ("approves", "approved", "a new budget"),
    ("delays", "delayed", "a bridge project"),
    ("announces", "announced", "a hiring plan"),
    ("rejects", "rejected", "a wage offer"),
    ("opens", "opened", "an inquiry into flooding"),
    ("cuts", "cut", "evening services"),
    ("expands", "expanded", "its training programme"),
    ("suspends", "suspended", "a water contract"),
]
NAMES = ["Ada Merrin", "Tobias Kell", "Rana Osk", "Milo Tarrant", "Ines Vardy", "Jon Pellow", "Sara Quill"]


SYLLABLES = [
    "ka",
    "lo",
    "ven",
    "dra",
    "mi",
    "tor",
    "sel",
    "ub",
    "rin",
    "gha",
    "pol",
    "est",
    "zan",
    "qui",
    "mar",
]


def coined(rng: random.Random, parts: int = 3) -> str:
    """An invented proper noun, so every event has words no other event uses."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass(frozen=True)
class Event:
    n: int
    place: str
    subject: tuple[str, str]
    action: tuple[str, str, str]
    number: int
    spokesperson: str
    project: str
    district: str


def make_events(rng: random.Random, count: int) -> list[Event]:
    return [
        Event(
            i,
            f"{rng.choice(PLACES)} {coined(rng, 2)}",
            rng.choice(SUBJECTS),
            rng.choice(ACTIONS),
            rng.randint(12, 900),
            f"{rng.choice(NAMES).split()[0]} {coined(rng)}",
            coined(rng),
            coined(rng),
        )
        for i in range(count)
    ]


def article_text(ev: Event, rng: random.Random) -> tuple[str, list[str]]:
    who_short, who = ev.subject
    verb, past, obj = ev.action
    title = rng.choice(
        [
            f"{ev.place} {who_short} {verb} {obj} for {ev.project}",
            f"In {ev.place}, {who} {past} {obj} in {ev.district}",
            f"{who.capitalize()} of {ev.place} {past} {obj} after {ev.project} debate",
        ]
    )
    sentences = [
        f"The {ev.project} plan covers the {ev.district} district, where {ev.number} households are registered.",
        f"{who.capitalize()} in {ev.place} {past} {obj} on Tuesday, officials said.",
        f"The decision affects about {ev.number} residents of {ev.place}, according to figures released this week.",
        f"{ev.spokesperson}, who speaks for {who}, said the move had been discussed for months.",
        f"Critics in {ev.place} said the plan for {obj} came too quickly and without enough consultation.",
        f"A vote on the next steps is expected within {rng.randint(2, 9)} weeks.",
        f"Residents of {ev.place} gathered outside the town hall as the news spread.",
        f"{ev.spokesperson} said {who} would publish the full details of {obj} soon.",
        f"Local business owners in {ev.place} said they were still studying what it means for them.",
    ]
    rng.shuffle(sentences)
    paras = [" ".join(sentences[i : i + 2]) for i in range(0, rng.randint(5, 8), 2)]
    return title, paras


class Newsroom:
    """200 outlets publishing on schedules against the simulated clock."""

    def __init__(self, n_outlets: int, start: float, hours: float, seed: int) -> None:
        rng = random.Random(seed)
        self.start = start
        self.now = start
        self.lock = threading.Lock()
        # about six new events an hour, over the day of history and the simulated hours
        n_events = max(20, int((hours + 24) * 6))
        self.events = make_events(rng, n_events)
        self.items: dict[int, list[tuple[float, int, Event]]] = {}
        self.pages: dict[str, tuple[float, str, list[str], str]] = {}
        self.down: dict[int, tuple[float, float]] = {}
        self.flaky: set[int] = set()
        for o in range(n_outlets):
            rate = math.exp(rng.uniform(math.log(1), math.log(20)))  # articles a day
            t, k, items = start - 86400.0, 0, []  # a day of history before the start
            while True:
                t += rng.expovariate(rate / 86400.0)
                if t > start + hours * 3600:
                    break
                # events come and go over the day: an article covers one of the current ones
                frac = min(0.999, max(0.0, (t - start + 86400.0) / (hours * 3600 + 86400.0)))
                ev = self.events[min(n_events - 1, int(frac * n_events) + rng.randint(0, 2))]
                items.append((t, k, ev))
                title, paras = article_text(ev, rng)
                self.pages[f"/o{o}/a/{k}.html"] = (t, title, paras, f"Outlet {o}")
                k += 1
            self.items[o] = items
            if o % 40 == 7:  # down for a few hours
                a = start + rng.uniform(0, hours * 3600 * 0.7)
                self.down[o] = (a, a + rng.uniform(2, 5) * 3600)
            elif o % 25 == 3:
                self.flaky.add(o)
        self.rng = random.Random(seed + 1)
        self.requests = 0

    def articles(self) -> tuple[list[Article], dict[str, str]]:
        """Every article the newsroom publishes, in time order, and its true event (for the
        clustering quality benches: the ids are ``o<outlet>-<k>``)."""
        arts: list[Article] = []
        gold: dict[str, str] = {}
        for o, items in self.items.items():
            for t, k, ev in items:
                _, title, paras, source = self.pages[f"/o{o}/a/{k}.html"]
                aid = f"o{o}-{k}"
                arts.append(
                    Article(
                        id=aid,
                        title=title,
                        text="\n\n".join(paras),
                        url=f"https://o{o}.test/{k}",
                        source=source,
                        published=datetime.fromtimestamp(t, UTC),
                    )
                )
                gold[aid] = str(ev.n)
        arts.sort(key=lambda x: (x.published, x.id))
        return arts, gold

    def feed(self, o: int) -> bytes:
        with self.lock:
            now = self.now
        live = [it for it in self.items[o] if it[0] <= now][-20:]
        body = "".join(
            f"<item><title>{self.pages[f'/o{o}/a/{k}.html'][1]}</title><link>{{base}}/o{o}/a/{k}.html</link>"
            f"<guid>o{o}-{k}</guid><pubDate>{format_datetime(datetime.fromtimestamp(t, UTC))}</pubDate></item>"
            for t, k, _ in reversed(live)
        )
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet {o}</title>'
            f"<link>{{base}}/o{o}/</link><description>soak</description>{body}</channel></rss>"
        ).encode()

    def page(self, path: str) -> bytes | None:
        item = self.pages.get(path)
        if item is None or item[0] > self.now:
            return None
        t, title, paras, outlet = item
        ps = "".join(f"<p>{p}</p>" for p in paras)
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{datetime.fromtimestamp(t, UTC).isoformat()}">'
            f"</head><body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article><h1>{title}</h1>"
            f"{ps}</article><aside>Subscribe to {outlet} for more local news.</aside></body></html>"
        ).encode()

    def failing(self, o: int) -> bool:
        a_b = self.down.get(o)
        if a_b and a_b[0] <= self.now < a_b[1]:
            return True
        return o in self.flaky and self.rng.random() < 0.1


def serve(newsroom: Newsroom) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            newsroom.requests += 1
            path = self.path.split("?")[0]
            parts = path.strip("/").split("/")
            o = int(parts[0][1:]) if parts and parts[0].startswith("o") and parts[0][1:].isdigit() else -1
            if o in newsroom.items and newsroom.failing(o):
                self.send_error(500)
                return
            if path.endswith("/feed.xml") and o in newsroom.items:
                body = newsroom.feed(o).replace(b"{base}", base.encode())
                ctype = "application/rss+xml"
            else:
                page = newsroom.page(path)
                if page is None:
                    self.send_error(404)
                    return
                body, ctype = page, "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


class SimClock:
    def __init__(self, t: float, newsroom: Newsroom) -> None:
        self.t = t
        self.newsroom = newsroom

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
        with self.newsroom.lock:
            self.newsroom.now = self.t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--hours", type=float, default=24.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--max-minutes", type=float, default=30.0, help="Stop (and fail) after this much real time."
    )
    ap.add_argument("--json", type=Path, help="Write the samples and verdict here.")
    ap.add_argument("--home", type=Path, help="Keep the store here (default: a temporary directory).")
    ap.add_argument(
        "--tracemalloc", action="store_true", help="Print the top Python allocation growth sites."
    )
    ap.add_argument(
        "--census",
        action="store_true",
        help="Print which object types (gc-tracked) grew between warm-up and the end (cheap).",
    )
    args = ap.parse_args()
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(8)
    snap0 = None
    census0 = None
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    # Simulated time ends an hour before real now, so no page is dated in the future.
    start = time.time() - (args.hours + 1) * 3600
    newsroom = Newsroom(args.outlets, start, args.hours, args.seed)
    server = serve(newsroom)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = tempfile.TemporaryDirectory(prefix="plainwire-soak-")
    home = args.home or Path(tmp.name)
    config = load_config(home, {"allow_private_networks": True, "fetch_timeout": 10.0})
    store = Store(config.db_path)
    for o in range(args.outlets):
        store.add_outlet(Outlet(f"Outlet {o}", f"{base}/o{o}/feed.xml"))
    fetcher = Fetcher(
        FetchConfig(
            allow_private_networks=True,
            per_host_interval=0.0,
            per_host_concurrency=8,
            retries=0,
            respect_robots=False,
            total_timeout=10.0,
            max_workers=config.fetch_workers,
        )
    )
    pipeline = Pipeline(store, config, fetcher=fetcher)
    clock = SimClock(start, newsroom)
    newsroom.now = start
    sched = Scheduler(pipeline, clock=clock, rng=random.Random(args.seed))

    t_real = time.monotonic()
    samples = []
    next_sample = start
    end = start + args.hours * 3600
    timed_out = False
    while clock() < end:
        wait = sched.step()
        clock.advance(max(wait, 1.0))
        if clock() >= next_sample:
            errors = store.count("errors")
            samples.append(
                {
                    "sim_hour": round((clock() - start) / 3600, 2),
                    "real_s": round(time.monotonic() - t_real, 1),
                    "rss_mb": round(rss_mb(), 1),
                    "fds": open_fds(),
                    "threads": threading.active_count(),
                    "articles": store.count("articles"),
                    "stories": store.count("stories"),
                    "queue": store.queue_counts(),
                    "errors": errors,
                    "polls": sched.stats.polls,
                    # Live Python objects (cheap, unlike tracemalloc): separates heap growth
                    # from allocator/SQLite/C-library effects in RSS.
                    "py_blocks": sys.getallocatedblocks(),
                    "clusterer": clusterer_size(pipeline),
                }
            )
            s = samples[-1]
            print(
                f"h{s['sim_hour']:5.1f} real {s['real_s']:6.1f}s rss {s['rss_mb']:6.1f} MB fds {s['fds']:3d} "
                f"threads {s['threads']:2d} articles {s['articles']:5d} stories {s['stories']:5d} "
                f"pending {s['queue']['pending']:4d} failed {s['queue']['failed']:3d} errors {errors:4d} "
                f"polls {s['polls']} pyblocks {s['py_blocks']} clusterer {s['clusterer']}",
                flush=True,
            )
            next_sample += 3600
            if args.tracemalloc and snap0 is None and len(samples) > len(range(int(args.hours))) // 4:
                snap0 = tracemalloc.take_snapshot()
            if args.census and census0 is None and len(samples) > len(range(int(args.hours))) // 4:
                census0 = type_census()
        if time.monotonic() - t_real > args.max_minutes * 60:
            timed_out = True
            break
    real = time.monotonic() - t_real
    if args.tracemalloc and snap0 is not None:
        top = tracemalloc.take_snapshot().compare_to(snap0, "traceback")[:8]
        for stat in top:
            print(f"+{stat.size_diff / 1024:.0f} KiB in {stat.count_diff} blocks")
            for line in stat.traceback.format()[-6:]:
                print("   ", line)
    if census0 is not None:
        now = type_census()
        growth = sorted(((now[k] - census0.get(k, 0), k) for k in now), reverse=True)[:12]
        print("object growth since warm-up:", ", ".join(f"{k} +{n}" for n, k in growth if n > 0))
    published = sum(1 for it in newsroom.items.values() for t, _, _ in it if start <= t <= clock())
    verdict = judge(samples, timed_out)
    summary = {
        "outlets": args.outlets,
        "sim_hours": args.hours,
        "real_seconds": round(real, 1),
        "published_in_window": published,
        "articles_stored": store.count("articles"),
        "stories": store.count("stories"),
        "polls": sched.stats.polls,
        "http_requests": newsroom.requests,
        "queue": store.queue_counts(),
        "errors": store.count("errors"),
        **verdict,
        "rss_mb_per_1000_articles_after_warmup": _per_article(samples),
        "caches": cache_fill(),
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "samples": samples}, indent=2))
    pipeline.close()
    store.close()
    server.shutdown()
    server.server_close()
    tmp.cleanup()
    return 0 if verdict["ok"] else 1


def type_census() -> dict[str, int]:
    """Count of gc-tracked objects per type name (containers: dicts, lists, tuples, ...)."""
    import collections
    import gc

    gc.collect()
    return dict(collections.Counter(type(o).__name__ for o in gc.get_objects()))


def clusterer_size(pipeline: Pipeline) -> dict[str, int]:
    """Entry counts of the in-memory clusterer's per-article and per-term state (what a
    long run accumulates between rebuilds); empty while no clusterer is built."""
    cl = pipeline._clusterer
    if cl is None:
        return {}
    return {
        "live": cl.live_stories,
        "articles": len(cl._article_story),
        "neardup": len(cl._dups._entries),
        "terms": len(cl._df.df),
        "postings": len(cl._postings.lists),
    }


def _per_article(samples: list[dict]) -> float | None:
    if len(samples) < 4:
        return None
    warm, last = samples[len(samples) // 4], samples[-1]
    n = last["articles"] - warm["articles"]
    return round((last["rss_mb"] - warm["rss_mb"]) / n * 1000, 2) if n > 0 else None


def cache_fill() -> dict[str, str]:
    """Fill level of the bounded in-memory caches of plainwire's stages (why RSS still
    creeps while they fill): functools caches and dict caches with a known cap."""
    out = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("plainwire."):
            continue
        for attr, obj in list(vars(mod).items()):
            info = getattr(obj, "cache_info", None)
            if callable(info):
                ci = info()
                if ci.maxsize and ci.maxsize > 1:
                    out[f"{name}.{attr}"] = f"{ci.currsize}/{ci.maxsize}"
            elif attr.endswith("_cache") and isinstance(obj, dict):
                out[f"{name}.{attr}"] = f"{len(obj)} entries"
    return out


def judge(samples: list[dict], timed_out: bool) -> dict:
    """Flat memory and descriptors after warm-up, and an error rate that does not grow."""
    if len(samples) < 6 or timed_out:
        return {"ok": False, "reason": "timed out" if timed_out else "too few samples"}
    warm = samples[len(samples) // 4]  # after a quarter of the run
    last = samples[-1]
    rss_growth = last["rss_mb"] - warm["rss_mb"]
    fd_growth = last["fds"] - min(s["fds"] for s in samples[1:])
    half = len(samples) // 2
    first = (samples[half]["errors"] - samples[1]["errors"]) / max(1, half - 1)
    second = (last["errors"] - samples[half]["errors"]) / max(1, len(samples) - 1 - half)
    checks = {
        "rss_growth_after_warmup_mb": round(rss_growth, 1),
        "fd_growth": fd_growth,
        "errors_per_hour_first_half": round(first, 1),
        "errors_per_hour_second_half": round(second, 1),
    }
    ok = rss_growth < 80 and fd_growth <= 4 and second <= first * 1.5 + 3
    return {"ok": ok, **checks}


if __name__ == "__main__":
    sys.exit(main())
