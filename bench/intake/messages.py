"""Benchmark mail: a reporter's Swedish report, padded to the wanted size.

Real-looking text rather than smtp-source's `XXXX` lines, so that `vsn serve`'s workers
parse and scan what they would in production while the accept rate is measured.
"""

from __future__ import annotations

from pathlib import Path

HEADER = """\
From: Anna Lindqvist <anna.lindqvist@malmo.example.se>
To: VSN <vsn@vsn.example.se>
Subject: Gul: blå tabletter märkta "K9" på sprutbytet
Date: Mon, 23 Nov 2026 09:15:00 +0100
Message-ID: <bench-{size}@malmo.example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

"""

PARAGRAPH = """\
Hej,
Vi på sprutbytet i Malmö har den senaste veckan träffat flera besökare som berättar om
blå tabletter märkta "K9" som säljs som oxykodon. Två personer har beskrivit kraftig
andningspåverkan efter en halv tablett och en man i 40-årsåldern fick naloxon av
ambulansen vid Möllevångstorget. Tabletterna ska komma från samma säljare och kosta
mindre än vanligt. Vi misstänker nitazener men har inget analyssvar ännu.
Kontakta mig gärna på 040-34 10 00 om ni vill veta mer.

"""

SIGNATURE = """\
Med vänlig hälsning
Anna Lindqvist, sjuksköterska
Region Skåne, sprutbytet Malmö
"""


def report(size: int) -> str:
    """A report of about `size` bytes (headers included), LF line ends."""
    head = HEADER.format(size=size)
    room = max(size - len(head.encode()) - len(SIGNATURE.encode()), 0)
    count = max(room // len(PARAGRAPH.encode()), 1)
    return head + PARAGRAPH * count + SIGNATURE


def write_reports(folder: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for size in sizes:
        path = folder / f"report-{size}.eml"
        path.write_text(report(size), encoding="utf-8")
        paths[size] = path
    return paths
