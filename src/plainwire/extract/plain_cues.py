"""The cue words of furniture set in plain paragraphs (``plain_furniture``, sixteenth session),
by convention and language: English, French, Italian, Dutch, German, Spanish, Portuguese
(the languages of ``furniture_cues``) and Danish, Swedish, Norwegian and Polish (the other
languages the pipeline pools). Written by hand from the wording news sites in those languages
commonly use for each convention (see the comment at each table), not from any page or data
set; the fifth audit newsroom's pages showed which conventions slip through.

Data only, and cheap to import: regex *sources* (strings) and word tables, compiled by
``plain_furniture`` on first use.
"""

from __future__ import annotations

# ---- a sponsored box set as a paragraph ("Promoted: <a>Winter tyres fitted from 19 florins</a>")
# The label a site puts before a paid link or advertorial teaser, then a colon or a bar, then
# the offer. The label is the convention; the offer says anything.
SPONSOR_LABELS = (
    r"promoted|sponsored|sponsored content|sponsored links?|paid content|paid post|paid partnership|"
    r"partner content|partner|advertisement|advertorial|ad feature|"
    r"anzeige|werbung|gesponsert|sponsored by [^:|]{1,40}|in partnership with [^:|]{1,40}|"
    r"sponsoris[ée]|contenu sponsoris[ée]|contenu partenaire|publicit[ée]|publi-?reportage|"
    r"sponsorizzato|contenuto sponsorizzato|pubblicit[àa]|pubbliredazionale|"
    r"gesponsord|advertentie|"
    r"patrocinado|contenido patrocinado|publicidad|"
    r"conte[úu]do patrocinado|publicidade|"
    r"annonce|sponsoreret|annonse|sponset|annons|sponsrad|"
    r"reklama|artyku[łl] sponsorowany|materia[łl] partnera|materia[łl] sponsorowany"
)
SPONSOR_LINE = rf"(?i)^\W*(?:{SPONSOR_LABELS})\s*(?::|\|)\s*\S"
# The label alone on its line (the box's text was a link or an image trafilatura dropped).
AD_LABELS = frozenset(
    {
        "advertisement",
        "advert",
        "promoted",
        "sponsored",
        "sponsored content",
        "paid content",
        "partner content",
        "anzeige",
        "werbung",
        "publicité",
        "contenu sponsorisé",
        "pubblicità",
        "contenuto sponsorizzato",
        "advertentie",
        "publicidad",
        "contenido patrocinado",
        "publicidade",
        "conteúdo patrocinado",
        "annonce",
        "annonse",
        "annons",
        "reklama",
    }
)

# ---- the print edition a piece appeared in ("A version of this article appears in print on
# 21 October 2026, page 6.", "Dieser Artikel erschien in der Printausgabe vom ...") -----------
# The piece naming itself ("this article", "a version of this story"), a verb of appearing in
# (or being printed in), then the paper: the edition, the issue, a page. An article sentence
# about another piece names that piece ("The report appeared in the Gazette"), not "this".
PRINT_LINE = (
    r"(?i)^\W*(?:"
    r"(?:(?:a |an )?(?:shorter |longer |edited |earlier |different )?version of (?:this|the)|this) "
    r"(?:article|story|piece|column|interview|report|review|editorial)\b[^.!?]{0,40}?"
    r"\b(?:appears?|appeared|was (?:first )?(?:published|printed)|is (?:published|printed)|(?:first )?ran|runs) "
    r"(?:in|on)\b[^!?]{0,80}?\b(?:print|edition|issue|newspaper|paper|magazine|page \w+)"
    r"|(?:from|in) (?:the|our|this|today's|this week's|[a-z]+day's) (?:print|printed) (?:edition|issue|paper)"
    r"|(?:published|printed|appeared) in (?:the )?print\b"
    # German
    r"|dieser (?:artikel|beitrag|text) (?:ist|erschien|wurde)[^!?]{0,80}?"
    r"(?:print|ausgabe|zeitung|heft|gedruckt)"
    r"|(?:erschienen|ver[öo]ffentlicht) in der (?:print|[\wäöü-]*ausgabe|zeitung)"
    # French
    r"|cet article (?:est paru|a paru|a été publié|a été imprimé)[^!?]{0,80}?"
    r"(?:édition|journal|numéro|papier|version imprimée)"
    r"|(?:article )?paru dans (?:l'édition|le journal|notre édition|le numéro|la version papier)"
    # Italian
    r"|questo articolo (?:è stato pubblicato|è uscito|è apparso)[^!?]{0,80}?"
    r"(?:edizione|cartace|giornale|numero)"
    # Spanish and Portuguese
    r"|este art[íi]culo (?:se public[óo]|fue publicado|apareci[óo]|se ha publicado)[^!?]{0,80}?"
    r"(?:edici[óo]n|impres|peri[óo]dico|papel)"
    r"|(?:art[íi]culo )?publicado en la edici[óo]n impresa"
    r"|este artigo (?:foi publicado|saiu)[^!?]{0,80}?(?:edi[çc][ãa]o|impress|jornal|papel)"
    r"|(?:artigo )?publicado na edi[çc][ãa]o impressa"
    # Dutch
    r"|(?:een versie van )?dit (?:artikel|stuk|verhaal|interview) (?:verscheen|is verschenen|werd gepubliceerd|stond)"
    r"[^!?]{0,80}?(?:krant|editie|papieren|print)"
    # Danish, Swedish, Norwegian
    r"|(?:denne )?(?:artikel|artiklen) (?:blev bragt|blev trykt|er bragt|har været bragt|udkom)[^!?]{0,80}?"
    r"(?:avis|udgave|trykt)"
    r"|(?:artikeln|denna artikel) (?:publicerades|har publicerats|trycktes|fanns)[^!?]{0,80}?"
    r"(?:tidning|upplaga|nummer)"
    r"|(?:saken|artikkelen) (?:ble publisert|sto på trykk|ble trykket|sto)[^!?]{0,80}?(?:avis|utgave|trykk)"
    # Polish
    r"|(?:artyku[łl]|tekst) (?:ukaza[łl] si[ęe]|zosta[łl] opublikowany)[^!?]{0,80}?(?:wydani|gazet|numer|druku)"
    r")"
)

