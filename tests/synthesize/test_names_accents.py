"""Names with accents (synthesize/names.py): read at all, and the accented spelling kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article
from plainwire.synthesize import names, synthesize

from .fixtures import article

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def test_an_unaccented_spelling_gives_way_to_the_accented_one() -> None:
    texts = [
        ("Wire", "Dr Liesel Völkner was named head of the Ostrava clinic. Völkner, 48, starts in June."),
        ("Zeitung", "Die Ärztin Liesel Völkner leitet künftig die Klinik."),
        ("Herald", "Dr Liesel Volkner said the clinic would open at weekends. Volkner thanked staff."),
    ]
    assert names.spelling_fixes(texts) == {"Volkner": "Völkner"}
    # a tie, and even a majority without the accent: outlets drop accents, they never add them
    assert names.spelling_fixes([texts[0], texts[2], ("Post", "Liesel Volkner spoke.")]) == {
        "Volkner": "Völkner"
    }
    assert names.spelling_fixes([texts[0], texts[2], ("Post", "Liesel Völkner spoke.")]) == {
        "Volkner": "Völkner"
    }


def test_accented_names_are_read_and_capitals_checked() -> None:
    # an all-capitals word or a lower-case particle is no given name or surname
    texts = [("A", "NATO Brückner said."), ("B", "NATO Bruckner said."), ("C", "NATO Bruckner agreed.")]
    assert names.spelling_fixes(texts) == {}
    # different given names: perhaps two people, accents or not
    texts = [("A", "Eva Šimková spoke."), ("B", "Eva Šimková said."), ("C", "Jana Simkova said.")]
    assert names.spelling_fixes(texts) == {}


def _art(key: str, source: str, title: str, text: str, hours: int) -> Article:
    return article(key, source, title, text, T0 + timedelta(hours=hours))


def test_the_page_prints_the_accented_spelling() -> None:
    arts = [
        _art(
            "a1",
            "Valley Wire",
            "Liesel Völkner to head Ostrava clinic",
            "Dr Liesel Völkner was named head of the Ostrava clinic on Monday. Völkner, 48, has run the "
            "hospital's emergency department since 2019. She starts in June, the health board said.",
            0,
        ),
        _art(
            "a2",
            "Ostrava Herald",
            "New clinic head Volkner wants weekend opening",
            "Dr Liesel Volkner, the new head of the Ostrava clinic, said on Monday it would open at "
            "weekends from the autumn. Volkner said the board had agreed to hire six more nurses.",
            1,
        ),
        _art(
            "a3",
            "Ostrava Post",
            "Ostrava clinic gets a new head",
            "The health board named Liesel Völkner, head of the emergency department, to lead the "
            "Ostrava clinic. Board chair Pavel Ruzek said Völkner had been chosen from four candidates.",
            2,
        ),
    ]
    s = synthesize("clinic", arts)
    page = " ".join([s.headline, *(x.text for x in s.story), *(x.text for x in s.highlights)])
    assert "Völkner" in page and "Volkner" not in page


def test_two_outlets_decide_accents_only() -> None:
    # two outlets: the accent rule needs no majority, the count rule does
    assert names.spelling_fixes([("A", "Liesel Völkner spoke."), ("B", "Liesel Volkner said.")]) == {
        "Volkner": "Völkner"
    }
    assert names.spelling_fixes([("A", "Liesel Vollner spoke."), ("B", "Liesel Volkner said.")]) == {}


def test_an_article_in_another_language_counts_for_the_spelling() -> None:
    # two English reports disagree (no majority between them); the German report decides
    arts = [
        _art(
            "b1",
            "Valley Wire",
            "Oona Brackwell to head Ostrava clinic",
            "Dr Oona Brackwell was named head of the Ostrava clinic on Monday. Brackwell, 48, has run the "
            "hospital's emergency department since 2019. She starts in June, the health board said.",
            0,
        ),
        _art(
            "b2",
            "Ostrava Herald",
            "New clinic head Brakwell wants weekend opening",
            "Dr Oona Brakwell, the new head of the Ostrava clinic, said on Monday it would open at "
            "weekends from the autumn. Brakwell said the board had agreed to hire six more nurses.",
            1,
        ),
    ]
    german = Article(
        id="b3",
        title="Oona Brackwell leitet die Klinik in Ostrava",
        text="Die Ärztin Oona Brackwell wird neue Leiterin der Klinik in Ostrava. Brackwell, 48, beginnt im Juni.",
        url="http://news.example/b3.html",
        source="Ostrava Zeitung",
        published=T0 + timedelta(hours=2),
        language="de",
    )
    s = synthesize("clinic", [*arts, german])
    page = " ".join([s.headline, *(x.text for x in s.story), *(x.text for x in s.highlights)])
    assert "Brackwell" in page and "Brakwell" not in page
