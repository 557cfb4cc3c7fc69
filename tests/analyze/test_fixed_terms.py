"""Loaded-looking words inside fixed terms and names (fifteenth session, issue 6).

"giant" in "giant slalom", "killer" in "killer whale", "panic" in "panic room" are part of a
term the outlet had to use, not its choice of words; "a giant blunder", "killer snow",
"bloody chaos" are its choice. Sentences invented for these tests, both sides of the line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from importlib import resources

import pytest

from plainwire.analyze import fixedterms, tone
from plainwire.analyze.fixedterms import fixed_tokens, has_candidate
from plainwire.analyze.model import default_model
from plainwire.analyze.text import Token, stem, tokenize
from plainwire.analyze.tone import article_tone, sentence_loadedness
from plainwire.models import Article


def _fixed(sentence: str) -> list[str]:
    toks = tokenize(sentence)
    return [toks[i].norm for i in sorted(fixed_tokens(toks))]


@pytest.fixture
def rule_off() -> Iterator[None]:
    """The rule switched off (and the sentence memo cleared on both sides of the switch)."""
    tone._cached_loadedness.cache_clear()
    tone.FIXED_TERMS_PLAIN = False
    try:
        yield
    finally:
        tone.FIXED_TERMS_PLAIN = True
        tone._cached_loadedness.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        ("Mara Lindqvist won the women's giant slalom at Col d'Ossere on Sunday.", ["giant"]),
        ("Two killer whales were seen off Harrow Point on Tuesday.", ["killer", "whales"]),
        ("The bar on Quay Street sold 300 Bloody Marys during the festival.", ["bloody", "marys"]),
        ("The war memorial on Fenwick Green will be cleaned before the service.", ["war"]),
        ("Each of the new flats has a panic room, the developer said.", ["panic"]),
        ("Mechanics replaced a shock absorber on the tram.", ["shock", "absorber"]),
        ("Reporters were shown round the Iron Lady exhibition.", ["iron"]),
    ],
)
def test_fixed_terms_compounds_and_names_are_found(sentence: str, fixed: list[str]) -> None:
    assert has_candidate(sentence)
    assert _fixed(sentence) == fixed


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's giant blunder left the town without buses for a week.",  # an act, not a thing
        "Killer snow buries the valley as tourists flee.",  # snow is first the weather
        "It was bloody chaos at the station.",  # "bloody" is an adjective
        "The minister's monster tax grab will hit every family.",  # a label, not a kind
        "He called them the Radical Left in his speech.",  # a capitalised adjective: a label
        "Critics said the propaganda machine never stopped.",  # "propaganda" evaluates
    ],
)
def test_loaded_uses_are_not_fixed(sentence: str) -> None:
    toks = tokenize(sentence)
    loaded = {"giant", "killer", "bloody", "monster", "radical", "propaganda", "war", "storm"}
    assert not {toks[i].norm for i in fixed_tokens(toks)} & loaded


def test_an_intensifier_before_the_modifier_keeps_it_the_writers() -> None:
    assert _fixed("Each flat has a panic room.") == ["panic"]
    assert _fixed("Each flat has a truly panic room.") == []


def test_title_case_headline_has_no_names_but_keeps_terms() -> None:
    # in a title-case headline capitals say nothing: no name rule, the term rule still holds
    assert _fixed("Castellane Wins World Cup Giant Slalom At Val Brunet") == ["giant"]
    assert _fixed("Crowds Watch The Iron Lady Parade") == []


def _two_units(sentence: str) -> Article:
    """A calm headline and ``sentence``: the smallest article (the rule reads articles)."""
    return Article(
        id="x", url="https://paper.example/a/1", title="Weekend round-up from Harrow Point", text=sentence
    )


def test_a_sentence_alone_is_scored_as_before() -> None:
    # a single sentence (synthesis's readers, BABE's items) keeps every word's weight: on
    # BABE's political sentences the terms are mostly metaphors (docs/tone.md)
    s = "Mara Lindqvist won the women's giant slalom at Col d'Ossere on Sunday."
    score, ev = sentence_loadedness(s)
    assert "giant" in ev
    one = article_tone(Article(id="x", url="https://paper.example/a/1", title="", text=s))
    assert one.score == pytest.approx(score, abs=1e-12)
    assert "giant" in one.evidence


def test_in_an_article_the_term_adds_no_heat_and_is_no_evidence(rule_off: None) -> None:
    art = _two_units("Mara Lindqvist won the women's giant slalom at Col d'Ossere on Sunday.")
    off = article_tone(art)
    tone.FIXED_TERMS_PLAIN = True
    on = article_tone(art)
    assert on.score < off.score
    assert not any("giant" in e.lower() for e in on.evidence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The council's giant blunder left the town without buses for a week.", "giant"),
        ("It was bloody chaos at the station, and the excuses were pathetic.", "bloody"),
        ("The minister's monster tax grab will hit every family.", "monster"),
    ],
)
def test_loaded_uses_stay_evidence(sentence: str, word: str) -> None:
    score, ev = sentence_loadedness(sentence)
    assert score >= 0.5 and any(word in e.lower() for e in ev)
    t = article_tone(_two_units(sentence))  # scored with a calm headline: Measured or above
    assert t.score >= 0.35
    assert any(word in e.lower() for e in t.evidence)


def _race_report(term: str) -> Article:
    return Article(
        id="race",
        url="https://touchline.example/ski/lindqvist-first-win",
        title=f"Mara Lindqvist takes first World Cup win in Col d'Ossere {term}",
        text=(
            f"Mara Lindqvist won her first World Cup race in the {term} at Col d'Ossere, beating the "
            "overall leader by 0.38 seconds.\n"
            "The 24-year-old from Harrow Point said she had skied the second run without looking at "
            "the clock.\n"
            f"She is the first skier from the region to win a World Cup {term} since 2009."
        ),
    )


def test_a_calm_race_report_is_not_loaded_by_its_discipline(rule_off: None) -> None:
    before = article_tone(_race_report("giant slalom"))
    tone.FIXED_TERMS_PLAIN = True
    after = article_tone(_race_report("giant slalom"))
    plain = article_tone(_race_report("slalom"))
    assert before.score > after.score
    assert after.score < 0.5
    assert not any("giant" in e.lower() for e in after.evidence)
    # the discipline's name now weighs about what the plain word "slalom" does
    assert abs(after.score - plain.score) < 0.1


def test_an_article_with_a_loaded_giant_stays_loaded() -> None:
    art = Article(
        id="blunder",
        url="https://blaze.example/news/bus-blunder",
        title="Council's giant blunder leaves Harrow Point without buses",
        text=(
            "The council's giant blunder left Harrow Point without a single bus for a week.\n"
            "Furious residents called the shambles a disgrace and demanded resignations.\n"
            "The council said a timetable error was to blame."
        ),
    )
    t = article_tone(art)
    assert t.score >= 0.5
    assert any("giant" in e.lower() for e in t.evidence)


def test_shipped_data_has_its_provenance_and_the_three_lists() -> None:
    raw = (
        resources.files("plainwire.analyze").joinpath("data", "fixed_terms.json").read_text(encoding="utf-8")
    )
    d = json.loads(raw)
    assert "WordNet 3.0" in d["provenance"] and "tools/tone_fixed_terms.py" in d["provenance"]
    assert "killer whale" in d["terms"] and "shock absorber" in d["terms"]
    assert "giant" in d["modifiers"] and "racist" not in d["modifiers"]
    assert d["terms"] == sorted(d["terms"]) and d["heads"] == sorted(d["heads"])


# Fixed-term cost (fifteenth session): the matcher looks a term up by its first two words and
# skips a candidate with no word right after it; the article scorer tokenises a top unit to
# find its fixed terms and reads it in full only when it holds one. Outputs must not change:
# pinned here to the first version's plain scan, and in docs/benchmarks.md ("Fixed-term cost").


def _fixed_by_plain_scan(toks: list[Token]) -> set[int]:
    """The first version's matcher: every term of a candidate word tried, longest first."""
    d = json.loads(
        resources.files("plainwire.analyze").joinpath("data", "fixed_terms.json").read_text(encoding="utf-8")
    )
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for term in d["terms"]:
        words = term.split()
        by_first.setdefault(words[0], []).append((tuple(words[1:-1]), stem(words[-1])))
    terms = {k: sorted(v, key=lambda x: -len(x[0])) for k, v in by_first.items()}
    modifiers, heads = frozenset(d["modifiers"]), frozenset(d["heads"])
    n, out, i = len(toks), set(), 0
    names = not fixedterms._title_case(toks)
    while i < n:
        w, matched = toks[i].norm, 0
        for middle, last in terms.get(w, ()):
            k = len(middle) + 2
            if i + k > n or not all(fixedterms._adjacent(toks, j) for j in range(i + 1, i + k)):
                continue
            if (
                all(toks[i + 1 + j].norm == m for j, m in enumerate(middle))
                and stem(toks[i + k - 1].norm) == last
            ):
                matched = k
                break
        if matched:
            out.update(range(i, i + matched))
            i += matched
            continue
        if w in modifiers and (
            fixedterms._compound(toks, i, heads, names) or (names and i and fixedterms._in_name(toks, i))
        ):
            out.add(i)
        i += 1
    return out


