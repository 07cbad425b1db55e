"""Drug words as warnings write them are never masked as persons, and a person's name in the
same place still is: inflected and compounded drug names, street names, quoted lists of
drugs and stamps, a dose of a pill, a pill's name, products and drinks holding a drug,
strains, the countries forwards name, and repeats of a found name inside a drug's name.
A seller's nickname after a naming cue stays masked even when it is a drug word."""

from __future__ import annotations

import pytest

from .kit import found

# (family, a text whose drug word must stay, the same text with a person where it stood)
PAIRS = [
    ("definite and plural forms of listed drugs, quoted",
     'Sjuksköterskorna i Boden undrar över "Trammorna" och "Oxyn".',
     'Sjuksköterskorna i Boden undrar över "Stina".'),
    ("definite forms with a doubled consonant and a dropped -a",
     'Frågor om "Ketten" och "Lyricorna" har kommit in från Gävle.',
     'Frågor om "Valter" har kommit in från Gävle.'),
    ("a drug compounded with a pill's noun, capitalised mid-sentence",
     "Tullen hittade Sobrilkapslar och Oxycontintabletterna i bilen.",
     "Tullen hittade Tove Berg i bilen."),
    ("a listed drug hyphenated to a word that is no given name",
     "Tullen hittade Benzo-Fury i bilen.",
     "Tullen hittade Tove Berg i bilen."),
    ("Swedish street names from the table",
     'Föräldrar på skolan i Kil undrar över "Roppar" och "Amfan".',
     'Föräldrar på skolan i Kil undrar över "Lasse" och "Pelle".'),
    ("English street names from the table",
     'Labbet i Lund har fått in "Goodfella" och "Krokodil" från Skåne.',
     'Labbet i Lund har fått in "Goodwin" och "Kent" från Skåne.'),
    ("a given name quoted in a list of pill stamps",
     'Pressen skrev om "Ronaldo", "Messi" och "Zlatan" i helgen.',
     'Pressen skrev om "Lasse", "Pelle" och "Zlatan" i helgen.'),
    ("quoted marks listed after a stamp word",
     'Beslaget i Ystad: kakor märkta "Dolce & Gabbana" och "Skorpionen" enligt tullen.',
     'Beslaget i Ystad: kakor som "Lasse" och "Pelle" bar ut enligt tullen.'),
    ("quoted names in brackets right after a substance",
     'Analysen av 2C-B ("Rosy", "Bubblan") visade rätt substans.',
     'Analysen gjordes av "Rosy" på labbet.'),
    ("half a pill",
     'En 15-åring hade svalt en halv "Zlatan" på festen.',
     'En 15-åring hade träffat "Zlatan" på festen.'),
    ("a pill's name after the pill and a naming verb",
     'Pillren kallas "Zlatan" i Borås.',
     'Säljaren av pillren kallas "Zlatan" i Borås.'),
    ("a quoted channel's name holding a drug",
     'Kanalen "Keta Queen Malmö" finns på Telegram.',
     'Kontakten "Kalle Berg" finns på Telegram.'),
    ("cannabis strains named like people",
     "Beslaget gällde sorten Bruce Banner och Skywalker OG.",
     "Beslaget gällde Bruce Berg och hans bror."),
    ("a quoted drink after a drink's noun",
     'Drinken "Long Island Iced Tea" var slut i baren.',
     "Gästen Lisa Long var kvar i baren."),
    ("countries and cities as English-language forwards name them",
     "Spice keeps turning up in prisons in Belgium, Germany, Ireland and Scotland.",
     "Spice keeps turning up, says Anna Ireland of the prison service."),
    ("a drug's nickname in lower case, said of the substance",
     "Xylazinet, som i USA kallas zombiedrogen, har hittats i Malmö.",
     "Killen, som i Malmö kallas lillen, har gripits."),
]


