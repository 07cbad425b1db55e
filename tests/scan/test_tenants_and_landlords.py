"""Housing reports: tenants named on doors, by their flat, by their role or a town's name as a
surname are found; housing companies and the flat's state are no one. (A courtesy title alone
is no cue: `Herr Nilsson` and `Madame Tussauds` name a monkey and a museum.)"""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a town that no list holds as a surname, after a given name
        ("Hyresgästen Lisbet Ryd svarade inte när vi ringde på.", "Lisbet Ryd"),
        ("Vi träffade Göran Tranås i tvättstugan vid tiotiden.", "Göran Tranås"),
        ("Kontraktet står på Per-Erik Ryd sedan 2019.", "Per-Erik Ryd"),
        # tenants and lodgers named by their role
        ("The lodger Oksana says the landlord's son sells pills.", "Oksana"),
        ("Inneboende Sirpa har bott där sedan mars.", "Sirpa"),
        # the surnames on a door's plate, joined by a slash
        ("Kanylerna låg vid dörren där det står Ek / Wróbel. Jag tog dem.", "Wróbel"),
        # a tenant in brackets after the flat's number
        ("9/12 Valsen 4 lgh 1301 (Tell) 2 h städning", "Tell"),
        ("Stop 3: Garvaregatan 2, flat 0402 (Bäck), needles in the sink", "Bäck"),
        # an apposition after a relation's word is no item of a drug list
        ("The hallway smells of cannabis and your daughter, Linnea, was scared.", "Linnea"),
        # a surname after `hos` is a home visited, not a firm
        ("Vi kunde inte gå in hos Lindqvist i dag, dottern var borta.", "Lindqvist"),
    ],
)
def test_the_tenant_is_found(text: str, person: str) -> None:
    assert person in " ".join(found(text, "PERSON"))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Fastighetsägare: Uppsalahem. Kontakt: Maj Östlund.", "Uppsalahem"),
        ("Sökande: Sundsvallshem\nMotpart: Bo Lind", "Sundsvallshem"),
        ("Hyresvärd: Familjebostäder. Jourtelefon finns i porten.", "Familjebostäder"),
        ("9/12 Valsen 4 lgh 1302 (Vakant) 1 h", "Vakant"),
        ("Lisbet åkte till Ryd i går.", "Ryd"),
        ("DAN Europe kontaktades om dykolyckan.", "Europe"),
        ("Prov togs hos Avonova i fredags.", "Avonova"),
        ("Givet under natten: Oxascand, Morfin, Naloxon till pojken, Finnegan. Journal förd.",
         "Finnegan"),
    ],
)
def test_no_one_is_named(text: str, thing: str) -> None:
    assert not [p for p in found(text, "PERSON") if thing in p]
