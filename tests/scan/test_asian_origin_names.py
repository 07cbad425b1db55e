"""Given and family names of Asian origins the lists once lacked (Sinhala, Tamil, Nepali,
Gujarati, Bengali, Pakistani, Afghan, Uzbek, Mongolian, Tibetan, Thai, Filipino, Indonesian,
Burmese, Khmer, Korean, Japanese, Cantonese and Hokkien), found in running text, beside the
same frames holding a place, a dish, a feast or a word of those lands that must stay
unflagged."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def found(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Vid bedömningen var Chathurika vaken och orienterad.", "Chathurika"),
    ("Besökaren uppgav att Tharshan hade lovat att komma.", "Tharshan"),
    ("Nycklarna lämnades till Bikash Gurung i receptionen.", "Bikash Gurung"),
    ("Besökte fången tillsammans med Oyunchimeg.", "Oyunchimeg"),
    ("Protokollet justeras av Nirosha Balachandran.", "Nirosha Balachandran"),
    ("Fakturan skickades till Kanokwan Srisuk förra veckan.", "Kanokwan Srisuk"),
    ("Samåkning: Maricel Dizon kör i morgon.", "Maricel Dizon"),
    ("Hälsa Tenzin Norbu att boken har kommit.", "Tenzin Norbu"),
    ("är tharshan med på lördag eller?", "tharshan"),
    ("Hyresgästen Sopheap Chea har anmält fukt.", "Sopheap Chea"),
    ("Ring Seoyeon Jeong om lokalen till festen.", "Seoyeon Jeong"),
    ("Anmäld till kursen: Daisuke Nakamura.", "Daisuke Nakamura"),
])
def test_a_name_of_those_origins_is_found(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Vid bedömningen var patienten vaken och orienterad.",
    "Besökaren uppgav att Kathmandu hade varit kallt.",
    "Nycklarna lämnades till Colombo Hotel i receptionen.",
    "Besökte templet tillsammans med Thaipusam-gruppen.",
    "Vi åt momo, biryani och pad thai efter mötet.",
    "Hon köpte en kurta och en dupatta till bröllopet.",
    "Vi firar Vesak och Songkran i föreningslokalen.",
    "Flyget till Ulaanbaatar mellanlandar i Moskva.",
    "Resan går vidare från Cebu till Yogyakarta.",
    "Tåget från Osaka till Kyoto tar en kvart.",
])
def test_the_same_frames_with_a_place_a_dish_or_a_feast_stay_unflagged(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Choi Eun-ji kom till mottagningen kl 10.", "Choi Eun-ji"),
    ("Vi träffade Seung-ho Park i receptionen.", "Seung-ho Park"),
    ("Anmälan gjordes av Min-jun Kang på fritidsgården.", "Min-jun Kang"),
])
def test_a_korean_given_name_hyphened_in_lower_case_is_the_name_written_together(
        text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Göteborgs-polisen kom till platsen vid tio.",
    "Hon hade köpt Trump-piller på festivalen.",
    "Mötet om El-sparkcyklar hölls i aulan.",
])
def test_a_word_compound_with_a_hyphen_joins_into_no_given_name(text: str) -> None:
    assert found(text) == []
