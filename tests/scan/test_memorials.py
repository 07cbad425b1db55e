"""Death notices and funerals: churches, tunes, funeral firms, memorial funds, gift numbers
and references named or numbered like people stay readable; the dead and the mourners, and a
name's apostrophe genitive, are masked."""

from __future__ import annotations

import pytest

from .kit import flagged, found, pnr


@pytest.mark.parametrize("text, thing", [
    ("Predikan (begravning Mikaela Sandström, Katarina kyrka) skrivs i helgen.", "Katarina"),
    ("- 8/12 Birgit Olofsson, 25 pers, Sofia församlingshem.", "Sofia"),
    ("Minnesstund i Adolf Fredriks församlingssal efter akten.", "Adolf Fredriks"),
    ("Urnan sätts ned vid Sankt Mikaels kapell i vår.", "Mikaels"),
    ("Solisten sjunger Gabriellas sång efter minnesorden.", "Gabriellas"),
    ("Orgeln spelar Idas sommarvisa när kistan bärs ut.", "Idas"),
    ("Kroppen hämtas av Berndt Melins Begravningsbyrå i morgon.", "Berndt Melins"),
    ("Vi har anlitat Stilla Begravningar för akten.", "Stilla"),
    ("The arrangements are by William Purves Funeral Directors, Edinburgh.", "William Purves"),
    ("Årets stipendium ur Maja Lundgrens stipendiefond går till en musiker.", "Maja"),
    ("Obs: anhöriga önskar tvagning, kontakt via Fonus.", "Fonus"),
    ("Gravplats: kvarteret Sofia nr 114, Norra kyrkogården.", "Sofia"),
])
def test_a_church_tune_firm_or_fund_named_after_someone_is_no_person(
        text: str, thing: str) -> None:
    assert not any(word in name for name in found(text, "PERSON") for word in thing.split())


@pytest.mark.parametrize("text, name", [
    ("Insamling till Noels begravning, han dog i november.", "Noels"),
    ("Ring Mikaela Sandström, Sofia och Erik om kaffet.", "Sofia"),
    ("Vi tänder ett ljus för Andreas' skull i kväll.", "Andreas'"),
    ("Tobias' mamma vill att låten spelas i kyrkan.", "Tobias'"),
])
def test_the_dead_and_their_own_stay_masked(text: str, name: str) -> None:
    assert any(name in f for f in found(text, "PERSON")), found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "För Jesus' skull, sa prästen vid graven.",
    "She was treated at St Thomas' Hospital in London.",
])
def test_a_holy_name_or_a_saints_place_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "Swisha handpenningen till vårt företagsnummer 123 318 44 70.",
    "Vår insamling går till Elias ljus, Swish 123 905 33 41.",
    "Swish 123 900 34 76, märk gåvan med hennes namn.",
    "Minnesgåvor till Föräldraföreningen mot narkotika, Swish 123 517 46 02.",
])
def test_a_swish_number_for_memorial_gifts_is_the_organisations(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == [], flagged(text)


def test_a_sellers_swish_is_still_his() -> None:
    assert found("Hon köpte av Bosse och betalade via 123 625 59 76.", "BANK_ACCOUNT")


@pytest.mark.parametrize("ref", ["PS-20261114-2217", "BF-20261203-0412"])
def test_a_reference_glued_to_a_date_is_no_personnummer(ref: str) -> None:
    assert found(f"Ärendet har referens {ref} hos polisen.", "ID_NUMBER") == []


def test_a_personnummer_after_a_codes_prefix_or_a_cue_is_still_found() -> None:
    number = pnr("630814", century="19")
    assert found(f"Kunden KUND-{number} är hans.", "ID_NUMBER") == [number]
    assert found(f"PNR-{pnr('200814', century='20')}", "ID_NUMBER")


@pytest.mark.parametrize("text, name", [
    ("Texten blir: ROLF SANDVIK 1958–2026 och under den en ros.", "ROLF SANDVIK"),
    ("Texten på stenen blir Kerstin Almqvist, i guld.", "Kerstin Almqvist"),
])
def test_a_name_engraved_on_a_headstone_is_someones(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_name_printed_on_a_pill_is_still_no_one() -> None:
    assert found("Pillren hade texten Donald Trump på ena sidan.", "PERSON") == []
