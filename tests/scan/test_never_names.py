"""Substances, medicine brands, events, organisations and services are never a PERSON.

Masking the drug's name destroys a drug warning. The medicine names come from a maintained
dictionary shipped as package data (data/medicines.txt.gz), so brands the team never listed
are known too. Each case must come out of mask() unchanged.
"""

from __future__ import annotations

import pytest

from mailgate.scan import lexicon, mask, scan

NEVER = [
    ("benzodiazepine brands", "Hon hade fått Dormicum och Lorazepam av en kompis."),
    ("brand as subject", "Mirena sattes in i våras, sedan började hon ta Zolpidem."),
    ("first-name-like brand", "Han tog Allegra mot allergin och Lyrica för sömnen."),
    ("opioids sold online", "Någon säljer Oxynorm, Palexia och Tapentadol på Telegram."),
    ("english voice", "The patient was using Klonopin and Ativan bought from Reddit."),
    ("brand at a line start", "Rivotril\nStesolid\nXanor\nSobril"),
    ("english pill slang", 'Hon köpte "Xanny" och "Addy" via Telegram, han hade Percs.'),
    ("brands named after people as stamps",
     'Tabletter märkta "Rolls Royce" och "Patek Philippe" säljs i Umeå.'),
    ("cannabis strains and fentanyl street names",
     "Vi ser mer Jack Herer och White Widow, och China White har dykt upp i Malmö."),
    ("a famous name sold as a product", "Det som säljs som Bob Marley innehåller ofta annat."),
    ("a product that spreads", "Zlatan sprids på Snapchat och Elvis säljs i Umeå."),
    ("blotter art", "Blotters with an Albert Hofmann portrait were sent by post."),
    ("darknet market and a pharma company",
     'Monitoring brief, darknet market "Cannazon": bars with Roche and Pfizer press.'),
    ("a ward named like a person", "SiS Hässleholm, avdelning Sol: en flicka kom in."),
    ("a team signing a mail", "Best regards\nTeam Syd"),
    ("a ferry", "Färjan Stena Danica anlände till Göteborg i morse."),
    ("an artist heard as music", "Vi lyssnade på Veronica Maggio hela natten."),
    ("festival", "Tre besökare på Way Out West blev dåliga."),
    ("festival with a first name", "Efter Putte i parken kom fyra till akuten."),
    ("festival in capitals", "VARNING INFÖR SWEDEN ROCK: TESLA-PILLER MED HÖG DOS"),
    ("events", "Inför Almedalsveckan och Stockholm Pride delar vi ut naloxon."),
    ("organisations", "Tipset kom via Flashback och Convictus, inte från Hela Människan."),
    ("football club", "Det såldes tabletter utanför Hammarby-matchen."),
    ("service, definite form, after a signature", "Mvh\nSprututbytet"),
    ("service after a label", "Kontakt: Sprututbytet Malmö"),
    ("service signed with a slash", "/Fältteamet Göteborg"),
    ("lower-case service", "han har gått till sprututbytet varje vecka"),
    ("staff", "Hälsningar\nPersonalen på Lågtröskelmottagningen"),
    ("youth clinic", "Hon har varit på Beroendeakuten och Mini-Marian."),
    ("a festival introduced by its noun", "Festivalen Sthlm Fields och klubben Trädgården."),
    ("a band and an app", "Bandet Kent spelade. Appen Wickr används för köp."),
    ("street named after a person", "Det hände nära Birger Jarlsgatan i natt."),
    ("street at a sentence start", "Erik Dahlbergsgatan och Per Albin Hanssons väg är avstängda."),
    ("short street compound after a name", "Kyrkan ligger på Katarina Bangata nära Ekvägen."),
    ("square named after a king", "Pillren såldes vid Karl XII:s torg och Gustav Adolfs torg."),
    ("GHB by a given name", "Han köpte Gina på nätet och hon hade tagit G."),
    ("methamphetamine by a given name", "Kristina är slang för metamfetamin, som Tina."),
    ("heroin after a title", "Dr. Feelgood säljs som tabletter i Malmö."),
    ("street names in a row", "Mandy, Charlie, Special K och Tusi cirkulerar."),
    ("a Norwegian city that is a given name", "Vi hadde et dødsfall i Bergen i går."),
    ("an event with an ampersand", "Vi såg flera fall under Peace & Love i somras."),
    ("a festival of words and a town", "Vi såg flera fall under Piteå Dansar och Ler."),
    ("a city mission", "Tipset kom från Kalmar Stadsmission i förra veckan."),
    ("a clinic with a given name", "Maria Beroende har varnat för detta."),
    ("a given name printed on pills", "Pillren med Emil på är starka."),
    ("a footballer on pills, English", "The pills with Messi on them are strong."),
    ("a game as a stamp", "Tabletter stämplade Among Us säljs."),
    ("a given name as what was taken", "Han tog Henry i går och blev dålig."),
    ("a street name bought", "Klienten köpte Percy av en kompis."),
    ("brands in a list after a street name", "Vi har sett Percy och Percocet i beslagen."),
    ("a terrace named after a singer", "Det hände vid Evert Taubes terrass i natt."),
    ("a saint's street", "Sankt Petri kyrkogata var avspärrad."),
    ("a saint's day", "Under Sankt Hans såldes tabletter."),
    ("a make and its model", "Han körde en Mercedes Vito mot Malmö."),
]


@pytest.mark.parametrize(("kind", "text"), NEVER)
def test_drugs_events_organisations_and_services_are_never_masked(kind: str, text: str) -> None:
    assert mask(text, scan(text)) == text, kind


STILL_PEOPLE = [
    ("brand-like first name with a surname", "Allegra Svensson ringde i morse.",
     ["Allegra Svensson"]),
    ("brand-like first name after a relation word", "Klienten Allegra var påverkad.",
     ["Allegra"]),
    ("common name kept out of the medicine list", "Vi pratade med Angelica om hennes Xanor.",
     ["Angelica"]),
    ("a person at the service", "Jag pratade med Jonas på Sprututbytet.", ["Jonas"]),
    ("a person before a street named after one", "Kontakt: Lisa Berg Birger Jarlsgatan 5",
     ["Lisa Berg"]),
    ("a given name before 'på' with no pill", "Jag satt med Emil på bussen.", ["Emil"]),
    ("a person taken somewhere", "Klienten tog Erik till akuten.", ["Erik"]),
    ("a person bought from", "Han köpte av Henry i går.", ["Henry"]),
    ("a given name that is a make, with a surname", "Mercedes Svensson ringde.",
     ["Mercedes Svensson"]),
]


@pytest.mark.parametrize(("kind", "text", "persons"), STILL_PEOPLE)
def test_people_beside_drug_names_are_still_found(kind: str, text: str, persons: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == persons, kind


def test_the_medicine_dictionary_is_package_data() -> None:
    medicines = lexicon.entries("medicines")
    assert len(medicines) > 20_000
    assert {"lorazepam", "mirena", "klonopin"} <= medicines
    assert "angelica" not in medicines
