"""The whole story through real servers, set up as docs/deploy.md tells a site to:

    reporter ─▶ Postfix MX ─▶ vsn serve ─▶ Postfix relay ─▶ Dovecot (LMTP) ─▶ IMAP readers
                   ▲                                   │
                   └──── DSN to vsn-bounces+<verp>@ ◀───┘

A report goes in through the MX; the moderator reads the review over IMAP and approves it
with a reply through the MX; members read the notice; a member whose mailbox does not exist
makes the relay send a DSN, which comes back through the MX and suspends the member; the
week's digest reaches the other members with the list headers. The Postfix settings here
are the ones docs/deploy.md quotes: change both together.
"""

from __future__ import annotations

import os
import shutil
import smtplib
import sqlite3
import ssl
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from digest.weekly.week import current_week

from mailflow import MEMBERS, REPORTER, reply_to, report_message
from servers.dovecot import Dovecot, running_dovecot
from servers.postfix import PostfixInstance, postfix, self_signed  # noqa: F401
from support import Server, body, free_port, wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("postfix", path="/usr/sbin") is None or os.geteuid() != 0,
                       reason="needs Debian's postfix, run as root"),
]

DOMAIN = "vsn.example.se"
MX_NAME = "mx.vsn.example.se"          # also the authserv-id vsn trusts
RELAY_NAME = "relay.vsn.example.se"
MODERATOR = "mod1@fhm.example.se"
GONE = "borta@polis.example.se"        # a member whose mailbox does not exist
MAILBOXES = [MODERATOR, REPORTER, *MEMBERS]
ELSEWHERE = sorted({a.partition("@")[2] for a in MAILBOXES})
Tls = tuple[Path, Path]   # certificate, key


def mx_settings(gateway: int, tls: Tls) -> dict[str, dict[str, str]]:
    """The organisation's MX: relays the VSN domain, and only its addresses, to vsn serve."""
    main = {
        "myhostname": MX_NAME,
        "smtpd_tls_security_level": "may",   # STARTTLS for senders that can
        "smtpd_tls_cert_file": str(tls[0]),
        "smtpd_tls_key_file": str(tls[1]),
        "relay_domains": DOMAIN,
        "transport_maps": "texthash:$config_directory/transport",
        # Unknown recipients are refused at RCPT, never accepted and bounced later.
        "relay_recipient_maps": "texthash:$config_directory/vsn_recipients",
        "recipient_delimiter": "+",   # vsn+review-<token>@ is looked up as vsn@
        "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "message_size_limit": "26214400",   # not above [gateway] max_message_size
        # Nobody outside may pass off an Authentication-Results header as ours.
        "header_checks": "regexp:$config_directory/header_checks",
    }
    tables = {
        "transport": f"{DOMAIN}  smtp:[127.0.0.1]:{gateway}\n",
        "vsn_recipients": "".join(f"{local}@{DOMAIN}  OK\n" for local in (
            "vsn", "vsn-request", "vsn-bounces", "postmaster", "abuse")),
        "header_checks": r"/^Authentication-Results:\s*mx\.vsn\.example\.se\b/  IGNORE" "\n"
        # What an authentication milter (OpenDMARC) would write for the moderator's signed
        # mail: vsn fails closed and acts only on a pass from this MX.
        r"/^From:.*@fhm\.example\.se>?\s*$/  PREPEND Authentication-Results: "
        f"{MX_NAME}; dkim=pass header.d=fhm.example.se; dmarc=pass header.from=fhm.example.se\n",
    }
    return {"extra": main, "tables": tables}


def relay_settings(mx: int, lmtp: int, tls: Tls) -> dict[str, dict[str, str]]:
    """The outgoing relay: accepts from vsn's host. Its transport table stands in for DNS:
    the VSN domain's MX, and Dovecot for the readers' domains ("the internet")."""
    main = {
        "myhostname": RELAY_NAME,
        "mynetworks": "127.0.0.0/8",
        "smtpd_tls_security_level": "may",   # vsn's starttls = true insists on it
        "smtpd_tls_cert_file": str(tls[0]),
        "smtpd_tls_key_file": str(tls[1]),
        "smtpd_relay_restrictions": "permit_mynetworks, permit_sasl_authenticated, reject",
        "transport_maps": "texthash:$config_directory/transport",
    }
    routes = [f"{DOMAIN}  smtp:[127.0.0.1]:{mx}\n"]
    routes += [f"{domain}  lmtp:inet:127.0.0.1:{lmtp}\n" for domain in ELSEWHERE]
    return {"extra": main, "tables": {"transport": "".join(routes)}}


