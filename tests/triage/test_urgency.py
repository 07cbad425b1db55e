"""The urgency a reporter wrote, Swedish and English, without reading ordinary words."""

from __future__ import annotations

import pytest

from mailgate.hold.urgency import read_urgency
from store.status import Urgency

RED, YELLOW, GREEN = Urgency.RED, Urgency.YELLOW, Urgency.GREEN

SUBJECTS = [
    ("[RÖD] Fentanyl i Malmö", RED),
    ("Röd: karfentanil", RED),
    ("RÖD - nitazener", RED),
    ("röd varning: spice", RED),
    ("Brådskande: okända tabletter", RED),
    ("Brådskande okända tabletter", RED),
    ("Akut", RED),
    ("Akut: överdoser", RED),
    ("AKUT överdoser", RED),
    ("URGENT: counterfeit pills", RED),
    ("Red: xylazine", RED),
    ("Fentanyl (Prio: röd)", RED),
    ("Prio 1 - heroin", RED),
    ("Prio: gul", YELLOW),
    ("Gul", YELLOW),
    ("GUL: ketamin", YELLOW),
    ("Yellow - ketamine", YELLOW),
    ("Rapport [gul]", YELLOW),
    ("Nivå: gul - lustgas", YELLOW),
    ("Grön - för kännedom", GREEN),
    ("För kännedom: nya säljkanaler", GREEN),
    ("FYI: new market", GREEN),
    ("[green] new market", GREEN),
    ("VB: SV: Röd: x", RED),
    ("Fwd: [Gul] x", YELLOW),
    # ordinary words are not urgencies
    ("Röda tabletter i Exempelby", None),
    ("Gult pulver säljs", None),
    ("Grönt ljus för sprutbyte", None),
    ("Red Bull och kokain", None),
    ("Akutmottagningen rapporterar", None),
    ("Akut förgiftning hos tre", None),
    ("Varning: röda tabletter", None),
    ("Info om gröna tabletter", None),
    ("Rapport", None),
    ("", None),
]


@pytest.mark.parametrize(("subject", "expected"), SUBJECTS)
def test_urgency_in_the_subject(subject: str, expected: Urgency | None) -> None:
    assert read_urgency(subject, "") == expected


BODIES = [
    ("Hej,\nRöd - detta måste ut i dag.\n", RED),
    ("Hej!\n\nGrön - för kännedom\nNya säljkanaler.\n", GREEN),
    ("Prio: gul\nKetamin på festivaler.", YELLOW),
    ("Hej,\nVi har sett röda tabletter.\nGult pulver också.\n", None),
    # only the first lines count: a colour deep in the text is description, not a grade
    ("Hej,\nrad två\nrad tre\nrad fyra\nRöd: sent\n", None),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_urgency_in_the_first_lines(text: str, expected: Urgency | None) -> None:
    assert read_urgency("Rapport", text) == expected


def test_the_subject_wins_over_the_text() -> None:
    assert read_urgency("Grön: info", "Röd: nej") == GREEN
