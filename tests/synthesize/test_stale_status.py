"""Fifteenth session: a status, a level or a value a later report moved on (``supersede.py``:
levels on a scale, values replaced outright, an announcement then a postponement, a stale title
taking its article's earlier-stage sentences with it), loaded vox pops (``voxpop.py``), labels
and shouting in headlines (``headline.py``) and furniture in an opinion gist (``gist.py``).

Every text here is invented for these tests (the valleys, the towns, the people, the outlets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plainwire.models import Article
from plainwire.synthesize import gist, supersede, synthesize, voxpop
from plainwire.synthesize.headline import _shape_penalty, tidy
from plainwire.synthesize.textstats import content_stems

from .fixtures import article

DAY1 = datetime(2026, 2, 9, 7, 0, tzinfo=UTC)


def _page(s) -> str:
    return " ".join([s.headline, *(h.text for h in s.highlights), *(x.text for x in s.story)])


def _body(s) -> list[str]:
    return [*(h.text for h in s.highlights), *(x.text for x in s.story)]


# ---- levels on a scale -------------------------------------------------------------------------


def test_levels_are_read_by_number_and_by_name() -> None:
    f = supersede.facets(
        "The fire service set the wildfire danger in the Orla hills at level 3 of 5, or high."
    )
    assert f.level_nums == {"3"} and f.level_names == {"high"}
    assert supersede.facets("Die Waldbrandgefahr im Selmtal steigt auf Stufe 4.").level_nums == {"4"}
    # "from ... to ...": the level reached
    assert supersede.facets("The agency raised the flood warning from level 2 to level 3.").level_nums == {
        "3"
    }
    # no level: a high pass, a sea level, a share of a total
    assert not supersede.facets("Snow closed the high passes above Orla and the sea level road.")
    assert not supersede.facets("Four of the 11 libraries close on Mondays.").level_nums


def test_a_named_level_is_read_through_the_coverage_s_own_key() -> None:
    old = "Wildfire danger 'high' in the Orla hills after a dry week"
    new = "The wildfire danger level in the Orla hills is now 5 of 5."
    key = supersede.level_key(
        [supersede.facets("The danger is at level 3 of 5, or high, in the Orla hills.")]
    )
    assert key == {"high": "3"}
    fo, fn = supersede.facets(old), supersede.facets(new)
    so, sn = frozenset(content_stems(old)), frozenset(content_stems(new))
    assert supersede.supersedes(fo, fn, so, sn, 1, key)
    # without the key a name says nothing against a number
    assert not supersede.supersedes(fo, fn, so, sn, 1, {})


def _wildfire() -> list[Article]:
    return [
        article(
            "wf-1",
            "Orla Courier",
            "Wildfire danger 'high' in the Orla hills after a dry week",
            "The regional fire service set the wildfire danger in the Orla hills at level 3 of 5, or high, "
            "on Monday after nine days without rain.\n\n"
            "Campfires are banned in the Orla forest park.\n\n"
            "Fire warden Ilse Brandvik said crews were watching the eastern slopes.",
            DAY1,
        ),
        article(
            "wf-1b",
            "Kesby Radio",
            "Orla hills wildfire danger 'high' after a dry week, campfires banned",
            "Campfires are banned in the Orla forest park after a dry week pushed the wildfire danger in the "
            "Orla hills to high.\n\n"
            "Fire warden Ilse Brandvik asked walkers to report any smoke.",
            DAY1 + timedelta(hours=2),
        ),
        article(
            "wf-2",
            "Westfold Radio",
            "Orla wildfire danger at the highest level as winds rise",
            "Strong winds on Tuesday took the fire danger in the Orla hills to level 5 of 5, the highest on "
            "its scale.\n\n"
            "Hiking trails above Kesby are closed until further notice.\n\n"
            "Two water-bombing aircraft have been moved to the Kesby airfield.",
            DAY1 + timedelta(days=1, hours=3),
        ),
    ]


def test_a_level_given_by_name_then_raised_leaves_headline_and_story() -> None:
    s = synthesize("wildfire", _wildfire())
    page = _page(s)
    assert "level 5" in page
    assert "'high'" not in s.headline and "level 3" not in page
    assert not any(x.endswith("to high.") for x in _body(s)), _body(s)
    assert "highest level" in s.headline


def test_a_german_level_raised_supersedes_the_earlier_one() -> None:
    arts = [
        article(
            "de-1",
            "Selmtaler Bote",
            "Waldbrandgefahr im Selmtal auf Stufe 3",
            "Der Forstdienst hat die Waldbrandgefahr im Selmtal am Montag auf Stufe 3 gesetzt.\n\n"
            "Grillen ist im Stadtwald von Kirnau verboten.\n\n"
            "Förster Jens Albrecht sagte, die Lage sei angespannt.",
            DAY1,
            language="de",
        ),
        article(
            "de-2",
            "Radio Kirnau",
            "Höchste Waldbrandgefahr im Selmtal: Stufe 5",
            "Der Forstdienst hat die Waldbrandgefahr im Selmtal am Dienstag auf Stufe 5 erhöht.\n\n"
            "Die Wanderwege oberhalb von Kirnau sind gesperrt.\n\n"
            "Zwei Löschflugzeuge stehen in Kirnau bereit.",
            DAY1 + timedelta(days=1, hours=2),
            language="de",
        ),
    ]
    s = synthesize("waldbrand", arts)
    page = _page(s)
    assert "Stufe 5" in page and "Stufe 3" not in page


# ---- a value replaced outright -----------------------------------------------------------------


def test_a_value_the_later_report_says_it_replaces_leaves_the_headline() -> None:
    f = supersede.facets("A day pass will cost 18 crowns from March, not the 21 crowns announced on Monday.")
    assert f.replaced == {"crown": frozenset({21.0})}
    assert supersede.facets("The council raised the fee from 12 to 15 euros.").replaced == {
        "euro": frozenset({12.0})
    }
    arts = [
        article(
            "pk-1",
            "Harl Gazette",
            "Harlby to raise museum day pass to 21 crowns",
            "Harlby council will raise the price of a museum day pass to 21 crowns from March.\n\n"
            "The museum had 140,000 visitors last year.\n\n"
            "Councillor Ada Rensby said the museum needed a new roof.",
            DAY1,
        ),
        article(
            "pk-2",
            "Harl Radio",
            "Harlby scales back museum price rise: day pass to cost 18 crowns",
            "A day pass will cost 18 crowns from March, not the 21 crowns announced on Monday.\n\n"
            "Harlby council changed its plan after objections from the museum's friends' society.\n\n"
            "Children will still go in free.",
            DAY1 + timedelta(days=1),
        ),
    ]
    s = synthesize("museum-pass", arts)
    assert "21 crowns" not in s.headline and "18 crowns" in _page(s)


# ---- an announcement, then a postponement -------------------------------------------------------


def _concert() -> list[Article]:
    return [
        article(
            "cc-1",
            "Marren Evening Post",
            "Lindqvist Quartet to open the new Marren music hall",
            "The Lindqvist Quartet will open the new Marren music hall on Friday with a programme of "
            "northern folk songs.\n\n"
            "The hall, a former grain store, seats 600 people.\n\n"
            "Cellist Aud Lindqvist will play a piece written for the opening by composer Rolf Semb.",
            DAY1,
        ),
        article(
            "cc-2",
            "Marren Today",
            "Marren music hall opening concert sold out",
            "Tickets for the Lindqvist Quartet's opening concert at the new Marren music hall sold out in a "
            "day.\n\n"
            "The quartet will play northern folk songs at the Marren music hall on Friday.\n\n"
            "The hall cost 11 million crowns to convert.",
            DAY1 + timedelta(hours=5),
        ),
        article(
            "cc-3",
            "Norland Press",
            "Lindqvist Quartet postpones Marren music hall opening",
            "The Lindqvist Quartet has postponed Friday's opening concert at the new Marren music hall to "
            "12 April because the hall's fire doors failed an inspection.\n\n"
            "Tickets remain valid for the new date.\n\n"
            "Builders expect to replace the doors within three weeks, the hall's manager Tove Hallin said.",
            DAY1 + timedelta(days=2),
        ),
    ]


def test_an_announced_concert_later_postponed_is_not_announced_on_the_page() -> None:
    s = synthesize("concert", _concert())
    body = _body(s)
    assert "postpone" in s.headline.lower()
    assert not any("will play" in x or "will open" in x for x in body), body
    assert any("postponed" in x for x in body)


def test_a_german_announcement_later_called_off() -> None:
    arts = [
        article(
            "dk-1",
            "Selmtaler Bote",
            "Quartett spielt zur Eröffnung der Kirnauer Musikhalle",
            "Das Lindqvist-Quartett wird am Freitag die neue Kirnauer Musikhalle mit Volksliedern eröffnen.\n\n"
            "Die Halle, ein früherer Kornspeicher, hat 600 Plätze.\n\n"
            "Der Umbau hat elf Millionen Kronen gekostet.",
            DAY1,
            language="de",
        ),
        article(
            "dk-2",
            "Radio Kirnau",
            "Eröffnungskonzert der Kirnauer Musikhalle abgesagt",
            "Das Eröffnungskonzert des Lindqvist-Quartetts in der neuen Kirnauer Musikhalle ist abgesagt.\n\n"
            "Die Brandschutztüren der Halle haben die Prüfung nicht bestanden.\n\n"
            "Karten werden erstattet.",
            DAY1 + timedelta(days=2),
            language="de",
        ),
    ]
    s = synthesize("konzert", arts)
    body = _body(s)
    assert not any("wird am Freitag" in x for x in body), body
    assert any("abgesagt" in x for x in body)


# ---- a stale title takes its article's earlier stage with it ------------------------------------


def test_a_suspect_being_questioned_then_charged() -> None:
    arts = [
        article(
            "rb-1",
            "Kesby Radio",
            "Man arrested after Orla Street pharmacy robbery",
            "A man has been arrested after a robbery at a pharmacy on Orla Street in Kesby on Monday "
            "evening.\n\n"
            "Sergeant Pia Nordvik said the man was being questioned and had not been named.\n\n"
            "Cash and medicines worth about 9,000 crowns were taken.",
            DAY1,
        ),
        article(
            "rb-2",
            "Norland Press",
            "Kesby man charged over Orla Street pharmacy robbery",
            "Police charged Tomas Ekberg, 33, of Mill Lane, Kesby, on Tuesday with robbery after Monday's raid "
            "on the Orla Street pharmacy.\n\n"
            "He will appear before Kesby magistrates on Thursday.\n\n"
            "The pharmacist was not hurt.",
            DAY1 + timedelta(days=1),
        ),
    ]
    s = synthesize("robbery", arts)
    body = _body(s)
    assert not any("being questioned" in x for x in body), body
    assert any("charged" in x for x in body)


def test_the_terms_a_rumour_gave_leave_once_the_deal_is_done() -> None:
    arts = [
        article(
            "tr-1",
            "Matchday North",
            "Kesby Athletic in talks to take Ivo Marsh on loan",
            "Kesby Athletic are in talks with Orla Town over a season-long loan for striker Ivo Marsh.\n\n"
            "Kesby would pay a loan fee of 300,000 crowns and cover the 22-year-old's wages.\n\n"
            "Marsh has scored seven goals this season.",
            DAY1,
        ),
        article(
            "tr-2",
            "Norland Press",
            "Ivo Marsh completes permanent move to Kesby Athletic",
            "Striker Ivo Marsh has completed a permanent move from Orla Town to Kesby Athletic for 1.2 million "
            "crowns.\n\n"
            "The 22-year-old signed a contract until June 2029.\n\n"
            "Kesby manager Lene Dahl said Marsh would start on Saturday.",
            DAY1 + timedelta(days=2),
        ),
    ]
    s = synthesize("transfer", arts)
    body = _body(s)
    assert not any("300,000" in x for x in body), body
    assert "on loan" not in s.headline
    assert any("permanent" in x for x in body)


def test_a_stale_title_takes_only_its_article_s_earlier_stage() -> None:
    texts = [
        "A man has been arrested after a robbery at a pharmacy on Orla Street.",  # rb-1
        "Sergeant Pia Nordvik said the man was being questioned.",  # rb-1
        "Cash and medicines worth about 9,000 crowns were taken.",  # rb-1: no stage, stays
        "Police charged Tomas Ekberg with robbery after the raid on the Orla Street pharmacy.",  # rb-2
    ]
    stems = [frozenset(content_stems(t)) for t in texts]
    found = supersede.find(
        range(4),
        texts,
        stems,
        [0, 0, 0, 1],
        [DAY1, DAY1 + timedelta(days=1)],
        ["Man arrested after Orla Street pharmacy robbery", "Kesby man charged over pharmacy robbery"],
    )
    assert found.stale_titles == {0}
    assert found.dropped == {0, 1}
    assert found.newest == {0: 3, 1: 3}


# ---- loaded vox pops ---------------------------------------------------------------------------


def test_vox_pops_are_read_by_the_speaker_s_age_in_several_languages() -> None:
    assert voxpop.is_vox_pop('Shop worker Nina Holt, 34, said: "It was like a war zone."')
    assert voxpop.is_vox_pop("„Es war die Hölle“, sagte Anwohnerin Greta Moll (52).")
    assert voxpop.is_vox_pop('"Fue una pesadilla", dijo Lucía Vidal, de 29 años.')
    assert not voxpop.is_vox_pop('Fire chief Ola Brenn said: "The blaze is under control."')
    assert not voxpop.is_vox_pop("Tomas Ekberg, 33, appeared in court on Thursday.")


def test_a_loaded_vox_pop_is_kept_out_and_a_calm_one_stays() -> None:
    arts = [
        article(
            "tm-1",
            "Norland Press",
            "Kesby bus hits shelter, four injured",
            "Four people were injured when a bus hit a shelter on Kesby High Street on Tuesday morning.\n\n"
            "Two of them are in hospital with broken bones, the ambulance service said.\n\n"
            'Shop worker Nina Holt, 34, said: "It was a total nightmare, a horror show, sheer carnage."\n\n'
            'Retired teacher Olav Brenn, 70, said: "I saw the bus mount the kerb by the bakery."\n\n'
            "The bus company said the driver had been tested for alcohol and drugs.",
            DAY1,
        ),
        article(
            "tm-2",
            "Westfold Radio",
            "Four hurt as bus mounts kerb in Kesby",
            "A bus mounted the kerb and struck a shelter in Kesby High Street, injuring four people.\n\n"
            "Police closed the street for three hours.\n\n"
            "The council will inspect the shelter.",
            DAY1 + timedelta(hours=1),
        ),
    ]
    s = synthesize("bus", arts)
    body = _body(s)
    assert not any("nightmare" in x for x in body), body
    assert any("mount the kerb" in x for x in body), body


# ---- headlines: labels, shouting, a one-outlet tabloid story -----------------------------------


def test_opinion_labels_leave_the_headline_in_several_languages() -> None:
    assert (
        tidy("Kommentar: Kirnau braucht die Umgehungsstraße jetzt")
        == "Kirnau braucht die Umgehungsstraße jetzt"
    )
    assert (
        tidy("Tribune : la vallée mérite mieux que des promesses")
        == "La vallée mérite mieux que des promesses"
    )
    assert tidy("Opinión: el puerto necesita otro muelle") == "El puerto necesita otro muelle"
    assert tidy("Opinion | A fare rise is the honest choice") == "A fare rise is the honest choice"
    # a hyphenated word is no label
    assert tidy("Leader-board shake-up after the Kesby open") == "Leader-board shake-up after the Kesby open"


def test_an_opinion_only_story_is_headed_without_its_label() -> None:
    op = Article(
        id="op-1",
        title="Meinung: Kirnau braucht die Umgehungsstraße, nicht noch ein Gutachten",
        text="Seit zwanzig Jahren wird über die Umgehungsstraße geredet. Die Stadt sollte endlich bauen. "
        "Jedes weitere Gutachten kostet Geld und Zeit.",
        url="http://news.example/op-1.html",
        source="Selmtaler Bote",
        published=DAY1,
        language="de",
        section="Meinung",
        schema_type="OpinionNewsArticle",
    )
    s = synthesize("op-only", [op])
    assert not s.story and s.headline.startswith("Kirnau braucht")


def test_a_shouting_title_does_not_head_a_one_outlet_story() -> None:
    assert _shape_penalty('BUS HORROR: four hurt as "runaway" bus ploughs into shelter') >= 0.6
    assert _shape_penalty("Kesby bus hits shelter, four injured") < 0.6
    assert (
        tidy("STORM FURY: Trees down across Kesby and the Orla valley")
        == "Trees down across Kesby and the Orla valley"
    )
    tab = article(
        "tb-1",
        "The Kesby Klaxon",
        'BUS HORROR: four hurt as "runaway" bus ploughs into shelter',
        "Terrified shoppers screamed as a runaway bus ploughed into a shelter in a horror crash.\n\n"
        "Four people were taken to hospital after the bus hit the shelter on Kesby High Street.\n\n"
        'Mum-of-three Jo Pell, 31, said: "It was absolute carnage, a total nightmare."',
        DAY1,
    )
    s = synthesize("tabloid", [tab])
    assert "HORROR" not in s.headline and "carnage" not in _page(s)
    assert s.headline


# ---- an opinion gist never starts with furniture or a label -------------------------------------


def test_the_gist_skips_a_caption_and_a_label() -> None:
    a = Article(
        id="g-1",
        title="Opinion | A fare rise is the honest choice for Harlby",
        text="Image caption: Opinion | A fare rise is the honest choice for Harlby. Photograph: Gazette staff\n\n"
        "Harlby's buses lose money on every route outside the centre. The council should raise the fare "
        "and keep the rural routes running. Nobody likes paying more.",
        url="http://news.example/g-1.html",
        source="Harl Gazette",
        published=DAY1,
        language="en",
    )
    g = gist.gist(a, "en")
    assert not g.lower().startswith(("image caption", "opinion", "photograph")), g
