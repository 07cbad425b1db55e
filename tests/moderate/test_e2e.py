"""Moderation end to end over SMTP: one `vsn serve` for the module (starting one costs
seconds), each test with its own report, read back from the server's Maildir outbox."""

from __future__ import annotations

import smtplib
import sqlite3
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from store.db import create_schema, make_engine, session
from store.models import Member

from moderate.kit import PNR, REPORTER, reply, report
from support import Server, body, free_port, wait_for, write_config

MOD1, MOD2 = "mod1@fhm.example.se", "mod2@fhm.example.se"
MEMBERS = ("anna@kommun-a.example.se", "bo@region-b.example.se")
RELAY = "mx.fhm.example.se"   # the trusted authserv-id


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("moderation-e2e")
    port = free_port()
    write_config(folder, port, "")
    config = folder / "config.toml"
    config.write_text(config.read_text().replace(
        "[moderation]\n", f'[moderation]\ntrusted_authserv_id = "{RELAY}"\n'))
    srv = Server(folder, port)
    # Members straight into the store (the CLI import has its own tests; a second process
    # start would cost seconds here).
    engine = make_engine(f"sqlite:///{folder / 'var' / 'vsn.sqlite3'}")
    create_schema(engine)
    with session(engine) as s:
        s.add_all(Member(email=m, organisation="Org", region="Region") for m in MEMBERS)
    engine.dispose()
    srv.start()
    yield srv
    srv.stop()


def send(server: Server, msg: EmailMessage) -> None:
    """Submit as the trusted relay in front would pass it on: with its verdict on the
    From domain (a pass, as for genuine mail) unless the test wrote one itself."""
    if "Authentication-Results" not in msg:
        domain = msg["From"].addresses[0].domain
        msg["Authentication-Results"] = (f"{RELAY}; dkim=pass header.d={domain}; "
                                         f"dmarc=pass header.from={domain}")
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as client:
        client.send_message(msg)


def held(server: Server, subject: str) -> EmailMessage:
    """Send a report with this subject; the review mail mod1 gets for it."""
    send(server, report(subject=subject))
    return server.outbox.wait(MOD1, f"] {subject}")[0]


def status(server: Server, subject: str) -> str:
    with sqlite3.connect(server.folder / "var" / "vsn.sqlite3") as db:
        row = db.execute("SELECT status FROM report WHERE subject = ?", (subject,)).fetchone()
    return str(row[0])


def test_approve_publishes_to_every_member_without_personal_data(server: Server) -> None:
    subject = "RÖD: fentanyl i M30 (godkänn)"
    send(server, reply(held(server, subject), MOD1, "GODKÄNN"))
    for member in MEMBERS:
        notice = server.outbox.wait(member, "fentanyl i M30 (godkänn)")[0]
        assert str(notice["Subject"]) == "[VSN RÖD] fentanyl i M30 (godkänn)"
        assert PNR not in notice.as_string() and "[PERSONNUMMER]" in body(notice)
    assert server.outbox.wait(MOD1, "Publicerad: [VSN-granskning")


def test_approve_with_urgency_change_and_kept_finding(server: Server) -> None:
    subject = "Nya tabletter (brådska ändras)"
    review = held(server, subject)
    assert "GUL (rapportören angav ingen" in body(review)
    send(server, reply(review, MOD1, "godkänn röd verifierad\nBEHÅLL 1"))
    notice = server.outbox.wait(MEMBERS[0], subject)[0]
    assert str(notice["Subject"]).startswith("[VSN RÖD]")
    assert "Kalle Svensson" in body(notice) and PNR not in body(notice)
    assert "Uppgiften är verifierad" in body(notice)


def test_edit_with_personal_data_is_reviewed_again(server: Server) -> None:
    subject = "RÖD: text rättas"
    review = held(server, subject)
    edited = "Fentanyl i blå M30. Ring 070-174 06 55 för analysbesked."
    send(server, reply(review, MOD1, f"GODKÄNN\n--- TEXT ---\n{edited}\n--- SLUT ---"))
    again = server.outbox.wait(MOD2, f"] {subject}", count=2)[-1]
    assert "[TELEFON 1]" in body(again) and "skannats igen" in body(again)
    assert status(server, subject) == "held"
    assert not server.outbox.to(MEMBERS[0], "text rättas")


