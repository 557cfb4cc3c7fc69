"""Status ladders: the stages every reader knows a story goes through, the later stage the later news.

``supersede.py`` reads a sentence's furthest stage on each ladder (``stages``) and lets a later
article's further stage about the same subject supersede an earlier one. A ladder is a small
table, vetted by hand, of the ordinary news words for each stage (never a newsroom's words): a
weather warning raised from yellow to amber to red; people missing, then found; a suspect
arrested, charged, convicted, sentenced; a plan announced, postponed, cancelled; a proposal put,
then decided; a deal in talks, then done (fourteenth session).

Sixteenth session: **a reversal is a later stage of the same proceeding.** A conviction goes to
appeal, and the appeal quashes it or upholds it; a declared result is annulled or overturned; a
score at half-time gives way to the final score. The reversal (or the final score) is the
current state; the earlier outcome printed as current, or as the headline, tells the reader a
story that is over. So the ``case`` ladder runs on past the sentence to an appeal and its
ruling, a ``result`` ladder goes from won / elected to annulled, and a ``match`` ladder from the
half-time score to the final one. The words are each stage's own, in the languages the pipeline
pools where they could be checked (English, German, French, Spanish, Italian, Portuguese, Dutch,
Polish); a word that is also everyday speech ("overturned", "appeal") is read only with its
legal object ("overturned the conviction", "the appeal of ...", "Court of Appeal").

Seventeenth session: "no further action" (a suspect freed with it) ends an arrest as "released
without charge" does; a final score is the planned event's last stage (``PLAYED``), past a
postponement or a calling-off.

Patterns compile on first use (``stage_table``): importing the package must stay cheap.
"""

from __future__ import annotations

import re
from functools import cache

from plainwire.synthesize.textstats import stem

# (class, context, stages): the class applies only when the sentence has the context (a colour
# is a warning level only next to "warning"). Rank = position in the ladder, from 1.
Ladder = tuple[str, "re.Pattern[str] | None", tuple["re.Pattern[str]", ...]]

# A hedge makes a deal sentence a rumour (rank 1) whatever else it names.
HEDGED = frozenset({"deal"})
# Ladders whose first stage is a prospect, or whose story a later stage closes: once a later
# report moves the story on, what the earlier article expected ("will play", "a ruling is
# expected on Wednesday") is no news.
PROSPECTIVE = frozenset({"event", "deal", "proposal", "case", "result", "match"})
# Ladders whose earlier stage says itself that it is provisional (a score "at half-time"): a
# later article supersedes it however soon after (two outlets an hour apart disagree about a
# count; a half-time and a final score do not disagree). Hours, else ``SUPERSEDE_HOURS``.
GAP_HOURS: dict[str, float] = {"match": 0.0}
# Ladders whose final report recaps the earlier stages ("Rovers led 2-0 at half-time", "which
# Montesi had won by 212 votes", "convicted in May"): such a sentence, in an article that names a
# further stage itself, is history there, and a later article does not supersede it.
RECAP = frozenset({"case", "result", "match"})

_COLOUR = r"yellow|amber|orange|red"
_ALERT = r"warnings?|alerts?|alarms?|code"
# What a legal reversal acts on ("quashed the conviction", "the verdict was overturned").
_RULING = (
    r"(?:conviction|convictions|verdict|sentence|ruling|judg(?:e)?ment|decision|result|acquittal|"
    r"Urteil|Schuldspruch|condamnation|jugement|verdetto|sentenza|condanna|sentencia|condena|fallo|"
    r"senten[çc]a|condena[çc][ãa]o|wyrok\w*|vonnis|veroordeling)"
)
# What reverses a ruling ("overturned", "set aside", "annulé", "aufgehoben", "uchylony").
_REVERSE = (
    r"overturn\w*|set\s+aside|struck\s+down|annul\w*|anul\w*|infirm\w*|revoca\w*|ribaltat\w*|"
    r"aufgehoben|aufgehob\w*|vernietig\w*|uchylon\w*"
)
# A score ("3-2", "2:1").
_SCORE = r"\d{1,2}\s*[-–:]\s*\d{1,2}"

