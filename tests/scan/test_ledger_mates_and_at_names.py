"""Two more families PERSON missed: the other entries of a ledger in which a person was found,
even names that are words too (`Strand 1 300 kr`, `Rosa 50`), beside ledgers of things; and an
@-name that a person's name makes, with an initial or two (`@ritaz`, `@jhossain`), beside
@-words that are rooms, calls to all or organisations."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Betalt för resan:\nMahmoudi 450 kr\nLind 450 kr\nSkog 450 kr",
     ["Mahmoudi", "Lind", "Skog"]),
    ("lånat ut:\njonna 200\nidris 150\nRosa 100 (snus)", ["jonna", "idris", "Rosa"]),
])
def test_names_in_a_ledger_beside_a_person_are_people(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Meny: Lax 189 kr, Fisk 150 kr, Öl 45 kr",
    "Inköp:\nKaffe 60 kr\nMjölk 25 kr\nBröd 40 kr",
])
def test_a_ledger_of_things_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Maintainers: @tkarlsson, @idunm", ["@tkarlsson", "@idunm"]),
    ("DM från @vilgotb: har du kvar av det blå?", ["@vilgotb"]),
    ("Granskat av @hildasundin i går", ["@hildasundin"]),
])
def test_an_at_name_made_of_a_persons_name_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("klart. ping @Zorbin om det krånglar", ["@Zorbin"]),
])
def test_an_at_word_a_chat_mentions_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "cc @here",
    "cc @styrelsen inför mötet",
    "tagga @kulturhuset i inlägget",
    "Mötet hålls i @stora salen på fredag",
    "@here kolla det nya schemat",
    "@everyone ny regel i kanalen",
    "Skicka till @admin om något krånglar",
])
def test_at_words_that_are_rooms_or_calls_stay_unflagged(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("VAKTHAVANDE: R. LINDQVIST MOB 070-174 06 44", ["R. LINDQVIST"]),
    ('På asken en etikett med patientnamn "Gunnel Åberg" och en dos', ["Gunnel Åberg"]),
])
def test_an_initial_and_surname_in_capitals_and_a_labelled_persons_name(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "BILAGA A. KOSTNADER FÖR 2026",
    'På burken en etikett med texten "Golden Teacher" i guld',
])
def test_a_lettered_heading_and_a_labelled_product_name_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Stage manager: Vilgot Hedenius, 070-174 06 71", ["Vilgot Hedenius"]),
    ("Staff Marit Sollenberg informed the on-call doctor", ["Marit Sollenberg"]),
])
def test_a_jobs_label_or_a_staff_word_before_a_full_name_keeps_it(
        text: str, names: list[str]) -> None:
    assert [n.removeprefix("Staff ") for n in found(text, "PERSON")] == names


@pytest.mark.parametrize("text", [
    "Main stage: Adam Beyer, Amelie Lens",
    "Best regards, Team Syd",
])
def test_a_lineup_and_a_team_name_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Ring om något händer:\n070-174 06 18 (Gustas)", ["Gustas"]),
])
def test_a_given_name_in_brackets_after_a_phone_is_its_owner(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Ring om något händer:\n070-174 06 18 (Signal)",
    "Beslag 2026-11-03 (Tesla) vid tullen",
])
def test_an_app_or_a_stamp_in_those_brackets_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
