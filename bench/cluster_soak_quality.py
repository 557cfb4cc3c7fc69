"""Online vs whole-set clustering on the soak's generated newsroom, where the true event of
every article is known (invented texts with dates; many outlets, one template).

    python bench/cluster_soak_quality.py [--hours 48]

Prints B-cubed precision/recall/F1 and CPU seconds of the online pass (as `plainwire run`
places articles) and of `cluster_batch` (as `plainwire cluster` / `recluster` do).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_tune import bcubed  # noqa: E402
from soak import Newsroom  # noqa: E402

from plainwire.cluster import OnlineClusterer, cluster_batch  # noqa: E402
from plainwire.models import Article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=48.0)
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--seed", type=int, default=3)
    a = ap.parse_args()
    room = Newsroom(a.outlets, 1.8e9, a.hours, a.seed)
    arts: list[Article] = []
    gold: dict[str, str] = {}
    for o, items in room.items.items():
        for t, k, ev in items:
            _, title, paras, source = room.pages[f"/o{o}/a/{k}.html"]
            aid = f"o{o}-{k}"
            arts.append(Article(id=aid, title=title, text="\n\n".join(paras), url=f"https://o{o}.test/{k}",
                                source=source, published=datetime.fromtimestamp(t, UTC)))
            gold[aid] = str(ev.n)
    arts.sort(key=lambda x: (x.published, x.id))
    print(f"{len(arts)} articles, {len(set(gold.values()))} events, {a.hours:g} h + 1 day of history")
    t0 = time.process_time()
    online = OnlineClusterer()
    pred = {x.id: online.add(x) for x in arts}
    p, r, f = bcubed(gold, pred)
    print(f"online  P {p:.2f}  R {r:.2f}  F1 {f:.2f}  stories {len(set(pred.values()))}  {time.process_time() - t0:.1f} CPU s")
    t0 = time.process_time()
    groups = cluster_batch(arts)
    pred = {aid: str(i) for i, g in enumerate(groups) for aid in g}
    p, r, f = bcubed(gold, pred)
    print(f"batch   P {p:.2f}  R {r:.2f}  F1 {f:.2f}  stories {len(groups)}  {time.process_time() - t0:.1f} CPU s")


if __name__ == "__main__":
    main()
