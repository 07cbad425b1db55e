"""Home addresses written the way other countries and hurried keyboards write them, beside
streets and squares named in passing, which stay."""

from __future__ import annotations

import pytest

from .kit import found

HOMES = [
    ("Danish, the street's definite form", "Adresse: Strandvejen 211, 2900 Hellerup",
     "Strandvejen 211, 2900 Hellerup"),
    ("Norwegian, the street's definite form", "Han bor i Kirkeveien 14, 0368 Oslo.",
     "Kirkeveien 14, 0368 Oslo"),
    ("a directed street typed without ö", "Han bor på Ostra Promenaden 7, Norrkoping.",
     "Ostra Promenaden 7, Norrkoping"),
    ("a directed promenade", "Mamman bor på Västra Esplanaden 12 i Umeå.", "Västra Esplanaden 12"),
    ("Polish, `ul.` and a flat", "Mieszka przy ul. Długa 5 m. 3 w Gdańsku.", "ul. Długa 5 m. 3"),
    ("Polish, a two-word street", "adres: ul. Nowy Świat 41/7, Warszawa",
     "ul. Nowy Świat 41/7, Warszawa"),
    ("French, the number first", "Elle habite 12 rue Victor Hugo, Lyon.", "12 rue Victor Hugo"),
    ("French in a Swedish sentence", "Dottern bor på Rue de la Paix 12 i Paris.",
     "Rue de la Paix 12"),
    ("Spanish", "Vive en Calle Mayor 14, Madrid.", "Calle Mayor 14, Madrid"),
    ("Spanish with `C/`", "Domicilio: C/ Sierpes 8, Sevilla", "C/ Sierpes 8"),
    ("Italian", "Abita in Via Roma 12, Torino.", "Via Roma 12, Torino"),
]


@pytest.mark.parametrize(("voice", "text", "address"), HOMES)
def test_homes_abroad_and_typed_in_haste(voice: str, text: str, address: str) -> None:
    assert address in found(text, "ADDRESS"), voice


PASSING = [
    ("a French street without a number", "Vi gick längs rue de Rivoli i regnet."),
    ("a Polish street without a number", "Festiwal na ul. Piotrkowskiej był pełen ludzi."),
    ("a Spanish street without a number", "La fiesta en Calle Mayor terminó tarde."),
    ("a promenade without a number", "Vi delade ut naloxon längs Östra Promenaden."),
]


@pytest.mark.parametrize(("voice", "text"), PASSING)
def test_streets_named_in_passing_stay(voice: str, text: str) -> None:
    assert found(text, "ADDRESS") == [], voice
