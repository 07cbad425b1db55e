"""Image metadata: EXIF, GPS, text chunks and TIFF tags never survive; pixels do."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from mailgate.scan import ImageMetadataError, strip_image_metadata

GPS = {1: "N", 2: (59.0, 20.0, 0.0), 3: "E", 4: (18.0, 4.0, 0.0)}


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: rotated 90°
    exif[0x8825] = GPS
    return exif


def _image(fmt: str, mode: str = "RGB") -> bytes:
    img = Image.new(mode, (8, 4), 1 if mode == "P" else (200, 10, 10))
    out = io.BytesIO()
    params: dict[str, object] = {}
    if fmt in ("JPEG", "WEBP", "PNG"):
        params["exif"] = _exif()
    if fmt == "TIFF":
        params["tiffinfo"] = {270: "Erik Svensson, Storgatan 5", 271: "PhoneMaker"}
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "Erik Svensson, Storgatan 5")
        params["pnginfo"] = info
    img.save(out, format=fmt, **params)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp"),
     ("TIFF", "image/tiff"), ("GIF", "image/gif"), ("BMP", "image/bmp")],
)
def test_metadata_is_gone_and_pixels_remain(fmt: str, content_type: str) -> None:
    data = _image(fmt, "P" if fmt == "GIF" else "RGB")
    clean = strip_image_metadata(data, f"{content_type}; name=photo")
    with Image.open(io.BytesIO(clean)) as img:
        assert img.format == fmt
        # TIFF keeps its structural tags (size, compression); no descriptive or GPS tag stays.
        assert not {0x010E, 0x010F, 0x0112, 0x8825} & set(img.getexif())
        assert not any(k in img.info for k in ("exif", "Comment", "xmp", "icc_profile"))
        assert b"Svensson" not in clean and b"PhoneMaker" not in clean


def test_orientation_is_applied_before_it_is_dropped() -> None:
    clean = strip_image_metadata(_image("JPEG"), "image/jpeg")
    with Image.open(io.BytesIO(clean)) as img:
        assert img.size == (4, 8)  # turned upright, since the tag that said so is gone


@pytest.mark.parametrize(
    ("data", "content_type"),
    [(b"not an image", "image/png"), (b"\xff\xd8\xff\xe0broken", "image/jpeg"),
     (b"GIF89a", "image/gif")],
)
def test_undecodable_images_raise_a_clear_error(data: bytes, content_type: str) -> None:
    with pytest.raises(ImageMetadataError):
        strip_image_metadata(data, content_type)


def test_unsupported_image_types_are_refused_not_stored() -> None:
    with pytest.raises(ImageMetadataError, match="image/heic"):
        strip_image_metadata(b"....ftypheic", "image/heic")


def test_other_attachments_are_returned_unchanged() -> None:
    assert strip_image_metadata(b"%PDF-1.7", "application/pdf") == b"%PDF-1.7"
    assert strip_image_metadata(b"hej", "text/plain; charset=utf-8") == b"hej"