# cheap first (substring tests on the lower-cased text): a ladder's regexes run only when one of
# its words is there
LADDER_WORDS: dict[str, tuple[str, ...]] = {
    "warning": ("yellow", "amber", "orange", "red"),
    "missing": ("missing", "trapped", "unaccounted", "found", "rescued", "pulled", "brought out", "recovered",
                "freed", "located"),
    "case": ("arrest", "detain", "charg", "indict", "convict", "guilty", "sentenc", "jail", "acquit", "cleared",
             "questioned", "suspicion", "festgenommen", "verhaftet", "detenid", "arrêt", "arret", "interpell", "detid",
             "angeklagt", "acusad", "imputad", "inculp", "indiciad", "schuldig", "verurteilt", "condena", "condamn",
             "held", "custody", "released", "freed", "further action", "aangehouden", "gearresteerd", "vrijgelaten", "freigelassen",
             "serving", "appeal", "appell", "berufung", "apela", "recurso", "quash", "overturn", "set aside",
             "struck down", "upheld", "uphold", "aufgehob", "revoc", "annul", "anul", "infirm", "ribalt", "vernietig", "uchyl", "skazan",
             "odsiadu", "zatrzyman", "aresztowan", "condannat", "arrestat", "veroordeeld", "hoger beroep"),
    "event": ("schedul", "plann", "due to", "postpon", "delay", "put off", "reschedul", "pushed", "cancel",
              "called off", "scrapp", "abandon", "will ", "is to ", "are to ", "wird", "werden", "geplant", "previst",
              "programad", "prévu", "verschoben", "aplazad", "pospuest", "report", "adiad", "rinviat", "uppskjuten",
              "abgesagt", "suspendid", "annul", "inställd"),
    "proposal": ("propos", "vote", "consider", "draft", "approv", "passed", "adopt", "reject", "veto", "block"),
    "deal": ("close to", "set for", "poised", "talks", "verge", "closer", "nearing", "understood", "said to",
             "reportedly", "linked", "in line", "join", "complet", "sign", "seal", "finalis", "finaliz",
             "verhandlungen", "negocia", "discussions", "unterschr", "wechselt", "fich", "firmó", "signe", "sign",
             "assin"),
    "result": ("won", "wins", "elect", "winner", "vince", "vinto", "vinta", "elett", "gagn", "élu", "gana",
               "ganó", "elegid", "gewinnt", "gewann", "gewonnen", "gewählt", "vence", "venceu", "eleit", "wygra",
               "wybran", "gekozen", "annul", "anul", "overturn", "invalid", "nullif", "void", "struck down",
               "set aside", "rerun", "re-run", "rivot", "ungültig", "wiederhol", "unieważni", "powtórz"),
    "match": ("break", "half-time", "halftime", "half time", "interval", "pause", "halbzeit", "mi-temps",
              "repos", "descanso", "intervallo", "metà", "intervalo", "rust", "przerw", "halvleg", "halvtid",
              "full-time", "fulltime", "final", "beat", "won", "wins", "lost", "lose", "drew", "draw", "defeat",
              "edged", "thrash", "crash", "knocked", "went down", "schl", "besiegt", "gewinnt", "gewann", "verl",
              "bat", "s'impose", "gan", "venc", "derrota", "vince", "batt", "wygra", "pokona", "przegra", "versl",
              "wint"),
}  # fmt: skip


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + pattern + r")\b")


