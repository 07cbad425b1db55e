"""Sellers named by what they do, user names after a naming cue, and a parcel's recipient
after a label: each masked, while a drug, pill, shop or brand in the same place is not."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("bought from a quoted nickname", 'Han har köpt grejer av "Snickarn" vid torget.',
     ["Snickarn"]),
    ("warning not to buy from someone", 'Köp inte av "Lill-Ronny", han blandar ut.',
     ["Lill-Ronny"]),
    ("quoted nickname that sells", 'Folk säger att "Pudeln" säljer Subutex i parken.',
     ["Pudeln"]),
    ("English, bought off", 'She bought off "Gizmo" behind the club.', ["Gizmo"]),
    ("user name after goes by", "a regular who goes by KattisQ88 pays by Swish", ["KattisQ88"]),
    ("user name after kallar sig", "en kille som kallar sig Snöret_07 på Telegram",
     ["Snöret_07"]),
    ("recipient after a label", "Kartong märkt kaffe, till Tuva Lindfors, Sveavägen 4.",
     ["Tuva Lindfors"]),
]

KEPT = [
    ("a pill bought", 'Köp inte av "Tesla", de är för starka.', ["Tesla"]),
    ("a webshop selling", 'Webbshopen "KemNordic" säljer 3-MMC.', ["KemNordic"]),
    ("a drug's name with digits after a cue", "pillren kallas MDMA2000 på gatan", ["MDMA2000"]),
    ("a name printed on a pill", "tabletter märkta Kalle Anka", ["Kalle Anka"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_name_is_found(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), KEPT)
def test_thing_in_the_same_place_is_kept(voice: str, text: str, kept: list[str]) -> None:
    masked = mask(text, scan(text))
    for word in kept:
        assert word in masked, voice
