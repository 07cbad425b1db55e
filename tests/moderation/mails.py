"""Mail the moderation tests send: reports and replies as real clients write them."""

from __future__ import annotations

from email.message import EmailMessage

from synthetic import FICTIONAL_MOBILE, personnummer

REPORTER = "handlaggare@kommun-a.example.se"
PNR = personnummer("850412", "123")
REPORT_TEXT = (
    "Hej,\n\nIgår kväll hittades Kalle Svensson medvetslös efter att ha tagit blå tabletter "
    f"märkta M30. Hans personnummer är {PNR}. Ring mig på {FICTIONAL_MOBILE}.\n\nMvh\n"
    "Handläggare A\n")
CLEAN_TEXT = ("Blå tabletter märkta M30 som säljs som oxykodon innehåller fentanyl. "
              "Flera förgiftningar i veckan.")


def report(subject: str = "RÖD: fentanyl i falska oxykodontabletter",
           text: str = REPORT_TEXT, sender: str = REPORTER) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Handläggare A <{sender}>"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = subject
    msg.set_content(text)
    return msg


def reply(to_mail: EmailMessage, sender: str, text: str, *, subject: str | None = None,
          headers: tuple[tuple[str, str], ...] = ()) -> EmailMessage:
    """A Gmail-style top-posted reply to one of our mails, quoting it."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = str(to_mail["Reply-To"])
    msg["Subject"] = subject or "SV: " + str(to_mail["Subject"])
    msg["In-Reply-To"] = str(to_mail["Message-ID"])
    for name, value in headers:
        msg[name] = value
    original = to_mail.get_body(preferencelist=("plain",))
    assert original is not None
    quoted = "\n".join("> " + line for line in str(original.get_content()).splitlines())
    msg.set_content(f"{text}\n\nDen 23 nov. 2026 kl. 10:02 skrev VSN <vsn@vsn.example.se>:\n"
                    f"{quoted}\n")
    return msg
