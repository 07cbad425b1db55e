"""User names in pasted chat logs and threads: Reddit users, Discord headers, IRC and
Twitch nicks, @-speakers, timestamped lines; and an @-name after a word is no e-mail."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("r/stockholm · Posted by u/sjoborren_77\nSå här var det i lördags.", ["sjoborren_77"]),
    ("frostig — Today at 01:12\nnån vaken?\nmalte_ok — Today at 01:13\nja", ["frostig",
                                                                          "malte_ok"]),
    ("[22:01:05] <grusgrus> han tog två till\n[22:01:30] <Moobot> no drug talk\n"
     "[22:01:41] <tjabba> ring 112", ["grusgrus", "tjabba"]),
    ("@hallonsaft: vem sålde dom?\n@py_ttsan: ingen aning\n@hallonsaft: ok", [
        "hallonsaft", "py_ttsan", "hallonsaft"]),
    ("[Snap 02:10] lo.vi: jag mår illa\n[Snap 02:11] jag: var e du", ["lo.vi"]),
])
def test_speakers_and_users_of_a_chat_are_names(text: str, names: list[str]) -> None:
    assert set(names) <= set(found(text, "PERSON")), found(text, "PERSON")


def test_an_at_name_after_a_word_is_no_email() -> None:
    text = "säljaren finns på insta @kristall.kungen och svarar snabbt"
    assert found(text, "EMAIL") == []
    assert "@kristall.kungen" in found(text, "PERSON")


def test_an_address_typed_with_a_space_is_still_an_email() -> None:
    assert found("mejla mig: lena.ostberg @example.se", "EMAIL") == ["lena.ostberg @example.se"]


def test_a_bot_in_a_log_is_no_one() -> None:
    text = "[22:01:05] <grusgrus> han tog två till\n[22:01:30] <Moobot> no drug talk\n"
    assert "Moobot" not in found(text, "PERSON")


def test_a_name_that_is_a_word_speaks_when_it_speaks_again() -> None:
    text = ("Nora: var e ni\nKlara: vid scenen\nNora: ok kommer\nKlara: hon mår inte bra\n"
            "Nora: ring 112")
    assert found(text, "PERSON").count("Klara") == 2


def test_a_phone_after_its_country_code_is_a_phone_even_after_swish() -> None:
    text = "hans swish är +46 70 174 06 33 om du vill betala"
    assert found(text, "PHONE") == ["+46 70 174 06 33"]
    assert found(text, "BANK_ACCOUNT") == []


def test_a_letters_closing_and_kin_before_the_writer() -> None:
    assert found("Thank you.\nLove, Aunt Peggy", "PERSON") == ["Peggy"]


@pytest.mark.parametrize("text, names", [
    ("mamma tror du sover hos nova", ["nova"]),
    ("jag e på parken med liam o sten vi tog lite", ["liam", "sten"]),
    ("vi gick med sten och grus till bygget", []),
])
def test_names_typed_in_lower_case_joined_or_at_home(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_an_initial_is_no_drug_in_a_quoted_name() -> None:
    text = 'Linked names in seized chats: "Jonas B.", "Micke G" and a courier.'
    assert found(text, "PERSON") == ["Jonas B.", "Micke G"]


def test_an_everyday_word_after_a_platforms_name_is_no_user() -> None:
    assert found("Signal: tablets stamped Blue Punisher sold as Lexatin.", "PERSON") == []
    assert found("Wickr: darkbuyer", "PERSON") == ["darkbuyer"]


def test_a_given_name_and_a_surname_both_words_before_a_verb() -> None:
    assert found("Hej igen. Saga Vall har också bett oss.", "PERSON") == ["Saga Vall"]
