"""Street addresses as written abroad, with a house number (address.py reports them): English
number first (`27 Heron Road`), a Nordic or Dutch street word's ending with a four-digit
postcode and town (`Tøyengata 31, 0578 Oslo`), a Romance street's word before its name
(`Calle Mayor 14`, `12 rue Victor Hugo`) and Polish `ul.` (`ul. Długa 5 m. 3`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import COUNTED
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import fast

ENGLISH_STREET: Final = (r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Way|Close|Crescent"
                         r"|Court|Place|Gardens|Terrace|Grove|Mews|Boulevard|Blvd\.?|Parkway")
ENGLISH: Final = fast(re.compile(
    rf"(?<![\w])\d{{1,4}}\s(?:[A-Z][a-z]+\s){{1,3}}(?:{ENGLISH_STREET})"
))


# A street abroad by its word's ending, its number, then a four-digit postcode (Norway,
# Denmark, the Netherlands with its two letters) and town: `Tøyengata 31, 0578 Oslo`,
# `Prinsengracht 441-2, 1016 HT Amsterdam`, `Vesterbrogade 12, 1620 København V`.
_ABROAD_ENDINGS: Final = (r"(?:gata|gaten|gate|gade|gaden|vej|vejen|vei|veien|veg|vegen|straat"
                          r"|gracht|weg|kade|laan|plein|plads|pladsen|torv|torvet|allé)")
ABROAD: Final = fast(re.compile(
    rf"(?<![\w])[A-ZÅÄÖØÆ][^\W\d_]*{_ABROAD_ENDINGS}[ \t]\d{{1,4}}[A-Za-z]?(?:-\d{{1,3}})?,?[ \t]"
    r"\d{4}(?:[ \t][A-Z]{2})?[ \t][A-ZÅÄÖØÆ][^\W\d_]+(?:[ \t][A-ZØÆ](?![\w]))?"))

# What every ABROAD match holds: the street word's ending right before its number.
_ABROAD_STREET: Final = _ABROAD_ENDINGS + r"[ \t]\d"

# Streets abroad by the word before the name, with a house number: `Calle Mayor 14`,
# `Rue de la Paix 12`, `C/ Sierpes 8`, French number-first `12 rue Victor Hugo`, and Polish
# `ul. Nowy Świat 41/7`, `ul. Długa 5 m. 3` (m.: the flat). Without a number a street named
# in passing is a place (streetsabroad.py). Not Portuguese `Rua`: it is also a given name.
_HEADS: Final = (r"(?:Rue|Avenue|Boulevard|Allée|Chemin|Impasse|Quai|Calle|C/|Avenida|Avda\."
                 r"|Paseo|Carrer|Via|Viale|Piazza|Corso|Praça|Travessa)")
_PARTICLE: Final = r"(?:(?:de|del|de la|de los|des|du|di|da|do|dos|das|della|dei)\s|d')?"
_NAME: Final = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'-]+(?:\s[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'-]+){0,3}"
HEADED: Final = re.compile(
    rf"(?<![\w/]){_HEADS}\s{_PARTICLE}{_NAME},?\s\d{{1,4}}[A-Za-z]?(?![\w.,]?\d)(?!\s?{COUNTED})")
NUMBER_FIRST: Final = re.compile(
    rf"(?<![\w.,])\d{{1,4}}(?:\s?bis|\s?ter)?,?\s(?:rue|avenue|boulevard|allée|chemin|impasse|quai)"
    rf"\s{_PARTICLE}{_NAME}")
POLISH: Final = re.compile(
    r"(?<![\w])(?:ul|al|os|pl)\.\s?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){0,2}"
    r"\s\d{1,4}[a-zA-Z]?(?:\s?(?:m\.\s?|/)\d{1,4})?(?![\w])")

# Each tried only in a text holding what every match of it holds: ENGLISH, tried at every
# digit, only in a text with one of its street words; POLISH where `re` skips to a dot.
ABROAD_PATTERNS: Final = (
    Gated(ENGLISH, ENGLISH_STREET), Gated(ABROAD, _ABROAD_STREET), Gated(HEADED, _HEADS + r"\s"),
    Gated(NUMBER_FIRST, r"(?:rue|avenue|boulevard|allée|chemin|impasse|quai)\s"),
    Gated(POLISH, r"\.(?<=(?:ul|al|os|pl)\.)\s?[A-ZĄĆĘŁŃÓŚŹŻ]"))
