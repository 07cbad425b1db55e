"""Names in a table's column of people: whatever is written under `Hyresgäst`, `Patient`,
`Deltagare` or `Namn` is someone's name, also when no list holds it.

```
Förråd	Hyresgäst	Tel
B-114	Qirjako Dhimitri	0701740605
```
`Namn` alone heads products as often (`Namn;Styrka;Antal`): it counts only beside a column
only people have (a personnummer, a phone, a birth date, an address, an e-mail). A cell must
look like a name: words with capitals, no digits, at most five words, one of them listed
or shaped as a name (`Qirjako Dhimitri`: Dhimitri is), so a firm or a drug in the column
(`Stockholmshem`, `Xanor`) is not one.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.columns import (
    CELL_MARKS,
    column_header,
    header_cells,
    in_a_header,
)

SCORE: Final = 0.85
# Headers whose column holds people and nothing else.
PEOPLE_HEADERS: Final = frozenset({
    "hyresgäst", "patient", "klient", "elev", "deltagare", "kontaktperson", "medlem",
    "anställd", "förare", "passagerare", "vårdnadshavare", "sökande", "anmälare", "anhörig",
    "brukare", "tenant", "participant", "employee", "driver", "passenger", "guardian",
    "applicant", "attendee", "full name", "fullständigt namn", "för- och efternamn",
    "efternamn, förnamn", "förnamn efternamn",
})
NAME_HEADERS: Final = frozenset({"namn", "name", "navn", "nimi"})
# Headers only people's columns stand beside: `Namn` beside one of these heads people.
PERSONAL_HEADERS: Final = frozenset({
    "pnr", "personnummer", "personnr", "född", "födelsedatum", "dob", "tel", "telefon",
    "mobil", "mobilnr", "telefonnummer", "phone", "mobile", "e-post", "epost", "email",
    "e-mail", "adress", "address", "ålder", "age",
})
_NAME_CELL: Final = re.compile(
    r"[^\W\d_][^\W\d_'’.-]*\.?(?:,?[ ](?:[^\W\d_][^\W\d_'’.-]*\.?)){0,4}")
# Where a cell starts: a line's start or a cell mark.
_CELL_STARTS: Final = re.compile(r"(?m)^|[\t;|]")


def names_in_columns(text: str) -> list[Hit]:
    if not any(m in text for m in CELL_MARKS):
        return []  # nearly every text: no cell to read
    out: list[Hit] = []
    for cell in _CELL_STARTS.finditer(text):
        start = cell.end()
        header = column_header(text, start)
        if not (header in PEOPLE_HEADERS or (header in NAME_HEADERS and _beside_personal(
                text, start))) or in_a_header(text, start):
            continue
        hit = _name_in_cell(text, start)
        if hit is not None:
            out.append(hit)
    return out


def _beside_personal(text: str, start: int) -> bool:
    return any(h.strip().casefold() in PERSONAL_HEADERS for h in header_cells(text, start))


def _name_in_cell(text: str, start: int) -> Hit | None:
    """The cell at `start`, when it is written as a name and names no thing we know."""
    while start < len(text) and text[start] in " ":
        start += 1
    match = _NAME_CELL.match(text, start)
    if match is None:
        return None
    end = match.end()
    after = text[end : end + 1]
    if after and after not in "\t;|\r\n ":
        return None  # `Avd 3`, `B-114`: more than words in the cell
    words = match.group().replace(",", " ").split()
    infos = [names.lookup(w.rstrip("."), frozenset()) for w in words]
    if not any(w[:1].isupper() for w in words) or not (any(
            i.name and not i.negative for i in infos) or _with_an_initial(words, infos)):
        return None  # `Stockholmshem`, `Xanor`: a firm or a drug in a people's column
    return Hit(start, end, SCORE)


def _with_an_initial(words: list[str], infos: list[names.Word]) -> bool:
    """`Grip S`, `S. Grip`: a register's surname and initial, though the surname is a word
    no list holds as a name; a listed thing (`Xanor B`) stays a thing."""
    if len(words) != 2:
        return False
    initial = [len(w.rstrip(".")) == 1 and w[0].isupper() for w in words]
    if initial.count(True) != 1:
        return False
    word, info = (words[1], infos[1]) if initial[0] else (words[0], infos[0])
    return word[:1].isupper() and word[1:].islower() and not info.negative