# ---- an editors'-initials line closing a wire report ("mpa/hk/rs", "(dpa/abc)", "AFP/jm") ---
# Agencies end a report with the agency's short name and the initials of the journalists and
# editors who handled it, separated by slashes; on its own line it is no sentence of any
# language. One agency name in brackets alone ("(dpa)", "(AP)", Yonhap's "(END)") is the same
# credit. The initials are short and the slashes bare: "annotate/blame." and "WORKDIR
# /opt/app" (lines of trafilatura's gregoryszorc.com and pluralsight.com pages) are not.
INITIALS_LINE = (
    r"^\(?\s*(?:[a-zæøåäöüß]{1,8}|[A-ZÆØÅÄÖÜ]{2,8})(?:/(?:[a-zæøåäöüß]{1,4}|[A-ZÆØÅÄÖÜ]{1,4})){1,5}"
    r"\s*\)?\s*\.?$|^\((?:[a-z]{2,8}|[A-Z]{2,8})\)\s*\.?$"
)

# ---- subscription prompts (a paywall teaser's "Already a subscriber? Log in") --------------
# A question to the reader about already having an account, then (or with) the log-in link.
ALREADY_SUBSCRIBER = (
    r"(?i)^\W*(?:already (?:a |an )?(?:subscriber|subscribed|member|registered|have an account)"
    r"|(?:vous (?:êtes|etes) )?d[ée]j[àa] (?:abonn[ée]e?s?|inscrit|client)"
    r"|(?:sie sind )?(?:bereits|schon) (?:abonnent(?:in)?|registriert|kunde|abonniert)"
    r"|(?:sei |siete )?gi[àa] (?:abbonat[oa]|registrat[oa]|client[ei])"
    r"|(?:ben je |bent u )?al (?:abonnee|geregistreerd|klant)"
    r"|¿?ya (?:eres|es|soy) (?:suscriptora?|abonad[oa]|cliente)|¿?ya tienes (?:una )?cuenta"
    r"|j[áa] (?:[ée]|és|sou) (?:assinante|cliente|registad)"
    r"|(?:er du )?allerede (?:abonnent|kunde|registreret|registrert)"
    r"|(?:är du )?redan (?:prenumerant|kund|registrerad)"
    r"|(?:masz ju[żz]|posiadasz ju[żz]) (?:prenumerat|konto|subskrypcj|dost[ęe]p)"
    r"|jeste[śs] ju[żz] (?:subskrybentem|prenumeratorem))"
)
LOG_IN = (
    r"(?i)\b(?:log ?in|sign ?in|se connecter|connectez-vous|anmelden|einloggen|accedi|inloggen|log in|"
    r"inicia sesi[óo]n|iniciar sesi[óo]n|entrar|iniciar sess[ãa]o|log ind|logga in|logg inn|zaloguj)\b"
)
# The call to read on by subscribing ("Subscribe to continue reading", "Pour lire la suite,
# abonnez-vous"): reading on, then the subscription or account it takes.
PAYWALL_PROMPT = (
    r"(?i)^\W*(?:(?:to )?(?:continue|keep) reading[^.!?]{0,60}?(?:subscri|sign in|log in|register|account)"
    r"|subscribe (?:now |today )?(?:to|and|for) (?:continue|keep|read|unlock|access|get unlimited)"
    r"|(?:pour )?(?:lire|continuer) la suite[^.!?]{0,40}?abonn"
    r"|(?:um )?weiter(?:zu)?lesen[^.!?]{0,40}?(?:abo|anmeld|registrier)"
    r"|(?:per )?continuare a leggere[^.!?]{0,40}?(?:abbon|accedi|registr)"
    r"|(?:para )?(?:seguir|continuar) leyendo[^.!?]{0,40}?(?:suscri|reg[íi]str|inicia)"
    r"|(?:para )?continuar (?:a )?ler[^.!?]{0,40}?(?:assin|regist|entre)"
    r"|(?:lees verder|verder lezen)[^.!?]{0,40}?(?:abonnee|abonnement|inlog)"
    r"|l[æa]s (?:videre|hele artiklen)[^.!?]{0,40}?(?:abonn|log)"
    r"|(?:l[äa]s|forts[äa]tt l[äa]sa)[^.!?]{0,40}?(?:prenumer|logga)"
    r"|(?:les videre|fortsett å lese)[^.!?]{0,40}?(?:abonn|logg)"
    r"|(?:czytaj dalej|przeczytaj ca[łl]o[śs][ćc])[^.!?]{0,40}?(?:prenumer|subskryp|zaloguj|wykup))"
)
# The imperative to subscribe to the outlet, a line of its own ("Abonnez-vous au Courrier de
# la Côte.", "Subscribe to the Harbour Echo"). An article sentence that tells readers to
# subscribe to something says who advises it ("..., officials urged"): a comma, a report.
SUBSCRIBE_CALL = (
    r"(?i)^\W*(?:subscribe|become a (?:subscriber|member)|support (?:our|independent|local|quality) journalism|"
    r"abonnez-vous|abonne-toi|abonnieren sie|jetzt abonnieren|werden sie abonnent|abbonati|abbonatevi|"
    r"abonneer (?:je|u|nu)|neem een abonnement|word abonnee|suscr[íi]bete|suscr[íi]base|hazte suscriptor|"
    r"assine|torne-se assinante|bliv abonnent|tegn (?:et )?abonnement|bli abonnent|prenumerera|"
    r"teckna (?:en )?prenumeration|bli prenumerant|zaprenumeruj|wykup (?:prenumerat|dost[ęe]p|subskrypcj)|"
    r"kup prenumerat)(?!\w)"
)

