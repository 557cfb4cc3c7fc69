"""Inline page furniture in several languages (docs/benchmarks.md, "Inline furniture in
several languages (thirteenth session)"), fixed as classes, on invented pages:

* a prompt to follow the outlet on social media, set as a paragraph;
* a "read next" pointer with its linked headline on the same line ("Read next: ...",
  "Lees ook ...", "Lesen Sie auch: ..."), with or without a colon, as its own block or glued
  to the start of the paragraph after it;
* a newsletter sign-up box in French, Italian, Dutch, German, Spanish or Portuguese, as a
  heading and a pitch or as one line.

And the sentences that look alike and must stay. Invented outlets, places and people.
"""

from __future__ import annotations

import pytest

from plainwire.extract import extract_article
from plainwire.extract.furniture import cut_glued_pointers, drop_furniture, glued_pointer_lines

# Paragraphs per language: a page's language decides nothing here, but a reader meets the
# cues on pages written in it.
PARAS = {
    "en": [
        "Floodwater poured into Fennick Row on Tuesday night when a culvert under the bypass gave way, "
        "council engineers said on Wednesday morning.",
        "Six shops were flooded and the road stayed shut until the morning while pumps ran all night "
        "at the junction with Dyke Lane.",
        "The council said repairs to the culvert would take three weeks and cost about forty thousand "
        "pounds, paid from its highways budget.",
    ],
    "fr": [
        "Le pont de Marsac a rouvert mardi après six mois de travaux sur ses piles, a annoncé la mairie "
        "dans un communiqué publié en fin de matinée.",
        "Les camions de plus de douze tonnes resteront interdits jusqu'au printemps, le temps de "
        "vérifier la tenue des nouvelles fondations.",
        "Les travaux ont coûté 2,4 millions d'euros, dont la moitié a été payée par le département.",
    ],
    "it": [
        "Il porto di Vallora ha riaperto lunedì la banchina nord dopo tre settimane di lavori sul molo, "
        "ha fatto sapere l'autorità portuale in una nota.",
        "I traghetti per l'isola di Sarni torneranno all'orario invernale già dalla prossima settimana, "
        "con quattro corse al giorno.",
        "Leggi regionali approvate in estate impongono ora controlli annuali su tutte le banchine del golfo.",
    ],
    "nl": [
        "De brug bij Marsdijk is dinsdag weer opengegaan na een half jaar werk aan de pijlers, meldt de "
        "gemeente in een verklaring.",
        "Vrachtwagens zwaarder dan twaalf ton mogen er tot de lente niet over, zodat de nieuwe "
        "fundering kan worden gecontroleerd.",
        "Het werk kostte 2,4 miljoen euro, waarvan de provincie de helft betaalde.",
    ],
    "de": [
        "Die Brücke in Selmbach ist seit Dienstag wieder für den Verkehr freigegeben, nachdem die "
        "Pfeiler ein halbes Jahr lang saniert wurden.",
        "Lastwagen über zwölf Tonnen dürfen sie bis zum Frühjahr nicht befahren, damit das neue "
        "Fundament geprüft werden kann.",
        "Die Arbeiten kosteten 2,4 Millionen Euro, die Hälfte davon trug der Landkreis.",
    ],
    "es": [
        "El puente de Tarsa volvió a abrirse el martes tras seis meses de obras en sus pilares, "
        "informó el ayuntamiento en un comunicado.",
        "Los camiones de más de doce toneladas no podrán cruzarlo hasta la primavera, mientras se "
        "revisan los nuevos cimientos.",
        "Las obras costaron 2,4 millones de euros, la mitad pagada por la diputación.",
    ],
    "pt": [
        "A ponte de Varzim voltou a abrir na terça-feira depois de seis meses de obras nos pilares, "
        "informou a câmara municipal em comunicado.",
        "Os camiões com mais de doze toneladas continuam proibidos até à primavera, enquanto se "
        "verificam as novas fundações.",
        "As obras custaram 2,4 milhões de euros, metade paga pelo distrito.",
    ],
}


def _page(lang: str, middle: str, *, after: str = "", glue: str = "") -> str:
    """An article: paragraph one, ``middle`` (furniture between paragraphs), paragraph two
    with ``glue`` set inline at its start, paragraph three, then ``after``."""
    p = PARAS[lang]
    return (
        f"<html lang='{lang}'><head><title>Bridge reopens | The Marsh Clarion</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<header><a href='/'>The Marsh Clarion</a><nav><a href='/news'>News</a></nav></header>"
        "<main><article><h1>Bridge reopens</h1><div class='body'>"
        f"<p>{p[0]}</p>{middle}<p>{glue}{p[1]}</p><p>{p[2]}</p>{after}</div></article></main>"
        "<footer>The Marsh Clarion, 4 Dyke Lane</footer></body></html>"
    )


