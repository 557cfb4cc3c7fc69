"""Withdrawal notices too short for article extraction.

An outlet that withdraws an article often leaves one or two sentences on the page ("This
article has been removed."): fewer than extraction keeps as an article text, so extraction
refuses the page and the stored article would keep its withdrawn claims. When extraction
refuses a page, the main job reads the page's title and paragraphs here, and a withdrawal
notice among them (plainwire.analyze.retraction) becomes an article the storing step marks
withdrawn. Any other short page fails as before.
"""

from __future__ import annotations

import logging
from datetime import datetime

from plainwire.analyze.retraction import withdrawal
from plainwire.models import Article, FeedEntry, article_id_for, parse_time

log = logging.getLogger(__name__)

#: Elements whose text is never a notice (site furniture, code).
_SKIP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")


#: Meta tags giving when a page last changed (the first present wins).
_MODIFIED = ("article:modified_time", "og:updated_time", "dateModified", "last-modified")


def page_lines(content: bytes | str) -> tuple[str, list[str]]:
    """A page's headline (its ``h1``, else its ``title``) and the text of its paragraphs."""
    title, lines, _ = _read(content)
    return title, lines


def _read(content: bytes | str) -> tuple[str, list[str], datetime | None]:
    import lxml.html

    try:
        doc = lxml.html.fromstring(content)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return "", [], None
    modified = None
    for name in _MODIFIED:
        found = doc.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]/@content')
        if found and (modified := parse_time(str(found[0]))) is not None:
            break
    for el in doc.xpath("|".join(f"//{t}" for t in _SKIP)):
        el.drop_tree()
    h1 = doc.xpath("//h1")
    title = " ".join((h1[0].text_content() if h1 else doc.findtext(".//title") or "").split())
    lines = [" ".join(p.text_content().split()) for p in doc.xpath("//body//p")]
    return title, [x for x in lines if x], modified


def notice_article(
    content: bytes | str, url: str, *, entry: FeedEntry, source: str, published: datetime | None
) -> Article | None:
    """The page as a withdrawal-notice article when it is one, else ``None``. ``url`` is the
    page's final URL (canonical form): the stored article it replaces is keyed by it."""
    title, lines, modified = _read(content)
    text = "\n".join(lines)
    if not text or withdrawal(title, text) is None:
        return None
    log.info("%s: a withdrawal notice too short to extract as an article", url)
    return Article(
        id=article_id_for(url),
        title=title or entry.title,
        text=text,
        url=url,
        source=source,
        published=published,
        modified=modified,  # when the outlet put the notice up (the story's Updated time)
    )
