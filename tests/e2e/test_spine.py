"""The spine, end to end: a report over SMTP, a review by reply, notices to every member.
Each test runs on SQLite and (integration) on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from mailflow import (
    MEMBERS,
    PNR,
    REPORTER,
    db,
    idle,
    import_members,
    reply_to,
    report_message,
    send,
)
from support import body, wait_for
from synthetic import FICTIONAL_MOBILE


def test_report_is_reviewed_by_reply_and_sent_to_every_member(server_factory,
                                                               store_url) -> None:
    server = server_factory(store_url=store_url)
    import_members(server)
    server.start()
    send(server, report_message())

    ack = server.outbox.wait(REPORTER, "Mottaget")[0]
    assert ack["Auto-Submitted"] == "auto-replied"
    review = server.outbox.wait("mod1@fhm.example.se", "[VSN-granskning 20")[0]
    text = body(review)
    # Masked and marked in the text; the phone stood in "Ring mig på …", which the review
    # shows as removed with the letter around the warning.
    assert "[[PERSONNUMMER 1]]" in text and "[2] TELEFON" in text
    assert str(review["Reply-To"]).startswith("vsn+review-")
    assert "RÖD" in text

    send(server, reply_to(review, "mod1@fhm.example.se", "GODKÄNN"))

    for member in MEMBERS:
        notice = server.outbox.wait(member, "[VSN RÖD]")[0]
        raw = notice.as_string()
        assert str(notice["To"]) == member
        assert PNR not in raw and PNR.replace("-", "") not in raw
        assert FICTIONAL_MOBILE not in raw and "1740642" not in raw.replace(" ", "")
        assert "[PERSONNUMMER]" in body(notice) and "M30" in body(notice)
    wait_for(lambda: idle(server), what="queues to drain")
    assert all(len(server.outbox.to(m, "[VSN RÖD]")) == 1 for m in MEMBERS)
    assert server.outbox.wait("mod1@fhm.example.se", "Publicerad")


def test_report_survives_sigkill_right_after_250_and_is_processed_once(server_factory,
                                                                       store_url) -> None:
    server = server_factory(store_url=store_url)
    server.start()
    send(server, report_message())
    server.kill()
    server.start()

    server.outbox.wait("mod1@fhm.example.se", "[VSN-granskning")
    wait_for(lambda: idle(server), what="queues to drain")
    with db(server) as conn:
        assert conn.execute("SELECT count(*) FROM report").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM inbound_mail").fetchone()[0] == 1
    assert len(server.outbox.to("mod1@fhm.example.se", "[VSN-granskning")) == 1
    assert len(server.outbox.to("mod2@fhm.example.se", "[VSN-granskning")) == 1
    assert len(server.outbox.to(REPORTER, "Mottaget")) == 1


def test_forged_reused_and_unknown_replies_change_nothing(server_factory, store_url) -> None:
    server = server_factory(store_url=store_url)
    import_members(server)
    server.start()
    send(server, report_message())
    review1 = server.outbox.wait("mod1@fhm.example.se", "[VSN-granskning")[0]
    review2 = server.outbox.wait("mod2@fhm.example.se", "[VSN-granskning")[0]

    outsider = "someone@elsewhere.example.org"
    send(server, reply_to(review1, outsider, "GODKÄNN"))
    unknown = reply_to(review1, "mod1@fhm.example.se", "GODKÄNN")
    unknown.replace_header("To", "vsn+review-" + "a" * 26 + "@vsn.example.se")
    send(server, unknown)
    server.outbox.wait(outsider, "Inte utfört")
    server.outbox.wait("mod1@fhm.example.se", "Inte utfört")
    wait_for(lambda: idle(server), what="queues to drain")
    with db(server) as conn:
        assert conn.execute("SELECT status FROM report").fetchone()[0] == "held"
    assert not any(server.outbox.to(m) for m in MEMBERS)

    send(server, reply_to(review1, "mod1@fhm.example.se", "AVSLÅ: Dubblett av tidigare rapport"))
    rejected = server.outbox.wait(REPORTER, "publiceras inte")[0]
    assert "Dubblett av tidigare rapport" in body(rejected)
    send(server, reply_to(review1, "mod1@fhm.example.se", "GODKÄNN"))
    send(server, reply_to(review2, "mod2@fhm.example.se", "GODKÄNN"))
    server.outbox.wait("mod2@fhm.example.se", "Inte utfört")
    wait_for(lambda: idle(server), what="queues to drain")

    with db(server) as conn:
        assert conn.execute("SELECT status FROM report").fetchone()[0] == "rejected"
        assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == 0
        audit = conn.execute("SELECT accepted, reason FROM decision ORDER BY id").fetchall()
    assert [a for a, _ in audit] == [0, 0, 1, 0, 0]
    # The first two replies are handled by parallel workers, so their order may vary.
    assert sorted(r.split()[0] for a, r in audit if not a) == [
        "already_decided", "already_decided", "unknown_token", "wrong_sender"]
    assert not any(server.outbox.to(m) for m in MEMBERS)
    late = server.outbox.to("mod2@fhm.example.se", "Inte utfört")[0]
    assert "mod1@fhm.example.se" in body(late)


def test_config_error_names_key_and_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    config = tmp_path / "bad.toml"
    config.write_text('[gateway]\nlisten = "nowhere"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mailgate.cli", "--config", str(config),
                             "serve"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "[gateway] listen" in result.stderr and str(config) in result.stderr
