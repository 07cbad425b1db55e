"""Moderator decisions, member comments and commands; plus mail with structural defects."""

from __future__ import annotations

from builders import crlf, message, outlook_forward_block, outlook_html, to_bytes

MOA = "Moa Moderator <moa@fhm.example.se>"
TOKEN = "0123456789abcdef0123456789abcdef"
REVIEW_SUBJECT = "SV: [VSN-granskning 2025-0042] Fentanyl i M30-tabletter"
QUOTE = ("\n\nDen 3 mars 2025 10:12 skrev VSN Varningssystem Narkotika <vsn@vsn.example.se>:\n"
         "> Ny rapport 2025-0042 väntar på granskning.\n> Svara GODKÄNN eller AVSLÅ.\n")


def decision_token(body: str, name: str, subject: str = REVIEW_SUBJECT) -> bytes:
    msg = message(subject, MOA, to=f"vsn+review-{TOKEN}@vsn.example.se",
                  mid=f"<{name}@fhm.example.se>", In_Reply_To="<review.7f3a9c@vsn.example.se>")
    msg.set_content(body + QUOTE)
    return to_bytes(msg)


def decision_tag_to_vsn() -> bytes:
    msg = message(REVIEW_SUBJECT, MOA, mid="<d2@fhm.example.se>")
    msg.set_content("Avslå: dubblett av 2025-0040" + QUOTE)
    return to_bytes(msg)


def decision_in_reply_to() -> bytes:
    msg = message("SV: Fentanyl i M30-tabletter", MOA, mid="<d3@fhm.example.se>",
                  In_Reply_To="<review.7f3a9c@vsn.example.se>",
                  References="<review.7f3a9c@vsn.example.se>")
    msg.set_content("Godkänn" + QUOTE)
    return to_bytes(msg)


def decision_outlook_html() -> bytes:
    html = outlook_html(["Godkänn gul verifierad", "", "/Moa", ""], extra=outlook_forward_block(
        "VSN Varningssystem Narkotika &lt;vsn@vsn.example.se&gt;", "den 3 mars 2025 10:12",
        "Moa Moderator", "[VSN-granskning 2025-0042] Fentanyl i M30-tabletter", lang="sv")
        + '<p class="MsoNormal">Svara GODKÄNN eller AVSLÅ.<o:p></o:p></p>')
    msg = message(REVIEW_SUBJECT, MOA, to=f"vsn+review-{TOKEN}@vsn.example.se",
                  mid="<d4@fhm.example.se>", X_Mailer="Microsoft Outlook 16.0")
    msg.set_content(html, subtype="html", cte="quoted-printable")
    return to_bytes(msg)


def reply_to_notice_without_tag() -> bytes:
    """A member answers a notice but the reply reached vsn@: not a review, so a report."""
    msg = message("SV: [VSN gul] Ketamin på festivaler", "Member <member@kommun.example.se>",
                  mid="<r1@kommun.example.se>", In_Reply_To="<4f1c2a@vsn.example.se>")
    msg.set_content("Vi ser samma sak här i Exempelby.\n\n> Notis.\n")
    return to_bytes(msg)


def comment_token() -> bytes:
    msg = message("SV: [VSN gul] Ketamin på festivaler", "Member <member@kommun.example.se>",
                  to=f"vsn+comment-{TOKEN}@vsn.example.se", mid="<c1@kommun.example.se>")
    msg.set_content("Vi ser samma sak här i Exempelby.\n")
    return to_bytes(msg)


def command(subject: str, body: str, name: str) -> bytes:
    msg = message(subject, "Member <member@kommun.example.se>", to="vsn-request@vsn.example.se",
                  mid=f"<{name}@kommun.example.se>")
    msg.set_content(body)
    return to_bytes(msg)


def defect(name: str, head: str, body: str) -> bytes:
    return crlf("From: Anna Andersson <anna.andersson@socialtjanst.example.se>\n"
                "To: vsn@vsn.example.se\n" + head + "\n" + body)


DATED = "Date: Mon, 03 Mar 2025 10:30:00 +0100\n"
DEFECTS = {
    "defect_bad_boundary": (
        f"Subject: Gul: trasig MIME\n{DATED}Message-ID: <x1@socialtjanst.example.se>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="NOPE"\n',
        "--OTHER\nContent-Type: text/plain; charset=utf-8\n\nTexten finns ändå.\n--OTHER--\n"),
    "defect_missing_close_boundary": (
        f"Subject: Gul: utan slutgräns\n{DATED}Message-ID: <x2@socialtjanst.example.se>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n',
        "--B\nContent-Type: text/plain; charset=utf-8\n\nKlonazepam säljs billigt.\n"),
    "defect_nul_bytes": (
        f"Subject: Gul: nollbytes\n{DATED}Message-ID: <x3@socialtjanst.example.se>\n",
        "Text med\x00 nollbytes\x00 i.\n"),
    "defect_missing_headers": ("", "Bara en rad om GHB, inga andra rubriker.\n"),
    "defect_unknown_charset": (
        f"Subject: Gul: okänd teckenkodning\n{DATED}Message-ID: <x5@socialtjanst.example.se>\n"
        "Content-Type: text/plain; charset=x-nonexistent-8bit\n"
        "Content-Transfer-Encoding: 8bit\n", "Tramadol säljs på nätet.\n"),
    "defect_bad_base64": (
        f"Subject: Gul: trasig base64\n{DATED}Message-ID: <x6@socialtjanst.example.se>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
        "S2V0YW1pbiBww6UgZmVzdGl2YWw=?!\nx\n"),
    "defect_header_without_colon": (
        f"Subject: Gul: trasig rubrik\n{DATED}Message-ID: <x7@socialtjanst.example.se>\n"
        "Detta är ingen rubrik\n", "Brödtexten.\n"),
}


def all_replies() -> dict[str, bytes]:
    found = {
        "decision_token_approve": decision_token("Godkänn röd verifierad", "d1"),
        "decision_token_reject": decision_token("Avslå: uppgifterna kan inte bekräftas", "d5"),
        "decision_tag_to_vsn": decision_tag_to_vsn(),
        "decision_in_reply_to": decision_in_reply_to(),
        "decision_outlook_html": decision_outlook_html(),
        "report_reply_to_notice": reply_to_notice_without_tag(),
        "comment_token": comment_token(),
        "command_subject_only": command("hjälp", "", "k1"),
        "command_body": command("", "sök fentanyl\n", "k2"),
    }
    found.update({name: defect(name, head, body) for name, (head, body) in DEFECTS.items()})
    return found
