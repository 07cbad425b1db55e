"""Names in rows whose cells are joined by `;` or `|` with no space, as exports and logs give.

The name in a cell is found whole, in either order; a drug, place or organisation in the
same cell is not.
"""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

from .kit import pnr

NAMED = [
    ("log row, given name first", "Kl;Var;Vem\n22:05;Lastkajen;Tove Hellström;avvisad",
     ["Tove Hellström"]),
    ("export, surname first", "Namn;Preparat\nHolmqvist, Rasmus;subutex\nDemir, Selin;xanor",
     ["Holmqvist, Rasmus", "Demir, Selin"]),
    ("pipe-separated", "ärende 12|Grönlund, Vera|remitterad", ["Grönlund, Vera"]),
    ("pipes, name last", "pass 3|Hall B|Arvid Nyqvist", ["Arvid Nyqvist"]),
]

KEPT = [
    ("a drug in the cell", "Kl;Var;Vad\n22:05;Lastkajen;Tramadol;beslag", ["Tramadol"]),
    ("a place in the cell", "ärende 12|Norrköping|remitterad", ["Norrköping"]),
    ("an organisation in the cell", "pass 3|Hall B|Kriminalvården", ["Kriminalvården"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_name_in_a_cell_is_found_whole(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), KEPT)
def test_word_in_a_cell_is_kept(voice: str, text: str, kept: list[str]) -> None:
    masked = mask(text, scan(text))
    for word in kept:
        assert word in masked, voice


NUMBER = pnr("990412", century="19", valid=False)
ROWS = [
    ("tab-separated, unlisted surname", f"Namn\tPnr\nZubaidi, Samir\t{NUMBER}\tcannabis",
     ["Zubaidi, Samir"]),
    ("cell-separated, unlisted surname", "Okänd;Qorbani, Leyla;avvisad", ["Qorbani, Leyla"]),
]
NO_ROWS = [
    ("a greeting before a name, line end", "Grattis, Sara\nVi ses", "Grattis, Sara"),
    ("a drug opening the row", "Tramadol, Sara;12 st", "Tramadol"),
]


@pytest.mark.parametrize(("voice", "text", "names"), ROWS)
def test_unlisted_surname_opening_a_row(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), NO_ROWS)
def test_no_row_no_surname(voice: str, text: str, kept: str) -> None:
    assert not any(kept in f.text for f in scan(text) if f.type == "PERSON"), voice


def test_a_word_surname_with_its_initial_under_a_peoples_header() -> None:
    text = ("Datum | Förare | Utandning\n4/12 | Grip S | 0,00\n4/12 | K. Stare | 0,00\n"
            "5/12 | Volvo B | 0,00")
    assert [f.text for f in scan(text) if f.type == "PERSON"] == ["Grip S", "K. Stare"]
