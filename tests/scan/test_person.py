"""PERSON: names from gazetteers, capitals, cues and consistency within a message."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Klienten Erik Johansson kom in i går.", ["Erik Johansson"]),
        ("Vi träffade Fatima Al-Hassan och hennes bror Omar.", ["Fatima Al-Hassan", "Omar"]),
        ("Mamman Anna-Karin Lindqvist ringde.", ["Anna-Karin Lindqvist"]),
        ("Beslutet fattades av Carl af Ugglas och Louise von Essen.",
         ["Carl af Ugglas", "Louise von Essen"]),
        ("Patienten Abdirahman Warsame, 19 år, vårdas.", ["Abdirahman Warsame"]),
        ("Säljaren heter Piotr Kowalski enligt tipsaren.", ["Piotr Kowalski"]),
        ("Kontakt: Päivi Virtanen, socialtjänsten.", ["Päivi Virtanen"]),
        ("Hon pratade med Mirsad Hodžić om saken.", ["Mirsad Hodžić"]),
        ("Förhörsledare Dawit Tesfaye noterade detta.", ["Dawit Tesfaye"]),
        ("Klient: E. Svensson, remitterad.", ["E. Svensson"]),
        ("Han kallas \"Ragge\" av kompisarna.", ["Ragge"]),
        ("En man som kallar sig ”Kungen” säljer.", ["Kungen"]),
        ("Erik \"Ragge\" Svensson greps.", ["Erik", "Ragge", "Svensson"]),
    ],
)
def test_names_in_running_text(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("klienten erik kom in i går", ["erik"]),
        ("hej, snabb info: ahmed och hans kompis sålde", ["ahmed"]),
        ("vi pratade med nils ek om det", ["nils ek"]),
        ("PATIENT: ERIK JOHANSSON. INKOM IGÅR MED MISSTÄNKT FÖRGIFTNING.", ["ERIK JOHANSSON"]),
    ],
)
def test_names_in_lower_case_and_capitals(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_signature_blocks() -> None:
    text = "Hör av er om ni vet mer.\nMvh\nKristina Johansson-Berg\nSocialsekreterare\n/Shirin"
    assert found(text, "PERSON") == ["Kristina Johansson-Berg", "Shirin"]


def test_a_common_word_name_under_a_greeting_is_a_signature() -> None:
    assert found("Ring om ni undrar.\nMvh\nBo", "PERSON") == ["Bo"]
    assert found("Ärendet är markerat som Gul i systemet.", "PERSON") == []


def test_a_name_found_once_is_found_everywhere() -> None:
    text = "Klienten Melker Brandqvist berättade. Melker sa att brandqvist-familjen flyttat."
    assert found(text, "PERSON") == ["Melker Brandqvist", "Melker"]


@pytest.mark.parametrize(
    "text",
    [
        "Varning i Mora och Sala: Molly och Tina säljs billigt.",
        "Pillren har Donald Trump-stämpel, en del har Philipp Plein.",
        "Mary Jane är det nya namnet på spice i Göteborg.",
        "Tabletter med Pablo Escobar-stämpel och Tesla-logga beslagtogs.",
        "Hon hade tagit Tina och Charlie på festen.",
        "Polismyndigheten, Tullverket och NFC har analyserat beslaget.",
        "Patienten fördes till Södersjukhuset och sedan Karolinska.",
        "På måndag i mars kom rapporten från Region Skåne.",
        "Vi på Maria Ungdom ser mer GHB i Upplands Väsby och Malung-Sälen.",
        "Eleverna på Anna Lindhs gymnasium möttes vid Gustav Adolfs torg.",
        "Han jobbar på ICA i Lund och handlar på Systembolaget.",
        "Igår kom ett nytt beslag. Dessutom ökar försäljningen.",
    ],
)
def test_hard_negatives_are_not_names(text: str) -> None:
    assert found(text, "PERSON") == []


def test_street_name_is_a_person_when_named_as_one() -> None:
    assert found("Patienten Molly Svensson hade tagit Molly.", "PERSON") == ["Molly Svensson"]
    assert found("Klienten Tina berättade om festen.", "PERSON") == ["Tina"]


def test_title_case_headings_are_not_names() -> None:
    text = "Weekly Summary\nKey Findings: Increased Availability of Ketamine in Umeå."
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    ["Tabletterna var stämplade med Walter Black och innehöll MDMA.",
     "Pillren hade loggan Maximus Decimus i rosa.",
     "Blå piller märkta Kim Jong och en krona."],
)
def test_anything_printed_on_a_pill_is_a_stamp(text: str) -> None:
    assert found(text, "PERSON") == []


def test_unlisted_names_after_a_person_cue() -> None:
    assert found("Hon träffade Dritan Quraishi vid stationen.", "PERSON") == ["Dritan Quraishi"]
    assert found("Mvh\nTesfalem Ghebreslassie", "PERSON") == ["Tesfalem Ghebreslassie"]
    assert found("Säljs under namnet Blue Dolphin i stan.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("Linda ringde igår om sonen.", ["Linda"]), ("Björn har tagit Tramadol.", ["Björn"]),
     ("Rosa tabletter hittades i Mora.", []), ("Ville inte uppge namn.", []),
     ("Per gram kostar det 200 kr.", []), ("Tom påse hittades.", [])],
)
def test_names_that_are_words_at_a_sentence_start(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_surname_comma_first_name_in_headers_and_lists() -> None:
    assert found("Kopia: Berg, Anna; Hassan Ali", "PERSON") == ["Berg, Anna", "Hassan Ali"]
    assert found("Hedlund, Mats ringde.", "PERSON") == ["Hedlund, Mats"]
    assert found("Lund, Mora och Sala har fått beslag.", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("Giorgos ringde igår om sin bror.", ["Giorgos"]), ("Deniz har sålt tabletter.", ["Deniz"]),
     ("Paris har många turister.", []), ("Molly är stark nu.", [])],
)
def test_a_verb_after_a_sentence_initial_name(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
