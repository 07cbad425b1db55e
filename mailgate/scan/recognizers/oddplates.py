"""Swedish plates written as no keyboard's space parts them: a web page's no-break space
(`NWL&nbsp;482`), a dot (`ZTR.482`), a line break (`reg.nr: BHX⏎552`), a dash with blanks
round it (`NSB - 741`), a PDF's letter-by-letter spacing (`T R N 4 8 2`), or typed onto the
make or model before it (`VolvoV70KRT491`).

Each shape is read as plate.py reads `ABC 123`: its letters and digits are placed, with one
blank between, on a copy of the text of the same length, and plate.py's judge decides there
(its cues, words, units and codes). A dot, a line break, a spaced dash and letter-by-letter
spacing part codes, versions, ranges and columns as often, so these need the judge's cue (a
vehicle's, a plate's or a car park's word); a no-break space does not. A plate typed onto a
word is one only when that word is a make, a model or a plate's word (`VolvoV70`, `regnr`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from mailgate.scan.numbercues import ID_NEGATIVE_CUES, SWEDISH_PLATE_CUES, TRIMS
from mailgate.scan.recognizers.base import Hit, has_cue, words_before
from mailgate.scan.recognizers.digitlead import led
from mailgate.scan.recognizers.leading import Prefiltered, Scanner, Starts
from mailgate.scan.recognizers.platelists import PLATE_LETTERS

_L: Final = PLATE_LETTERS  # in the patterns below
# Each pattern is led by the digits, so `re` skips to a digit before any lookbehind; the
# letters are then asked for behind it (fixed widths only).
# A no-break or thin space, a dot, or a line break (a blank may stand before it).
PARTED: Final = re.compile(
    rf"\d(?:(?<=(?<![\w.-])[{_L}]{{3}}[.\u00a0\u202f\u2009\n]\d)|(?<=(?<![\w.-])[{_L}]{{3}} \n\d))"
    rf"\d[{_L}0-9](?![\w-]|[.,]\d)", re.IGNORECASE)  # in lower case plate.py's judge asks a cue
# Letter by letter (`T R N 4 8 2`, `K R T 4 9 D`), or its digits alone (`LKP 4 8 2`).
SPACED: Final = re.compile(
    rf"\d(?:(?<=(?<!\w)(?<!(?<!\w)\w )[{_L}] [{_L}] [{_L}] \d)|(?<=(?<!\w)[{_L}]{{3}} \d))"
    rf"(?: \d [{_L}0-9])(?![\w-]| \w\b)")
# Typed onto the word before: `VolvoV70KRT491`, `SaabKombiMLR 552`, `regnrKRT491`.
GLUED: Final = re.compile(
    rf"\d(?:(?<=[^\W_][{_L}]{{3}}\d)|(?<=[^\W_][{_L}]{{3}} \d))\d[{_L}0-9](?![\w-])")
# A list's hyphen typed onto it at a line's start or after a colon (`-KGE 387`, `Regnr:-KGE387`),
# or chat's underscores for italics round it (`_KGE 387_`).
_MARK: Final = r"(?:(?<![^\n:(])-|(?<!\w)_)"
MARKED: Final = re.compile(
    rf"\d(?:(?<={_MARK}[{_L}]{{3}}\d)|(?<={_MARK}[{_L}]{{3}} \d))\d[{_L}0-9](?=_?(?![\w-]))",
    re.IGNORECASE)
# A dash with a blank either side (`NSB - 741`, `MTE – 319`), as a hurried hand or a form's
# field parts it; matched only at a spaced dash (DashesApart). A cue needed.
DASH_APART: Final = re.compile(
    rf"[-–](?<=(?<![\w.-])[{_L}]{{3}} [-–]) \d\d[{_L}0-9](?![\w-]|[.,]\d)", re.IGNORECASE)


class DashesApart:
    """DASH_APART's matches, tried only at each ` - ` and ` – ` that str.find finds: a
    regex scan for the dashes cost as much as the rest of the odd plates together."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = []
        for dash in (" - ", " – "):
            at = text.find(dash)
            while at != -1:
                match = DASH_APART.match(text, at + 1)
                if match is not None:
                    found.append(match)
                at = text.find(dash, at + 1)
        return iter(sorted(found, key=lambda m: m.start()))


ODD_PLATES: Final = (PARTED, SPACED, GLUED, MARKED, DASH_APART)
# Where any of them may start: a digit right after a letter, or after a letter and a blank,
# a dot or a line end. Found once per text for the four, not by a scan of the text each.
_AFTER_A_LETTER: Final = Starts(led(r"\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][ .\u00a0\u202f\u2009\n]\d)"
                                    r"|(?<=[^\W\d_] \n\d))", checked=True).pattern)
ODD_PLATE_SCANNERS: Final[tuple[Scanner, ...]] = (*(
    Prefiltered(p, _AFTER_A_LETTER.pattern.pattern, _AFTER_A_LETTER) for p in ODD_PLATES[:4]),
    DashesApart())

