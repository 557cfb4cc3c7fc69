"""Page furniture trafilatura leaves in a body, found by the golden pages
(tests/extract/golden/, docs/benchmarks.md "Golden pages (fifth session)"): the lines of
sign-up and subscription boxes, a kicker/label or byline line above the first paragraph,
wire credits, "Read more:" pointers (between paragraphs too) and bare link labels ("Read
more", "Share") at the end; on short pages (twelfth session) a byline-and-time line and a
newsletter sign-up box with no form; on the held-out pages (thirteenth session) related-story
blocks under a heading, share bars anywhere, a newsletter pitch with no sign-up word and a
kicker above a byline; later the same session, "read next" lines with their headline in
seven languages (alone, or glued to a paragraph and cut at the page's link text), social
follow prompts and newsletter sign-ups in six more languages; and what it leaves out of a
photo gallery (its captions), plus the mark a gallery is stored with (``GALLERY_TYPE``); the
sixteenth session added the furniture of plain paragraphs (``plain_furniture``: sponsored
boxes, print-edition, editors'-initials, subscription, tip and rights lines, boxes of facts), a
dateline or byline-and-time line anywhere in the body, an author's name alone at its end, and
Danish, Swedish, Norwegian and Polish cues; the seventeenth session update lines of any
language read by their shape (``date_lines``), a wire's sign-off anywhere (``credit_lines``),
a site's tagline and notices (``plain_furniture``, ``site_notices``) and the cues of eighteen
more languages. Text in, text out: the page-side readings are in ``pageparts``; the cue words (seven languages) in
``furniture_cues``, compiled into patterns on first use (``_lazy``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from plainwire.extract.date_lines import date_line
from plainwire.extract.furniture_cues import (
    BYLINE_ROLE_WORDS,
    BYLINE_START,
    CREDIT,
    FOLLOW,
    FOLLOW_STARTS,
    GALLERY_WORDS,
    LINK_LABELS,
    POINTER_LINE,
    POINTER_STARTS,
    RELATED_LABELS,
    REPORTED,
    SHARE_WORDS,
    SIGNUP_BUTTON,
    SIGNUP_CALL,
    SIGNUP_HINTS,
    SIGNUP_WORDS,
    WHEN,
    WHEN_WORDS,
)
from plainwire.extract.plain_furniture import drop_plain_furniture, site_keys
from plainwire.lazyre import lazy_pattern
from plainwire.models import GALLERY_TYPES

# Importing this module compiles nothing (fourteenth session): compiled at import, its patterns
# (most of them the cue tables of ``furniture_cues``, seven languages) cost every process that
# imported ``plainwire.extract`` about 100 M instructions, extracting or not (docs/benchmarks.md,
# "Hot-path repeats and furniture tables (fourteenth session)").
_lazy = lazy_pattern


def drop_furniture(
    text: str,
    title: str,
    names: tuple[str, ...],
    promo: frozenset[str],
    markup: frozenset[str] = frozenset(),
    sites: tuple[str, ...] = (),
) -> str:
    """``text`` without promo-box lines, the lines of furniture found by its markup
    (``markup_furniture.furniture_texts``), pointers to other stories, leading furniture and
    trailing credit lines. ``sites``: the outlet's names (its tagline is furniture)."""
    body = _drop_markup_lines(_drop_promo_lines(text, promo), markup)
    body = _drop_pointer_lines(_drop_signup_lines(body))
    body = _drop_date_lines(drop_plain_furniture(_drop_link_blocks(body), site_keys(sites)), names)
    return _strip_tail_lines(_strip_lead_lines(body, title, names), names)


