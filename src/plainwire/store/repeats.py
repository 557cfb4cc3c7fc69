"""Lines a site repeats on its pages: the cross-page furniture signal (sixteenth session).

A line (a paragraph of an extracted text) printed verbatim on several pages of one site (a
promo box, "Read also: ...", a newsletter prompt, a print-edition line, a sign-off) is
furniture whatever its words or markup. The extractor sees one page at a time, so the store
keeps, per site, a fingerprint of each line of the site's newest pages (``site_lines``;
``site_pages`` orders the pages for the window). The rule (docs/operations.md, "Lines a
site repeats on its pages"):

- a line is *repeated* when at least ``min_pages`` distinct articles of the site carry it and
  the stored ones among them sit in at least two stories, or when one page fewer (two at
  least) carry it and it is unrelated to every text that carries it (none of its words of
  five letters or more occurs in the rest of any of them: "Riproduzione riservata",
  "Abonnez-vous au Courrier de la Côte."). A background paragraph an outlet repeats in its
  follow-ups of one event names the event's people and places, which its texts name again,
  and stays; one repeated across stories needs the full count;
- lines over ``REPEAT_MAX_WORDS`` words never count (boxes and sign-offs are short; a long
  paragraph printed twice is a wire's background text, not chrome);
- a repeated line is taken out of the stored texts that carry it, new or old, and kept in the
  article's ``repeated`` column (JSON list): nothing stored is lost.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from plainwire.models import content_hash
from plainwire.store.base import StoreBase

#: Pages per site whose lines are kept (the newest by first sight); the oldest beyond it are
#: forgotten. Furniture is on every page, so a few hundred pages hold it whatever the site's
#: pace, and the table stays bounded: at most ``REPEAT_WINDOW`` x ``REPEAT_MAX_LINES`` rows a
#: site (about 40 bytes each; ~30 lines a page in practice, ~250 KB a site).
REPEAT_WINDOW = 200
#: Pruning runs when a site holds this many more pages than the window (amortised).
REPEAT_SLACK = 50
#: Lines fingerprinted per page (a page of thousands of lines is not an article).
REPEAT_MAX_LINES = 400
#: Longer lines never count as repeated furniture (see the module docstring).
REPEAT_MAX_WORDS = 40

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def site_key(source: str, url: str) -> str:
    """What counts as one site: the outlet name shown to readers (every feed of one outlet
    shares its chrome), else the URL's host without ``www.`` (ingested pages with no outlet)."""
    name = " ".join(source.split()).casefold()
    if name:
        return "n:" + name
    host = (urlsplit(url).hostname or "").casefold()
    return "h:" + host.removeprefix("www.")


def line_key(line: str) -> int | None:
    """A 63-bit fingerprint of a line, compared case- and space-insensitively (NFKC); None for
    a line with no letter or too long to be furniture."""
    norm = " ".join(unicodedata.normalize("NFKC", line).split()).casefold()
    if not _LETTER.search(norm) or len(_WORD.findall(norm)) > REPEAT_MAX_WORDS:
        return None
    digest = hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # SQLite integers are signed 64-bit


def line_keys(text: str) -> dict[int, str]:
    """The fingerprints of a text's lines (the first ``REPEAT_MAX_LINES``), each with its line."""
    out: dict[int, str] = {}
    for line in text.split("\n")[:REPEAT_MAX_LINES]:
        if line.strip() and (k := line_key(line)) is not None:
            out.setdefault(k, line)
    return out


def unrelated(line: str, texts: Iterable[str]) -> bool:
    """True when none of ``line``'s long words (letters only, five or more) occurs in the
    other lines of any of ``texts``: the line says nothing about the articles it sits in."""
    words = {w.casefold() for w in _LONG_WORD.findall(line)}
    if not words:
        return True
    key = line_key(line)
    for text in texts:
        rest = " ".join(x for x in text.split("\n") if line_key(x) != key)
        if words & {w.casefold() for w in _LONG_WORD.findall(rest)}:
            return False
    return True


def strip_lines(text: str, keys: set[int] | frozenset[int]) -> tuple[str, list[str]]:
    """``text`` without its lines whose fingerprint is in ``keys``, and those lines."""
    kept: list[str] = []
    dropped: list[str] = []
    for line in text.split("\n"):
        (dropped if line.strip() and line_key(line) in keys else kept).append(line)
    return "\n".join(kept), dropped


