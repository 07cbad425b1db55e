"""People in care notes: names after a ward's role, in a ward's register lines, beside a
unit's acronym, and names that are also words of kinship, limits or wards."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize("text, name", [
    ("Naloxon 0,4 mg i.m. gavs av ssk Bror vid ankomst.", "Bror"),
    ("Övervakning natt: usk Bror Wikander, sedan dagpersonal.", "Bror Wikander"),
    ("Tack för hjälpen i helgen!\nHälsningar\nBror", "Bror"),
])
def test_a_given_name_that_is_a_kin_word_after_a_role_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Hans bror ringde till avdelningen på kvällen.",
    "We had dinner at Old Man's and walked home.",
    "Patientens Bror ringde två gånger.",
])
def test_kin_words_alone_stay_words(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Inskrivning natt.\n/Ragnar TNV-vakt", "Ragnar"),
    ("Ansvarig i kväll: Elin IVA-ssk, sökare 4412.", "Elin"),
])
def test_a_name_before_a_units_role_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vi hade en Dolly Parton-kväll på personalfesten.",
    "Mötet hölls i Carl Larsson-rummet på plan 3.",
])
def test_a_thing_named_after_someone_stays_a_thing(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_relation_before_a_name_in_a_bracket_makes_it_a_person() -> None:
    text = "Barnet hittade en burk Citodon (farmors, Jadwiga Zielińska) i väskan."
    assert "Jadwiga Zielińska" in found(text, "PERSON")


@pytest.mark.parametrize(("text", "person"), [
    ('Pratade om Fortnite och om en kompis, Dino, som "säljer Xanor på Snapchat".', "Dino"),
    ("He mentioned Minecraft and a friend, Sigge, who sells Xanax online.", "Sigge"),
])
def test_an_indefinite_relation_before_a_name_makes_it_a_person(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


def test_a_listed_drug_after_an_indefinite_item_stays_unmasked() -> None:
    assert found("Påsen innehöll amfetamin, en tablett, Tramadol och Lyrica.", "PERSON") == []


def test_a_bracketed_list_of_drugs_stays_unmasked() -> None:
    assert found("Fyndet: Citodon (Tradolan, Stesolid) i väskan.", "PERSON") == []


@pytest.mark.parametrize("text", [
    "Burken stod öppen. Max 3 tabl per dygn enligt etiketten.",
    "Dosering: Min 2 timmar mellan doserna.",
])
def test_a_limit_before_a_number_is_no_name(text: str) -> None:
    assert found(text, "PERSON") == []


def test_max_the_person_stays_a_person() -> None:
    assert "Max" in found("Max ringde avdelningen klockan 14.", "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Pt: Faith Ward, 31 y, admitted after a mixed overdose.", "Faith Ward"),
    ("Pat: Linnea Ward, 44 år, inkom via ambulans.", "Linnea Ward"),
    ("Ansvarig apotekare Rich Ward, 0980-319 287.", "Rich Ward"),  # a surname list's given
])
def test_a_surname_that_is_a_wards_word_after_a_given_name_is_a_name(text: str, name: str
                                                                     ) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Transferred to Rainbow Ward for the night.",
    "She was moved from Emergency Ward 4 at noon.",
    "Hon ligger på avdelning Rainbow Ward nu.",
])
def test_a_wards_name_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Pat: Sala, Viktor (29) inkom med ambulans.", "Sala, Viktor"),
    ("Patienten Frost, Ingvar (61) åt svamp i går.", "Frost, Ingvar"),
])
def test_a_place_surname_in_register_after_a_persons_label(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_place_before_a_comma_and_a_name_is_no_register_line() -> None:
    assert "Sala, Viktor" not in found("De flyttade till Sala, Viktor stannade kvar.",
                                       "PERSON")


@pytest.mark.parametrize("text", [
    "Blödning, misstänkt Mallory-Weiss efter upprepade kräkningar.",
    "Brännskadan uppskattades enligt Lund-Browder till 12 %.",
    "Paracetamolhalten låg över linjen i Rumack-Matthew-nomogrammet.",
    "Periodisk andning av Cheyne-Stokes typ under natten.",
    "Kussmaulandning och acidos, pH 7,05.",
])
def test_a_medical_eponym_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_doctor_with_an_eponyms_surname_is_a_person() -> None:
    assert "Dr Ylva Romberg" in found("Dr Ylva Romberg gjorde Rombergs test.", "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Thanks for the referral.\nHolly Stone, MD, emergency medicine", "Holly Stone"),
    ("Hälsningar\nRose Lind, RN", "Rose Lind"),
])
def test_names_that_are_words_before_a_degree_are_a_person(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_town_and_its_state_before_a_zip_code_is_no_person() -> None:
    assert found("Shipped from Silver Spring, MD 20910 on Monday.", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Preparatet bedömt av T. Lindqvarn och granskat av R. Eskebrant.", "R. Eskebrant"),
    ("Svaret gäller vävnadsprov 4.\nP. Ohlsvik, överläkare", "P. Ohlsvik"),
])
def test_an_initial_and_a_surname_where_signatures_stand(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vi gav vitamin D. Sedan somnade hon.",
    "Rapportens delar:\nA. Bakgrund\nB. Åtgärder",
])
def test_a_letter_and_a_word_elsewhere_are_no_signature(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Anabola köpta via gymkompis Zoran, enligt patienten.", "Zoran"),
    ("Hon fick tabletterna av jobbarkompisen Zoran förra veckan.", "Zoran"),
])
def test_an_unlisted_name_after_a_compound_of_a_person_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_firm_after_a_compound_of_a_person_is_no_name() -> None:
    assert found("Han var stamkunden på Kebab Palace i flera år.", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Närstående: Dag Ek, nås via växeln.", "Dag Ek"),
    ("Ikväll jourhavande Sten Berg på avdelning 4.", "Sten Berg"),
])
def test_names_that_are_words_after_a_care_notes_label(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_personal_trainer_before_a_name_does_not_join_the_drug_to_it() -> None:
    text = "En PT som heter Jonatan Ekdahl säljer Klenbuterol och T3 på gymmet."
    assert "Jonatan Ekdahl" in found(text, "PERSON")
    assert not any("buterol" in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    'Kostnader: Papegoja "Pelle": sköljning 900 kr. Iller "Sixten Sparre": 450 kr.',
    'Ormen "Greta Garbo" (kungspyton) hade inte ätit av tabletterna.',
])
def test_an_exotic_pet_quoted_after_its_animal_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_person_after_a_quoted_pet_stays_a_person() -> None:
    assert "Elsa Brunnberg" in found('Hunden "Rocky" bet Elsa Brunnberg i handen.', "PERSON")


@pytest.mark.parametrize("text", [
    "Vi erbjöd samtal med Svenska kyrkans diakon och SPES.",
    "Hon fick en tolk via Tolkservice Syd samma dag.",
    "Kontakt togs med Bemanningsbolaget om nattpasset.",
])
def test_an_organisations_genitive_or_service_word_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_register_line_before_its_id_number_is_one_name() -> None:
    text = f"Omhändertagen enl. LOB: SALA, Tove, {pnr('990310', '238')}. Inlämnad kl 02."
    assert "SALA, Tove" in found(text, "PERSON")


@pytest.mark.parametrize("text, initials", [
    ("Vätskelista kontrollerad. Sign. KB/ssk", "KB"),
    ("Natten lugn.\nAnsv: /RT usk", "RT"),
    ("Utdelat enligt lista. Signatur: MNB", "MNB"),
])
def test_care_notes_initials_before_a_role_or_after_signing(text: str, initials: str) -> None:
    assert initials in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Överflyttad från IVA/ssk rapport muntligt.",
    "Remiss skriven av ST/läk på jouren.",
    "EKG, dr på väg.",
])
def test_units_and_grades_before_a_role_are_no_initials(text: str) -> None:
    assert found(text, "PERSON") == []
