"""Works read, watched or staged, series by their season, ferries by their line and places
abroad before their country are no one; the same names as someone's stay masked beside them
(`Hon läste Anna Karenina` vs `Hon ringde Anna Karlsson`)."""

from __future__ import annotations

import pytest

from .kit import found

# (family, text with a work or thing named like a person, names kept, text with a person)
PAIRS = [
    ("a book after a verb of reading",
     "Hon läste Anna Karenina i somras och skrev om det till Vera Holmlund.",
     ["Vera Holmlund"],
     "Hon ringde Anna Karlsson i somras och skrev om det till Vera Holmlund."),
    ("a play after a verb of staging",
     "Stadsteatern satte upp Hedda Gabler i höstas, enligt Sixten Bråvall.",
     ["Sixten Bråvall"],
     "Stadsteatern anställde Hedda Gustafsson i höstas, enligt Sixten Bråvall."),
    ("an English novel after a verb of reading",
     "In group we read Jane Eyre together. Notes by Cora Lindahl",
     ["Cora Lindahl"],
     "In group we met Jane Ekholm together. Notes by Cora Lindahl"),
    ("a series with its season after a verb of watching",
     "Klienten tittade på Ted Lasso säsong 2 hela natten.",
     [],
     "Klienten tittade på Ted Lindkvist hela natten."),
    ("a series with an episode mark",
     "Vi diskuterade Veronica Mars S02E04 i gruppen.",
     [],
     "Vi diskuterade Veronica Marsh i gruppen."),
    ("a film where it ran after a verb of seeing",
     "Vi såg Forrest Gump på Netflix i fredags.",
     [],
     "Vi såg Forrest Lundgren på stan i fredags."),
    ("a series after its season",
     "Hon har sett säsong 3 av Saga Ekwall två gånger.",
     [],
     "Hon har sett Saga Ekwall två gånger."),
    ("a ferry by its shipping line's word",
     "Hon jobbar i baren på Stena Danica sedan mars.",
     [],
     "Hon jobbar i baren med Danica Stenström sedan mars."),
    ("a ferry by its line on board",
     "Vi var ombord på Viking Grace till Åbo.",
     [],
     "Vi var hemma hos Grace Vikström till Åbo."),
    ("a place abroad before its country after travel",
     "Vi flög till Adelaide i Australien och hem igen.",
     [],
     "Vi flög med Adelaide Berg och hem igen."),
    ("a listed title in any frame",
     "Rapport: Sweet Caroline nämndes i förra veckans genomgång.",
     [],
     "Rapport: Caroline Sjöberg nämndes i förra veckans genomgång."),
]


@pytest.mark.parametrize(("family", "thing", "kept", "person"), PAIRS)
def test_works_and_ferries_are_no_one(family: str, thing: str, kept: list[str],
                                      person: str) -> None:
    assert found(thing, "PERSON") == kept, family
    assert found(person, "PERSON") != [], family


@pytest.mark.parametrize("text", [
    "Hon läste Anna Bergs journal i går.",  # a genitive before a noun: her journal
    "I read Anna Berg a story before bed.",  # an indirect object
    "Vi såg Anna Berg på stan i går.",
    "I går läste Anna Berg högt för gruppen.",  # the subject after the verb
    "Sedan såg Anna Berg på tv hela kvällen.",  # seeing a person, no season or channel
    "Vi tittade på Anna Berg hela kvällen.",
    "Hon jobbar med Viking Andersson på lagret.",  # a given name and a surname
    "Pengarna skickades till Adelaide Berg i Australien.",  # a full name
])
def test_people_beside_those_words_stay(text: str) -> None:
    assert found(text, "PERSON") != []


@pytest.mark.parametrize("text", [
    "Fre: film (Trainspotting? – nej, Mamma Mia!).",
    "Affischen var för Mamma Mia! The Party, enligt vakten.",
    "Teatern spelar Onkel Vanja i höst.",
])
def test_a_title_opened_by_a_kin_word_in_capitals_is_a_work(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Hans mamma Mia Berg kom till mottagningen.", "Mia Berg"),
    ("Jag ringde mamma Mia igår.", "Mia"),
    ("Min onkel Vanja kom hem i natt.", "Vanja"),
])
def test_a_kin_word_in_lower_case_before_the_same_name_is_a_relation(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]