# ---- a call for readers' tips ("Got a story? Email tips@...", "Haben Sie einen Hinweis?
# Schreiben Sie an ...") ----------------------------------------------------------------------
# A question to the reader (or a short label: "Have your say:", seventeenth session), then how to
# reach the newsroom (a contact verb, and an address or a telephone number on the line). A
# paragraph that asks a question goes on with its subject.
TIP_PROMPT = (
    r"(?i)^\W*(?:[^.!?\n]{2,80}\?|[^.!?:\n]{2,30}:)\s*(?:e-?mail|mail|contact|call|ring|phone|text|message|whatsapp|write to|"
    r"send|tell us|get in touch|let us know|schreiben sie|kontaktieren sie|rufen sie|mailen sie|melden sie sich|"
    r"écrivez|ecrivez|contactez|envoyez|scrivi|scriveteci|contatta|contattaci|mail ons|stuur|neem contact|"
    r"bel|escr[íi]benos|escribe|contacta|env[íi]a|escreva|envie|contacte|skriv|kontakt|send|mejla|"
    r"napisz|zadzwo[ńn]|wy[śs]lij)(?!\w)"
)
TIP_ADDRESS = r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()./-]{6,}\d"

# ---- copyright and rights lines ("Riproduzione riservata ©", "© MPA 2026. All rights
# reserved.") ---------------------------------------------------------------------------------
RIGHTS = (
    r"(?i)(?:all rights reserved|riproduzione riservata|tutti i diritti riservati|alle rechte vorbehalten|"
    r"tous droits r[ée]serv[ée]s|todos los derechos reservados|todos os direitos reservados|"
    r"alle rechten voorbehouden|alle rettigheder (?:forbeholdes|forbeholdt)|alla r[äa]ttigheter f[öo]rbeh[åa]llna|"
    r"med ensamr[äa]tt|alle rettigheter (?:reservert|forbeholdt)|wszelkie prawa zastrze[żz]one|"
    r"copyright\s*(?:©|\(c\)|\d{4})|©)"
)

