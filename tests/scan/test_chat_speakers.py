"""Writers of a chat or SMS export, greeted names and accounts as banks print them."""

from __future__ import annotations

import pytest

from .kit import found


def test_the_speakers_of_an_sms_export_are_found() -> None:
    text = ("Sms, turnébussen\nPetra Sjöholm: Gunnar har tappat sina Inderal i Riga\n"
            "Anastasia: nej och ge honom inte Sobril igen!!\nJakob: Apoteket har stängt")
    names = found(text, "PERSON")
    assert "Anastasia" in names and "Jakob" in names


def test_form_labels_opening_lines_are_no_speakers() -> None:
    assert found("Datum: 2026-11-02\nPlats: Kista\nTid: 14.30", "PERSON") == []


def test_a_greeted_name_is_a_name_even_when_also_a_town() -> None:
    assert found("Hej Nora!\nI spelet som lämnades tillbaka låg en påse.", "PERSON") == ["Nora"]


@pytest.mark.parametrize("text, account", [
    ("Betalt från 9150, 224 767 831-6 i går.", "9150, 224 767 831-6"),
    ("Ersättning betalas till 8105-9, 605 855 940-6.", "8105-9, 605 855 940-6"),
])
def test_an_account_printed_with_its_clearing_and_a_comma(text: str, account: str) -> None:
    assert found(text, "BANK_ACCOUNT") == [account]


def test_a_line_after_a_list_of_characters_is_not_in_it() -> None:
    text = "Roles Albrecht, Myrtha and Hilarion are characters.\nPhysio: Jonna Wikberg, ext. 4410"
    assert "Jonna Wikberg" in found(text, "PERSON")


def test_a_forms_compound_label_repeated_is_no_speaker() -> None:
    record = "Spaningsrapport: misstänkt säljare i området, inget nytt.\n"
    text = record + "Ola: nej inte hon\n" + record + "Ola: ja det var han\n" + record
    assert all("Spaningsrapport" not in p for p in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "Schedule this week\nMon: bingo\nTue: choir\nWed: rest\nThu: outing to Skansen\nFri: baking",
    "Vecka 12\nMån: bingo\nTis: sång\nOns: vila\nTor: utflykt\nFre: bakning",
    "Mån: gympa\nTors: bad\nFre: dans",
])
def test_a_schedules_weekdays_opening_lines_are_nobody(text: str) -> None:
    # Thu, Tor and Tue are given names too: a schedule's lines open with them
    assert found(text, "PERSON") == []


def test_a_schedule_keeps_the_people_in_its_lines() -> None:
    text = "Mon: bingo\nTue: choir with Anna Lind\nThu: outing\nFri: baking with Sara"
    names = found(text, "PERSON")
    assert "Anna Lind" in names and "Thu" not in names and "Fri" not in names


def test_a_speaker_named_as_a_weekday_still_speaks() -> None:
    text = "Tor: ska vi ses?\nLina: ja\nTor: bra\nLina: kl 8"
    assert found(text, "PERSON") == ["Tor", "Lina", "Tor", "Lina"]