# The words a plate may be typed onto: makes and models (`Volvo`, `VolvoV70`, `GolfGTI`) and
# a plate's own words.
_GLUED_MAKES: Final = ("volvo", "saab", "audi", "bmw", "mercedes", "vw", "volkswagen", "golf",
                       "passat", "toyota", "kia", "tesla", "ford", "skoda", "opel", "nissan",
                       "hyundai", "peugeot", "renault", "citroen", "polestar", "fiat", "mazda",
                       "honda", "seat", "cupra", "dacia", "subaru", "suzuki", "mitsubishi",
                       "porsche", "lexus", "jeep")
_GLUE_WORDS: Final = (*_GLUED_MAKES, "regnr", "reg.nr", "bilnr", "skylt", "nummerplåt",
                      "registreringsnummer", "regnummer")
# Short plate's words the plate may be typed onto, whole (`dragbil regBJK126`, `reg.BJK126`):
# as a prefix `reg` would take `region`, `regel`.
_GLUE_WHOLE: Final = frozenset({"reg", "reg.", "plate", "plåt", "fordon"})
_GLUED_WORD: Final = re.compile(r"[\w.]{1,24}$")
_BLANKS: Final = frozenset("\u00a0\u202f\u2009")  # a web page's blanks: as a space
_UNCUED: Final = 0.8  # plate.py's judge scores a plate no cue vouches for below this


Judge = Callable[[re.Match[str], str], Hit | None]
JudgeAt = Callable[[str, int], Hit | None]


def odd_plate(match: re.Match[str], text: str, plate: re.Pattern[str], judge: Judge
              ) -> Hit | None:
    """The plate `match` ends, judged by plate.py (`judge` of a match of its pattern
    `plate`) on a copy of the text where it is written `ABC 123`."""

    def judge_at(copy: str, start: int) -> Hit | None:
        found = plate.match(copy, start)
        return None if found is None else judge(found, copy)

    if match.re is GLUED:
        return _glued(match, text, judge_at)
    if match.re is MARKED:
        return _marked(match, text, judge_at)
    span = _span(match, text)
    if span is None:
        return None
    start, end = span
    chars = [c for c in text[start:end] if not c.isspace() and c not in ".-–"]
    plain = "".join(chars[:3]) + " " + "".join(chars[3:])
    # The same length: blanks before the plate keep the words after it where they were.
    copy = text[:start] + plain.rjust(end - start) + text[end:]
    hit = judge_at(copy, end - len(plain))
    if hit is None or (hit.score < _UNCUED and not _BLANKS & set(text[start:end])):
        return None
    return Hit(start, end, hit.score)


def _span(match: re.Match[str], text: str) -> tuple[int, int] | None:
    """Where the plate's letters begin (the match holds its digits) and where it ends."""
    at = match.start()
    if match.re is DASH_APART:  # `NSB - 741`: the match opens at the dash
        return (at - 4, match.end()) if at >= 4 else None
    spaced = match.re is SPACED and text[at - 3] == " "  # `T R N 4…`, not `LKP 4…`
    back = 6 if spaced else 5 if text[at - 2 : at] == " \n" else 4  # `BHX ⏎552`
    return (at - back, match.end()) if at >= back else None


def _glued(match: re.Match[str], text: str, judge_at: JudgeAt) -> Hit | None:
    start = match.start() - (4 if text[match.start() - 1] == " " else 3)
    word = _GLUED_WORD.search(text, max(0, start - 24), start)
    glued_onto = "" if word is None else word.group().lower()
    if word is None or not (glued_onto.startswith(_GLUE_WORDS) or glued_onto in _GLUE_WHOLE or (
            _after_a_make(text, word.start()))):
        return None
    # The word's last character made a blank: the plate then stands as plate.py reads it.
    hit = judge_at(text[: start - 1] + " " + text[start:], start)
    return None if hit is None else Hit(start, match.end(), max(hit.score, _UNCUED))


_MODEL_WORDS: Final = frozenset({"model", "modell"})


def _after_a_make(text: str, start: int) -> bool:
    """A model's word right after its make (`Tesla Model YZRT 482`, `Kia Ceed GTKRT491`)."""
    before = words_before(text, start, 24)[-2:]
    if before and before[-1] in _MODEL_WORDS:
        before = before[:-1]
    return bool(before) and before[-1].startswith(_GLUED_MAKES)


def _marked(match: re.Match[str], text: str, judge_at: JudgeAt) -> Hit | None:
    start = match.start() - (4 if text[match.start() - 1] == " " else 3)
    end = match.end()
    # The marks made blanks: a list's item or an italic plate is judged as any other.
    tail = " " if text[end : end + 1] == "_" else text[end : end + 1]
    hit = judge_at(text[: start - 1] + " " + text[start:end] + tail + text[end + 1 :], start)
    return None if hit is None else Hit(start, end, hit.score)


