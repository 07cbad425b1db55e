"""What the service writes about people in logs and audit rows: references, never addresses.

`ref(address)` is a short SHA-256 of the lowercased address. Anyone who already knows an
address can compute its reference (`vsn ref ADDRESS`), which is how an operator finds the
log lines and audit rows about one sender; nobody can read an address off a log.

Log lines name rows, references and counts by design. The formatter installed by
`configure_logging` is the safety net under that: it replaces any address or personnummer
that still reaches a log line (a third-party library, an exception) and withholds exception
messages, which often quote the data that caused them (the row keeps the full error).
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
import traceback
from collections.abc import Iterable
from types import TracebackType

REF_PREFIX = "ref:"
REF_LENGTH = 12   # hex digits: 48 bits, no collisions among a few million addresses

_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Personnummer / samordningsnummer, with or without century and separator.
_ID_NUMBER = re.compile(r"(?<![\d-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\d-])")

# Third-party loggers and the level they may speak at. aiosmtpd's `mail.log` logs every
# envelope address at INFO and raw protocol lines at DEBUG; imapclient logs whole fetched
# messages at DEBUG; Presidio lists every recognizer it loads at INFO.
QUIET: dict[str, int] = {
    "mail.log": logging.WARNING,
    "imapclient": logging.WARNING,
    "presidio-analyzer": logging.WARNING,
}

# Exceptions whose messages come from code, not from data: shown in full.
CODE_MESSAGES: tuple[type[BaseException], ...] = (
    AttributeError, NameError, ImportError, NotImplementedError, TimeoutError,
    ConnectionError,
)


def ref(address: str) -> str:
    """The reference that stands for an address in logs and audit rows."""
    digest = hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()
    return REF_PREFIX + digest[:REF_LENGTH]


def who(actor: str, people: Iterable[str]) -> str:
    """The address behind an audit actor when it is one of `people` (e.g. the moderators);
    otherwise the actor as stored."""
    if not actor.startswith(REF_PREFIX):
        return actor
    return next((p for p in people if ref(p) == actor), actor)


def scrub(text: str) -> str:
    """Addresses become references, personnummer become [PERSONNUMMER]."""
    text = _ADDRESS.sub(lambda m: ref(m.group(0)), text)
    return _ID_NUMBER.sub("[PERSONNUMMER]", text)


_ExcInfo = (tuple[type[BaseException], BaseException, TracebackType | None]
            | tuple[None, None, None])


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))

    def formatException(self, ei: _ExcInfo) -> str:
        kind, exc, tb = ei
        if kind is None or exc is None:
            return ""
        lines = ["Traceback (most recent call last):\n",
                 *traceback.format_list(traceback.extract_tb(tb)), _last_line(exc)]
        cause = exc.__cause__ or exc.__context__
        if cause is not None:
            lines.append(f"(while handling {type(cause).__qualname__})\n")
        return "".join(lines).rstrip("\n")


def _last_line(exc: BaseException) -> str:
    name = type(exc).__qualname__
    if isinstance(exc, CODE_MESSAGES):
        return f"{name}: {exc}\n"
    return f"{name} (message withheld from the log; a failed row keeps it)\n"


def configure_logging(*, verbose: bool = False, process: str = "") -> None:
    """Logging to standard error through the redacting formatter, third parties quieted."""
    tag = f"[{process}]" if process else ""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(
        f"%(asctime)s %(levelname)s %(name)s{tag}: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        handlers=[handler], force=True)
    for name, level in QUIET.items():
        logging.getLogger(name).setLevel(level)
