"""The cue words of page furniture (``furniture``), in English and the six other languages the
extractor meets most (French, Italian, Dutch, German, Spanish, Portuguese): sign-up boxes,
reported speech, pointers to other stories, social follow prompts, related-story headings,
bylines and datelines, link and share labels, photo galleries. Written by hand from the
wording news sites in those languages commonly use (see the comment at each table), not from
any page or data set. Why each rule reads them is in ``furniture``.

Data only, and cheap to import: regex *sources* (strings) and word tables. ``furniture``
compiles each pattern on its first use (fourteenth session; docs/benchmarks.md, "Hot-path
repeats and furniture tables (fourteenth session)").
"""

from __future__ import annotations

# ---- sign-up boxes (``furniture._drop_signup_lines``) --------------------------------------
# The call a sign-up box opens with ("Sign up", "Get the Harbour Bulletin", "Iscriviti alla
# newsletter"), after at most a short label and a colon.
SIGNUP_CALL = (
    r"(?i)^(?:[^.:!?\n]{1,40}:\s*)?(?:get|sign[ -]?up|subscribe|join|receive|never miss|don't miss|"
    r"enter your e-?mail|sign me up|stay (?:informed|up to date|in the know)|want (?:the|our|more)|"
    r"start your (?:day|morning)|be the first|"
    # the same call in French, Italian, Dutch, German, Spanish and Portuguese (thirteenth
    # session, second part): the imperative a sign-up box opens with, as written by hand from
    # those languages' usual box wording ("Abonnez-vous à notre lettre", "Iscriviti alla
    # newsletter", "Meld je aan voor onze nieuwsbrief", "Melden Sie sich für unseren Newsletter
    # an", "Suscríbete a nuestro boletín", "Inscreva-se na nossa newsletter"); an article
    # sentence about such a service does not open with the imperative
    r"abonnez-vous|inscrivez-vous|recevez|ne manquez|iscriviti|iscrivetevi|abbonati|ricevi|"
    r"meld je aan|meld u aan|schrijf je in|schrijf u in|abonneer je|abonneer u|ontvang|"
    r"melden sie sich|abonnieren sie|registrieren sie sich|erhalten sie|jetzt (?:anmelden|abonnieren)|"
    r"suscr[íi]bete|suscr[íi]base|ap[úu]ntate|rec[íi]be|reg[íi]strate|"
    r"inscreva-se|assine|receba|cadastre-se)(?!\w)"
)

SIGNUP_WORDS = (
    r"(?i)\b(?:newsletters?|bulletins?|briefings?|digest|inbox|(?:your )?e-?mail address|your e-?mail|mailing list|"
    r"sign[ -]?up|sign me up|subscribe|subscribing|unsubscribe|privacy (?:policy|notice)|"
    # a newsletter, an inbox and a privacy notice in the languages of the calls above
    r"lettres? d'(?:information|info)|lettre quotidienne|notre lettre|infolettre|courriel|bo[îi]te (?:mail|de r[ée]ception)|"
    r"bollettino|casella di posta|nieuwsbrief|nieuwsbrieven|mailbox|postfach|boletines|bolet[íi]n|"
    r"bandeja de entrada|correo electr[óo]nico|boletim|caixa de entrada|"
    r"(?:votre|ton|tu|su|seu|sua|je|uw|ihr|ihre|ihrem|tua|vostra) (?:adresse |indirizzo |adres |direcci[óo]n de )?e-?mail|"
    r"confidentialit[ée]|privacy|datenschutz(?:erkl[äa]rung)?|privacidad|privacidade)(?!\w)"
)

# Every SIGNUP_WORDS or SIGNUP_BUTTON match contains one of these (lower case): substring
# tests first, as a case-blind regex search costs ~15x more.
SIGNUP_HINTS = (
    "newsletter",
    "bulletin",
    "briefing",
    "digest",
    "inbox",
    "mail",
    "sign",
    "subscri",
    "submit",
    "join",
    "get it",
    "no thank",
    "privacy",
    # the words of the other languages (``_SIGNUP_WORDS``)
    "lettre",
    "courriel",
    "boîte",
    "boite",
    "bollett",
    "casella",
    "nieuwsbrie",
    "postfach",
    "bolet",
    "bandeja",
    "correo",
    "caixa",
    "confidentialit",
    "datenschutz",
    "privacida",
    "abonn",
    "inscri",
    "iscri",
    "anmeld",
    "aanmeld",
    "inschrij",
    "suscri",
    "inscrev",
    "assin",
)

