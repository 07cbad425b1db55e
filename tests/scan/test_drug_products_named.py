"""Drug products, blends and pills named like people stay unmasked when the text says what
they are; the people beside them, in the same kinds of sentences, stay names."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a quoted product after the product's word",
     'Hon säger att hon fick produkten "Sigrid Fors" av en tränare.',
     'Hon säger att hon fick produkten av Sigrid Fors på gymmet.'),
    ("a blend's compound before its quoted name",
     'Örtblandningen "Nova Berg" har gett kramper hos tre unga.',
     'Nova Berg har fått kramper av en örtblandning.'),
    ("pills named by a naming verb, their word its subject",
     'Tabletterna hette "Lykke Dahl" och var tre gånger för starka.',
     'Tjejen som sålde tabletterna hette Lykke Dahl.'),
    ("a powder named in a relative clause",
     "Pulvret som kallades Ruben visade sig vara ketamin.",
     "Killen som kallades Ruben sålde ketamin."),
    ("an unquoted product no given name is part of",
     "Fettförbrännaren Ripzone Xtreme innehöll DMAA.",
     "Pillret Elin gav mig var blått."),
    ("an English blend's name after its word",
     'The blend "Sam Whitaker" put two teenagers in hospital.',
     "Sam Whitaker put two teenagers in his car."),
    ("patches named `kallas … för`, a place between",
     'Morfinplåstren kallas på stan för "Skrapan".',
     'Langaren kallas på stan för "Skrapan".'),
    ("a powder given a nickname",
     'Pulvret har fått smeknamnet "Dunder" bland användarna.',
     'Killen har fått smeknamnet "Dunder" bland användarna.'),
    ("the substance itself as the subject",
     'Ämnet kallas "Virvel" i chattarna.',
     'Säljaren kallas "Virvel" i chattarna.'),
])
def test_a_product_by_its_word_and_a_person_beside(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("several words taken, no given name in them",
     "Han hade tagit Brutal Shred i åtta veckor innan levern tog stryk.",
     "Han hade tagit Jonas Brink till akuten i åtta veckor."),
    ("a quoted product sold in the passive",
     'På nätet säljs "Vera Lind Slim" som bantningsmedel.',
     "På nätet säljer Vera Lind bantningsmedel."),
])
def test_a_product_taken_or_sold(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("said again after 'alltså'",
     "Hon sa att Kennet, alltså Concerta, går runt på skolan.",
     "Hon sa att Kennet, alltså hennes bror, går runt på skolan."),
    ("their word for a drug",
     "Dolly is their word for crack in that part of town.",
     "Dolly is their neighbour in that part of town."),
    ("what someone calls a drug",
     "Harvey is what the old boys at the club call hash.",
     "Harvey is what the old boys at the club call a legend."),
])
def test_a_name_glossed_as_a_drug(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("priced per gram",
     "Emma kostar 250 kr grammet i Malmö just nu.",
     "Emma kostar oss mycket tid varje vecka."),
    ("found in a sample",
     "Hur länge syns Jack i ett urinprov efter helgen?",
     "Hur länge stannar Jack i Malmö efter helgen?"),
    ("cut with an adulterant",
     "The dealers cut Henry with caffeine before it reached the city.",
     "The dealers cut Henry with a knife before the police came."),
    ("handed round",
     "At the party Emma got passed round by strangers, and it was strong.",
     "At the party Emma passed round the crisps to strangers."),
])
def test_a_street_given_name_in_a_drug_frame(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("two mixed by one verb",
     "Är det farligt att blanda Emma och Jack samma kväll?",
     "Är det farligt att bjuda Emma och Jack samma kväll?"),
    ("a quoted given name listed after a glossed quoted drug",
     'I helgen kom "Tina" som var katinon, och "Henry" med xylazin.',
     'I helgen kom "Tina" som var katinon, och Henry Ekdal som hjälpte till.'),
    ("a tally of drugs and counts",
     'Lappen: "Molly 4, Jack 2, Tina 1".',
     'Lappen: "Frasse 3g kola 1500, Henry 2 E, Nils K gräs".'),
])
def test_a_given_name_among_drugs(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a brand spelt as it sounds",
     "Killen hade Xanaks och en påse med gräs i jackan.",
     "Killen hade Jonatan Ek och en kompis med sig i bilen."),
    ("a doubled last letter",
     "Hon hade Tramadoll och Stesolidd i handväskan.",
     "Hon hade Tove Lindell och Stina Mård med sig."),
    ("said to be cut, a place between",
     "Henry in Leeds was cut with benzos last month.",
     "Henry in Leeds was cut with glass in a fight last month."),
    ("in circulation",
     "Emma finns i omlopp igen, vit och kristallin.",
     "Emma finns i Lund igen, glad och utvilad."),
])
def test_a_misspelt_or_circulating_drug(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


@pytest.mark.parametrize(("family", "person", "drug"), [
    ("the rest of a group after the name",
     "Skicka det här till Molly och resten av gänget.",
     "Molly och andra droger såldes i parken."),
])
def test_a_street_named_person_by_her_company(family: str, person: str, drug: str) -> None:
    assert persons(person) != [], family
    assert persons(drug) == [], family


def test_nordic_brands_that_cross_the_border_stay() -> None:
    text = "Killen hade Vival, Dolol och Paralgin forte i väskan, sa Erik Sandell."
    assert persons(text) == ["Erik Sandell"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a quoted product after its pack",
     'Han beställde två burkar "Max Power" från en sajt i Polen.',
     "Han beställde två burkar av Max Power, säljaren i Polen."),
    ("a quoted name a lab analysed",
     'Analysen av "Rosa Panter" visade PMMA och koffein.',
     "Analysen av Rosa Pantzares prov visade PMMA och koffein."),
])
def test_a_quoted_product_packed_or_analysed(family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


def test_a_drug_letter_ending_a_sentence_is_no_initial() -> None:
    assert persons("Six days without G. My ex texted me to party, said no.") == []
    assert persons("The letter was signed by G. Lindqvist, the counsellor.") == ["G. Lindqvist"]
