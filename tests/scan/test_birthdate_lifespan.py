"""DATE_OF_BIRTH in death notices, funeral programmes and memorial pages: the star before a
birth and a life's span; periods, footnotes and years alone are no births."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Vår käre\nOlle Rask\n* 3 februari 1994 Gävle\n† 14 november 2026", "3 februari 1994"),
        ("Min älskade dotter\nLinnea\n* 17.6.2003\n† 30.10.2026\nPappa", "17.6.2003"),
        ("Til minne om Jonas Aune, * 09.03.1999 Bergen, † 02.11.2026 Oslo.", "09.03.1999"),
        ("In loving memory of\nKevin Walsh\nMarch 4, 1997 – October 29, 2026", "March 4, 1997"),
        ("Begravningsprogram\nTill minne av\nMira Holm\n8.1.2001 – 3.11.2026\nPsalm 297",
         "8.1.2001"),
        ("Minnesstund för Tobias (1998-02-11 – 2026-10-19) i kapellet.", "1998-02-11"),
        ("Minnesord: 12 maj 1990 – 1 november 2026. Han älskade att fiska.", "12 maj 1990"),
        # No dash and no star in the whole text: the span is joined by a word.
        ("Till minne av\nAlva Strand\n4.9.2004 till 21.10.2026", "4.9.2004"),
    ],
)
def test_births_in_death_notices(text: str, date: str) -> None:
    assert date in found(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "Projektperiod 2025-01-01 – 2026-06-30, därefter utvärdering.",
        "Avtalet gäller\n1.1.2024 – 31.12.2026\nmed tre månaders uppsägning.",
        "Kursen pågår 3 mars 2026 – 12 maj 2026 i Umeå.",
        "Pris 120 kr * 3 st = 360 kr",
        "* 1991 † 2026",
        "Öppettider ändras\n* 24.12.2026 stängt\n* 31.12.2026 stängt kl 15",
        "Att göra:\n* 1998-03-01 grundades föreningen, ring +46 70 174 06 55",
    ],
)
def test_periods_footnotes_and_years_are_no_births(text: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == []
