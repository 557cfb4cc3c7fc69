"""News, opinion or analysis: a small additive scoring model over explainable cues.

Each cue adds points to "opinion" or "analysis" (or, for explicit news markers, takes them
away). Publisher metadata (URL path, schema.org type, section) is the strongest evidence;
bylines and title labels next; the text itself (first/second person, "should") is weak and
only tips pieces that carry no metadata. ``genre_cues`` returns the reasons.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from plainwire.analyze import cues
from plainwire.analyze.text import word_set as _words
from plainwire.lazyre import lazy_pattern
from plainwire.models import Article, Genre

THRESHOLD = 2.0  # points a genre needs to beat "news"

# Labels by language (fifteenth session): the words outlets in other languages put in a URL
# section, an article:section value, a title or teaser label ("Kommentar:", "Ledare:",
# "Kronikk:"), written down by convention, not from one outlet; measured on the conventions
# set (tests/analyze/fixtures/genre_conventions.jsonl, bench/genre_eval.py --by lang). A
# hyphen stands for a space in a section or a title. Left out on purpose: words with a
# common news sense at a headline's start ("essay", "brief", "Stimme"), and "leder" is only
# read as a label (Norwegian/Danish editorial), never in running text.
_OPINION_LABELS: dict[str, str] = {
    # English title labels (sixteenth session: the one list the synthesis strips from headlines
    # and gists too, ``label_words``); URL segments and sections keep their own English lists
    # below, with plurals and house names.
    "en": """opinion op-ed oped editorial commentary column comment viewpoint perspective our-view
        my-view guest-column guest-essay guest-opinion letters letter""",
    "de": """meinung meinungen kommentar kommentare leitartikel gastbeitrag gastbeiträge gastkommentar
        kolumne kolumnen leserbriefe leserbrief standpunkt debatte""",
    "fr": "éditorial éditoriaux tribune tribunes chronique chroniques idées débats debats point-de-vue billet édito",
    "es": "opinión tribuna columna columnas editorial editoriales cartas-al-director punto-de-vista comentario",
    "it": "opinioni opinione editoriale editoriali commento commenti",
    "pt": "opinião opiniao coluna colunas colunistas artigo-de-opinião comentário",
    "nl": "opinie column columns commentaar",
    "sv": "ledare debatt krönika krönikor kronikor åsikter asikter kolumn insändare",
    "no": "kronikk kronikker leder meninger debatt kommentar",
    "da": "leder debat klumme klummer kronik kommentar læserbreve",
    "pl": "opinie komentarz komentarze felieton felietony publicystyka",
}
_ANALYSIS_LABELS: dict[str, str] = {
    "en": "analysis news-analysis explainer explained fact-check",
    "de": "analyse hintergrund",
    "fr": "analyse décryptage decryptage",
    "es": "análisis analisis",
    "it": "analisi approfondimento",
    "pt": "análise analise",
    "nl": "analyse achtergrond",
    "sv": "analys",
    "no/da": "analyse",
    "pl": "analiza",
}
_INTL_OPINION = frozenset(w for k, ws in _OPINION_LABELS.items() if k != "en" for w in ws.split())
_INTL_ANALYSIS = frozenset(w for k, ws in _ANALYSIS_LABELS.items() if k != "en" for w in ws.split())


def label_words(kind: str) -> dict[str, tuple[str, ...]]:
    """The ``kind`` ("opinion" or "analysis") labels outlets put before a title or on a section,
    by language ("en" included; a hyphen stands for a space). The one list: the synthesis
    derives from it the labels it strips from headlines and Opinions gists (sixteenth session;
    until then ``synthesize.headline`` and ``synthesize.gist`` each kept a shorter copy)."""
    table = {"opinion": _OPINION_LABELS, "analysis": _ANALYSIS_LABELS}[kind]
    return {lang: tuple(ws.split()) for lang, ws in table.items()}


def label_alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of label ``words``, longest first; a hyphen matches a hyphen, a
    space or nothing ("op-ed": "Op-Ed", "Op Ed", "OpEd")."""
    return "|".join(
        re.escape(w).replace(r"\-", "-").replace("-", r"[-\s]?")
        for w in sorted(words, key=lambda w: (-len(w), w))
    )


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words`` (hyphens as spaces), longest first."""
    return "|".join(
        re.escape(w).replace(r"\-", " ").replace("-", " ") for w in sorted(words, key=lambda w: (-len(w), w))
    )


# URL path segments (whole segment, or a segment's leading word such as "opinion-why-...").
# Many outlets and languages: NYT/WaPo/CNN/Fox/Hill /opinion(s)/, Guardian /commentisfree/,
# Independent /voices/, Atlantic /ideas/, Reuters /breakingviews/ and "analysis-" slugs,
# Daily Mail /debate/, Le Monde /idees/, Spiegel /meinung/, El País /opinion/ ...
_OPINION_SEGMENTS = (
    _words("""opinion opinions opinión opinion-pieces editorial editorials editorial-board op-ed op-eds oped
    opeds commentary commentaries comment commentisfree column columns columnist columnists
    columnistas colunistas blog blogs voices views viewpoint viewpoints perspective perspectives
    ideas letters letters-to-the-editor letter-to-the-editor guest-column guest-columns
    guest-essay contributors debate breakingviews tribune tribunes tribuna idees chronique
    chroniques edito editos meinung kommentar kommentare standpunkt gastbeitrag opinioni
    commenti editoriale editoriali opinie columna our-view your-view the-big-idea corner think
    vox debatte idees-et-debats opiniao colunas view guest-opinion guest-commentary
    guest-opinions opinionista opinionistas thought-leader thoughtleader editoriales editoriaux
    columnas""")
    | _INTL_OPINION
)
_ANALYSIS_SEGMENTS = _INTL_ANALYSIS | _words("""analysis analyses news-analysis analisis análisis analyse analysen analisi explainer
    explainers explained hintergrund decryptage décryptage fact-check in-depth deep-dive
    long-read long-reads the-big-read big-read the-economist-explains quicktake""")
# Slug prefixes: Reuters "analysis-...", "column-...", "breakingviews-...", "opinion-...".
# Not when the label word is the headline's first word in a news sense (seventh session, on
# the genre evaluation set): "opinion-poll-shows-...", "column-of-tanks-...", "analysis-of-
# trial-data-...", "editorial-board-of-...-quits", "comment-period-...-extended".
_SLUG_PREFIX = re.compile(
    r"(?:^|/)(opinion|op-ed|oped|editorial|column|commentary|breakingviews|analysis|explainer|"
    r"news-analysis|comment)-(?!(?:of|polls?|polling|survey|board|boards|staff|period|periods|"
    r"shows|finds|found|reveals|suggests|confirms)-)[a-z0-9]",
)
_NEWS_SEGMENTS = _words("news world politics us uk business local national breaking live")
# The slug's LAST word (before an id or extension): "budget-vote-opinion-2091234",
# "buslinie-kommentar-a-123", "budget-vote-explained". Only the last word: "board-rejects-
# opinion-poll-request" is news, and "police-await-dna-analysis" shows why "analysis" gets
# fewer points than the opinion words (it only just reaches the threshold on its own).
_SLUG_LAST_OPINION = _words("opinion opinions oped editorial commentary column kommentar meinung leitartikel")
_SLUG_LAST_ANALYSIS = _words("analysis explained explainer quicktake")
# "...-dna-analysis": the analysis of a sample is news (police await a lab result).
_ANALYSED_THINGS = _words("""dna lab laboratory blood sample samples forensic forensics soil water
    chemical genetic ballistic ballistics toxicology autopsy""")
# When the last segment is not the slug: CNN's ".../slug/index.html", ABC's ".../slug/105012346".
_NOT_SLUG = re.compile(r"^(?:index\.s?html?|index\.amp\.html|amp|\d+)$")
# "/view/AEN20260304001234315" (an article viewer with an opaque id) is not a "View" section.
_OPAQUE_ID = re.compile(r"^[a-z]*\d[a-z0-9]*(?:\.[a-z]+)?$")
_SLUG_SPLIT = re.compile(r"[-_.]+")
_SLUG_EXT = re.compile(r"\.(?:s?html?|php|aspx?)$")

# Outlets whose genre sits in a section name the generic rules cannot know (checked
# 2026-11). Host suffix -> (path prefix, genre), first match wins. Keep it short: only
# outlets whose sections are unambiguous; everything else goes through the generic rules.
_OUTLET_SECTIONS: dict[str, tuple[tuple[str, Genre], ...]] = {
    "economist.com": (("/leaders/", "opinion"), ("/by-invitation/", "opinion")),
    "realclearpolitics.com": (("/articles/", "opinion"),),
    "washingtonexaminer.com": (("/restoring-america/", "opinion"),),
    "theconversation.com": (("/", "analysis"),),  # academics' explanatory pieces, all of it
    "nationalreview.com": (("/news/", "news"), ("/", "opinion")),  # an opinion magazine with a news desk
    "thefederalist.com": (("/", "opinion"),),
    "spectator.co.uk": (("/", "opinion"),),  # a weekly of comment; its site is all /article/ slugs
}

_OPINION_SCHEMA = (
    "opinionnewsarticle",
    "opinion",
    "reviewnewsarticle",
    "review",
    "blogposting",
    "satiricalarticle",
)
_ANALYSIS_SCHEMA = ("analysisnewsarticle", "backgroundnewsarticle", "analysis")
_NEWS_SCHEMA = ("reportagenewsarticle",)

# The label tables make the section and title patterns long alternations: compiled on first use
# (plainwire.lazyre), not at import, which cost every ``import plainwire.analyze`` (a CLI start)
# about 38 M instructions (callgrind, fifteenth session).
_OPINION_SECTION = lazy_pattern(
    r"\b(opinions?|op-?eds?|editorials?|commentar(?:y|ies)|comment(?: is free)?|columns?|columnists?|"
    r"letters|voices|ideas|perspectives?|viewpoints?|debate|blogs?|meinung|kommentar|opini[oó]n|"
    r"tribunes?|id[ée]es|breakingviews|view|opinie|opinioni|opini[aã]o|editoriales|editoriali|"
    r"columnas|columnistas|colunas|opinionista|thought leader|leading article|leaders|"
    + _alternation(_INTL_OPINION)
    + r")\b",
    re.IGNORECASE,
)
_ANALYSIS_SECTION = lazy_pattern(
    r"\b(analysis|news analysis|analyse|an[aá]lisis|explainers?|explains|explained|in depth|"
    r"(?:the )?big read|(?:the )?long read|quicktake|" + _alternation(_INTL_ANALYSIS) + r")\b",
    re.I,
)
# "No Comment" (Euronews) is footage without commentary: not a comment section.
_NOT_OPINION_SECTION = re.compile(r"^\s*no comment\s*$", re.I)

_OPINION_BYLINE = re.compile(
    r"\b(columnist|editorial board|the editors|editorial staff|our view|opinion by|contributor|"
    r"opinion (?:contributor|writer|"
    r"editor|columnist)|contributing (?:writer|columnist|opinion writer)|guest (?:writer|columnist|"
    r"author|contributor)|op-?ed|commentator|letters? to the editor|readers? letters?|"
    r"is a (?:senior )?(?:fellow|professor)|editorialist|"
    # other languages (fifteenth session): de, fr, es/pt/it, sv/no/da, pl
    r"kolumnist(?:in)?|gastautor(?:in)?|chroniqueu(?:r|se)|[ée]ditorialiste|columnista|colunista|"
    r"editorialista|opinionista|commentat(?:ore|rice)|kommentator|kr[öo]nik[öo]r|klummeskribent|"
    r"felietonista|publicysta)\b",
    re.IGNORECASE,
)
_ANALYSIS_BYLINE = re.compile(r"\b(analysis by|analyst|news analysis)\b", re.IGNORECASE)

_OPINION_TITLE = lazy_pattern(
    r"^\s*(?:"
    + label_alternation(frozenset(label_words("opinion")["en"]))
    + r"|letters?(?: to the editor)?|letter of the day|"
    r"view|breakingviews|my turn|the sun says|voice of the [a-z]+|the [a-z]+(?: [a-z]+){0,2} view)\s*[:|\-–—]|"
    # other languages' labels, some after an article ("Il commento:", "La tribune :"); a
    # hyphen only with a space before it: "Analyse-Software findet Fehler" is news
    r"^\s*(?:(?:il|la|le|l'|el|der|die|das|o|a|het|de)\s*)?(?:" + _alternation(_INTL_OPINION) + r")"
    r"\s*(?::|\||\s[\-–—])|"
    r"[|\-–—]\s*(?:opinion|editorial|commentary|op-ed|letters?)\s*$|"
    r"^\s*\[(?:editorial|column|opinion|viewpoint|contribution|guest column)\]|"
    r"^\s*the [a-z]+(?: [a-z]+){0,2} view on\b",
    re.IGNORECASE,
)
_ANALYSIS_TITLE = lazy_pattern(
    r"^\s*(?:" + label_alternation(frozenset(label_words("analysis")["en"])) + r"|q&a)\s*[:|\-–—]|"
    r"^\s*(?:(?:il|la|le|l'|el|der|die|das|o|a|het|de)\s*)?(?:" + _alternation(_INTL_ANALYSIS) + r")"
    r"\s*(?::|\||\s[\-–—])|"
    r"[|\-–—:]\s*(?:analysis|quicktake|explainer|the long read|the big read)\s*$",
    re.IGNORECASE,
)
# Explanatory headline forms (seventh session): "Why the Red Sea crisis has not ended", "What
# the rate decision means for your mortgage", "How the crop insurance scheme will work". Just
# enough for analysis on their own (2 points), so any explicit news marker or an opinion cue
# outweighs them. "Why I ..." / "Why we ..." is a personal essay, not an explainer.
_EXPLAIN_TITLE = re.compile(
    r"^\s*(?:why (?!i\b|i'|we\b|you\b|my\b|our\b|your\b)|what\b.{3,80}\bmeans? for\b|how\b.{3,80}\bworks?\s*$)",
    re.IGNORECASE,
)
# A headline in the writer's own first person ("I gave up my car for a year", "Why I am leaving
# Johannesburg"); not when it quotes someone ("Mayor: I will not run", "'I was scared,' says ...").
_FIRST_PERSON_TITLE = re.compile(
    r"^\s*(?:why |how )?(?:i|i'm|i've|i’m|i’ve|my)\b(?![^:\"“”‘’']*[:\"“”‘’'])", re.I
)
_SAYS = re.compile(r"\b(?:says?|said|tells?|told)\b", re.IGNORECASE)

# Phrases typical of argued pieces and their teasers ("we must", "it's time to").
_OPINION_PHRASES = re.compile(
    r"\b(i think|i believe|in my view|in my opinion|i would argue|we must|we need to|we should|"
    r"it'?s time (?:to|for)|let'?s be clear|make no mistake|the truth is|here'?s why|"
    r"(?:he|she|they) (?:argues?|writes?) that|argues that|writes that)\b",
    re.IGNORECASE,
)

# The disclaimer many outlets print under or over a commentary ("The views expressed in this
# commentary are his own."). News pieces do not carry it.
_OPINION_DISCLAIMER = re.compile(
    r"\b(?:views|opinions) expressed (?:here |in this (?:commentary|column|article|piece|essay|op-ed) )?"
    r"are (?:solely )?(?:(?:his|her|their|the author'?s?|the writer'?s?) own|those of the (?:author|writer)s?)\b",
    re.IGNORECASE,
)
# A standfirst that ends by naming its writer: "The plan will fail, writes Jane Doe." (the
# form of many opinion sections' teasers; news standfirsts end with "said" and a source).
_WRITER_STANDFIRST = re.compile(
    r"[,—–]\s*(?:writes|argues)\s+(?:(?:[A-Z][\w'’.-]*|de|van|der|von|da|di|du|del|la|le|al|bin)\s+){0,4}"
    r"[A-Z][\w'’-]+\s*\.?\s*$"
)

# Words every match of _OPINION_PHRASES (and of _OPINION_DISCLAIMER) contains, lower-cased.
# Both regexes scan a few thousand characters with a dozen case-insensitive alternatives at
# every word start (about 40 % of an article's genre time); a text holding none of these
# words cannot match, and ``str.lower`` plus a substring search is ~50x cheaper (twelfth session).
_PHRASE_KEYS = (
    "i think",
    "i believe",
    "in my ",
    "i would argue",
    "we must",
    "we need to",
    "we should",
    "s time ",
    "be clear",
    "make no mistake",
    "the truth is",
    "s why",
    "argue that",
    "argues that",
    "write that",
    "writes that",
)
_DISCLAIMER_KEYS = (" expressed ",)
# Characters the regexes' IGNORECASE reads as i or s but ``str.lower`` does not turn into
# them (dotted and dotless I, long s): a text with one is always left to the regex.
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def _may_contain(text: str, keys: tuple[str, ...]) -> bool:
    """False only when no match of the regex ``keys`` describes can be in ``text``."""
    if any(ch in text for ch in _CASE_ODD):
        return True
    low = text.lower()
    return any(k in low for k in keys)


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_WE = _words("we our us")
_FIRST_SINGULAR = _words("i me my mine myself i'm i've i'd i'll i’m i’ve i’d i’ll")


@dataclass(frozen=True, slots=True)
class GenreCue:
    genre: Genre
    points: float
    reason: str


def _url_cues(url: str) -> list[GenreCue]:
    if not url:
        return []
    try:
        path = unquote(urlsplit(url).path).lower()
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return []
    out: list[GenreCue] = []
    segs = [s for s in path.split("/") if s]
    # The last segment is usually the slug; a directory named "opinion" counts fully, a slug
    # starting "opinion-" too, but a slug merely containing the word does not.
    dirs = segs[:-1] if len(segs) > 1 else segs
    if len(segs) > 1 and segs[-2] == "view" and _OPAQUE_ID.match(segs[-1]):
        dirs = dirs[:-1]
    # The deepest labelled directory wins: News24's /opinions/analysis/ is analysis.
    labelled = [s for s in dirs if s in _OPINION_SEGMENTS or s in _ANALYSIS_SEGMENTS]
    if labelled:
        sec = labelled[-1]
        out.append(
            GenreCue("opinion" if sec in _OPINION_SEGMENTS else "analysis", 3.0, f"URL section /{sec}/")
        )
    m = _SLUG_PREFIX.search(path)
    if m:
        kind = m.group(1)
        genre: Genre = "analysis" if kind in ("analysis", "explainer", "news-analysis") else "opinion"
        out.append(GenreCue(genre, 2.5, f"URL slug starts '{kind}-'"))
    slug_segs = list(segs)
    while len(slug_segs) > 1 and _NOT_SLUG.match(slug_segs[-1]):
        slug_segs.pop()
    if not m and slug_segs:
        words = _SLUG_SPLIT.split(_SLUG_EXT.sub("", slug_segs[-1]))
        while words and (len(words[-1]) < 2 or any(ch.isdigit() for ch in words[-1])):
            words.pop()  # ids: "2091234", "b2834567", Spiegel's "-a-123"
        if words and words[-1] in _SLUG_LAST_OPINION:
            out.append(GenreCue("opinion", 2.5, f"URL slug ends '{words[-1]}'"))
        elif (
            words
            and words[-1] in _SLUG_LAST_ANALYSIS
            and not (len(words) > 1 and words[-2] in _ANALYSED_THINGS)
        ):
            out.append(GenreCue("analysis", 2.0, f"URL slug ends '{words[-1]}'"))
    outlet = _outlet_genre(host, path)
    if outlet is not None:
        out.append(GenreCue(outlet[1], 3.0, f"{outlet[0]} section of this outlet"))
    if host.startswith(("opinion.", "blogs.", "blog.", "comment.")):
        out.append(GenreCue("opinion", 3.0, f"host {host}"))
    if dirs and dirs[0] in _NEWS_SEGMENTS and not out:
        out.append(GenreCue("news", 0.5, f"URL section /{dirs[0]}/"))
    return out


def _outlet_genre(host: str, path: str) -> tuple[str, Genre] | None:
    """(what matched, genre) from the per-outlet section table, if the host is in it."""
    for suffix, rules in _OUTLET_SECTIONS.items():
        if host == suffix or host.endswith("." + suffix):
            for prefix, genre in rules:
                if path.startswith(prefix):
                    return (prefix if prefix != "/" else suffix), genre
    return None


def _schema_cues(schema_type: str | None) -> list[GenreCue]:
    if not schema_type:
        return []
    types = [
        t.strip().rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in re.split(r"[,\s]+", schema_type) if t
    ]
    if any(t in _OPINION_SCHEMA for t in types):
        return [GenreCue("opinion", 4.0, f"schema.org {schema_type}")]
    if any(t in _ANALYSIS_SCHEMA for t in types):
        return [GenreCue("analysis", 4.0, f"schema.org {schema_type}")]
    if any(t in _NEWS_SCHEMA for t in types):
        return [GenreCue("news", 2.0, f"schema.org {schema_type}")]
    return []


def _meta_cues(article: Article) -> list[GenreCue]:
    out: list[GenreCue] = []
    if article.section:
        if _OPINION_SECTION().search(article.section) and not _NOT_OPINION_SECTION.match(article.section):
            out.append(GenreCue("opinion", 3.0, f"section '{article.section}'"))
        elif _ANALYSIS_SECTION().search(article.section):
            out.append(GenreCue("analysis", 3.0, f"section '{article.section}'"))
    og = (article.og_type or "").lower()
    if "opinion" in og or "blog" in og:
        out.append(GenreCue("opinion", 3.0, f"og:type {article.og_type}"))
    for author in article.authors:
        if _OPINION_BYLINE.search(author):
            out.append(GenreCue("opinion", 2.5, f"byline '{author}'"))
            break
        if _ANALYSIS_BYLINE.search(author):
            out.append(GenreCue("analysis", 2.5, f"byline '{author}'"))
            break
    title = article.title or ""
    if _OPINION_TITLE().search(title):
        out.append(GenreCue("opinion", 3.0, "title label"))
    elif _ANALYSIS_TITLE().search(title):
        out.append(GenreCue("analysis", 3.0, "title label"))
    elif _EXPLAIN_TITLE.search(title):
        out.append(
            GenreCue("analysis", 2.0, "explanatory headline ('why', 'what ... means for', 'how ... works')")
        )
    elif _FIRST_PERSON_TITLE.search(title) and not _SAYS.search(title):
        out.append(GenreCue("opinion", 1.5, "headline in the first person"))
    return out


def _teaser_cues(article: Article) -> list[GenreCue]:
    """Labels and standfirsts in the teaser (or the text's first paragraph, when the text *is*
    a teaser, as in a feed item), and the commentary disclaimer anywhere near the text's ends."""
    text = article.text or ""
    heads = [h for h in ((article.description or "").strip(), text.lstrip().split("\n", 1)[0][:400]) if h]
    out: list[GenreCue] = []
    for head in heads:
        if _OPINION_TITLE().search(head):
            out.append(GenreCue("opinion", 3.0, "teaser label"))
            break
        if _ANALYSIS_TITLE().search(head):
            out.append(GenreCue("analysis", 3.0, "teaser label"))
            break
        m = _WRITER_STANDFIRST.search(head)
        if m:
            writer = m.group().strip(" ,—–.")
            out.append(GenreCue("opinion", 2.5, f"standfirst names its writer ('{writer}')"))
            break
    ends = (article.description or "") + "\n" + text[:1500] + "\n" + text[-1500:]
    m = _OPINION_DISCLAIMER.search(ends) if _may_contain(ends, _DISCLAIMER_KEYS) else None
    if m:
        out.append(GenreCue("opinion", 3.0, f"disclaimer '{m.group()}'"))
    return out


