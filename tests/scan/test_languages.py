"""Reports written in German or Polish, and a writer's name alone at a text's end.

German capitalises its nouns, so a German partner's mail is full of capitalised words no
name list holds (`Schwester`, `Suchtberatung`): none of them is a person, and the persons
in it are found whole, without the noun before them. Polish inflects names (`Tomasza
Wójcika`, `pani Haliny`): the inflected form is as much a name as the base form.
"""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


GERMAN = [
    ("a noun before a name is not in it",
     "Guten Tag, die Suchtberatung in Kreuzberg meldet sich. Unsere Klientin Ronja Ek "
     "ist wieder zu Hause. Ihre Schwester Wilma Ek hat uns gebeten, Sie zu informieren.",
     ["Ronja Ek", "Wilma Ek"]),
    ("function words and compounds are no names",
     "Die Notaufnahme hat bei dem Patienten Pilze und Ketamin gefunden. Die Wirkstoffanalyse "
     "ist noch nicht fertig. Mit freundlichen Grüßen, Kerstin Albrecht-Vogel",
     ["Kerstin Albrecht-Vogel"]),
    ("ich bin is no Arabic particle",
     "Hallo, ich bin Torsten, Streetworker in Wien. Wir haben Tabletten mit dem Logo "
     "gefunden, bitte warnen Sie Ihre Kollegen.", ["Torsten"]),
    ("a river after an article; a name's particles stay",
     "Wir sind eine Gruppe an der Elbe und haben Frau Greta von der Lühe gesehen, die bei "
     "der Mosel wohnt.", ["Greta von der Lühe"]),
    ("a surname made of nouns after a given name or Herr",
     "Mieter: Uwe Sonnenfeldt, Kiel, mit Tochter Nele. Wir haben im Auto Spritzen gefunden und "
     "Herr Sonnenfeldt sagt, er wisse nicht, wer das Auto gefahren hat.",
     ["Uwe Sonnenfeldt", "Nele", "Herr Sonnenfeldt"]),
    ("a German line of capitalised nouns is no Title Case heading",
     "Rückgabe in Malmö: Dirk Hollmann, Auto ohne Schäden und Tankkarte bei der Station "
     "abgegeben, die Rechnung ist unterwegs.", ["Dirk Hollmann"]),
]


@pytest.mark.parametrize(("case", "text", "names"), GERMAN)
def test_german_nouns_are_words_and_names_stay_whole(case: str, text: str,
                                                     names: list[str]) -> None:
    assert persons(text) == names, case


POLISH = [
    ("genitive of a man's first name and surname",
     "Dzień dobry, piszę w sprawie Tomasza Wójcika, który jest w szpitalu w Malmö.",
     ["Tomasza Wójcika"]),
    ("a woman's name after pani",
     "Proszę o kontakt z córką pani Haliny, ona nie wie, że brat bierze tabletki.",
     ["Haliny"]),
    ("-skiego", "Syn pana Grzegorza Kowalskiego został zatrzymany przez policję.",
     ["Grzegorza Kowalskiego"]),
]


@pytest.mark.parametrize(("case", "text", "names"), POLISH)
def test_polish_inflected_names_are_names(case: str, text: str, names: list[str]) -> None:
    assert persons(text) == names, case


def test_polish_inflection_is_not_read_into_a_swedish_text() -> None:
    # Swedish words that end as Polish cases do (a bare -a) stay words.
    assert persons("Vi delade ut naloxon i Malmö och Lunda, och Kolla pillren först.") == []


SIGNED = [
    ("after a phone number", "Tabletterna var gröna och stämplade med en krona. Ring gärna "
     "070-174 06 52 om ni vill veta mer. Tuulikki", ["Tuulikki"]),
    ("after an account number", "Återbetalning till SE35 5000 0000 0549 1000 0003. Dirk",
     ["Dirk"]),
]


@pytest.mark.parametrize(("case", "text", "names"), SIGNED)
def test_a_given_name_alone_at_the_end_signs_the_text(case: str, text: str,
                                                      names: list[str]) -> None:
    assert persons(text) == names, case


def test_a_drug_or_a_place_alone_at_the_end_signs_nothing() -> None:
    assert persons("Köpt som ecstasy på festivalen. Tina") == []
    assert persons("Fyndet gjordes vid stationen. Kalmar") == []


def test_a_full_name_after_a_bike_make_is_a_person() -> None:
    assert persons("Cykeln var en Kona. Frun Agnes Lindqvist ringde oss.") == [
        "Agnes Lindqvist"]