SIGNUP_BUTTON = (
    r"(?i)^\W*(?:(?:jetzt|nu|ora|ahora|agora|maintenant) )?(?:sign (?:me )?up|subscribe|submit|join|get it|sign up free|no,? thanks?|"
    r"s'abonner|s'inscrire|je m'inscris|iscriviti|iscrizione|aanmelden|inschrijven|anmelden|abonnieren|"
    r"suscribirme|suscribirse|suscr[íi]bete|inscrever|inscreva-se|assinar)"
    r"(?: (?:now|free|today|here|maintenant|ora|nu|jetzt|ahora|agora))?\W*$"
)

# ---- reported speech (the article's own words, whatever they mention) -----------------------
# Reported speech or a quotation: the article's words, whatever they mention.
REPORTED = (
    r"(?i)[\"“”«»„]|\b(?:said|says|told|according to|"
    # the same in the languages of the sign-up calls and pointer cues
    r"a (?:dit|déclaré|précisé|expliqué|lancé|affirmé|indiqué)|selon|ha (?:detto|dichiarato|spiegato)|secondo|"
    r"zei|zegt|volgens|sagte|sagt|laut|dijo|afirmó|explicó|según|disse|afirmou|segundo)\b"
)

# ---- pointers to other stories (``furniture._pointer_line``, ``cut_glued_pointers``) ---------
# The cues, English and the six other languages the extractor meets most (thirteenth session,
# second part). Written by hand from the labels news sites in those languages commonly put
# before a linked headline, not from any page or data set. Multi-word cues may stand without
# a colon ("Lesen Sie auch Brücke wieder offen"); one-word cues ("Related", "Leggi") need
# one, as "Related costs rose" and "Leggi regionali ..." are prose.
POINTER_CUES = (
    "read more|read next|read also|also read|see also|more on this|don't miss|most read|"
    "à lire aussi|a lire aussi|à lire également|lire aussi|lire également|voir aussi|à voir aussi|sur le même sujet|"
    "leggi anche|leggi pure|vedi anche|potrebbe interessarti|"
    "lees ook|lees meer|zie ook|ook interessant|"
    "lesen sie auch|lies auch|auch interessant|mehr zum thema|siehe auch|"
    "lee también|lea también|ver también|te puede interesar|noticias relacionadas|"
    "leia também|leia mais|veja também|saiba mais|"
    # Danish, Swedish, Norwegian and Polish (sixteenth session: the fifth audit newsroom's Danish
    # "Læs også:" and Polish "Czytaj także:" lines), the same labels written by hand
    "læs også|læs mere|se også|läs också|läs även|läs mer|se även|les også|les mer|"
    "czytaj także|czytaj też|czytaj również|zobacz także|zobacz też|przeczytaj także|przeczytaj też|"
    # Finnish, Catalan, Czech, Slovak, Hungarian, Romanian, Estonian, Croatian/Bosnian/Serbian,
    # Slovenian, Galician, Turkish, Lithuanian, Latvian, Icelandic, Greek, Russian, Ukrainian and
    # Bulgarian (seventeenth session: the sixth audit newsroom's "Lue myös:" and "Llegiu també:"),
    # written by hand as above
    "lue myös|lue lisää|katso myös|aiheesta lisää|lisää aiheesta|"
    "llegiu també|llegeix també|vegeu també|també et pot interessar|et pot interessar|"
    "čtěte také|čtěte též|čtěte i|přečtěte si také|přečtěte si též|mohlo by vás zajímat|"
    "čítajte aj|čítajte tiež|prečítajte si aj|prečítajte si tiež|mohlo by vás zaujímať|"
    "olvassa el|olvasd el|ezt is ajánljuk|ez is érdekelheti|kapcsolódó cikk|"
    "citește și|citeste si|citiți și|cititi si|vezi și|vezi si|"
    "loe ka|loe lisaks|vaata ka|"
    "pročitajte i|pročitajte još|pročitajte također|procitajte i|pogledajte i|vezane vijesti|povezane vesti|"
    "preberite tudi|preberi tudi|"
    "le tamén|lea tamén|ler tamén|ver tamén|"
    "ayrıca okuyun|bunu da okuyun|ilginizi çekebilir|"
    "taip pat skaitykite|skaitykite taip pat|lasi arī|lasiet arī|lestu einnig|sjá einnig|"
    "διαβάστε επίσης|διαβάστε ακόμα|читайте также|смотрите также|читайте також|прочетете още|вижте още"
)

