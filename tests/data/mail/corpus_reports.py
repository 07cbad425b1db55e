"""Reports as they arrive from municipalities, regions and agencies (all people synthetic)."""

from __future__ import annotations

import base64

from builders import crlf, message, outlook, outlook_html, to_bytes

ANNA = "Anna Andersson <anna.andersson@socialtjanst.example.se>"
BO = "Bo Berg <bo.berg@region.example.se>"
CECILIA = "Cecilia Ek <cecilia.ek@polisen.example.se>"
SIGNATURE = ("Med vänliga hälsningar\n\nBo Berg\nSjuksköterska, Sprutbytet\n"
             "Region Exempel\n")


def outlook_html_only() -> bytes:
    """HTML-only Outlook mail in windows-1252 with a list, a table and &nbsp; fillers."""
    html = outlook_html([
        "Hej,", "",
        "Vi har de senaste dagarna sett gröna tabletter märkta&nbsp;”M30” som innehåller "
        "fentanyl. Tre överdoser på akuten.",
        "", "Iakttagelser:",
    ], extra=(
        '<ul style="margin-top:0cm"><li class="MsoListParagraph">Gröna runda tabletter</li>'
        '<li class="MsoListParagraph">Säljs via Telegram för 200 kr/st</li></ul>'
        '<table class="MsoTableGrid" border="1"><tr><td><p class="MsoNormal">Substans<o:p></o:p>'
        '</p></td><td><p class="MsoNormal">Fall<o:p></o:p></p></td></tr><tr><td>'
        '<p class="MsoNormal">Fentanyl<o:p></o:p></p></td><td><p class="MsoNormal">3<o:p></o:p>'
        '</p></td></tr></table>'
        + '<p class="MsoNormal">Med vänliga hälsningar<o:p></o:p></p>'
        '<p class="MsoNormal">Anna Andersson<o:p></o:p></p>'), charset="windows-1252")
    msg = message("[RÖD] Gröna tabletter med fentanyl", ANNA,
                  mid="<DB7PR01MB1234A@outlook.example>", X_Mailer="Microsoft Outlook 16.0")
    msg.set_content(html, subtype="html", charset="windows-1252", cte="quoted-printable")
    return to_bytes(msg)


def outlook_alternative() -> bytes:
    plain = "Hej,\n\nGul: vi ser mer ketamin på festivaler i regionen.\n\n" + SIGNATURE
    html = outlook_html(["Hej,", "", "Gul: vi ser mer ketamin på festivaler i regionen.", "",
                         "Med vänliga hälsningar", "", "Bo Berg"])
    return to_bytes(outlook("Ketamin på festivaler", BO, plain, html,
                            mid="<AM0PR02MB5555B@region.example.se>"))


def iso_8859_1_8bit() -> bytes:
    return crlf(
        "From: =?iso-8859-1?q?G=F6ran_=D6berg?= <goran.oberg@kommun.example.se>\n"
        "To: vsn@vsn.example.se\n"
        "Subject: =?iso-8859-1?q?Gr=F6n_-_f=F6r_k=E4nnedom=3A_nya_s=E4ljkanaler?=\n"
        "Date: Mon, 03 Mar 2025 10:12:00 +0100\n"
        "Message-ID: <20250303101200.1234@kommun.example.se>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ) + "Hej!\n\nUngdomar berättar om försäljning via appar. Inget akut.\n\nGöran\n".encode(
        "iso-8859-1").replace(b"\n", b"\r\n")


def windows_1252_qp() -> bytes:
    msg = message("Brådskande: nitazener i heroin", CECILIA,
                  mid="<VI1PR03MB7777C@polisen.example.se>")
    msg.set_content("Hej,\n\n”Heroin” som beslagtagits innehöll nitazener – 2 döda.\n"
                    "Pris ca 500 € per gram.\n", charset="windows-1252", cte="quoted-printable")
    return to_bytes(msg)


def utf8_labelled_latin1() -> bytes:
    """A webmail that labels UTF-8 text as iso-8859-1: the bytes win, noted as a defect."""
    return crlf(
        "From: Dana Dahl <dana.dahl@ungdom.example.se>\nTo: vsn@vsn.example.se\n"
        "Subject: Prio: gul - lustgas\nDate: Mon, 03 Mar 2025 10:12:00 +0100\n"
        "Message-ID: <m1@ungdom.example.se>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n"
        "Många unga använder lustgas i centrum på helgerna.\n")


def undeclared_8bit_utf8() -> bytes:
    return crlf(
        "From: erik@kommun.example.se\nTo: vsn@vsn.example.se\n"
        "Subject: Röd: karfentanil\nDate: Mon, 03 Mar 2025 10:12:00 +0100\n"
        "Message-ID: <m2@kommun.example.se>\n\n"
        "Karfentanil påträffad i Exempelby. Två förgiftningar i natt.\n")


def base64_utf8() -> bytes:
    msg = message("Rapport från ungdomsmottagningen", "Fia Fors <fia@ungdom.example.se>",
                  mid="<m3@ungdom.example.se>")
    msg.set_content("Hej,\nGrön - för kännedom\nFler frågor om benzodiazepiner från unga.\n",
                    cte="base64")
    return to_bytes(msg)


