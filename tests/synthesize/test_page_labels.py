"""What the page shows (sixteenth session): no page label in a headline, a bullet, a Story
sentence or a gist; one label list (``analyze.genre.label_words``); the facts of a report the
English tone lexicon cannot read; one spelling of a name, marks kept.

Invented outlets, places and people; several languages where a rule claims to cover several.
"""

from __future__ import annotations

import pytest

from plainwire.analyze.genre import genre_of, label_words
from plainwire.models import Article, StorySynthesis
from plainwire.synthesize import labels, names, synthesize
from plainwire.synthesize.gist import gist
from plainwire.synthesize.headline import tidy

from .fixtures import article, t


def _page(s: StorySynthesis) -> list[str]:
    return [s.headline, *(x.text for x in s.story), *(x.text for x in s.highlights)]


# ---- live pages -----------------------------------------------------------------------------


def _live_story(label: str, lang: str) -> list[Article]:
    """A live page that prints its own labelled title among its entries, and two reports."""
    if lang == "en":
        title = f"{label} Flood water closes the Marrow ring road as the river peaks"
        live = (
            "The river at Marrow peaked at 4.2 metres on Tuesday evening, the water board said.\n"
            f"{title}\n"
            "Council crews closed the ring road between the two bridges at noon.\n"
            "About 300 homes in the old quarter were told to move their cars to higher ground."
        )
        others = [
            (
                "Marrow Courier",
                "Marrow ring road shut as river rises",
                "The Marrow ring road was closed on Tuesday as the river rose to 4.2 metres, the water "
                "board said. Council crews shut the road between the two bridges at noon. Schools in the "
                "old quarter will stay closed on Wednesday, the council said.",
            ),
            (
                "Valley Wire",
                "River Marrow peaks at 4.2 metres",
                "The river at Marrow reached 4.2 metres on Tuesday, its highest level since 2009. The "
                "water board said it expected the level to fall by Thursday. About 300 households were "
                "asked to move their cars.",
            ),
        ]
    else:  # French
        title = f"{label} La crue ferme la rocade de Marrow, le fleuve au plus haut"
        live = (
            "Le fleuve a atteint 4,2 mètres mardi soir à Marrow, selon le service des eaux.\n"
            f"{title}\n"
            "Les équipes de la ville ont fermé la rocade entre les deux ponts à midi.\n"
            "Environ 300 foyers de la vieille ville doivent déplacer leurs voitures."
        )
        others = [
            (
                "Le Courrier de Marrow",
                "La rocade de Marrow fermée par la crue",
                "La rocade de Marrow a été fermée mardi, le fleuve ayant atteint 4,2 mètres, selon le "
                "service des eaux. Les écoles de la vieille ville resteront fermées mercredi, a annoncé "
                "la mairie.",
            ),
            (
                "Agence Vallée",
                "Le fleuve atteint 4,2 mètres à Marrow",
                "Le fleuve a atteint mardi 4,2 mètres à Marrow, son plus haut niveau depuis 2009. Le "
                "service des eaux prévoit une baisse d'ici jeudi.",
            ),
        ]
    arts = [article("live", "Marrow Radio", title, live, t(18), language=lang)]
    arts += [
        article(f"r{k}", src, ti, tx, t(15 + k), language=lang) for k, (src, ti, tx) in enumerate(others)
    ]
    return arts


@pytest.mark.parametrize(
    ("label", "lang"),
    [("Live:", "en"), ("LIVE |", "en"), ("Liveblog:", "en"), ("En direct :", "fr"), ("Direct -", "fr")],
)
def test_a_live_pages_label_and_its_title_line_stay_off_the_page(label: str, lang: str) -> None:
    s = synthesize("flood", _live_story(label, lang))
    page = _page(s)
    mark = label.rstrip(" :|-").lower()
    assert not any(x.lower().startswith(mark) or f" {mark} " in x.lower() for x in page), page
    # the title line is no Story sentence (its own words, no full stop)
    assert not any("as the river peaks" in x or "au plus haut" in x for x in page[1:]), page
    assert all(x.text.rstrip()[-1:] in '.!?"”»' for x in s.story)
    assert s.story and s.highlights


