"""PLATE: Swedish registration numbers, with or without a cue."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Bilen ABC 123 stod utanför.", "ABC 123"),
        ("En vit Golf, ABC12D, sågs.", "ABC12D"),
        ("regnr xyz 987 enligt vittnet", "xyz 987"),
        ("Mopeden (reg.nr klm45p) var stulen.", "klm45p"),
        ("Registreringsnummer DXW 89C.", "DXW 89C"),
    ],
)
def test_plates(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Tabletterna innehöll THC 200 mg och LSD 100 µg.",
        "Enligt SFS 2010:800 och LVM 12 §.",
        "HAN HAR 200 KR OCH SOM 123 ANDRA.",
        "Han tog abc 123 gånger, sa han.",  # lower case without a cue
        "Lägenhet LGH 1102 och BOX 123.",
        "Priset var 300 kr per gram i Mora.",
    ],
)
def test_abbreviations_units_and_words_are_not_plates(text: str) -> None:
    assert found(text, "PLATE") == []
