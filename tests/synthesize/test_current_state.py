"""Sixteenth session: the current state over the stale one (``supersede.py``, ``ladders.py``,
``corrections.py``): a reversal is a later stage of the same proceeding (a conviction quashed on
appeal, a result annulled), a final score replaces the half-time score, a price given with
decimals in a currency no table knows, a count a later report says was widened, and correction
notices in the "originally gave X as N" form and in other languages.

Every text here is invented for these tests (the towns, the people, the clubs, the outlets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article
from plainwire.synthesize import corrections, ladders, supersede, synthesize
from plainwire.synthesize.textstats import content_stems

from .fixtures import article

DAY1 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _page(s) -> str:
    return " ".join([s.headline, *(h.text for h in s.highlights), *(x.text for x in s.story)])


def _sentences(s) -> list[str]:
    return [*(h.text for h in s.highlights), *(x.text for x in s.story)]


# ---- ladders: a reversal is a later stage ------------------------------------------------------


def test_an_appeal_and_its_ruling_are_later_stages_of_a_case() -> None:
    assert ladders.stages("Former harbourmaster Ilse Varga's fraud appeal opens in Tellby")["case"] == 5
    assert ladders.stages("The Court of Appeal quashed Varga's fraud conviction on Friday.")["case"] == 6
    assert ladders.stages("Das Oberlandesgericht hat das Urteil gegen Ilse Varga aufgehoben.")["case"] == 6
    assert ladders.stages("La cour d'appel a annulé la condamnation de Mme Varga.")["case"] == 6
    # a police appeal for witnesses is no appeal against a conviction
    assert "case" not in ladders.stages("Police appealed for witnesses after the break-in at Tellby.")
    # a lorry that overturned has no ruling to reverse
    assert ladders.stages("A lorry overturned on the Tellby ring road.") == {}


def test_a_declared_result_then_annulled_and_a_half_time_score() -> None:
    assert ladders.stages("Osk Brandt wins Marrow mayoral election by 90 votes") == {"result": 1}
    assert ladders.stages("The electoral board annulled the Marrow mayoral election.")["result"] == 2
    assert ladders.stages("Il tribunale ha annullato il ballottaggio di Marrow.")["result"] == 2
    # "won" with nothing that has a result is no result
    assert "result" not in ladders.stages("Osk Brandt won praise for her speech.")
    assert ladders.stages("Tellby Town lead Fenwick 1-0 at half-time")["match"] == 1
    assert ladders.stages("Fenwick beat Tellby Town 3-1 in the county cup.")["match"] == 2
    assert ladders.stages("Fenwick liegt zur Pause mit 0:1 zurück.")["match"] == 1


def _appeal() -> list[Article]:
    return [
        article(
            "ap-1",
            "Tellby Wire",
            "Former harbourmaster Varga's fraud appeal opens in Tellby",
            "The appeal of Ilse Varga, the former Tellby harbourmaster convicted in June of taking "
            "80,000 crowns from the port fund, opened at the Court of Appeal in Tellby on Monday.\n\n"
            "Varga, who is serving a three-year sentence, says the port ledgers used against her were "
            "incomplete.\n\n"
            "A ruling is expected on Thursday.",
            DAY1,
        ),
        article(
            "ap-2",
            "Fenwick Courier",
            "Court of Appeal quashes Varga fraud conviction",
            "The Court of Appeal in Tellby quashed the fraud conviction of Ilse Varga, the former "
            "Tellby harbourmaster, on Thursday and ordered her release.\n\n"
            "The judges ruled that the port ledgers at the heart of the case were incomplete.\n\n"
            "Varga left Orme prison in the evening.",
            DAY1 + timedelta(days=3),
        ),
    ]


def test_a_conviction_quashed_on_appeal_heads_the_page_not_the_appeal_opening() -> None:
    s = synthesize("appeal", _appeal())
    assert "quash" in s.headline.lower(), s.headline
    assert "opens" not in s.headline
    page = _page(s)
    assert "quashed" in page
    # the old article's expectation and the sentence it is serving are no news now
    assert "A ruling is expected on Thursday." not in _sentences(s)
    assert not any("is serving" in x for x in _sentences(s)), _sentences(s)
    assert not any("opened at the Court of Appeal" in x for x in _sentences(s)), _sentences(s)


def _annulled() -> list[Article]:
    return [
        article(
            "el-1",
            "Marrow Post",
            "Osk Brandt wins Marrow mayoral election by 90 votes",
            "Osk Brandt won Sunday's mayoral election in Marrow by 90 votes, official results showed "
            "on Monday.\n\n"
            "Brandt, 51, a ferry captain, took 4,120 votes to 4,030 for the sitting mayor Jens Aal.",
            DAY1,
        ),
        article(
            "el-2",
            "Fenwick Courier",
            "Board annuls Marrow mayoral election, orders rerun in May",
            "The regional electoral board on Wednesday annulled the result of the Marrow mayoral "
            "election and ordered a rerun on 4 May.\n\n"
            "The board found 200 postal ballots counted twice.",
            DAY1 + timedelta(days=2),
        ),
    ]


def test_an_annulled_result_is_not_given_as_the_outcome() -> None:
    s = synthesize("election", _annulled())
    assert "wins" not in s.headline, s.headline
    assert "annul" in _page(s)
    assert not any(x.startswith("Osk Brandt won Sunday") for x in _sentences(s)), _sentences(s)


def _match() -> list[Article]:
    return [
        article(
            "fb-1",
            "Fenwick Sport",
            "Tellby Town two up at the break against Fenwick",
            "Tellby Town lead Fenwick 2-0 at half-time in the county cup semi-final at Quarry Lane.\n\n"
            "Arno Pike scored both goals before the half-hour.",
            DAY1 + timedelta(hours=11),
        ),
        article(
            "fb-2",
            "Tellby Wire",
            "Fenwick hit back to beat Tellby Town 3-2 in county cup semi-final",
            "Fenwick scored three times after the break to beat Tellby Town 3-2 in the county cup "
            "semi-final at Quarry Lane.\n\n"
            "Tellby Town led 2-0 at half-time through two goals from Arno Pike.\n\n"
            "Substitute Rolf Mann scored the winner in the 88th minute.",
            DAY1 + timedelta(hours=12),
        ),
    ]


def test_a_final_score_an_hour_later_replaces_the_half_time_score() -> None:
    s = synthesize("match", _match())
    assert "3-2" in s.headline, s.headline
    assert "Tellby Town lead Fenwick 2-0 at half-time" not in _page(s)
    # the final report's own account of the first half is history, not stale
    assert any("led 2-0 at half-time" in x for x in _sentences(s)), _sentences(s)


# ---- values and counts -------------------------------------------------------------------------


def test_a_price_with_decimals_is_a_measure_and_its_replacement_is_read() -> None:
    f = supersede.facets("The Orme ferry fare will rise from 3.40 to 3.90 marks in April.")
    assert f.measures == {"mark": 3.9}
    # a currency no table knows, given with decimals (English and Spanish decimal commas)
    assert supersede.facets("The fare will rise to 6.70 ducats.").measures == {"ducat": 6.7}
    assert supersede.facets("La tarifa subirá a 6,70 ducados.").measures == {"ducado": 6.7}
    # "13,000" stays thirteen thousand; a count of things stays a count
    assert not supersede.facets("About 13,000 visitors came to the fair.").measures
    new = supersede.facets("The fare will rise to 6.20 ducats, not the 6.70 announced on Monday.")
    assert new.replaced == {"ducat": frozenset({6.7})}
    es = supersede.facets("Los pasajeros pagarán 6,20 ducados, y no los 6,70 anunciados el lunes.")
    assert es.replaced == {"ducado": frozenset({6.7})}


def _fare(lang: str) -> list[Article]:
    if lang == "es":
        return [
            article(
                "fa-1",
                "Diario de Orme",
                "El billete del ferry de Orme subirá a 6,70 ducados en abril",
                "La naviera Orme Lines subirá el billete del ferry de Orme de 5,90 a 6,70 ducados a "
                "partir del 1 de abril.\n\n"
                "La empresa alega el precio del combustible.",
                DAY1,
                language="es",
            ),
            article(
                "fa-2",
                "Diario de Orme",
                "Orme Lines rebaja la subida del billete del ferry de Orme a 6,20 ducados",
                "Orme Lines ha rebajado la subida del billete del ferry de Orme: desde el 1 de abril los "
                "pasajeros pagarán 6,20 ducados, y no los 6,70 anunciados el lunes.\n\n"
                "La rebaja llega tras una reunión con el ayuntamiento de Orme.",
                DAY1 + timedelta(days=2),
                language="es",
            ),
        ]
    return [
        article(
            "fe-1",
            "Orme Gazette",
            "Orme ferry fare to rise to 6.70 ducats from April",
            "The Orme ferry fare will rise from 5.90 to 6.70 ducats on 1 April, operator Orme Lines "
            "said on Monday, citing the cost of fuel.",
            DAY1,
        ),
        article(
            "fe-2",
            "Orme Gazette",
            "Orme Lines scales back ferry fare rise",
            "Orme Lines said on Wednesday the Orme ferry fare would rise to 6.20 ducats on 1 April, not "
            "the 6.70 it announced on Monday, after the town council agreed to cover part of the fuel "
            "costs.",
            DAY1 + timedelta(days=2),
        ),
    ]


def test_a_revised_price_leaves_the_page_in_english_and_spanish() -> None:
    en = synthesize("fare", _fare("en"))
    assert "6.70" not in en.headline
    assert not any("from 5.90 to 6.70" in x for x in _sentences(en)), _sentences(en)
    es = synthesize("fare", _fare("es"))
    assert "6,70" not in es.headline, es.headline
    assert not any("de 5,90 a 6,70" in x for x in _sentences(es)), _sentences(es)
    assert "6,20" in _page(es)


def test_a_count_a_later_report_says_was_widened() -> None:
    new = supersede.facets("Pellam Dairy widened its listeria recall to six cheeses on Friday.")
    assert new.changed["chees"][0] == 6.0
    old = "Pellam Dairy is recalling three of its cheeses after listeria was found."
    title = "Pellam Dairy recalls three soft cheeses"
    so, sn = frozenset(content_stems(old)), frozenset(content_stems(title))
    fo = supersede.facets(old)
    stems_new = frozenset(content_stems("Pellam Dairy widened its listeria recall to six cheeses on Friday."))
    assert supersede.supersedes(fo, new, so, stems_new, 2, {}, supersede.counts(old))
    assert supersede.supersedes(supersede.facets(title), new, sn, stems_new, 1, {}, supersede.counts(title))
    # a count of something else stays ("two people fell ill")
    other = "Pellam Dairy said two people had fallen ill after eating the cheese."
    assert not supersede.supersedes(
        supersede.facets(other),
        new,
        frozenset(content_stems(other)),
        stems_new,
        2,
        {},
        supersede.counts(other),
    )


def _recall() -> list[Article]:
    return [
        article(
            "rc-1",
            "Pellam Herald",
            "Pellam Dairy recalls soft cheeses over listeria",
            "Orme cheese maker Pellam Dairy is recalling three products because they may carry listeria.\n\n"
            "The products are Pellam Brie, Pellam Camembert and Pellam Chevre with use-by dates up to "
            "20 March.\n\n"
            "Customers can return them to any shop for a full refund.",
            DAY1,
        ),
        article(
            "rc-1b",
            "Fenwick Courier",
            "Listeria warning: Pellam Dairy recalls three soft cheeses",
            "Pellam Dairy of Orme is recalling three of its products because they may carry listeria.\n\n"
            "The recall covers Pellam Brie, Pellam Camembert and Pellam Chevre with use-by dates up to "
            "20 March.\n\n"
            "People who bought them should not eat them and can take them back for a full refund.",
            DAY1 + timedelta(hours=1),
        ),
        article(
            "rc-2",
            "Orme Gazette",
            "Pellam Dairy widens listeria recall to six products",
            "Pellam Dairy widened its listeria recall to six products on Friday after tests found the "
            "bacteria in three more lines made in the same dairy.\n\n"
            "Pellam Blue, Pellam Ash and Pellam Curd were added to the Brie, Camembert and Chevre "
            "recalled on Thursday.\n\n"
            "The Food Office said one person had reported a mild illness.",
            DAY1 + timedelta(days=1),
        ),
    ]


def test_a_widened_recall_heads_the_page_and_the_old_count_goes() -> None:
    s = synthesize("recall", _recall())
    assert "three" not in s.headline, s.headline
    assert "six" in _page(s)
    assert not any("recalling three" in x for x in _sentences(s)), _sentences(s)
    assert "Pellam Curd" in _page(s)


# ---- correction notices ------------------------------------------------------------------------


def test_correction_notices_of_the_common_forms_and_languages() -> None:
    amended = corrections.notice(
        "Amended on 4 March 2026: this article originally gave the number of stalls as 1,400."
    )
    assert amended is not None and amended.figures == {"1400"} and "stall" in amended.stems
    for text, figure in (
        ("In einer früheren Version dieses Artikels hieß es, die Brücke sei 640 Meter lang.", "640"),
        ("Une version précédente de cet article indiquait que le pont mesurait 640 mètres.", "640"),
        ("Una versión anterior de este artículo decía que el puente tenía 640 metros.", "640"),
        ("Una versione precedente di questo articolo indicava 640 posti letto.", "640"),
        ("Uma versão anterior deste artigo dizia que a ponte tinha 640 metros.", "640"),
        ("In een eerdere versie van dit artikel stond dat de brug 640 meter lang is.", "640"),
    ):
        r = corrections.notice(text)
        assert r is not None and figure in r.figures, text
    # news that says something went wrong, or what a company first said, is no notice
    assert corrections.notice("The company originally said the plant would open in May.") is None
    assert corrections.notice("Al paciente le dieron por error otro medicamento.") is None


def test_an_amended_figure_never_reaches_the_page() -> None:
    arts = [
        article(
            "cf-1",
            "Tellby Wire",
            "Crowds at the Tellby spring market",
            "About 1,400 stalls lined the Tellby quays on Saturday for the spring market.\n\n"
            "The market closed at 18:00.",
            DAY1,
        ),
        article(
            "cf-2",
            "Orme Gazette",
            "Tellby spring market draws traders from the coast",
            "About 140 stalls lined the Tellby quays on Saturday for the spring market, organiser "
            "Berit Holm said.\n\n"
            "Amended on 4 March 2026: this article originally gave the number of stalls as 1,400.",
            DAY1 + timedelta(hours=1),
            modified=DAY1 + timedelta(days=1),
        ),
    ]
    s = synthesize("market", arts)
    page = _page(s)
    assert "1,400" not in page, page
    assert "Amended on" not in page
    assert "140 stalls" in page
