"""Surnames that are words: a colour, season or weather word after a given name, a surname
that is a word speaking once in a chat among other speakers, and a surname after a rank in a
line of capitals are people; the same words as colours, codes, pills, fields and places stay
readable."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "person"), [
    ("Vi ringde Lisa Grön i går om påsen.", "Lisa Grön"),
    ("Kassör i föreningen är Isak Röd sedan i våras.", "Isak Röd"),
    ("Protokollet justeras av Maja Snö.", "Maja Snö"),
    ("Brevbäraren Jonas Grön såg paketet vid porten.", "Jonas Grön"),
])
def test_a_colour_or_weather_word_after_a_given_name_is_a_surname(text: str,
                                                                    person: str) -> None:
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    "Grön är en fin färg på en båt.",
    "Triage: Grön. Patienten fick vänta.",
    "Pillren kallas Rosa Grön och säljs i Göteborg.",
    "Varning för Tina Röd som är starkare än vanligt.",
    "Kod Röd utlystes på sjukhuset i natt.",
    "Bussen går på linje Grön till Tensta.",
])
def test_colours_codes_and_pills_stay_words(text: str) -> None:
    assert _persons(text) == []


def test_a_surname_that_is_a_word_speaks_once_among_speakers() -> None:
    text = "Gruppchatt\nLinnea: vem stänger i kväll?\nStorm: jag tar det\nHampus: tack!!"
    assert "Storm" in _persons(text)


@pytest.mark.parametrize("text", [
    "Gruppchatt\nLinnea: vem har listan?\nObs: mötet är inställt\nHampus: okej",
    "Chatt\nAnna: hur var vädret?\nStorm: ingen i dag\n",
])
def test_a_field_or_a_lone_speaker_keeps_the_word(text: str) -> None:
    persons = _persons(text)
    assert "Obs" not in persons and "Storm" not in persons


@pytest.mark.parametrize(("text", "person"), [
    ("VECKORAPPORT\nFÄNRIK BERG MELDADE ATT TVÅ VPL SOV PÅ PASS", "BERG"),
    ("VAKTCHEF STORM BEORDRADE UTRYMNING AV TÄLT 3", "STORM"),
    ("ANTECKNING: KONSTAPEL LUND HÄMTADE PÅSEN FRÅN BILEN", "LUND"),
])
def test_a_surname_after_a_rank_in_capitals_is_the_person(text: str, person: str) -> None:
    assert any(person in p for p in _persons(text))


@pytest.mark.parametrize("text", [
    "LÄKARE I LUND HAR JOUR HELA NATTEN",
    "SJUKSKÖTERSKA NATT: RING VÄXELN",
    "LÖJTNANT GRÖN ANSVARAR",
])
def test_places_and_fields_after_a_role_in_capitals_stay(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "person"), [
    ("Mamma Jenny Hall ringde skolan i morse.", "Jenny Hall"),
    ("Mormor Britt-Marie Hall är orolig för pojken.", "Britt-Marie Hall"),
])
def test_a_hall_surname_after_a_kin_word_opening_a_sentence(text: str, person: str) -> None:
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    "Emergency Ward är full i natt.",
    "Anstalten Hall ligger utanför Södertälje.",
])
def test_wards_and_prisons_stay_places(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "person"), [
    ("Lag 4 (Ebba Kjellberg/Nova Alm) klagade på domaren.", "Nova Alm"),
    ("Pass: Maja Ek/Lisa Berg, kväll.", "Lisa Berg"),
])
def test_a_full_name_slashed_to_a_found_one(text: str, person: str) -> None:
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    "Sträckan Berg/Lund är stängd i helgen.",
    "Piller märkta Blå Tesla/Röd Krona hittades.",
])
def test_routes_and_pills_beside_a_slash_stay(text: str) -> None:
    assert _persons(text) == []
