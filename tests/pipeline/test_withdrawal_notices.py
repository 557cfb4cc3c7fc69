"""Which pages are withdrawal notices (plainwire.analyze.retraction), and which look-alikes
are not: the forms outlets use in the languages the pipeline pools, and news *about* a
withdrawn bill, product, candidate or report. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from plainwire.analyze.retraction import NOTICE_CHARS, withdrawal
from plainwire.pipeline.notices import page_lines

LONG_REPORT = (
    "The Dunmarrow ferry will run four crossings a day from Monday, its operator said on Tuesday. "
    "Passenger numbers fell at the end of the summer season, and the last crossing will now leave at six. "
    "Season tickets stay valid until the end of the year, the operator said in a statement. "
) * 3

NOTICES = [
    ("Article withdrawn", "This article has been withdrawn. It reported claims that could not be verified."),
    (
        "Harbour master quits",
        "Editor's note: This story has been removed because it did not meet our standards.",
    ),
    ("Retraction", "Retraction: This article has been retracted at the request of the editors."),
    ("Harbour master quits", "We have withdrawn this article. Its central claim was wrong."),
    (
        "Hafenmeisterin tritt zurück",
        "Dieser Artikel wurde zurückgezogen. Die Angaben ließen sich nicht bestätigen.",
    ),
    ("Démission au port", "Cet article a été retiré. Ses informations n'ont pas pu être vérifiées."),
    ("Dimite la capitana del puerto", "Este artículo ha sido retirado por no cumplir nuestras normas."),
    ("Dimissioni al porto", "Questo articolo è stato rimosso dalla redazione."),
    ("Demissão no porto", "Este artigo foi retirado. As informações não puderam ser confirmadas."),
    ("Dimissió al port", "Aquest article ha estat retirat."),
    ("Havenmeester stapt op", "Dit artikel is verwijderd omdat het niet aan onze normen voldeed."),
    ("Hamnkaptenen avgår", "Den här artikeln har dragits tillbaka. Uppgifterna kunde inte bekräftas."),
    ("Havnefogeden går af", "Denne artikel er blevet fjernet."),
    ("Havnesjefen går av", "Denne artikkelen er avpublisert."),
    ("Satamakapteeni eroaa", "Tämä artikkeli on poistettu."),
    ("Kapitánka přístavu končí", "Tento článek byl stažen."),
    ("Kapitan portu odchodzi", "Ten artykuł został wycofany."),
    # A banner above the old text (the text stays below it).
    ("Harbour master quits", "This article has been retracted. " + LONG_REPORT),
    # Without the demonstrative, where the language usually drops it.
    ("Démission au port", "L’article a été retiré."),
    ("Dimite la capitana", "La noticia fue retirada."),
    ("Dimissioni al porto", "L'articolo è stato rimosso."),
    ("Demissão no porto", "A notícia foi removida."),
    ("Dimissió al port", "L'article ha estat retirat."),
    ("Havenmeester stapt op", "Het artikel is verwijderd."),
    ("Satamakapteeni eroaa", "Juttu on poistettu."),
    ("Kapitánka přístavu končí", "Článek byl stažen."),
    ("Kapitan portu odchodzi", "Artykuł został usunięty."),
    # A label opening the text, whatever follows it.
    (
        "Harbour master quits",
        "Retraction: An earlier version of this story said the harbour master had quit.",
    ),
    # Only the title says so.
    ("Article withdrawn", "The page you requested is no longer available."),
]

LOOK_ALIKES = [
    (
        "Council withdraws parking bill",
        "The council said on Tuesday that the parking bill has been withdrawn.",
    ),
    ("Toy recalled", "This product has been removed from shelves after a safety test failed."),
    ("Candidate quits race", "The candidate has withdrawn from the mayoral race, her campaign said."),
    ("Report pulled", "The ministry's report on ferry safety was withdrawn hours after it was published."),
    (
        "Correction",
        "Editor's note: A paragraph has been removed from this article because it misnamed a witness. "
        + LONG_REPORT,
    ),
    ("Update", "This article has been updated with comments from the harbour board. " + LONG_REPORT),
    ("Retraction: journal pulls eel study", "The journal retracted the study on Monday, citing errors."),
    ("Gesetz zurückgezogen", "Die Regierung hat den Gesetzentwurf zurückgezogen, sagte die Ministerin."),
    ("Lagförslaget dras tillbaka", "Regeringen drar tillbaka lagförslaget om färjetrafik."),
    ("Pauta da Câmara", "A matéria foi retirada de pauta pelo presidente da Câmara nesta terça."),
    ("Web del ministerio", "La información fue retirada de la web del ministerio el martes."),
    ("Borrador", "El artículo 5 fue eliminado del borrador, dijo la ministra."),
    # A notice-like phrase deep in a long report is about something else.
    ("Ferry timetable", LONG_REPORT + " This story was removed from the council agenda last year."),
]


@pytest.mark.parametrize(("title", "text"), NOTICES, ids=[f"notice-{i}" for i in range(len(NOTICES))])
def test_withdrawal_notices_are_found(title: str, text: str) -> None:
    found = withdrawal(title, text)
    assert found is not None
    assert 0 < len(found.notice) <= NOTICE_CHARS
    # The notice shown never carries the old report that may follow a banner.
    assert "four crossings" not in found.notice


@pytest.mark.parametrize(
    ("title", "text"), LOOK_ALIKES, ids=[f"control-{i}" for i in range(len(LOOK_ALIKES))]
)
def test_news_about_something_withdrawn_is_no_notice(title: str, text: str) -> None:
    assert withdrawal(title, text) is None


def test_a_short_notice_page_is_read_without_its_furniture() -> None:
    page = (
        b"<html><head><title>Pulse | Article removed</title><script>var x = 1;</script></head><body>"
        b"<nav><p>Home News Sport</p></nav><h1>Article removed</h1>"
        b"<p>This article has been removed.</p><footer><p>(c) Pulse</p></footer></body></html>"
    )
    title, lines = page_lines(page)
    assert title == "Article removed" and lines == ["This article has been removed."]
    assert withdrawal(title, "\n".join(lines)) is not None