def _term_sentences() -> list[str]:
    d = json.loads(
        resources.files("plainwire.analyze").joinpath("data", "fixed_terms.json").read_text(encoding="utf-8")
    )
    longer = [t for t in d["terms"] if len(t.split()) > 2]
    pairs = [t for t in d["terms"] if len(t.split()) == 2]
    mods, heads = d["modifiers"], d["heads"]
    out = []
    for k in range(120):
        t3, t2 = longer[(k * 37) % len(longer)], pairs[(k * 101) % len(pairs)]
        short = " ".join(t3.split()[:2])  # a longer term's first two words, alone
        m, h = mods[(k * 53) % len(mods)], heads[(k * 29) % len(heads)]
        out += [
            f"The {t3} and the {t2}s were seen near {short} Lane on Tuesday.",
            f"Officials said the {m} {h} at Harrow Point was the new {t2}.",
            f"The {m.title()} {h.title()} exhibition opened after a {t2}-{t3} debate.",
            f"{t3.title()} {t2.title()} Returns To {m.title()} Street",
            f"In the week of the {t2}, a very {m} {h} and a {m},{h} were sold.",
            f"{short} {t3} {t3}'s {t2}/{h} {m}",
        ]
    return out


def test_the_matcher_finds_what_the_plain_scan_found() -> None:
    sents = _term_sentences()
    found = 0
    for s in sents:
        toks = tokenize(s)
        want = _fixed_by_plain_scan(toks)
        assert fixed_tokens(toks) == want, s
        found += bool(want)
    assert found > len(sents) // 2  # the sentences do hold terms, compounds and names


