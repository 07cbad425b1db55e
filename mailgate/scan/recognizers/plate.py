"""Registration numbers: Swedish `ABC 123`, `ABC12D` (lower case only after a cue, `regnr`, or
listed after a plate in capitals);
those of neighbouring countries (`AB 12345` Norway, `AB 12 345` Denmark, `WA 12345` Poland,
`B-AB 1234` Germany, `AB12 CDE` Britain, `ABC-12` Finland) only near a vehicle or country cue,
since their shapes are as often codes."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugshape import a_coded_drug
from mailgate.scan.numbercues import (
    CAR_MAKES,
    CODE_CARRIERS,
    CURRENCIES,
    ID_NEGATIVE_CUES,
    NOT_PLATE_PREFIXES,
    PLATE_CUES,
    SWEDISH_PLATE_CUES,
)
from mailgate.scan.recognizers.anchored import Anchored
from mailgate.scan.recognizers.base import (
    Hit,
    RegexRecognizer,
    cue_within,
    has_cue,
    words_before,
)
from mailgate.scan.recognizers.columns import column_header
from mailgate.scan.recognizers.digitsfirst import DIGITS_FIRST, digits_first
from mailgate.scan.recognizers.foreignlists import cued_by_its_list
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.moreplates import (
    MORE_SHAPES,
    icelandic,
    icelandic_cued,
    more_shapes,
    swiss_six,
    unlike_a_plate,
)
from mailgate.scan.recognizers.oddplates import (
    ODD_PLATE_SCANNERS,
    ODD_PLATES,
    cued_in_sentence,
    odd_plate,
)
from mailgate.scan.recognizers.personalplate import PERSONAL, personal_plate
from mailgate.scan.recognizers.platedriven import a_neighbours_frame, cued_after
from mailgate.scan.recognizers.platelists import (
    PLATE_LETTERS,
    WORDS_BEFORE_NUMBERS,
    listed_after_a_label,
    listed_after_a_plate,
)
from mailgate.scan.recognizers.platemeasures import measured_after
from mailgate.scan.recognizers.spokenplates import SPOKEN_PLATE, spoken_plate

_L: Final = PLATE_LETTERS  # in the patterns below
# Not before `-` and a digit: AWB 235-44120913 is a code's first part. Apart by a dash, an
# en dash (a word processor's), or one or two blanks; a digit OCR or a hurried hand made an O,
# an l or an I (`KPR 8O1`, `KPR l23`, only after a cue; not a car's model, `Kia i30`). A
# genitive's s may follow (`ABC 123s förare`, after a cue).
PLATE: Final = fast(re.compile(
    rf"(?<![\w-])([{_L}]{{3}})(?:[ \t]{{1,2}}|[-–])?((?:\d[\dOlI]|[OlI]\d)[{_L}0-9])"
    r"(?=s?(?![\w]))(?!-\d)",
    re.IGNORECASE))
# From the plate's first digit back (anchored.py): its three letters, apart by nothing, a
# blank, a dash or two blanks, and perhaps an O for a zero before the digit.
_FROM_THE_DIGIT: Final = Anchored(PLATE, r"\d(?:" + "|".join(
    rf"(?<=(?<![\w-])([{_L}]{{3}}){apart}{zero}\d)"
    for zero in ("", "[OlI]") for apart in ("", r"[ \t\-–]", r"[ \t]{2}")) + ")")
# Each shape's first letter read once (the prefilter then finds the first two): German
# B-AB 1234, Danish AB 12 345, Norwegian and Polish AB 12345, AB 1234 C, British AB12 CDE,
# Polish letters among the digits (PO 7H214, KR 1AB23), French AB-123-CD, Finnish ABC-12,
# Ukrainian and Bulgarian AA 1234 BB (whole, before the shorter shapes take its head), Åland's
# ÅL 12345, Iceland's AB 123, Austria's district letter, number and letters (W 48213 K,
# G 418 KT) and Switzerland's canton and up to six digits (ZH 481203).
FOREIGN: Final = re.compile(
    r"(?<![\w-])(?:ÅL[ -]?\d{1,5}|[A-ZÄÖÜ](?:[A-ZÄÖÜ]{0,2}[- ][A-Z]{1,2} ?\d{1,4}[EH]?"
    r"|(?<=[A-Z])(?:[A-Z] ?\d{2} ?\d{3}|[A-Z]{1,2} ?\d{4} ?[A-Z]{2}(?![\w])"
    r"|[A-Z]{1,2} ?\d{4,6}|[A-Z]{1,2} ?\d{3,4} ?[A-Z]{1,2}"
    r"|[A-Z]\d{2} ?[A-Z]{3}|[A-Z]{1,2} \d[A-Z]{1,2}\d{2,3}|[A-Z]?-\d{2,3}-[A-Z]{1,2}"
    r"|[A-Z]{2}-\d{1,2}|[A-Z] \d{3}|[- ]\d{1,5} [A-Z]{1,3})))(?![\w]|[-/.,]\d)"
)
# A unit ends its word: `KRT 491 KRT 492`, `LXL 694 Kristina`, `ABC 123 Clara` are no amounts.
_UNIT_AFTER: Final = re.compile(  # not `m.fl.` (and others): `Regnr ABC 123 m.fl.`
    r"\s?(?:%|(?:mg|µg|ug|kg|ml|cl|kr|sek|km|mm|cm)(?![^\W\d_])|kron|sekund|g\b|l\b|st\b"
    r"|m\b(?!\.fl)|år\b"
    r"|met(?:er|re)s?\b|mil\b|min(?:ut)?\b|minut(?:er)?\b|miles?\b|yards?\b|procent\b)", re.I)


# A longer number's first group: `Biljettnr TKT 7718 2290 41`, `ERR 404 2026-12-04`: digits
# after the shape make it a code's head, unless a vehicle word stands before it.
_MORE_DIGITS: Final = re.compile(r"[ \t]\d")
# After a vehicle word, only a code's next group of three to six digits, or a short one and
# more (`ABC 123 456`, `ABC 123 45 67`): a time, a date, a phone number or a count is the
# next column of a log or list (`Parkering⏎KXT 482 22:41 in`, `bil KXT 482 2 personer`).
_MORE_GROUPS: Final = re.compile(r"[ \t](?:\d{3,6}(?!\d|[:./-]\d)|\d{1,2}[ \t]\d)")


_CELL_LINES: Final = frozenset({"HEK293", "HCT116"})  # labs' cells, plate-shaped: `HEK293 lysates`

# Model names shaped like plates, right after their make: Mercedes GLC 300, EQS 450.
MODEL_CODES: Final = frozenset({"GLA", "GLB", "GLC", "GLE", "GLS", "CLA", "CLS", "CLK", "SLK",
                                "SLC", "AMG", "EQA", "EQB", "EQC", "EQE", "EQS"})


def _model(text: str, match: re.Match[str]) -> bool:
    """`Mercedes GLC 300` is a model; `Volvo GLC 438` and `Volvo ABC 123` are plates."""
    if match.group()[:3].upper() not in MODEL_CODES:
        return False
    before = words_before(text, match.start(), 20)
    return bool(before) and before[-1] in CAR_MAKES


# A plate's own word, right before it: then letters that make a word are the plate's too
# (`regnr sos 412`, `plate mrt 747`), in any case. Not `skylten`, also a road sign's (`skylten
# har 110`).
_PLATES_WORDS: Final = frozenset({"regnr", "reg.nr", "reg", "registreringsnummer", "regnummer",
                                  "bilnummer", "bilnr", "plate", "nummerplåt", "nummerplåten",
                                  "reg.nummer", "registration"})


def _right_after_a_plates_word(text: str, start: int) -> bool:
    before = words_before(text, start, 24)
    return bool(before) and before[-1] in _PLATES_WORDS


# A kind of car, a compound of `bil` (`hyrbil`, `tjänstebilen`, `polisbilar`); not `mobil`.
_KIND_OF_CAR: Final = re.compile(r"[^\W\d_]{2,}bil(?:en|ar|arna)?")
_NOT_CARS: Final = frozenset({"mobil", "mobilen", "mobilar", "mobilerna", "stabil", "labil",
                              "immobil"})


def _after_a_kind_of_car(text: str, start: int) -> bool:
    return any(_KIND_OF_CAR.fullmatch(w) and w not in _NOT_CARS
               for w in words_before(text, start, 50)[-5:])


def _under_a_plate_header(text: str, start: int) -> bool:
    """A cell under a `Regnr` or `Fordon` column: a log's or list's later rows stand far
    from their header (columns.py)."""
    header = column_header(text, start, csv=True)
    return bool(header) and has_cue(words_before(header, len(header)), SWEDISH_PLATE_CUES,
                                    last=2)


def _beside_a_swedish_plate(text: str, match: re.Match[str]) -> bool:
    """`Volvo XC90 XBP 96X`: the model and a Swedish plate's letters are no British plate."""
    return any(m.start() < match.end() + 1 and match.start() < m.end()
               for m in PLATE.finditer(text, match.start(), match.end() + 8))