# A lower-case plate's cue may stand further off in a casual writer's long sentence: after a
# number's word, a vehicle's word earlier in the sentence (`hans gamla volvo med den trasiga
# backspegeln hade nummer fkt 482`); or a parked car's verb right after it (`gwp 518 stod
# parkerad utanför`).
_NUMBER_WORDS: Final = frozenset({"nummer", "numret", "nr", "nr.", "nummerplåten"})
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:\s|$)")
# Not a driver's `kör`, also a course's (`kurs abc 123 körs i vår`), nor `blockerad`, also a
# user's (`ola123 blockerades`). A car's own moves are (`czw 88a svängde in`, `backade ut`,
# `tutade`, `bromsade`, `krockade`): no course or user turns or brakes.
_PARKED: Final = ("parker", "felparker",  # `stod parkerad`, `felparkerade`
                  "svänga", "svängde", "svänger", "backa", "backade", "backar", "tutade",
                  "tutar", "bromsade", "bromsar", "gasade", "krockade", "kolliderade",
                  "blinkade", "körde")
# A definite ending after a colon names a thing (`krt 491:an är såld`), as no user or
# course takes one.
# A car's handling verbs right before it (`tankade krt 491`, `bärga krt 491`): what one does
# to a car, not to a course or a user; and verbs one takes or lends anything by (`ta dwn 067
# till Arlanda`; not `lånade bok 123`) before letters no word is made of (no vowel).
_HANDLED: Final = frozenset({"tanka", "tankade", "tankat", "tvätta", "tvättade", "flytta",
                             "flyttade", "flyttat", "bärga", "bärgade", "bogsera", "bogserade"})
_TAKEN: Final = frozenset({"ta", "tog", "låna", "lånade", "hyra", "hyrde", "hämta", "hämtade",
                           "lämna", "lämnade"})
_VOWELS: Final = frozenset("aeiouyåäö")
_DEFINITE: Final = re.compile(r":(?:an|en)s?(?![^\W\d_])", re.IGNORECASE)
_VEHICLE_WORDS: Final = SWEDISH_PLATE_CUES - {"kör", "körde", "kört", "köra", "drives", "drove",
                                               "registrerad", "registrerade", "registered"}


# A lower-case plate with no cue near it, its letters no word's (no vowel), in a text about
# vehicles (`Skaderapport hyrbil … kxt482 återlämnad med repor`): a user's name or a password
# holds a vowel (`ola123`, `abc123`). Not an engine's trim (`tdi 150`) nor the abbreviations
# written before a number (`ssd 512`, `bpm 120`).
_BEFORE_NUMBERS: Final = frozenset({"ssd", "hdd", "bpm", "ppm", "mph", "kwh", "rpm", "tkr", "mkr",
                                    "hkr", "ptr", "nxt", "gpt", "psn", "xbx", "nfc", "lcd", "fps"})
# A label's word right before (a plate's own words cue it before this is asked).
_LABELS: Final = ("kod", "koden", "code", "nr", "nr.", "nummer", "kurs", "kursen", "modell", "typ")
_CAR_KINDS: Final = ("bil", "bilen", "bilar", "bilarna")
_NOT_CARS: Final = frozenset({"mobil", "mobilen", "mobilar", "mobilerna", "stabil", "labil",
                              "immobil", "automobil"})


def in_a_vehicles_text(text: str, start: int) -> bool:
    letters = text[start : start + 3]
    if not letters.islower() or not _VOWELS.isdisjoint(letters) or (
            letters.upper() in TRIMS or letters in _BEFORE_NUMBERS):
        return False
    before = words_before(text, start, 30)
    if has_cue(before, ID_NEGATIVE_CUES, last=2) or (before and before[-1].endswith(_LABELS)):
        return False  # `Ärende hgf 221 gäller bilen`, `Kurskod tnk 101`: a label names it
    return any(w in _VEHICLE_WORDS or (w.endswith(_CAR_KINDS) and w not in _NOT_CARS)
               for w in words_before(text, len(text), len(text)))


def cued_in_sentence(text: str, start: int, end: int) -> bool:
    """A vehicle's word earlier in the sentence before a number's word right before the
    plate, a car's handling verb right before it, a parked or moving car's verb among the
    two words after it, a definite ending after a colon (`krt 491:an`), or, its letters no
    word's, a vehicle's word anywhere in the text."""
    before = words_before(text, start, 24)
    if before and before[-1] in _NUMBER_WORDS:
        sentence = text[max(0, start - 160) : start]
        ends = list(_SENTENCE_END.finditer(sentence))
        sentence = sentence[ends[-1].end() :] if ends else sentence
        return has_cue(words_before(sentence, len(sentence), 160), _VEHICLE_WORDS, last=40)
    if before and (before[-1] in _HANDLED or (
            before[-1] in _TAKEN and _VOWELS.isdisjoint(text[start : start + 3].lower()))):
        return True
    after = text[end : end + 24].lower().split()[:2]
    return any(w.startswith(_PARKED) for w in after) or _DEFINITE.match(
        text, end) is not None or in_a_vehicles_text(text, start)
