"""A name once found is masked everywhere in the text: alone, in capitals, with a genitive -s.

Each case lists the PERSON findings expected, in order, and phrases that must survive
masking, because there the same word is an adjective, a place or a pill.
"""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

CASES = [
    (
        "a given name that is also a particle (Ben), and the word in small letters",
        "Min kusin Ben Carter tog en. Efteråt sa Ben att han mått illa. Han bröt ett ben.",
        ["Ben Carter", "Ben"], ["bröt ett ben"],
    ),
    (
        "fältassistent, short sentences",
        "Fick kontakt med Dragan Petrović vid stationen. Dragan var orolig. "
        "Petrovićs flickvän hade ringt oss två gånger.",
        ["Dragan Petrović", "Dragan", "Petrovićs"], [],
    ),
    (
        "surname that is also a word (lind)",
        "Klienten heter Hanna Lind. Lind berättade att hon köpt tramadol på nätet. "
        "Hannas mamma vet inget.",
        ["Hanna Lind", "Lind", "Hannas"], ["tramadol"],
    ),
    (
        "capitals later in the text",
        "Anmälaren, Pekka Virtanen, ringde 14.10.\nOBS: VIRTANEN vill inte bli kontaktad igen. "
        "PEKKA sa att han slutat.",
        ["Pekka Virtanen", "VIRTANEN", "PEKKA"], [],
    ),
    (
        "short surname that is a word (ek), genitive at a sentence start",
        "Ärendet rör Bo Ek. Eks bil stod parkerad utanför. Vi såg Bo igen på fredagen.",
        ["Bo Ek", "Eks", "Bo"], [],
    ),
    (
        "a surname that is also a place stays a place after i",
        "Vi mötte Karin Sala på mottagningen. Sala sa att hon flyttat. Hon bor nu i Sala.",
        ["Karin Sala", "Sala"], ["i Sala"],
    ),
    (
        "an adjective at a sentence start is no name",
        "Samtal med Rosa Berg om rökning. Rosa tabletter hittades i väskan. Berg förnekade.",
        ["Rosa Berg", "Berg"], ["Rosa tabletter"],
    ),
    (
        "english voice, lower case later",
        "We spoke to Amir Rahimi at the needle exchange. Later amir came back; "
        "Rahimi's sister was with him.",
        ["Amir Rahimi", "amir", "Rahimi's"], [],
    ),
    (
        "a part of a double-barrelled surname alone",
        "Sjuksköterskan Maria Ek-Lind ringde. Lind sa att flera fått Xanor. Maria återkommer.",
        ["Maria Ek-Lind", "Lind", "Maria"], ["Xanor"],
    ),
    (
        "a verb after a name is no lower-case name",
        "Her friend Siobhan said the pills were blue.", ["Siobhan"], ["said"],
    ),
    (
        "a verb after a name and a comma",
        "The client, a woman called Anneli, said she buys online.", ["Anneli"], ["said"],
    ),
]


@pytest.mark.parametrize(("voice", "text", "persons", "kept"), CASES)
def test_a_name_found_once_is_masked_everywhere(
        voice: str, text: str, persons: list[str], kept: list[str]) -> None:
    findings = scan(text)
    assert [f.text for f in findings if f.type == "PERSON"] == persons, voice
    out = mask(text, findings)
    for phrase in kept:
        assert phrase in out, (voice, phrase, out)


@pytest.mark.parametrize("text, names", [
    ("Påsen låg i Anna Bergs bil.", ["Anna Bergs"]),
    ("Mötet hölls i Christian Michelsens rom.", []),
    ("Försäljning vid Hjalmar Brantingsgatans busshållplats.", []),
    ("Han pluggar på Lunds universitet.", []),
])
def test_genitives_of_people_streets_and_halls(text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


@pytest.mark.parametrize("text, names", [
    ("Lookout: Ahmed Jama. A man crossed the tracks. Jama blew the horn.",
     ["Ahmed Jama", "Jama"]),
    ("Vakt: Ahmed Jama. Katten låg i korgen. Jama sa katten hela natten.",
     ["Ahmed Jama", "Jama"]),
    ("Vakt: Ahmed Jama. Katterna började jama vid fyra.", ["Ahmed Jama"]),
])
def test_a_surname_that_is_a_word_repeats_before_a_strong_past(
        text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names