def _typed_as_a_plate(text: str, match: re.Match[str]) -> bool:
    """A currency's letters are a plate's where a plate's own word stands right before
    (`Regnr CAD 107`), in a list of plates or under a plate's column; `taxi SEK 895` stays
    an amount."""
    return _right_after_a_plates_word(text, match.start()) or listed_after_a_plate(
        text, match.start(), match.end()) or _under_a_plate_header(text, match.start())


# Words naming a code of letters and digits, as a plate's shape is: `Kurskod TNK101`,
# `kurs MVE 123`; and things whose model or type is such a code: `Modell ABB 123`, `Sensor
# ABC 123`, `Maskin CNC 400`. Matched whole (`kurs` as a prefix would take `kursdeltagare`).
CODE_WORDS: Final = frozenset({"kurs", "kursen", "kurskod", "kurskoden", "kursnr", "delkurs",
                               "course", "module", "modul", "modulen", "kod", "koden", "code",
                               "modell", "modellen", "model", "typ", "typen", "type", "serie",
                               "series", "maskin", "maskinen", "sensor", "sensorn", "produkt",
                               "produkten", "product", "artikel", "artikeln", "skrivare",
                               "skrivaren", "printer", "router", "routern", "batch", "lot",
                               # a store's places: `Lagerplats HYL 314`, `hylla KBR 12`
                               "lagerplats", "lagerplatsen", "hyllplats", "hylla", "hyllan",
                               "fack", "facket", "shelf", "bin"}) | CODE_CARRIERS


