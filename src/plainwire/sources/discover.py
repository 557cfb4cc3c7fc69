"""``plainwire sources add URL``: turn a feed URL or an outlet's homepage into an Outlet."""

from __future__ import annotations

import logging
import re
from urllib.parse import urljoin, urlsplit

from plainwire.errors import FeedError, FetchError
from plainwire.models import Outlet
from plainwire.sources.feeds import feed_title

log = logging.getLogger(__name__)

# Tried, in order, when a homepage advertises no feed.
COMMON_FEED_PATHS = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feeds/all.atom.xml",
)


def resolve_outlet(
    url: str, fetcher: object, *, name: str | None = None, try_common_paths: bool = True
) -> Outlet:
    """Outlet for ``url``: used as the feed if it parses as one; otherwise the page's
    advertised feeds (``<link rel=alternate>``, then feed-looking links), then common feed
    paths, are tried in order and the first that parses wins.

    Raises ``FeedError`` (naming ``url``) when nothing works, ``FetchError`` when ``url``
    itself cannot be fetched.
    """
    from plainwire.sources.feeds import discover_feeds, parse_feed

    res = fetcher.get(url)  # type: ignore[attr-defined]
    home = res.final_url or url
    try:
        parse_feed(res.content, url=home, source=name or "", content_type=res.headers.get("content-type"))
        return _outlet(home, res.content, name, None)
    except FeedError:
        if _is_feed_document(res.content):
            # A feed that is broken is reported as such: looking for "a feed" on its site
            # instead silently added (or renamed!) whatever /feed.xml the site has.
            raise
    candidates = discover_feeds(res.text, home)
    if try_common_paths:
        root = f"{urlsplit(home).scheme}://{urlsplit(home).netloc}"
        candidates += [c for c in (urljoin(root, p) for p in COMMON_FEED_PATHS) if c not in candidates]
    tried: list[str] = []
    for cand in candidates:
        try:
            got = fetcher.get(cand)  # type: ignore[attr-defined]
            parse_feed(
                got.content,
                url=got.final_url,
                source=name or "",
                content_type=got.headers.get("content-type"),
            )
        except (FeedError, FetchError) as exc:
            log.debug("feed candidate %s rejected: %s", cand, exc)
            tried.append(cand)
            continue
        return _outlet(got.final_url or cand, got.content, name, home)
    raise FeedError(f"not a feed, and no feed found on the page (tried {len(tried)} candidates)", input=url)


_FEED_ROOT = re.compile(
    rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w-]+:)?(?:rss|feed|RDF)\b", re.S
)


def _is_feed_document(content: bytes) -> bool:
    """Whether ``content`` is a feed by its form (a JSON object, or XML whose root is rss,
    feed or rdf:RDF), however broken inside: such a URL is meant as a feed, not a homepage."""
    head = content[:4096].lstrip()
    return head.startswith(b"{") or _FEED_ROOT.match(head) is not None


def _outlet(feed_url: str, content: bytes, name: str | None, home: str | None) -> Outlet:
    title = name or feed_title(content) or urlsplit(home or feed_url).hostname or feed_url
    return Outlet(name=" ".join(title.split()), feed_url=feed_url, home_url=home)