# ---- where to play a podcast or video ("Listen on your podcast app", "Écoutez sur Spotify") --
# An imperative to listen, watch or subscribe, then a platform within a few words: a player
# page's button row. An article sentence naming a platform has a subject ("The show is on ...").
PLATFORM_PROMPT = (
    r"(?i)^\W*(?:listen|watch|stream|subscribe|download|follow|available|also available|"
    r"[ée]coutez|[ée]couter|regardez|abonnez-vous|ascolta|ascoltalo|guarda|anh[öo]ren|h[öo]ren sie|jetzt anh[öo]ren|"
    r"escucha|esc[úu]chalo|escuchar|mira|ou[çc]a|ouvir|assista|luister|kijk|lyt|lyssna|titta|lytt|s[łl]uchaj|pos[łl]uchaj|"
    r"ogl[ąa]daj)(?!\w)[^.!?]{0,30}?\b(?:on|in|at|via|sur|su|auf|in|en|no|na|op|p[åa]|w)\s+(?:your |the |our |votre |la |le |il |ihrer |tu |o |je |din |twojej )?"
    r"(?:podcast|apple|spotify|google podcasts|youtube|deezer|amazon music|audible|soundcloud|pocket casts|"
    r"overcast|castbox|app|player|iplayer|podcast-app|lieblings-app|aplicaci[óo]n|aplicativo|aplicaz)"
)

# ---- first words --------------------------------------------------------------------------
# How each anchored rule's lines begin (lower case, after leading punctuation): a prefix test
# (``str.startswith`` on a tuple) before the regex, which most short lines then skip.
SPONSOR_STARTS = (
    "promoted", "sponsor", "paid", "partner", "advert", "ad feature", "anzeige", "werbung", "gesponsert",
    "in partnership", "contenu", "publicit", "publi", "contenuto", "pubblicit", "gesponsord", "patrocinado",
    "contenido", "conteúdo", "conteudo", "annonce", "annons", "reklama", "artykuł", "artykul", "materiał",
    "material",
)  # fmt: skip
PRINT_STARTS = (
    "a ", "an ", "this ", "from ", "in ", "published", "printed", "appeared", "dieser", "erschienen",
    "veröffentlicht", "veroffentlicht", "cet ", "article", "paru", "questo", "este ", "artículo", "articulo",
    "publicado", "artigo", "een ", "dit ", "denne", "artikel", "artiklen", "denna", "saken", "artikkelen", "artykuł",
    "artykul", "tekst",
)  # fmt: skip
ALREADY_STARTS = (
    "already", "vous", "déjà", "deja", "sie ", "bereits", "schon", "sei ", "siete", "già", "gia", "ben ", "bent",
    "al ", "ya ", "já", "ja ", "er du", "allerede", "är du", "ar du", "redan", "masz", "posiadasz", "jesteś",
    "jestes",
)  # fmt: skip
PAYWALL_STARTS = (
    "to ", "continue", "keep", "subscribe", "pour", "lire", "continuer", "um ", "weiter", "per ", "continuare",
    "para", "seguir", "continuar", "lees", "verder", "læs", "laes", "las ", "läs", "forts", "les ", "czytaj",
    "przeczytaj",
)  # fmt: skip
SUBSCRIBE_STARTS = (
    "subscribe", "become", "support", "abonne", "abonnieren", "jetzt", "werden", "abbona", "abonneer", "neem",
    "word ", "suscr", "hazte", "assine", "torne", "bliv", "tegn", "abonner", "bli ", "prenumerera", "teckna",
    "zaprenumeruj", "wykup", "kup ",
)  # fmt: skip
PLATFORM_STARTS = (
    "listen", "watch", "stream", "subscribe", "download", "follow", "available", "also", "écout", "ecout",
    "regardez", "abonnez", "ascolta", "guarda", "anhör", "anhor", "hör", "hor", "jetzt", "escuch", "mira", "ouça",
    "ouca", "ouvir", "assista", "luister", "kijk", "lyt", "lyssna", "titta", "słuchaj", "sluchaj", "posłuchaj",
    "posluchaj", "oglądaj", "ogladaj",
)  # fmt: skip