# A newsletter sign-up box set inside or after the story ("Get the Harbour Bulletin" / "The
# day's news in your inbox at 7am" / "Sign up"), found by its words when the page gives it no
# form ``pageparts`` would find (a bare link or button; the audit's tabloid pages on short
# articles, docs/benchmarks.md "Furniture on short pages (twelfth session)"). A box is a run of
# short lines that use a sign-up box's words, one of which calls the reader to sign up to /
# get a newsletter. An article sentence that mentions a newsletter ("Residents can sign up for
# the council's flood newsletter, a spokesman said.") does not start with the call, or reports
# speech, and stays.
SIGNUP_CHARS = 220
SIGNUP_HEADING_WORDS = 8  # a short heading line just above the call ("The Echo Morning") is the box's
_SIGNUP_CALL = _lazy(SIGNUP_CALL)
_SIGNUP_WORDS = _lazy(SIGNUP_WORDS)
_SIGNUP_BUTTON = _lazy(SIGNUP_BUTTON)
# A newsletter's pitch, the box's own words even when the page left no sign-up word in it
# (its button was a link trafilatura dropped): "Our best stories, delivered every morning.",
# "The day's biggest stories, straight to your inbox." What is sent, then how it comes: an
# article sentence with those words has a verb in between ("The news was delivered by ...").
PITCH_CHARS = 120
_PITCH = _lazy(
    r"(?i)^(?:our|the|today's|the day's|this week's|all the|the latest|the best|top|your|get)\b[^.!?]{0,50}?"
    r"\b(?:stories|news|headlines|reads|journalism|picks|analysis|updates|briefing|bulletin|newsletter)\b,?\s+"
    r"(?:delivered|sent|straight|direct(?:ly)?|right|in|to|every)\b[^.!?]{0,40}?"
    r"\b(?:inbox|morning|evening|day|daily|week|weekly|weekday|weekdays|weekend|friday|sunday|phone)\b[.!]?$"
)
# Every pitch holds one of these (lower case), tested before the regex.
_PITCH_HINTS = ("inbox", "deliver", "straight to", "every ", "daily", "weekly", "sent ")


def _pitch_line(line: str, low: str) -> bool:
    """``line`` (``low``: lower-cased) is a newsletter's pitch."""
    return len(line) <= PITCH_CHARS and any(h in low for h in _PITCH_HINTS) and bool(_PITCH().match(line))


_REPORTED = _lazy(REPORTED)


def _signup_line(line: str, low: str) -> bool:
    return (
        any(word in low for word in SIGNUP_HINTS)
        and not _REPORTED().search(line)
        and bool(_SIGNUP_WORDS().search(line) or _SIGNUP_BUTTON().match(line))
    )


def _box_lines(lines: list[str]) -> tuple[list[bool], list[bool]]:
    """Per line: whether it may be a sign-up box's line, and whether it is a pitch."""
    box, pitch = [], []
    for line in lines:
        if len(line) > SIGNUP_CHARS:  # most paragraphs: one length test
            box.append(False)
            pitch.append(False)
            continue
        low = line.lower()
        is_pitch = _pitch_line(line, low)
        box.append(is_pitch or _signup_line(line, low))
        pitch.append(is_pitch)
    return box, pitch


