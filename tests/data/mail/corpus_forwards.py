"""Forwarded reports and reports with attachments (Outlook, Gmail, Apple; Swedish and English)."""

from __future__ import annotations

from email.message import EmailMessage

from binary_parts import jpeg_with_exif, png_pixel, winmail_dat
from builders import message, outlook, outlook_forward_block, outlook_html, to_bytes

ANNA = "Anna Andersson <anna.andersson@socialtjanst.example.se>"
BO = "Bo Berg <bo.berg@region.example.se>"
ORIGINAL = ("Vi har fått in gröna tabletter märkta M30 som visat sig innehålla fentanyl.\n"
            "Tre personer vårdades på akuten under helgen.\n")
RULE = "_" * 32
CECILIA_TNEF = "Ulla Ulf <ulla.ulf@exchange.example.se>"


def forward_outlook_sv() -> bytes:
    plain = ("Hej VSN,\nVidarebefordrar från kollega på socialtjänsten.\n/Bo\n\n" + RULE + "\n"
             "Från: Anna Andersson <anna.andersson@socialtjanst.example.se>\n"
             "Skickat: den 2 mars 2025 16:40\nTill: Bo Berg <bo.berg@region.example.se>\n"
             "Ämne: Fentanyl i M30-tabletter\n\n" + ORIGINAL)
    html = outlook_html(["Hej VSN,", "Vidarebefordrar från kollega på socialtjänsten.", "/Bo",
                         ""], extra=outlook_forward_block(
        "Anna Andersson &lt;anna.andersson@socialtjanst.example.se&gt;",
        "den 2 mars 2025 16:40", "Bo Berg &lt;bo.berg@region.example.se&gt;",
        "Fentanyl i M30-tabletter", lang="sv") + "".join(
        f'<p class="MsoNormal">{line}<o:p></o:p></p>' for line in ORIGINAL.splitlines()))
    return to_bytes(outlook("VB: Fentanyl i M30-tabletter", BO, plain, html,
                            mid="<HE1PR05MB3333D@region.example.se>"))


def forward_outlook_en_html_only() -> bytes:
    html = outlook_html(["FYI, see below.", ""], extra=outlook_forward_block(
        "Lars Lund &lt;lars.lund@harm-reduction.example.org&gt;",
        "Sunday, March 2, 2025 4:40 PM", "Bo Berg", "Nitazenes in heroin", lang="en")
        + '<p class="MsoNormal">Heroin samples tested positive for nitazenes.<o:p></o:p></p>')
    msg = message("FW: Nitazenes in heroin", BO, mid="<HE1PR05MB4444E@region.example.se>")
    msg.set_content(html, subtype="html", cte="quoted-printable")
    return to_bytes(msg)


def forward_ursprungligt() -> bytes:
    msg = message("VB: Lustgas", "Mona Mark <mona@kommun.example.se>",
                  mid="<m20@kommun.example.se>")
    msg.set_content("Gul: se nedan.\n\n-----Ursprungligt meddelande-----\n"
                    "Från: Nils Nord [mailto:nils.nord@skola.example.se]\n"
                    "Skickat: den 1 mars 2025 09:00\nTill: Mona Mark\nÄmne: Lustgas\n\n"
                    "Elever säljer lustgasbehållare utanför skolan.\n")
    return to_bytes(msg)


def forward_gmail_sv() -> bytes:
    msg = message("Fwd: Misstänkt spice", "Olle Ohm <olle.ohm@ngo.example.org>",
                  mid="<CAG=fwd1@mail.example.com>")
    text = ("\n\n---------- Vidarebefordrat meddelande ---------\n"
            "Från: Pia Palm <pia.palm@boende.example.se>\nDate: sön 2 mars 2025 kl 18:01\n"
            "Subject: Misstänkt spice\nTo: <olle.ohm@ngo.example.org>\n\n"
            "Boende på HVB har blivit psykotiska efter spice.\n")
    msg.set_content(text)
    msg.add_alternative(
        '<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '---------- Vidarebefordrat meddelande ---------<br>Från: <b class="gmail_sendername" '
        'dir="auto">Pia Palm</b> <span dir="auto">&lt;<a href="mailto:pia.palm@boende.example.se">'
        'pia.palm@boende.example.se</a>&gt;</span><br>Date: sön 2 mars 2025 kl 18:01<br>'
        'Subject: Misstänkt spice<br>To: &lt;olle.ohm@ngo.example.org&gt;<br></div><br><br>'
        '<div dir="ltr">Boende på HVB har blivit psykotiska efter spice.</div></div></div>',
        subtype="html")
    return to_bytes(msg)


def forward_gmail_en() -> bytes:
    msg = message("Fwd: Xylazine", "Kim Kent <kim.kent@ngo.example.org>",
                  mid="<CAF=fwd2@mail.example.com>")
    msg.set_content("Forwarding for your information.\n\n"
                    "---------- Forwarded message ---------\n"
                    "From: Quinn Quist <quinn@outreach.example.org>\n"
                    "Date: Sun, Mar 2, 2025 at 6:01 PM\nSubject: Xylazine\n"
                    "To: Kim Kent <kim.kent@ngo.example.org>\n\n"
                    "Wounds typical of xylazine seen among clients.\n")
    return to_bytes(msg)


