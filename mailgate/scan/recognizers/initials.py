"""Initials where signatures stand: `granskat av S. Vinge`, `K. Ahlroos, AME` opening a
text's last line (person.py asks it of two words, an initial and a surname no list holds);
and a care note's initials in capitals before a role or after a signing word (`DL/ssk`,
`Sign. MN`); an initial glued to a signature's slash (`/K. Strömholm`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.nearby import word_before
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where, token_folded
from mailgate.scan.recognizers.words import Tok


def signed_initial(first: Tok, last: Tok, toks: list[Tok]) -> bool:
    """`granskat av S. Vinge`, and `K. Ahlroos, AME` opening the text's last line: an initial
    with its dot and a surname where signatures stand (not a list's `A. Bakgrund`)."""
    if not (first.initial and first.text.endswith(".")):
        return False
    if word_before(toks, first.index) in _SIGNED_BY:
        return True
    return (first.line_break_before or first.index == 0) and not any(
        t.line_break_before for t in toks[last.index + 1 :]) and not (
        _after_a_lettered_line(first, toks))  # the text's last line, no list's item


def _after_a_lettered_line(first: Tok, toks: list[Tok]) -> bool:
    """The line before opens with a letter and its dot too: `A. Bakgrund` / `B. Åtgärder`."""
    i = first.index - 1
    while i > 0 and not toks[i].line_break_before:
        i -= 1
    return i >= 0 and toks[i].initial and toks[i].text.endswith(".")


_SIGNED_BY: Final = frozenset({"av", "by", "sign", "signerat", "signed", "/"})


# Care roles signed after initials: `DL/ssk`, `/AB usk`.
CARE_ROLES: Final = frozenset({"ssk", "usk", "läk", "lak", "dr", "bma", "dsk", "ssk.", "usk.",
                               "sjuksköterska", "undersköterska", "läkare", "barnmorska"})
_SIGN_WORDS: Final = frozenset({"sign", "signerat", "signerad", "signatur", "signature"})
# Units and roles that sign a note or a chain of custody in capitals where initials would
# (`sign. FHV`, `Sign. SÄK`, `sign. SSK`): a workplace's departments and care roles, as
# Swedish organisations abbreviate them, never a person.
UNITS: Final = frozenset({
    "FHV", "SÄK", "EKO", "ADM", "LAB", "AVD", "KOM", "IVA", "BUP", "VUP", "BVC", "MVC",
    "HVB", "SIS", "SOC", "LSS", "HSL", "VC", "HR", "IT", "PR", "VD", "SSK", "USK", "LÄK",
    "BMA", "DSK", "PAL",
})


def signed_initials(toks: list[Tok]) -> list[Hit]:
    """Initials in capitals that sign a care note: two before a role (`DL/ssk`, `/AB ssk`), or
    two or three after a signing word (`Sign. DL`, `Signatur: MNB`)."""
    out = []
    for i in indexes_where(toks, _two_or_three_capitals):  # the few such words: no pass
        tok = toks[i]
        signed = _signing_before(i, toks) and tok.text not in UNITS
        if signed or (len(tok.text) == 2 and tok.folded not in _GRADES and _role_after(i, toks)):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _two_or_three_capitals(text: str) -> bool:
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper()


def two_capitals(text: str) -> bool:
    """Two capitals (`DL`): what a pass for a pair of initials asks of a word first, the
    word's own fact (textindex.indexes_where finds its tokens, no pass over every token)."""
    return len(text) == 2 and text.isalpha() and text.isupper()


# Two capitals before a role that are no one's initials: a doctor's grade (`ST/läk`), and
# three are as often a unit or an examination (`IVA/ssk`, `EKG`).
_GRADES: Final = frozenset({"at", "st", "bt", "ul", "op", "pm"})


def _role_after(i: int, toks: list[Tok]) -> bool:
    j = i + 1
    if j < len(toks) and toks[j].text == "/":
        j += 1
    return j < len(toks) and toks[j].folded in CARE_ROLES and not toks[j].line_break_before


def _signing_before(i: int, toks: list[Tok]) -> bool:
    j = i - 1
    if j >= 0 and toks[j].text in (".", ":"):
        j -= 1
    return j >= 0 and toks[j].folded in _SIGN_WORDS


def slashed_initials(toks: list[Tok]) -> list[Hit]:
    """`/K. Strömholm` alone on a line, or after the line's last sentence (`… informerad
    07.00. /A. Kask`), as a mail is signed: spaCy keeps the slash and the initial as one word
    (`/K.`), so the surname after it is read here. A surname that is also a word signs so
    too (`/M. Lind`, `/E. Björk`): a word has no initial before it."""
    out = []
    for at in indexes_where(toks, _a_slashed_initial):  # the few such words: no pass
        tok = toks[at]
        i = tok.index + 1
        if not (tok.line_break_before or tok.index == 0 or _after_a_sentence(tok, toks)) or (
                i >= len(toks)):
            continue
        name = toks[i]
        ends_line = i + 1 == len(toks) or toks[i + 1].line_break_before
        if ends_line and name.capital and name.info.name and not name.info.negative and (
                name.info.last or not name.info.common):
            out.append(Hit(tok.start + 1, name.end, SCORE_WEAK))
    return out


def _after_a_sentence(tok: Tok, toks: list[Tok]) -> bool:
    """The word before ends a sentence on the same line (`informerad 07.00. /A. Kask`)."""
    return tok.index > 0 and toks[tok.index - 1].text[-1:] in ".!?" and (
        tok.start > toks[tok.index - 1].end)



def _a_slashed_initial(text: str) -> bool:
    return len(text) == 3 and text[0] == "/" and text[1].isupper() and text[2] == "."


# A signature of initials alone after a slash ending a line (`… förälder /L`, `/vik. JF`,
# `06 27 /R"`; not `Hus A /B`, `38 /M`), maybe after a role in lower case, or after a dash
# on the text's last line (`– J.H.`): the writer who would not give a name.
_SLASH_SIGNED: Final = re.compile(
    r"/(?:[a-zåäö]{2,12}\.? )?([A-ZÅÄÖ](?:\.?[A-ZÅÄÖ]){0,2}\.?)[\"”']?[ \t]*$", re.MULTILINE)
# What may stand before the slash: a line's start, a sentence's end, a word, a phone's digits.
_BEFORE_SLASH: Final = re.compile(r"(?:^|[.!?…)a-zåäö]\s|\d\d \d\d\s)\Z", re.MULTILINE)
_DASH_SIGNED: Final = re.compile(r"[–—-] ?([A-ZÅÄÖ]\.(?:[A-ZÅÄÖ]\.){0,2}|[A-ZÅÄÖ]{2,3})\s*")
# Offices and things that sign or end a line in capitals as initials would.
_NO_ONES: Final = frozenset({"HR", "IT", "PR", "VD", "EK", "KS", "AB", "HB", "SOS", "VSN",
                             "IVA", "BUP", "TV", "CD", "DVD", "SMS", "PDF", "USA", "EU", "UK",
                             "OK", "AI", "PS"})
# Two capitals that stand for a body, not a person, where a person's cue or a list of those
# present would make them someone's initials: offices, parties, agencies, unions, countries
# (`Frånvarande: AF och FK`, `Deltagare: HR`, `Chef HR`, `Närvarande partier: S, M, SD`).
BODIES: Final = _NO_ONES | frozenset({
    "SD", "MP", "KD", "FP", "LO", "FK", "AF", "KV", "SJ", "SE", "NO", "DK", "FI", "EU", "UN",
    "US", "DN", "TT", "SR", "KK", "PO", "KI", "SU", "LU", "VC", "BB", "NA", "SL"})


def an_office(tok: Tok) -> bool:
    """Two capitals for a body after a person's cue (`Chef HR`); a signature's slash still
    signs with initials (`/HB`)."""
    return tok.text in BODIES and tok.cue != "signature"


def initials_signing(text: str) -> list[Hit]:
    """Initials that sign a message where a name would (`/K`, `/tränare MK`, `– J.H.`)."""
    out = []
    slash = text.find("/")
    while slash != -1:
        m = _SLASH_SIGNED.match(text, slash)
        if m and m.group(1).replace(".", "") not in _NO_ONES and _BEFORE_SLASH.search(
                text, max(0, slash - 6), slash):
            out.append(Hit(m.start(1), m.end(1), SCORE_WEAK))
        slash = text.find("/", slash + 1)
    start = text.rstrip().rfind("\n") + 1  # the text's last line
    dash = _DASH_SIGNED.fullmatch(text, start)
    if dash and dash.group(1).replace(".", "") not in _NO_ONES and not _after_a_dashed_line(
            text, start):
        out.append(Hit(dash.start(1), dash.end(1), SCORE_WEAK))
    return out


def _after_a_dashed_line(text: str, start: int) -> bool:
    """The line before is a list's item too (`- A⏎- B`): no signature."""
    before = text[:start].rstrip("\n").rsplit("\n", 1)[-1].lstrip()
    return before[:1] in ("–", "—", "-")


# Words that say initials follow: `the patient's initials ("M.K.", …)`, `initialer AL`.
_INITIALS_CUES: Final = frozenset({"initialer", "initialerna", "initials", "initialen",
                                   "initial", "signum", "signaturen", "signatur", "signature",
                                   "attestant"})  # signatur för uttag: "LS"
_INITIALS_SHAPE: Final = re.compile(r"[A-ZÅÄÖ](?:\.?[A-ZÅÄÖ]){1,2}\.?")
_CUE_REACH: Final = 10  # tokens back, on the line, where the cue may stand


def cued_initials(toks: list[Tok]) -> list[Hit]:
    """Capitals shaped as initials a few words after a word saying initials follow."""
    if _INITIALS_CUES.isdisjoint(token_folded(toks)):
        return []  # most texts: no word for initials
    cues = [t.index for t in toks if t.folded in _INITIALS_CUES]
    out = []
    for c in cues:
        for tok in toks[c + 1 : c + 1 + _CUE_REACH]:
            if tok.line_break_before or tok.text in (".", "!", "?"):
                break  # the cue's sentence only
            if _INITIALS_SHAPE.fullmatch(tok.text) and tok.text.replace(".", "") not in _NO_ONES:
                out.append(Hit(tok.start, tok.end, SCORE_WEAK))
                break
    return out


# An age after initials: `Patient (J.S., 41 år)`, `en kvinna, KL, 29 år`, `(M.B., 17 years)`.
_AGED_INITIALS: Final = re.compile(r"[A-ZÅÄÖ]\.[A-ZÅÄÖ]\.(?:[A-ZÅÄÖ]\.)?|[A-ZÅÄÖ]{2}")
_YEARS: Final = frozenset({"år", "years", "year", "åring", "yo"})


def aged_initials(toks: list[Tok]) -> list[Hit]:
    """Initials in brackets or between commas, then an age: someone kept anonymous, as a
    case note writes; not a firm's jubilee opening a line (`SJ, 25 år i trafiken`)."""
    out = []
    for i in range(len(toks) - 3):
        tok = toks[i]
        if toks[i + 1].text != "," or i == 0 or toks[i - 1].text not in ("(", ",") or not (
                _AGED_INITIALS.fullmatch(tok.text)) or tok.text.replace(".", "") in _NO_ONES:
            continue
        age, unit = toks[i + 2].text, toks[i + 3].folded
        if age.isdigit() and 1 <= len(age) <= 2 and unit in _YEARS and not (
                toks[i + 2].line_break_before):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out