def _drop_signup_lines(text: str) -> str:
    lines = [line.strip() for line in text.split("\n")]
    box, pitch = _box_lines(lines)
    if not any(box):
        return text
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if not box[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and box[j]:
            j += 1
        if any(pitch[i:j]) or any(_SIGNUP_CALL().match(x) and _SIGNUP_WORDS().search(x) for x in lines[i:j]):
            drop.update(range(i, j))
            head = lines[i - 1] if i > 1 else ""  # never the body's first line
            if head and len(head.split()) <= SIGNUP_HEADING_WORDS and not _LABEL_END().search(head):
                drop.add(i - 1)
        i = j
    if not drop or len(drop) == len(lines):
        return text
    return "\n".join(x for k, x in enumerate(text.split("\n")) if k not in drop).strip()


# A pointer to another story set between paragraphs ("READ MORE: Soap star's secret wedding
# revealed", "Related: ...", "Lees ook: Brug bij Marsdijk weer open"), as tabloids and
# European regionals interleave them: a cue, then a headline on the same line (short, one
# sentence, no full stop inside). Left in, it is read as part of the story (the audit
# newsrooms' pieces carried them into the store).
POINTER_CHARS = 160
_POINTER_LINE = _lazy(POINTER_LINE)
_INNER_STOP = _lazy(r"[.!?]\s+\S")


def _pointer_start(line: str) -> bool:
    return line[:4].lower().startswith(POINTER_STARTS)


_POINTER_END = _lazy(r"[.!?;,]$")


def _pointer_line(line: str) -> bool:
    """``line`` is a cue and one linked headline: short, starts with a cue, and what follows
    it reads as a headline (no second sentence; without a colon, no sentence end at all, and
    a capital first: "Read next year's report" is prose)."""
    if len(line) > POINTER_CHARS or not _pointer_start(line) or _INNER_STOP().search(line):
        return False
    m = _POINTER_LINE().match(line)
    if m is None or _label_key(line) in RELATED_LABELS:  # a related block's heading: its links go with it
        return False
    # a cue with a colon takes a headline that ends in a full stop too (the twelfth session's rule)
    return ":" in m.group(0) or not _POINTER_END().search(line.rstrip())


# A pointer glued to the start of the paragraph after it: a page that sets "Lees ook: <a>Brug
# bij Marsdijk weer open</a>" inline in the paragraph's own <p> (or a link holding the cue)
# comes out of trafilatura as one line, "Lees ook: Brug bij Marsdijk weer open Six shops were
# flooded ...". From the text alone the headline's end is unknown; the page's link texts
# tell it, so a page with a line opening with a cue has its links read
# (``glued_pointer_lines``, then ``cut_glued_pointers``). Only the cue and a headline that is
# a whole link's text are cut; the paragraph stays.
GLUED_POINTER_REST = 40  # the paragraph left after the pointer: at least this long


def glued_pointer_lines(text: str) -> bool:
    """Whether a line of ``text`` starts with a pointer cue (the page's link texts are then
    needed, for ``cut_glued_pointers``; a pointer glued to a short paragraph may be shorter
    than ``POINTER_CHARS``, and would otherwise be dropped with it)."""
    return any(_pointer_start(line) and _POINTER_LINE().match(line) for line in text.split("\n"))


def cut_glued_pointers(text: str, links: list[str]) -> str:
    """``text`` with a pointer (cue and linked headline) cut from the start of the lines it
    is glued to: the cue, then the text of one of the page's ``links`` (or a link holding
    the cue), then the paragraph."""
    out = []
    for line in text.split("\n"):
        m = _POINTER_LINE().match(line) if _pointer_start(line) else None
        if m is not None:
            rest = line[m.end() :]
            for link in sorted(links, key=len, reverse=True):
                if rest.startswith(link):
                    cut = m.end() + len(link)
                elif line.lstrip().startswith(link) and _pointer_line(link):
                    cut = len(line) - len(line.lstrip()) + len(link)
                else:
                    continue
                tail = line[cut:]
                if tail[:1].isspace() and len(tail.strip()) >= GLUED_POINTER_REST:
                    line = tail.strip()
                    break
        out.append(line)
    return "\n".join(out)


# A prompt to follow the outlet on social media, set as a paragraph ("Follow the Marsh
# Clarion on X and Facebook for the latest updates", "Suivez-nous sur Instagram", "Folgen
# Sie uns auf Instagram"): an imperative opening the line, then a network within a few words.
# "Follow-up tests showed ..." and "Police asked drivers to follow diversions" do not open
# with the imperative and a network; reported speech is the article's.
FOLLOW_CHARS = 200
_FOLLOW = _lazy(FOLLOW)
# what may stand before a follow prompt's first word (``furniture_cues.FOLLOW_STARTS``)
_BULLETS = " \t•*-–—→»›▶►"


def _follow_line(line: str) -> bool:
    if len(line) > FOLLOW_CHARS or not line.lstrip(_BULLETS)[:3].lower().startswith(FOLLOW_STARTS):
        return False  # most paragraphs: a length or a prefix test
    return not _INNER_STOP().search(line) and bool(_FOLLOW().match(line)) and not _REPORTED().search(line)


def _drop_pointer_lines(text: str) -> str:
    lines = text.split("\n")
    kept = [line for line in lines if not (_pointer_line(line.strip()) or _follow_line(line.strip()))]
    return "\n".join(kept).strip() if kept and len(kept) < len(lines) else text


# A block of links to other stories under a heading of its own ("MORE ON THIS STORY",
# "Related stories", "You may also like"), set between paragraphs or after the story: the
# heading alone on its line, then the linked headlines one a line. Dropped: the heading, and
# the lines after it while they read as headlines (short, one clause, no full stop at the
# end: a paragraph ends one). The heading is recognised by its words only when it is the
# whole line, so a sentence that uses them ("Related stories ran in the Echo last year.")
# stays, and so does the paragraph after a heading.
RELATED_HEADLINES = 8
RELATED_HEADLINE_CHARS = 120
RELATED_LABEL_CHARS = 40  # the longest heading above, with room for a colon or an arrow
_LABEL_KEY_TRIM = " \t:>»›→▶►…|-–—"
_SENTENCE_END = _lazy(r"[.!;:,\"”»]$")


def _label_key(line: str) -> str:
    return " ".join(line.strip(_LABEL_KEY_TRIM).split()).replace("’", "'").casefold()


def _headline_like(line: str) -> bool:
    return (
        0 < len(line) <= RELATED_HEADLINE_CHARS
        and not _SENTENCE_END().search(line)
        and not _INNER_STOP().search(line)
    )


def _related_block(lines: list[str], i: int) -> int:
    """The end (exclusive) of the related-links block whose heading is ``lines[i]``."""
    j = i + 1
    while j < len(lines) and j - i <= RELATED_HEADLINES and _headline_like(lines[j].strip()):
        j += 1
    return j


def _drop_link_blocks(text: str) -> str:
    """Drop related-story blocks and share bars (below): one pass over the lines, as both
    only look at short lines (most paragraphs cost one length test)."""
    lines = text.split("\n")
    drop: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line) > LABEL_LINE_CHARS:
            i += 1
            continue
        line = line.strip()
        if len(line) <= RELATED_LABEL_CHARS and _label_key(line) in RELATED_LABELS:
            end = _related_block(lines, i)
            drop.extend(range(i, end))
            i = end
            continue
        labels = _link_labels(line)
        if labels and (len(labels) > 1 or (" " in labels[0] and labels[0].startswith(SHARE_WORDS))):
            drop.append(i)
        i += 1
    if not drop or len(drop) == len(lines):
        return text
    dropped = set(drop)
    return "\n".join(x for k, x in enumerate(lines) if k not in dropped).strip()


