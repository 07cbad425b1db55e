"""Things named after people, in the frames reports, minutes and forum posts write them
(bench/pii/framed_negatives.py measures the whole catalogue): none is a person, and a person
beside one in the same frame still is."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, thing", [
    # a topic talked about, not someone talked to
    ("Vi pratade om Bristolskalan på mötet i går.", "Bristolskalan"),
    ("Vi pratade om Kalops på mötet i går.", "Kalops"),
    ("We talked about Kubernetes at length.", "Kubernetes"),
    # a syndrome, tumour or law of science after its describer's genitive
    ("Enligt Sjögrens syndrom ska symtomen variera.", "Sjögrens"),
    ("Hon har Turners syndrom sedan födseln.", "Turners"),
    ("Rapport: Ewings sarkom och Wilms tumör nämndes.", "Ewings"),
    ("Hashimotos tyreoidit är tillbaka på agendan.", "Hashimotos"),
    ("Jämfört med Beauforts skala är det här mycket bättre.", "Beauforts"),
    ("Läste ni artikeln om Halleys komet i morse?", "Halleys"),
    # a firm by its founder's name and its trade
    ("Enligt Hellström Advokatbyrå ska allt vara klart i maj.", "Hellström"),
    ("Ämne: Fråga om Olssons Trafikskola", "Olssons"),
    ("Se bilagan från Ekmans Begravningsbyrå.", "Ekmans"),
    # gods, archangels and apostles by their word
    ("Vi läste om guden Oden och gudinnan Freja.", "Oden"),
    ("Rapport: Ärkeängeln Gabriel nämndes i predikan.", "Gabriel"),
    ("Vi firar Sankta Lucia på fredag.", "Lucia"),
    # honours, dishes, projects and stadiums named after people
    ("Enligt Lennart Nilsson Award ska juryn vara klar i maj.", "Nilsson"),
    ("Vi åt Pasta Alfredo och Crêpe Suzette.", "Alfredo"),
    ("Delprojekt Vera och Arbetsgrupp Freja rapporterar i maj.", "Vera"),
    ("Matchen spelas på Stade Pierre Mauroy.", "Pierre"),
    # a storm by its capitalised word, past the sentence's first word too; a kitten
    ("Plogning enligt varningen för Storm Johanna.", "Johanna"),
    ("Enligt Hurricane Andrew ska vägen stängas.", "Andrew"),
    ("Vi pratade med kattungen Simba i går.", "Simba"),
    # in a warning's line of capitals
    ("VARNING: STORMEN GUDRUN PÅVERKAR LEVERANSEN", "GUDRUN"),
    ("VARNING: OLOF PALMES GATA ÄR AVSTÄNGD", "OLOF"),
    # the thing's word in its own genitive
    ("Olof Palmes gatas betydelse diskuterades utförligt.", "Olof"),
    ("Sjögrens syndroms betydelse diskuterades utförligt.", "Sjögrens"),
    # a school named after someone, the surname glued without the genitive's s
    ("Enligt Maria Montessoriskolan ska allt vara klart i maj.", "Maria"),
])
def test_a_thing_named_after_people_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, person", [
    # someone talked about or with stays someone
    ("Vi pratade om Anna Berg på mötet i går.", "Anna Berg"),
    ("Vi pratade med Kalops på mötet i går.", "Kalops"),
    # a given name's or a full name's genitive: the person's own illness or scale
    ("Anna Bergs sjukdom har förvärrats.", "Anna Bergs"),
    ("Enligt Eriks sjukdom ska han vila.", "Eriks"),
    ("Karlssons sjukdom förvärras, skriver ssk.", "Karlssons"),
    # a person beside the firm, the god or the honour
    ("Vi anlitade Hellström Advokatbyrå och Erik Lund.", "Erik Lund"),
    ("Anna Berg Advokatbyrå har mejlat.", "Anna Berg"),
    ("Aposteln Paulus och Erik Berg nämndes.", "Erik Berg"),
    ("Parkinsons sjukdom drabbade Sven Lund.", "Sven Lund"),
    ("Projektledare Anna Berg rapporterar.", "Anna Berg"),
    # Storm as a given name before a surname, or greeted; a listed name past `Under`
    ("Enligt Storm Nilsson ska allt vara klart.", "Storm Nilsson"),
    ("Hej Storm Anna!", "Storm Anna"),
    ("Enligt Ros Berg ska allt vara klart.", "Ros Berg"),
    ("Ponnyn Stjärna och Erik Berg red ut.", "Erik Berg"),
    # a name in a line of capitals with no thing's word
    ("VARNING: ANNA BERG PÅVERKAR LEVERANSEN", "ANNA BERG"),
    # a person's own plan, in its genitive
    ("Anna Bergs plans betydelse diskuterades.", "Anna Bergs"),
    # English `god` before a name is an exclamation, not a god's word
    ("Oh my god Anna is here!", "Anna"),
])
def test_a_person_beside_such_a_thing_is_found(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


def test_a_street_in_a_numbered_list_takes_no_item_number() -> None:
    assert not found("Punkter att ta upp:\n1. Olof Palmes gata\n2. Budgeten", "ADDRESS")
    assert not found("Att göra:\n1) Karlavägen\n2) Budgeten", "ADDRESS")


@pytest.mark.parametrize("text, address", [
    ("Hon bor på\nKarlavägen\n2 tr", "Karlavägen\n2"),
    ("Hon bor på Karlavägen 2. Sedan flyttade hon.", "Karlavägen 2"),
])
def test_a_street_and_its_number_stay_an_address(text: str, address: str) -> None:
    assert any(address in a for a in found(text, "ADDRESS"))