@pytest.mark.parametrize(
    "title",
    [
        "Na żywo: Powódź zamyka obwodnicę Marrow",
        "Live-Ticker: Hochwasser sperrt die Ringstraße von Marrow",
        "En vivo: La crecida cierra la circunvalación de Marrow",
        "In diretta: la piena chiude la tangenziale di Marrow",
        "Ao vivo: Cheia fecha a circular de Marrow",
    ],
)
def test_headlines_lose_live_labels_in_several_languages(title: str) -> None:
    out = tidy(title)
    low = out.lower()
    assert not any(w in low for w in ("żywo", "ticker", "vivo", "diretta")), out
    assert "Marrow" in out


# ---- one label list ---------------------------------------------------------------------------


def test_every_genre_label_of_the_genre_table_is_stripped_from_headlines_and_gists() -> None:
    body = "The harbour board approved the new budget for the Marrow quay on Monday evening."
    for kind in ("opinion", "analysis"):
        for lang, words in label_words(kind).items():
            for w in words:
                label = w.replace("-", " ").capitalize()
                assert tidy(f"{label}: Harbour board approves the Marrow quay budget") == (
                    "Harbour board approves the Marrow quay budget"
                ), (lang, w)
                g = gist(article("o", "Marrow Courier", "The quay", f"{label}: {body}", t(9)), lang)
                assert g == body, (lang, w, g)


def test_the_genre_model_reads_the_labels_it_shares() -> None:
    # the table is the genre model's own: a title label in each language makes a piece opinion
    for title in (
        "Komentarz: Obwodnica Marrow",
        "Klumme: Havnen i Marrow",
        "Comentario: El puerto de Marrow",
    ):
        a = Article(id="x", title=title, text="Tekst.", url="http://news.example/a/1", source="S")
        assert genre_of(a, english=False) == "opinion", title


def test_an_ordinary_headline_word_is_no_label() -> None:
    # a label needs its separator: these headlines open on the word in its news sense
    for title in (
        "Comment period on the Marrow quay plan extended to May",
        "Column of lorries blocks the Marrow ring road",
        "Direct flights from Marrow to resume in spring",
    ):
        assert tidy(title) == title
    assert (
        labels.title_lines(["Direct flights from Marrow resume in May."], ["Direct flights resume"]) == set()
    )


# ---- a report the tone lexicon cannot read ------------------------------------------------------


def test_a_danish_report_prints_its_facts_not_its_furniture() -> None:
    # the English loadedness lexicon read Danish function words ("har", "fordi", "som ikke") as
    # Charged: every fact sentence was kept out and only the page's furniture lines were left
    text = (
        "Opdateret 4. marts 2026 kl. 9.10\n"
        "Bageriet Marrow Brød har trukket tre slags rugbrød tilbage, fordi de kan indeholde sesam, som "
        "ikke står på pakken.\n"
        "Læs også: Forårsmarked på havnen\n"
        "Brødene er solgt i 14 butikker i Marrow og omegn, og kunderne kan få pengene tilbage."
    )
    a = article("dk", "Marrow Avis", "Marrow Brød trækker tre rugbrød tilbage", text, t(9), language="da")
    s = synthesize("recall", [a])
    story = " ".join(x.text for x in s.story)
    assert "sesam" in story and "14 butikker" in story
    assert len(s.highlights) >= 2


# ---- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        (
            ("Overlæge Søren Kjær siger, at afdelingen åbner.", "da"),
            "Consultant Soren Kjaer said the wing opens.",
        ),
        (
            ("Prokurator Marek Łoś powiedział, że sąd zbierze się w środę.", "pl"),
            "Prosecutor Marek Los said.",
        ),
        (
            ("Trainerin Hanne Strauß sagte, das Spiel finde statt.", "de"),
            "Coach Hanne Strauss said it goes ahead.",
        ),
        (("Die Ärztin Lene Mörk sagte, die Klinik öffne.", "de"), "Dr Lene Moerk said the clinic opens."),
    ],
)
def test_a_transliterated_spelling_gives_way_to_the_marked_one(marked: tuple[str, str], plain: str) -> None:
    fixes = names.spelling_fixes([("Local", marked[0]), ("Wire", plain)])
    wrong = plain.split(" said")[0].split()[-1]
    assert wrong in fixes and fixes[wrong] in marked[0]


def test_a_marked_spelling_is_never_respelt_plain() -> None:
    texts = [("A", "Søren Kjær said."), ("B", "Soren Kjaer said."), ("C", "Soren Kjaer agreed.")]
    assert names.spelling_fixes(texts) == {"Kjaer": "Kjær"}


