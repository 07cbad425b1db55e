"""Street names a text explains as drugs stay unmasked; people glossed by a role stay names."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a glossary's arrow and bracket",
     '"Tina" → Tina (metamfetamin)\n"Henry" → Henry (en åttondels uns)',
     "Klienten Tina (34) berättade om festen. Sjuksköterskan Henry (nattpass) ringde."),
    ("a slash list before an equals sign",
     "Molly / E / emma = ecstasy",
     "Kontakt: Erik = langaren i Hökarängen."),
    ("a definition by a drug's own name",
     'Kolla journalen: "Meto" brukar vara metoprolol.',
     "Anna är kokainmissbrukare sedan länge."),
    ("a drug, then the same as",
     'Är metonitazen samma som "Meto"?',
     'Är Rasmus samma som "Meto"?'),
    ("a clipped name listed with its drug",
     'Sök i arkivet på "Palle" och "Palexia".',
     'Han ringde "Palle" och Pamela.'),
    ("a listed street name glossed by a substance in brackets",
     "Gina (GHB) säljs billigt i Malmö.",
     "Rådgivaren Gina (GHB-mottagningen) svarar i telefon."),
])
def test_a_glossed_street_name_stays_and_a_person_is_masked(
        family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


def test_a_contact_saved_under_a_street_name_and_a_trade() -> None:
    text = 'Telefonen (tillhör Sebastian Kaya) hade kontakten "Gina leverans" = GHB-säljare.'
    assert persons(text) == ["Sebastian Kaya"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a street name after 'misstänkt'",
     "Två fall på festivalen, misstänkt Tina. Båda vaknade efter naloxon.",
     "Klienten Tina vaknade efter naloxon."),
    ("a street name given to someone",
     "Vi hade en passagerare som gav sin kompis Tina ombord i natt.",
     "Han gav sin kompis Tina en kram."),
    ("a thing that is called by a street name",
     "Jag vet inte vad det var, han säger det heter Gina.",
     "Hon heter Gina och bor i Malmö."),
    ("a quoted product's title",
     'Varuslag enligt kund: "Tina relax blend", "Batman energy", Stesolid.',
     'Kunden hette "Tina Berg", enligt fakturan.'),
    ("a table's drug column",
     "Datum\tPlats\tSubstans\tStämpel\n3 nov\tSkärholmen\tCharlie\tTesla röd\n",
     "Datum\tPlats\tSubstans\tPerson\n3 nov\tSkärholmen\tkokain\tCharlie Berg\n"),
    ("a system after a print's word",
     "Sida 1 (2) – utskriven söndag via Hugo",
     "Jag fick numret via Hugo."),
    ("street names listed after a label naming drugs' names",
     'Drugs have silly names in the game: "Dust", "Nuke", "Glint".',
     "Kids in the drug programme have names: Lisa, Omar and Nuke."),
])
def test_a_street_name_in_drug_company_stays_and_a_person_is_masked(
        family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


def test_a_drug_shaped_plate_needs_a_vehicle_word() -> None:
    wall = 'På väggen står "LEO OXY 420" och ett nummer.'
    assert [f.type for f in scan(wall) if f.type == "PLATE"] == []
    assert [f.text for f in scan("Bilen OXY 420 stod parkerad.") if f.type == "PLATE"] == [
        "OXY 420"]


def test_a_supplement_called_by_a_product_name_and_a_shop_selling_are_no_one() -> None:
    assert persons('She took a pre-workout called "Jack3d" before practice.') == []
    assert persons('Ny säljare "NitroNordic" säljer isotonitazen.') == []
    assert persons('Ny säljare "Kalle_92" säljer isotonitazen.') == ["Kalle_92"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("an unlisted brand with a dose",
     "Läkemedel: Stesolid 10 mg och Marcello 7,5 mg, två uttag samma dag.",
     'På bilden syns en lapp "Kim 5 g, Ibbe 10 g".'),
    ("an unlisted brand a test found",
     "Patienten har lämnat positivt prov för Mozart och bensodiazepiner.",
     "Kuvertet innehöll Erik Bergs nya nummer."),
    ("a quoted word no list holds, said of pills",
     'He took pills from a stranger who said they were "Blått" for the pain.',
     'Staff found messages from "Spidey" on his phone offering "roxy" and benzo.'),
    ("an unlisted brand listed with one drug",
     "Kamrat på plats uppgav intag av amfetamin och Mozart under kvällen.",
     "Hon tog kokain och Lindqvist körde henne hem."),
])
def test_an_unlisted_drug_by_its_dose_or_company(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family
