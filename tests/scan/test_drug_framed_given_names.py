"""Given names common here that are also drugs' street names (Emma, Jack, Henry) stay names
unless the text weighs, takes or mixes them, as only a drug is (drugframe.py); street names
listed as drugs (Tina, Molly, Gina) are people where the text gives an age or talks with
them (drugnamed.py). Each drug sentence stands beside a person sentence of the same name."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the person's name)
SIDE_BY_SIDE = [
    ("a weight before it",
     "Han hade 4 gram Emma i en snusdosa.",
     "Han gav Emma en snusdosa i present.", "Emma"),
    ("a portion of it, in English",
     "They split a bag of Jack between three of them.",
     "They split the bill with Jack between three of them.", "Jack"),
    ("half a pill",
     "Hon svalde en halv Henry vid baren.",
     "Hon väntade på Henry vid baren.", "Henry"),
    ("a state one is in",
     "Han var påtänd på Jack hela resan hem.",
     "Han var arg på Jack hela resan hem.", "Jack"),
    ("days spent on it, in English",
     "Three nights on Henry and she was seeing things.",
     "Three nights with Henry and she was happy again.", "Henry"),
    ("the craving and withdrawal after it",
     "Abstinensen efter Emma var värst på morgonen.",
     "Längtan efter Emma var värst på morgonen.", "Emma"),
    ("a way of taking it",
     "Vi brukade snorta Jack på toaletten.",
     "Vi brukade träffa Jack på toaletten.", "Jack"),
    ("mixed with something",
     "Blanda aldrig Henry med alkohol.",
     "Bråka aldrig med Henry om alkohol.", "Henry"),
    ("quitting it",
     "Jag har slutat med Emma sedan i somras.",
     "Jag har bott med Emma sedan i somras.", "Emma"),
    ("a pack of it",
     "Två ampuller Henry försvann ur kylen. I rapporten står: två vials of Henry.",
     "Två ampuller försvann ur kylen. I rapporten står: Henry ringde.", "Henry"),
    ("pills of it",
     "Kuvertet innehöll 200 tabletter Emma och ett kvitto.",
     "Kuvertet innehöll 200 tabletter och ett kort till Emma.", "Emma"),
    ("traces of it in a sample",
     "Provet var rent, förutom spår av Jack.",
     "Provet var rent, sa Jack.", "Jack"),
    ("its use",
     "Patienten uppger bruk av Henry sedan i våras.",
     "Patienten uppger kontakt med Henry sedan i våras.", "Henry"),
    ("mixed with a plus",
     "Emma + alkohol = en dålig idé.",
     "Emma och Jonas = ett bra team.", "Emma"),
    ("a brand in brackets after its substance",
     "Behandlas med ketamin (Emma) på akuten.",
     "Behandlas av doktor (Emma) på akuten.", "Emma"),
    ("a street name joined to a drug",
     "Några frågade om Tramadol och Emma som de köper på nätet.",
     "Några frågade om Tramadol och Emma sa att hon inte visste.", "Emma"),
    ("a box of it, in Swedish",
     "Städaren hittade en ask Henry bakom kylen.",
     "Städaren hittade en lapp från Henry bakom kylen.", "Henry"),
    ("sold as it",
     "Tabletterna såldes som Emma vid entrén.",
     "Tabletterna såldes av Emma vid entrén.", "Emma"),
    ("a prescription for it",
     "Han har haft recept på Jack i två år.",
     "Han har haft kontakt med Jack i två år.", "Jack"),
    ("a list of quoted street names",
     'En elev frågade om "Lean" och "Emma" från låttexterna.',
     'En elev frågade om "Lean" och Emma svarade direkt.', "Emma"),
    ("a list continued by samt",
     "Klienten uppger bruk av Imovane samt Henry.",
     "Klienten uppger bruk av Imovane samt att Henry hjälper henne.", "Henry"),
    ("harm after it",
     "Hon fick hjärtklappning efter Henry och alkohol.",
     "Hon fick hjärtklappning efter Henry skrek åt henne.", "Henry"),
    ("sold in the passive",
     "På festivalen såldes Jack i små påsar.",
     "På festivalen sov Jack i ett litet tält.", "Jack"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_weighed_taken_or_mixed_is_a_drug(frame: str, drug: str, person: str,
                                          name: str) -> None:
    assert name not in found(drug, "PERSON"), frame
    assert name in found(person, "PERSON"), frame


# (what tells a person, a person sentence, a drug sentence, the name)
LISTED_STREET_NAMES = [
    ("an age after a comma",
     "Tina, 23 år, vårdades på akuten i natt.",
     "Tina, 20 g, låg i påsen under sätet.", "Tina"),
    ("turning an age",
     "Molly fyller 18 i maj och vill flytta hemifrån.",
     "Molly finns i 18 olika färger i maj.", "Molly"),
    ("being an age, in English",
     "Gina is 16 and lives with her aunt.",
     "Gina is 40 percent cheaper this month.", "Gina"),
    ("talked with",
     "Fältassistenten pratade länge med Tina i går.",
     "Fältassistenten pratade länge om Tina i går.", "Tina"),
    ("according to",
     "According to Molly, the bouncer saw everything.",
     "Compared to Molly, the comedown is mild.", "Molly"),
    ("the subject of using a drug",
     "Molly tog två tabletter i kön och svimmade.",
     "Molly tog över hela festivalen i somras.", "Molly"),
    ("the subject of selling one, in English",
     "Gina sold ketamine behind the stage.",
     "Gina sold out every festival last summer.", "Gina"),
    ("heard from",
     "Vi har inte hört av Charlie sedan fredagen.",
     "Vi har inte sett röken av Charlie sedan fredagen.", "Charlie"),
]


@pytest.mark.parametrize(("frame", "person", "drug", "name"), LISTED_STREET_NAMES)
def test_a_listed_street_name_given_an_age_or_talked_with(frame: str, person: str,
                                                           drug: str, name: str) -> None:
    assert name in found(person, "PERSON"), frame
    assert name not in found(drug, "PERSON"), frame


def test_verbs_said_of_people_too_leave_the_name() -> None:
    """`ask`, `shooting`, `cut … with`, an injection with something and a prescription are done
    to people; a phone's contact list holds them."""
    for text in ("Please ask Emma about the bags.", "He was shooting Jack in the film.",
                 "He cut Henry with a knife.", "Sköterskan injicerade Jack med naloxon.",
                 "The doctor prescribed Emma antibiotics.",
                 "Kontaktlistan i mobilen innehöll Jack och två till."):
        name = next(n for n in ("Emma", "Jack", "Henry") if n in text)
        assert name in found(text, "PERSON"), text


