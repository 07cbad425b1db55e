"""A report a colleague forwarded: the moderator sees both the forwarder and the author."""

from __future__ import annotations

from email.message import EmailMessage

from mailflow import send
from support import body


def test_review_names_forwarding_colleague_and_original_author(server_factory) -> None:
    server = server_factory()
    server.start()
    msg = EmailMessage()
    msg["From"] = "Kollega K <kollega@region-b.example.se>"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = "VB: Gul: nytt pulver säljs som ketamin"
    msg.set_content(
        "Vidarebefordrar från vår sjuksköterska.\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Sköterska S <skoterska@region-b.example.se>\n"
        "Skickat: den 20 november 2026 14:02\n"
        "Till: Kollega K <kollega@region-b.example.se>\n"
        "Ämne: Nytt pulver\n\n"
        "Flera patienter beskriver ett vitt pulver som säljs som ketamin men ger kramper.\n")
    send(server, msg)
    review = server.outbox.wait("mod1@fhm.example.se", "[VSN-granskning")[0]
    text = body(review)
    assert "kollega@region-b.example.se" in text
    assert "skoterska@region-b.example.se" in text.split("Vidarebefordrad:")[1].splitlines()[0]
    assert "kramper" in text
