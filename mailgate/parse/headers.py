"""Header values as text: raw 8-bit recovered, RFC 2047 words decoded, always one line."""

from __future__ import annotations

import base64
import binascii
import re
from email.message import Message
from email.utils import getaddresses

from mailgate.parse.charset import decode_bytes, recover_header

# Any run of whitespace or control characters (CR, LF, TAB, NUL, U+2028 ...) becomes one space,
# so a decoded header can never smuggle a line break into anything we build from it.
_SPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words; unknown charsets fall back instead of failing.

    RFC 2047 section 6.2: whitespace between two encoded words is dropped, whitespace
    between an encoded word and plain text is kept. (email.header.decode_header drops the
    latter when it is folding whitespace, turning "blå tabletter" into "blåtabletter".)
    Adjacent words in one charset are decoded together: some clients split a character's
    bytes over two words.
    """
    if "=?" not in value:
        return value
    value = _FOLD.sub("", value)
    out: list[str] = []
    run: list[bytes] = []
    charset = ""
    pos = 0
    for match in _ENCODED.finditer(value):
        between = value[pos:match.start()]
        word_charset = match.group("charset").split("*", 1)[0]
        if not (run and not between.strip() and word_charset.lower() == charset.lower()):
            out.append(_run_text(run, charset))
            run = []
            if not (out and out[-1] and not between.strip() and pos > 0):
                out.append(between)   # plain text, or the text before the first word
        charset = word_charset
        run.append(_word_bytes(match))
        pos = match.end()
    out += [_run_text(run, charset), value[pos:]]
    return "".join(out)


_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ENCODED = re.compile(r"=\?(?P<charset>[^?\s]+)\?(?P<enc>[qQbB])\?(?P<data>[^?\s]*)\?=")


def _word_bytes(match: re.Match[str]) -> bytes:
    data = match.group("data")
    try:
        if match.group("enc") in "qQ":
            return binascii.a2b_qp(data.encode("ascii"), header=True)
        return base64.b64decode(data + "=" * (-len(data) % 4))
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return match.group().encode("utf-8", "replace")


def _run_text(run: list[bytes], charset: str) -> str:
    return decode_bytes(b"".join(run), charset)[0] if run else ""


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
