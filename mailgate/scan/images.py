"""Image attachments lose their EXIF and GPS metadata before they are stored for review."""

from __future__ import annotations

import io
import warnings

# Formats we re-encode; other image types are refused rather than stored with metadata.
_FORMATS = {
    "image/jpeg": "JPEG",
    "image/jpg": "JPEG",
    "image/pjpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
    "image/bmp": "BMP",
}


class ImageMetadataError(ValueError):
    """An image that could not be decoded, so its metadata could not be removed."""


def strip_image_metadata(data: bytes, content_type: str) -> bytes:
    """The image re-encoded from its pixels alone; non-images are returned unchanged.

    Raises ImageMetadataError for an image type we cannot clean or bytes that do not decode.
    """
    kind = content_type.split(";", 1)[0].strip().lower()
    if not kind.startswith("image/"):
        return data
    fmt = _FORMATS.get(kind)
    if fmt is None:
        raise ImageMetadataError(f"cannot remove metadata from {kind} images")
    # Pillow is imported here, not at module level: most callers never see an image.
    from PIL import UnidentifiedImageError

    try:
        return _reencode(data, fmt)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        reason = type(exc).__name__
        raise ImageMetadataError(f"{kind} attachment does not decode: {reason}") from exc


def _reencode(data: bytes, fmt: str) -> bytes:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            # Copying the pixels into a fresh image leaves EXIF, GPS, XMP, ICC comments behind.
            clean = Image.new(img.mode, img.size)
            clean.putdata(list(img.getdata()))
            if img.mode == "P" and img.getpalette():
                clean.putpalette(img.getpalette() or [])
            out = io.BytesIO()
            clean.save(out, format=fmt)
    return out.getvalue()
