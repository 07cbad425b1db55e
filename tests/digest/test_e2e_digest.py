"""A week over SMTP: red, yellow and green warnings approved by reply, notices by tier,
a comment by reply, then the week's digest run by two processes at once: each member
gets exactly one, grouped by urgency, with the comment and the notices marked. On SQLite
and (integration) PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage

from digest.weekly.week import current_week

from mailflow import MEMBERS, idle, import_members, reply_to, send
from support import Server, body, wait_for

MODERATOR = "mod1@fhm.example.se"
REQUESTS = "vsn-request@vsn.example.se"
WARNINGS = [("RÖD", "Fentanyl i falska oxykodontabletter"), ("GUL", "Nitazener i heroin"),
            ("GRÖN", "Nya namn på amfetamin")]


def mail(sender: str, to: str, subject: str, text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@kommun-a.example.se>"
    msg.set_content(text)
    return msg


def publish(server: Server, word: str, title: str) -> None:
    send(server, mail("handlaggare@kommun-a.example.se", "vsn@vsn.example.se",
                      f"{word}: {title}", f"{title}. Inga personuppgifter här.\n"))
    send(server, reply_to(review_of(server, title), MODERATOR, "GODKÄNN"))


def review_of(server: Server, title: str) -> EmailMessage:
    def found() -> list[EmailMessage]:
        return [m for m in server.outbox.to(MODERATOR, title)
                if str(m["Subject"]).startswith("[VSN-granskning")]
    return wait_for(found, what=f"the review of {title!r}")[0]


def digest_process(server: Server, week: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "mailgate.cli", "--config",
                             str(server.config), "digest", "send", "--week", week],
                            cwd=server.folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_a_week_of_warnings_ends_in_one_digest_each(server_factory, store_url) -> None:
    server = server_factory("[digest]\nenabled = false\n", store_url=store_url)
    import_members(server)
    server.start()
    quiet, keen = MEMBERS[1], MEMBERS[2]
    for member, change in ((quiet, "GUL AV GRÖN AV"), (keen, "GRÖN PÅ")):
        send(server, mail(member, REQUESTS, f"INSTÄLLNINGAR {change}", "\n"))
        asked = server.outbox.wait(member, "bekräfta ändrade inställningar")[0]
        send(server, mail(member, str(asked["Reply-To"]), "SV: bekräfta", "ja\n"))
        server.outbox.wait(member, "dina inställningar")
    for word, title in WARNINGS:
        publish(server, word, title)
        server.outbox.wait(keen, f"[VSN {word}]")   # the keen member gets all three at once

    assert server.outbox.to(quiet, "[VSN RÖD]") and not server.outbox.to(quiet, "[VSN GUL]")
    assert not server.outbox.to(quiet, "[VSN GRÖN]")
    server.outbox.wait(MEMBERS[0], "[VSN GRÖN]")   # every urgency at once by default
    red = server.outbox.to(MEMBERS[0], "[VSN RÖD]")[0]
    assert red["X-VSN-Urgency"] == "red" and "SPRID VIDARE" in body(red)

    send(server, reply_to(red, MEMBERS[0], "Vi har sett samma tabletter i Lund."))
    send(server, reply_to(review_of(server, "Kommentar till"), MODERATOR, "GODKÄNN"))
    send(server, mail(MEMBERS[0], REQUESTS, "SÖK fentanyl", "\n"))
    found = server.outbox.wait(MEMBERS[0], "sökresultat")[0]
    assert "Fentanyl i falska oxykodontabletter" in body(found)
    wait_for(lambda: idle(server), what="queues to drain")

    week = current_week(datetime.now(UTC), "Europe/Stockholm").label
    runs = [digest_process(server, week) for _ in range(2)]   # a second process at once
    outputs = [p.communicate(timeout=120) for p in runs]
    assert all(p.returncode == 0 for p in runs), outputs
    assert sum(int(out.split(", ")[1].split()[0]) for out, _ in outputs) == 3
    for member in MEMBERS:
        server.outbox.wait(member, "veckosammanfattning")
    wait_for(lambda: idle(server), what="digests to be delivered")
    assert all(len(server.outbox.to(m, "veckosammanfattning")) == 1 for m in MEMBERS)

    digest = server.outbox.to(quiet, "veckosammanfattning")[0]
    text = body(digest)
    assert digest["Precedence"] == "bulk" and "vsn+unsubscribe-" in str(digest["List-Unsubscribe"])
    assert text.index("RÖD") < text.index("GUL") < text.index("GRÖN")
    toc = text.split("====")[0]
    assert "Fentanyl i falska oxykodontabletter [" in toc
    assert toc.count("(skickad till dig som varning)") == 1     # red only: yellow was off
    assert "Vi har sett samma tabletter i Lund." in text
    assert digest.get_body(preferencelist=("html",)) is not None
