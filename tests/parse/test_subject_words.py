"""Subjects keep their spaces however a client folded the encoded words (RFC 2047 6.2:
whitespace between two encoded words goes, between an encoded word and text it stays)."""

from __future__ import annotations

import random

import pytest

from digest.compose.message import Draft, Identity, compose
from digest.outbox import SMTP_POLICY
from mailgate.parse import parse

SUBJECTS = [
    "Blå tabletter märkta M30 – tre överdoser i Malmö",
    "RÖD: fentanyl i falska oxykodontabletter, Örebro län",
    "För kännedom: ökad förekomst av bromazolam på Gotland under hösten",
    "Varning – blå tabletter",
]


def _mail(subject_header: str) -> bytes:
    return (f"From: Anna <anna@region.example.se>\r\nTo: vsn@vsn.example.se\r\n"
            f"Subject: {subject_header}\r\nMessage-ID: <x@region.example.se>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nText.\r\n").encode("ascii")


def _python_folded(subject: str) -> bytes:
    """As the service itself sends it: composed with the email package (our notices and
    review mails, which members and moderators answer or forward)."""
    identity = Identity("vsn.example.se", "vsn@vsn.example.se", "VSN", "vsn-request@x.se")
    return compose(identity, Draft(to="a@b.se", subject=subject, text="Text.")).as_bytes(
        policy=SMTP_POLICY)


def _outlook_folded(subject: str) -> str:
    """Outlook: the whole subject base64 in words of a few bytes, folded CRLF TAB."""
    import base64
    data = subject.encode("utf-8")
    cut, words, start = 18, [], 0
    while start < len(data):
        end = min(start + cut, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end += 1   # Outlook keeps a character's bytes in one word
        words.append(f"=?utf-8?B?{base64.b64encode(data[start:end]).decode()}?=")
        start = end
    return "\r\n\t".join(words)


def _q(text: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else
                   "".join(f"={b:02X}" for b in c.encode("utf-8")) for c in text)


def _gmail_folded(subject: str) -> str:
    """Gmail: the whole subject in Q words of about 40 characters, folded CRLF SPACE."""
    chunks = [subject[i:i + 16] for i in range(0, len(subject), 16)]
    return "\r\n ".join(f"=?UTF-8?Q?{_q(c)}?=" for c in chunks)


def _mixed_folded(subject: str) -> str:
    """Apple Mail and Thunderbird: ASCII words plain, runs of other words encoded together
    (the spaces inside them as _), folded at the spaces between."""
    out: list[str] = []
    run: list[str] = []
    for word in [*subject.split(" "), ""]:
        if word and not word.isascii():
            run.append(word)
            continue
        if run:
            out.append(f"=?UTF-8?Q?{_q(' '.join(run))}?=")
            run = []
        if word:
            out.append(word)
    return "\r\n ".join(out)


@pytest.mark.parametrize("subject", SUBJECTS)
def test_python_email_folding_keeps_spaces(subject: str) -> None:
    assert parse(_python_folded(subject), domain="vsn.example.se").subject == subject


@pytest.mark.parametrize("subject", SUBJECTS)
def test_outlook_folding_keeps_spaces(subject: str) -> None:
    assert parse(_mail(_outlook_folded(subject)), domain="vsn.example.se").subject == subject


@pytest.mark.parametrize("subject", SUBJECTS)
def test_apple_and_thunderbird_folding_keeps_spaces(subject: str) -> None:
    assert parse(_mail(_mixed_folded(subject)), domain="vsn.example.se").subject == subject


@pytest.mark.parametrize("subject", SUBJECTS)
def test_gmail_folding_keeps_spaces(subject: str) -> None:
    assert parse(_mail(_gmail_folded(subject)), domain="vsn.example.se").subject == subject


def test_space_inside_q_words_and_between_plain_words() -> None:
    header = "=?utf-8?q?bl=C3=A5_?=\r\n =?utf-8?q?tabletter?= i\r\n =?utf-8?q?Malm=C3=B6?= nu"
    assert parse(_mail(header), domain="vsn.example.se").subject == "blå tabletter i Malmö nu"


SUBJECT_WORDS = ("blå tabletter märkta M30 – tre överdoser i Malmö under helgen fentanyl "
                 "Örebro län för kännedom ökad förekomst på Gotland")


def test_long_subjects_we_send_arrive_whole() -> None:
    """The email package's own folding dropped a space in about one long subject in eight."""
    words = SUBJECT_WORDS.split()
    rng = random.Random(48)
    for _ in range(300):
        subject = "[VSN-granskning 2026-0001] " + " ".join(
            rng.choice(words) for _ in range(rng.randint(1, 30)))
        raw = _python_folded(subject)
        assert all(len(line) <= 78 for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n"))
        assert parse(raw, domain="vsn.example.se").subject == subject
