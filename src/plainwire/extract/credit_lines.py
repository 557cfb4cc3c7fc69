"""A wire report's sign-off, wherever it stands in the body (seventeenth session).

News agencies close a report with who reported, wrote and edited it: "Reporting by Linnea Roos;
Editing by Jonas Mäki", "(Reporting by A in Sarnhaven; Writing by B; Editing by C)", "--
Additional reporting by D", "(Reportage Jean Dupont, édité par Marc Leroy)", "(Reporte de Ana
Ruiz; Editado en español por Luis Mora)". ``furniture``'s tail rule drops such a line only among
the body's last two; an outlet that reprints the report puts its own closing lines after it (the
sixth audit newsroom's island paper: "Corvane Islands Times — serving the islands since
1911."), so the sign-off stood in the middle and was stored. The cross-page repetition signal
(``store.repeats``) is per site, and each outlet printed the line once: a single-page class.

The rule reads the line's structure, not a list of names: one or more *credits* separated by
";" or ",", each a role phrase ("Reporting by", "Additional reporting by", "Editing by",
"Redigiert von", "Reportagem de", ...) followed by names (capitalised words joined by "and",
"&", "y", "und" ...; "in Sarnhaven" may follow). A sentence that starts with the same words
("Reporting by volunteers helped the count.") goes on with words that are no names, and stays.
"""

from __future__ import annotations

from plainwire.lazyre import lazy_pattern

CREDIT_CHARS = 300  # a sign-off of several credits and names

# The role phrase of a credit and the word that joins it to the names ("by", "von", "par", "de",
# ":"), in the languages the pipeline pools; written by hand from the sign-offs news agencies
# commonly print, not from any page or data set.
_ROLE = (
    r"(?:additional |further |extra )?(?:reporting|writing|editing|reported|written|edited|compiled|"
    r"produced|translated|graphics|research|fact-checking)(?: and (?:writing|editing|reporting))? by"
    r"|(?:additional )?(?:reporting|writing|editing)\s*:"
    # German
    r"|(?:mitarbeit|bericht|berichterstattung|reporter|redaktion|text)\s*:|(?:bericht|redigiert|bearbeitet|"
    r"geschrieben|übersetzt|uebersetzt|verfasst|mitarbeit) von"
    # French
    r"|(?:reportage|rédaction|redaction|version française|avec la contribution de|édité par|edite par|"
    r"rédigé par|redige par|écrit par|traduit par|avec)(?:\s+par|\s*:)?"
    # Spanish, Catalan, Galician, Portuguese
    r"|(?:reporte|reportaje|información|informacion|información adicional|redacción|redaccion|"
    r"reportagem|reportagem adicional|redação|redacao|edição|edicao|texto|informació|redacció)"
    r"(?:\s+de|\s*:)|(?:editado|escrito|traducido|traduzido|editat|escrit)(?: en español| em português)? (?:por|per)"
    # Italian
    r"|(?:hanno collaborato|ha collaborato|in redazione|redazione|editing|reporting|a cura)(?:\s+di|\s+da|\s*:)?"
    r"|(?:scritto|tradotto|curato) da"
    # Dutch, Danish, Swedish, Norwegian, Finnish, Polish, Czech
    r"|(?:verslaggeving|bewerking|redactie|vertaling)(?:\s+door|\s*:)|(?:geschreven|bewerkt|vertaald) door"
    r"|(?:redigeret|skrevet|oversat) af|(?:redigerad|skriven|skrivet|översatt|redigert|oversatt) av"
    r"|(?:rapportering|redigering|reportasje|redaksjon|redaktion)(?:\s+av|\s+af|\s*:)"
    r"|(?:toimittanut|kirjoittanut|teksti|toimitus)\s*:?|(?:opracowanie|redakcja|współpraca|wspolpraca)\s*:?"
    r"|(?:připravil|pripravil|připravila|zpracoval|zpracovala|redakce|spolupráce)\s*:?"
)
# One credit: the role, then the names (capitalised words, joiners between them), perhaps where.
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
_JOIN = r"(?:,\s*|\s+(?:and|&|y|e|und|et|en|och|og|i|a|ja|oraz)\s+|\s+)"
_NAMES = rf"{_NAME}(?:{_JOIN}(?:(?:van|von|de|da|del|der|den|di|du|la|le|ter|af|zu)\s+)?{_NAME}){{0,11}}"
_WHERE = rf"(?:\s+(?:in|en|à|a|in|im|em|i|w|v|ve)\s+{_NAME}(?:\s+{_NAME})?)?"
CREDIT = rf"(?i:{_ROLE})\s*(?>{_NAMES}){_WHERE}"
# Where one credit ends and the next begins: ";" or "|", or a comma before a role phrase (a comma
# between names joins them). The line is cut there first, so the names of each credit are read
# once (one pattern for the whole line backtracked over its commas: 60 ms on a 300-character line).
CREDIT_SPLIT = rf"\s*[;|]\s*|,\s*(?=(?i:{_ROLE}))"

# The first words a sign-off may open with (lower case, after brackets and dashes): a prefix
# test before the regex, which most lines fail.
CREDIT_STARTS = (
    "additional", "further", "extra", "reporting", "writing", "editing", "reported", "written", "edited",
    "compiled", "produced", "translated", "graphics", "research", "fact-checking", "mitarbeit", "bericht",
    "reporter", "redaktion", "text", "redigiert", "bearbeitet", "geschrieben", "übersetzt", "uebersetzt",
    "verfasst", "reportage", "rédaction", "redaction", "version française", "avec", "édité", "edite",
    "rédigé", "redige", "écrit", "traduit", "reporte", "reportaje", "información", "informacion", "redacción",
    "redaccion", "reportagem", "redação", "redacao", "edição", "edicao", "texto", "informació", "redacció",
    "editado", "escrito", "traducido", "traduzido", "editat", "escrit", "hanno", "ha collaborato",
    "in redazione", "redazione", "a cura", "scritto", "tradotto", "curato", "verslaggeving", "bewerking",
    "redactie", "vertaling", "geschreven", "bewerkt", "vertaald", "redigeret", "skrevet", "oversat",
    "redigerad", "skriven", "översatt", "redigert", "oversatt", "rapportering", "redigering", "reportasje",
    "redaksjon", "toimittanut", "kirjoittanut", "teksti", "toimitus", "opracowanie", "redakcja", "współpraca",
    "wspolpraca", "připravil", "pripravil", "zpracoval", "redakce", "spolupráce",
)  # fmt: skip

_CREDIT = lazy_pattern(CREDIT)
_SPLIT = lazy_pattern(CREDIT_SPLIT)
_LEAD = " \t([–—-"
_TRAIL = " \t)].;"


def credit_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a sign-off of credits and names, and nothing else."""
    core = line.strip(_LEAD).rstrip(_TRAIL)
    if len(line) > CREDIT_CHARS or not core.casefold().startswith(CREDIT_STARTS):
        return False
    return all(_CREDIT().fullmatch(part) for part in _SPLIT().split(core))
