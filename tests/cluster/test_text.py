"""Term extraction: stems, numbers, proper-noun phrases, lead weighting."""

from __future__ import annotations

from plainwire.cluster import ClusterConfig
from plainwire.cluster.text import ProperNouns, extract_terms, stem, tokenize


def _terms(title: str, text: str, cfg: ClusterConfig | None = None) -> dict[str, float]:
    cfg = cfg or ClusterConfig()
    return extract_terms(title, text, ProperNouns(cfg), cfg)


def test_inflections_share_a_stem() -> None:
    assert stem("charges") == stem("charged") == stem("charging") == stem("charge")
    assert stem("recalls") == stem("recalled") == stem("recall")
    assert stem("batteries") == stem("battery")


def test_numbers_are_normalised_and_boosted() -> None:
    t = _terms("Quillon recalls 40,000 bikes", "The recall covers 40000 bicycles.")
    assert "#40000" in t
    assert t["#40000"] > t["bicycl"]


def test_stopwords_dropped_and_title_weighs_more() -> None:
    t = _terms("Ferry service ends", "The islands lose their ferry. Officials said the service ends in June.")
    assert "the" not in t and "said" not in t
    assert t["ferry"] > t["island"]


def test_proper_noun_phrase_found_even_in_title_case_headline() -> None:
    t = _terms(
        "Anika Strand Wins Narrow Victory In Veloria",
        "Voters chose Anika Strand on Sunday. The result makes Anika Strand prime minister.",
    )
    assert "anika strand" in t
    assert "narrow victory" not in t  # Title Case alone does not make a name


def test_lead_words_weigh_more_than_the_tail() -> None:
    body = "Harbour cranes stopped work. " + "Filler words here and there. " * 200 + "Harbour strike."
    t = _terms("", body)
    early = _terms("", "Harbour cranes stopped work.")
    assert t["harbour"] < 2 * early["harbour"]  # the late mention adds little


def test_sentence_starts_are_not_mid_sentence_capitals() -> None:
    toks = tokenize("Rain fell. Then Marrowdale flooded!")
    flags = {lower: f for _, lower, f, _h in toks if lower}
    assert flags["rain"] & 2 == 0 and flags["then"] & 2 == 0
    assert flags["marrowdale"] & 2
