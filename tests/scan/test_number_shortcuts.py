"""The number recognizers' shortcuts give what their plain patterns and judges give."""

from __future__ import annotations

import random
import re

from mailgate.scan.recognizers import idnumber, idshapes, nordic, reread
from tests.scan.test_leading import TEXTS

_SEPARATORS = ("-", "+", " - ", "–", "A", "U", " ", "", "/", ".", "\n")
_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _number(rng: random.Random) -> str:
    """A day, month and year (or any six digits), a separator and a tail of three or four."""
    if rng.random() < 0.5:
        date = f"{rng.randint(1, 31):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
    else:
        date = "".join(rng.choice("0123456789٣") for _ in range(6))
    tail = "".join(rng.choice("0123456789") for _ in range(3))
    return date + rng.choice(_SEPARATORS) + tail + rng.choice(_CHECKS[: rng.choice((10, 31))])


def _numbers_text(rng: random.Random) -> str:
    """Numbers in the Nordic shapes and runs of digits, some in a row."""
    parts = [_number(rng) if rng.random() < 0.6 else
             "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 8)))
             for _ in range(rng.randint(1, 4))]
    return rng.choice(("", "cpr ", "x", "(", "Dnr ")) + rng.choice((" ", "-", "")).join(
        parts) + rng.choice(("", ".", "1"))


def _plain_hits(recognizer: nordic.NordicIdRecognizer, text: str) -> list[object]:
    return [hit for pattern in (nordic.FINNISH, nordic.DANISH)
            for match in pattern.finditer(text)
            if (hit := recognizer.judge(match, text)) is not None]


def test_finnish_and_danish_numbers_tried_only_where_a_day_starts() -> None:
    recognizer = nordic.NordicIdRecognizer("sv")
    rng = random.Random(5)
    found = 0
    for _ in range(20000):
        text = _numbers_text(rng)
        shortcut = [hit for scanner in recognizer.PATTERNS[:2] for match in scanner.finditer(text)
                    if (hit := recognizer.judge(match, text)) is not None]
        plain = _plain_hits(recognizer, text)
        assert shortcut == plain, text
        found += len(plain)
    assert found > 1000


def _plain_joins(text: str) -> list[reread.View]:
    """reread.joins reading every line break."""
    views = []
    at = text.find("\n")
    while at != -1:
        brk = reread._BREAK.match(text, reread._blank_start(text, at))
        if brk is not None and reread._numeric_edges(text, brk.start(), brk.end()):
            lo, hi = max(0, brk.start() - reread.BEFORE), brk.end() + reread.AFTER
            views.append(reread.View(text[lo : brk.start()] + text[brk.end() : hi], lo,
                                     brk.start() - lo, brk.end() - brk.start()))
        at = text.find("\n", at + 1)
    return views


def test_line_breaks_joined_where_reading_every_break_joins_them() -> None:
    rng = random.Random(7)
    pieces = ("1", "9", ".", "-", "–", "+", "/", "x", "*", "a", " ", "\t", "\r", "\n", "\n",
              "> ", ">", "\r\n")
    joined = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        views = list(reread.joins(text))
        assert views == _plain_joins(text), repr(text)
        joined += len(views)
    assert joined > 1000


def test_a_cue_typed_onto_a_number_is_unglued_as_before() -> None:
    texts = ("Pnr850412-1231", "pNR850412-1231", "personnummer19850412-1234", "snr123",
             "PERSONNUMMER850412", "p-nr 12", "samordningsnr 8504", "Pnr 850412", "pnr")
    views = [view for text in texts for view in reread.unglued(text)]
    assert [view.piece for view in views] == [
        "Pnr 850412-1231", "pNR 850412-1231", "personnummer 19850412-1234",
        "PERSONNUMMER 850412"]


def _dated_texts() -> list[str]:
    rng = random.Random(17)
    pieces = ("85", "1985", "04", "12", "1234", "850412", "19", "-", ".", " ", "/", "  ", "\t",
              "85.04.12", "1985-04-12", "85 04 12", "78/04/12", "85.04.12.", "85-04-12 ",
              "+", "–", "XX", "**", "a", "(", "1", "٣", "\n", ",", " - ", "12345")
    return TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
                    for _ in range(20000)]


def test_six_digits_and_dates_found_in_one_scan_as_each_alone() -> None:
    six, dated = re.compile(idshapes.SIX_DIGITS), re.compile(idshapes.DATED_THEN_SEP)
    found = 0
    for text in _dated_texts():
        assert idshapes.SIX.positions(text) == [m.start() for m in six.finditer(text)], text
        assert idshapes.SIX.others(text) == [
            at for at in range(len(text)) if dated.match(text, at)], text
        plain = [(m.span(), m.groupdict()) for m in idshapes.DASHED.finditer(text)]
        assert [(m.span(), m.groupdict())
                for m in idnumber.IdNumberRecognizer.PATTERNS[1].finditer(text)] == plain, text
        found += len(plain)
    assert found > 200
