"""User names of a double given name joined to a surname by a dot (`ulla-britt.ek`): both
halves listed given names; beside hyphened hosts, files and words joined by dots that must
stay unflagged."""

from __future__ import annotations

import pytest

from .kit import flagged, found


@pytest.mark.parametrize(("text", "name"), [
    ("Deltagarlistan visar ulla-britt.ek utan versaler.", "ulla-britt.ek"),
    ("09:02 karl-johan.berg 203.0.113.9 OK", "karl-johan.berg"),
    ("Kontot per-olof.sjoberg är spärrat.", "per-olof.sjoberg"),
    ("Skickat av bo-göran.lind i chatten.", "bo-göran.lind"),
    ("Ändrad av ann-sofie.k i går.", "ann-sofie.k"),
])
def test_a_double_given_name_user_name_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Anmälan görs på self-service.se före fredag.",
    "Filen follow-up.docx ligger i mappen.",
    "Mer på anti-doping.se och i broschyren.",
    "Se drop-in.mottagning i menyn.",
    "Skriv till e-post.nu om det krånglar.",
])
def test_hyphened_hosts_files_and_words_stay_unflagged(text: str) -> None:
    assert flagged(text) == []
