"""Every member command over SMTP against `vsn serve`, answers read from its Maildir."""

from __future__ import annotations

import uuid
from email.message import EmailMessage

from mailflow import MEMBERS, db, import_members, send
from support import Server, body

REQUESTS = "vsn-request@vsn.example.se"
ADMIN = "mod1@fhm.example.se"          # no [moderation] admins: the moderators decide
OUTSIDER = "utomstaende@example.org"
APPLICANT = "eva@exempelby.example.se"


def command(sender: str, subject: str, text: str = "", to: str = REQUESTS) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.se>"
    msg.set_content(text or "\n")
    return msg


def ask(server: Server, sender: str, subject: str, expect: str, text: str = "",
        to: str = REQUESTS, nth: int = 1) -> EmailMessage:
    send(server, command(sender, subject, text, to))
    return server.outbox.wait(sender, expect, count=nth)[-1]


def status_of(server: Server, email: str) -> str:
    with db(server) as conn:
        row = conn.execute("SELECT status FROM member WHERE email = ?", (email,)).fetchone()
    return str(row[0]) if row else ""


def test_every_command_is_answered(server_factory) -> None:
    server = server_factory()
    import_members(server)
    server.start()
    member = MEMBERS[0]

    help_ = ask(server, OUTSIDER, "HJÄLP", "hjälp och kommandon")
    assert help_["Auto-Submitted"] == "auto-replied" and "ANSLUT" in body(help_)
    assert "kände inte igen" in body(ask(server, member, "Hej där", "hjälp och kommandon",
                                         text="Vad gör man?"))

    asked = ask(server, member, "INSTÄLLNINGAR GUL AV", "bekräfta ändrade inställningar")
    settings = ask(server, member, "SV: bekräfta", "dina inställningar", text="ja",
                   to=str(asked["Reply-To"]))
    assert "GUL: AV" in body(settings) and "RÖD: direkt" in body(settings)
    assert "bara för medlemmar" in body(ask(server, OUTSIDER, "SÖK fentanyl", "bara för"))
    assert "Inga publicerade" in body(ask(server, member, "SÖK kokain", "sökresultat"))

    application = "Namn: Eva Exempel\nOrganisation: Exempelby kommun\n" \
                  "Organisationstyp: kommun\nRoll: Socialsekreterare\nRegion: Exempellän\n" \
                  "Möter personer som använder narkotika: ja\n" \
                  "Strategisk, analytisk eller utredande roll: nej\n" \
                  "Behöver informationen i arbetet: ja\n"
    ask(server, APPLICANT, "ANSLUT", "ansökan mottagen", text=application)
    to_admin = server.outbox.wait(ADMIN, "[VSN-ansökan")[0]
    assert "Kriterier för medlemskap" in body(to_admin)
    ask(server, ADMIN, "SV: ansökan", "Utfört", text="GODKÄNN", to=str(to_admin["Reply-To"]))
    assert "Välkommen" in body(server.outbox.wait(APPLICANT, "besked")[0])
    assert status_of(server, APPLICANT) == "active"

    confirm = ask(server, member, "AVSLUTA", "bekräfta att du vill avsluta")
    forged = ask(server, OUTSIDER, "SV: bekräfta", "inte utfört", text="ja",
                 to=str(confirm["Reply-To"]))
    assert "egen adress" in body(forged) and status_of(server, member) == "active"
    ask(server, member, "SV: bekräfta", "avslutat", text="ja", to=str(confirm["Reply-To"]))
    assert status_of(server, member) == "left"