POINTER_LINE = (
    rf"^\s*(?:(?i:{POINTER_CUES})\s*(?:[:>»›→▶►|–—-]\s*)?(?=[\"“«„'‘]?[^\W_a-zß-ÿ])"
    rf"|(?i:{POINTER_CUES}|related|recommended|read|leggi|lees|lire|lesen|leia|veja)\s*[:>»›→▶►|]\s*(?=\S))"
)

# The first letters of every cue above and of the one-word cues (lower case): a prefix test
# before the regex, which most lines (paragraphs) fail.
POINTER_STARTS = (
    "read", "also", "see", "more", "don", "most", "à", "a l", "lire", "voir", "sur", "legg", "vedi", "potr",
    "lees", "zie", "ook", "lese", "lies", "auch", "mehr", "sieh", "lee", "lea", "ver", "te p", "noti",
    "leia", "veja", "saib", "rela", "reco", "læs", "läs", "les ", "se o", "se ä", "czyt", "zoba", "prze",
    "lue ", "kats", "aihe", "lisä", "lleg", "vege", "tamb", "et p", "čtět", "přeč", "mohl", "číta", "preč",
    "olva", "ezt ", "ez i", "kapc", "cite", "citi", "vezi", "loe ", "vaat", "proč", "proc", "pogl", "veza",
    "pove", "preb", "le t", "ler ", "ayrı", "bunu", "ilgi", "taip", "skai", "lasi", "lest", "sjá ", "διαβ",
    "чита", "смот", "проч", "вижт",
)  # fmt: skip

# ---- social follow prompts (``furniture._follow_line``) -------------------------------------
# The networks a prompt names, and the prompt: an imperative opening the line, then a network
# within a few words.
NETWORKS = (
    r"social media|socials|social networks?|x|twitter|facebook|instagram|tiktok|threads|bluesky|linkedin|"
    r"youtube|whatsapp|telegram|mastodon|snapchat|r[ée]seaux sociaux|social network|sociale media|"
    r"soziale[nr]? (?:medien|netzwerke[n]?)|redes sociales|redes sociais|google news"
)

FOLLOW = (
    r"(?i)^\W*(?:for (?:the )?(?:latest|more|all)[^.,:;!?]{0,40}[,:]\s*|stay (?:up to date|informed|connected)[,:]\s*)?"
    r"(?:follow|like|find|join|connect with|suivez|retrouvez|rejoignez|seguici|seguiteci|segui|seguite|volg|vind|"
    r"folgen sie|folge|folgt|s[íi]guenos|s[íi]ganos|sigue|siga|segue)(?:-nous|-nos)?(?![\w-])"
    rf"[^.!?]{{0,60}}?\b(?:on|sur|su|op|auf|en|in|no|nas|nos|em|via)\s+(?:the\s+|les\s+|la\s+|de\s+|den\s+)?(?:{NETWORKS})\b"
)

# The first letters of every opening above (lower case), tested before the regex.
FOLLOW_STARTS = (
    "fol", "lik", "fin", "joi", "con", "sui", "ret", "rej", "seg", "vol", "vin", "síg", "sig", "for", "sta",
)  # fmt: skip