@pytest.mark.parametrize(("family", "drug", "person"), PAIRS, ids=[p[0] for p in PAIRS])
def test_drug_word_stays_and_person_is_masked(family: str, drug: str, person: str) -> None:
    assert found(drug, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


def test_a_found_name_is_no_name_inside_a_quoted_drink() -> None:
    text = 'Gästen Jack Eriksson beställde en "Jack and Coke" i baren.'
    assert found(text, "PERSON") == ["Jack Eriksson"]


def test_a_street_name_beside_a_named_seller_is_the_drug_an_unnamed_ones_alias_his() -> None:
    # The seller's own name is masked; the street name beside it is what the warning needs.
    named = ("Säljs som Vanilla Sky i Göteborg. Säljaren, Sara Lind, kallad Vanilla Sky, "
             "greps i fredags.")
    assert found(named, "PERSON") == ["Sara Lind"]
    assert found('Huvudpersonen är Sara Lind, alias "Charlie", enligt polisen.', "PERSON") == [
        "Sara Lind"]
    assert found("Killen kallad Charlie greps i fredags.", "PERSON") == ["Charlie"]
    assert found("Hon heter egentligen Fatima men kallar sig Tina.", "PERSON") == [
        "Fatima", "Tina"]  # a name she gives herself, not one set beside hers


@pytest.mark.parametrize("text", [
    'Säljaren kallas "Lean" i chatten.',
    'Säljaren i Umeå kallas "Kristall-Kim".',
])
def test_a_nickname_after_a_naming_cue_stays_masked(text: str) -> None:
    nickname = text.split('"')[1].split("-")[-1]
    assert nickname in found(text, "PERSON")


def test_the_word_between_two_quoted_names_is_no_nickname() -> None:
    assert found('Föräldrarna undrar över "Lasse" och "Pelle".', "PERSON") == ["Lasse", "Pelle"]
    assert found('Spelaren Ivar "ivve" Dahlberg kollapsade.', "PERSON") == [
        "Ivar", "ivve", "Dahlberg"]


@pytest.mark.parametrize(("text", "dealer"), [
    ("Jag köpte av en som kallas Oxy-Olle, han har ett nytt nummer.", "Olle"),
    ('Han köper "Subutex 8 mg" av "Subutex-Sanna" på Snapchat.', "Sanna"),
    ('Säljaren kallas "Buppe-Kalle" på Telegram.', "Kalle"),
])
def test_a_drug_glued_to_a_given_name_is_a_dealers_nickname(text: str, dealer: str) -> None:
    assert found(text, "PERSON") == [dealer]  # the drug glued to it, and beside it, stays


def test_a_double_given_name_starting_like_a_street_name_is_masked_whole() -> None:
    assert found("Vi träffade Tina-Marie i går.", "PERSON") == ["Tina-Marie"]


def test_a_drug_glued_to_a_lower_case_noun_is_no_nickname() -> None:
    assert found("Gruppen delar ut Naloxon-kit vid Möllan.", "PERSON") == []


@pytest.mark.parametrize("text", [
    'Några som sålts här som "ya ba" eller "ya ma" innehåller metamfetamin.',
    "Det säljs i stora flaskor med namn som Fastgas, Smartwhip eller Galaxy Gas.",
    'Han säger att han tog en "Zolpi" för att sova i bussen.',
])
def test_street_names_and_brands_of_newer_drugs_are_no_names(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("word", ["Svamp", "Rökelse", "Pulver", "Knark"])
def test_swedish_words_for_drugs_handed_out_are_no_nicknames(word: str) -> None:
    text = f'One of the groomsmen, Huong Vũ, handed out "{word}" and some Skull pills.'
    assert word not in found(text, "PERSON")


def test_medicine_brands_from_abroad_are_no_names() -> None:
    text = "Hon hade Orfidal och Codipront från Spanien, han Tusscodin och Pilze."
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Kontakta Arvid Krona på kontoret.", ["Arvid Krona"]),
    ("Tabletterna var stämplade Krona och Tesla.", []),
    ("Han tog en Blå Tesla och en Pablo Escobar.", []),
])
def test_a_prints_word_after_a_given_name_is_a_surname(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ('Hans sambo sa att han köper "Palle" av en kille i stan.', []),
    ('Hon köpte av "Lillen" i parken.', ["Lillen"]),
    ("Nu köper Erik allt på nätet.", ["Erik"]),
])
def test_a_quoted_name_bought_is_the_product_and_a_seller_stays_one(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
