"""PHONE's shortcuts give what the plain computation gives."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from mailgate.scan.recognizers import orglines, phone, phoneids
from mailgate.scan.recognizers.idnumber import birth_date
from mailgate.scan.recognizers.idshapes import PATTERN as ID_PATTERN

PIECES = ("0", "7", "4", "6", "1", "9", "00", "07", "467", " ", "-", "–", "(", ")", "+", "/",
          ".", "٠", "٧", "\n")


def _numbers() -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(20000)]


def test_a_mobiles_first_digits_are_read_as_the_digits_joined() -> None:
    mobiles = 0
    for number in _numbers():
        plain = "".join(filter(str.isdigit, number)).startswith(("07", "467", "00467"))
        assert (orglines._MOBILE.match(number) is not None) == plain, number
        mobiles += plain
    assert mobiles > 1000


def _plain_inside(text: str, match: object) -> bool:
    """inside_id_number without its six-digit shortcut."""
    start, end = match.start(), match.end()  # type: ignore[attr-defined]
    for m in ID_PATTERN.finditer(text, max(0, start - 2), end + 6):
        if not (m.start() < end and start < m.end()):
            continue
        if m.group("sep") or (m.group("space") and not m.group("date").startswith("07") and (
                birth_date(m.group("century"), m.group("date"), False, dt.date.today()))):
            return True
    return False


def test_numbers_inside_a_personnummer_as_the_plain_search_finds_them() -> None:
    rng = random.Random(3)
    digits = "0123456789"
    inside = 0
    for _ in range(5000):
        parts = ["".join(rng.choice(digits) for _ in range(rng.randint(1, 8)))
                 for _ in range(rng.randint(1, 4))]
        text = "tel " + "".join(p + rng.choice([" ", "-", "", "+", "\n"]) for p in parts) + " x"
        for match in phone.CANDIDATE.finditer(text):
            found = phoneids.inside_id_number(text, match)
            assert found == _plain_inside(text, match), text
            inside += found
    assert inside > 20


def test_looking_on_past_a_short_tail_finds_what_each_tail_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After a number, PHONE skips to its end when no tail could be judged; the plain loop
    looks on from every group."""
    from scan.kit import sample_texts

    rng = random.Random(8)
    seps = [" ", "-", "", " - ", "/", ".", "\n", ", ", ",", ") ", " (", "  ", "\t"]
    texts = [" ".join(rng.choice(["tel", "nr", "(", "070", "08", "+46", "0046", "123", "45",
                                  "67", "1234567", "12", "x"]) + rng.choice(seps)
                      for _ in range(rng.randint(2, 14))) for _ in range(3000)]
    texts += sample_texts()
    recognizer = phone.PhoneRecognizer(language="sv")
    quick = [recognizer.hits(text, None) for text in texts]
    monkeypatch.setattr(phone, "_next_start", phone._next_group)
    assert quick == [recognizer.hits(text, None) for text in texts]
    assert sum(map(len, quick)) > 1000


def test_a_personnummer_date_or_time_as_a_whole_is_refused_by_every_way() -> None:
    """PHONE refuses a candidate of NOT_PHONE's shapes at once; the full judgement agrees."""
    rng = random.Random(12)
    recognizer = phone.PhoneRecognizer(language="sv")
    shapes = ["{d6}-{d4}", "{c}{d6}-{d4}", "{d6}+{d4}", "{d4}-{d2}-{d2}", "{d2}.{d2}.{d4}",
              "{d1}/{d1}/{d2}", "{d4}.{d2}.{d2}", "{d2}:{d2}", "{d2}.{d2} - {d2}.{d2}",
              "0{d5}-{d4}", "(0{d5}-{d4})", "+{d6}-{d4}"]
    refused = 0
    for _ in range(4000):
        digits = {f"d{n}": "".join(rng.choice("0123456789") for _ in range(n))
                  for n in (1, 2, 4, 5, 6)}
        number = rng.choice(shapes).format(c=rng.choice(("19", "20")), **digits)
        text = rng.choice(("tel ", "mobil: ", "nr ", "", "ring ")) + number + " ."
        for match in phone.CANDIDATE.finditer(text):
            if phone.NOT_PHONE.match(match.group()):
                assert recognizer._judged(match, text) is None, text
                refused += 1
    assert refused > 1000
