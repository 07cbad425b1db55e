"""Street names a text explains as drugs stay unmasked; people glossed by a role stay names."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("family", "drug", "person"), [
    ("a glossary's arrow and bracket",
     '"Tina" → Tina (metamfetamin)\n"Henry" → Henry (en åttondels uns)',
     "Klienten Tina (34) berättade om festen. Sjuksköterskan Henry (nattpass) ringde."),
    ("a slash list before an equals sign",
     "Molly / E / emma = ecstasy",
     "Kontakt: Erik = langaren i Hökarängen."),
    ("a definition by a drug's own name",
     'Kolla journalen: "Meto" brukar vara metoprolol.',
     "Anna är kokainmissbrukare sedan länge."),
    ("a drug, then the same as",
     'Är metonitazen samma som "Meto"?',
     'Är Rasmus samma som "Meto"?'),
    ("a clipped name listed with its drug",
     'Sök i arkivet på "Palle" och "Palexia".',
     'Han ringde "Palle" och Pamela.'),
    ("a listed street name glossed by a substance in brackets",
     "Gina (GHB) säljs billigt i Malmö.",
     "Rådgivaren Gina (GHB-mottagningen) svarar i telefon."),
])
def test_a_glossed_street_name_stays_and_a_person_is_masked(
        family: str, drug: str, person: str) -> None:
    assert persons(drug) == [], family
    assert persons(person) != [], family


def test_a_contact_saved_under_a_street_name_and_a_trade() -> None:
    text = 'Telefonen (tillhör Sebastian Kaya) hade kontakten "Gina leverans" = GHB-säljare.'
    assert persons(text) == ["Sebastian Kaya"]
