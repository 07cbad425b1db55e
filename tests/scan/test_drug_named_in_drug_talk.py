"""People named like a drug's street name (Molly, Mandy, Charlie, Jack) beside drug talk: a
seller after the drug bought (`köpte kokain av Charlie`), one with her own kin (`Mandy och
hennes kille`), one who speaks (`Jack sa till mig`, `Mary Jane ringde`). The same words as
the drugs bought, taken, smelt or mixed stay unmasked."""

from __future__ import annotations

import pytest

from .kit import found

SIDE_BY_SIDE = [
    ("the seller after the drug bought",
     "Jag köpte kokain av Charlie i fredags.", "Charlie",
     "Han köpte Charlie av en kille på stan."),
    ("a person with her own kin",
     "Mandy och hennes kille säljer gräs.", "Mandy",
     "Mandy och alkohol är en farlig kombination."),
    ("a street name of two given names that speaks",
     "Mary Jane ringde och frågade om subutex.", "Mary Jane",
     "Det luktade Mary Jane i hela trapphuset."),
    ("a given name that speaks",
     "Jack sa till mig att kokainet kom från Spanien.", "Jack",
     "Mest såld är Jack Herer och Amnesia."),
]


@pytest.mark.parametrize(("what", "person", "name", "drug"), SIDE_BY_SIDE)
def test_the_person_is_masked_and_the_drug_stays(
        what: str, person: str, name: str, drug: str) -> None:
    assert name in found(person, "PERSON"), what
    assert found(drug, "PERSON") == [], what
