"""Personal-data scanning for reports: find identifiers, propose the publishable text.

    from mailgate.scan import scan, mask, publishable, Finding
    findings = scan(text)
    masked = mask(text, findings)            # "[NAMN]", "[PERSONNUMMER]", ...
    numbered = mask(text, findings, numbered=True, keep={2})
"""

from __future__ import annotations

from mailgate.scan import lexicon
from mailgate.scan.finding import PLACEHOLDERS, WARNING_TYPES, Finding
from mailgate.scan.images import ImageMetadataError, strip_image_metadata
from mailgate.scan.redact import mask, publishable


def scan(text: str) -> list[Finding]:
    """Every stretch of `text` that may identify a person, sorted by start.

    Presidio and spaCy are imported on the first call, not with this package: code that only
    masks or publishes does not pay their two seconds of start-up.
    """
    from mailgate.scan.engine import scan as engine_scan

    return engine_scan(text)


# A report that reaches the paths a scan prepares when first asked (names in other scripts,
# places, coordinated names, English, the number recognizers' cue words): prepared at start,
# not while the first report waits.
WARM_UP_REPORT = (
    "Klienten Erik Svensson, 070-123 45 67, 19900101-1234, anna@kommun.se.\n"
    "Hon köpte Xanaks och Tramadoll av Anna och Lisa Berg i Göteborg och Malmo.\n"
    "أحمد علي, გიორგი, สมชาย ringde från Oslo.\n"
    "The patient said Mark Smith and John sold pills in Tallinn.\n"
    "Bilen med regnr ABC 123 stod på Storgatan 12, 411 38 Göteborg; tel 031-123 45 67,\n"
    "konto 8327-9, 934 112 455-2, IBAN SE45 5000 0000 0583 9825 7466, IP 192.0.2.1."
)

# Allocations between two collections of the youngest generation (Python's default: 700).
YOUNG_COLLECTION = 200_000


def warm_up() -> None:
    """Build the engine and load the word lists now (a worker calls this at start, so the
    first report is not slow), then freeze them out of the garbage collector's sight.

    They live as long as the process, yet every full collection walked them again: a long
    scan allocates enough to trigger one every few hundred milliseconds (a fifth of the time
    of 1 MB of dense personal data went there). `gc.freeze()` moves every object alive now
    to a generation the collector never visits; they are never garbage anyway.
    """
    import gc

    from mailgate.scan.engine import scan as engine_scan

    engine_scan(WARM_UP_REPORT)
    for name in lexicon.DICTIONARIES:
        lexicon.entries(name)
    for build in lexicon.TABLES:
        build()
    gc.freeze()
    # A scan makes a token, a result and a finding per word or number, nearly all freed
    # together at its end: with the default 700 allocations between young collections,
    # collecting took 0.25 s of the 3.3 s of a dense MB; with 10 000, 0.05 s; with 100 000
    # (a piece of a long text makes some 400 000 objects) 0.05 s less again; with 200 000
    # a piece of a dense MB (its tokens, alive until the piece is done) sets off none, where
    # 100 000 set off two per MB that found nothing (~0.03 s). Memory is unchanged (the
    # peak is the text's own objects, not garbage waiting).
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])

__all__ = [
    "PLACEHOLDERS",
    "WARNING_TYPES",
    "Finding",
    "ImageMetadataError",
    "mask",
    "publishable",
    "scan",
    "strip_image_metadata",
    "warm_up",
]