def _body(html: str, slug: str) -> list[str]:
    return extract_article(html, f"https://clarion.example/news/2026/11/05/{slug}.html").text.split("\n")


# -- social follow prompts ---------------------------------------------------------------

FOLLOW = [
    ("en", "<p><em>Follow the Marsh Clarion on X and Facebook for the latest updates.</em></p>"),
    ("en", "<p>Follow Marsh Clarion on social media for the latest updates</p>"),
    ("en", "<p>For the latest news, follow us on Instagram @marshclarion</p>"),
    ("fr", "<p>Suivez-nous sur les réseaux sociaux pour ne rien manquer de l'actualité de Marsac.</p>"),
    ("it", "<p><strong>Seguici su Facebook e Instagram</strong></p>"),
    ("nl", "<p>Volg ons op Instagram en X voor het laatste nieuws</p>"),
    ("de", "<p>Folgen Sie uns auf Instagram und Facebook!</p>"),
    ("es", "<p>Síguenos en X y Facebook para estar al día.</p>"),
    ("pt", "<p>Siga-nos no Instagram</p>"),
]


@pytest.mark.parametrize(("lang", "prompt"), FOLLOW)
def test_social_follow_prompt_is_dropped(lang: str, prompt: str) -> None:
    assert _body(_page(lang, "", after=prompt), f"follow-{lang}") == PARAS[lang]
    # between paragraphs too
    assert _body(_page(lang, prompt), f"follow-mid-{lang}") == PARAS[lang]


# -- "read next" pointers with the headline on the same line ------------------------------

POINTERS = [
    ("en", "<p><strong>Read next:</strong> <a href='/r1'>Bypass to close for resurfacing</a></p>"),
    ("en", "<p>See also: <a href='/r2'>Harbour fees rise for the third year</a></p>"),
    ("en", "<p>Also read <a href='/r3'>Dyke Lane residents demand flood wall</a></p>"),
    ("fr", "<p>À lire aussi : <a href='/r4'>Le marché de Marsac change de place</a></p>"),
    ("fr", "<div class='rel'>Lire aussi <a href='/r5'>Les bus de nuit reviennent</a></div>"),
    ("it", "<p><b>Leggi anche</b> <a href='/r6'>Nuovo orario per i traghetti di Sarni</a></p>"),
    ("nl", "<p>Lees ook: <a href='/r7'>Gemeente zoekt nieuwe havenmeester</a></p>"),
    ("de", "<p><strong>Lesen Sie auch:</strong> <a href='/r8'>Neuer Radweg entlang der Selm</a></p>"),
    ("es", "<p>Lee también: <a href='/r9'>El mercado de Tarsa cambia de horario</a></p>"),
    ("pt", "<p><strong>LEIA TAMBÉM</strong> | <a href='/r10'>Câmara aprova novo parque</a></p>"),
]


@pytest.mark.parametrize(("lang", "pointer"), POINTERS)
def test_read_next_pointer_on_its_own_line_is_dropped(lang: str, pointer: str) -> None:
    assert _body(_page(lang, pointer), f"pointer-{lang}") == PARAS[lang]


GLUED = [
    ("en", "<strong>Read next:</strong> <a href='/g1'>Bypass to close for resurfacing</a> "),
    ("fr", "<a href='/g2'>À lire aussi : Les bus de nuit reviennent</a> "),
    ("it", "<b>Leggi anche:</b> <a href='/g3'>Nuovo orario per i traghetti</a> "),
    ("nl", "<a href='/g4'>Lees ook: Gemeente zoekt nieuwe havenmeester</a> "),
    ("de", "<strong>Lesen Sie auch</strong> <a href='/g5'>Neuer Radweg entlang der Selm</a> "),
    ("es", "Lee también: <a href='/g6'>El mercado de Tarsa cambia de horario</a> "),
    ("pt", "<em>Leia também:</em> <a href='/g7'>Câmara aprova novo parque</a> "),
]


@pytest.mark.parametrize(("lang", "pointer"), GLUED)
def test_read_next_pointer_glued_to_a_paragraph_is_cut_off_it(lang: str, pointer: str) -> None:
    # trafilatura returns "<cue> <headline> <paragraph>" as one line; the paragraph stays
    assert _body(_page(lang, "", glue=pointer), f"glued-{lang}") == PARAS[lang]