# ---- headings of related-story blocks (``furniture._drop_link_blocks``) ----------------------
RELATED_LABELS = frozenset(
    {
        "more on this story",
        "more on this",
        "more on this topic",
        "more on this subject",
        "related",
        "related stories",
        "related articles",
        "related content",
        "related coverage",
        "related news",
        "related links",
        "related reading",
        "related topics",
        "read more",
        "read next",
        "read also",
        "also read",
        "see also",
        "what to read next",
        "more stories",
        "more news",
        "more from this section",
        "you may also like",
        "you might also like",
        "you may be interested in",
        "recommended",
        "recommended for you",
        "recommended stories",
        "most read",
        "most popular",
        "most viewed",
        "top stories",
        "trending",
        "trending now",
        "editor's picks",
        "editors' picks",
        "don't miss",
        "latest stories",
        "mehr zum thema",
        "das könnte sie auch interessieren",
        "auch interessant",
        "weitere artikel",
        "lesen sie auch",
        "à lire aussi",
        "lire aussi",
        "sur le même sujet",
        "dans la même rubrique",
        "te puede interesar",
        "noticias relacionadas",
        "lee también",
        "más información",
        "leggi anche",
        "potrebbe interessarti",
        "lees ook",
        "meer over dit onderwerp",
        # the headings of the pointer cues below (``POINTER_CUES``) not listed above
        "à lire également",
        "lire également",
        "voir aussi",
        "vedi anche",
        "zie ook",
        "ook interessant",
        "siehe auch",
        "lies auch",
        "lea también",
        "ver también",
        "leia também",
        "leia mais",
        "veja também",
        "saiba mais",
        # Danish, Swedish, Norwegian and Polish (sixteenth session)
        "læs også",
        "læs mere",
        "se også",
        "relaterede artikler",
        "läs också",
        "läs mer",
        "se även",
        "relaterade artiklar",
        "les også",
        "les mer",
        "relaterte saker",
        "czytaj także",
        "czytaj też",
        "zobacz także",
        "zobacz też",
        "przeczytaj także",
        "powiązane artykuły",
        # the headings of this session's pointer cues, and their "related articles" (seventeenth session)
        "lue myös",
        "lue lisää",
        "katso myös",
        "aiheesta lisää",
        "aiheeseen liittyvät",
        "llegiu també",
        "llegeix també",
        "vegeu també",
        "també et pot interessar",
        "notícies relacionades",
        "čtěte také",
        "čtěte též",
        "související články",
        "mohlo by vás zajímat",
        "čítajte aj",
        "súvisiace články",
        "kapcsolódó cikkek",
        "ezt is ajánljuk",
        "citește și",
        "articole similare",
        "loe ka",
        "seotud artiklid",
        "pročitajte i",
        "povezani članci",
        "vezane vijesti",
        "preberite tudi",
        "sorodni članki",
        "le tamén",
        "ilgili haberler",
        "ilginizi çekebilir",
        "susiję straipsniai",
        "lasi arī",
        "saistītie raksti",
        "tengdar fréttir",
        "σχετικά άρθρα",
        "читайте также",
        "читайте також",
        "похожие новости",
    }
)

# ---- bylines and datelines (``furniture._is_furniture``, ``_is_byline_time``) --------------
# "By" in the seven languages (and "av", "af"), opening a byline line.
BYLINE_START = r"(?i)^(?:by|par|von|por|di|door|av|af|de|written by|words by)\s"

# Month names (abbreviated or not), for the date and time patterns of a dateline (``WHEN``).
MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # French, German, Spanish, Italian, Portuguese and Dutch names not matched above (the
    # thirteenth session: "5 novembre 2026 à 09h30", "5 de noviembre de 2026")
    "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    "|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober|dezember"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre"
    "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro"
    "|januari|februari|maart|mei|augustus"
    # Danish, Swedish, Norwegian and Polish (sixteenth session: "Opdateret 22. okt. 2026 kl.
    # 10.15"; Polish names in the genitive a date takes), and the Dutch and Nordic abbreviations
    "|okt|mrt|marts|maj|desember"
    "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia"
)

WHEN = (
    rf"(?i)(?<![\w,.])(?:\d{{1,2}}[:.h]\d{{2}}(?:\s*[ap]\.?m\b\.?)?|\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.+Z-]*)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?:{MONTHS})\b\.?(?:,?\s+(?:de\s+)?\d{{4}})?"
    # (a month first: the look-ahead spares the alternation at every other position)
    rf"|(?=[^\W\d_]{{3,10}}\.?\s+\d)(?:{MONTHS})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago"
    rf"|\(?(?:utc|gmt)\s*[+-]\s*\d{{1,4}}(?::\d{{2}})?\)?)(?![\w])"
)

