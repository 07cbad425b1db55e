"""Drug, medicine and pill-print names in the frames warnings and forums put them in
(headlines, genitives, capitals, after `heter`, after the pronoun `man`) stay unmasked; the
people who carry such names stay masked where the text marks them as people."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the person's name)
SIDE_BY_SIDE = [
    ("a headline with its small words capitalised",
     "Polisen Varnar För Tina Och Alkohol\n\nFlera unga har vårdats i helgen.",
     "Intervju Med Tina Lindqvist Om Kokain\n\nHon berättar om sina år på gatan.",
     "Tina Lindqvist"),
    ("a headline with a medicine",
     "Nytt Om Xanax I Skåne\n\nFler falska tabletter har hittats.",
     "Samtal Med Vera Lindqvist Om Xanax Och Sömn\n\nHon har haft svårt att sova.",
     "Vera Lindqvist"),
    ("a headline naming the drug first",
     "Molly Sprids Bland Unga I Malmö\n\nFältassistenterna larmar.",
     "Anteckningar Från Mötet Med Molly Lindqvist\n\nHon kom i tid.",
     "Molly Lindqvist"),
    ("a genitive: a drug's effect, a person's mother",
     "Tinas effekt satt i hela natten.",
     "Tinas mamma ringde i morse och var orolig.",
     "Tinas"),
    ("a genitive in English",
     "Molly's effect lasted for hours.",
     "Molly's mum called the helpline.",
     "Molly's"),
    ("a medicine named, and a doctor",
     "Hans medicin heter Sobril och han tar den varje kväll.",
     "Hans läkare heter Erik och jobbar på vårdcentralen.",
     "Erik"),
    ("a drug's letter taken, and a person taken to hospital",
     "De hade tagit H. En av dem var medvetslös när ambulansen kom.",
     "Han tog H. Berg till akuten vid midnatt.",
     "H. Berg"),
    ("the pronoun man, and a husband",
     "Blandar man Molly med alkohol kan man sluta andas.",
     "Hennes man Charlie ringde och var orolig.",
     "Charlie"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_drug_stays_person_is_masked(frame: str, drug: str, person: str, name: str) -> None:
    assert found(drug, "PERSON") == [], frame
    assert any(name in f for f in found(person, "PERSON")), frame


DRUGS = [
    ("a multi-word print in the genitive", "Walter Whites logga syns på pillret."),
    ("a strain in the genitive", "Jack Herers doft känns i hela trapphuset."),
    ("a print's name in the English genitive", "Walter White's logo is on the pill."),
    ("a street name of two words in the genitive", "Mary Janes effekt kom snabbt."),
    ("a print's name in capitals", "VARNING: TONY MONTANA I OMLOPP I STOCKHOLM"),
    ("a listed drug after heter", "Pillret heter K2 och är rosa."),
    ("a pressed pill's code after heter", "Tabletten heter M30 och är blå."),
    ("a club night named after the drug", 'Klubbnatten "Tinas Hus" har stängt.'),
    ("a two-word heading", "Fakta Om Molly\n\nHär är vad du behöver veta."),
    ("an English genitive of a hyphenated substance", "Alfa-PVP's effects last for hours."),
    ("a street name glued to a bag, in lower case", "Pulvret ur zaza-påsen var rosa."),
    ("a Swedish brand of an antipsychotic after heter", "Medicinen heter Truxal."),
    ("a street name after heter, said of a medicine", "Medicinen heter Tina på gatan."),
    ("a synthetic cannabinoid by its stem", "Provet innehöll 5F-EDMB-BUTINACA."),
    ("handed round, quoted", 'En man i zon B delade ut "Bettan" och sa att det var ofarligt.'),
    ("offered, quoted", 'Han bjöd på "Lulu" hela kvällen.'),
    ("taken, in Danish", 'Han faldt i havnen efter at have taget "Lulu".'),
    ("taken, in Norwegian", 'Hun hadde tatt "Bettan" før konserten.'),
]


@pytest.mark.parametrize(("frame", "text"), DRUGS)
def test_drug_names_in_their_frames_stay(frame: str, text: str) -> None:
    assert found(text, "PERSON") == [], frame


PEOPLE = [
    ("a full name after a role", "En stamkund, Charlie Kron, varnade mig.", "Charlie Kron"),
    ("a user name after heter", "Han heter kungen420 på Snapchat.", "kungen420"),
    ("a full name in capitals after a label", "PATIENT: LISA BERG", "LISA BERG"),
    ("a person's genitive", "Annas mamma ringde i morse.", "Annas"),
    ("a double given name in the English genitive", "Anna-Karin's mum called.",
     "Anna-Karin's"),
    ("a name after a capitalised link word", "Prata Med Erik", "Erik"),
    ("a double given name in lower case", "hon träffade anna-karin igår", "anna-karin"),
]


@pytest.mark.parametrize(("frame", "text", "name"), PEOPLE)
def test_people_beside_those_rules_stay_masked(frame: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), frame
