"""OPML import/export of outlets, and the default outlet list shipped with the package.

Besides the standard ``text``/``title``/``xmlUrl``/``htmlUrl`` attributes plainwire reads
and writes ``region``, ``lean`` and ``language`` on each ``<outline>``; other readers
ignore them. An outline nested under a category outline without its own ``region``
inherits the category's ``text`` as region only if the category carries
``category="region"``, so arbitrary folder names never masquerade as regions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from plainwire.errors import BadInputError
from plainwire.models import Outlet

log = logging.getLogger(__name__)


def _parse(data: bytes, name: str) -> Any:
    from lxml import etree

    if b"<!ENTITY" in data:  # OPML has no use for entity declarations; refuse expansion tricks
        raise BadInputError("OPML with entity declarations is not accepted", input=name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise BadInputError(f"malformed OPML: {exc}", input=name) from None


def load_opml(path_or_bytes: str | Path | bytes) -> list[Outlet]:
    """Outlets of every ``<outline xmlUrl=...>`` in document order, first of each feed URL kept."""
    if isinstance(path_or_bytes, bytes):
        data, name = path_or_bytes, "<opml>"
    else:
        name = str(path_or_bytes)
        try:
            data = Path(path_or_bytes).read_bytes()
        except OSError as exc:
            raise BadInputError(f"cannot read OPML: {exc.strerror or exc}", input=name) from None
    root = _parse(data, name)
    if root.tag != "opml":
        raise BadInputError(f"not an OPML document (root element <{root.tag}>)", input=name)
    outlets: list[Outlet] = []
    seen: set[str] = set()
    for node in root.iter("outline"):
        feed = (node.get("xmlUrl") or node.get("xmlurl") or "").strip()
        if not feed:
            continue
        if feed in seen:
            log.warning("%s: feed %s listed twice; first kept", name, feed)
            continue
        seen.add(feed)
        region = node.get("region")
        if region is None:
            parent = node.getparent()
            if parent is not None and parent.tag == "outline" and parent.get("category") == "region":
                region = parent.get("text")
        outlets.append(
            Outlet(
                name=(node.get("text") or node.get("title") or feed).strip(),
                feed_url=feed,
                home_url=(node.get("htmlUrl") or node.get("htmlurl") or None),
                region=region or None,
                lean=node.get("lean") or None,
                language=node.get("language") or None,
            )
        )
    return outlets


def dump_opml(outlets: Iterable[Outlet], title: str = "plainwire sources") -> str:
    """OPML 2.0 text for ``outlets`` (round-trips through ``load_opml``)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_esc(title)}</title></head>",
        "  <body>",
    ]
    for o in outlets:
        attrs: list[tuple[str, str | None]] = [
            ("type", "rss"),
            ("text", o.name),
            ("title", o.name),
            ("xmlUrl", o.feed_url),
            ("htmlUrl", o.home_url),
            ("region", o.region),
            ("lean", o.lean),
            ("language", o.language),
        ]
        rendered = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs if v)
        lines.append(f"    <outline {rendered}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def default_outlets() -> list[Outlet]:
    """The outlets shipped in ``default_sources.opml`` (real public feeds)."""
    data = resources.files("plainwire.sources").joinpath("default_sources.opml").read_bytes()
    return load_opml(data)
