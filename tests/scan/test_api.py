"""The contract others depend on: scan, publishable, mask, strip_image_metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mailgate.scan import (
    Finding,
    ImageMetadataError,
    mask,
    publishable,
    scan,
    strip_image_metadata,
)


def f(type_: str, start: int, end: int, score: float = 0.9, text: str = "") -> Finding:
    return Finding(type_, start, end, score, "test", text)


def test_scan_returns_sorted_findings_with_offsets() -> None:
    text = "Klienten Erik Svensson ringde från 070-123 45 67 igår."
    found = scan(text)
    assert [x.start for x in found] == sorted(x.start for x in found)
    pairs = {(x.type, x.text) for x in found}
    assert pairs >= {("PERSON", "Erik Svensson"), ("PHONE", "070-123 45 67")}
    for x in found:
        assert text[x.start : x.end] == x.text


def test_scan_of_empty_text_is_empty() -> None:
    assert scan("") == []
    assert scan("   \n") == []


def test_publishable_merges_overlaps_and_drops_warnings() -> None:
    text = "abcdefghij"
    findings = [f("PERSON", 0, 4, 0.6, "abcd"), f("ADDRESS", 2, 6, 0.9, "cdef"), f("QUASI", 7, 9)]
    merged = publishable(findings)
    assert [(m.type, m.start, m.end, m.text) for m in merged] == [("ADDRESS", 0, 6, "abcdef")]
    assert text[0:6] == "abcdef"


def test_mask_plain_numbered_and_kept() -> None:
    text = "Erik ringde 070-123 45 67."
    findings = [f("PERSON", 0, 4), f("PHONE", 12, 25)]
    assert mask(text, findings) == "[NAMN] ringde [TELEFON]."
    assert mask(text, findings, numbered=True) == "[NAMN 1] ringde [TELEFON 2]."
    assert mask(text, findings, numbered=True, keep={1}) == "Erik ringde [TELEFON 2]."


def test_mask_never_masks_quasi_warnings() -> None:
    assert mask("Ekbackeskolan klass 8B", [f("QUASI", 0, 13)]) == "Ekbackeskolan klass 8B"


def _jpeg_with_exif() -> bytes:
    img = Image.new("RGB", (8, 8), (200, 10, 10))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (59.0, 20.0, 0.0)}  # GPSInfo
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_strip_image_metadata_removes_exif_and_gps() -> None:
    data = _jpeg_with_exif()
    assert Image.open(io.BytesIO(data)).getexif()
    clean = strip_image_metadata(data, "image/jpeg")
    with Image.open(io.BytesIO(clean)) as img:
        assert not img.getexif()
        assert img.size == (8, 8)


def test_strip_image_metadata_leaves_other_types_alone() -> None:
    assert strip_image_metadata(b"%PDF-1.4", "application/pdf") == b"%PDF-1.4"


def test_strip_image_metadata_raises_on_corrupt_image() -> None:
    with pytest.raises(ImageMetadataError):
        strip_image_metadata(b"not an image", "image/png")
    assert issubclass(ImageMetadataError, ValueError)
