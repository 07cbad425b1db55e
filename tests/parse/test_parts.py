"""Attachments as the moderator sees them: decoded names, types, sizes; TNEF unpacked."""

from __future__ import annotations

from email.message import EmailMessage

from mailgate.parse import parse


def with_attachment(data: bytes, maintype: str, subtype: str, filename: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@kommun.example.se"
    msg["Subject"] = "x"
    msg.set_content("Se bilaga.\n")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def listed(raw: bytes) -> list[tuple[str, str, int]]:
    return [(a.filename, a.content_type, a.size) for a in parse(raw).attachments]


def test_rfc2231_name_with_aao_and_decoded_size() -> None:
    raw = with_attachment(b"%PDF" * 100, "application", "pdf", "Lägesbild för Åre.pdf")
    assert listed(raw) == [("Lägesbild för Åre.pdf", "application/pdf", 400)]


def test_a_path_in_a_filename_is_cut_to_its_last_part() -> None:
    raw = with_attachment(b"MZ", "application", "octet-stream", "..\\..\\Windows\\evil.exe")
    assert listed(raw) == [("evil.exe", "application/octet-stream", 2)]


def test_images_are_marked_for_the_moderator_only() -> None:
    raw = with_attachment(b"\xff\xd8\xff\xe0", "image", "jpeg", "bild.jpg")
    (part,) = parse(raw).attachments
    assert part.is_image and part.data == b"\xff\xd8\xff\xe0"


def test_unreadable_winmail_dat_is_kept_as_it_came() -> None:
    raw = with_attachment(b"not tnef at all", "application", "ms-tnef", "winmail.dat")
    mail = parse(raw)
    assert listed(raw) == [("winmail.dat", "application/ms-tnef", 15)]
    assert "UnreadableTnef" in mail.defects


def test_the_body_is_not_listed_as_an_attachment_and_alternatives_are_not_either() -> None:
    msg = EmailMessage()
    msg["From"] = "a@kommun.example.se"
    msg.set_content("text\n")
    msg.add_alternative("<p>text</p>", subtype="html")
    assert parse(msg.as_bytes()).attachments == ()


def test_text_parts_around_an_inline_image_are_all_read() -> None:
    """Apple Mail: text, image, more text in one multipart/mixed."""
    raw = ('From: a@kommun.example.se\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
           "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFörsta delen.\r\n"
           "--b\r\nContent-Type: image/png\r\nContent-Disposition: inline\r\n\r\nPNG\r\n"
           "--b\r\nContent-Type: text/plain\r\n\r\nAndra delen.\r\n--b--\r\n").encode()
    mail = parse(raw)
    assert mail.text == "Första delen.\nAndra delen.\n"
    assert [a.content_type for a in mail.attachments] == ["image/png"]
