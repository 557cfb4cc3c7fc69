#!/usr/bin/env python3
"""Derive the event / report vocabulary (``plainwire.analyze.events``) from the development data.

Thirteenth session (issue 6). The tone label reads how heated the coverage is, not how grim the
event is. Words that name what happened (a fire destroyed, a driver was killed, a man was
charged) are what a plain report of a grim event has to use; the BABE-fitted word weights read
some of them as heat because in BABE's political copy they are rare or metaphorical.

Method: a hand-written list of candidate surface forms of event and report vocabulary
(``CANDIDATES``: disasters, accidents, crime and courts, harm, damage, work; plainwire's own)
is measured on the AllSides train split, which pairs outlets' titles and leads with the
editors' neutral headline and summary of the same story:

- ``keep``: the editors' rate of the form (per 1,000 tokens) over the outlets' rate. A word
  the editors keep at about the outlets' rate is how a neutral writer reports the event; a word
  they drop ("slams", "blasts") is the outlets' colour.
- ``p_drop``: how unlikely the editors' count is if they kept the form at the outlets' rate
  (Poisson, mean = outlet count x editors' tokens / outlets' tokens).
- ``babe``: in how many BABE sentences the form occurs, and how many of those the experts
  marked it in (the evidence behind its weight; printed, not used).

A form is kept as event vocabulary unless the editors significantly drop it (``p_drop <
P_DROP``): a word they keep is how a neutral writer reports the event; one they drop
("layoffs", "slams") is the outlets' colour. A form with few or no AllSides uses cannot be
shown to be colour, and the candidate list's reading of it stands (thin evidence either way;
its BABE weight rests on as little: "wrecked" occurs in one BABE sentence). Only the list of
forms ships (derived statistics, no text).

usage: python tools/tone_event_words.py [--data ../shared/data] [--out FILE] [--table]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from scipy.stats import poisson

from plainwire.analyze.text import tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_tone_model import outlet_editor_counts  # noqa: E402  (the loaded lexicon's counts)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "plainwire" / "analyze" / "data" / "event_words.json"
P_DROP = 0.05

# Surface forms, not stems: "blast" (the explosion) is an event, "blasts" (criticises) is
# mostly the outlets' colour, and the data must be allowed to tell them apart.
_CANDIDATE_TEXT = """
fire fires blaze blazes burned burnt burning flames smoke firefighters firefighter
explosion explosions blast exploded
storm storms gale gales wind winds flood floods flooded flooding floodwater floodwaters
rain rainfall landslide landslip earthquake quake tremor tornado hurricane drought heatwave
wave waves washed swept collapsed collapse collapses subsidence
destroyed destroy destroys damaged damage damages wrecked wreck wrecks wreckage smashed
rot rotten weakened cracked crack cracks broken
crash crashes crashed collision collided derailed derailment overturned capsized sank sunk
accident accidents incident incidents
killed kill kills died dies death deaths dead fatal fatally body bodies drowned
injured injuries injury injure hurt wounded wounds burns casualties victims victim
missing rescued rescue rescuers evacuated evacuation trapped stranded
shot shooting shootings stabbed stabbing stabbings assaulted robbed robbery burglary theft
stolen murder murdered murders manslaughter homicide attacked
arrest arrests arrested charged charges charge convicted conviction guilty sentenced
sentence jailed prison custody trial court prosecutors prosecution police detectives
fraud bribery laundering suspect suspects accused
faulty fault failure failed failures defect defective leak leaked leaks spill spilled
contamination contaminated outbreak infections infected
layoffs laid redundancies redundant cuts closure closing closed shut bankrupt bankruptcy
insolvency administration jobs job losses loss lost
"""
CANDIDATES = _CANDIDATE_TEXT.split()


def babe_counts(rows: list[dict]) -> tuple[Counter[str], Counter[str]]:
    seen: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for r in rows:
        norms = {t.norm for t in tokenize(r["text"])}
        gold = {t.norm for w in r.get("biased_words", []) for t in tokenize(w)}
        seen.update(norms)
        marked.update(norms & gold)
    return seen, marked


def derive(data: Path) -> tuple[list[str], list[tuple[str, int, int, float, float, int, int, bool]]]:
    def jl(name: str) -> list[dict]:
        with (data / name).open(encoding="utf-8") as fh:
            return [json.loads(x) for x in fh if x.strip()]

    outlet, editor, n_o, n_e = outlet_editor_counts(jl("allsides-train.jsonl"))
    seen, marked = babe_counts(jl("babe-sg2.jsonl"))
    table = []
    kept = []
    for w in dict.fromkeys(CANDIDATES):
        o, e = outlet[w], editor[w]
        keep = (e / n_e) / (o / n_o) if o else float("nan")
        p_drop = float(poisson.cdf(e, o * n_e / n_o))
        ok = p_drop >= P_DROP
        table.append((w, o, e, keep, p_drop, seen[w], marked[w], ok))
        if ok:
            kept.append(w)
    return sorted(kept), table


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--table", action="store_true", help="print every candidate's figures")
    a = ap.parse_args()
    kept, table = derive(a.data)
    if a.table:
        print(
            f"{'form':16s} {'outlet':>6s} {'editor':>6s} {'keep':>5s} {'p_drop':>6s} {'babe':>5s} {'marked':>6s}"
        )
        for w, o, e, keep, p, s, m, ok in table:
            print(f"{w:16s} {o:6d} {e:6d} {keep:5.2f} {p:6.3f} {s:5d} {m:6d} {'kept' if ok else '-'}")
    doc = {
        "provenance": (
            "Derived statistics only: hand-written candidate event/report word forms, kept unless "
            "the AllSides train split's editors use them significantly less than the outlets "
            f"(Poisson p < {P_DROP}). tools/tone_event_words.py; docs/tone.md."
        ),
        "words": kept,
    }
    a.out.write_text(json.dumps(doc, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(set(CANDIDATES))} candidates kept -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
