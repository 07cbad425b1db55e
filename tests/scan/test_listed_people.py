"""A list whose items open with people's names names the one whose names are also words
(`- Viola Ek, Stadsmissionen`); a list of things beside them does not."""

from __future__ import annotations

from .kit import found


def test_an_item_among_named_items_is_someone_even_if_its_names_are_words() -> None:
    text = ("Anmälda hittills:\n- Amra Hodžić, Socialtjänsten Sundsvall\n"
            "- Viola Ek, Stadsmissionen\n- Kwabena Asante, Kriminalvården\n")
    assert found(text, "PERSON") == ["Amra Hodžić", "Viola Ek", "Kwabena Asante"]


def test_things_in_the_same_list_stay_things() -> None:
    text = ("Att ta med:\n- Anna Berg, projektledare\n- Erik Lund, samordnare\n"
            "- Naloxon, två kit\n- Rosa Band, till alla\n")
    assert found(text, "PERSON") == ["Anna Berg", "Erik Lund"]


def test_a_chat_lines_speaker_keeps_a_surname_that_is_a_word() -> None:
    text = ("[13:05] Edin Begić: Hörs inte ljudet?\n"
            "[13:21] Björn Sommar: Var finns bilderna?\n")
    assert found(text, "PERSON") == ["Edin Begić", "Björn Sommar"]


def test_a_naming_word_far_before_an_apposition_makes_no_product_list() -> None:
    # `som` four words back (`Det som oroar:`) is no sale label: `säljs som X` is one
    text = "Det som oroar: en kursdeltagare, Irja Lantto, hittade en burk Stesolid."
    assert found(text, "PERSON") == ["Irja Lantto"]
    assert found("De säljs som Pajjen eller Lina, 2 g per påse.", "PERSON") == []