# Compounds naming a code: `felkod ERR 404`, `rabattkoden`, `errorcode`, `promokod`.
_CODE_ENDINGS: Final = ("kod", "koden", "koder", "code", "codes")


def _after_a_code_word(text: str, start: int) -> bool:
    before = words_before(text, start, 20)
    code = bool(before) and (before[-1] in CODE_WORDS or before[-1].endswith(_CODE_ENDINGS))
    return code or listed_after_a_label(text, start)  # a list's next: `Artikelnr KTM 4410 och`


# After a Swedish plate, past a bracket, comma, colon or dash, the vehicle it is on: `fpr 548
# (vit Volvo V70)`, `dmu 64b, en blå Volvo`, `prr 104 är hans bil`, `ffj 007: Volvo V70`.
_VEHICLE_AFTER: Final = re.compile(r"[ \t]*[(,:–-]?[ \t]*([^,;:.!?()\n]{1,30})")


def _a_vehicle_after(text: str, match: re.Match[str]) -> bool:
    """A vehicle's word or make among the three words after the plate, in its clause, and
    no case's or code's label right before it (`Ärende hgf 221 gäller bilen`)."""
    after = _VEHICLE_AFTER.match(text, match.end())
    if after is None:
        return False
    words = words_before(after.group(1), len(after.group(1)), 30)[:3]
    if words and after.start(1) == after.start() + 1 and after.group(1)[:1].islower():
        words = words[1:]  # `typ 200 mopeder`: a count of vehicles, no plate's
    return has_cue(words, _VEHICLES, last=3) and not (has_cue(
        words_before(text, match.start(), 30), ID_NEGATIVE_CUES, last=1) or (
        _after_a_code_word(text, match.start())))


# Words naming the vehicle, not a driver's verb (`kpr 112 kör nu` is no plate's clause).
_VEHICLES: Final = SWEDISH_PLATE_CUES - {"kör", "körde", "kört", "köra", "drives", "drove",
                                         "parkera", "registrerad", "registrerade", "registered",
                                         # a count of them: `typ 100 bilar`
                                         "bilar", "bilarna", "skyltar", "skyltarna", "plates"}