class RepeatsMixin(StoreBase):
    """The per-site line fingerprints and the cleaning of stored texts they decide."""

    def repeated_keys(
        self,
        site: str,
        lines: Mapping[int, str],
        min_pages: int,
        *,
        article_id: str | None = None,
        text: str | None = None,
    ) -> set[int]:
        """Of ``lines`` (fingerprint -> line), those repeated on the site now (module
        docstring). With ``article_id`` (an article about to be stored, of text ``text``,
        whose lines these are), it counts as one more page unless its lines were noted
        before (a revision)."""
        keys = list(lines)
        if min_pages <= 0 or not keys:
            return set()
        out: set[int] = set()
        for chunk in _chunks(keys, 500):
            rows = self.conn.execute(
                f"""SELECT l.fp, COUNT(*) n, SUM(l.article_id = ?) own, COUNT(DISTINCT a.story_id) stories
                    FROM site_lines l LEFT JOIN articles a ON a.id = l.article_id
                    WHERE l.site = ? AND l.fp IN ({",".join("?" * len(chunk))}) GROUP BY l.fp""",
                (article_id or "", site, *chunk),
            ).fetchall()
            for r in rows:
                fp = int(r["fp"])
                pages = int(r["n"]) + (0 if r["own"] or article_id is None else 1)
                across = pages >= min_pages and int(r["stories"]) >= 2
                if across or (
                    pages >= max(2, min_pages - 1)
                    and unrelated(lines[fp], self._carrying_texts(site, fp, text))
                ):
                    out.add(fp)
        return out

    def _carrying_texts(self, site: str, fp: int, text: str | None) -> list[str]:
        rows = self.conn.execute(
            "SELECT a.text FROM site_lines l JOIN articles a ON a.id = l.article_id WHERE l.site = ? AND l.fp = ?",
            (site, fp),
        ).fetchall()
        return [r[0] for r in rows] + ([text] if text is not None else [])

    def note_lines(
        self,
        site: str,
        article_id: str,
        keys: Iterable[int],
        seen_at: float,
        gone: frozenset[int] | set[int] = frozenset(),
    ) -> None:
        """Record (or, for a revision, replace) the line fingerprints of one article of
        ``site`` (``gone``: those already out of its stored text), and forget the site's
        oldest pages beyond ``REPEAT_WINDOW``."""
        with self.transaction() as c:
            c.execute("DELETE FROM site_lines WHERE site = ? AND article_id = ?", (site, article_id))
            c.executemany(
                "INSERT OR IGNORE INTO site_lines(site, fp, article_id, gone) VALUES (?, ?, ?, ?)",
                [(site, k, article_id, int(k in gone)) for k in keys],
            )
            c.execute(
                "INSERT OR IGNORE INTO site_pages(site, article_id, seen_at) VALUES (?, ?, ?)",
                (site, article_id, seen_at),
            )
            n = int(c.execute("SELECT COUNT(*) FROM site_pages WHERE site = ?", (site,)).fetchone()[0])
            if n > REPEAT_WINDOW + REPEAT_SLACK:
                old = [
                    r[0]
                    for r in c.execute(
                        "SELECT article_id FROM site_pages WHERE site = ? ORDER BY seen_at, article_id LIMIT ?",
                        (site, n - REPEAT_WINDOW),
                    )
                ]
                c.executemany(
                    "DELETE FROM site_lines WHERE site = ? AND article_id = ?", [(site, a) for a in old]
                )
                c.executemany(
                    "DELETE FROM site_pages WHERE site = ? AND article_id = ?", [(site, a) for a in old]
                )

    def strip_repeated(self, site: str, keys: set[int]) -> list[str]:
        """Take the lines ``keys`` out of every stored text of ``site`` that still carries one
        (kept in the article's ``repeated`` list; the content hash follows the text, so a
        later fetch of the same page compares equal). Their stories become dirty (re-
        synthesised); their Updated time does not move. Returns the cleaned article ids."""
        if not keys:
            return []
        cleaned: list[str] = []
        with self.transaction() as c:
            ids: set[str] = set()
            for chunk in _chunks(list(keys), 500):
                ids.update(
                    r[0]
                    for r in c.execute(
                        "SELECT DISTINCT article_id FROM site_lines WHERE site = ? AND gone = 0"
                        f" AND fp IN ({','.join('?' * len(chunk))})",
                        (site, *chunk),
                    )
                )
            for aid in sorted(ids):
                # Handled now, whatever follows: each text is looked at once per line.
                for chunk in _chunks(list(keys), 500):
                    c.execute(
                        f"UPDATE site_lines SET gone = 1 WHERE site = ? AND article_id = ?"
                        f" AND fp IN ({','.join('?' * len(chunk))})",
                        (site, aid, *chunk),
                    )
                row = c.execute(
                    "SELECT title, text, repeated, story_id FROM articles WHERE id = ?", (aid,)
                ).fetchone()
                if row is None or not row["text"]:
                    continue  # not stored yet (this batch), or its body dropped by retention
                text, dropped = strip_lines(row["text"], keys)
                if not dropped or not text.strip():
                    continue  # nothing left would be no article: keep it whole
                kept = json.loads(row["repeated"] or "[]") + dropped
                c.execute(
                    "UPDATE articles SET text = ?, content_hash = ?, repeated = ? WHERE id = ?",
                    (text, content_hash(row["title"], text), json.dumps(kept, ensure_ascii=False), aid),
                )
                if row["story_id"]:
                    _mark_dirty(c, row["story_id"])
                cleaned.append(aid)
        return cleaned

    def keep_repeated(self, article_id: str, lines: Sequence[str]) -> None:
        """Set the lines taken out of an article's newly stored text (the version just
        written: a revision replaces the list)."""
        with self.transaction() as c:
            c.execute(
                "UPDATE articles SET repeated = ? WHERE id = ?",
                (json.dumps(list(lines), ensure_ascii=False) if lines else None, article_id),
            )

    def repeated_lines(self, article_id: str) -> list[str]:
        """The lines taken out of an article's stored text as site furniture."""
        row = self.conn.execute("SELECT repeated FROM articles WHERE id = ?", (article_id,)).fetchone()
        return list(json.loads(row[0])) if row is not None and row[0] else []


def _mark_dirty(c: sqlite3.Connection, story_id: str) -> None:
    c.execute("UPDATE stories SET dirty = 1 WHERE id = ?", (story_id,))


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