# ---- a paywall's notice that the piece is for subscribers ("This article is for subscribers
# only.", "Cet article est réservé aux abonnés", seventeenth session) ------------------------
# The piece (or its content) naming itself, then who may read it: subscribers, members; or the
# notice alone ("Subscribers only", "Nur für Abonnenten"). An article sentence about a service
# for subscribers names the service, not "this article".
SUBSCRIBERS_ONLY = (
    r"(?i)^\W*(?:(?:this|the (?:full|rest of the)) (?:article|story|content|piece|report|page|post|interview)"
    r" (?:is )?(?:only )?(?:(?:available|reserved|exclusive|open) (?:only )?(?:to|for)|for) (?:our )?"
    r"(?:paying |digital |premium |plus )?(?:subscribers|members|premium|paying)(?: only)?"
    r"|(?:for |available to |exclusive to |exclusively for )?(?:subscribers|members|premium subscribers) only"
    r"|(?:subscriber|member|premium)[- ](?:only|exclusive)(?: content| article| story)?"
    # German, French, Italian, Spanish, Portuguese, Dutch
    r"|(?:dieser (?:artikel|beitrag|inhalt) ist )?(?:nur|exklusiv) für (?:abonnenten|abonnentinnen|abonnierende|"
    r"plus-leser|digital-abonnenten|abonnenten und abonnentinnen)"
    r"|(?:cet article est |ce contenu est |article )?(?:réservé|reserve|réservée) (?:aux|à nos) abonnés"
    r"|(?:questo articolo è |contenuto )?(?:riservato|riservata|dedicato) (?:agli|ai nostri) abbonati"
    r"|(?:este (?:artículo|contenido) es )?(?:exclusivo|solo) para (?:suscriptores|abonados|socios)"
    r"|(?:este (?:artigo|conteúdo) é )?(?:exclusivo|apenas|só) para (?:assinantes|subscritores)"
    r"|(?:dit (?:artikel|stuk) is )?(?:alleen|exclusief) voor (?:abonnees|leden)"
    # Danish, Swedish, Norwegian, Finnish, Polish, Czech, Slovak, Catalan, Hungarian, Romanian
    r"|(?:denne artikel er |denne artikkelen er |denna artikel är )?(?:kun|bare|endast|enbart|bara) "
    r"(?:for|för) (?:abonnenter|prenumeranter|abonnentar)"
    r"|(?:tämä (?:artikkeli|juttu) on )?(?:vain|ainoastaan) tilaajille"
    r"|(?:ten artykuł jest |artykuł )?(?:dostępny )?(?:tylko|wyłącznie) dla (?:prenumeratorów|subskrybentów)"
    r"|(?:tento článek je |článek je )?(?:pouze|jen|výhradně) pro (?:předplatitele|predplatitelov)"
    r"|(?:aquest (?:article|contingut) és )?(?:exclusiu|només) per a (?:subscriptors|abonats)"
    r"|(?:ez a cikk )?(?:csak|kizárólag) előfizetőknek"
    r"|(?:acest articol este )?(?:disponibil )?(?:doar|numai|exclusiv) pentru abona[țţ]i)"
)
# ... and the word some languages close the notice with ("... nur für Abonnenten verfügbar.")
AVAILABLE = (
    r"(?i:verfügbar|zugänglich|lesbar|disponible|disponibles|disponibile|disponível|beschikbaar|"
    r"tilgængelig|tillgänglig|tilgjengelig|dostępny|dostupný|dostupné|saatavilla|disponibil|elérhető)"
)
SUBSCRIBERS_STARTS = (
    "this", "the full", "the rest", "for ", "available", "exclusive", "subscriber", "member", "premium",
    "dieser", "nur", "exklusiv", "cet", "ce ", "article", "réservé", "reserve", "questo", "contenuto",
    "riservat", "dedicato", "este", "exclusivo", "solo", "apenas", "só", "so ", "dit", "alleen", "exclusief",
    "denne", "denna", "kun", "bare", "endast", "enbart", "bara", "tämä", "tama", "vain", "ainoastaan", "ten",
    "artykuł", "dostępny", "tylko", "wyłącznie", "tento", "článek", "pouze", "jen", "výhradně", "aquest",
    "exclusiu", "només", "ez a", "csak", "kizárólag", "acest", "disponibil", "doar", "numai", "exclusiv",
)  # fmt: skip
