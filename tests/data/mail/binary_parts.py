"""Binary attachments for the corpus, built with code: a TNEF winmail.dat and a JPEG with EXIF."""

from __future__ import annotations

import io
import struct

from PIL import Image

TNEF_SIGNATURE = 0x223E9F78
LVL_MESSAGE, LVL_ATTACHMENT = 1, 2
# TNEF attribute ids and types (MS-OXTNEF 2.1.3)
ATT_TNEF_VERSION, ATT_OEM_CODEPAGE, ATT_MESSAGE_CLASS = 0x9006, 0x9007, 0x8008
ATT_MAPI_PROPS, ATT_ATTACH_REND, ATT_ATTACH_TITLE = 0x9003, 0x9002, 0x8010
ATT_ATTACH_DATA, ATT_ATTACHMENT = 0x800F, 0x9005
T_BYTE, T_STRING, T_WORD, T_DWORD = 0x0006, 0x0007, 0x0003, 0x0008
PT_UNICODE, PR_BODY, PR_ATTACH_LONG_FILENAME = 0x001F, 0x1000, 0x3707


def _attribute(level: int, attr: int, kind: int, data: bytes) -> bytes:
    head = struct.pack("<BHHI", level, attr, kind, len(data))
    return head + data + struct.pack("<H", sum(data) & 0xFFFF)


def _unicode_prop(prop: int, value: str) -> bytes:
    data = (value + "\x00").encode("utf-16-le")
    padding = b"\x00" * (-len(data) % 4)
    return struct.pack("<HHII", PT_UNICODE, prop, 1, len(data)) + data + padding


def _props(*props: bytes) -> bytes:
    return struct.pack("<I", len(props)) + b"".join(props)


def winmail_dat(body: str, files: list[tuple[str, str, bytes]]) -> bytes:
    """A TNEF stream as Outlook writes it: body in MAPI props, each file with a long name.

    files: (8.3 short name, long name with åäö, content)."""
    out = struct.pack("<IH", TNEF_SIGNATURE, 0x1234)
    out += _attribute(LVL_MESSAGE, ATT_TNEF_VERSION, T_DWORD, struct.pack("<I", 0x10000))
    out += _attribute(LVL_MESSAGE, ATT_OEM_CODEPAGE, T_BYTE, struct.pack("<II", 1252, 0))
    out += _attribute(LVL_MESSAGE, ATT_MESSAGE_CLASS, T_WORD, b"IPM.Microsoft Mail.Note\x00")
    out += _attribute(LVL_MESSAGE, ATT_MAPI_PROPS, T_BYTE, _props(_unicode_prop(PR_BODY, body)))
    for short, long, data in files:
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_REND, T_BYTE, b"\x01\x00" + b"\xff" * 12)
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_TITLE, T_STRING, short.encode() + b"\x00")
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACH_DATA, T_BYTE, data)
        props = _props(_unicode_prop(PR_ATTACH_LONG_FILENAME, long))
        out += _attribute(LVL_ATTACHMENT, ATT_ATTACHMENT, T_BYTE, props)
    return out


def jpeg_with_exif() -> bytes:
    """A small photo whose EXIF names a camera and a GPS position (both must never be shown)."""
    image = Image.new("RGB", (64, 48), (180, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "ExampleCam"          # Make
    exif[0x0110] = "Model 7"             # Model
    exif[0x0132] = "2025:03:03 10:12:00"  # DateTime
    gps = {1: "N", 2: (55.0, 36.0, 12.5), 3: "E", 4: (13.0, 0.0, 4.25)}
    exif[0x8825] = gps                   # GPSInfo
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), quality=70)
    return buffer.getvalue()


def png_pixel() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (20, 120, 20)).save(buffer, format="PNG")
    return buffer.getvalue()
