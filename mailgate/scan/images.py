"""Image attachments lose their EXIF, GPS and other metadata before they are stored for review.

The image is rebuilt from its pixels alone (after turning it upright by its EXIF orientation,
which is lost with the rest), so nothing from the original file's headers can survive:
EXIF, GPS, XMP, IPTC, ICC profiles, PNG text chunks, TIFF tags, comments. Animated images
keep their first frame. Non-images are returned unchanged.
"""

from __future__ import annotations

import io
import warnings
from typing import Any, Final

# Formats we re-encode; other image types are refused rather than stored with metadata.
_FORMATS: Final = {
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
    from PIL import Image

    failures = (OSError, ValueError, SyntaxError, EOFError, Warning, Image.DecompressionBombError)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return _reencode(data, fmt)
    except failures as exc:
        reason = type(exc).__name__
        raise ImageMetadataError(f"{kind} attachment does not decode: {reason}") from exc


def _reencode(data: bytes, fmt: str) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as img:
        img.load()
        upright = ImageOps.exif_transpose(img) or img
        clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
        if upright.mode == "P":
            clean.putpalette(upright.getpalette() or [])
        params: dict[str, Any] = {}
        if "transparency" in upright.info and fmt in ("PNG", "GIF"):
            params["transparency"] = upright.info["transparency"]  # pixels, not metadata
        if fmt == "JPEG" and clean.mode not in ("RGB", "L", "CMYK"):
            clean = clean.convert("RGB")
        if fmt in ("JPEG", "WEBP"):
            params["quality"] = 90  # moderators need to read stamps on pills
        out = io.BytesIO()
        clean.save(out, format=fmt, **params)
    return out.getvalue()
