"""Everyday English words in title case name things; people called so are still found."""

from __future__ import annotations

import pytest

from mailgate.scan.recognizers.everyday import english_words

from .kit import found


def test_the_word_list_holds_everyday_words_not_proper_names() -> None:
    words = english_words()
    assert {"porter", "reading", "winter", "rescue", "harm"} <= words
    assert not {"kelly", "erik", "anna", "läckberg"} & words


@pytest.mark.parametrize("text, thing", [
    ("Hey team, the Winter Games in Åre went ok, some Ketamine seen.", "Winter"),
    ("Quick note from the Night Porter desk at the hotel: two strips of Alprazolam.", "Porter"),
    ("The Skybar and Upper House were closed that night.", "House"),
    ("Next shift Friday with the Harm Reduction Van outside the station.", "Harm"),
    ("The Hope Project and Merchants Quay Ireland were recommended to callers.", "Merchants"),
    ("Mountain Rescue and the doctors briefed staff about fentanyl.", "Mountain"),
    ("A visitor left a bag with Xanax bars in the Reading Room on Monday.", "Reading"),
    ("Known issue in the Winter Solstice build: the test-strip guide crashes.", "Winter"),
])
def test_everyday_words_in_title_case_are_no_name(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Dawn Fisherman from the board called about the syringes.", "Dawn Fisherman"),
    ("The tenant Grace Kelly called about the needles in the stairwell.", "Grace Kelly"),
    ("Kontakt: Per Hill på mottagningen i Kiruna.", "Per Hill"),
    ("Our caller Rose Winter said she had bought Spice twice.", "Rose Winter"),
    ("Our volunteer Gun Forest met him by the needle bins.", "Gun Forest"),
    ("The client, named Harm Porter, was seen at the Welfare tent.", "Harm Porter"),
])
def test_people_named_with_everyday_words_are_still_found(text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))


@pytest.mark.parametrize("text, thing", [
    ("The Dean of Students and Campus Security will follow up on the Ritalin.", "Dean"),
    ("We met the Dean yesterday about the pills in the dorm.", "Dean"),
    ("Patient in Bay 4 admitted after Spice use.", "Bay"),
    ("Cleaners found Modafinil in the Common Room of Student Village Block C.", "Village"),
    ("One traveller fell ill at the hotel Park Plaza Victoria after Space Cake.", "Plaza"),
])
def test_an_article_a_place_or_a_hotel_is_no_name(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("The Wilsons next door called about the needles.", "Wilsons"),
    ("I met the Andersons yesterday at the clinic.", "Andersons"),
    ("Klienten i Malmö, Anna, ringde om beslaget.", "Anna"),
    ("Patienten från Kista heter Omar.", "Omar"),
    ("Vi pratade med Lena om tabletterna.", "Lena"),
])
def test_families_and_named_people_are_still_found(text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))
