"""Seventeenth session: the newest statement about the same thing replaces older ones
(``supersede.py`` and the modules split out of it, ``plainwire.numwords``, ``ladders.py``,
``developing.py``, ``rewrites.py``): a count widened "on Wednesday to eleven batches", given in
other languages' number words, or "now" another; a price replaced in a unit no table knows ("not
the 150 pennants announced"); a round figure and the exact one; a suspect freed with "no further
action"; a fixture postponed and then played; a death toll told with its cause; and two reworded
rewrites of one press release.

Every text here is invented for these tests (the towns, the people, the firms, the outlets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire import numwords
from plainwire.models import Article
from plainwire.synthesize import developing, ladders, rewrites, synthesize, values

from .fixtures import article

DAY1 = datetime(2026, 4, 7, 8, 0, tzinfo=UTC)


def _sentences(s) -> list[str]:
    return [*(h.text for h in s.highlights), *(x.text for x in s.story)]


def _page(s) -> str:
    return " ".join([s.headline, *_sentences(s)])


# ---- number words and changed counts ---------------------------------------------------------


def test_number_words_of_other_languages_and_dozens() -> None:
    assert numwords.any_value("elva") == 11  # Swedish
    assert numwords.any_value("elf") == 11  # German, Dutch
    assert numwords.any_value("onze") == 11  # French, Portuguese, Catalan
    assert numwords.any_value("dreißig") == 30
    assert numwords.any_value("fem") == 5
    assert numwords.any_value("two dozen") == 24
    assert numwords.any_value("a dozen") == 12
    assert numwords.any_value("Nine") == 9
    # words that are other words in English (or in the text's own language) are not numbers
    for word in ("once", "due", "set", "seize", "quince", "sex", "fire"):
        assert numwords.any_value(word) is None, word


def test_a_count_changed_in_other_words_and_languages() -> None:
    # the thing told with a time, and a number word
    got = values.changed_counts(
        "Brannock Foods widened its salmonella recall on Monday to nine jars of relish."
    )
    assert got["jar"][0] == 9.0 and "salmonella" in got["jar"][1]
    # "now": the report's own word for the current count
    assert values.changed_counts("Tessel Power now says 30,500 homes are without power.")["hom"][0] == 30500.0
    assert values.changed_counts("Brannock återkallar nu fem partier senap.")["partier"][0] == 5.0
    # the verb last (German, Dutch)
    assert (
        values.changed_counts("Brannock hat den Rückruf am Montag auf elf Produkte ausgeweitet.")["produkt"][
            0
        ]
        == 11.0
    )
    assert (
        values.changed_counts("Brannock heeft de terugroepactie tot twaalf potten uitgebreid.")["potten"][0]
        == 12.0
    )
    # a time that is "now" is no count of things; what a firm "now has" is a state, no revision
    assert not values.changed_counts("The plant has now been closed for three weeks.")
    assert not values.changed_counts("The Brannock chain now has 40 shops in Orvik.")


def _recall(lang: str) -> list[Article]:
    if lang == "sv":
        return [
            article(
                "bs-1",
                "Tesselbladet",
                "Brannock återkallar tre partier senap",
                "Livsmedelsföretaget Brannock i Orvik återkallar tre partier senap efter fynd av salmonella.\n\n"
                "Kunderna kan lämna tillbaka burkarna i butiken.",
                DAY1,
                language="sv",
            ),
            article(
                "bs-2",
                "Orviks Tidning",
                "Brannock utökar återkallelsen",
                "Livsmedelsföretaget Brannock i Orvik utökade på onsdagen återkallelsen till nio partier senap "
                "efter nya fynd av salmonella.\n\n"
                "Två personer i Orvik har blivit sjuka.",
                DAY1 + timedelta(days=1),
                language="sv",
            ),
        ]
    return [
        article(
            "bc-1",
            "Orvik Herald",
            "Brannock Foods recalls three jars of relish over salmonella",
            "Orvik food maker Brannock Foods is recalling three jars of its Harbour Relish after tests found "
            "salmonella, the company said on Tuesday.\n\n"
            "Customers can return the jars to any shop for a refund.",
            DAY1,
        ),
        article(
            "bc-1b",
            "Tessel Daily",
            "Harbour Relish recalled: three jars may carry salmonella",
            "Brannock Foods of Orvik is recalling three jars of Harbour Relish because tests found salmonella.\n\n"
            "Shops will refund the jars.",
            DAY1 + timedelta(hours=1),
        ),
        article(
            "bc-2",
            "Orvik Wire",
            "Brannock widens relish recall",
            "Brannock Foods widened its salmonella recall on Wednesday to nine jars of relish, adding its "
            "Quay Pickle and Smoked Relish lines to the Harbour Relish jars recalled on Tuesday.\n\n"
            "Two people in Orvik were treated for food poisoning and have recovered.",
            DAY1 + timedelta(days=1),
        ),
    ]


def test_a_widened_recall_replaces_the_first_count_in_english_and_swedish() -> None:
    en = synthesize("recall", _recall("en"))
    assert "three" not in en.headline, en.headline
    assert not any("recalling three jars" in x for x in _sentences(en)), _sentences(en)
    assert "nine jars" in _page(en)
    sv = synthesize("recall", _recall("sv"))
    assert "tre partier" not in sv.headline, sv.headline
    assert not any("tre partier" in x for x in _sentences(sv)), _sentences(sv)
    assert "nio partier" in _page(sv)


def _power() -> list[Article]:
    return [
        article(
            "pw-1",
            "Tessel Wire",
            "Storm Ambrose cuts power to 12,000 homes in Orvik",
            "Storm Ambrose cut power to 12,000 homes in Orvik overnight as gusts of 110 km/h hit the coast, "
            "grid operator Tessel Power said.\n\n"
            "Trains between Orvik and Brannock were stopped.",
            DAY1,
        ),
        article(
            "pw-2",
            "Orvik Herald",
            "Storm Ambrose: trees down across Orvik",
            "Tessel Power now says 30,500 homes on the Orvik coast are without power.\n\n"
            "Trees are down on the coast road, and schools in Orvik are shut.",
            DAY1 + timedelta(hours=9),
        ),
    ]


def test_a_count_a_later_report_says_is_now_another_replaces_the_first() -> None:
    s = synthesize("storm", _power())
    assert "12,000" not in s.headline, s.headline
    assert not any("12,000" in x for x in _sentences(s)), _sentences(s)
    assert "30,500" in _page(s)


def test_a_live_page_s_now_replaces_its_own_older_entry() -> None:
    arts = [
        article(
            "lv-1",
            "Tessel Broadcasting",
            "Live: Storm Ambrose reaches Orvik",
            "Tessel Grid now says 30,500 homes are without power. Trees are down on the Orvik coast road.\n\n"
            "Power company Tessel Grid says 12,000 homes are without electricity, most of them around "
            "Orvik.\n\n"
            "Storm Ambrose reached the Orvik coast at dusk with gusts of 110 km/h.\n\n"
            "Tessel Grid has restored power to 20,000 of the 30,500 homes cut off.",
            DAY1,
            modified=DAY1 + timedelta(hours=10),
        ),
        article(
            "lv-2",
            "Orvik Herald",
            "Storm Ambrose shuts Orvik schools",
            "Schools in Orvik are shut after Storm Ambrose brought down trees across the town.\n\n"
            "The coast road will stay closed until Friday, the council said.",
            DAY1 + timedelta(hours=4),
        ),
    ]
    s = synthesize("storm", arts)
    assert not any("12,000" in x for x in _sentences(s)), _sentences(s)
    assert "30,500" in _page(s)
    # an entry that gives the new count itself is no older entry
    assert any("20,000 of the 30,500" in x for x in _sentences(s)), _sentences(s)


# ---- a price replaced in a unit no table knows ---------------------------------------------------


def _permit(lang: str) -> list[Article]:
    if lang == "es":
        return [
            article(
                "pe-1",
                "Diario de Orvik",
                "El permiso de aparcamiento de Orvik costará 150 reales desde mayo",
                "El permiso de aparcamiento para residentes de Orvik costará 150 reales al año desde mayo, "
                "anunció el martes el ayuntamiento.\n\n"
                "El alcalde dijo que la subida pagará dos aparcamientos nuevos.",
                DAY1,
                language="es",
            ),
            article(
                "pe-2",
                "Diario de Orvik",
                "Orvik rebaja la subida del permiso de aparcamiento",
                "El ayuntamiento de Orvik ha rebajado la subida del permiso de aparcamiento para residentes: "
                "costará 120 reales al año desde mayo, y no los 150 reales anunciados el martes.\n\n"
                "Los vecinos habían enviado cientos de cartas.",
                DAY1 + timedelta(days=1),
                language="es",
            ),
        ]
    return [
        article(
            "pn-1",
            "Orvik Herald",
            "Orvik parking permit to cost 150 pennants from May",
            "Residents' parking permits in Orvik will cost 150 pennants a year from May, up from 90, the "
            "town council announced on Tuesday.\n\n"
            "Council leader Ada Venn said the rise would pay for two new car parks.",
            DAY1,
        ),
        article(
            "pn-2",
            "Tessel Wire",
            "Orvik cuts parking permit rise",
            "Orvik town council has cut its planned rise in residents' parking permits: the permit will cost "
            "120 pennants a year from May, not the 150 pennants announced on Tuesday.\n\n"
            "Ada Venn said the council had listened to residents.",
            DAY1 + timedelta(days=1),
        ),
    ]


def test_a_price_replaced_in_an_unknown_unit_leaves_the_page_in_english_and_spanish() -> None:
    en = synthesize("permit", _permit("en"))
    assert "150" not in en.headline, en.headline
    assert not any("will cost 150 pennants" in x for x in _sentences(en)), _sentences(en)
    assert "120 pennants" in _page(en)
    es = synthesize("permit", _permit("es"))
    assert "150" not in es.headline, es.headline
    assert not any("costará 150 reales" in x for x in _sentences(es)), _sentences(es)
    assert "120 reales" in _page(es)


# ---- a round figure and the exact one ----------------------------------------------------------


def _evacuated(lang: str) -> list[Article]:
    if lang == "es":
        return [
            article(
                "ev-1",
                "Diario de Orvik",
                "Un incendio destruye el molino de Orvik",
                "Un incendio destruyó anoche el viejo molino de Orvik.\n\n"
                "Unos 20 vecinos de las casas cercanas fueron evacuados.\n\n"
                "Los bomberos trabajaron cinco horas.",
                DAY1,
                language="es",
            ),
            article(
                "ev-2",
                "Crónica de Tessel",
                "El fuego del molino de Orvik obligó a evacuar a 23 vecinos",
                "Un total de 23 vecinos de las casas cercanas fueron evacuados por el incendio del molino de "
                "Orvik, según los bomberos.\n\n"
                "La causa del fuego se desconoce.",
                DAY1 + timedelta(hours=6),
                language="es",
            ),
        ]
    return [
        article(
            "ev-1",
            "Orvik Herald",
            "Fire destroys Orvik mill",
            "A fire destroyed the old mill at Orvik overnight.\n\n"
            "About two dozen people from neighbouring houses were evacuated.\n\n"
            "Firefighters worked for five hours.",
            DAY1,
        ),
        article(
            "ev-2",
            "Tessel Wire",
            "26 evacuated as fire guts Orvik mill",
            "Twenty-six people were evacuated from houses near the Orvik mill overnight as fire destroyed the "
            "building, the fire service said.\n\n"
            "Eight people were treated for smoke.",
            DAY1 + timedelta(hours=6),
        ),
    ]


def test_a_round_figure_gives_way_to_the_exact_one_in_english_and_spanish() -> None:
    en = synthesize("fire", _evacuated("en"))
    assert not any("two dozen" in x for x in _sentences(en)), _sentences(en)
    assert "Twenty-six" in _page(en) or "26" in _page(en)
    es = synthesize("fire", _evacuated("es"))
    assert not any("Unos 20 vecinos" in x for x in _sentences(es)), _sentences(es)
    assert "23 vecinos" in _page(es)


def test_a_round_figure_of_another_thing_stays() -> None:
    arts = _evacuated("en")
    # a later count of people treated is no count of people evacuated
    arts[1] = article(
        "ev-2",
        "Tessel Wire",
        "Fire guts Orvik mill",
        "Fire destroyed the Orvik mill overnight, the fire service said.\n\n"
        "Twenty people were treated for smoke at Orvik hospital.",
        DAY1 + timedelta(hours=6),
    )
    s = synthesize("fire", arts)
    assert any("two dozen" in x for x in _sentences(s)), _sentences(s)


# ---- statuses: freed, played -------------------------------------------------------------------


def test_released_with_no_further_action_ends_an_arrest() -> None:
    assert ladders.stages("He has been freed and will face no further action, police said.")["case"] == 2
    arts = [
        article(
            "ar-1",
            "Orvik Herald",
            "Man, 40, arrested after Orvik post office raid",
            "A 40-year-old man has been arrested after a raid on the post office in Quay Street, Orvik, "
            "overnight. He remains in custody.\n\n"
            "Nobody was hurt.",
            DAY1,
        ),
        article(
            "ar-2",
            "Tessel Wire",
            "Man held over Orvik post office raid freed",
            "The man arrested over the raid on the Quay Street post office in Orvik has been freed and will "
            "face no further action, police said on Wednesday.\n\n"
            "Detectives want to trace two men seen on camera near the post office.",
            DAY1 + timedelta(days=1),
        ),
    ]
    s = synthesize("raid", arts)
    assert "He remains in custody." not in _sentences(s), _sentences(s)
    assert "no further action" in _page(s)


def _fixture(lang: str) -> list[Article]:
    if lang == "de":
        return [
            article(
                "fx-1",
                "Orviker Sport",
                "Pokalspiel Orvik gegen Tessel abgesetzt",
                "Das Pokalspiel des FC Orvik gegen den SV Tessel wurde am Dienstag verschoben, weil der Platz "
                "in Orvik gefroren war.\n\n"
                "Ein neuer Termin steht noch nicht fest.",
                DAY1,
                language="de",
            ),
            article(
                "fx-2",
                "Tesseler Rundschau",
                "SV Tessel gewinnt in Orvik 3:1",
                "Der SV Tessel gewann am Donnerstag das Pokalspiel beim FC Orvik mit 3:1, zwei Tage nachdem "
                "der gefrorene Platz in Orvik das Spiel verhindert hatte.\n\n"
                "Tessel trifft im Viertelfinale auf Brannock.",
                DAY1 + timedelta(days=2),
                language="de",
            ),
        ]
    return [
        article(
            "fx-1",
            "Orvik Sport",
            "Orvik v Tessel postponed after pitch inspection",
            "FC Orvik's county cup tie against Tessel Rovers was postponed on Tuesday after the referee found "
            "the pitch frozen.\n\n"
            "The tie will be rearranged.",
            DAY1,
        ),
        article(
            "fx-2",
            "Tessel Wire",
            "Tessel Rovers win 3-1 at Orvik in rearranged cup tie",
            "Tessel Rovers beat FC Orvik 3-1 on Thursday in the county cup tie that a frozen pitch had put "
            "off two days earlier.\n\n"
            "Rovers meet Brannock in the quarter-finals.",
            DAY1 + timedelta(days=2),
        ),
    ]


def test_a_fixture_played_replaces_its_postponement_in_english_and_german() -> None:
    assert ladders.stages("Tessel Rovers beat FC Orvik 3-1 on Thursday.")["event"] == ladders.PLAYED
    en = synthesize("fixture", _fixture("en"))
    assert not any("was postponed on Tuesday" in x for x in _sentences(en)), _sentences(en)
    assert "3-1" in _page(en)
    de = synthesize("fixture", _fixture("de"))
    assert not any("wurde am Dienstag verschoben" in x for x in _sentences(de)), _sentences(de)
    assert "3:1" in _page(de)


# ---- a death toll told with its cause ----------------------------------------------------------


def test_a_death_toll_told_with_its_cause_is_read() -> None:
    counts = developing.outcome_counts(
        "The death toll from the sinking of the ferry Gull Maiden off Orvik harbour has risen to 11 people, "
        "the coast guard said."
    )
    assert [(c.what, c.value) for c in counts] == [("dead", 11.0)]
    arts = [
        article(
            "tl-1",
            "Tessel Wire",
            "Nine dead after ferry sinks off Orvik",
            "Nine people died when the ferry Gull Maiden sank off Orvik harbour on Tuesday evening, the coast "
            "guard said.\n\n"
            "Forty passengers were rescued.",
            DAY1,
        ),
        article(
            "tl-2",
            "Orvik Herald",
            "Divers find two more bodies in Gull Maiden wreck",
            "The death toll from the sinking of the ferry Gull Maiden off Orvik harbour has risen to 11 people "
            "after divers found two more bodies in the hull, the coast guard said on Thursday.\n\n"
            "An inquiry into the sinking has opened.",
            DAY1 + timedelta(days=2),
        ),
    ]
    s = synthesize("ferry", arts)
    assert "Nine" not in s.headline, s.headline
    assert "11" in _page(s)


# ---- press-release rewrites --------------------------------------------------------------------


def test_two_reworded_rewrites_of_one_release_are_one_text() -> None:
    release_a = (
        "Orvik bakery Venn & Daughters is recalling two batches of its rye loaf after tests found mould "
        "toxins, the company said on Monday.\n\n"
        "The batches carry best-before dates of 12 and 14 April. Customers should return them to the shop "
        "for a full refund.\n\n"
        "Venn & Daughters bakes about 9,000 loaves a week for shops in Orvik and Tessel."
    )
    release_b = (
        "Venn & Daughters, the Orvik bakery, is recalling two batches of rye loaf because tests found mould "
        "toxins, it said on Monday.\n\n"
        "The affected batches have best-before dates of 12 and 14 April. Shops will give a full refund to "
        "anyone who bought one."
    )
    own = (
        "Shoppers in Orvik are being told to check their bread after Venn & Daughters withdrew two batches "
        "of rye on Monday.\n\n"
        "The bakery, founded in 1961, supplies twenty shops. Its owner Ida Venn said tests had found mould "
        "toxins in a routine check and that nobody had reported being ill.\n\n"
        "The town's food office said it was watching the recall closely."
    )
    assert rewrites.text_groups([release_a, release_b, own]) == [0, 0, 2]
