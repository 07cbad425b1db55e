"""Header values as text: raw 8-bit recovered, RFC 2047 words decoded, always one line."""

from __future__ import annotations

import re
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses

from mailgate.parse.charset import decode_bytes, recover_header

# Any run of whitespace or control characters (CR, LF, TAB, NUL, U+2028 ...) becomes one space,
# so a decoded header can never smuggle a line break into anything we build from it.
_SPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; unknown charsets fall back instead of failing."""
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except Exception:  # the email package raises assorted errors on broken words
        return value
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            out.append(chunk.decode("raw-unicode-escape", "replace"))
        else:
            out.append(decode_bytes(chunk, charset)[0])
    return "".join(out)


def raw_values(message: Message, name: str) -> list[str]:
    """Every value of a header exactly as received (8-bit kept as surrogates)."""
    wanted = name.lower()
    try:
        return [str(v) for k, v in message.raw_items() if k.lower() == wanted]
    except Exception:
        return []


def decoded(raw: str) -> str:
    """A raw header value as one line of text."""
    return one_line(decode_words(recover_header(raw)))


def text(message: Message, name: str) -> str:
    """The first value of a header, decoded, on one line; "" when absent."""
    values = raw_values(message, name)
    return decoded(values[0]) if values else ""


def all_text(message: Message, name: str) -> list[str]:
    return [decoded(v) for v in raw_values(message, name)]


def addresses(message: Message, name: str) -> list[tuple[str, str]]:
    """(display name, lower-case address) pairs; the address is "" when unusable."""
    # Split before decoding: an encoded display name may hide a comma.
    values = [recover_header(v) for v in raw_values(message, name)]
    try:
        pairs = getaddresses(values)
    except Exception:
        return []
    result = []
    for display, address in pairs:
        address = one_line(address).lower()
        if "@" not in address.strip("@") or " " in address:
            address = ""
        result.append((one_line(decode_words(display)), address))
    return result


def first_address(message: Message, name: str) -> tuple[str, str]:
    found = [pair for pair in addresses(message, name) if pair[1]]
    return found[0] if found else ("", "")
