"""Names listed under a word for their kind (jumps, stars, drinks, varieties, animals) are
things; people listed beside such words are still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Hoppen Axel, Salchow, Rittberger och Lutz tränas inte förrän vi pratat med föräldrarna.",
    "Stjärnbilder: Orion, Kassiopeja, Andromeda, Herkules. Kometen Hale-Bopp syntes också.",
    "Drinkar: Tom Collins, Bloody Mary, Harvey Wallbanger.",
    "Humlesorter i lager: Cascade, Saaz, Citra, Hallertauer.",
    "Djuren som fanns kvar, hundarna Herr Nilsson och Fröken Doris, har omplacerats.",
    "Duvorna Blixten, Fru Kerstin och Herr Svensson kom hem från Hannover.",
    "Pudeln Fröken Fiffi och Taxen Herr Bengtsson trimmades i dag.",
    "The vet said my dog Lord Nelson is fine.",
    "Stormen Gudrun fällde träden, och efter stormen Ivar var vägen stängd.",
    "Hurricane Katrina and Typhoon Haiyan closed the ports.",
    "Vi säljer äpplen av sorterna Ingrid Marie och Aroma.",
    "Påsarna låg gömda i byrån Malm och bakom soffan Klippan.",
    "Hej alla lärare på Dansstudion Piruett och Modelljärnvägsklubben Rälsen!",
    "Båtnamnen Vilja, Frej och Stina Maria står på skrovens akter.",
    "Dieterna vi avråder från: Atkins, Dukan, South Beach, Paleo och LCHF.",
])
def test_names_under_their_kind_are_things(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("At our plant a sorter, Ana Popescu, got a needlestick.", ["Ana Popescu"]),
    ("We found the drinks Sara Lindholm brought to the party.", ["Sara Lindholm"]),
    ("Hundarna rastas av: Anna Berg och Erik Lind.", ["Anna Berg", "Erik Lind"]),
    ("Hästarna och deras ägare: Lisa Holm och Per Ek.", ["Lisa Holm", "Per Ek"]),
    ("Roller: kassa Anna Berg, bar Erik Lind.", ["Anna Berg", "Erik Lind"]),
    ("Cat Stevens sjöng i går.", ["Cat Stevens"]),
    ("Smeknamnen Frej och Vilja användes i chatten.", ["Frej", "Vilja"]),
    ("Kvällens pass: Anna Berg och Erik Lind.", ["Anna Berg", "Erik Lind"]),
    ("Dieter Müller ringde om sin son.", ["Dieter Müller"]),
])
def test_people_beside_a_kind_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, people", [
    ("Jag går med min hund Sigge varje morgon. Sigge nosade på sprutan. /Agneta", ["Agneta"]),
    ("Pudeln Fröken Fiffi trimmades. Ägaren till Fiffi, Marianne Åkesson, ringde.",
     ["Marianne Åkesson"]),
    ("Hunden Bella sprang bort. Bella Lind hittade henne.", ["Bella Lind"]),
    # a name ending in s of its own, and a genitive of the pet's
    ("Hennes katt heter Doris och hon glömde mata henne.", []),
    ("Lives alone, a cat called Iris. Iris sleeps on the bed.", []),
    ("Min hund Sigge skäller. Sigges skål stod tom.", []),
    ("Client: Harald Jonsson, 88. Lives alone, cat named Majken.", ["Harald Jonsson"]),
])
def test_a_pets_name_is_no_one_elsewhere_in_the_text(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people


def test_a_definite_noun_beside_a_name_is_no_name() -> None:
    text = "Hon vill prata om grejen med Leyla och Tramadolen hon fick, och om Kyrkan och Erik."
    assert found(text, "PERSON") == ["Leyla", "Erik"]