def _text_cues(article: Article) -> list[GenreCue]:
    """First/second person and "should" in the writer's own voice (quotations excluded)."""
    sample = _QUOTED.sub(" ", (article.description or "") + "\n" + (article.text or "")[:3000])
    raw_words = _WORD_RE.findall(sample)
    n = len(raw_words)
    if n == 0:
        return []
    # Counted per distinct word (the four lists do not overlap; "US" is the country)
    counts = Counter(map(str.lower, raw_words))
    first = sum(counts[w] for w in _FIRST_SINGULAR if w in counts)
    we = sum(counts[w] for w in _WE if w in counts) - raw_words.count("US")
    second = sum(counts[w] for w in cues.SECOND_PERSON if w in counts)
    should = sum(counts[w] for w in cues.MODALS_SHOULD if w in counts)
    phrases = len(_OPINION_PHRASES.findall(sample)) if _may_contain(sample, _PHRASE_KEYS) else 0
    scale = 100.0 / max(n, 50)  # short teasers are judged as if 50 words long
    pts = 0.6 * first * scale + 0.3 * we * scale + 0.4 * second * scale + 0.5 * should * scale + 1.0 * phrases
    out = []
    if pts > 0:
        out.append(
            GenreCue(
                "opinion",
                min(pts, 2.5),
                f"writer's voice: {first} first-person, {we} we/our, {second} second-person, "
                f"{should} should/must, {phrases} argument phrases",
            )
        )
    return out


def genre_cues(article: Article, *, english: bool = True) -> list[GenreCue]:
    """Every cue that fired for ``article``, strongest first. ``english=False`` (a text in
    another language) leaves out the writer's-voice cue: its word lists are English, and
    Italian "I" (the plural article) or Dutch "we" would count as a columnist's voice."""
    found = (
        _url_cues(article.url)
        + _schema_cues(article.schema_type)
        + _meta_cues(article)
        + _teaser_cues(article)
        + (_text_cues(article) if english else [])
    )
    return sorted(found, key=lambda c: -c.points)


def genre_of(article: Article, *, english: bool = True) -> Genre:
    """``"opinion"``, ``"analysis"`` or ``"news"`` from the article's URL, metadata and text
    (the text's cues only when it is English: ``genre_cues``)."""
    points: dict[str, float] = {"news": 0.0, "opinion": 0.0, "analysis": 0.0}
    for c in genre_cues(article, english=english):
        points[c.genre] += c.points
    best: Genre = "opinion" if points["opinion"] >= points["analysis"] else "analysis"
    if points[best] - points["news"] >= THRESHOLD:
        return best
    return "news"