def test_a_name_that_is_a_word_calls_at_a_sentence_start() -> None:
    """`i` after the verb is the preposition, not the subject of a fronted verb."""
    assert "Jack" in found("Jack ringde i morse och bad om en tid.", "PERSON")
    assert found("Klart ringde jag i morse.", "PERSON") == []


# (what tells, a drug text, a person text, the name: its first occurrence is asked about)
BESIDE_OTHER_DRUGS = [
    ("a surname in lower case joined to a drug",
     "det luktade vinäger, kanske heroin eller kanske brown.",
     "det luktade vinäger, sa brown till mig i trappan.", "brown"),
    ("rows of one list, a drug ending the other row",
     "Anton Lund\tuppger Jack\nIsak Berg\tuppger Tramadol\n",
     "Anton Lund\tuppger Jack som kontakt\nIsak Berg\tuppger Tramadol\n", "Jack"),
    ("a listed street name offered, beside a person's nickname",
     'Vi har blivit erbjudna "Tina" av en man som kallar sig "Farbror Tina".',
     'Vi har pratat med Tina om en man som kallar sig "Farbror Tina".', "Tina"),
    ("a given name weighed, beside a person of that name",
     "Hon hade köpt två gram Emma av en kille, sa Emma Lind.",
     "Hon hade pratat två timmar med Emma om en kille, sa Emma Lind.", "Emma"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), BESIDE_OTHER_DRUGS)
def test_a_name_beside_other_drugs(frame: str, drug: str, person: str, name: str) -> None:
    drug_at = drug.index(name)
    person_at = person.index(name)
    assert not any(s <= drug_at < e for s, e in spans(drug)), frame
    assert any(s <= person_at < e for s, e in spans(person)), frame


def spans(text: str) -> list[tuple[int, int]]:
    from mailgate.scan import scan

    return [(f.start, f.end) for f in scan(text) if f.type == "PERSON"]
