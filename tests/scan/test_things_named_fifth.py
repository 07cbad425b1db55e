"""Things named like people, fifth round: a titled alias alliterating where every word has a
capital, a work's title shaped like a full name, a given name's genitive naming a thing; the
people beside them in the same frames are still found."""

from __future__ import annotations

import pytest

from .kit import flagged, found


def _masked(text: str, word: str) -> bool:
    at = text.index(word)
    return any(f.start < at + len(word) and at < f.end for f in flagged(text))


@pytest.mark.parametrize("text, thing", [
    # a title and an unlisted word on its letter, at a sentence's start
    ("Doktor Dunder annonserar snabb leverans i Västerås.", "Dunder"),
    ("Mamma Mjuk heter en kanal som säljer gelégodis.", "Mjuk"),
    ("Kapten Klister postar nya priser varje fredag.", "Klister"),
    # a work's full-name title, closed by a mark or the work's own verb
    ("Boken Signe Holmlund handlar om en flicka i Luleå.", "Signe Holmlund"),
    ("Vi har sett serien Gösta Lindfors, sex avsnitt på SVT.", "Gösta Lindfors"),
    ("Romanen Hedvig Sundqvist kom ut förra hösten.", "Hedvig Sundqvist"),
    # a given name's genitive naming a shop, a drink, a team
    ("Vi åt lunch på Majas Skafferi vid torget.", "Majas Skafferi"),
    ("Kylen var full av Ottos Lager och läsk.", "Ottos Lager"),
    ("Laget \"Berits Bollar\" vann frågesporten.", "Berits Bollar"),
    # an animal by its sex's word
    ("Min hona Sigrid har slutat äta, vad gör jag?", "Sigrid"),
    ("Hanen Bosse jagar de andra fiskarna.", "Bosse"),
    # a rank before a video game's character
    ("In the sequel you play Officer Dana Kowalski hunting a smuggler.", "Dana Kowalski"),
    ("Side quests with Detective Rune Falk are the best part of it.", "Rune Falk"),
])
def test_things_named_like_people_are_not_masked(text: str, thing: str) -> None:
    assert not _masked(text, thing)


@pytest.mark.parametrize("text, name", [
    # kin or a title before a listed name, or an unlisted word on another letter
    ("Mamma Ilvar ringde i morse.", "Ilvar"),
    ("Doktor Lindahl ringde i morse.", "Lindahl"),
    ("Syster Annika delade ut vatten.", "Annika"),
    # a drug after the title: a seller's nickname, someone
    ("She introduced me to \"Tant Tjack\", an older woman who sells pills.", "Tant Tjack"),
    # a person after a work's word and a preposition
    ("Boken är skriven av Signe Holmlund, som bor i Luleå.", "Signe Holmlund"),
    # a genitive before a given name, a surname, an English word, or a person named on
    # their own elsewhere
    ("Hon pratade med Pelles Maja om festen.", "Maja"),
    ("Kaisa's Finnish phone number is unknown.", "Kaisa"),
    ("Kristian Lind: nej\nnån som har kvar av Kristians Elvanse?", "Kristians"),
    ("Hos Ingrids Rosengren stod bilen.", "Rosengren"),
    # a partner's word, not an animal's
    ("Min sambo Sigrid har slutat äta, vad gör jag?", "Sigrid"),
    # an officer at a match is no character
    ("After the game Officer Dana Kowalski arrested him.", "Dana Kowalski"),
])
def test_people_in_the_same_frames_are_found(text: str, name: str) -> None:
    assert any(name in person for person in found(text, "PERSON"))
