"""Mail from machines and broken mail: DSNs, out-of-office, loops, junk, defects."""

from __future__ import annotations

from builders import crlf

NOTICE = ("From: VSN Varningssystem Narkotika <vsn@vsn.example.se>\n"
          "To: old.member@kommun.example.se\nSubject: [VSN gul] Ketamin på festivaler\n"
          "Message-ID: <4f1c2a@vsn.example.se>\nAuto-Submitted: auto-generated\n"
          "X-VSN-Loop: vsn.example.se\n\nNotis.\n")


def dsn_postfix() -> bytes:
    return crlf(
        "Return-Path: <>\nDelivered-To: vsn-bounces@vsn.example.se\n"
        "From: MAILER-DAEMON@mx.kommun.example.se (Mail Delivery System)\n"
        "Subject: Undelivered Mail Returned to Sender\nTo: vsn-bounces@vsn.example.se\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nDate: Mon, 03 Mar 2025 10:12:05 +0100\n"
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="B1/mx"\n'
        "Message-Id: <20250303091205.AB12@mx.kommun.example.se>\n\n"
        "This is a MIME-encapsulated message.\n\n--B1/mx\nContent-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kommun.example.se.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<old.member@kommun.example.se>: host mail.kommun.example.se[192.0.2.10] said:\n"
        "    550 5.1.1 <old.member@kommun.example.se>: Recipient address rejected: User\n"
        "    unknown (in reply to RCPT TO command)\n\n"
        "--B1/mx\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kommun.example.se\nX-Postfix-Queue-ID: AB12\n"
        "X-Postfix-Sender: rfc822; vsn-bounces@vsn.example.se\n"
        "Arrival-Date: Mon,  3 Mar 2025 10:12:00 +0100 (CET)\n\n"
        "Final-Recipient: rfc822; old.member@kommun.example.se\n"
        "Original-Recipient: rfc822;old.member@kommun.example.se\nAction: failed\n"
        "Status: 5.1.1\nRemote-MTA: dns; mail.kommun.example.se\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <old.member@kommun.example.se>: Recipient\n"
        "    address rejected: User unknown\n\n"
        "--B1/mx\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        + NOTICE + "\n--B1/mx--\n")


def dsn_exchange_sv() -> bytes:
    return crlf(
        "Return-Path: <>\nFrom: postmaster@exchange.example.se\n"
        "To: vsn-bounces@vsn.example.se\nDate: Mon, 03 Mar 2025 10:13:00 +0100\n"
        "Subject: Olevererbart: [VSN gul] Ketamin på festivaler\n"
        "Message-ID: <b7c1e2@EX01.exchange.example.se>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"EXB\"\n"
        "Content-Language: sv-SE\nAuto-Submitted: auto-replied\n\n"
        "--EXB\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:\n\n"
        "full.box@exchange.example.se (full.box@exchange.example.se)\n"
        "Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.\n\n"
        "--EXB\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;EX01.exchange.example.se\n"
        "Received-From-MTA: dns;EX02.exchange.example.se\n"
        "Arrival-Date: Mon, 3 Mar 2025 09:12:59 +0000\n\n"
        "Original-Recipient: rfc822;full.box@exchange.example.se\n"
        "Final-Recipient: rfc822;full.box@exchange.example.se\nAction: failed\n"
        "Status: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full\n\n"
        "--EXB\nContent-Type: text/rfc822-headers\n\n" + NOTICE.split("\n\n")[0] + "\n\n--EXB--\n")


def dsn_delayed() -> bytes:
    return crlf(
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.region.example.se (Mail Delivery System)\n"
        "Subject: Delayed Mail (still being retried)\nTo: vsn-bounces@vsn.example.se\n"
        "Date: Mon, 03 Mar 2025 14:12:00 +0100\nMessage-Id: <d1@mx.region.example.se>\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"D1\"\n\n"
        "--D1\nContent-Type: text/plain; charset=us-ascii\n\n"
        "Your message could not be delivered for 4.0 hours. It will be retried.\n\n"
        "--D1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.region.example.se\n\n"
        "Final-Recipient: rfc822; slow@region.example.se\nAction: delayed\nStatus: 4.4.1\n"
        "Diagnostic-Code: X-Postfix; connect to mail.region.example.se: Connection timed out\n"
        "\n--D1--\n")


def bounce_qmail_text_verp() -> bytes:
    return crlf(
        "Return-Path: <>\nDelivered-To: vsn-bounces+n17@vsn.example.se\n"
        "From: MAILER-DAEMON@mx.example.net\nTo: vsn-bounces+n17@vsn.example.se\n"
        "Subject: failure notice\nDate: Mon, 03 Mar 2025 10:14:00 +0100\n"
        "Message-ID: <q1@mx.example.net>\n\n"
        "Hi. This is the qmail-send program at mx.example.net.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<gone@example.net>:\n192.0.2.1 does not like recipient.\n"
        "Remote host said: 550 5.1.1 User unknown\n")


def bounce_exim_header() -> bytes:
    return crlf(
        "Return-Path: <>\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
        "To: vsn-bounces@vsn.example.se\n"
        "Subject: Mail delivery failed: returning message to sender\n"
        "Date: Mon, 03 Mar 2025 10:15:00 +0100\nMessage-Id: <E1x@mx.example.org>\n"
        "X-Failed-Recipients: moved@example.org\nAuto-Submitted: auto-replied\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  moved@example.org\n    550 5.1.1 User unknown\n")


def ooo_exchange_sv() -> bytes:
    return crlf(
        "Return-Path: <>\nFrom: Anna Andersson <anna.andersson@socialtjanst.example.se>\n"
        "To: VSN <vsn@vsn.example.se>\nSubject: Automatiskt svar: [VSN gul] Ketamin\n"
        "Date: Mon, 03 Mar 2025 10:16:00 +0100\nMessage-ID: <oof1@socialtjanst.example.se>\n"
        "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"
        "X-MS-Exchange-Inbox-Rules-Loop: anna.andersson@socialtjanst.example.se\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Jag är ledig till och med 10 mars. Vid brådskande ärenden ring växeln.\n")


def subject_only_auto(subject: str, mid: str) -> bytes:
    return crlf(
        f"Return-Path: <kim.kent@ngo.example.org>\nFrom: Kim Kent <kim.kent@ngo.example.org>\n"
        f"To: vsn@vsn.example.se\nSubject: {subject}\nDate: Mon, 03 Mar 2025 10:17:00 +0100\n"
        f"Message-ID: <{mid}@ngo.example.org>\nContent-Type: text/plain; charset=utf-8\n\n"
        "I am away until Monday 10 March with limited access to email.\n")


def ooo_to_review_token() -> bytes:
    return crlf(
        "Return-Path: <moderator@vsn.example.se>\nFrom: Moa Moderator <moa@fhm.example.se>\n"
        "To: vsn+review-0123456789abcdef0123456789abcdef@vsn.example.se\n"
        "Subject: Autosvar: [VSN-granskning 2025-0042] Fentanyl\n"
        "Date: Mon, 03 Mar 2025 10:18:00 +0100\nMessage-ID: <oof2@fhm.example.se>\n"
        "Auto-Submitted: auto-replied\n\n"
        "Jag är på semester. Godkänn inget förrän jag är tillbaka.\n")


def precedence_bulk() -> bytes:
    return crlf(
        "Return-Path: <news@nyhetsbrev.example.com>\n"
        "From: Nyhetsbrevet <news@nyhetsbrev.example.com>\nTo: vsn@vsn.example.se\n"
        "Subject: Veckans nyheter om beroende\nPrecedence: bulk\n"
        "Date: Mon, 03 Mar 2025 10:19:00 +0100\nMessage-ID: <nb1@nyhetsbrev.example.com>\n"
        "List-Unsubscribe: <mailto:unsub@nyhetsbrev.example.com>\n\nVeckans nyheter.\n")


def empty_return_path() -> bytes:
    return crlf(
        "Return-Path: <>\nFrom: Info <info@kommun.example.se>\nTo: vsn@vsn.example.se\n"
        "Subject: Kvittens\nDate: Mon, 03 Mar 2025 10:20:00 +0100\n"
        "Message-ID: <rp1@kommun.example.se>\n\nDitt meddelande har tagits emot.\n")


def postmaster_notice() -> bytes:
    return crlf(
        "Return-Path: <postmaster@kommun.example.se>\nFrom: postmaster@kommun.example.se\n"
        "To: vsn@vsn.example.se\nSubject: Meddelande om skadlig kod\n"
        "Date: Mon, 03 Mar 2025 10:21:00 +0100\nMessage-ID: <pm1@kommun.example.se>\n\n"
        "En bilaga togs bort av säkerhetsskäl.\n")


def loop_header() -> bytes:
    return crlf("Return-Path: <member@kommun.example.se>\n"
                "From: Member <member@kommun.example.se>\nTo: vsn@vsn.example.se\n"
                "Subject: [VSN gul] Ketamin på festivaler\nDate: Mon, 03 Mar 2025 10:22:00 +0100\n"
                "Message-ID: <fw-rule-1@kommun.example.se>\nX-VSN-Loop: vsn.example.se\n\n"
                "Notis (vidarebefordrad av en regel).\n")


def loop_own_sender() -> bytes:
    return crlf("From: VSN Varningssystem Narkotika <vsn@vsn.example.se>\n"
                "To: vsn@vsn.example.se\nSubject: Kvitto: din rapport 2025-0042\n"
                "Date: Mon, 03 Mar 2025 10:23:00 +0100\nMessage-ID: <own1@vsn.example.se>\n\n"
                "Tack för din rapport.\n")


def junk_no_sender() -> bytes:
    return crlf("Return-Path: <bounce-x@spam.example.net>\nTo: vsn@vsn.example.se\n"
                "Subject: Vinn en resa\nDate: Mon, 03 Mar 2025 10:24:00 +0100\n"
                "Message-ID: <j1@spam.example.net>\n\nKlicka här.\n")


def empty_to_reports() -> bytes:
    # Neither subject nor text, to vsn@: answered with help, never held (triage).
    return crlf("From: someone@example.net\nTo: vsn@vsn.example.se\nSubject: \n"
                "Date: Mon, 03 Mar 2025 10:25:00 +0100\nMessage-ID: <j2@example.net>\n\n\n")


def junk_not_ours() -> bytes:
    return crlf("Delivered-To: someone.else@elsewhere.example\nFrom: sender@example.net\n"
                "To: someone.else@elsewhere.example\nSubject: Hej\n"
                "Date: Mon, 03 Mar 2025 10:26:00 +0100\nMessage-ID: <j3@example.net>\n\nHej.\n")


def all_machines() -> dict[str, bytes]:
    return {
        "bounce_dsn_postfix": dsn_postfix(),
        "bounce_dsn_exchange_sv": dsn_exchange_sv(),
        "bounce_dsn_delayed_soft": dsn_delayed(),
        "bounce_qmail_text_verp": bounce_qmail_text_verp(),
        "bounce_exim_failed_recipients": bounce_exim_header(),
        "auto_exchange_oof_sv": ooo_exchange_sv(),
        "auto_out_of_office_en": subject_only_auto("Out of Office: VSN veckobrev", "ooo2"),
        "auto_franvarande_sv": subject_only_auto("Frånvarande", "ooo3"),
        "auto_reply_to_review_token": ooo_to_review_token(),
        "auto_precedence_bulk": precedence_bulk(),
        "auto_empty_return_path": empty_return_path(),
        "auto_postmaster_sender": postmaster_notice(),
        "loop_vsn_header": loop_header(),
        "loop_own_sender": loop_own_sender(),
        "junk_no_sender": junk_no_sender(),
        "empty_to_reports": empty_to_reports(),
        "junk_not_addressed_to_us": junk_not_ours(),
    }
