"""Services, features and campaigns by their word, a name ending a work's title, German
band and inn names and tents named like people are no one; the people beside them, and the
same names where no such word stands, stay masked."""

from __future__ import annotations

import pytest

from .kit import found

# (family, text with a thing named like a person, the names that must stay, text with a person)
PAIRS = [
    ("a service by its word at a sentence's start",
     "Tjänsten Hemma Hos Hilma hjälper äldre med små reparationer, skriver Eva Lindkvist.",
     ["Eva Lindkvist"],
     "Tjänsten sköts av Hilma Bergqvist, skriver Eva Lindkvist."),
    ("an app's feature by its word",
     "Funktionen Ring Rosa kopplar dig till en sjuksköterska dygnet runt.",
     [],
     "Sjuksköterskan Rosa Hedlund svarar dygnet runt."),
    ("a campaign by its word",
     "Satsningen Trygga Tove startar i maj i tre stadsdelar.",
     [],
     "Satsningen leds av Tove Malmberg från maj."),
    ("a name ending a work's title after its word",
     "Romanen Mannen som hette Ove sätts upp på länsteatern i höst.",
     [],
     "Romanen skrevs av en man som hette Ove Brännström."),
    ("a title naming its subject by a passive naming verb",
     "Filmen Pojken som kallades Vera hade premiär i fredags.",
     [],
     "Vera Lundmark har huvudrollen i filmen."),
    ("a German band's name by its article",
     "Kvällens band Die Lustigen Sepps spelar till midnatt i tältet.",
     [],
     "Kvällens band leds av Sepp Huber och spelar till midnatt."),
    ("a German inn's name by its contracted preposition",
     "Efterfesten är på Zum Fröhlichen Ludwig i München, skriver Klara Wendt.",
     ["Klara Wendt"],
     "Efterfesten är hos Ludwig Brenner i München, skriver Klara Wendt."),
    ("a tent named like a person by its word",
     "Vi sover i Tältet Tove under festivalen och äter i Tältet Greta.",
     [],
     "Tältet sattes upp av Tove Sandström under festivalen."),
]


@pytest.mark.parametrize(("family", "thing", "kept", "person"), PAIRS)
def test_services_and_titles_are_no_one(family: str, thing: str, kept: list[str],
                                        person: str) -> None:
    assert found(thing, "PERSON") == kept, family
    assert found(person, "PERSON") != [], family


def test_a_service_word_mid_sentence_before_a_given_name_keeps_it() -> None:
    """`via tjänsten` before a run holding a given name: the name may be the one who runs it."""
    assert "Hilma Berg" in found("Du når tjänsten Hilma Berg via växeln.", "PERSON")


def test_a_man_called_so_in_prose_stays() -> None:
    """No work's word before the capital: the naming verb names someone."""
    assert "Ove" in found("Vi läste boken. Mannen som hette Ove kom sedan hem.", "PERSON")


def test_a_dutch_particle_before_a_surname_stays() -> None:
    assert "Jan van der Berg" in found("Jan van der Berg ringde i går.", "PERSON")


# (a shop's or a topic's handle, the handle that must stay a person's)
HANDLES = [
    ("Kontot BlueMoonShop på Instagram säljer falska märkeskläder.",
     "Kontot LisaShop på Instagram säljer falska märkeskläder."),
    ("Kontot GreenLeafStore på Telegram svarar inte längre.",
     "Kontot GreenLeafGreger på Telegram svarar inte längre."),
    ("Tagga oss med #trygg_natt_2026 på bilderna från helgen.",
     "Tagga oss och @kalle_92 på bilderna från helgen."),
]


@pytest.mark.parametrize(("thing", "person"), HANDLES)
def test_shops_and_hashtags_are_no_handles(thing: str, person: str) -> None:
    """A shop's word as a word of its own in a run-together name, and a hashtag, name no one;
    a given name beside the shop's word (`LisaShop`) may be her own shop, and stays."""
    assert found(thing, "PERSON") == []
    assert found(person, "PERSON") != []


def test_a_naming_verbs_subject_after_it_is_no_nickname() -> None:
    """Swedish puts the verb second: `I spelet heter bossen Malenia` has `bossen` for its
    subject, no name; the capital after it is the name, and a person's stays found."""
    assert "bossen" not in found("I spelet heter bossen Malenia och hon är svår.", "PERSON")
    assert "Anna" in found("På jobbet heter chefen Anna och hon är snäll.", "PERSON")
    assert "jonas" in found("han heter jonas och bor här", "PERSON")


def test_a_things_word_after_the_naming_verb_names_a_thing() -> None:
    assert found("I appen heter funktionen Nattkompis numera.", "PERSON") == []


def test_a_breed_before_a_naming_verb_names_a_pet() -> None:
    assert found("The dog, a spaniel called Rosie, was found safe.", "PERSON") == []
    assert found("Vi har en beagle som heter Sigge.", "PERSON") == []
    assert "Sigge" in found("Vi har en kollega som heter Sigge.", "PERSON")
    assert "Ali" in found("The boxer called Ali was a legend.", "PERSON")  # a boxer is a man


def test_a_mained_character_is_no_one() -> None:
    assert found("I main Mercy in Overwatch these days.", "PERSON") == []
    assert found("Jag mainar Ashe just nu, hon är bäst.", "PERSON") == []
    assert "Erik Berg" in found("The main Erik Berg case was closed.", "PERSON")