# The words of a dateline besides the date itself ("Updated", "at", "GMT", weekdays).
WHEN_WORDS = frozenset(
    [
        "by",
        "and",
        "updated",
        "update",
        "published",
        "posted",
        "last",
        "modified",
        "first",
        "on",
        "at",
        "am",
        "pm",
        "gmt",
        "bst",
        "utc",
        "cet",
        "cest",
        "est",
        "edt",
        "pst",
        "pdt",
        "today",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "photographs",
        "photos",
        "pictures",
        "words",
        "text",
        "reporting",
        # the same words in the languages of the month names above
        "à",
        "a",
        "de",
        "del",
        "le",
        "el",
        "um",
        "uhr",
        "às",
        "alle",
        "ore",
        "om",
        "par",
        "von",
        "por",
        "di",
        "door",
        "publié",
        "modifié",
        "mis",
        "jour",
        "veröffentlicht",
        "aktualisiert",
        "publicado",
        "actualizado",
        "pubblicato",
        "aggiornato",
        "gepubliceerd",
        "bijgewerkt",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        # Italian, Dutch, Danish, Swedish, Norwegian and Polish dateline words (sixteenth session:
        # "Pubblicato il 20/10/2026 alle 10:00", "Gepubliceerd op ...", "Opdateret ... kl. 10.15",
        # "Opublikowano: 20.10.2026, 14:40")
        "il",
        "op",
        "kl",
        "klokken",
        "opdateret",
        "publiceret",
        "udgivet",
        "uppdaterad",
        "publicerad",
        "oppdatert",
        "publisert",
        "opublikowano",
        "zaktualizowano",
        "aktualizacja",
        "godz",
        "o",
        "dnia",
        "den",
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
        "måndag",
        "tisdag",
        "lördag",
        "söndag",
        "poniedziałek",
        "wtorek",
        "środa",
        "czwartek",
        "piątek",
        "sobota",
        "niedziela",
    ]
)

BYLINE_ROLE_WORDS = frozenset(
    [
        "of",
        "the",
        "for",
        "and",
        "in",
        "at",
        "on",
        "correspondent",
        "reporter",
        "editor",
        "writer",
        "journalist",
        "staff",
        "desk",
        "contributor",
        "columnist",
        "photographer",
        "chief",
        "senior",
        "political",
        "health",
        "education",
        "business",
        "crime",
        "court",
        "home",
        "foreign",
        "local",
        "news",
        "sports",
        "sport",
        "science",
        "environment",
        "transport",
    ]
)

