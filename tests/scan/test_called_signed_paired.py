"""Three families PERSON missed: a given name shouted in capitals opening a line of lower case
(`NILS!! var är du`), initials alone signing a message after a slash or a dash (`/T`, `/vik.
GB`, `– E.L.`), and two rarer given names typed in lower case and joined (`med ansora o
varenya`). Beside each, the same frames holding an acronym, a drug, an office or a thing."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("TORSTEN. svara nu, mamma är orolig", ["TORSTEN"]),
    ("i gruppchatten:\nIDUN!! var är ni, vi står vid kassan", ["IDUN"]),
    ('"VENDELA?? du lovade ringa', ["VENDELA"]),
    ("@fia_k: HAMPUS jag ser dig inte, var är du", ["@fia_k", "HAMPUS"]),
])
def test_a_name_shouted_at_a_lines_start_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "KETAMIN! sluta nu, du vet vad som hände",
    "OBS. dörren ska vara låst efter 22",
    "TRAMADOL. han tog fem stycken",
    "the summary for NATO liaison was sent today",
    "sedan kommer EMIL in och sätter sig",
    "Anm: NATO var temat för dagen",
])
def test_capitals_that_are_acronyms_drugs_or_mid_sentence_stay_unflagged(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Vi såg två sprutor vid återvinningen i morse.\n/T", ["T"]),
    ("skriv bara att det var en granne /B", ["B"]),
    ("gymmet stänger 22 i dag\n/vik. GB", ["GB"]),
    ('lapp i jackan: "ring 070-174 06 31 /M"', ["M"]),
    ("Tack för hjälpen på festen!\n– E.L.", ["E.L."]),
])
def test_initials_signing_a_message_are_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Storlek 38 /M",
    "Plats: Hus A /B",
    "Dosen var 5 mg/kg",
    "Alternativ:\n- A\n- B",
    "Frågor till\n/IT",
])
def test_slashes_and_dashes_before_offices_sizes_or_items_stay_unflagged(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("var med ansora o varenya på festen", ["ansora", "varenya"]),
    ("hittade tabassum och sulhi i parken helt borta", ["tabassum", "sulhi"]),
])
def test_two_rarer_lower_case_given_names_joined_are_people(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "köpte ketamin och kokain i stan",
    "blandade zolpidem och zopiklon",
    "vi tog bussen och tåget hem",
    "sativa och indica säljs i samma påse",
])
def test_lower_case_words_joined_stay_words(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("vidarebefordrat sms, från vendela:\nkom inte hit i kväll", ["vendela"]),
    ("forwarded from maryam:\nthe blue ones are strong", ["maryam"]),
])
def test_a_lower_case_sender_before_the_colon_opening_a_message(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "mejl från kommunen:\nhej alla",
    "Citat från malmö:\nbussen är sen",
])
def test_a_lower_case_office_or_place_before_that_colon_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ('The table gives the initials of the boy ("T.R.", 16) and his school.', ["T.R."]),
    ("Dokumenterat av sköterskan (initialer LH) kl 03.10", ["LH"]),
])
def test_capitals_a_word_for_initials_announces_are_someone(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Skriv dina initialer i rutan. NB gäller alla",
    "Initialer krävs inte, skicka till IT i stället",
])
def test_capitals_past_the_initials_sentence_or_an_office_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("tja är du vaken\nVendela e helt borta, kom", ["Vendela"]),
    ("Ingrid va hos mig hela natten", ["Ingrid"]),
])
def test_a_given_name_before_chats_spelling_of_is_or_was(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["Malmö e kallt i kväll", "Molly e farligt att blanda"])
def test_a_place_or_a_drug_before_it_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