@cache
def stage_table() -> tuple[Ladder, ...]:
    """The ladders, compiled on the first call."""
    return (
        # weather and hazard warnings (Europe's yellow / amber or orange / red scale)
        (
            "warning",
            _rx(
                rf"(?:{_COLOUR})(?:\s+[\w-]+){{0,2}}\s+(?:{_ALERT})|(?:{_ALERT})(?:\s+[\w-]+){{0,4}}\s+(?:{_COLOUR})"
            ),
            (_rx("yellow"), _rx("amber|orange"), _rx("red")),
        ),
        # people unaccounted for, then found (alive or dead)
        (
            "missing",
            None,
            (
                _rx(r"missing|trapped|unaccounted\s+for"),
                _rx(r"found|rescued|pulled\s+out|brought\s+out|recovered|freed|located"),
            ),
        ),
        # the course of a criminal case, to the appeal and its ruling (sixteenth session)
        (
            "case",
            None,
            (
                # held and questioned: "being questioned", "on suspicion of" (fifteenth session)
                _rx(
                    r"arrested|detained|(?:being|been|was|were|is|are)\s+questioned|on\s+suspicion\s+of|"
                    r"(?:is|are|was|were|being)\s+held\s+(?:at|in|by|on)|in\s+(?:police\s+)?custody|"
                    r"festgenommen|verhaftet|detenid[oa]s?|arr[êe]t[ée]e?s?|interpell[ée]e?s?|detid[oa]s?|"
                    r"aangehouden|gearresteerd|arrestat[oi]|arrestat[ae]|zatrzyman[ayi]\w*|aresztowan\w*"
                ),
                # charged, or let go without charge: either ends the arrest
                _rx(
                    r"charged|indicted|angeklagt|acusad[oa]s?|imputad[oa]s?|inculp[ée]e?s?|indiciad[oa]s?|"
                    r"released\s+without\s+(?:charge|being\s+charged)|released\s+with\s+no\s+further\s+action|"
                    r"freed\s+without\s+charge|no\s+further\s+action|vrijgelaten|ohne\s+Anklage\s+freigelassen|freigelassen|"
                    r"relâch[ée]e?s?|remis\s+en\s+libert[ée]|liberad[oa]s?\s+sin\s+cargos|"
                    r"puest[oa]\s+en\s+libertad|rilasciat[oa]|libertad[oa]s?\s+sem\s+acusa[çc][ãa]o"
                ),
                _rx(
                    r"convicted|found\s+guilty|pleaded\s+guilty|pled\s+guilty|schuldig\s+gesprochen|"
                    r"skazan[ayi]\w*|veroordeeld"
                ),
                _rx(
                    r"sentenced|jailed|acquitted|cleared\s+of|verurteilt|condenad[oa]s?|condamn[ée]e?s?|"
                    r"condannat[oa]|serving\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:sentence|term)|"
                    r"odsiaduj\w*"
                ),
                # the appeal: heard, lodged (the bare noun is also "police appeal for witnesses")
                _rx(
                    r"(?:court\s+of\s+appeals?|appeals?\s+court|appeal\s+(?:court|hearing|judges?)|"
                    r"(?:the|his|her|their|an)\s+appeal\s+(?:of|against)|appeal\s+(?:opens|opened|began|begins|"
                    r"starts|started|is\s+heard|was\s+heard|hearing)|appealed\s+(?:against\s+)?(?:the|his|her|their)\s+"
                    r"(?:conviction|sentence|verdict)|(?:lodged|filed|launched|lost|won)\s+(?:an|his|her|their)\s+"
                    r"appeal|Berufung\w*|Revision\s+eingelegt|cour\s+d'appel|en\s+appel|proc[èe]s\s+en\s+appel|"
                    r"apelaci[óo]n|recurso\s+de\s+apelaci[óo]n|in\s+appello|corte\s+d'appello|"
                    r"apela[çc][ãa]o|apelacj\w*|apelacyjn\w*|hoger\s+beroep)"
                ),
                # the appeal ruling: the conviction quashed, or upheld
                _rx(
                    rf"quash\w*|uchyli\w*|(?:{_REVERSE})(?:\s+\S+){{0,4}}?\s+{_RULING}|{_RULING}(?:\s+\S+){{0,6}}?\s+"
                    rf"(?:{_REVERSE}|upheld|confirm[ée]e?|confirmad[oa]|confermat[oa]|best[äa]tigt)|"
                    r"(?:cleared|acquitted|freed)\s+on\s+appeal|won\s+(?:his|her|their|an)\s+appeal|"
                    r"upheld\s+(?:the|his|her|their)\s+(?:conviction|sentence|verdict)|"
                    r"(?:dismissed|rejected)\s+(?:the|his|her|their)\s+appeal"
                ),
            ),
        ),
        # a planned event
        (
            "event",
            None,
            (
                # announced: a plan, or the future tense of the report that announces it ("will
                # play", "wird spielen"; fifteenth session): a later postponement makes it old
                _rx(
                    r"scheduled|planned|due\s+to\s+(?:take\s+place|open|start|begin|be\s+held)|"
                    r"will\s+(?!not\b|be\s+(?:postponed|delayed|cancell?ed))[a-z]+|(?:is|are)\s+to\s+[a-z]+|"
                    r"wird|werden|geplant|previst[oa]|programad[oa]|prévue?s?"
                ),
                _rx(
                    r"postponed|delayed|put\s+off|rescheduled|pushed\s+back|verschoben|aplazad[oa]|pospuest[oa]|"
                    r"report[ée](?:e|s|es)?|adiad[oa]|rinviat[oa]|uppskjuten"
                ),
                _rx(
                    r"cancell?ed|called\s+off|scrapped|abandoned|will\s+not\s+go\s+ahead|won't\s+go\s+ahead|"
                    r"abgesagt|cancelad[oa]|suspendid[oa]|annul[ée]e?|annullat[oa]|inställd"
                ),
            ),
        ),
        # a proposal put to a vote or a decision
        (
            "proposal",
            None,
            (
                _rx(r"proposed|proposal|to\s+vote\s+on|will\s+vote|considering|draft"),
                _rx(r"approved|passed|adopted|rejected|voted\s+down|voted\s+against|vetoed|blocked"),
            ),
        ),
        # a deal reported before it is done (transfers, takeovers)
        (
            "deal",
            None,
            (
                _rx(
                    r"close\s+to|set\s+for|poised\s+to|in\s+talks|on\s+the\s+verge\s+of|edged\s+closer|"
                    r"nearing|understood\s+to|is\s+said\s+to|reportedly|linked\s+with|in\s+line\s+for|"
                    r"in\s+Verhandlungen|en\s+negociaciones|en\s+conversaciones|en\s+discussions|"
                    r"em\s+negocia[çc][õo]es"
                ),
                _rx(
                    r"joined|joins|completed|completes|signed|signs|sealed|finalised|finalized|unterschreibt|"
                    r"unterschrieben|wechselt|fichó|ficha|firmó|signe|a\s+sign[ée]|assinou|assina"
                ),
            ),
        ),
        # a declared result (an election, a vote, a contest), then annulled or overturned
        # (sixteenth session); only next to what has a result
        (
            "result",
            _rx(
                r"results?|elections?|votes?|run-?off|ballots?|polls?|referendum|primary|contest|race|mayor\w*|"
                r"seats?|ballottaggio|elezion[ei]|vot[oi]|sindac[oa]|[ée]lection\w*|scrutin|second\s+tour|"
                r"elecci[óo]n\w*|votaci[óo]n|comicios|alcald\w*|Wahl\w*|Stichwahl|Bürgermeister\w*|"
                r"elei[çc][ãa]o|elei[çc][õo]es|wybor\w*|głosowani\w*|burmistrz\w*|verkiezing\w*|burgemeester"
            ),
            (
                _rx(
                    r"won|wins|elected|declared\s+(?:the\s+)?winner|vince|ha\s+vinto|vinto|vinta|elett[oa]|"
                    r"gagne|a\s+gagn[ée]|remport[ée]e?|[ée]lue?|gana|ganó|elegid[oa]|gewinnt|gewann|"
                    r"gewonnen|gewählt|vence|venceu|eleit[oa]|wygrał\w*|wybran[ayi]\w*|gekozen|wint|won"
                ),
                _rx(
                    r"annul\w*|anul\w*|overturn\w*|invalidat\w*|nullif\w*|declared\s+void|voided|struck\s+down|"
                    r"set\s+aside|re-?run|fresh\s+(?:election|vote|ballot)|rivot\w*|ungültig|"
                    r"wiederhol\w*|unieważni\w*|powtórz\w*|nietig\w*|over\s+moet"
                ),
            ),
        ),
        # a match: the score at half-time, then the final score (sixteenth session)
        (
            "match",
            None,
            (
                _rx(
                    r"at\s+(?:the\s+)?(?:break|half-?time|half\s+time|interval)|half-?time\s+lead|"
                    r"zur\s+(?:Pause|Halbzeit)|à\s+la\s+mi-temps|au\s+repos|al\s+descanso|en\s+el\s+descanso|"
                    r"all'intervallo|a\s+metà\s+(?:tempo|partita)|ao\s+intervalo|no\s+intervalo|bij\s+rust|"
                    r"w\s+przerwie|do\s+przerwy|i\s+halvleg|vid\s+halvtid|i\s+pausen"
                ),
                _rx(
                    r"full-?time|final\s+(?:score|whistle)|(?:beat|beats|won|wins|lost|loses|drew|draw|draws|"
                    r"defeated|edged|thrashed|crash\w*\s+out|knocked\s+out|went\s+down|schlägt|schlug|besiegt|"
                    r"gewinnt|gewann|verliert|verlor|bat|battu|s'impose|gana|ganó|vence|venció|derrota|vince|"
                    r"batte|battuto|venceu|wygrał\w*|pokonał\w*|przegrał\w*|verslaat|versloeg|wint)"
                    rf"(?:\s+\S+){{0,6}}?\s+{_SCORE}"
                ),
            ),
        ),
    )


