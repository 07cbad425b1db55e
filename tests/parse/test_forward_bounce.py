"""Who wrote a forwarded report, and who a bounce was for."""

from __future__ import annotations

import pytest

from mailgate.parse import bounce_failures, parse
from mailgate.parse.forward import forwarded_from

OUTLOOK_SV = ("Se nedan.\n\n" + "_" * 32 + "\nFrån: Anna Andersson <Anna@Kommun.Example.SE>\n"
              "Skickat: den 2 mars 2025 16:40\nTill: Bo\nÄmne: Fentanyl\n\nText.\n")
FORWARDS = [
    ("VB: Fentanyl", OUTLOOK_SV, "Anna Andersson <anna@kommun.example.se>"),
    ("Fentanyl", OUTLOOK_SV, "Anna Andersson <anna@kommun.example.se>"),  # the rule suffices
    ("FW: x", "From: Lars Lund [mailto:lars@example.org]\nSent: Sunday\nTo: Bo\n\nText.",
     "Lars Lund <lars@example.org>"),
    ("x", "-----Original Message-----\nFrom: lars@example.org\nSent: Sunday\n\nText.",
     "lars@example.org"),
    ("Fwd: x", "---------- Forwarded message ---------\nFrom: **Kim** <kim@example.org>\n"
     "Date: Sun\n\nText.", "Kim <kim@example.org>"),
    ("VB: x", "Från: Anna Andersson\nSkickat: igår\nTill: Bo\n\nText.", "Anna Andersson"),
    ("Sv: x", "Tack!\n\nDen 2 mars 2025 skrev Anna <anna@example.se>:\n> Text.", ""),  # a reply
    ("Rapport", "Hej,\nFrån: imorgon säljs det mer.\n", ""),  # no forward at all
]


@pytest.mark.parametrize(("subject", "text", "author"), FORWARDS)
def test_the_original_author_of_a_forward(subject: str, text: str, author: str) -> None:
    assert forwarded_from(subject, text) == author


def dsn(blocks: str) -> bytes:
    return ("From: MAILER-DAEMON@mx.example.net\r\nContent-Type: multipart/report; "
            'report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n'
            "\r\nFailed.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.example.net\r\n\r\n" + blocks.replace("\n", "\r\n")
            + "\r\n--b--\r\n").encode()


STATUSES = [
    ("Final-Recipient: rfc822; A@X.example\nAction: failed\nStatus: 5.1.1\n",
     [("a@x.example", "5.1.1", "hard")]),
    ("Final-Recipient: rfc822; a@x.example\nAction: delayed\nStatus: 4.4.1\n",
     [("a@x.example", "4.4.1", "soft")]),
    ("Final-Recipient: rfc822; a@x.example\nAction: failed\n", [("a@x.example", "", "hard")]),
    ("Final-Recipient: rfc822; a@x.example\nAction: delivered\nStatus: 2.0.0\n", []),
    ("Final-Recipient: rfc822; a@x.example\nAction: failed\nStatus: 5.2.2\n\n"
     "Final-Recipient: rfc822; b@x.example\nAction: delayed\nStatus: 4.2.2\n",
     [("a@x.example", "5.2.2", "hard"), ("b@x.example", "4.2.2", "soft")]),
]


@pytest.mark.parametrize(("blocks", "expected"), STATUSES)
def test_dsn_recipients_and_whether_the_failure_is_permanent(
        blocks: str, expected: list[tuple[str, str, str]]) -> None:
    found = bounce_failures(parse(dsn(blocks)))
    assert [(f.recipient, f.status, f.severity) for f in found] == expected


PROSE = [
    ("<gone@example.net>: host mx said: 550 5.1.1 User unknown", ("gone@example.net", "5.1.1")),
    ("Your message to gone@example.net couldn't be delivered.\n550 5.1.10",
     ("gone@example.net", "5.1.10")),
    ("Det gick inte att leverera meddelandet till gone@example.net.\n452 4.2.2 full",
     ("gone@example.net", "4.2.2")),
]


@pytest.mark.parametrize(("text", "expected"), PROSE)
def test_bounces_in_prose_only(text: str, expected: tuple[str, str]) -> None:
    raw = f"From: MAILER-DAEMON@mx.example.net\r\nSubject: Undeliverable\r\n\r\n{text}\r\n"
    (failure,) = bounce_failures(parse(raw.encode()))
    assert (failure.recipient, failure.status) == expected
    assert failure.hard == expected[1].startswith("5")
