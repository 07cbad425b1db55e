"""`vsn serve` delivering through a real relay on loopback that refuses: a 4xx then 250 is
delivered exactly once, a 5xx fails, counts as a hard bounce, suspends the member (threshold
1 here) and the admins are told; nothing is lost or doubled."""

from __future__ import annotations

import sqlite3
from email import message_from_bytes, policy
from email.message import EmailMessage

from mailflow import MEMBERS, import_members, reply_to, report_message, send
from members.kit import Relay
from support import free_port, wait_for

MODERATOR = "mod1@fhm.example.se"


def parsed(raw: bytes) -> EmailMessage:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_refusing_relay(server_factory) -> None:
    server = server_factory("[members]\nbounce_threshold = 1.0\n")
    with Relay(free_port()) as relay:
        server.config.write_text(server.config.read_text().replace(
            'url = "maildir://var/outbox"',
            f'url = "smtp://127.0.0.1:{relay.port}"\nretry_base_seconds = 0.2'))
        import_members(server)
        late, refused, fine = MEMBERS
        relay.script.refuse(late, "451 4.3.0 try again later")
        relay.script.refuse(refused, "550 5.1.1 no such user")
        server.start()
        send(server, report_message())
        review = parsed(wait_for(lambda: relay.script.to(MODERATOR), what="review")[0])
        send(server, reply_to(review, MODERATOR, "GODKÄNN"))

        wait_for(lambda: relay.script.to(late) and relay.script.to(fine), what="notices")
        suspended = wait_for(lambda: [m for m in map(parsed, relay.script.to(MODERATOR))
                                      if "avstängd" in str(m["Subject"])], what="admin mail")
        assert refused in suspended[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
        wait_for(lambda: _settled(server), what="the outbox to settle")
        assert len(relay.script.to(late)) == 1 and len(relay.script.to(fine)) == 1
        assert not relay.script.to(refused)
    with sqlite3.connect(server.folder / "var" / "vsn.sqlite3") as conn:
        rows = dict(conn.execute("SELECT rcpt, status || ':' || attempts FROM outbox "
                                 "WHERE kind = 'notice'").fetchall())
        member = conn.execute("SELECT status, bounce_score FROM member WHERE email = ?",
                              (refused,)).fetchone()
    assert rows == {late: "sent:2", refused: "failed:1", fine: "sent:1"}
    assert member == ("suspended", 1.0)


def _settled(server: object) -> bool:
    with sqlite3.connect(server.folder / "var" / "vsn.sqlite3") as conn:  # type: ignore[attr-defined]
        busy = conn.execute("SELECT count(*) FROM outbox WHERE status IN ('queued', 'sending')")
        return busy.fetchone()[0] == 0
