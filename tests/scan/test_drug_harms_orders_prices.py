"""Given names common here that are also street names (Emma, Jack, Henry, Kat) are the drug
where the text overdoses on them, withdraws or detoxes from them, orders them through a
channel, gets them from a seller or prices them by the gram (drugharms.py); a listed street
name with a bare age after it (`Molly 17 år`) is a girl (drugpeople.py). Each drug sentence
stands beside a person sentence of the same name and nearly the same words."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the name)
SIDE_BY_SIDE = [
    ("an overdose right before it",
     "Ambulans: misstänkt överdos Henry, andas sex gånger i minuten.",
     "Ambulans: misstänkt överdos, Henry 34 år, andas sex gånger i minuten.", "Henry"),
    ("overdosed on it",
     "Han OD:ade på Jack i trapphuset.",
     "Han väntade på Jack i trapphuset.", "Jack"),
    ("withdrawal from it",
     "Abstinensen från Emma var värst dag tre.",
     "Saknaden efter Emma var värst dag tre.", "Emma"),
    ("a detox from it",
     "Jag ska avgifta mig från Henry på beroendemottagningen.",
     "Jag ska skiljas från Henry efter sommaren.", "Henry"),
    ("ordered through a channel",
     "Han beställde Jack via Telegram.",
     "Han beställde Jack en taxi hem.", "Jack"),
    ("ordered online, in English",
     "we ordered Kat online and it came in the post",
     "the officer ordered Kat to leave the bar", "Kat"),
    ("got from a seller",
     "Hon hade fått Emma av en kille på bussen.",
     "Hon hade fått Emma att ringa från bussen.", "Emma"),
    ("some of it off a seller, in English",
     "bought some Henry off a guy in the park",
     "met Henry and a guy in the park", "Henry"),
    ("priced by the gram",
     "Lappen: Henry 350 kr/g, leverans i hela Malmö.",
     "Skulder: Henry 350 kr, Emma 200 kr.", "Henry"),
    ("priced by the pill",
     "Annonsen: Emma 200 kr per kapsel.",
     "Medlemsavgift: Emma 200 kr per år.", "Emma"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_overdosed_ordered_or_priced_is_a_drug(frame: str, drug: str, person: str,
                                               name: str) -> None:
    assert name not in found(drug, "PERSON"), frame
    assert name in found(person, "PERSON"), frame


def test_a_temp_ordered_through_an_agency_stays_someone() -> None:
    """A channel with an article after it is a firm, not an app: a temp is ordered so."""
    text = "Skolan beställde Emma via en bemanningsfirma som vikarie."
    assert "Emma" in found(text, "PERSON")


def test_a_street_name_with_a_bare_age_is_a_girl() -> None:
    """`Molly 17 år` gives an age as `Molly, 17 år,` does; years of smoking it do not."""
    assert "Molly" in found("Molly 17 år kom in till tältet med käkspänningar.", "PERSON")
    assert "Tina" not in found("Han har rökt Tina 10 år nu.", "PERSON")


# (what the frame is, a drug sentence, a person sentence, the name)
USED_NOW = [
    ("smoked now, its subject before the verb",
     "Grannen säger att han röker Henry på balkongen varje kväll.",
     "Grannen säger att nu röker Henry på balkongen varje kväll.", "Henry"),
    ("bought, the clause ending after it",
     "De reste till Köpenhamn för att köpa Emma.",
     "De reste till Köpenhamn för att hämta Emma.", "Emma"),
    ("bought, something bought for the person after it",
     "Hon köper Jack varje helg av samma kille.",
     "Hon köper Jack glass varje helg.", "Jack"),
    ("never to be taken",
     "Ta aldrig Henry om du äter antidepressiva.",
     "Ta aldrig Henry på allvar när han skojar.", "Henry"),
    ("put in a drink",
     "Någon hade lagt Emma i drinken på festen.",
     "Någon hade knuffat Emma i trappan på festen.", "Emma"),
    ("on offer",
     "Henry finns att köpa bakom stationen.",
     "Henry finns att nå på mejl hela veckan.", "Henry"),
    ("weighed against alcohol",
     "Emma är farligare än alkohol, tror många unga.",
     "Emma är snällare än sin bror, tror många.", "Emma"),
    ("a night on it",
     "Efter en natt på Henry kunde hon inte sova.",
     "En natt på Henrys soffa blev till en vecka.", "Henrys"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), USED_NOW)
def test_used_or_sought_now_is_a_drug(frame: str, drug: str, person: str, name: str) -> None:
    assert not any(f.startswith(name[:5]) for f in found(drug, "PERSON")), frame
    assert name in found(person, "PERSON"), frame


# (what the frame is, a drug sentence, a person sentence, the name)
SICK_BOUGHT_OFFERED = [
    ("a harm after it",
     "Andningsuppehåll efter Henry på festen, naloxon gavs.",
     "Hon kräktes efter Henry kom hem från festen.", "Henry"),
    ("bought, as a participle right after it",
     "Tre gram Emma köpt i Rosengård låg i handskfacket.",
     "Emma köpte en jacka i Rosengård.", "Emma"),
    ("offered in the passive",
     "Flera tjejer blev erbjudna Emma på toaletten.",
     "Hon erbjöds Emma som kontaktperson på socialtjänsten.", "Emma"),
    ("offered in the passive, in English",
     "She was offered Jack outside the club and said no.",
     "She was offered Jack as a mentor in her first year.", "Jack"),
    ("a quoted given name ending a list of drugs",
     'Klienten uppger intag av Sobril samt "Henry".',
     'Vi pratade med Erik och "Henry" om festen.', "Henry"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SICK_BOUGHT_OFFERED)
def test_sick_after_bought_or_offered_is_a_drug(frame: str, drug: str, person: str,
                                                name: str) -> None:
    assert name not in found(drug, "PERSON"), frame
    assert name in found(person, "PERSON"), frame


def test_a_gym_cycles_drug_is_no_one() -> None:
    """Pinned, run at a dose or part of a course: a drug; driven some miles, a person."""
    for text, name in (("Igår pinnade jag Winnie i axeln.", "Winnie"),
                       ("Han kör Henry 50 mg om dagen inför tävlingen.", "Henry"),
                       ("Min första kur med Emma och test gav mig akne.", "Emma")):
        assert name not in found(text, "PERSON"), text
    assert "Emma" in found("Han kör Emma 10 mil till tävlingen varje lördag.", "PERSON")


def test_a_listed_street_name_met_visited_or_turning_years_is_someone() -> None:
    """A drug is never met, visited nor has a birthday; a drug talked of stays one."""
    for text, name in (("Vi träffade Molly på stan i går.", "Molly"),
                       ("Jag besökte Tina på sjukhuset.", "Tina"),
                       ("Charlie fyller år idag.", "Charlie")):
        assert name in found(text, "PERSON"), text
    assert "Molly" not in found("Hon köpte Molly på festivalen.", "PERSON")


def test_asked_for_by_the_amount_is_a_drug() -> None:
    """`got any Henry?` asks for the drug; `know any Bengt`, `any Emma in your class` ask for
    no one's drug."""
    assert "Henry" not in found("anyone got any Henry? paying cash", "PERSON")
    assert "Emma" in found("Have you got any Emma in your class this year?", "PERSON")