def test_reject_tells_reporter(server: Server) -> None:
    subject = "GUL: dubblett"
    send(server, reply(held(server, subject), MOD1, "AVSLÅ: Dubblett av tidigare rapport"))
    told = server.outbox.wait(REPORTER, "publiceras inte")[0]
    assert "Dubblett av tidigare rapport" in body(told) and subject in body(told)
    assert status(server, subject) == "rejected"


def test_question_and_answer_return_to_the_review(server: Server) -> None:
    subject = "GUL: okänt pulver (fråga)"
    send(server, reply(held(server, subject), MOD1, "FRÅGA: Vilken färg hade pulvret?"))
    question = next(m for m in server.outbox.wait(REPORTER, "Fråga om din rapport")
                    if "Vilken färg hade pulvret?" in body(m))
    send(server, reply(question, REPORTER, "Det var rosa."))
    again = server.outbox.wait(MOD2, f"] {subject}", count=2)[-1]
    assert "Det var rosa." in body(again) and "Vilken färg hade pulvret?" in body(again)
    assert status(server, subject) == "held"


def test_refused_sender_changes_nothing(server: Server) -> None:
    subject = "RÖD: utomstående svarar"
    outsider = "someone@elsewhere.example.org"
    send(server, reply(held(server, subject), outsider, "GODKÄNN"))
    assert "annan adress" in body(server.outbox.wait(outsider, "Inte utfört")[0])
    assert status(server, subject) == "held"


def test_reused_token_is_told_who_decided(server: Server) -> None:
    subject = "RÖD: två beslut"
    review = held(server, subject)
    send(server, reply(review, MOD1, "GODKÄNN"))
    server.outbox.wait(MOD1, "Publicerad: [VSN-granskning")
    wait_for(lambda: status(server, subject) == "published", what="publication")
    send(server, reply(review, MOD1, "AVSLÅ: ångrar mig", subject=f"SV: {subject} igen"))
    late = body(server.outbox.wait(MOD1, f"Inte utfört: SV: {subject} igen")[0])
    assert f"redan avgjord av {MOD1}" in late
    assert status(server, subject) == "published"


def test_expired_token_is_refused(server: Server) -> None:
    subject = "GUL: gammal granskning"
    review = held(server, subject)
    with sqlite3.connect(server.folder / "var" / "vsn.sqlite3", timeout=30) as db:
        db.execute("UPDATE token SET expires_at = created_at WHERE purpose = 'review' AND "
                   "object_id = (SELECT id FROM report WHERE subject = ?)", (subject,))
    send(server, reply(review, MOD1, "GODKÄNN", subject=f"SV: {subject} sent"))
    assert "gått ut" in body(server.outbox.wait(MOD1, f"Inte utfört: SV: {subject} sent")[0])
    assert status(server, subject) == "held"


def test_dmarc_fail_from_the_trusted_relay_is_refused(server: Server) -> None:
    subject = "RÖD: förfalskat svar"
    review = held(server, subject)
    forged = reply(review, MOD1, "GODKÄNN", subject=f"SV: {subject} forged", headers=(
        ("Authentication-Results", f"{RELAY}; dkim=none; spf=fail smtp.mailfrom=fhm.example.se;"
                                   " dmarc=fail (p=reject) header.from=fhm.example.se"),))
    send(server, forged)
    text = body(server.outbox.wait(MOD1, f"Inte utfört: SV: {subject} forged")[0])
    assert "kunde inte verifieras" in text and "spf=fail" in text
    assert status(server, subject) == "held"
    # Fail closed: the relay could not tell (no DMARC record, no signature) -> nothing done.
    unverified = reply(review, MOD1, "GODKÄNN", subject=f"SV: {subject} unverified", headers=(
        ("Authentication-Results", f"{RELAY}; dkim=none; spf=softfail "
                                   "smtp.mailfrom=fhm.example.se; dmarc=none"),))
    send(server, unverified)
    text = body(server.outbox.wait(MOD1, f"Inte utfört: SV: {subject} unverified")[0])
    assert "kunde inte bekräfta" in text and "dmarc=none" in text
    assert status(server, subject) == "held"
    # A pass from the relay beside a "fail" anyone could have written: the real reply works.
    genuine = reply(review, MOD1, "GODKÄNN", headers=(
        ("Authentication-Results", "evil.example.org; dmarc=fail header.from=fhm.example.se"),
        ("Authentication-Results", f"{RELAY}; dkim=pass header.d=fhm.example.se; "
                                   "dmarc=pass header.from=fhm.example.se")))
    send(server, genuine)
    wait_for(lambda: status(server, subject) == "published", what="publication")
