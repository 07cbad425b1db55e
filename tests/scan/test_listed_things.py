"""Items of a list of things are no people; a person named in such a list still is."""

from __future__ import annotations

import pytest

from mailgate.scan.drugshape import drug_shaped

from .kit import found


@pytest.mark.parametrize("text, thing", [
    ("Gatunamn – Tjack, Vitt, Kola, Benso, Lina, Zoppe, Keta.", "Lina"),
    ("På gatan säljs det som Pajjen eller Lina, ibland i piller.", "Lina"),
    ('Meddelanden i Swish: "Lina", "Lina 2g", "Temesta", "DCK".', "Lina"),
    ("Vi hittar ofta lustgastuber (Fast Gas, Smartwhip, Galaxy Gas) i garaget.", "Gas"),
    ('Product names: "Wheel Cleaner Pro", "Rim Shine", "Nail Polish Remover XL".', "Shine"),
    ("Fröer av vallmo, sorterna Hens and Chicks, Lauren's Grape, Danish Flag.", "Grape"),
    ("Agencies: Läkemedelsverket, Tullverket, Polisen, EUDA, INCB.", "INCB"),
])
def test_an_item_among_drugs_brands_or_agencies_is_no_name(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Kontakta Polisen, Socialtjänsten eller Lina Aho på boendet.", "Lina Aho"),
    ("Min kollega, Rodel, säljer shabu enligt besättningen.", "Rodel"),
    ("Pappan Thomas Engström, född 3 september 1959, hade amfetamin hemma.", "Thomas Engström"),
    ("Anmälare: Lavdim Hjalmarsson, lärare, 0771-27 49 03.", "Lavdim Hjalmarsson"),
    ("En PT som heter Rasmus Holm säljer Clenbuterol, T3 och Winstrol.", "Rasmus Holm"),
    ("I anteckningsboken stod Calle, Fia B och Jocke med nummer.", "Calle"),
])
def test_a_person_beside_a_list_or_in_a_list_of_people_is_still_found(
        text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))


@pytest.mark.parametrize("word", ["deschloroetizolam", "flubromazepam", "protonitazene",
                                  "isotonitazen", "N-desetyl-isotonitazen", "ocfentanil",
                                  "clephedrone", "eutylone", "hexahydrocannabinol"])
def test_new_substances_are_known_by_their_class_stem(word: str) -> None:
    assert drug_shaped(word)


@pytest.mark.parametrize("word", ["Andersson", "Sjölander", "Babylon", "Marylon", "Zolam",
                                  "Katinka", "Edronsson"])
def test_names_and_words_are_not_substances_by_shape(word: str) -> None:
    assert not drug_shaped(word)


def test_a_given_name_beside_one_drug_in_a_sentence_is_still_a_person() -> None:
    assert "Erik" in found("Anna tog Xanor och Erik ringde 112 direkt.", "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Vi har fått veta att 'Kalle' och 'Nisse' är gatunamn för tabletter i stan.", "Nisse"),
    ('"Lotta" is slang for a pill sold near the station.', "Lotta"),
])
def test_words_the_text_calls_street_names_are_no_names(text: str, word: str) -> None:
    assert word not in found(text, "PERSON")


def test_a_name_the_text_calls_a_nurse_is_still_found() -> None:
    assert "Kalle" in found("Kalle och Lisa är sjuksköterskor på avdelningen.", "PERSON")
