"""Small helpers that build realistic messages the way common clients write them."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

DATE = "Mon, 03 Mar 2025 10:12:00 +0100"
VSN = "vsn@vsn.example.se"
OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
    'office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-'
    'Type" content="text/html; charset={charset}"><style><!--\n/* Style Definitions */\n'
    'p.MsoNormal, li.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}'
    '\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
    '</xml><![endif]--></head><body lang="SV" link="#0563C1" style="word-wrap:break-word">'
    '<div class="WordSection1">'
)
OUTLOOK_TAIL = "</div></body></html>"


def outlook_html(paragraphs: list[str], extra: str = "", charset: str = "utf-8") -> str:
    """Word-generated HTML: MsoNormal paragraphs, <o:p> fillers and &nbsp; blank lines."""
    body = "".join(
        f'<p class="MsoNormal">{p}<o:p></o:p></p>' if p else
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paragraphs)
    return OUTLOOK_HEAD.format(charset=charset) + body + extra + OUTLOOK_TAIL


def outlook_forward_block(sender: str, sent: str, to: str, subject: str, *, lang: str) -> str:
    """The header block Outlook puts above a forwarded or quoted message (HTML)."""
    labels = {"sv": ("Från", "Skickat", "Till", "Ämne"),
              "en": ("From", "Sent", "To", "Subject")}[lang]
    values = (sender, sent, to, subject)
    rows = "<br>".join(f"<b>{k}:</b> {v}" for k, v in zip(labels, values, strict=True))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{rows}<o:p></o:p></p></div>')


def message(subject: str, sender: str, to: str = VSN, *, mid: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = DATE
    msg["Message-ID"] = mid
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    return msg


def outlook(subject: str, sender: str, plain: str, html: str, *, mid: str,
            **headers: str) -> EmailMessage:
    """Outlook/Exchange: multipart/alternative, both parts quoted-printable UTF-8."""
    msg = message(subject, sender, mid=mid, X_Mailer="Microsoft Outlook 16.0",
                  Thread_Index="AdmMfA1b2C3d4E5f6G7h8I9j0KLmNo==", **headers)
    msg.set_content(plain, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg


def to_bytes(msg: EmailMessage) -> bytes:
    # Fixed boundaries keep the committed files stable when the generator runs again.
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_vsn_part_{number}")
    return msg.as_bytes(policy=SMTP)


def crlf(text: str) -> bytes:
    """Hand-written raw messages: LF in the source, CRLF on the wire; byte strings kept."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "surrogateescape")
