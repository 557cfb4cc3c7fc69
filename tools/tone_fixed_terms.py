#!/usr/bin/env python3
"""Derive the fixed-term data (``plainwire.analyze.fixedterms``) from WordNet 3.0.

Fifteenth session (issue 6). A loaded-looking word inside a fixed multiword term or name is
not the outlet's choice of words: "giant" in "giant slalom", "killer" in "killer whale",
"panic" in "panic room", "shock" in "shock absorber". The tone model's word weights (fitted
on BABE's political sentences) read the word alone. Three kinds of data ship:

- ``terms``: WordNet's multiword lemmas (2-4 words, every word ordinary English: ``ordinary``)
  that hold a loaded-looking word (``loaded_looking``, read from the shipped tone model) and
  name a thing: one of their senses is in ``NAMING_LEXFILES`` (an artifact, animal, plant,
  food, body part, substance, object, place, time, quantity or shape). Acts, states,
  feelings, communication, groups and persons stay with the model: "war crime", "police
  state", "fat cat" — and "devil's advocate", a person in WordNet, a known miss. Words are
  normalised as the tokenizer does (lower case, possessive 's dropped): "killer whale",
  "bloody mary", "hell kitchen", "shock absorber", "panic button".
- ``modifiers``: loaded-looking words that are mainly nouns (WordNet's semantic concordance
  tags them more often as nouns than as adjectives; with no tags, more noun senses than
  adjective senses: "giant" 10 : 9, "killer", "panic", "war" are; "radical" 8 : 10, "bloody",
  "savage" are not): a noun before a noun classifies it ("panic room",
  "crisis hotline", "war memorial", "giant slalom"), it does not evaluate it.
- ``heads``: Snowball stems of ordinary nouns, not loaded-looking themselves, with a concrete
  sense (``CONCRETE_LEXFILES``: artifact or structure, animal, plant, food, body part) whose
  first sense is not abstract (``ABSTRACT_FIRST``), or one of whose first two senses is under
  WordNet's contest / sport synsets (a race, a match, a slalom). A modifier right before such
  a head is a noun compound: "giant slalom", "panic room", "war memorial"; not "giant
  blunder" (an act), "killer snow" (first a phenomenon), "bloody chaos" ("bloody" is an
  adjective, "chaos" a state).

WordNet 3.0 (Princeton; the Debian package ``wordnet-base``, files in /usr/share/wordnet) is
under the WordNet 3.0 licence, a permissive licence that allows redistribution of derived
data with its copyright notice (docs/tone.md, "How the lexicons and weights were made").
Only the lists ship.

usage: python tools/tone_fixed_terms.py [--wordnet /usr/share/wordnet] [--out FILE] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

from plainwire.analyze import cues
from plainwire.analyze.features import word_info
from plainwire.analyze.model import ToneModel, default_model
from plainwire.analyze.text import norm_token, stem

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORDNET = Path("/usr/share/wordnet")
DEFAULT_OUT = ROOT / "src" / "plainwire" / "analyze" / "data" / "fixed_terms.json"

# Lexicographer files (WordNet's lexnames) of the senses that make a multiword lemma the
# name of a thing, a place, a time or a quantity rather than an evaluation, a charge or a
# label for people: a term is kept when one of its senses is in one of these ("Bloody Mary"
# the cocktail, though its first sense is the queen). Acts, states, feelings, attributes,
# communication, groups and persons are left to the model: "war crime", "police state",
# "fat cat", "devil's advocate" are what their words say, or labels for people.
NAMING_LEXFILES = frozenset(
    {
        "noun.artifact",
        "noun.animal",
        "noun.plant",
        "noun.food",
        "noun.body",
        "noun.substance",
        "noun.object",
        "noun.location",
        "noun.time",
        "noun.quantity",
        "noun.shape",
    }
)
# Heads that name a concrete kind of thing: a loaded-looking noun before one classifies it.
CONCRETE_LEXFILES = frozenset({"noun.artifact", "noun.animal", "noun.plant", "noun.food", "noun.body"})
# A modifier is not a label: a noun whose first sense is a person ("racist", "gangster",
# "monster"), a communication ("propaganda"), a motive or cognition ("obsession"), a group
# ("cult") or an attribute ("justice") evaluates what it modifies ("propaganda machine"),
# so it is left to the model. Kept: animals and sizes ("giant"), feelings ("panic"), states
# ("crisis"), acts ("war"), events ("fire"), phenomena ("storm"), places ("hell").
LABEL_FIRST = frozenset(
    {"noun.person", "noun.communication", "noun.motive", "noun.cognition", "noun.group", "noun.attribute"}
)
# A noun is a head when one of its senses is concrete, unless its first sense is one of
# these: "snow" is first the weather (a phenomenon), only third the drug (an artifact), so
# "killer snow" is no compound; "memorial" is first a communication, third a monument; a
# group ("corporation", first an organisation) is left out: "giant corporation" evaluates.
ABSTRACT_FIRST = frozenset(
    {
        "noun.phenomenon",
        "noun.event",
        "noun.act",
        "noun.state",
        "noun.feeling",
        "noun.attribute",
        "noun.group",
    }
)
# ... and contests: a race, a match, a slalom (sports disciplines are acts in WordNet).
CONTEST_ROOTS = ("contest", "sport")
# A word is loaded-looking when a lexicon or a cue list gives it weight (VADER valence, the
# AllSides loaded lexicon, BABE's marked rate, the threat cues) or its meaning-based
# probability is high. The per-word probability is not read: it is high for any word BABE
# never saw ("unseen = suspicious", docs/tone.md), which would make every rare noun a modifier.
WEMB_MIN = 0.3
VADER_MIN = 0.25  # |valence| / 4
MARKED_MIN = 0.15

# WordNet's lexnames, by number
LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]


def loaded_looking(word: str, model: ToneModel) -> bool:
    """Can the tone model show ``word`` as loaded evidence on its own?"""
    if word in cues.FUNCTION_WORDS or word in cues.INTENSIFIERS:
        return False
    info = word_info(word, model.lex)
    return (
        info.wemb >= WEMB_MIN
        or max(info.vneg, info.vpos) >= VADER_MIN
        or info.loaded > 0.0
        or info.marked >= MARKED_MIN
        or word in cues.THREAT
    )


_COMMON: frozenset[str] = frozenset()


def ordinary(word: str) -> bool:
    """An ordinary English word: its stem is the stem of a whole word of MiniLM's word-piece
    vocabulary (the tone model's ``unattested.common``, 14,123 stems), or news copy has it."""
    return "~" + stem(word) in _COMMON or word in _FREQ


_FREQ: frozenset[str] = frozenset()


def read_index(path: Path) -> dict[str, list[int]]:
    """lemma -> synset offsets, most frequent sense first (a WordNet index.* file)."""
    out: dict[str, list[int]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # licence header
        f = line.split()
        n_syn, n_ptr = int(f[2]), int(f[3])
        offsets = f[4 + n_ptr + 2 :]
        out[f[0]] = [int(o) for o in offsets[:n_syn]]
    return out


def read_data(path: Path) -> dict[int, tuple[str, list[int]]]:
    """synset offset -> (lexicographer file, hypernym offsets) of a WordNet data.* file."""
    return {k: (lexfile, hyper) for k, (lexfile, hyper, _words) in read_synsets(path).items()}


def read_synsets(path: Path) -> dict[int, tuple[str, list[int], list[str]]]:
    """synset offset -> (lexicographer file, hypernym offsets, word forms as written)."""
    out: dict[int, tuple[str, list[int], list[str]]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        off, lexfile = int(f[0]), LEXNAMES[int(f[1])]
        n_words = int(f[3], 16)
        i = 4 + 2 * n_words
        n_ptr = int(f[i])
        hyper = [int(f[i + 1 + 4 * k + 1]) for k in range(n_ptr) if f[i + 1 + 4 * k] in ("@", "@i")]
        out[off] = (lexfile, hyper, f[4 : 4 + 2 * n_words : 2])
    return out


def proper(lemma: str, offset: int, synsets: dict[int, tuple[str, list[int], list[str]]]) -> bool:
    """Is ``lemma`` written with a capital in its first sense (a proper noun: "Wuhan")?"""
    for w in synsets[offset][2]:
        if w.lower() == lemma:
            return not w.islower()
    return False


def tag_counts(path: Path) -> dict[tuple[str, str], int]:
    """(lemma, "n", "v" or "a") -> how often the semantic concordance tags it as a noun, a verb
    or an adjective (WordNet's cntlist.rev: "sense_key sense_number count")."""
    out: dict[tuple[str, str], int] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        key, _num, cnt = line.split()
        lemma, rest = key.split("%", 1)
        pos = {"1": "n", "2": "v", "3": "a", "5": "a"}.get(rest[:1])
        if pos:
            out[lemma, pos] = out.get((lemma, pos), 0) + int(cnt)
    return out


def under(off: int, roots: set[int], data: dict[int, tuple[str, list[int]]]) -> bool:
    """Is synset ``off`` (or one of its hypernyms, transitively) one of ``roots``?"""
    todo, seen = [off], set()
    while todo:
        o = todo.pop()
        if o in roots:
            return True
        if o in seen or o not in data:
            continue
        seen.add(o)
        todo.extend(data[o][1])
    return False


def term_words(lemma: str) -> list[str]:
    return [norm_token(w) for w in lemma.split("_")]


def build(wordnet: Path, model: ToneModel) -> dict[str, object]:
    global _COMMON, _FREQ
    _COMMON = model.lex.common or frozenset()
    wm = model.lex.word_model
    _FREQ = frozenset(wm.freq) if wm is not None else frozenset()
    nouns = read_index(wordnet / "index.noun")
    adjs = read_index(wordnet / "index.adj")
    verbs = read_index(wordnet / "index.verb")
    synsets = read_synsets(wordnet / "data.noun")
    data = {k: (lexfile, hyper) for k, (lexfile, hyper, _w) in synsets.items()}
    data.update({k + 10**9: v for k, v in read_data(wordnet / "data.adj").items()})  # lexfile only
    contest_roots = {nouns[r][0] for r in CONTEST_ROOTS}
    tags = tag_counts(wordnet / "cntlist.rev")
    # irregular verb forms ("left" leave, "found" find): in running text they are verbs
    verb_forms = {
        line.split()[0] for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines()
    }

    terms: set[str] = set()
    for pos, index, offset_base in ((nouns, nouns, 0), (adjs, adjs, 10**9)):
        del pos
        for lemma, offs in index.items():
            parts = lemma.split("_")
            if not 2 <= len(parts) <= 4 or any("-" in p or not p.replace("'", "").isalpha() for p in parts):
                continue
            words = term_words(lemma)
            if not all(ordinary(w) for w in words):
                continue  # a Latin binomial or a rare name: not met in news copy
            if not any(loaded_looking(w, model) for w in words):
                continue
            if not any(data.get(o + offset_base, ("", []))[0] in NAMING_LEXFILES for o in offs):
                continue
            terms.add(" ".join(words))

    modifiers: set[str] = set()
    for lemma, offs in nouns.items():
        if "_" in lemma or not lemma.isalpha() or not loaded_looking(lemma, model):
            continue
        if proper(lemma, offs[0], synsets):
            continue  # a name first ("Wuhan", "Republican", "Taliban"): its own rule is the name's
        if data[offs[0]][0] in LABEL_FIRST:
            continue  # first a label for people or an abstraction ("racist", "propaganda")
        if lemma in verb_forms or len(verbs.get(lemma, [])) > len(offs):
            continue  # a verb form or mainly a verb ("take", "help"): in running text, a verb
        n_tags, a_tags, v_tags = (tags.get((lemma, p), 0) for p in ("n", "a", "v"))
        if v_tags > n_tags:
            continue
        if n_tags > a_tags if n_tags + a_tags else len(offs) > len(adjs.get(lemma, [])):
            modifiers.add(lemma)

    heads: set[str] = set()
    for lemma, offs in nouns.items():
        if "_" in lemma or not lemma.isalpha() or len(lemma) < 3 or loaded_looking(lemma, model):
            continue
        if lemma in verb_forms or len(verbs.get(lemma, [])) > len(offs):
            continue  # a verb form ("left", "found") or mainly a verb ("smash"): no compound
        n_tags = tags.get((lemma, "n"), 0)
        if n_tags < tags.get((lemma, "v"), 0) + tags.get((lemma, "a"), 0):
            continue  # tagged more often as a verb or an adjective ("cut", "light")
        if not ordinary(lemma):
            continue
        contest = any(under(o, contest_roots, data) for o in offs[:2])
        concrete = any(data[o][0] in CONCRETE_LEXFILES for o in offs)
        if contest or (concrete and data[offs[0]][0] not in ABSTRACT_FIRST):
            heads.add(stem(lemma))
    return {
        "provenance": (
            "Derived from WordNet 3.0 (Princeton University; WordNet 3.0 licence, permissive, "
            "copyright notice in docs/tone.md) by tools/tone_fixed_terms.py with the shipped tone "
            "model's word tables: multiword lemmas holding a loaded-looking word whose most frequent "
            "sense is not evaluative (terms), loaded-looking mainly-noun words (modifiers), stems of "
            "nouns naming a concrete kind or a contest (heads). docs/tone.md."
        ),
        "terms": sorted(terms),
        "modifiers": sorted(modifiers),
        "heads": sorted(heads),
    }


def _show(name: str, items: Iterable[str]) -> None:
    items = list(items)
    print(f"{name}: {len(items)}")
    print("  " + ", ".join(items[:400]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--show", action="store_true", help="print the lists instead of writing them")
    a = ap.parse_args()
    out = build(a.wordnet, default_model())
    if a.show:
        for key in ("terms", "modifiers"):
            _show(key, out[key])  # type: ignore[arg-type]
        print(f"heads: {len(out['heads'])}")  # type: ignore[arg-type]
        return
    a.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {a.out}: {len(out['terms'])} terms, {len(out['modifiers'])} modifiers, {len(out['heads'])} heads"
    )  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