def rfc2047_split_subject() -> bytes:
    """Encoded words split inside a UTF-8 character and folded over two lines."""
    subject = "Beslag av gröna tabletter i Åre".encode()
    cut = subject.index("ö".encode()) + 1
    words = [base64.b64encode(chunk).decode() for chunk in (subject[:cut], subject[cut:])]
    return crlf(
        "From: =?UTF-8?B?R8O2cmFu?= Svensson <goran.s@tull.example.se>\nTo: vsn@vsn.example.se\n"
        f"Subject: =?UTF-8?B?{words[0]}?=\n =?UTF-8?B?{words[1]}?=\n"
        "Date: Mon, 03 Mar 2025 10:12:00 +0100\nMessage-ID: <m4@tull.example.se>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\nTullen har beslagtagit gröna tabletter.\n")


def subject_with_encoded_newline() -> bytes:
    """CR LF hidden inside an encoded word must not survive decoding."""
    return crlf(
        "From: Hanna Holm <hanna@region.example.se>\nTo: vsn@vsn.example.se\n"
        "Subject: =?utf-8?q?R=C3=B6d=3A_spice=0D=0ABcc=3A_x=40evil=2Eexample?=\n"
        "Date: Mon, 03 Mar 2025 10:12:00 +0100\nMessage-ID: <m5@region.example.se>\n"
        "Content-Type: text/plain; charset=utf-8\n\nSpice på HVB-hem.\n")


def raw_8bit_subject() -> bytes:
    return crlf(
        "From: Ivar Ilg <ivar@kommun.example.se>\nTo: vsn@vsn.example.se\n"
        "Subject: Gul: amfetamin blandat med nikotin – höst\n"
        "Date: Mon, 03 Mar 2025 10:12:00 +0100\nMessage-ID: <m6@kommun.example.se>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Se ämnesraden.\n")


def iphone_flowed() -> bytes:
    return crlf(
        "From: Jonas Jak <jonas@kommun.example.se>\nTo: vsn@vsn.example.se\n"
        "Subject: Akut\nDate: Mon, 03 Mar 2025 10:12:00 +0100\n"
        "Message-ID: <ABCD-1234@kommun.example.se>\nMime-Version: 1.0 (1.0)\n"
        "X-Mailer: iPhone Mail (21D61)\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Flera personer medvetsl=C3=B6sa vid stationen efter att ha r=C3=B6kt n=C3=A5got =\n"
        "som s=C3=A5lts som cannabis.\n\nSkickat fr=C3=A5n min iPhone\n")


def gmail_webmail() -> bytes:
    msg = message("URGENT: counterfeit oxycodone", "Kim Kent <kim.kent@ngo.example.org>",
                  mid="<CAF=abc123@mail.example.com>")
    msg.set_content("Hello,\n\nWe have seen counterfeit oxycodone pills with nitazenes.\n\nKim\n")
    msg.add_alternative('<div dir="ltr">Hello,<div><br></div><div>We have seen counterfeit '
                        'oxycodone pills with <b>nitazenes</b>.</div><div><br></div>'
                        '<div>Kim</div></div>', subtype="html")
    return to_bytes(msg)


def signature_disclaimer() -> bytes:
    msg = message("Nytt rökbart preparat", BO, mid="<m7@region.example.se>")
    msg.set_content("Hej,\n\nPatienter beskriver ett nytt rökbart preparat, \"Kush\".\n\n"
                    + SIGNATURE + "Tel: 010-000 00 00\n\n"
                    "Detta e-postmeddelande kan innehålla konfidentiell information.\n")
    return to_bytes(msg)


def no_urgency() -> bytes:
    msg = message("Röda tabletter i Exempelby", ANNA, mid="<m8@socialtjanst.example.se>")
    msg.set_content("Hej,\nVi har sett röda tabletter med okänt innehåll.\nGult pulver också.\n")
    return to_bytes(msg)


def urgency_in_body() -> bytes:
    msg = message("Rapport", ANNA, mid="<m9@socialtjanst.example.se>")
    msg.set_content("Hej,\nRöd - detta måste ut till alla i dag.\nFentanylplåster säljs.\n")
    return to_bytes(msg)


def all_reports() -> dict[str, bytes]:
    return {
        "report_outlook_html_only": outlook_html_only(),
        "report_outlook_alternative": outlook_alternative(),
        "report_iso_8859_1_8bit": iso_8859_1_8bit(),
        "report_windows_1252_qp": windows_1252_qp(),
        "report_utf8_labelled_latin1": utf8_labelled_latin1(),
        "report_undeclared_8bit": undeclared_8bit_utf8(),
        "report_base64_utf8": base64_utf8(),
        "report_rfc2047_split_subject": rfc2047_split_subject(),
        "report_subject_encoded_newline": subject_with_encoded_newline(),
        "report_raw_8bit_subject": raw_8bit_subject(),
        "report_iphone_flowed": iphone_flowed(),
        "report_gmail_english": gmail_webmail(),
        "report_signature_disclaimer": signature_disclaimer(),
        "report_no_urgency": no_urgency(),
        "report_urgency_in_body": urgency_in_body(),
    }