class PlateRecognizer(RegexRecognizer):
    ENTITY = "PLATE"
    PATTERNS = (_FROM_THE_DIGIT, FOREIGN, PERSONAL, DIGITS_FIRST, MORE_SHAPES, SPOKEN_PLATE,
                *ODD_PLATE_SCANNERS)
    CONTEXT = ("regnr", "registreringsnummer", "bil", "fordon")

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        if match.re is FOREIGN:
            return self._foreign(match, text)
        if match.re is PERSONAL:
            return personal_plate(match, text, PLATE)
        if match.re is DIGITS_FIRST:  # Estonia's 123 ABC
            return digits_first(match, text, cued_after(text, match.end()))
        if match.re is SPOKEN_PLATE:  # Adam Bertil Cesar 123, k r t fyra nio ett
            return spoken_plate(match)
        if match.re is MORE_SHAPES:  # Latvia's KR-4821, Belgium's 1-KTR-482
            hit = more_shapes(match, text, _after_a_code_word)
            return None if hit is None or _UNIT_AFTER.match(text, match.end()) or (
                text[hit.start : hit.start + 3] in MODEL_CODES) else hit  # EQS 450
        if match.re in ODD_PLATES:  # `NWL&nbsp;482`, `T R N 4 8 2`, `VolvoV70KRT491`
            return odd_plate(match, text, PLATE, self.judge)
        letters = match.group(1)
        measured = _MORE_DIGITS.match(text, match.end()) is not None and measured_after(
            text, match.end(), cued=True)  # `NKH 904 112 km/h`: a log's column, no code's group
        if (letters.upper() in CURRENCIES and match.group(2).isdigit() and not (
                _typed_as_a_plate(text, match))) or (
                not measured and _MORE_GROUPS.match(text, match.end())):
            return None  # SEK 895, an amount; GBP 13R, CAD 1O7 hold a letter, as no amount does
        upper = letters.isupper() and match.group(2).upper() == match.group(2)
        word = letters.upper() in WORDS_BEFORE_NUMBERS or letters.upper() in NOT_PLATE_PREFIXES or (
            letters.casefold() in lexicon.drugs())  # OXY 420 on a wall: a drug, no car
        named = _right_after_a_plates_word(text, match.start())
        if word and not upper and not named:
            return None  # `tel 070`: no plate, whatever the words before or after say
        if _UNIT_AFTER.match(text, match.end()) or _model(text, match) or (
                a_coded_drug(letters, match.group(2)) and not named) or (
                match.group() in _CELL_LINES):
            return None  # RAD-140, JWH 018: a SARM, a cannabinoid (`regnr JWH 018` is a car's)
        cued = cue_within(text, match.start(), SWEDISH_PLATE_CUES, 50, last=5) or (
            listed_after_a_plate(text, match.start(), match.end())) or _under_a_plate_header(
            text, match.start()) or _after_a_kind_of_car(text, match.start()) or (
            not word and (_a_vehicle_after(text, match) or cued_in_sentence(text, *match.span())))
        if not cued and _MORE_DIGITS.match(text, match.end()) and not (
                measured and measured_after(text, match.end(), cued=False)):
            return None
        misread = any(c in "OLI" for c in match.group(2)[:2].upper())
        if (not cued and (misread or text[match.end() : match.end() + 1] in ("s", "S"))) or (
                misread and letters.casefold() in CAR_MAKES):
            return None  # `ABC 1O3`, `XYZ 100s` alone: a code as likely as a plate; Kia i30
        if not cued and (has_cue(words_before(text, match.start(), 30), ID_NEGATIVE_CUES,
                                 last=1) or _after_a_code_word(text, match.start())):
            return None  # reference LYC-882, Kurskod TNK101, Artikelnr KTM 4410 och RXL 220
        if cued and (upper or not word or named):
            return Hit(match.start(), match.end(), 0.9)
        if upper and not word:
            return Hit(match.start(), match.end(), 0.75)
        return None

    @staticmethod
    def _foreign(match: re.Match[str], text: str) -> Hit | None:
        letters = re.split(r"[\d -]", match.group(), maxsplit=1)[0]
        if letters in CURRENCIES or (_MORE_DIGITS.match(text, match.end()) and not (
                measured_after(text, match.end(), cued=True))):  # `EL 12345 112 km/h`
            return None
        if letters in WORDS_BEFORE_NUMBERS or letters in NOT_PLATE_PREFIXES or _UNIT_AFTER.match(
                text, match.end()) or _model(text, match) or _beside_a_swedish_plate(text, match):
            return None
        if unlike_a_plate(match.group()) or _after_a_code_word(text, match.start()):
            return None  # Volvo FH16 750; Bokningskod KTW4821
        before = words_before(text, match.start(), 60)
        if has_cue(before, ID_NEGATIVE_CUES, last=2):
            return None
        if swiss_six(match.group()) is False:
            return None  # six digits after two letters: only a Swiss canton's (ZH 481203)
        if icelandic(match.group()):  # AB 123 is every code's shape: only in Iceland's words
            return Hit(match.start(), match.end(), 0.8) if icelandic_cued(before) else None
        if has_cue(before, PLATE_CUES, last=8) or a_neighbours_frame(text, match.end(), before) or (
                _after_a_kind_of_car(text, match.start())) or listed_after_a_plate(
                text, match.start(), match.end()):  # `Hyrbil DK: AB 12 345`, `KTR 491, EL 12345`
            return Hit(match.start(), match.end(), 0.8)
        if cued_by_its_list(text, match.start(), FOREIGN):  # `…, SU 10427, BR 77312`
            return Hit(match.start(), match.end(), 0.8)
        return None
