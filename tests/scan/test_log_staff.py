"""Staff named in logs and handover books: a surname after a staff role's label, initials
after a plural role, two given names handing a shift over, a given name signing after a
slash; the same frames round a firm, a place, a route or codes stay readable."""

from __future__ import annotations

import pytest

from tests.scan.kit import flagged, found


@pytest.mark.parametrize(("text", "name"), [
    ("Bildtexter uppslag 2\nFotograf: Lindevall.\nText: redaktionen", "Lindevall"),
    ("Pumpdagbok\nSkift: Hammarsköld\nTank 3 nästan tom.", "Hammarsköld"),
    ("Kontrollörer: BK, ST.\nTre plankare vid spärren.", "BK"),
    ("Vakter: LN och PJ\nGrind 4 låst 02.10.", "PJ"),
    ("Agnes → Bertil: kassaskåpet är låst, koden i pärmen", "Agnes"),
    ("Skiftbyte\nKarin – Hugo: två bilar utan biljett på däck 5", "Hugo"),
    ("Sprutan låg under bänken vid pump 2, lagd i burken.\n/Nora", "Nora"),
])
def test_log_staff_are_masked(text: str, name: str) -> None:
    assert name in " ".join(found(text, "PERSON"))


@pytest.mark.parametrize(("text", "word"), [
    ("Leverantör: Elgiganten\nLeverans: två skärmar", "Elgiganten"),
    ("Plats: Luleå\nTid: 03.10, larm från pumpen", "Luleå"),
    ("Vakter: K2 och K7 ur funktion sedan 06.00", "K2"),
    ("Göteborg → Kiel: avgången inställd i kväll", "Kiel"),
    ("Rosa – Vit: två färger kvar i lager", "Rosa"),
    ("Pumpen vid tvätthallen läcker, felanmält.\n/Borlänge", "Borlänge"),
])
def test_labels_before_things_stay_readable(text: str, word: str) -> None:
    assert word not in " ".join(f.text for f in flagged(text))
