"""Bytes -> text, for every format. One place decides the encoding so all parsers agree."""

from __future__ import annotations

import codecs
import re

from .errors import PageRejected

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOMS_WIDE = tuple(bom for bom, enc in _BOMS if enc != "utf-8")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Magic numbers of common binary files that are sometimes saved with a page's extension.
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
# C0 control bytes no text encoding a page may use (without a BOM) puts in text: all but NUL
# (a page mostly of NULs is rejected by _strip_nul; a NUL tail is an interrupted download),
# tab, line feed, vertical tab, form feed, carriage return and escape (terminal colours).
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in b"\t\n\x0b\x0c\r\x1b")
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_SAMPLE = 8192


def check_page_bytes(data: bytes) -> None:
    """Reject what cannot be a page at all, before any format is asked: empty files, common
    binary files saved with a page's extension, and other binary data: one byte in twenty of
    the start a control byte, of many kinds (random bytes give one in ten, of all 25 kinds;
    text pages next to none, and a DOS banner's few glyph bytes, such as "☺" as 0x01)."""
    if not data.strip():
        raise PageRejected("empty", "expected a page with text, got an empty file")
    if data.startswith(_BINARY_MAGIC):
        raise PageRejected("not-text", "expected a text or HTML page, got a binary file "
                           f"(starts with {data[:4]!r})")
    if data.startswith(_BOMS_WIDE):
        return  # UTF-16/32: NUL bytes are half its ASCII text
    sample = data[:_SAMPLE]
    controls = sample.translate(None, _NOT_CONTROL)
    if len(controls) * 20 > len(sample) and len(set(controls)) >= 12:
        raise PageRejected("not-text", f"expected a text or HTML page, got binary data ({len(controls)} of "
                           f"the first {len(sample)} bytes are control bytes)")


def to_utf8_if_wide(data: bytes) -> bytes:
    """UTF-16/32 pages (with a BOM) re-encoded as UTF-8, so that every format's byte-level
    detect() sees the same text a UTF-8 page would show. Other bytes are returned as they are."""
    for bom, enc in _BOMS[1:]:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace").encode("utf-8")
    return data


def decode_page(data: bytes, *, html: bool = False) -> str:
    """Decode a raw page. A BOM wins; then UTF-8 (with a few bad bytes replaced rather than
    re-decoding the whole page in a legacy charset); then, for HTML, a declared charset; then
    cp1252. Empty files and mostly-NUL data are rejected (:func:`check_page_bytes` rejects the
    rest of binary data before a parse)."""
    if not data.strip():
        raise PageRejected("empty", "expected a page with text, got an empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strip_nul(data[len(bom):].decode(enc, errors="replace"))
    if data.startswith(_BINARY_MAGIC):
        raise PageRejected("not-text", "expected a text or HTML page, got a binary file "
                           f"(starts with {data[:4]!r})")
    try:
        return _strip_nul(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        bad = _count_invalid_utf8(data)
        # Mostly valid UTF-8 with a few broken bytes: keep UTF-8.
        if bad * 200 < len(data) and not _looks_legacy(data):
            return _strip_nul(data.decode("utf-8", errors="replace"))
        declared = None
        if html:
            m = _META_CHARSET.search(data[:4096])
            if m:
                declared = m.group(1).decode("ascii", "replace").lower()
        for enc in (declared, "cp1252"):
            if not enc or enc.replace("-", "") == "utf8":
                continue
            try:
                codecs.lookup(enc)
            except LookupError:
                continue
            return _strip_nul(data.decode(enc, errors="replace"))
        raise PageRejected("bad-encoding", f"expected UTF-8 text, got undecodable bytes at {exc.start}")


def _strip_nul(text: str) -> str:
    if "\x00" in text:
        if text.count("\x00") * 4 > len(text):
            raise PageRejected("not-text", "expected text, got mostly NUL bytes (binary or UTF-16 without a BOM)")
        text = text.replace("\x00", "")
    return text


def _count_invalid_utf8(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.decode(
        "utf-8", errors="ignore").count("\ufffd")


def _looks_legacy(data: bytes) -> bool:
    # A legacy single-byte page has many high bytes that are not part of any UTF-8 sequence;
    # a UTF-8 page with one bad byte has valid multibyte sequences elsewhere.
    valid_multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    return valid_multibyte == 0


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
