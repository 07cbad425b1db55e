"""Headers and bodies as a reader sees them: charsets, encoded words, HTML from Outlook."""

from __future__ import annotations

import pytest

from mailgate.parse import parse
from mailgate.parse.charset import decode_bytes


def mail(head: str, body: bytes = b"Hej\r\n") -> bytes:
    return head.replace("\n", "\r\n").encode("utf-8", "surrogateescape") + b"\r\n" + body


SUBJECTS = [
    ("=?utf-8?q?R=C3=B6d=3A_fentanyl?=", "Röd: fentanyl"),
    ("=?iso-8859-1?Q?Gr=F6n_-_f=F6r_k=E4nnedom?=", "Grön - för kännedom"),
    ("=?windows-1252?q?=93M30=94_tabletter?=", "“M30” tabletter"),
    ("=?UTF-8?B?w6XDpMO2?= och =?UTF-8?B?w4XDhMOW?=", "åäö och ÅÄÖ"),
    ("=?x-unknown?q?G=C3=A4rna?=", "Gärna"),             # unknown charset: UTF-8 fallback
    ("=?utf-8?q?a=0D=0ABcc=3A_x?=", "a Bcc: x"),          # encoded CR LF flattened
    ("Lång\n rad\n\tvikt", "Lång rad vikt"),              # raw 8-bit, folded
    ("=?utf-8?q?broken", "=?utf-8?q?broken"),            # unterminated word kept as is
]


@pytest.mark.parametrize(("raw", "expected"), SUBJECTS)
def test_subjects_are_decoded_to_one_line(raw: str, expected: str) -> None:
    subject = parse(mail(f"From: a@example.se\nSubject: {raw}\n")).subject
    assert subject == expected
    assert "\r" not in subject and "\n" not in subject


def test_latin1_subject_bytes_are_read_as_windows_1252() -> None:
    raw = b"From: a@example.se\r\nSubject: R\xf6d \x93x\x94\r\n\r\nHej\r\n"
    assert parse(raw).subject == "Röd “x”"


def test_encoded_display_name_with_comma_stays_one_sender() -> None:
    found = parse(mail("From: =?utf-8?q?Andersson=2C_Anna?= <Anna@Example.SE>\n"))
    assert (found.sender_name, found.sender) == ("Andersson, Anna", "anna@example.se")


CHARSETS = [
    (b"r\xf6d", "iso-8859-1", "röd", []),
    (b"\x93r\xf6d\x94 \x80", "iso-8859-1", "“röd” €", []),       # 1252 under a latin-1 label
    ("röd".encode(), "iso-8859-1", "röd", ["WrongCharset"]),   # UTF-8 under a latin-1 label
    ("röd".encode(), None, "röd", []),
    (b"r\xf6d", None, "röd", []),
    (b"r\xf6d", "utf-8", "röd", ["WrongCharset"]),
    (b"r\xf6d", "x-nonexistent", "röd", ["UnknownCharset"]),
    (b"r\xf6d", "us-ascii", "röd", ["WrongCharset"]),
]


@pytest.mark.parametrize(("data", "declared", "text", "defects"), CHARSETS)
def test_declared_charset_first_then_fallbacks(data: bytes, declared: str | None, text: str,
                                               defects: list[str]) -> None:
    assert decode_bytes(data, declared) == (text, defects)


OUTLOOK = ('<html><head><style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><o:x/>'
           '</xml><![endif]--></head><body><div class=WordSection1>'
           '<p class=MsoNormal>Hej,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
           '<p class=MsoNormal>Gröna&nbsp;tabletter.<o:p></o:p></p>'
           '<ul><li class=MsoListParagraph>Första</li></ul></div></body></html>')


def test_outlook_html_only_mail_becomes_readable_text() -> None:
    raw = mail("From: a@example.se\nContent-Type: text/html; charset=utf-8\n",
               OUTLOOK.encode())
    assert parse(raw).text == "Hej,\n\nGröna tabletter.\n\n  * Första\n"


def test_plain_text_is_preferred_over_html() -> None:
    raw = mail('From: a@example.se\nContent-Type: multipart/alternative; boundary="b"\n',
               b"--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n"
               b"--b\r\nContent-Type: text/plain\r\n\r\nplain\r\n--b--\r\n")
    assert parse(raw).text == "plain\n"


def test_an_empty_plain_part_falls_back_to_html() -> None:
    raw = mail('From: a@example.se\nContent-Type: multipart/alternative; boundary="b"\n',
               b"--b\r\nContent-Type: text/plain\r\n\r\n \r\n"
               b"--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b--\r\n")
    assert parse(raw).text == "html\n"


@pytest.mark.parametrize("cte, body", [
    ("quoted-printable", b"r=C3=B6d =\r\nrad\r\n"),
    ("base64", b"csO2ZCByYWQ=\r\n"),
    ("8bit", "röd rad\r\n".encode()),
])
def test_transfer_encodings(cte: str, body: bytes) -> None:
    raw = mail(f"From: a@example.se\nContent-Type: text/plain; charset=utf-8\n"
               f"Content-Transfer-Encoding: {cte}\n", body)
    assert parse(raw).text == "röd rad\n"


def test_missing_message_id_is_generated_the_same_each_time() -> None:
    raw = mail("From: a@example.se\n")
    first, second = parse(raw, domain="vsn.example.se"), parse(raw, domain="vsn.example.se")
    assert first.message_id == second.message_id
    assert first.message_id.startswith("<generated.")
    assert first.message_id.endswith("@vsn.example.se>")
    assert "MissingMessageId" in first.defects


def test_nul_bytes_are_removed_and_reported() -> None:
    found = parse(mail("From: a@example.se\nMessage-ID: <x@y>\n", b"a\x00b\r\n"))
    assert (found.text, found.defects) == ("ab\n", ("NulBytes",))
