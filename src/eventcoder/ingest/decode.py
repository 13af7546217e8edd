"""Bytes from scrapers into text: UTF-8 (BOM or not), UTF-16/32 by BOM, a legacy encoding when
declared or detected, and binary data refused with one line.

News files arrive in every encoding a scraper can produce; a document we cannot read is refused
by name rather than coded as mojibake.
"""

from __future__ import annotations

import codecs
import re

from eventcoder.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings we accept from detection; anything else the detector proposes for a short or
# odd byte string is more likely binary than text.
_LEGACY = {
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "mac_roman",
}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB (BOM-less UTF-16 is refused too)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 50)


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def detect_legacy(data: bytes) -> str | None:
    """A legacy single-byte encoding that reads `data` as text, by charset-normalizer."""
    from charset_normalizer import from_bytes  # imported only when UTF-8 fails

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name in _LEGACY:
        return name
    # Western text is the common case; cp1252 decodes every byte but five, so try it last.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return "cp1252"


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding used); InputError naming `name` when the bytes are not text."""
    bom = bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom.replace("-sig", "")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: starts with a {bom} byte-order mark but is not {bom}"
            ) from None
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in (declared_encoding(data), detect_legacy(data)):
        if enc:
            try:
                return data.decode(enc), enc
            except (UnicodeDecodeError, LookupError):
                continue
    raise InputError(f"{name}: not text in UTF-8 or a known legacy encoding")
