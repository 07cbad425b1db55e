"""Drug names as speech-to-text, OCR, capitals and Swedish word order leave them stay
unmasked, so a warning keeps its drug; people in the same kinds of sentences stay names."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a brand broken by speech-to-text",
     "talsvar: jag har tagit Tram Adol och mår illa",
     "talsvar: det är Tove Lindholm, ring mig om Tramadol"),
    ("a brand broken with a lower-case piece",
     "Hon sa att hon fått Rita lin av en kompis innan provet.",
     "Hon sa att hon fått Ritalin av Rita Lindberg."),
    ("a generic broken after a short drug",
     "röstmemo: han har Gaba Pentin hemma, 300 mg",
     "röstmemo: Gabriel Penttinen har gabapentin hemma"),
    ("a street name in a line of capitals beside a substance",
     "VARNING: HENRY MED FENTANYL I MALMÖ",
     "RAPPORT: HENRY LUND RINGDE OM FENTANYLEN"),
    ("a street name in lower case beside a substance",
     "köpte henry och två sobril vid stationen",
     "henry sa att han aldrig sålt sobril"),
    ("a naming verb, the pills' word, then their name",
     "I Umeå kallas pillren Stina och de är rosa.",
     "Killen som sålde pillren heter Stig och bor i Umeå."),
    ("the inverted name's list goes on",
     "I spelet hette drogerna Kronblad och Nattsol.",
     "I klassen heter tjejerna Doris och Alva."),
])
def test_a_drug_as_warnings_set_it_down_and_a_person_beside(
        family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


def test_a_given_name_and_surname_joining_into_a_medicine_stay_a_person() -> None:
    """Without drug talk near, `Rita Lin` is someone, though `ritalin` is a medicine."""
    assert persons("Skannat brev: Rita Lin ber om ett nytt möte i maj.") == ["Rita Lin"]


def test_a_pill_named_after_its_word_keeps_no_lower_case_nickname() -> None:
    assert persons("På gatan heter tabletterna Barbro och är starka.") == []


@pytest.mark.parametrize("text", [
    "My ex Tina texted asking to party, 19 days without Tina now.",  # ex + Tina is no Extina
    "Hej Ibrahim, noah har feber så vi kommer inte idag.",  # har is a verb
])
def test_people_beside_words_a_drug_could_be_read_into_stay_found(text: str) -> None:
    assert persons(text) != []
