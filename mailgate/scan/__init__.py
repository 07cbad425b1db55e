"""Personal-data scanning for reports: find identifiers, propose the publishable text.

    from mailgate.scan import scan, mask, publishable, Finding
    findings = scan(text)
    masked = mask(text, findings)            # "[NAMN]", "[PERSONNUMMER]", ...
    numbered = mask(text, findings, numbered=True, keep={2})
"""

from __future__ import annotations

from mailgate.scan.engine import scan
from mailgate.scan.finding import PLACEHOLDERS, WARNING_TYPES, Finding
from mailgate.scan.images import ImageMetadataError, strip_image_metadata
from mailgate.scan.redact import mask, publishable

__all__ = [
    "PLACEHOLDERS",
    "WARNING_TYPES",
    "Finding",
    "ImageMetadataError",
    "mask",
    "publishable",
    "scan",
    "strip_image_metadata",
]