@cache
def ladder_stems() -> frozenset[str]:
    """Stems of the ladders' own words (left out of a sentence's subject)."""
    return frozenset(
        stem(w.lower())
        for _c, _x, stages in stage_table()
        for p in stages
        for w in re.findall(r"[a-z]+", p.pattern.replace("(?i)", ""))
    ) | frozenset(stem(w) for w in ("yellow", "amber", "orange", "red", "warning", "alert", "alarm", "code"))


# A fixture played: its final score is the planned event's last stage, past a postponement or a
# calling-off ("postponed on Tuesday" / "beat Albion 3-1 on Thursday in the rearranged tie";
# seventeenth session). A match report names no event word; its final score says it was played.
PLAYED = 4


def stages(text: str) -> dict[str, int]:
    """The furthest stage ``text`` names on each ladder (a hedged deal is a rumour; a final score
    is the ``event`` ladder's ``PLAYED`` stage too)."""
    low = text.lower()
    out: dict[str, int] = {}
    table = None
    for cls, words in LADDER_WORDS.items():
        if not any(w in low for w in words):
            continue
        if table is None:
            table = {c: (near, ladder) for c, near, ladder in stage_table()}
        near, ladder = table[cls]
        if near is not None and not near.search(text):
            continue
        ranks = [r for r, rx in enumerate(ladder, start=1) if rx.search(text)]
        if ranks:
            out[cls] = 1 if cls in HEDGED and 1 in ranks else max(ranks)
    if out.get("match") == 2:
        out["event"] = PLAYED
    return out