def test_a_top_unit_without_a_fixed_term_is_not_read_for_the_rule(
    full_reads: Counter[str], rule_off: None
) -> None:
    # "the", "new", "week", "long" start WordNet terms: every unit here holds a candidate word,
    # none a fixed term, so the rule must cost no full read (and change nothing)
    art = Article(
        id="plain",
        url="https://paper.example/news/budget",
        title="The council approves the new budget after a long meeting",
        text=(
            "The council approved the new budget on Tuesday after a long meeting.\n"
            "The mayor said the plan was reckless and the week had been a disaster.\n"
            "Residents in the east of the town will see new bus routes in the spring.\n"
            "The vote was seven to four, the clerk said."
        ),
    )
    assert all(has_candidate(s) for s in [art.title, *tone.body_units(art.text)])
    calls = full_reads
    off = article_tone(art)
    read_off = set(calls)
    calls.clear()
    tone.FIXED_TERMS_PLAIN = True
    on = article_tone(art)
    assert on == off
    assert set(calls) == read_off and max(calls.values()) == 1


def test_the_rule_reads_a_unit_with_a_term_as_a_fresh_full_reading_does() -> None:
    m = default_model()
    art = _race_report("giant slalom")
    units = [art.title, *tone.body_units(art.text)]
    reads = tone._FullReads(m, fixed=True)
    pushes = {t: reads.fixed_push(t) for t in units}
    assert sum(p > 0.0 for p in pushes.values()) >= 2  # the headline and the sentences naming it
    for t in units:
        f = m.features(t, word_features=False)
        c = m.token_contributions(f)
        push, f2, c2 = tone._without_fixed(f, c, fixed_tokens(f.tokens))
        assert pushes[t] == push
        assert reads.contributions(t) == c2 and reads.features(t).word_probs == f2.word_probs
        assert reads.features(t).tokens == f.tokens