def vsn_config(gateway: int, relay: int) -> str:
    return f"""
[gateway]
listen = "127.0.0.1:{gateway}"
domain = "{DOMAIN}"

[store]
url = "sqlite:///var/vsn.sqlite3"

[delivery]
url = "smtp://127.0.0.1:{relay}"
starttls = true
retry_base_seconds = 1

[moderation]
moderators = ["{MODERATOR}"]
admins = ["{MODERATOR}"]
trusted_authserv_id = "{MX_NAME}"

[workers]
poll_seconds = 0.2

[digest]
enabled = false   # this test sends the week's digest itself

[portal]
enabled = false   # tests/portal runs the portal on ports of its own

[members]
bounce_threshold = 1.0
"""


@pytest.fixture
def mailboxes() -> Iterator[Dovecot]:
    with running_dovecot(MAILBOXES, lmtp=True) as server:
        yield server


def mail_in(boxes: Dovecot, user: str, subject_part: str, count: int = 1) -> list[EmailMessage]:
    def found() -> list[EmailMessage]:
        return [m for m in boxes.messages(user) if subject_part in str(m["Subject"])]
    return wait_for(lambda: len(hits := found()) >= count and hits, 30,
                    f"{subject_part!r} in the mailbox of {user}")


def submit(port: int, msg: EmailMessage, trusted: Path | None = None) -> None:
    """Send as a mail client would; with `trusted`, over STARTTLS checked against it."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        if trusted is not None:
            client.starttls(context=ssl.create_default_context(cafile=trusted))
        client.send_message(msg)


def rows(server: Server, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(server.folder / "var" / "vsn.sqlite3") as conn:
        return conn.execute(sql, args).fetchall()


def test_report_to_digest_through_postfix_and_dovecot(
        tmp_path: Path, mailboxes: Dovecot, postfix: Callable[..., PostfixInstance],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    gateway, mx_port, relay_port = ports(3)
    mx_tls = self_signed(tmp_path / "tls", MX_NAME)
    relay_tls = self_signed(tmp_path / "tls", RELAY_NAME)
    monkeypatch.setenv("SSL_CERT_FILE", str(relay_tls[0]))   # vsn serve trusts the relay
    server = Server(tmp_path, gateway)
    (tmp_path / "config.toml").write_text(vsn_config(gateway, relay_port), encoding="utf-8")
    (tmp_path / "members.csv").write_text("email,name\n" + "".join(
        f"{m},Medlem\n" for m in [*MEMBERS, GONE]), encoding="utf-8")
    try:
        # Three independent start-ups of a few seconds each: side by side.
        with ThreadPoolExecutor(3) as pool:
            mx_job = pool.submit(postfix, port=mx_port, **mx_settings(gateway, mx_tls))
            relay_job = pool.submit(postfix, port=relay_port,
                                    **relay_settings(mx_port, mailboxes.lmtp_port, relay_tls))
            pool.submit(start_vsn, server).result()
            mx, relay = mx_job.result(), relay_job.result()
        the_mx_refuses_strangers(mx.port)
        review = report_and_review(mailboxes, mx.port)
        approve_and_notify(server, mailboxes, mx, review, mx_tls[0])
        bounce_suspends(server, mailboxes, relay)
        digest_arrives(server, mailboxes)
    finally:
        server.stop()


def ports(n: int) -> list[int]:
    found: set[int] = set()
    while len(found) < n:
        found.add(free_port())
    return sorted(found)


def start_vsn(server: Server) -> None:
    imported = server.vsn("members", "import", "members.csv")
    assert imported.returncode == 0, imported.stderr
    server.start()


def the_mx_refuses_strangers(mx: int) -> None:
    with smtplib.SMTP("127.0.0.1", mx, timeout=30) as client:
        client.ehlo()
        client.mail(REPORTER)
        assert client.rcpt(f"nobody@{DOMAIN}")[0] == 550
        assert client.rcpt(f"vsn-bounces+0123abcd@{DOMAIN}")[0] == 250
        client.rset()


def report_and_review(boxes: Dovecot, mx: int) -> EmailMessage:
    submit(mx, report_message())
    review = mail_in(boxes, MODERATOR, "[VSN-granskning")[0]
    text = body(review)
    # The number is masked and marked in the text; the phone stood in "Ring mig på …",
    # which the review shows as removed with the letter around the warning.
    assert "[[PERSONNUMMER 1]]" in text and "[2] TELEFON" in text
    assert "Ring mig på" in text.split("== Borttaget")[1]
    assert str(review["Reply-To"]).startswith("vsn+review-")
    assert mail_in(boxes, REPORTER, "Mottaget")
    return review


def approve_and_notify(server: Server, boxes: Dovecot, mx: PostfixInstance,
                       review: EmailMessage, mx_cert: Path) -> None:
    answer = reply_to(review, MODERATOR, "GODKÄNN")
    # A forged header in our MX's name would refuse the decision; the MX strips it.
    answer["Authentication-Results"] = f"{MX_NAME}; dmarc=fail header.from=fhm.example.se"
    submit(mx.port, answer, trusted=mx_cert)
    assert mail_in(boxes, MODERATOR, "Publicerad")
    for member in MEMBERS:
        notice = mail_in(boxes, member, "[VSN RÖD]")[0]
        assert "[PERSONNUMMER]" in body(notice) and "850412" not in body(notice)
        assert notice["List-Id"] == f"VSN <vsn.{DOMAIN}>"
        # vsn -> relay went over STARTTLS (the relay's Received line says ESMTPS).
        assert any(f"by {RELAY_NAME} (Postfix) with ESMTPS" in str(h)
                   for h in notice.get_all("Received", []))
    raw = rows(server, "SELECT raw FROM inbound_mail ORDER BY id")
    assert not any(b"dmarc=fail" in r[0] for r in raw)  # type: ignore[operator]


def bounce_suspends(server: Server, boxes: Dovecot, relay: PostfixInstance) -> None:
    suspended = mail_in(boxes, MODERATOR, "avstängd")[0]
    assert GONE in body(suspended)
    assert f"to=<{GONE}>" in relay.log() and "status=bounced" in relay.log()
    member = rows(server, "SELECT id, status, bounce_score FROM member WHERE email = ?", GONE)
    assert member[0][1:] == ("suspended", 1.0)
    bounces = rows(server, "SELECT hard, status, source FROM bounce WHERE member_id = ?",
                   member[0][0])
    assert bounces == [(1, "5.1.1", "dsn")]   # the relay's DSN, not a refusal at RCPT


def digest_arrives(server: Server, boxes: Dovecot) -> None:
    wait_for(lambda: not rows(server, "SELECT 1 FROM outbox WHERE status IN "
                              "('queued', 'sending')"), what="the outbox to drain")
    week = current_week(datetime.now(UTC), "Europe/Stockholm").label
    done = server.vsn("digest", "send", "--week", week)
    assert done.returncode == 0, done.stderr
    verps = dict(rows(server, "SELECT email, verp FROM member"))
    for member in MEMBERS:
        digest = mail_in(boxes, member, "veckosammanfattning")[0]
        assert "fentanyl i falska oxykodontabletter" in body(digest).lower()
        assert digest["List-Id"] == f"VSN <vsn.{DOMAIN}>"
        assert "<mailto:vsn+unsubscribe-" in str(digest["List-Unsubscribe"])
        assert str(digest["List-Help"]).startswith(f"<mailto:vsn-request@{DOMAIN}")
        assert (digest["Precedence"], digest["Auto-Submitted"]) == ("bulk", "auto-generated")
        # The envelope sender Dovecot recorded is the member's own VERP bounce address.
        assert digest["Return-Path"] == f"<vsn-bounces+{verps[member]}@{DOMAIN}>"
    assert not rows(server, "SELECT 1 FROM outbox WHERE rcpt = ? AND kind = 'digest'", GONE)
