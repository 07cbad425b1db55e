"""One name-like word right after a preposition of place (`på`, `vid`, `i`, `bakom`, `at`) is
where something happens: a bar, a stage, a shop, a district (`bartender på Babel`, `tältet vid
Apollo`). A person there is named in full or in the genitive (`på Noahs fest`, `at Anna's`),
and people around such a place stay masked."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

PLACES = [
    ("a bar", "Jag jobbar som bartender på Kolgården och såg allt.", "Kolgården"),
    ("a stage", "Sjukvårdstältet står vid Apollo, bakom scenen.", "Apollo"),
    ("a restaurant", "Efter matchen åt vi på Sturehof och tog bussen hem.", "Sturehof"),
    ("a district", "Bilen hittades på Teleborg i natt.", "Teleborg"),
    ("a hotel bar", "The guest collapsed at Aurora after midnight.", "Aurora"),
    ("behind a stall", "Han föll ihop bakom Buffén vid tolvtiden.", "Buffén"),
]


@pytest.mark.parametrize(("what", "text", "place"), PLACES)
def test_one_word_after_a_preposition_of_place_is_no_one(what: str, text: str,
                                                          place: str) -> None:
    assert place in mask(text, scan(text)), what


PEOPLE = [
    ("a genitive", "Vi hittade påsen på Noahs fest i lördags.", "Noahs"),
    ("a genitive in a room", "Jag hittade i Vilmers rum en liten påse.", "Vilmers"),
    ("an English genitive", "We met at Anna's party last night.", "Anna"),
    ("a full name", "Receptet var utskrivet på Annika Granlund.", "Annika Granlund"),
    ("a person beside the bar", "Bartendern Lina Holm jobbade på Ronja den kvällen.",
     "Lina Holm"),
    ("a person named before", "Ring Ronja Berg i kväll.", "Ronja Berg"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_beside_a_place_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what


@pytest.mark.parametrize(("text", "person"), [
    ("Vi väntade på Elin i en timme utanför.", "Elin"),
    ("She yelled at Tom before the ambulance came.", "Tom"),
])
def test_a_verb_that_takes_someone_before_the_preposition(text: str, person: str) -> None:
    assert person not in mask(text, scan(text))


def test_a_common_given_name_after_pa_stays_someone() -> None:
    assert "Maria" not in mask("Vi hälsade på Maria i går.", scan("Vi hälsade på Maria i går."))