def test_a_dropped_hyphen_gives_way_on_the_whole_page() -> None:
    arts = [
        article(
            "h1",
            "Marrow Courier",
            "Marie-Claire Vassor named harbour master",
            "The port board named Marie-Claire Vassor harbour master of Marrow on Monday. She has run "
            "the pilot station for 12 years, the board said.",
            t(9),
        ),
        article(
            "h2",
            "Valley Wire",
            "Marrow gets a new harbour master",
            "Marie Claire Vassor will take over as Marrow's harbour master in May, the port board said. "
            "Marie Claire Vassor said she would open the lock two hours longer each day.",
            t(10),
        ),
    ]
    s = synthesize("harbour", arts)
    page = " ".join(_page(s))
    assert "Marie-Claire Vassor" in page and "Marie Claire" not in page
    # two names side by side are not one: an outlet that writes both keeps them
    both = [("A", "Anna Marie Holt and Anna-Marie Holt spoke."), ("B", "Anna Marie Holt said.")]
    assert names.spelling_fixes(both) == {}


# ---- fewer Highlights rather than a restatement -------------------------------------------------


def _cup(title: str, text: str, lang: str) -> StorySynthesis:
    return synthesize("cup", [article("c1", "Marrow Courier", title, text, t(9), language=lang)])


def test_a_bullet_that_is_the_headline_again_is_left_out() -> None:
    s = _cup(
        "Marrow Rovers crash out of the cup",
        "Marrow Rovers crashed out of the cup on Saturday, losing 3-2 to Port Vessel after leading by two "
        "goals. Manager Ivo Brand said his players had given everything. The club's next match is at home "
        "to Dunmore on Wednesday.",
        "en",
    )
    assert s.headline == "Marrow Rovers crash out of the cup"
    assert s.highlights and not any(x.text.startswith("Marrow Rovers crashed out") for x in s.highlights)
    assert any("repeat the headline" in n for n in s.notes)
    # the Highlights part is never emptied: a one-sentence story keeps its bullet
    one = _cup(
        "Marrow Rovers crash out of the cup", "Marrow Rovers crashed out of the cup on Saturday.", "en"
    )
    assert len(one.highlights) == 1


def test_a_short_german_report_keeps_its_calm_bullets() -> None:
    # the English lexicon read German as loaded, so two of three calm sentences lost their bullets
    s = _cup(
        "Marrow Rovers scheiden aus dem Pokal aus",
        "Marrow Rovers sind am Samstag aus dem Pokal ausgeschieden, nach einer 2:0-Führung verloren sie 2:3 "
        "gegen Port Vessel. Trainer Ivo Brand sagte, seine Spieler hätten alles gegeben. Das nächste Spiel "
        "ist am Mittwoch zu Hause gegen Dunmore.",
        "de",
    )
    assert len(s.highlights) == 3


@pytest.mark.parametrize(
    ("source", "line", "lang"),
    [
        ("Le Courrier de Marrow", "Abonnez-vous au Courrier de Marrow.", "fr"),
        ("Marrow Avis", "Følg Marrow Avis på Facebook.", "da"),
        ("The Marrow Courier", "Send your photos of the pool to the Marrow Courier.", "en"),
    ],
)
def test_an_outlets_line_about_itself_is_no_highlight(source: str, line: str, lang: str) -> None:
    # a short sentence naming its own outlet is a promotion the extractor left, not a fact
    body = {
        "fr": "La mairie de Marrow a fermé mardi la piscine municipale pour deux semaines. Des fissures ont "
        "été trouvées dans le bassin principal. Les cours de natation des écoles sont annulés jusqu'au 20 mars.",
        "da": "Marrow Kommune har lukket svømmehallen i to uger fra tirsdag. Der er fundet revner i det store "
        "bassin. Skolernes svømmeundervisning er aflyst til den 20. marts.",
        "en": "Marrow council closed the town pool for two weeks on Tuesday. Cracks were found in the main "
        "basin. School swimming lessons are cancelled until 20 March.",
    }[lang]
    a = article("p1", source, "Marrow pool closed", f"{body}\n{line}", t(9), language=lang)
    s = synthesize("pool", [a])
    assert not any(line[:12] in x for x in _page(s)), _page(s)
    assert len(s.story) >= 3