def forward_chain() -> bytes:
    """A report forwarded twice: the deepest author is the one who wrote it."""
    msg = message("VB: VB: Ny syntetisk opioid", BO, mid="<m21@region.example.se>")
    msg.set_content("Till VSN.\n\n" + RULE + "\nFrån: Rut Rask <rut.rask@lakare.example.se>\n"
                    "Skickat: den 2 mars 2025 20:00\nTill: Bo Berg\nÄmne: VB: Ny syntetisk opioid"
                    "\n\nBo, kan du skicka vidare?\n\n" + RULE + "\n"
                    "Från: Sara Sand <sara.sand@labb.example.se>\nSkickat: den 2 mars 2025 12:00"
                    "\nTill: Rut Rask\nÄmne: Ny syntetisk opioid\n\n"
                    "Labbet har identifierat en ny nitazen i urinprov.\n")
    return to_bytes(msg)


def forwarded_as_attachment() -> bytes:
    inner = message("Beslag av GHB", "Tor Tall <tor.tall@polisen.example.se>",
                    to="bo.berg@region.example.se", mid="<inner1@polisen.example.se>")
    inner.set_content("GHB i flaskor märkta som vatten har beslagtagits.\n")
    msg = message("VB: Beslag av GHB", BO, mid="<m22@region.example.se>")
    msg.set_content("Se bifogat meddelande.\n")
    msg.add_attachment(inner, filename="Beslag av GHB.eml")
    return to_bytes(msg)


def attachments_aao() -> bytes:
    msg = message("Gul: rapport med bilagor", ANNA, mid="<m23@socialtjanst.example.se>")
    msg.set_content("Hej,\nBifogar sammanställning och bild.\n")
    msg.add_attachment(b"%PDF-1.4\n% syntetisk\n", maintype="application", subtype="pdf",
                       filename="Sammanställning från socialtjänsten åäö.pdf")
    # Outlook writes RFC 2047 inside the quoted filename instead of RFC 2231.
    part = EmailMessage()
    part.set_content(b"PK\x03\x04 docx", maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
    del part["Content-Disposition"]
    part["Content-Disposition"] = 'attachment; filename="=?iso-8859-1?Q?L=E4gesbild_v=E5r.docx?="'
    msg.attach(part)
    return to_bytes(msg)


def tnef_winmail() -> bytes:
    """Exchange with rich text: a stub text part plus winmail.dat holding the real content."""
    dat = winmail_dat("Hej,\nRÖD: fentanylplåster säljs i Exempelby.\nSe bifogad lista.\n",
                      [("LAKEME~1.TXT", "Läkemedelslista åäö.txt",
                        "Fentanyl 50 µg/h\n".encode())])
    msg = message("Fentanylplåster", CECILIA_TNEF, mid="<TNEF01@exchange.example.se>",
                  X_MS_Has_Attach="yes", X_MS_TNEF_Correlator="<TNEF01@exchange.example.se>")
    msg.set_content("")
    msg.add_attachment(dat, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    return to_bytes(msg)





def image_with_exif() -> bytes:
    msg = message("Grön: bild på förpackning", "Vera Vik <vera@apotek.example.se>",
                  mid="<m24@apotek.example.se>")
    msg.set_content("Bild på förpackningen som lämnades in på apoteket.\n")
    msg.add_attachment(jpeg_with_exif(), maintype="image", subtype="jpeg",
                       filename="förpackning.jpg")
    return to_bytes(msg)


def inline_image_related() -> bytes:
    msg = message("Akut: blå tabletter", ANNA, mid="<m25@socialtjanst.example.se>")
    msg.set_content("Se bild.\n")
    msg.add_alternative('<p>Se bild:</p><img src="cid:bild1@example">', subtype="html")
    html = msg.get_payload()[1]
    html.add_related(png_pixel(), maintype="image", subtype="png", cid="<bild1@example>",
                     filename="image001.png")
    return to_bytes(msg)


def all_forwards() -> dict[str, bytes]:
    return {
        "forward_outlook_sv": forward_outlook_sv(),
        "forward_outlook_en_html_only": forward_outlook_en_html_only(),
        "forward_ursprungligt_meddelande": forward_ursprungligt(),
        "forward_gmail_sv": forward_gmail_sv(),
        "forward_gmail_en": forward_gmail_en(),
        "forward_chain_twice": forward_chain(),
        "forward_as_attachment": forwarded_as_attachment(),
        "attachments_aao_names": attachments_aao(),
        "attachment_tnef_winmail": tnef_winmail(),
        "attachment_image_exif": image_with_exif(),
        "attachment_inline_image": inline_image_related(),
    }
