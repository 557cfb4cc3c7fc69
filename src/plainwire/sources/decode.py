"""Bytes on the wire -> bytes of the body -> text: bounded decompression and charset choice.

Decompression is done here, chunk by chunk with an output limit, instead of by the HTTP
library, so a 10 kB gzip bomb that inflates to gigabytes is stopped at ``max_bytes`` of
*output* without ever holding more than that in memory.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from collections.abc import Iterable, Iterator

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    """The (decoded) body passed the configured limit."""


class BadEncoding(Exception):
    """The Content-Encoding is unknown or its stream is corrupt."""


class _Decoder:
    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:  # pragma: no cover - interface
        raise NotImplementedError

    def flush(self) -> bytes:
        return b""


class _Identity(_Decoder):
    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        yield data


class _Zlib(_Decoder):
    def __init__(self, wbits: int) -> None:
        self._d = zlib.decompressobj(wbits)
        self._first = True
        self._wbits = wbits
        self._plain = False  # the body turned out not to be compressed at all

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        if self._plain:
            yield data
            return
        if self._first and data:
            self._first = False
            if self._wbits == zlib.MAX_WBITS and (data[0] & 0x0F) != 8:
                # "deflate" is sent both zlib-wrapped (per the RFC) and raw (by some servers).
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
            elif self._wbits != zlib.MAX_WBITS and not data.startswith(b"\x1f\x8b"):
                # Misconfigured servers label plain bodies "gzip"; browsers show them anyway.
                log.debug("body labelled gzip is not gzip; read as identity")
                self._plain = True
                yield data
                return
        buf = data
        try:
            while True:
                # max_length bounds each step's output: the bomb never inflates in one go.
                out = self._d.decompress(buf, max(limit, 1))
                if out:
                    yield out
                buf = self._d.unconsumed_tail
                if not buf:
                    break
        except zlib.error as exc:
            raise BadEncoding(f"corrupt compressed body: {exc}") from exc

    def flush(self) -> bytes:
        if self._plain:
            return b""
        try:
            return self._d.flush()
        except zlib.error as exc:  # pragma: no cover - truncated streams flush quietly
            raise BadEncoding(f"corrupt compressed body: {exc}") from exc


class _Brotli(_Decoder):
    def __init__(self) -> None:
        import brotli

        self._brotli = brotli
        self._d = brotli.Decompressor()

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        try:
            out = self._d.process(data, output_buffer_limit=max(limit, 1))
            if out:
                yield out
            while not self._d.can_accept_more_data() and not self._d.is_finished():
                out = self._d.process(b"", output_buffer_limit=max(limit, 1))
                if not out:
                    break
                yield out
        except self._brotli.error as exc:
            raise BadEncoding(f"corrupt brotli body: {exc}") from exc


def make_decoder(content_encoding: str | None) -> _Decoder:
    enc = (content_encoding or "identity").strip().lower()
    if enc in ("", "identity", "none"):
        return _Identity()
    if enc in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 16)
    if enc == "deflate":
        return _Zlib(zlib.MAX_WBITS)
    if enc == "br":
        return _Brotli()
    # Unknown labels (e.g. "utf-8", "binary") are server mistakes for identity; if the body
    # really is compressed in some other scheme, extraction rejects it as binary.
    log.debug("unknown Content-Encoding %r read as identity", content_encoding)
    return _Identity()


def read_bounded(chunks: Iterable[bytes], content_encoding: str | None, max_bytes: int) -> bytes:
    """Join the decoded body, raising ``BodyTooLarge`` as soon as it passes ``max_bytes``."""
    encodings = [e for e in (content_encoding or "").split(",") if e.strip()]
    if len(encodings) > 1:
        raise BadEncoding(f"stacked Content-Encoding {content_encoding!r} not supported")
    decoder = make_decoder(encodings[0] if encodings else None)
    out = bytearray()
    for chunk in chunks:
        for piece in decoder.feed(chunk, max_bytes - len(out) + 1):
            out += piece
            if len(out) > max_bytes:
                raise BodyTooLarge(f"body larger than {max_bytes} bytes")
    out += decoder.flush()
    if len(out) > max_bytes:
        raise BodyTooLarge(f"body larger than {max_bytes} bytes")
    return bytes(out)


# --- charsets ----------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Labels that "decode" any byte string; a page labelled so but valid UTF-8 is UTF-8.
_PERMISSIVE = {"latin-1", "iso8859-1", "cp1252", "ascii"}


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.I)
    return m.group(1) if m else None


def _norm(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        log.debug("unknown charset label %r ignored", label)
        return None


def declared_in_document(content: bytes) -> str | None:
    head = content[:4096]
    m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def decode_text(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a body to text; return ``(text, encoding)``.

    Order: byte-order mark, HTTP charset, in-document declaration (``<meta charset>``,
    XML declaration), statistical detection (charset-normalizer); each candidate must
    decode strictly. A label that cannot fail (latin-1/cp1252) is tried *after* UTF-8
    when the bytes are valid UTF-8, because that mislabelling is the common one. The
    last resort is UTF-8 with replacement characters, reported as ``"utf-8 (replaced)"``.
    """
    if not content:
        return "", "utf-8"
    for bom, bom_name in _BOMS:
        if content.startswith(bom):
            try:
                return content.decode(bom_name), bom_name
            except UnicodeDecodeError:
                break
    candidates: list[str] = []
    for label in (charset_from_content_type(content_type), declared_in_document(content)):
        norm = _norm(label)
        if norm and norm not in candidates:
            candidates.append(norm)
    if any(c in _PERMISSIVE for c in candidates):
        # UTF-8 goes before the first label that cannot fail, also when the page itself
        # declares UTF-8 after a latin-1 header: valid UTF-8 under such a label is UTF-8.
        if "utf-8" in candidates:
            candidates.remove("utf-8")
        first_permissive = next(i for i, c in enumerate(candidates) if c in _PERMISSIVE)
        candidates.insert(first_permissive, "utf-8")
    if not candidates:
        candidates.append("utf-8")
    for name in candidates:
        try:
            return content.decode(name), name
        except (UnicodeDecodeError, LookupError):
            log.debug("body does not decode as declared %s", name)
    if "utf-8" in candidates:
        damaged = _mostly_utf8(content)
        if damaged is not None:
            return damaged, "utf-8 (replaced)"
    guess = _detect(content)
    if guess is not None:
        try:
            return content.decode(guess), _norm(guess) or guess
        except (UnicodeDecodeError, LookupError):
            pass
    return content.decode("utf-8", errors="replace"), "utf-8 (replaced)"


