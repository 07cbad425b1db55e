"""Job titles that no list holds, told by their endings, cue the name after them."""

from __future__ import annotations

import pytest

from mailgate.scan.recognizers.roles import role_shaped

from .kit import found


@pytest.mark.parametrize("word", ["butikschef", "kassörskan", "tekniker", "konduktören",
                                  "receptionisten", "skiftansvarig", "fritidsledaren"])
def test_job_titles_are_told_by_their_endings(word: str) -> None:
    assert role_shaped(word, is_name=False)


def test_a_listed_surname_with_such_an_ending_is_no_role() -> None:
    assert not role_shaped("lindqvist", is_name=True)


@pytest.mark.parametrize("text, name", [
    ("Butikschef Lena på kassan såg två personer med påsar.", "Lena"),
    ("Kassörskan Lena larmade när kunden tappade tabletterna.", "Lena"),
    ("Kund: Stina Malm\nTekniker: Đức", "Đức"),
    ("The Tramadol 225 is a different matter. I have noted it.\nSanna, station manager",
     "Sanna"),
])
def test_a_name_after_or_signed_with_a_role_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Butikschef ICA Maxi ringde om snattade Alvedon.",
    "Projektledare Region Skåne har fått rapporten.",
    "Obs, ring chefen\nTack",
    "Vilja, ork och tid saknas ofta hos de unga.",
])
def test_a_role_before_no_name_finds_nobody(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "Kind regards\nHead of Safeguarding\nNorthern Lights Academy Trust",
    "Med vänliga hälsningar\nVerksamhetsutvecklare, Beroende och Psykiatri\nRegion Jönköpings län",
    "Thanks,\nNight Manager – Hotel Diplomat Stockholm",
    "Vänligen,\nStyrelsen för Brf Ekorren 12\nOrdförande, Kassör och Sekreterare",
])
def test_a_signatures_title_line_is_no_name(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Mvh\nTesfalem Ghebreslassie", "Tesfalem Ghebreslassie"),
    ("Kind regards,\nBaker", "Baker"),
])
def test_a_signatures_name_line_is_a_name(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text, name", [
    ("Vi har haft problem med en stamkund, Gullan, som säljer Sobril.", "Gullan"),
    ("Vår junior säger att en motståndare, Grigor, erbjöd honom tabletter.", "Grigor"),
])
def test_a_name_in_apposition_after_a_persons_noun_is_found(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


def test_a_town_ending_like_a_job_title_cues_no_list_of_towns() -> None:
    text = "Samhällen: Kiruna, Gällivare, Koskullskulle, Vittangi, Kurravaara, Jukkasjärvi."
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Stage manager's note: Dancer Maja Holmberg cancelled after taking zopiclone.",
     "Maja Holmberg"),
    ("Vid repetitionen berättade Dirigent Oskar Wennberg om tabletterna.", "Oskar Wennberg"),
])
def test_a_role_written_as_a_title_stays_outside_the_name(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


def test_an_english_word_in_lower_case_is_no_name_in_an_english_text() -> None:
    text = "The tenant said Camille from the upstairs flat had sold him the pills."
    assert found(text, "PERSON") == ["Camille"]


def test_a_units_letters_after_a_title_are_no_name() -> None:
    text = "Med vänlig hälsning\nKarin Holmström\nAvdelningschef, BUP\nTel 0303-98 00 00"
    assert found(text, "PERSON") == ["Karin Holmström"]


def test_an_inverted_english_verb_is_no_name() -> None:
    text = "The medic asked what she had taken. Said she took half a pill at the bar."
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Provtagare: E. Nordmark Arbetsplats: Hamnen", "E. Nordmark"),
    ("Customer Rami Al-Khatib wrote to the desk about the pills.", "Rami Al-Khatib"),
])
def test_an_initial_or_a_hyphened_name_after_a_role_is_a_person(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


def test_a_role_label_before_a_department_names_no_one() -> None:
    assert found("Kassör: Ekonomi och lön", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Moderator Ville: tråden låses, inga namn på säljare här.", "Ville"),
    ("Moderatorn Bo tog bort inlägget med telefonnumret.", "Bo"),
])
def test_a_forums_moderator_names_someone_even_by_a_word(text: str, name: str) -> None:
    """A moderator's given name may be a word too (`Ville`, `Bo`): the role names a person."""
    assert found(text, "PERSON") == [name]


def test_a_forum_named_after_the_moderator_word_names_no_one() -> None:
    assert found("Forumets moderator svarade att tråden är låst.", "PERSON") == []


@pytest.mark.parametrize("text", [
    "Vi läste Adjö, herr Muffin för barnen i väntrummet.",
    "Städskåpet: Mr Muscle, handskar och en påse med sprutor.",
])
def test_a_title_before_an_everyday_word_names_a_character_or_a_brand(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_signatures_title_line_after_a_closing_stays_a_title() -> None:
    assert found("Kind regards\nHead of Safeguarding\nNorth Trust", "PERSON") == []