_BULLET = _lazy(r"^\s*(?:[-*•]\s+)?")


def _drop_promo_lines(text: str, promo: frozenset[str]) -> str:
    """Remove the lines that are the text of a sign-up or subscription box found in the page
    (``PageMeta.promo_texts``). Removed from trafilatura's output rather than pruned from the
    page before it: pruning changes which block trafilatura picks as the main text (it cost
    a real page its first paragraph), this only takes out the box's own lines."""
    if not promo:
        return text
    kept = [line for line in text.split("\n") if " ".join(_BULLET().sub("", line).split()) not in promo]
    return "\n".join(kept).strip()


def _drop_markup_lines(text: str, markup: frozenset[str]) -> str:
    """Remove the lines that are exactly the text of a furniture block of the page
    (``markup_furniture``); all of them, never: a body made only of such lines means the page
    was read wrong, and the other rules get it whole."""
    if not markup:
        return text
    lines = text.split("\n")
    kept = [line for line in lines if " ".join(_BULLET().sub("", line).split()) not in markup]
    return "\n".join(kept).strip() if kept and len(kept) < len(lines) else text


LEAD_LINES = 4  # page furniture above the first paragraph: kicker, headline, byline, "Last updated"
LABEL_WORDS = 3  # a kicker/label line ("Analysis", "Schiffsverkehr", "Last updated") at most this long
LABEL_CHARS = 30  # ... in words and characters (Chinese and Japanese paragraphs have no spaces)
PARAGRAPH_CHARS = 60  # ... and only when a real paragraph follows it
BYLINE_CHARS = 150
_BYLINE_START = _lazy(BYLINE_START)
_LABEL_END = _lazy(r"[.!?:;,\"'”“»«—–-]$")


