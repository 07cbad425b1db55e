"""Families the holdouts still flag, each beside its look-alikes: a one-word sentence closing
a text, a shop named by its owner's genitive and its trade, a district or island of
Gothenburg and the coast, and a listed organisation's account and its branch."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize("text", [
    "Natten gick bra, två samtal om ketamin och en om GHB, inga larm. Lugnt.",
    "Provet skickat till labbet med morgonposten. Skickat.",
    "Allt inventerat och signerat i pärmen. Färdigt.",
    "Båda överlämnade till ambulansen kl 03.40. Avslutat!",
    "Inga fynd i kväll. Skönt",
    "Provet skickat till labbet. Hejdå",
])
def test_a_word_no_list_holds_with_its_own_full_stop_signs_nothing(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Ring mig om ni vet något, 070-174 06 51. Tarvesh", "Tarvesh"),
    ("Natten gick bra, inga larm.\nMaja", "Maja"),
    ("Provet skickat till labbet. Ingela.", "Ingela"),
])
def test_a_name_closing_the_text_still_signs_it(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Lindas Blommor vid torget har anmält sprutor i rabatten.",
    "Kolla in Hasses Cykel på Storgatan, de lånar ut cyklar.",
    "Beställ remsor via Pers Järn eller direkt från oss.",
    "Butiken Evas Hälsokost har slutat sälja kratom.",
])
def test_a_shop_by_its_owners_genitive_and_trade_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Linda Ståhl på blomsteraffären ringde oss i går.", "Linda Ståhl"),
    ("Hej, det är Karin Fisk här, jag har hittat en påse.", "Karin Fisk"),
])
def test_a_person_beside_a_shop_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Festivalen flyttar till Kviberg i år, tältet står vid entrén.",
    "Färjan till Styrsö var full av ungdomar i natt.",
    "Uppsökarna har varit på Rörö och Knippla under helgen.",
    "Vi har bussen i Rannebergen på tisdag.",
])
def test_a_district_or_island_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Anna Kviberg ringde i går om påsen.", "Anna Kviberg"),
    ("Vi åker vidare till Amir efter stoppet, han väntar.", "Amir"),
    ("Hälsningar från Kristian Öberg på fältgruppen i Bergsjön.", "Kristian Öberg"),
])
def test_a_person_after_the_same_words_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Nordic_Wellness har satt upp lappar om dopning i omklädningsrummet.",
    "Svar från Coop_Kortedala: kameran har inte spelat in något.",
    "Apoteket_Nord: Vi har tyvärr slut på naloxon i butiken.",
])
def test_a_listed_organisations_account_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Svar från kalle_92: jag vet inget om påsen.", "kalle_92"),
    ("Coop_Erik: hej, jag har hittat en spruta.", "Coop_Erik"),
    ("@ketaqueen_sthlm säljer igen.", "@ketaqueen_sthlm"),
])
def test_a_persons_handle_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Larmet gick till Brandstation Annelund kl 22.14, en person utan andning.",
    "Exercise Övning Vega startar i morgon med två båtar.",
    "Räddningsstation Hönö larmades till en båt med en medvetslös man.",
])
def test_an_exercise_or_a_station_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Styrkeledare Camilla Brandt från Brandstation Gunnilse ringde in.", "Camilla Brandt"),
    ("Övningsledaren Petter Norén sammanfattar Övning Nordvind på fredag.", "Petter Norén"),
])
def test_the_people_leading_them_stay(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Kör Anavar och lite Mast E inför sommaren, säger han.",
    "Han körde Winnie i sex veckor och lederna värker.",
])
def test_a_steroids_gym_short_form_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Winnie ringde i går och sa att hon mår bra.", "Winnie"),
    ("Min kollega Winnie har gått ner tio kilo på promenader.", "Winnie"),
])
def test_a_woman_called_winnie_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