def page_markup(content: bytes, content_type: str | None, decoded: str | None = None) -> bytes | str:
    """A fetched page as extraction should read it: the bytes as they came when the HTTP
    ``Content-Type`` names no charset (extraction then decodes them by BOM, in-document
    declaration and detection, as before), else the text decoded with that charset first.

    Extraction sees only the body, so a page whose charset is declared only in the HTTP
    header (an ISO-8859-15 page with no ``<meta charset>``) was decoded by guessing, and
    "Ž" came out as "´". The header outranks the document's own declaration, as in the
    HTML standard's order; a header claiming latin-1 over valid UTF-8 still reads as UTF-8
    (``decode_text``). ``decoded``: the body already decoded with ``content_type`` (a fetch
    did that once; see ``FetchResult.markup``)."""
    header = _norm(charset_from_content_type(content_type))
    if not content or header is None:
        return content
    own = _norm(declared_in_document(content))
    if header == own or (header == "utf-8" and own is None):
        return content  # the header tells extraction nothing the bytes do not: keep them as they came
    return decoded if decoded is not None else decode_text(content, content_type)[0]


# A body counts as damaged UTF-8 (not another code page mislabelled) when its valid
# multi-byte characters outnumber its invalid bytes by this factor.
_UTF8_MAJORITY = 3


def _mostly_utf8(content: bytes) -> str | None:
    """``content`` decoded as UTF-8 with U+FFFD for its few invalid bytes, when it is
    UTF-8 with some damage (a truncated character, one stray byte) rather than another
    encoding; else ``None``.

    Without this, one stray byte in a UTF-8 page sent the whole page to statistical
    detection, which named cp932 or cp852 and turned every accented letter into mojibake
    ("Café" -> "Cafﾃｩ"). Text in a single-byte code page almost never forms valid UTF-8
    multi-byte sequences, so a majority of them is a safe sign of UTF-8."""
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - content.count(b"\xef\xbf\xbd")  # U+FFFD sent as such is not damage
    if bad <= 0:
        return None
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid = non_ascii - text.count("\ufffd")
    if valid >= _UTF8_MAJORITY * bad:
        log.debug("body is UTF-8 with %d invalid byte sequence(s); decoded with replacements", bad)
        return text
    return None


def _detect(content: bytes) -> str | None:
    """charset-normalizer's guess, except that windows-1252 wins a tie.

    On a short Western page a few accented letters fit cp1250, cp1252 and cp1257 equally
    well, and the detector then names whichever it tried first (cp1250 turned "Brød" into
    "Brřd"). windows-1252 is what browsers assume for mislabelled Western pages, so among
    guesses exactly as good as the best it is preferred; a page that fits another code page
    better (Czech in cp1250, Russian in cp1251) keeps that one. The price: a Central European
    text so short that cp1252 fits it just as well is read as cp1252 — the right prior for the
    English-language outlets plainwire ships with.
    """
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(content[:200_000]))
    except Exception as exc:  # detection is best effort
        log.debug("charset detection failed: %s", exc)
        return None
    matches = [m for m in matches if m.encoding]
    if not matches:
        return None
    best = matches[0]
    for m in matches:
        tied = m.chaos == best.chaos and m.coherence == best.coherence
        if tied and "cp1252" in (m.encoding, *m.could_be_from_charset):
            return "cp1252"
    return str(best.encoding)