# A byline-and-time line: who wrote the piece and when, and nothing else ("Ines Talbot — 05
# November 2026, 09:30", "By Ines Talbot | 5 Nov 2026 09:30 GMT", "Ines Talbot, Health
# Correspondent · Updated 09:30", or "Pia Nordahl," when the page's <time> was dropped).
# trafilatura keeps one on short pages, where it has too little text to tell. What is left
# of the line once the author's name, the date and time and these words are taken out may
# only be a role ("Health Correspondent"): capitalised words or role nouns, a few.
_WHEN = _lazy(WHEN)
ROLE_WORDS = 6  # a role at most this long ("Chief Reporter for the South West")
# One to four capitalised words (a name), after "By" or a photographer's credit, then a separator.
_NAME_LEAD = _lazy(
    r"^(?:(?:[Bb]y|BY|(?:[Pp]hotographs|[Pp]hotos|[Pp]ictures|[Ww]ords(?: and pictures)?) by)\s+)?"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*(?:[,|·•—–]|[-/]\s)"
)
_WORD = _lazy(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_QUOTES = _lazy(r"[\"“”«»„]")


def _is_byline_time(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` is a byline with a date or time and nothing else; with no author
    name known, the line must start with one (one to four capitalised words) and hold a
    date or time."""
    if len(line) > BYLINE_CHARS or _QUOTES().search(line):
        return False
    rest = line
    named = False
    for name in names:
        if name and len(name) > 2:
            pattern = re.compile(re.escape(name), re.I)
            rest, found = pattern.subn(" ", rest)
            named = named or bool(found)
    rest, when = _WHEN().subn(" ", rest)
    words = [w for w in _WORD().findall(rest) if w.casefold() not in WHEN_WORDS]
    if not named and when and not words:
        return True  # a date line under the byline ("Updated 09:30 GMT")
    if not named:
        lead = _NAME_LEAD().match(line)
        if not when or lead is None:
            return False
        words = words[len(_WORD().findall(lead.group(1))) :]
    return (
        len(words) <= ROLE_WORDS
        and (bool(when) or named)
        and all(w[0].isupper() or w.casefold() in BYLINE_ROLE_WORDS for w in words)
    )


def _is_furniture(line: str, following: str, flat_title: str, names: tuple[str, ...]) -> bool:
    if not line or (flat_title and line.lower() == flat_title):
        return True
    if len(line) <= BYLINE_CHARS and _BYLINE_START().match(line):
        return any(n and n.lower() in line.lower() for n in names) or _is_byline_time(line, names)
    if _is_byline_time(line, names):
        return True
    return (
        len(line.split()) <= LABEL_WORDS
        and len(line) <= LABEL_CHARS
        and not _LABEL_END().search(line)
        and (
            len(following) >= PARAGRAPH_CHARS
            or following.lower() == flat_title
            # a kicker above a byline-and-time line ("News" / "Judith Penrose — 05 November
            # 2026, 09:30"): the byline is furniture too, and shorter than a paragraph
            or _is_byline_time(following, names)
        )
    )


_DIGIT = _lazy(r"\d")  # every date or time has one: tested before ``_WHEN``


def _drop_date_lines(text: str, names: tuple[str, ...]) -> str:
    """Drop a dateline or byline-and-time line wherever it stands (sixteenth session): the
    lead rule below only looks above the first paragraph, and a page sets "Opdateret 22. okt.
    2026 kl. 10.15" or "Updated 09:30 GMT" between paragraphs or after them too. The line is a
    date or time with only dateline words, or a byline with one (``_is_byline_time``); a
    paragraph that gives a date says what happened on it and stays, and so does a line with a
    name and no date (a blog's sign-off, "XX, Die Redaktion": trafilatura's otto.de page). An
    update line in a language the dateline words do not know ("Päivitetty 12.11.2026 klo
    21.10") is read by its shape (``date_lines``, seventeenth session)."""
    lines = text.split("\n")
    kept = [
        x
        for x in lines
        if not (
            len(x) <= BYLINE_CHARS
            and _DIGIT().search(x)
            and (date_line(x.strip()) or (_WHEN().search(x) and _is_byline_time(x.strip(), names)))
        )
    ]
    return "\n".join(kept).strip() if kept and len(kept) < len(lines) else text


def _strip_lead_lines(text: str, title: str, names: tuple[str, ...]) -> str:
    """Drop the page furniture trafilatura sometimes keeps above the first paragraph: a
    short kicker or label line, the headline below such a label, a byline naming one of the
    authors ("Par Élodie ..., le 3 octobre"). At most ``LEAD_LINES`` lines; never a line
    that reads as prose (ends with punctuation, or is followed by another short line)."""
    lines = text.split("\n")
    flat_title = " ".join(title.split()).lower()
    cut = 0
    while cut < min(LEAD_LINES, len(lines) - 1) and _is_furniture(
        " ".join(lines[cut].split()), " ".join(lines[cut + 1].split()), flat_title, names
    ):
        cut += 1
    return "\n".join(lines[cut:]).strip() if cut else text


TAIL_LINES = 2
TAIL_CHARS = 400
# Lines closing a story that are not part of it: wire credits ("Reporting by A and B;
# Editing by C", "(Writing by D)") and pointers to other stories ("Read more: ...").
_TAIL_LINE = _lazy(
    r"(?i)^\(?\s*(?:(?:additional |further )?reporting|writing|editing|edited|compiled|reported|produced)"
    r"(?: [a-z]+)? by\b[^\n]*$|^(?:read more|read also|also read|see also|related|more on this)\s*:"
)


# ... but a sentence that merely starts so ("Reporting by volunteers helped ...") ends with a
# full stop and has no ";" list of roles: it stays.
_PROSE_CREDIT = _lazy(r"^[^(;]*[.!?]$")


LABEL_TAIL_LINES = 6  # a share bar rendered one label a line: Share / Facebook / X / Email / Print
LABEL_LINE_CHARS = 60
_LABEL_SEPARATORS = _lazy(r"\s*[|·•/]\s*")
# Arrows, brackets, ellipses and the like around a label ("Read more »", "[Share]", "More…").
_LABEL_TRIM = " \t[](){}<>«»‹›→←↗➔▶►…:.|·•*-–—"


LABEL_MAX_WORDS = max(len(label.split()) for label in LINK_LABELS)


def _labels(part: str) -> list[str] | None:
    """``part`` read as link labels written one after another with only spaces between
    them ("Share this article Mail Copy link", a share bar whose links are inline), longest
    label first; ``None`` when any word is left over."""
    words = part.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(LABEL_MAX_WORDS, len(words) - i), 0, -1):
            label = " ".join(words[i : i + n]).strip(_LABEL_TRIM)
            if label in LINK_LABELS:
                out.append(label)
                i += n
                break
        else:
            return None
    return out


def _link_labels(line: str) -> list[str] | None:
    """The labels ``line`` is made of, or ``None`` when it holds anything else."""
    if not line or len(line) > LABEL_LINE_CHARS:
        return None
    out: list[str] = []
    for part in _LABEL_SEPARATORS().split(line):
        part = " ".join(part.strip(_LABEL_TRIM).split()).casefold()
        if not part:
            continue
        if part in LINK_LABELS:
            out.append(part)
            continue
        labels = _labels(part)
        if labels is None:
            return None
        out += labels
    return out or None


def _is_link_label(line: str) -> bool:
    return _link_labels(line) is not None


# A line of several labels ("Share this article Mail Copy link", "Share: Facebook | X |
# Email"), or one share label of several words ("Share this story"), is a share or tool bar
# wherever it stands (``_drop_link_blocks``; the tail rule above only looks at the end). One
# short label alone between paragraphs ("Share", "Print", "Comments") is left: it may be a
# heading.


def _byline_only(line: str, names: tuple[str, ...]) -> bool:
    """``line`` is one of the authors' names alone, or "By" and it ("By HANNE KALVIK",
    "(Hanne Kalvik)", "– Hanne Kalvik"): a byline fragment a page sets after the story."""
    if len(line) > BYLINE_CHARS or not names:
        return False
    key = " ".join(_BYLINE_START().sub("", line.strip(_LABEL_TRIM)).split()).casefold()
    return any(n and key == " ".join(n.split()).casefold() for n in names)


def _strip_tail_lines(text: str, names: tuple[str, ...] = ()) -> str:
    """Drop trailing wire credit, "Read more:", byline and bare link-label lines: who worked
    on the story, where to go next, buttons; not what it says. Left in, they end the body and
    any summary built on it."""
    lines = text.rstrip().split("\n")
    credits = labels = 0
    while len(lines) > 1:
        last = lines[-1].strip()
        if labels < LABEL_TAIL_LINES and (_is_link_label(last) or _byline_only(last, names)):
            labels += 1
        elif (
            credits < TAIL_LINES
            and len(last) <= TAIL_CHARS
            and _TAIL_LINE().match(last)
            and not _PROSE_CREDIT().match(last)
        ):
            credits += 1
        else:
            break
        lines.pop()
    return "\n".join(lines).rstrip() if credits or labels else text


GALLERY_SHARE = 0.5  # captions holding at least this share of the body's length make a gallery
# How a page says it is a photo gallery: a URL path segment, or a label opening its title
# or naming its section ("In pictures: ...", "Fotostrecke").
_GALLERY_SEGMENT = _lazy(rf"/(?:{GALLERY_WORDS})(?:/|$)", re.I)
_GALLERY_LABEL = _lazy(rf"^(?:{GALLERY_WORDS.replace('-', ' ')}|in pictures|in photos)\b", re.I)
# ... or closing its title or URL slug ("Quayside fire in pictures", ".../lantern-night-in-photos";
# not a bare "gallery": "Council opens new art gallery" is news).
_GALLERY_TITLE_END = _lazy(r"\b(?:in pictures|in photos|photo gallery)\W*$", re.I)
_GALLERY_SLUG_END = _lazy(r"-(?:in-pictures|in-photos|photo-gallery)(?:\.\w+)?/?$", re.I)
#: ``Article.schema_type`` of a page the extractor found to be a photo gallery: stored, so it
#: counts among a story's sources, but its title, captions and credits are no article text
#: for the Story or the Highlights to quote (the synthesis leaves out ``is_gallery_article``).
GALLERY_TYPE = "ImageGallery"


def is_gallery(url: str, title: str, section: str | None, types: list[str]) -> bool:
    """Whether the page says it is a photo gallery (URL segment or slug, title or section
    label, schema.org type)."""
    path = urlsplit(url).path
    return bool(
        _GALLERY_SEGMENT().search(path)
        or _GALLERY_SLUG_END().search(path)
        or _GALLERY_LABEL().match(title)
        or _GALLERY_TITLE_END().search(title)
        or _GALLERY_LABEL().match(section or "")
        or GALLERY_TYPES.intersection(types)
    )


CREDIT_CHARS = 80
_CREDIT = _lazy(CREDIT)


def gallery_body(body: str, captions: list[str], title: str, names: tuple[str, ...]) -> str:
    """A photo gallery's body: its own prose and its captions, one a line. On a page of
    figures with little prose, trafilatura's fallback returns the whole gallery as one line:
    title, dateline, then each caption with its photo credit. That line is cut at the
    captions (known from the page), and the pieces between them that are the title, a
    byline-and-date line or a credit are dropped; then the captions trafilatura left out
    are added (``with_captions``)."""
    if not captions:
        return body
    splitter = re.compile("(" + "|".join(re.escape(c) for c in sorted(captions, key=len, reverse=True)) + ")")
    known = set(captions)
    flat_title = " ".join(title.split())
    out: list[str] = []
    for line in body.split("\n"):
        for part in splitter.split(line):
            part = " ".join(part.split())
            if part in known:
                out.append(part)
                continue
            if flat_title and part.casefold().startswith(flat_title.casefold()):
                part = part[len(flat_title) :].strip()
            if len(part) <= CREDIT_CHARS:
                part = _CREDIT().sub("", part)
            part = part.strip(" ·|•—–-")
            if part and not _is_byline_time(part, names):
                out.append(part)
    return with_captions("\n".join(dict.fromkeys(out)), captions)


def with_captions(body: str, captions: list[str]) -> str:
    """A photo gallery's captions are its content, and trafilatura drops every
    ``<figcaption>``: append them (the caller checks the page is a gallery) when they carry
    as much text as (half) the body, so a few short photo captions stay out."""
    missing = [c for c in captions if c not in body]
    if not missing or sum(map(len, missing)) < GALLERY_SHARE * len(body):
        return body
    return "\n".join([body, *missing])
