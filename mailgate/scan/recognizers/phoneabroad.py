"""Telephone numbers written as at home abroad: a Norwegian or Danish eight digits, a
British or German 0 and ten or eleven, a Polish three times three, an American (202)
555-0148, and Swedish numbers whose + or 0 was dropped. Such digits are as often an amount
or a case number, so a phone cue beside them, or a name before them, decides.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from mailgate.scan.clock import today
from mailgate.scan.numbercues import ID_CUES, ID_NEGATIVE_CUES, NUMBER_LABELS, PHONE_CUES
from mailgate.scan.recognizers.base import Hit, has_cue, words_before
from mailgate.scan.recognizers.candidates import DASH, DASHES, NOT_PHONE, SPACES
from mailgate.scan.recognizers.columns import column_header
from mailgate.scan.recognizers.idcued import ID_CUE_WORDS
from mailgate.scan.recognizers.idnumber import birth_date
from mailgate.scan.recognizers.service import an_organisations_number
from mailgate.scan.recognizers.signed import under_a_name

# Numbers written as at home abroad, by shape: Norwegian or Danish eight digits (412 34 567,
# 20 12 34 56), a 0 and ten or eleven (British 07700 900123, German 0151 23456789, Finnish
# 040 123 4567), Polish three times three (601 234 567) or a landline's area code in
# brackets ((22) 123 45 67), American (202) 555-0148.
_ABROAD: Final = (
    (re.compile(r"46[ -]?[1-9](?:[ -]?\d){6,8}"), ("+",)),  # Tel 46 70 123 45 67: + forgotten
    (re.compile(r"7[02369](?:[ -]?\d){7}"), ("0",)),  # Mobil 70 123 45 67: +46 dropped, not 0
    (re.compile(r"[1-9]\d(?:[ -]?\d){6}"), ("NO", "DK")),
    (re.compile(r"0\d(?:[ -]?\d){8,10}"), ("GB", "DE", "FI")),
    (re.compile(r"[5-8]\d\d[ -]\d{3}[ -]\d{3}"), ("PL",)),
    (re.compile(r"\([1-9]\d\) ?\d{3}[ -]\d\d[ -]\d\d"), ("PL",)),  # a landline: (22) 123 45 67
    (re.compile(r"(?:1[ -])?\(?[2-9]\d\d\)?[ -]?\d{3}[ -]\d{4}"), ("US",)),  # 202.555.0150 too
    # Last, where no shape above fits: any country's code, its + or 00 dropped, then a
    # blank or dash (`47 412 34 567`, `358 40 123 4567`); the whole must be that country's.
    (re.compile(r"(?=(?:\D*\d){8,12}\D*$)[1-9]\d{0,2}[ -]\d(?:[ -]?\d){6,10}"), ("+",)),
)
# `Det norska numret är 412 34 567`: in a sentence about a foreign number, `numret` says phone.
# A click-to-chat link names its number after the host: `https://wa.me/46701740605`.
# Other languages' words for a phone and for reaching someone (`Festnetz 030 …`, `reach her
# at 020 …`, `portable : 06 …`; `Rufnummer` ends in a cue already).
_ABROAD_CUES: Final = PHONE_CUES | {"numret", "numren", "number", "numbers", "kontakt", "contact",
                                    "wa.me", "reach", "landline", "festnetz", "portable",
                                    "téléphone", "tél", "telefono", "teléfono", "móvil",
                                    "cellulare", "mobiel", "telefoon", "komórka", "komórkowy",
                                    "puh", "gsm", "swish", "swisha", "swishade", "swishat"}
# `ring my mum on 0161 …`, `reach Sam at …`: a preposition before the number, the cue a few
# words back.
_NUMBER_PREPOSITIONS: Final = frozenset({"on", "at", "via", "på"})
_YEAR_FIRST: Final = re.compile(r"(?:19|20)\d\d\b")
# How many digits a number of those shapes has (the tail of a number just found, `123 45 67`,
# has fewer: it need not be read as one from abroad).
ABROAD_DIGITS: Final = range(8, 13)
# The last groups of a longer run after a group of four or more (`Recept nr 8812 4471 2209`):
# the run was no number, so its tail is none either; no country groups its number so.
_GROUP_BEFORE: Final = re.compile(r"(?<![\d,.])\d{4,}[ \t]$")
# A letter and a dash glued to the digits make a code: U-2611-0391, A-1234 5678.
_CODE_PREFIX: Final = re.compile(r"[^\W\d_][" + DASH + r"]$")
# Mobile numbers abroad in a shape no Swedish number has, eleven or twelve digits after a 0
# in groups (British 07700 900123, German 0151 23456789): phones with no cue, as a Swedish
# mobile is. Run together (07700900123) they may as well be an article or parcel number.
_MOBILES_ABROAD: Final = ((re.compile(r"07\d{3} \d{3} ?\d{3}"), "GB"),
                          (re.compile(r"01[5-7]\d \d{7,8}"), "DE"),
                          # An American area code in brackets: (202) 555-0143, dash read as space.
                          (re.compile(r"\([2-9]\d\d\) \d{3} \d{4}"), "US"))
# Dots and slashes between the groups as some countries write them: 07700.900.123, 0171/2345678,
# a German area code's slash set apart (030 / 123 45 67).
_GROUP_MARKS: Final = re.compile(r" ?[./] ?")
# Where the clause after a number ends: its cue must come before (`07700 900123 (UK mobile)`).
_CLAUSE_END: Final = re.compile(r"[,;:!?\n]|\.(?!\w)")
# A sentence's end: its mark, then a blank and a capital (`Ref. 2026` goes on).
_SENTENCE_END: Final = re.compile(r"[.!?](?=[ \t]+[A-ZÅÄÖ])|\n")
# Words after a number that name another kind of number, though `…nummer` is a phone cue.
_OTHER_NUMBERS: Final = NUMBER_LABELS | ID_NEGATIVE_CUES | ID_CUES | ID_CUE_WORDS


def abroad(match: re.Match[str], text: str) -> Hit | None:
    """A number in another country's national format, with a phone cue just before or after
    it: without one, eight or ten digits are as often an amount or a case number. Digits
    on the next line are tried without (`– 07700 900767⏎3. Jamie`: the next item's number)."""
    start, end = _inside_brackets(match)
    hit = _abroad_at(start, end, text)
    line_end = text.find("\n", start, end)
    if hit is None and line_end != -1:
        hit = _abroad_at(start, len(text[start:line_end].rstrip()) + start, text)
    return hit


def _abroad_at(start: int, end: int, text: str) -> Hit | None:
    raw = DASHES.sub("-", SPACES.sub(" ", text[start:end]))
    if NOT_PHONE.match(raw) or _YEAR_FIRST.match(raw) or _CODE_PREFIX.search(
            text, max(0, start - 2), start) or _GROUP_BEFORE.search(text, max(0, start - 8), start):
        return None
    raw = _GROUP_MARKS.sub(" ", raw)
    regions = next((r for shape, r in _ABROAD if shape.fullmatch(raw)), ())
    if not regions:
        return None
    before = words_before(text, start, _in_sentence(text, start, 30))
    if has_cue(before, NUMBER_LABELS, last=2) or has_cue(before, ID_NEGATIVE_CUES, last=4) or (
            an_organisations_number(text, start, end)):
        return None  # Ärendet har nummer 20 12 34 56; Giftinformasjonen 22 59 13 00
    if not (has_cue(before, _ABROAD_CUES, last=3) or _cued_after(text, end) or (
            bool(before) and before[-1] in _NUMBER_PREPOSITIONS and has_cue(
                before, _ABROAD_CUES, last=5)) or (
            _after_a_name(text, start, end) and not _a_personnummer(raw)) or (
            _under_a_phone_header(text, start)) or under_a_name(text, start)):
        return Hit(start, end, 0.75) if (_mobile_abroad(raw) or _AMERICAN.fullmatch(
            text, start, end)) and _OPERAND.search(
            text, max(0, start - 3), start) is None else None
    for region in regions:
        try:
            number = (phonenumbers.parse("+" + raw, None) if region == "+"
                      else phonenumbers.parse("0" + raw, "SE") if region == "0"
                      else phonenumbers.parse(raw, region))
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return Hit(start, end, 0.8)
    return None


def _in_sentence(text: str, start: int, chars: int) -> int:
    """How far back, up to `chars`, the sentence holding `start` goes: a case number in the
    sentence before is no label of this one (`Case 4471. My phone: 07700 900632`)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - chars), start)]
    return start - ends[-1] if ends else chars


def _inside_brackets(match: re.Match[str]) -> tuple[int, int]:
    """The number without the brackets of the sentence around it: `(07700 900123)`,
    `(t.ex. 07700 900123)`; (202) 555-0148 keeps its own."""
    group, start, end = match.group(), match.start(), match.end()
    if group.startswith("(") and ")" not in group[:-1]:
        return start + 1, end - group.endswith(")")
    return start, end - (group.endswith(")") and "(" not in group)


def _a_personnummer(raw: str) -> bool:
    """Ten digits whose date is valid: after a name and a comma (`Annika Granlund,
    030718-…,`) a personnummer of someone born after 2000, not a German or Finnish number,
    which no phone word announces; also when its check digit fails (a slip of the hand)."""
    digits = raw.replace(" ", "").replace("-", "")
    return len(digits) == 10 and digits.isdigit() and birth_date(
        None, digits[:6], False, today()) is not None


def _under_a_phone_header(text: str, start: int) -> bool:
    """A cell under a `Tel` or `Mobil` column: a spreadsheet drops a mobile's leading zero
    (`Lina Ek;701740655`) and keeps a country code's digits without the plus."""
    header = column_header(text, start, csv=True)
    return bool(header) and has_cue(words_before(header, len(header)), PHONE_CUES, last=2)


# A Swedish mobile in its grouping after the country code whose plus was dropped: `46 70 174
# 06 64`. No amount or code is grouped so; but a sum's term is no number (`5 + 46 70 …`).
# A Swedish mobile after its country code without the +: grouped as at home, or run together
# as a text-message gateway or a phone's export writes it (`46701740619:`); no Nordic or
# Polish identity number has a month of 70 to 79.
_SWEDISH_MOBILE: Final = re.compile(r"46 7[02369] \d{3} \d\d \d\d|46 ?7[02369]\d{7}")
_OPERAND: Final = re.compile(r"[-+*/=×][ \t]*$")
# An American number as written at home, its three groups apart by the same dash or dot
# (202-555-0143, 202.555.0143): no Nordic number, amount or date is grouped three, three and
# four so, and an exchange never starts with 0 or 1.
_AMERICAN: Final = re.compile(r"[2-9]\d\d([-.])[2-9]\d\d\1\d{4}")


def _mobile_abroad(raw: str) -> bool:
    flat = raw.replace("-", " ")
    if _SWEDISH_MOBILE.fullmatch(flat):
        return True
    return any(shape.fullmatch(flat) and phonenumbers.is_possible_number(
        phonenumbers.parse(flat, region)) for shape, region in _MOBILES_ABROAD)


# `Piotr Nowak, 601 234 567`: a name and a comma, as contact lists are written, or a
# signature's bar, dash or colon (`Kari Nordby | 412 34 567`, `Hilsen Kari Nordby – 934 …`);
# not an amount (`Anna Berg, 612 345 678 kr`).
_NAME_THEN_COMMA: Final = re.compile(r"([^\W\d_]+)[ -]([^\W\d_]+)(?:,|[ \t]?[|–—:])[ \t]*$")
_AMOUNT_AFTER: Final = re.compile(r"[ \t]*(?:kr|kronor|sek|eur|euro|usd|nok|dkk|st|g|gram)\b", re.I)


def _after_a_name(text: str, start: int, end: int) -> bool:
    name = _NAME_THEN_COMMA.search(text, max(0, start - 60), start)
    return name is not None and name.group(1)[0].isupper() and name.group(2)[0].isupper() and (
        _AMOUNT_AFTER.match(text, end) is None)


def _cued_after(text: str, end: int) -> bool:
    """A phone cue among the three words after the number, in its clause: `07700.900.123
    (his UK mobile)`, `412 34 567 är hans norska nummer`; not `20 12 34 56 (ordernummer)`."""
    clause = _CLAUSE_END.split(text[end : end + 40], maxsplit=1)[0]
    after = words_before(clause, len(clause), len(clause))[:3]
    return has_cue(after, _ABROAD_CUES, last=3) and not has_cue(after, _OTHER_NUMBERS, last=3)
