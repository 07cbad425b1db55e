"""Bytes to text: the declared charset first, then common fallbacks, each checked for validity."""

from __future__ import annotations

import codecs

# Tried in order after the declared charset; latin-1 never fails, so text always comes out.
FALLBACK_CHARSETS = ("utf-8", "windows-1252", "iso-8859-1")

# Labels that mail clients use for windows-1252 text (WHATWG treats them all as 1252):
# Outlook writes curly quotes and € under an iso-8859-1 label.
_SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252",
                "cp1252", "iso8859-1", "iso_8859-1", "l1"}


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Text and defects ("UnknownCharset", "WrongCharset") for one payload."""
    defects: list[str] = []
    label = (declared or "").strip().strip('"').lower()
    if label in _SINGLE_BYTE and _is_utf8_text(data):
        # Valid multi-byte UTF-8 is all but impossible in real Latin-1 text: a mislabel.
        return data.decode("utf-8"), ["WrongCharset"]
    candidates = list(dict.fromkeys(([_effective(label)] if label else []) + [*FALLBACK_CHARSETS]))
    for charset in candidates:
        try:
            codecs.lookup(charset)
        except LookupError:
            defects.append("UnknownCharset")
            continue
        try:
            return data.decode(charset), defects
        except UnicodeDecodeError:
            if charset == candidates[0] and label:
                defects.append("WrongCharset")
    return data.decode("iso-8859-1"), defects


def _effective(label: str) -> str:
    if label in ("us-ascii", "ascii"):
        return "ascii"
    return "windows-1252" if label in _SINGLE_BYTE else label


def _is_utf8_text(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def recover_header(raw: str) -> str:
    """A header as parsed from bytes keeps 8-bit octets as surrogates; give them back as text."""
    try:
        data = raw.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return raw.encode("utf-8", "replace").decode("utf-8")
    if data.isascii():
        return raw
    return decode_bytes(data)[0]
