"""Notices a site sets as plain paragraphs on every page (seventeenth session).

The sixth audit newsroom's house styles closed each page with a line the store's cross-page
signal (``store.repeats``) took out only because the site printed it on several pages: a topics
line ("Related Topics: Sarnhaven, Quellmark"), a fact row ("Fact file: Venue Gallowmere Arena |
Attendance 3,870"), a responsible-gambling notice ("Gamble responsibly. 18+ only."), a contact
line ("Have your say: email letters@..."), a follow prompt with no network ("Follow QBC News
for the latest."), a membership appeal ("Pulse is funded by its members. Join today."). An
outlet with one page in the store keeps them (docs/benchmarks.md, "Furniture that did not
generalise (seventeenth session)"); each is a convention read here from the one line, and
``plain_furniture`` drops the line only when it is nothing but the convention.

Data and small tests only; patterns compiled on first use.
"""

from __future__ import annotations

from plainwire.lazyre import lazy_pattern

NOTICE_CHARS = 160
ITEM_WORDS = 4  # a topic or tag: a few words
ROW_CELL_WORDS = 6  # a cell of a fact row: a few words, no sentence

# ---- a topics or tags line ("Related Topics: Sarnhaven, Quellmark", "Themen: Hafen, Fähre") ---
# The label in the languages the pipeline pools (written by hand), a colon, then short items.
TOPICS_LABEL = (
    r"(?i)^\W*(?:related |more |see more )?(?:topics?|tags?|tagged|keywords?|subjects?|"
    r"themen|thema|schlagw[öo]rter|stichw[öo]rter|sujets?|th[èe]mes?|mots-cl[ée]s|temas?|etiquetas|"
    r"argomenti|parole chiave|onderwerpen|trefwoorden|emner|[äa]mnen|taggar|emneord|tematy|tagi|"
    r"s[łl]owa kluczowe|aiheet|avainsanat|temes|etiquetes|t[ée]mata|[šs]t[íi]tky|t[ée]my|c[íi]mk[ée]k|"
    r"t[ée]m[áa]k|etichete|subiecte|teemad|m[äa]rks[õo]nad|oznake|teme|konular|etiketler)\s*:\s*"
)

# ---- a responsible-gambling notice (a sports page's betting box) -----------------------------
GAMBLING = (
    r"(?i)^\W*(?:(?:please )?(?:gamble|bet|play) responsibly|18\+|begambleaware|when the fun stops|"
    r"spiel(?:en sie)? (?:verantwortungsbewusst|verantwortungsvoll)|gl[üu]cksspiel kann s[üu]chtig machen|"
    r"jouez (?:de mani[èe]re )?responsable(?:ment)?|juega con responsabilidad|jugar con responsabilidad|"
    r"gioca (?:responsabilmente|con responsabilit[àa])|speel bewust|spil ansvarligt|spela ansvarsfullt|"
    r"spill ansvarlig|graj odpowiedzialnie|pelaa vastuullisesti|juga amb responsabilitat|"
    r"hrajte zodpov[ěe]dn[ěe]|jogue com responsabilidade|joga com responsabilidade)"
)
GAMBLING_STARTS = (
    "please", "gamble", "bet ", "play", "18+", "begamble", "when the", "spiel", "glücks", "glucks", "jouez",
    "juega", "jugar", "gioca", "speel", "spil", "spela", "spill", "graj", "pelaa", "juga", "hrajte", "jogue",
    "joga",
)  # fmt: skip

# ---- a follow prompt that names no network ("Follow QBC News for the latest.") --------------
FOLLOW_LATEST = (
    r"(?i)^\W*(?:follow|stay with|keep up with|stay tuned to)\s[^.!?]{1,40}?\sfor (?:the |all the )?"
    r"(?:latest|more|live updates|updates)(?: news| updates| coverage| stories| headlines)?"
    r"(?: on [^.!?]{1,30})?\s*[.!]?$"
)

# ---- a membership appeal ("Pulse is funded by its members. Join today.") ---------------------
# Who funds the outlet, then the call to join or give: both, on one line.
APPEAL = (
    r"(?i)^[^.!?]{1,60}\b(?:is|are) (?:funded|supported|paid for|made possible|owned) by (?:its|our|their) "
    r"(?:members|readers|subscribers|supporters|listeners|viewers)\b[^.!?]{0,40}[.!]\s+"
    r"(?:join|support|donate|give|become|subscribe|sign up)\b[^.!?]{0,40}[.!]?$"
)

_TOPICS = lazy_pattern(TOPICS_LABEL)
_GAMBLING = lazy_pattern(GAMBLING)
_FOLLOW_LATEST = lazy_pattern(FOLLOW_LATEST)
_APPEAL = lazy_pattern(APPEAL)
_ITEM_SEPARATORS = lazy_pattern(r"\s*[,|·•;]\s*")
_SENTENCE_END = (".", "!", "?", "…")


def site_notice(line: str, head: str) -> bool:
    """Whether ``line`` (stripped; ``head``: case-folded, leading punctuation gone) is one of
    the notices above, and nothing else."""
    if len(line) > NOTICE_CHARS:
        return False
    if ":" in line and _topics_line(line):
        return True
    if " | " in line and _fact_row(line):
        return True
    if head.startswith(GAMBLING_STARTS) and len(line) <= 100 and _GAMBLING().match(line):
        return True
    if head.startswith(("follow", "stay", "keep")) and _FOLLOW_LATEST().match(line):
        return True
    return " by " in line and bool(_APPEAL().match(line))


def _topics_line(line: str) -> bool:
    """A topics label, then items of a few words each, no sentence ("Topics: the council will
    vote on Monday" is one)."""
    m = _TOPICS().match(line)
    if m is None:
        return False
    rest = line[m.end() :].strip()
    if not rest or rest.endswith(_SENTENCE_END):
        return False
    items = [x for x in _ITEM_SEPARATORS().split(rest) if x]
    return all(len(x.split()) <= ITEM_WORDS for x in items)


def _fact_row(line: str) -> bool:
    """Cells between bars, each a few words and no sentence ("Fact file: Venue Gallowmere
    Arena | Attendance 3,870"; "Sarnhaven | News | Sport"). A table's rows ("| a | b |") are
    ``plain_furniture._facts_box``'s."""
    if line.startswith("|"):
        return False
    cells = [c.strip() for c in line.split("|")]
    return len(cells) >= 2 and all(
        c and len(c.split()) <= ROW_CELL_WORDS and not c.endswith(_SENTENCE_END) for c in cells
    )
