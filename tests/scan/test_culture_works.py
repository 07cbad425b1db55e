"""Culture and media text: titles of works, characters played or written, and drug names
quoted in a work are no one; the people beside them (the author, the actor, the source) stay
masked, and so do the same names in a sentence that is no title, part or quote of a drug."""

from __future__ import annotations

import pytest

from .kit import found

# (family, text with a thing named like a person, the names that must stay, text with a person)
PAIRS = [
    ("a quoted sentence-case title after a work's word",
     'Vi hänger utställningen "Sorg och Sofia" i höst, skriver Tora Lindmark.',
     ["Tora Lindmark"],
     'Vi hänger utställningen i höst med Sofia Brandt, skriver Tora Lindmark.'),
    ("a title after a work's word and a naming verb",
     'Klassen gör en kortfilm som heter "Doris 3C" om nätköp.',
     [],
     'Klassen gör en kortfilm med Doris Kvarn om nätköp.'),
    ("an English track title holding a place surname",
     'His new track "Rain over Bergqvist" mentions codeine. Regards, Fanny Ekwall',
     ["Fanny Ekwall"],
     'His new track mentions Tove Bergqvist and codeine. Regards, Fanny Ekwall'),
    ("a list of titles after a titled section",
     'I år visar vi sektionen "Tomma rum": "Elina", "Ronny och Sten", "Dunder".',
     [],
     'I år visar vi sektionen Tomma rum med Elina Sandqvist och Ronny Åkesson.'),
    ("a title before its credit with a year",
     'Fre 6/3 18.00 "Majken" (Tilde Håkansson, 2025) – salong 2',
     ["Tilde Håkansson"],
     'Fre 6/3 18.00 Majken Olsson (Tilde Håkansson) – salong 2'),
    ("a title before its broadcaster in brackets",
     'Jag bokar gäster till "Morgon med Majvor" (SVT). Producent: Ylva Sandberg',
     ["Ylva Sandberg"],
     'Jag bokar Majvor Lindholm till morgonen. Producent: Ylva Sandberg'),
    ("a publisher named after its founder",
     'Ett tyskt förlag, Rowohlt, vill ha boken. Hälsningar, Hedda Lindgren',
     ["Hedda Lindgren"],
     'En tysk kollega, Gunther Rowohlt, vill ha boken. Hälsningar, Hedda Lindgren'),
    ("a part after a verb of playing",
     'Skådespelaren Oskar Fjäll spelar systern Greta i andra akten.',
     ["Oskar Fjäll"],
     'Skådespelaren Oskar Fjäll spelar med Greta Wiklund i andra akten.'),
    ("a part in brackets after its actor",
     'Närvarande: Alma Tjärn (spelar Rut Lindell), Ebbe Gran (ljus).',
     ["Alma Tjärn", "Ebbe Gran"],
     'Närvarande: Alma Tjärn (med Rut Lindell), Ebbe Gran (ljus).'),
    ("a part before the one who plays it",
     'ROLLER: VIDAR (spelas av Konrad Vik), MAJA (spelas av Siri Åberg)',
     ["Konrad Vik", "Siri Åberg"],
     'ROLLER: Vidar Holm och Maja Ström, båda inhyrda'),
    ("a character by its word",
     'I kapitel fyra säger huvudpersonen Klara Nyström att hon tar Stesolid.',
     [],
     'I kapitel fyra säger vår källa Klara Nyström att hon tar Stesolid.'),
    ("a part before a dash and its actor, in a cast's list",
     'Rollista:\nTrulsan – Vera Ödman\nGreve Pilgren – Hampus Lidell',
     ["Vera Ödman", "Hampus Lidell"],
     'Kontakter:\nTrulsan Berg – Vera Ödman\nGreve Pilgren – Hampus Lidell'),
    ("a part in brackets after its voice actor",
     'Röster: Nils Holmgren (Tuss), Edit Sandberg (Fru Pimpinell).',
     ["Nils Holmgren", "Edit Sandberg"],
     'Närvarande: Nils Holmgren (Tuss Ek), Edit Sandberg.'),
    ("a part whose line names its voice",
     'Cast notes. Dotty Plum – the baker. Voice: Sara Lindqvist.',
     ["Sara Lindqvist"],
     'Cast notes. Dotty Plum – ring her. Contact: Sara Lindqvist.'),
    ("a dog named as the subject of a naming verb",
     'Scen 12. Hunden i bilen heter Rocky och är lånad.',
     [],
     'Scen 12. Föraren i bilen heter Rocky och är lånad.'),
    ("a stage name after its word",
     'Hon uppträder under artistnamnet Vilda Ketamina; hennes agent är Gösta Lindberg.',
     ["Gösta Lindberg"],
     'Hon uppträder med Vilda Kettunen; hennes agent är Gösta Lindberg.'),
    ("an English pen name",
     'The memoir is by Rolf Ekdahl (pen name R. J. Frost).',
     ["Rolf Ekdahl"],
     'The memoir is by Rolf Ekdahl and Ruth Frost.'),
    ("a villain by its word",
     'In episode 3 the villain Baron Grusvik says he has powder.',
     [],
     'In episode 3 the interpreter Bertil Grusvik says he has powder.'),
]


