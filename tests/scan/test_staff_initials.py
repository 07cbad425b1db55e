"""Staff initials where minutes and logs name who was there or who did it, beside the
offices, agencies, grades and units written with two capitals in the same places."""

from __future__ import annotations

from .kit import found


def test_initials_listed_as_present_are_masked_and_again_further_on() -> None:
    text = ("Samverkansmöte Östra\nNärvarande: GT (skola), VR (soc), OK? nej\n"
            "1. VR ringer mamman i veckan.")
    assert found(text, "PERSON") == ["GT", "VR", "VR"]


def test_an_english_and_a_norwegian_attendance_list() -> None:
    assert found("Present: HB (chair), WL\nWL will call the school.", "PERSON") == [
        "WL", "WL"]
    assert found("Til stede: KJ og TØ\nSak 2: hasj i garderoben.", "PERSON")[-2:] == [
        "KJ", "TØ"]


def test_offices_agencies_and_parties_in_an_attendance_list_stay() -> None:
    assert found("Närvarande: BUP, IT och skolan.", "PERSON") == []
    assert found("Närvarande: NO, DK och FI (delegationerna).", "PERSON") == []
    assert found("Närvarande partier: S, M, SD, KD och V.", "PERSON") == []


def test_a_shouted_attendance_line_keeps_its_short_words() -> None:
    assert found("DELTAGARE: JAG OCH DU", "PERSON") == []


def test_initials_after_a_role_or_in_brackets_after_one() -> None:
    assert found("Bilen stod olåst hela natten.\nSkiftledare EW", "PERSON") == ["EW"]
    assert found("Noterat av sjuksköterskan på natten (LB) kl 03.", "PERSON") == ["LB"]


def test_grades_units_and_offices_after_a_role_stay() -> None:
    assert found("Läkare (AT) och sjuksköterska (ST) kallades in.", "PERSON") == []
    assert found("Avdelningschef HR\nAnsvarig för rekrytering.", "PERSON") == []
    assert found("Vi fick 20 mg, skiftledare ST.", "PERSON") == []


def test_initials_in_a_teachers_column_and_a_sign_column_side_by_side() -> None:
    text = ("| Datum | Elev | Lärare | Not |\n| 3/11 | Holm T | RK | avbruten |\n"
            "| 5/11 | Ek M | RK | ok |")
    assert found(text, "PERSON") == ["Holm T", "RK", "Ek M", "RK"]
    text = "Datum | Förare | Sign\n4/12 | Lind S | SL\n5/12 | Berg P | PB"
    assert "SL" in found(text, "PERSON") and "PB" in found(text, "PERSON")


def test_offices_in_a_staff_column_stay() -> None:
    assert found("Vecka;Ansvarig;Status\n48;HR;klar\n49;IT;pågår", "PERSON") == []


def test_an_office_after_a_persons_cue_is_no_one() -> None:
    assert found("Deltagare: HR, IT och ekonomi.", "PERSON") == []
    assert found("Chef HR\nAnsvarig för rekrytering.", "PERSON") == []
    assert found("Nycklar återlämnade.\n/HB", "PERSON") == ["HB"]  # a signature's initials
