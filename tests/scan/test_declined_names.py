"""Names in a case of their language inside a Swedish or English text: Polish, Czech,
Finnish and Latvian endings no word here has, on a base form a list holds as a name; and a
word with Polish letters in any of Polish's cases. Words that only look so stay words."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Jag lämnade påsen till Nowakowi vid porten.", ["Nowakowi"]),
    ("Brevet gällde Kowalskiego, inte hans bror.", ["Kowalskiego"]),
    ("Hon lämnade numret till Korhoselle i receptionen.", ["Korhoselle"]),
    ("We spoke to Petrovi Novákovi on the phone.", ["Petrovi Novákovi"]),
    ("Got a text from Pawła Nowaka at two in the morning.", ["Pawła Nowaka"]),
])
def test_a_name_in_its_case_is_that_name(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Bokningslista för hallen vecka 51 sitter på dörren.",  # -sta, no listed base
    "Dostałem wiadomość wczoraj, nic więcej.",  # a Polish verb's past, no name
    "Vi köpte pasta och kollade på Vista-skärmen.",
])
def test_words_that_only_end_so_stay_words(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Передай Олегу, що все добре.", ["Олегу"]),
    ("Я говорила з Іваном Петренком вчора.", ["Іваном Петренком"]),
    ("Телефон Оксани: 070-174 06 33", ["Оксани"]),
    ("Είπα στον Γιώργο να έρθει.", ["Γιώργο"]),
])
def test_a_cyrillic_or_greek_name_in_its_case_is_that_name(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_cyrillic_words_in_a_case_stay_words() -> None:
    assert found("Пожалуйста, позвоните в Красный Крест. Спасибо!", "PERSON") == []


def test_an_armenian_name_with_a_case_suffix_after_a_hyphen_is_that_name() -> None:
    assert found("Մի խմիր Տիգրան-ի հաբերը։ Համբույրներ", "PERSON") == ["Տիգրան-ի"]


@pytest.mark.parametrize(("text", "name"), [
    ("Nie dawaj Tompie więcej pieniędzy, już jest winien mi dużo.", "Tompie"),
    ("Rozmawiałem wczoraj o Marcie z kierownikiem, ona też się boi.", "Marcie"),
    ("Powiedziałam Piotrze, że nie mam już pieniędzy na spłatę.", "Piotrze"),
    ("Jest winien 2000 mnie i Mustafie też, od samego lata.", "Mustafie"),  # Polish `i`: and
])
def test_a_polish_dative_or_locative_is_that_name(text: str, name: str) -> None:
    """Polish gives a name `-ie` in the dative and locative, altering the stem's last letter
    (Marta → Marcie, Piotr → Piotrze): a message about a debt names its people so."""
    assert name in found(text, "PERSON")


def test_polish_places_and_words_in_ie_stay_places_and_words() -> None:
    text = "Nie wiem, czy on jest w Krakowie czy w Warszawie. Wszystkie pieniądze są tam."
    assert found(text, "PERSON") == []
