"""The tone model reads English only: an article in another language gets no tone label.

Function words of another language ("einer", "sobre") used to be shown as loaded language.
Texts written for these tests (fictional places and people).
"""

from __future__ import annotations

from dataclasses import replace

from plainwire.analyze import analyze
from plainwire.analyze.labels import UNRATED
from plainwire.analyze.tone import story_tone
from plainwire.models import Article

GERMAN = Article(
    id="de1",
    title="Hochwasser in Marrowbach: Feuerwehr räumt zwei Straßen",
    text=(
        "Nach einer Nacht mit starkem Regen hat die Feuerwehr in Marrowbach zwei Straßen am Fluss "
        "geräumt. Das Wasser soll am Mittwoch seinen höchsten Stand erreichen, teilte die Stadt mit. "
        "Rund 40 Bewohner wurden in einer Turnhalle untergebracht. Verletzt wurde niemand."
    ),
    url="http://marrow.invalid/de/hochwasser.html",
    source="Marrowbacher Bote",
)
SPANISH = Article(
    id="es1",
    title="Crecida en Marrowbach: los bomberos desalojan dos calles",
    text=(
        "Tras una noche de lluvias intensas, los bomberos de Marrowbach desalojaron dos calles junto "
        "al río. Se espera que el agua alcance su nivel más alto el miércoles, según informó el "
        "ayuntamiento sobre la situación. Unos 40 vecinos pasaron la noche en un polideportivo."
    ),
    url="http://marrow.invalid/es/crecida.html",
    source="Diario del Valle",
    language="es",
)
ENGLISH_LOADED = Article(
    id="en1",
    title="Chaos and fury as floodwater wrecks Marrowbach",
    text=(
        "Furious residents slammed the shambolic council as disastrous floodwater wrecked homes in "
        "Marrowbach overnight. Outraged families said the botched response was a disgrace."
    ),
    url="http://marrow.invalid/en/flood.html",
    source="Marrow Klaxon",
)


def test_other_languages_are_not_rated() -> None:
    for art in (GERMAN, SPANISH):
        an = analyze(art)
        assert an.language == ("es" if art is SPANISH else "de")
        assert an.tone.label == UNRATED and an.tone.score == 0.0 and an.tone.evidence == ()
    english = analyze(ENGLISH_LOADED)
    assert english.language == "en" and english.tone.label != UNRATED and english.tone.score >= 0.5


def test_story_label_comes_from_the_rated_articles() -> None:
    items = [(a, analyze(a)) for a in (GERMAN, SPANISH, ENGLISH_LOADED)]
    english_only = story_tone(items[2:])
    assert story_tone(items) == english_only  # the unrated ones neither calm nor heat it
    assert story_tone(items[:2]).label == UNRATED


def test_a_short_guess_does_not_withhold_the_tone() -> None:
    """A one-line English headline in title case may be guessed as another language; without
    a language from the page, such a short text is still scored."""
    line = Article(id="t1", title="", text="Shambolic Council Botches Flood Response In Marrowbach", url="")
    assert analyze(line).tone.label != UNRATED


ITALIAN_NEWS = Article(
    id="it1",
    title="Marrowbach, firmato l'accordo sul ponte",
    text=(
        "I sindaci di Marrowbach e Lentara hanno firmato martedì l'accordo per il nuovo ponte sul fiume. "
        "I lavori costeranno 12 milioni e dureranno due anni.\n"
        "I tecnici del comune hanno detto che il vecchio ponte resterà aperto fino al 2028."
    ),
    url="http://marrow.invalid/it/cronaca/accordo-ponte.html",
    source="Gazzetta di Lentara",
    language="it",
)


def test_another_languages_news_is_not_read_as_a_columnist_by_english_word_lists() -> None:
    # Italian "I" is the plural article, not a first person: the English writer's-voice cue
    # read this report as opinion once furniture no longer diluted it.
    from plainwire.analyze.genre import genre_cues

    assert analyze(ITALIAN_NEWS).genre == "news"
    assert analyze(ITALIAN_NEWS).tone.label == UNRATED
    # The cue itself would have fired: the gate, not a weak cue, keeps the report news.
    assert any("writer's voice" in c.reason for c in genre_cues(ITALIAN_NEWS))
    assert not any("writer's voice" in c.reason for c in genre_cues(ITALIAN_NEWS, english=False))
    assert analyze(replace(ITALIAN_NEWS, language="en")).genre == "opinion"
