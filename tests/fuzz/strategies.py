"""Random and mutated MIME: corpus messages cut, spliced, flipped and re-headed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

CORPUS = sorted((Path(__file__).resolve().parents[1] / "data" / "mail").glob("*.eml"))
SEEDS = [p.read_bytes() for p in CORPUS]

# Fragments that stress the parser where real mail breaks: boundaries, encodings, charsets.
FRAGMENTS = [
    b"\r\n", b"\n", b"\r", b"\x00", b"--", b"--=_vsn_part_0", b"--=_vsn_part_0--",
    b"Content-Type: multipart/mixed; boundary=\"x\"\r\n", b"Content-Type: message/rfc822\r\n",
    b"Content-Transfer-Encoding: base64\r\n", b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"=?utf-8?q?=C3=B6?=", b"=?x-bad?b?////?=", b"=?utf-8?b?", b"charset=\"utf-7\"",
    b"filename*=utf-8''%C3%A5%ZZ", b"\xff\xfe", b"\xc3", "åäö".encode(), b"=\r\n", b"=ZZ",
    b"Content-Type: application/ms-tnef\r\n\r\n\x78\x9f\x3e\x22", b"\t", b" " * 200,
    b"Subject: =?utf-8?q?a=0D=0Ab?=\r\n", b"multipart/report; report-type=delivery-status",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "duplicate", "truncate"]))
        if action == "insert":
            data[at:at] = draw(st.sampled_from(FRAGMENTS) | st.binary(max_size=40))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 400))]
        else:
            del data[at:]
    return bytes(data)


@st.composite
def assembled(draw: st.DrawFn) -> bytes:
    """Messages put together from header-like lines and fragments."""
    names = st.sampled_from([b"From", b"To", b"Subject", b"Content-Type", b"Message-ID",
                             b"Content-Transfer-Encoding", b"Return-Path", b"Auto-Submitted",
                             b"Content-Disposition", b"X-VSN-Loop", b"In-Reply-To"])
    values = st.sampled_from(FRAGMENTS) | st.binary(max_size=60)
    headers = draw(st.lists(st.tuples(names, values), max_size=12))
    body = draw(st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=80), max_size=12))
    head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
    return head + b"\r\n" + b"".join(body)


any_message = st.binary(max_size=3000) | mutated() | assembled()