def test_glued_pointer_is_cut_only_at_a_whole_link_text() -> None:
    para = PARAS["en"][1]
    line = f"Read next: Bypass to close for resurfacing {para}"
    assert glued_pointer_lines(line)
    assert cut_glued_pointers(line, ["Bypass to close for resurfacing"]) == para
    # no link of the page starts the rest: the line stays whole
    assert cut_glued_pointers(line, ["Bypass to close for resurfacing works"]) == line
    assert cut_glued_pointers(line, ["Harbour fees rise"]) == line
    # a link holding the cue itself
    assert cut_glued_pointers(f"Lees ook: Brug weer open {para}", ["Lees ook: Brug weer open"]) == para
    # what would be left is no paragraph: nothing is cut
    assert (
        cut_glued_pointers("Read next: Bypass to close now", ["Bypass to close"])
        == "Read next: Bypass to close now"
    )
    assert not glued_pointer_lines(PARAS["en"][0])


# -- newsletter sign-ups in other languages ----------------------------------------------

SIGNUPS = [
    (
        "fr",
        "<div class='nl'><h3>La lettre du Courrier</h3><p>Abonnez-vous à notre lettre d'information quotidienne.</p></div>",
    ),
    (
        "fr",
        "<p><strong>Inscrivez-vous à notre newsletter et recevez l'essentiel de l'actualité chaque matin.</strong></p>",
    ),
    (
        "it",
        "<div><h4>La newsletter del Corriere di Vallora</h4><p>Iscriviti alla newsletter per ricevere le notizie ogni mattina.</p><a href='/nl'>Iscriviti</a></div>",
    ),
    ("nl", "<p>Meld je aan voor onze nieuwsbrief</p>"),
    (
        "de",
        "<div><h3>Selmbacher Morgenpost</h3><p>Melden Sie sich für unseren Newsletter an und erhalten Sie die Nachrichten des Tages.</p><a href='/nl'>Jetzt anmelden</a></div>",
    ),
    (
        "es",
        "<div><h3>El boletín de La Voz de Tarsa</h3><p>Suscríbete a nuestro boletín y recibe las noticias cada mañana.</p></div>",
    ),
    (
        "pt",
        "<div><h3>Inscreva-se na nossa newsletter</h3><p>Receba as principais notícias no seu e-mail.</p></div>",
    ),
]


@pytest.mark.parametrize(("lang", "box"), SIGNUPS)
def test_newsletter_signup_in_another_language_is_dropped(lang: str, box: str) -> None:
    assert _body(_page(lang, box), f"signup-mid-{lang}") == PARAS[lang]
    assert _body(_page(lang, "", after=box), f"signup-{lang}") == PARAS[lang]


# -- look-alikes that stay ---------------------------------------------------------------

KEEP = [
    "Follow-up tests showed the culvert had been cracked for years, engineers said.",
    "Police asked drivers to follow diversions on the A12 until Friday.",
    "She said readers should read next year's report before the vote.",
    "Read next year's budget before you vote, the mayor urged residents.",
    "Les habitants peuvent s'abonner au service de bus pour dix euros par mois.",
    "Abonnez-vous à notre lettre, a lancé le maire en riant lors de la réunion.",
    "Leggi anche il rapporto del comune, ha detto il sindaco ai giornalisti.",
    "Leggi regionali impongono nuove regole ai porti del golfo.",
    "Lees ook de brief van de burgemeester aan de bewoners.",
    "Related costs rose by a third over the same period",
    "Follow the council on its new route through the old town, the guide told visitors.",
    "Residents can sign up for the council's flood newsletter, a spokesman said.",
]


@pytest.mark.parametrize("sentence", KEEP)
def test_look_alike_sentences_stay(sentence: str) -> None:
    paras = PARAS["en"]
    text = "\n".join([paras[0], sentence, paras[1], paras[2]])
    assert drop_furniture(text, "Bridge reopens", (), frozenset()) == text
    # and as the paragraph a page opens the story with, through the whole extractor
    assert sentence in _body(_page("en", f"<p>{sentence}</p>"), "keep")


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("pt", "Leia também"),
        ("it", "Vedi anche"),
        ("nl", "Zie ook"),
        ("de", "Siehe auch"),
        ("fr", "Voir aussi"),
    ],
)
def test_pointer_cue_as_a_heading_takes_its_links_with_it(lang: str, heading: str) -> None:
    # a bold paragraph and linked paragraphs (a <div class='related'> trafilatura prunes itself)
    block = (
        f"<p><strong>{heading}</strong></p><p><a href='/h1'>Ponte reabre ao trânsito</a></p>"
        "<p><a href='/h2'>Novo parque junto ao rio</a></p>"
    )
    assert _body(_page(lang, block), f"heading-{lang}") == PARAS[lang]
