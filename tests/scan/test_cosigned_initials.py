"""Staff who sign a note together (`AK/SB.`) or close it with their initials on its own last
line are masked there and further on; offices, units and answers written so stay."""

from __future__ import annotations

from mailgate.scan import scan


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "PERSON"]


def test_two_pairs_joined_by_a_slash_closing_a_clause_sign_it() -> None:
    text = ("22.40 rum 12 har ont i höften. Oxynorm 5 mg given enl. vid behov, AK/SB.\n"
            "03.50 rum 12 sover nu. SB lämnade över till dagen.")
    assert _persons(text).count("SB") == 2
    assert "AK" in _persons(text)


def test_pairs_after_a_counts_label_sign_it() -> None:
    assert _persons("Kassationslista dec\nKontrollräknat: JV / NB") == ["JV", "NB"]


def test_a_pair_alone_on_the_last_line_signs_the_note() -> None:
    text = "Kenneth gav Lergigan i söndags utan delegering. Avvikelse skriven.\nLH"
    assert "LH" in _persons(text)


def test_initials_after_the_hours_of_a_signing_lists_cells_sign_it() -> None:
    text = ("Signeringslista vecka 49\nmån 08 SA | 20 GP\ntis 08 SA | 20 MK\n"
            "ons 08 – | 20 MK\nOns morgon saknas.")
    assert set(_persons(text)) == {"SA", "GP", "MK"}


def test_a_timetables_codes_after_their_hours_stay() -> None:
    assert _persons("Avgång 07.10 SK\n08.20 DY\n09.30 AY\n") == []
    assert _persons("Tåg 08 SJ | 20 SL\nBuss 09 SL | 21 SJ") == []


def test_offices_units_and_answers_so_written_stay() -> None:
    assert _persons("Frågan går till IT/HR.\nInget mer.") == []
    assert _persons("Vi räknade allt i skåpet.\nOK") == []
    assert _persons("Läkaren skrev ut dosen, ST/BT.") == []