@pytest.mark.parametrize(("family", "thing", "kept", "person"), PAIRS, ids=[p[0] for p in PAIRS])
def test_works_and_parts_are_no_one(family: str, thing: str, kept: list[str],
                                    person: str) -> None:
    assert found(thing, "PERSON") == kept, family
    assert found(person, "PERSON") != [], family


# Drug names quoted as a work quotes them: sold, died of, asked about.
DRUGS = [
    'Säljaren i filmen säljer "Engelsstaub" till barnen.',
    'In the song cough syrup is sold as "Lila" down south.',
    'Reportern undrar om en man dog av "Vit Tjej" i våras.',
    'Our editor asks whether "Bupp" has an English equivalent.',
]


@pytest.mark.parametrize("text", DRUGS)
def test_quoted_drug_names_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_quote_after_a_speaker_keeps_its_names() -> None:
    """A work's word with a speaker between it and the quote: the quote is speech."""
    text = 'I boken säger Lina Sand "ring Petter Holm i morgon".'
    assert "Petter Holm" in found(text, "PERSON")


def test_a_quoted_name_before_a_birth_year_stays() -> None:
    """A year in brackets after a quoted name, with no credit's comma, is a birth."""
    assert "Tove Rask" in found('Patient "Tove Rask" (f. 1985) lades in.', "PERSON")


def test_a_heading_in_capitals_before_a_quoted_name_keeps_it() -> None:
    assert "Erik Lund" in found('VITTNE "Erik Lund" hördes i går.', "PERSON")


def test_a_crook_in_the_news_stays() -> None:
    """`skurken` and `hjälten` name real people in a news report."""
    assert found("Skurken Erik Lundell greps i går i Gävle.", "PERSON") != []


def test_a_forum_pseudonym_stays() -> None:
    """A forum's users go by pseudonyms: `pseudonymen` is no stage name's word."""
    assert found("Han skriver under pseudonymen Vera Hjort på forumet.", "PERSON") != []


def test_a_sold_person_in_quotes_after_a_preposition_stays() -> None:
    assert found('Han sålde bilen till "Mackan" Berglund igår.', "PERSON") != []


def test_a_street_before_a_range_of_days_is_no_address() -> None:
    """A shoot's street and its dates: `8–10 december` are days, not house numbers."""
    assert found("Inspelning på Norra Hamngatan 4–6 mars, 07.00–19.00.", "ADDRESS") == []
    assert found("Hon bor på Norra Hamngatan 4, 411 06 Göteborg.", "ADDRESS") != []


# Venues, programmes and schedules beside the names of people.
PLACES_AND_DATES = [
    ("a people's-house venue and its town",
     "Turnérapport, Folkets Hus Boden, föreställning 2. Ljud: Maja Lindholm",
     "Turnérapport, Hasse Bodin, föreställning 2. Ljud: Maja Lindholm"),
    ("a programme named after its channel",
     "Spellista P2 Morgon v. 12, flaggad av Elsa Ring.",
     "Spellista för Morgan Lind v. 12, flaggad av Elsa Ring."),
    ("an institution by its adjective",
     "Lån från Sjöfartshistoriska museet, kontakt Nora Vik.",
     "Lån från Hanna Sjöfartsson, kontakt Nora Vik."),
    ("a weekday before a day and month",
     "Pressvisning Tue 9 Mar 10:00 – gäster: Ivar Lund",
     "Pressvisning med Tue Andersen – gäster: Ivar Lund"),
]


@pytest.mark.parametrize(("family", "thing", "person"), PLACES_AND_DATES,
                         ids=[p[0] for p in PLACES_AND_DATES])
def test_venues_programmes_and_days_are_no_one(family: str, thing: str, person: str) -> None:
    people = found(person, "PERSON")
    assert len(found(thing, "PERSON")) == len(people) - 1, family


def test_an_agency_genitive_before_a_full_name_keeps_it() -> None:
    assert found("Polisens Anna Berg sa att pillren var falska.", "PERSON") == ["Anna Berg"]