# ---- link and share labels (``furniture._strip_tail_lines``, ``_drop_link_blocks``) ----------
# Link and button labels a page puts after its story; trafilatura keeps one when it sits in a
# <p> or a bare <a> inside the article (docs/benchmarks.md, "Extraction fixes (sixth session)").
# A line is dropped only when it is nothing but such labels: a sentence that uses the words
# ("Read more about the plan in Monday's paper.") has other words and stays.
LINK_LABELS = frozenset(
    {
        "read more",
        "read more here",
        "read the full story",
        "read the full article",
        "read full story",
        "read full article",
        "full story",
        "continue reading",
        "keep reading",
        "more",
        "more stories",
        "click",
        "click here",
        "click here to read more",
        "tap here",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "share via email",
        "share via e-mail",
        "share by email",
        "share this page",
        "share this post",
        "share on whatsapp",
        "share on linkedin",
        "share on bluesky",
        "mail",
        "bluesky",
        "threads",
        "messenger",
        "telegram",
        "copy url",
        "link copied",
        "save",
        "save article",
        "gift article",
        "gift this article",
        "tweet",
        "email",
        "e-mail",
        "print",
        "copy link",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "comments",
        "view comments",
        "show comments",
        "leave a comment",
        "back to top",
        "previous article",
        "next article",
        "previous",
        "next",
        "prev",
        "advertisement",
        "weiterlesen",
        "mehr lesen",
        "teilen",
        "drucken",
        "lire la suite",
        "partager",
        "leer más",
        "seguir leyendo",
        "compartir",
        "leggi tutto",
        "condividi",
        "lees meer",
        "delen",
        # share and print labels in Dutch, Danish, Swedish, Norwegian, Polish, Portuguese and the
        # article-naming forms of the others (sixteenth session: "Deel dit artikel", "Del
        # artiklen", "Udostępnij" closing the fifth audit newsroom's pages)
        "deel",
        "deel dit artikel",
        "deel artikel",
        "del",
        "del artiklen",
        "del artikel",
        "del artikkelen",
        "del saken",
        "dela",
        "dela artikeln",
        "udostępnij",
        "udostępnij artykuł",
        "podziel się",
        "artikel teilen",
        "beitrag teilen",
        "partager l'article",
        "partager cet article",
        "condividi l'articolo",
        "compartir artículo",
        "compartir este artículo",
        "compartilhar",
        "compartilhe",
        "partilhar",
        "partilhe",
        "læs mere",
        "læs videre",
        "läs mer",
        "les mer",
        "czytaj dalej",
        "czytaj więcej",
        "udskriv",
        "skriv ut",
        "drukuj",
        "imprimer",
        "stampa",
        "imprimir",
        "afdrukken",
        # share labels in the languages of this session's pointer cues, and the article-naming
        # forms the sixth audit newsroom closed its pages with ("Jaa artikkeli", "Comparteix aquest
        # article", "Sdílejte článek", "Partilhe este artigo"; seventeenth session)
        "partilhe este artigo",
        "partilhar artigo",
        "compartilhe este artigo",
        "compartilhar artigo",
        "jaa",
        "jaa artikkeli",
        "jaa juttu",
        "jaa tämä artikkeli",
        "comparteix",
        "comparteix aquest article",
        "comparteix l'article",
        "compartiu",
        "sdílet",
        "sdílejte",
        "sdílet článek",
        "sdílejte článek",
        "zdieľať",
        "zdieľajte",
        "zdieľať článok",
        "zdieľajte článok",
        "megosztás",
        "oszd meg",
        "cikk megosztása",
        "distribuie",
        "distribuie articolul",
        "jaga",
        "jaga artiklit",
        "podijeli",
        "podijelite",
        "podijeli članak",
        "deli",
        "deli članek",
        "paylaş",
        "haberi paylaş",
        "dalintis",
        "dalīties",
        "deila",
        "κοινοποίηση",
        "поделиться",
        "поділитися",
        "сподели",
        "teile diesen artikel",
        "diesen artikel teilen",
        "partagez cet article",
        "condividi questo articolo",
        "comparte este artículo",
        "comparte esta noticia",
        "deel dit bericht",
        "del denne artikel",
        "dela den här artikeln",
        "del denne artikkelen",
    }
)

# A share label's first word: a label of several words opening with one is a share bar.
SHARE_WORDS = (
    "share", "teilen", "artikel teilen", "partager", "compartir", "condividi", "delen", "deel", "del ", "dela",
    "udostępnij", "compartilh", "partilh", "jaa ", "compart", "sdílej", "sdílet", "zdieľaj", "zdieľať", "oszd",
    "distribuie", "jaga", "podijeli", "deli ", "paylaş", "teile", "partagez", "comparte",
)  # fmt: skip

# ---- photo galleries (``furniture.is_gallery``, ``gallery_body``) ----------------------------
# How a page says it is a photo gallery: a URL path segment, or a label opening its title
# or naming its section ("In pictures: ...", "Fotostrecke").
GALLERY_WORDS = (
    "gallery|galleries|photo-gallery|photos|pictures|in-pictures|in-photos|slideshow|bildergalerie|"
    "fotostrecke|fotogalerie|galerie|diaporama|en-images|fotos"
)

# A photo credit between a gallery's captions ("Photo: ...", "Foto: ...", "©").
CREDIT = r"(?i)^(?:(?:photograph|photo|picture|image|foto|bild|credit|crédit)s?\s*[:©]|©).*$"
