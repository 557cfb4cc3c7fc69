"""Opinion vs news on the conventions outlets use in many languages (fifteenth session).

The set, tests/analyze/fixtures/genre_conventions.jsonl, is invented (teasers, titles and URLs
written for it, in the style of real outlets' conventions in eleven languages) and run through
bench/genre_eval.py as ``analyze`` would (``english=False`` for an item in another language).
Figures: docs/benchmarks.md, "Fixed terms and opinion conventions (fifteenth session)".
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from plainwire.analyze import genre_of
from plainwire.models import Article

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "genre_conventions.jsonl"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("genre_eval_conv", ROOT / "bench" / "genre_eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_set_covers_languages_and_kinds() -> None:
    items = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    langs = Counter(i["lang"] for i in items)
    assert set(langs) >= {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "no", "da", "pl"}
    assert {i["kind"] for i in items} >= {"url", "title", "section", "byline", "tricky", "control"}
    assert sum(1 for i in items if i["label"] == "news") >= 40  # both sides of the line
    assert len({i["id"] for i in items}) == len(items)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "no", "da", "pl"])
def test_each_language_separates(bench: ModuleType, lang: str) -> None:
    items = [i for i in bench.load(FIXTURE) if i["lang"] == lang]
    metrics, misses = bench.run(items)
    assert metrics["accuracy"] >= 0.9, misses
    # news that looks like opinion (a poll, "analysis of samples", a quoted "in my view") stays news
    assert not [it for it, _p in misses if it["label"] == "news"], misses


def _genre(title: str, url: str = "https://paper.example/artikel/100", **kw: Any) -> str:
    art = Article(id="x", title=title, text="", url=url, **kw)
    return genre_of(art, english=False)


@pytest.mark.parametrize(
    ("title", "genre"),
    [
        ("Kommentar: Der Hafen braucht einen Plan", "opinion"),
        ("Kommentar des Kanzlers sorgt für Streit", "news"),
        ("Analyse: Warum die Koalition wackelt", "analysis"),
        ("Analyse-Software findet Fehler in Bescheiden", "news"),
        ("Ledare: Vården kan inte vänta", "opinion"),
        ("Leder for streikekomiteen går av", "news"),
        ("Il commento: Una legge sbagliata", "opinion"),
        ("Commento del ministro: nessuna crisi", "news"),
        ("L'analisi: cosa cambia con la riforma", "analysis"),
        ("Éditorial : Le courage de dire non", "opinion"),
        ("Tribune de la presse : les journalistes en grève", "news"),
        ("Felieton: Sobotni targ", "opinion"),
        ("Komentarz rzecznika: rząd nie zmieni decyzji", "news"),
    ],
)
def test_title_labels_in_other_languages(title: str, genre: str) -> None:
    assert _genre(title) == genre


@pytest.mark.parametrize(
    ("url", "genre"),
    [
        ("https://fjordposten.example/kronikk/i/Xa12Bc/skolen-trenger-tid", "opinion"),
        ("https://norrposten.example/ledare/kommunen-maste-bygga/", "opinion"),
        ("https://jyskposten.example/debat/art1234567/cykelstier", "opinion"),
        ("https://rheinkurier.example/leserbriefe/radwege-1042212", "opinion"),
        ("https://norrposten.example/nyheter/debatt-om-skolan-i-riksdagen/", "news"),
        ("https://fjordposten.example/nyheter/i/Xa12Bh/leder-for-streikekomiteen-gar-av", "news"),
    ],
)
def test_url_sections_in_other_languages(url: str, genre: str) -> None:
    assert _genre("Skolen og byen", url=url) == genre


@pytest.mark.parametrize(
    ("kw", "genre"),
    [
        ({"section": "Ledare"}, "opinion"),
        ({"section": "Kommentare"}, "opinion"),
        ({"section": "Meninger"}, "opinion"),
        ({"section": "Inrikes"}, "news"),
        ({"authors": ("Karin Lund, krönikör",)}, "opinion"),
        ({"authors": ("Claire Duval, chroniqueuse",)}, "opinion"),
        ({"authors": ("Jana Welke, Kolumnistin",)}, "opinion"),
        ({"authors": ("Jana Welke, Korrespondentin",)}, "news"),
    ],
)
def test_sections_and_bylines_in_other_languages(kw: dict[str, Any], genre: str) -> None:
    assert _genre("Skolen og byen", **kw) == genre
