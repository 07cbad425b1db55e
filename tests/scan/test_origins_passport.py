"""Names as passports and English text spell them, and origins the lists lacked.

Ukrainian and Russian names reach us in passport spelling (Dmytro, not Dmitro), newer
arrivals from Afghanistan and the Philippines by their own names; a drug, a place or an
organisation in the same position stays unmasked.
"""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("Ukrainian, full, English voice", "Caller: Taras Kravchuk, asked about the pills.",
     ["Taras Kravchuk"]),
    ("Ukrainian, given name after a role", "The deckhand Mykhailo sold tablets onboard.",
     ["Mykhailo"]),
    ("Ukrainian, Swedish voice", "Boende Oksana Polishchuk sa att grannen köper Lyrica.",
     ["Oksana Polishchuk"]),
    ("Ukrainian -enko surname", "Kontaktperson: Yevhen Sydorenko, tolk på boendet.",
     ["Yevhen Sydorenko"]),
    ("Russian, ICAO spelling", "Ringde Aleksei Zhukov om sin bror.", ["Aleksei Zhukov"]),
    ("Afghan given name after enligt", "Enligt Naqib säljer någon Tramadol vid stationen.",
     ["Naqib"]),
    ("Afghan full name", "Vi träffade Parwana Yousafzai på mottagningen.",
     ["Parwana Yousafzai"]),
    ("Filipino given name between commas", "The bosun, Arnel, said he had seen shabu.",
     ["Arnel"]),
    ("Balkan given name", "Klienten Zvonimir berättade om kokainet.", ["Zvonimir"]),
]

KEPT = [
    ("a drug in a name's place", "Enligt Tramadol-listan säljer ingen här.", ["Tramadol"]),
    ("a place after a role", "The deckhand from Odesa sold tablets onboard.", ["Odesa"]),
    ("an organisation in a name's place", "Kontaktperson: Migrationsverket, enheten i Märsta.",
     ["Migrationsverket"]),
    ("a street drug between commas", "The bosun, shabu in hand, said nothing.", ["shabu"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_name_is_found(voice: str, text: str, names: list[str]) -> None:
    found = [f.text for f in scan(text) if f.type == "PERSON"]
    assert found == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), KEPT)
def test_word_in_the_same_place_is_kept(voice: str, text: str, kept: list[str]) -> None:
    masked = mask(text, scan(text))
    for word in kept:
        assert word in masked, voice
