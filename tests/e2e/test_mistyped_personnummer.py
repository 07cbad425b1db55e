"""A hurried reporter's mistyped personnummer (a wrong check digit, a valid date, no cue
word) still identifies someone: it is flagged in the review, a plain GODKÄNN (no BEHÅLL)
publishes the placeholder, and no notice or digest carries the number."""

from __future__ import annotations

import re
from email.message import EmailMessage

from digest.weekly.week import current_week
from store.types import utcnow

from mailflow import MEMBERS, REPORTER, idle, import_members, reply_to, send
from support import body, wait_for
from synthetic import personnummer

MISTYPED = "19" + personnummer("780412", "123", valid=False)   # 12 digits, Luhn broken
DIGITS = re.sub(r"\D", "", MISTYPED)
MODERATOR = "mod1@fhm.example.se"


def _report() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Handläggare A <{REPORTER}>"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = "RÖD: fentanyl i falska oxykodontabletter"
    msg.set_content(
        "Hej,\n\nBlå tabletter märkta M30 som säljs som oxykodon innehåller fentanyl. "
        f"Ett av fallen gällde Kalle Svensson, {MISTYPED}, som bor på Storgatan 12 i "
        "Malmö.\n\nMvh\nHandläggare A\n")
    return msg


def _carries_no_number(msg: EmailMessage) -> None:
    raw, text = msg.as_string(), body(msg)
    assert MISTYPED not in raw and DIGITS not in re.sub(r"\D", "", text)
    assert DIGITS[2:] not in re.sub(r"\D", "", text)       # nor its 10-digit form
    assert "[PERSONNUMMER]" in text


def test_a_mistyped_personnummer_never_reaches_members(server_factory, store_url) -> None:
    server = server_factory(store_url=store_url)
    import_members(server)
    server.start()
    send(server, _report())

    review = server.outbox.wait(MODERATOR, "[VSN-granskning 20")[0]
    flagged = body(review)
    number = re.search(r"\[(\d+)\] PERSONNUMMER: " + re.escape(MISTYPED), flagged)
    assert number is not None, flagged     # flagged in the review, with its number
    assert f"[PERSONNUMMER {number.group(1)}]" in flagged

    send(server, reply_to(review, MODERATOR, "GODKÄNN"))   # no BEHÅLL
    for member in MEMBERS:
        notice = server.outbox.wait(member, "[VSN RÖD]")[0]
        _carries_no_number(notice)
        assert body(notice).count("[PERSONNUMMER]") == 1   # the text once, in the forward box
    wait_for(lambda: idle(server), what="queues to drain")

    week = current_week(utcnow(), "Europe/Stockholm").label   # the week it was published
    result = server.vsn("digest", "send", "--week", week)
    assert result.returncode == 0, result.stderr
    for member in MEMBERS:
        _carries_no_number(server.outbox.wait(member, "veckosammanfattning")[0])
