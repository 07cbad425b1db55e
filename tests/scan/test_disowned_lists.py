"""A list whose label says its items are no people: every name in it stays unmasked."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Spel som ser ut som namn (för undantagslistan): Lady Luck, Elvis Frog, Mr Green. "
     "Listan gjord av Wilma Kvist.", ["Wilma Kvist"]),
    ("Namn i sortimentet som INTE är personer: Viktor Vinter, Greta Grön och Bosse Blå.", []),
    ("Brands that are people's names:\nHugo Boss\nTommy Hilfiger\n\nAsk Sara Lind.",
     ["Sara Lind"]),
    ("Names on the menu that are not people: Lady Grey, Earl Benson.", []),
])
def test_a_label_denying_people_clears_its_list(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    # a denial of another kind, or one inside an aside closing before the colon
    ("Följande är spelare, inte anställda: Lars Nordin, Freja Ek.", ["Lars Nordin", "Freja Ek"]),
    ("Exempel (vi frågar om mönster, inte personer – stryk det om ni vill): insättning från "
     "Roine Hammar.", ["Roine Hammar"]),
    ("Kunder som ringt: Harald Bergström, Sally Nilsson.", ["Harald Bergström", "Sally Nilsson"]),
])
def test_people_in_other_lists_stay_found(text: str, names: list[str]) -> None:
    assert set(names) <= set(found(text, "PERSON")), found(text, "PERSON")
