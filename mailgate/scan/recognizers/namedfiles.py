"""A name a file, a folder, a chat or a network is given, and a phone's contact or a
message's sender that is a place or a service: `Mappen har namnet "Ekonomi"`, `Filen fick
ett namn, "Utkast"`, `Gruppchatten heter "Grannarna"`, `kontakten "Jobbet"`, `avsändaren
"Banken"`, `användaren "Admin"`.

A naming word before a quote makes the quoted word a nickname (namequoted.py, nickname.py):
what the sentence names is someone, unless its subject is a thing. Files, folders, chats and
networks are named with everyday words, so their word before the naming word (a compound
ending in one too: `projektmappen`, `gruppchatten`) makes the name the thing's; a person's
word nearer the naming word keeps it someone's (`Killen i gruppchatten kallar sig "Kungen"`).
A contact saved or a sender shown as a short word for a place or a service (`"Skolan"`,
`"Info"`) is that place's; longer such words are nouns by their form already (namequoted.py).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import RELATION_CUES, Tok

# What one names on a computer or a phone, in the forms that stand before a naming word.
FILE_WORDS: Final = frozenset({
    "filen", "fil", "filnamnet", "dokumentet", "dokument", "mappen", "mapp", "gruppen",
    "chatten", "tråden", "nätverket", "wifit", "wifi", "wifinätverket", "kalkylarket", "arket",
    "fliken", "listan", "bilagan", "bilaga", "presentationen", "mallen", "spellistan",
    "file", "folder", "document", "network", "spreadsheet", "attachment", "playlist",
})
# Not an account, a profile, a card or a device: their names are their owners' (`kontot
# "Tjocka Berra"`, `enheten Annas iPhone`).
# Compounds ending in one of these are such things too: projektmappen, gruppchatten.
_FILE_ENDINGS: Final = ("mappen", "filen", "chatten", "listan", "nätverket", "dokumentet",
                        "arket")
# Short words for a place or a service a phone's contact or a sender is saved as; a longer
# definite noun (`Tandläkaren`) an unlisted word's form already tells.
SERVICE_WORDS: Final = frozenset({
    "jobbet", "jobb", "hemmet", "hem", "hemma", "banken", "bank", "skolan", "skola", "gymmet",
    "gym", "kyrkan", "stugan", "akuten", "jouren", "kontor", "växeln", "vården", "taxi",
    "taxin", "info", "admin", "support", "service", "kundservice", "bilen", "båten", "vakten",
    "labbet", "posten", "kassan", "kiosken", "garaget", "förskolan", "fritids", "kundtjänst",
    "kundtjänsten", "kundservicen", "tandläkaren", "vårdcentralen", "receptionen",
})
_PEOPLE: Final = frozenset({"han", "hon", "hen", "honom", "henne", "sig", "he", "she", "him",
                            "her", "himself", "herself"})
# A thing's word a preposition governs is no subject: `Killen i gruppchatten kallas "Ice"`.
_PREPOSITIONS: Final = frozenset({"i", "på", "från", "till", "med", "av", "för", "bakom", "under",
                                  "via", "genom", "om", "in", "on", "from", "to", "with", "at",
                                  "of", "for", "behind", "by"})
_BACK: Final = 6  # words before the naming word searched for the thing
_ENDS: Final = frozenset({".", "!", "?", ";"})


def a_file_word(folded: str) -> bool:
    return folded in FILE_WORDS or folded.endswith(_FILE_ENDINGS)


def a_file_named(toks: list[Tok], cue: int) -> bool:
    """A file's, folder's, chat's or account's word before the naming word at toks[cue], in
    its sentence, and no person's word nearer it."""
    for k in range(cue - 1, max(-1, cue - 1 - _BACK), -1):
        tok = toks[k]
        if tok.folded in _ENDS:
            return False
        if tok.folded in _PEOPLE or tok.folded in RELATION_CUES or (
                tok.capital and tok.info.name and not tok.info.negative and k):
            return False  # Killen i gruppchatten, hon gav gruppen namnet: someone names
        if a_file_word(tok.folded) and not (k and toks[k - 1].folded in _PREPOSITIONS):
            return True
    return False
