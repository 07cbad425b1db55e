"""Staff initials signing a log or a table's row, a surname in capitals and its initial after
a case's number, and the other speakers of a chat beside one found: masked. Units, offices,
a form's fields, a price list's drugs and a plan's letter in the same places stay."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("a doer's label", "Larmet återställdes 04.12.\nÅterställt av: VB, jourtekniker", "VB"),
    ("an English doer", "Fridge log checked.\nVerified by: DW", "DW"),
    ("a role's label", "Ärende 14, sprutfynd\nAnsvarig: K-L", "K-L"),
    ("a signer column", "Rum  Åtgärd  Signum\n12  tömt kanylburk  FH\n14  bytt lakan  FH", "FH"),
    ("a register's rows", "Lista v.2\nA-26-301 TREMBLAY C – väntar\nA-26-302 LUNDQUIST P – klar",
     "TREMBLAY C"),
    ("a listed surname alone", "Säng 7: HAGSTRÖM B – abstinens", "HAGSTRÖM B"),
    ("a chat's initials", "Vera: har ni kollat dörren?\nT-O: ja, låst\nVera: toppen", "T-O"),
    ("a chat's name and initial",
     "Ulrika: ringer du vakten?\nSamira K: gör det nu\nUlrika: tack", "Samira K"),
    ("a chat's handle", "Linnea: var är du?\ntompa_92: vid kiosken\nLinnea: kommer", "tompa_92"),
    ("a surname signing", "Väskan hämtad 04:20.\nKvittens: Örtengren.", "Örtengren"),
]


@pytest.mark.parametrize(("voice", "text", "person"), PEOPLE)
def test_the_signer_or_speaker_is_masked(voice: str, text: str, person: str) -> None:
    assert person in found(text, "PERSON"), voice


STAYS = [
    ("an office after a doer", "Avvikelsen skickades.\nHanterat av: HR", "HR"),
    ("an agency after a doer", "Beslaget analyserat av: NFC i Linköping", "NFC"),
    ("a unit column", "Rum  Åtgärd  Enhet\n12  tömt kanylburk  ST\n14  bytt lakan  KG", "ST"),
    ("a plan's letter", "A-26-301 PLAN B – väntar", "PLAN B"),
    ("a drug's letter", "A-26-302 FENTANYL X – analys", "FENTANYL X"),
    ("a lone word in capitals", "rum 4 TRAPPA C, vänster", "TRAPPA C"),
    ("a form's field in a chat", "Vera: listan\nTid: i kväll\nVera: ok", "Tid"),
    ("a price list", "Vera: priser\nMolly: 300\nTina: 450", "Molly"),
    ("a drug opening a line", "Vera: vad tog han?\nKetamin: enligt kompisen\nVera: ok", "Ketamin"),
    ("a desk signing", "Väskan hämtad 04:20.\nKvittens: Kassan.", "Kassan"),
    ("a cause after a doer", "Dödsfallet orsakat av: Blandintox.", "Blandintox"),
    ("a rank before a name", "Reported by: PC Hamish Boyd", "PC"),
]


@pytest.mark.parametrize(("voice", "text", "word"), STAYS)
def test_the_word_stays(voice: str, text: str, word: str) -> None:
    assert not any(word in f or f in word for f in found(text, "PERSON")), voice
