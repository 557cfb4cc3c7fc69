#!/usr/bin/env python3
"""Synthesis speed on synthetic 10-article stories (one process, one core).

Stories are generated from templates (no external data): each article has a title and
12-16 sentences of 15-30 words mixing shared facts (what several outlets report), outlet-only
details, quotes and attributions. Two figures:
- end to end: ``synthesize(story_id, articles)`` computing the analyses itself (as the CLI does);
- synthesis only: analyses computed beforehand (as the pipeline does, analyze runs earlier).
Target: >= 50 stories/s end to end.

``--set module.NAME=value`` overrides a constant of ``plainwire.synthesize.<module>`` for the
run, to time a variant (e.g. the redundancy rules of before 2026-11-28 13:00:
``--set select.PAIR_CUT=None --set pool.CLAIM_STEMS=False``).

usage: python bench/synth_speed.py [--stories 200] [--articles 10] [--seed 7] [--set M.NAME=V ...]
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import random
import time

from plainwire.analyze import analyze
from plainwire.models import Article
from plainwire.synthesize import synthesize

PLACES = [
    "Northport",
    "Eastvale",
    "Millbrook",
    "Stonebridge",
    "Westfield",
    "Cedar Falls",
    "Lakeside",
    "Oakridge",
]
ACTORS = [
    "the city council",
    "the state senate",
    "the transit board",
    "the school district",
    "the port authority",
]
THINGS = ["a flood barrier", "a new bridge", "a bus network", "a housing plan", "a water treatment plant"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
PEOPLE = [
    "Mayor Ana Ruiz",
    "Council member Tom Reyes",
    "Director Lee Park",
    "Senator Mara Quill",
    "Chief Ivo Brandt",
]
FILLER = (
    "officials said the plan had been discussed for months before the vote",
    "residents packed the meeting room and several asked for more public hearings",
    "the budget office estimated that costs could rise if construction is delayed",
    "engineers presented three designs and recommended the least expensive one",
    "opponents argued that the money should go to road repairs instead",
    "the agency will publish a detailed schedule later this month",
    "a spokesperson declined to say whether contracts had already been signed",
    "local businesses said they expected more customers once the work is done",
)


def story(rng: random.Random, k: int, n_articles: int) -> list[Article]:
    place, actor, thing = rng.choice(PLACES), rng.choice(ACTORS), rng.choice(THINGS)
    day, person = rng.choice(DAYS), rng.choice(PEOPLE)
    amount = rng.randint(5, 90)
    shared = [
        f"{actor.capitalize()} in {place} approved ${amount} million for {thing} on {day}.",
        f"{person} said work would begin next spring and take about two years.",
        f"The vote was {rng.randint(5, 9)}-{rng.randint(0, 4)} after a long debate.",
    ]
    arts = []
    for i in range(n_articles):
        sents = [rng.choice(shared)] + rng.sample(shared, 2)
        for _ in range(rng.randint(9, 13)):
            f = rng.choice(FILLER)
            if rng.random() < 0.3:
                sents.append(f'"{f.capitalize()}," {rng.choice(PEOPLE)} told reporters.')
            else:
                sents.append(f"In {place}, {f}, according to outlet {i}.")
        text = " ".join(sents)
        arts.append(
            Article(
                id=f"s{k}-a{i}",
                title=f"{place} approves {thing.split(' ', 1)[1]} funding ({i})",
                text=text,
                source=f"Outlet {i}",
                url=f"https://outlet{i}.example/news/{k}",
            )
        )
    return arts


def apply_overrides(items: list[str]) -> None:
    """``MODULE.NAME=VALUE`` items set constants of ``plainwire.synthesize.MODULE`` (for
    before/after runs; also used by tools/synth_eval.py)."""
    for item in items:
        target, _, value = item.partition("=")
        mod_name, _, attr = target.rpartition(".")
        mod = importlib.import_module(f"plainwire.synthesize.{mod_name}")
        if not hasattr(mod, attr):
            raise SystemExit(f"no {attr} in plainwire.synthesize.{mod_name}")
        setattr(mod, attr, ast.literal_eval(value))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--articles", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    a = ap.parse_args()
    apply_overrides(a.set)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    rng = random.Random(a.seed)
    stories = [story(rng, k, a.articles) for k in range(a.stories)]
    synthesize("warm-up", stories[0])  # lazy loads (segmenter, lexicons, weights) are not the steady state
    t, c = time.perf_counter(), time.process_time()
    for k, arts in enumerate(stories):
        synthesize(f"s{k}", arts)
    e2e, e2e_cpu = time.perf_counter() - t, time.process_time() - c
    analyses = [{x.id: analyze(x) for x in arts} for arts in stories]
    t, c = time.perf_counter(), time.process_time()
    for k, (arts, an) in enumerate(zip(stories, analyses, strict=True)):
        synthesize(f"s{k}", arts, an)
    only, only_cpu = time.perf_counter() - t, time.process_time() - c
    words = sum(len(x.text.split()) for arts in stories for x in arts) / len(stories)
    print(f"{a.stories} stories x {a.articles} articles ({words:.0f} words/story), one core")
    # CPU-time rates are what one core does when no other process competes for it.
    print(
        f"end to end (analyze inside):     {a.stories / e2e:7.1f} stories/s wall, {a.stories / e2e_cpu:7.1f} per CPU-second"
    )
    print(
        f"synthesis only (analyses given): {a.stories / only:7.1f} stories/s wall, {a.stories / only_cpu:7.1f} per CPU-second"
    )
    print(f"load average while running: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
