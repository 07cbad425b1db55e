"""cue_within and the label check answer as the words before a number would, cue by cue."""

from __future__ import annotations

import random

import pytest

from mailgate.scan import numbercues
from mailgate.scan.recognizers.base import cue_within, has_cue, words_before
from mailgate.scan.recognizers.idlabelled import labelled
from scan.kit import sample_texts

TABLES = {name: getattr(numbercues, name) for name in (
    "BANK_CUES", "ID_CUES", "PHONE_CUES", "NUMBER_LABELS", "ID_NEGATIVE_CUES", "PLATE_CUES")}
# Pieces of text with cues in every case, compounds, joiners, and letters whose lower case
# is longer (İ) or depends on the next letter (Σ).
PIECES = ("tel", "Tel.", "TEL", "nr", "Nr:", "pnr ", "Dnr ", "konto", "Bankkonto", "swish",
          "hemtelefon", "personnumret", "org.nr", "id-nr", " ", "  ", "\n", ",", "(", ")",
          "-", "/", ":", "070-123", "850412-1234", "Anna", "Berg", "İSTANBUL", "ΣΟΦΙΑΣ",
          "Σ", "ärende", "ÄRENDE", "nummer", "på", "ring", "ssn", "lab", "lot", "Kelvin\u212a",
          "bil", "Bilen", "regnr", "reg.nr", "ABC 123", "körde", "Uppdrags", "kund-", "-nr ",
          "uppdragsnummer ", "Kund-nr ", "numret", "lab-nummer ", "Ärende-nr ")


def _texts() -> list[str]:
    rng = random.Random(13)
    return sample_texts() + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 25)))
                             for _ in range(3000)]


def _positions(text: str) -> list[int]:
    """Where numbers start, and a few places anywhere."""
    starts = [i for i, c in enumerate(text)
              if c.isdigit() and (i == 0 or not text[i - 1].isdigit())]
    return starts[:400] + list(range(0, len(text) + 1, max(1, len(text) // 20)))


def test_no_cue_holds_a_sigma() -> None:
    for table in TABLES.values():
        assert not any(set(cue) & set("Σσς") for cue in table)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_cue_within_is_has_cue_of_the_words_before(name: str) -> None:
    table = TABLES[name]
    asked = 0
    for text in _texts():
        for start in _positions(text):
            for chars, last in ((40, 4), (50, 5), (40, 2), (30, 3)):
                plain = has_cue(words_before(text, start, chars), table, last)
                assert cue_within(text, start, table, chars, last) == plain, (text, start)
                asked += plain
    assert asked > 50  # the texts reach cues of this table


def test_labelled_is_the_check_without_its_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    """labelled() skips clauses holding no label; with that test made to pass every clause,
    the answers are the same."""
    from mailgate.scan.recognizers import idlabelled

    positions = [(text, start) for text in _texts() for start in _positions(text)]
    quick = [labelled(text, start) for text, start in positions]
    monkeypatch.setattr(idlabelled, "window_holds", lambda window, cues: True)
    plain = [labelled(text, start) for text, start in positions]
    assert quick == plain
    assert sum(plain) > 20


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_cue_tree_finds_a_cue_exactly_where_one_stands(name: str) -> None:
    from mailgate.scan.recognizers.base import window_holds

    table = TABLES[name]
    rng = random.Random(name)
    pieces = [*table, *(cue[:-1] for cue in table), *(cue[1:] for cue in table), " ", "x"]
    for _ in range(3000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert window_holds(window, table) == any(cue in window.lower() for cue in table)
