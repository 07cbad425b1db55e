"""Works titled like people, by their shape (an episode's number, a genre's subtitle, a
work's word before them), and sellers' aliases by a role word capitalised inside a sentence,
are no one's data; the persons beside them in the same voices are still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    # numbered: an episode's or a part's number right after the title
    "Nytt avsnitt: Fredagsfika med Fors #25 handlar om sömn och skärmar.",
    "Lyssna på Snack med Stina #112 där vi pratar om ångest.",
    "Lars Lyssnar #7: om ensamhet bland unga män.",
    "Vi har lyssnat på Tant Grön del 3 i studiecirkeln.",
    # a genre's subtitle after a colon
    "Studiecirkeln läser Lilla Märta: en biografi under våren.",
    # a work's word, then a colon
    "Ny ljudbok: Herr Svensson flyttar, uppläst av författaren själv.",
    # a work's word right before the title
    "Avsnittet Farbror Frans Berättar släpps på fredag.",
    "I rapporten Unga Röster svarar 900 elever om sin fritid.",
    "Dansbandet Kenny och Kometerna spelar i parken på midsommar.",
    # a role word capitalised inside a sentence, then a word no list holds
    "Säljaren Doktor Stål har 300 omdömen och skickar från Tyskland.",
    "Bevakningen noterar att Baron Benzo har bytt till en ny plattform.",
])
def test_a_title_or_an_alias_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Gäst i avsnitt 25 är Petra Kallio, forskare i sömn.", ["Petra Kallio"]),
    ("Programledaren Stina Fors tar emot lyssnarfrågor varje vecka.", ["Stina Fors"]),
    ("Anna Berg: en fråga till er om kvällen.", ["Anna Berg"]),
    ("Ny bok: Anna Svensson berättar om sin uppväxt i Sala.", ["Anna Svensson"]),
    ("Rapporten har tagits fram av Elin Ström på socialförvaltningen.", ["Elin Ström"]),
    ("Igår ringde doktor Lindqvist om provet.", ["Lindqvist"]),
    ("Vi träffade Doktor Lindqvist på mottagningen.", ["Doktor Lindqvist"]),
    ("Anna del Río kom till mottagningen i går.", ["Anna del Río"]),
    ("Löparen Anna Berg nr 7 kom först i mål.", ["Anna Berg"]),
    ("Nytt avsnitt: Anna Svensson berättar om sömn.", ["Anna Svensson"]),
    ("Det var Professor Okonkwo som skrev remissen.", ["Professor Okonkwo"]),
])
def test_people_beside_titles_and_aliases_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
