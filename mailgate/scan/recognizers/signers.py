"""Staff initials where someone signs a log, a form or a table row: after a label saying who
did it (`Registrerat av: LH`, `Checked by: RH`, `Lead: CF`, `Ombrytning: LN`) and in a
table's signer column (`Leverans  Antal  Sign` ⏎ `… 4 kartonger  AE`). Units, offices and
abbreviations in the same places stay readable (`Rapporterat av: HR`, an `Enhet` column's
`ST`, `Lead: THC`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.farewells import unlisted_word
from mailgate.scan.recognizers.initials import _NO_ONES, CARE_ROLES
from mailgate.scan.recognizers.lowered import lower_text
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import STOP_WORDS

# Two capitals or two letters round a hyphen (`LH`, `C-J`): after a doer's label only these,
# as three capitals there are as often a unit or an agency (`av: NFC`, `Lead: THC`).
_PAIR: Final = re.compile(r"[A-ZÅÄÖ](?<![\w-][A-ZÅÄÖ])(?:[A-ZÅÄÖ]|-[A-ZÅÄÖ])(?![\w-])")
# A label naming who did something, then its colon (`Registrerat av:`, `Checked by:`), or a
# role's label (`Lead:`, `Kvittens:`), at a line's, a sentence's or a clause's start
# (`withdrawn: Adam Petrović, data deleted by JH`).
_LABEL: Final = re.compile(
    r"(?:^|[.!?),;]\s|\n)[ \t]*(?:[A-ZÅÄÖa-zåäö]+[ \t]+)?(?:"
    r"(?i:[a-zåäö]+(?:t|d|ed|en)[ \t]+(?:av|by))[ \t]*:?"
    r"|(?i:lead|ansvarig|handläggare|kvittens|kvitterat|ombrytning|sign|signerat|signum"
    r"|attest|attestant|sekr|justerare|granskare|reviewer|owner|mod|moderator)[ \t]*:"
    r")[ \t]*\Z")
_REACH: Final = 40  # characters before the initials where the label may stand
# Two-letter words that sign nothing: offices, units, grades, measures, quality steps.
NO_SIGNERS: Final = _NO_ONES | frozenset({
    "QA", "QC", "ST", "KG", "GC", "MS", "ID", "NA", "UN", "US", "SE", "SJ", "CV", "DJ", "MC",
    "PM", "AM", "QR", "BB", "VC", "HC", "LA", "OP", "AT", "BT", "UL", "ML", "MG", "CM", "MM",
    "NR", "TBC", "NN", "XX", "SR", "SVT", "IP", "TT", "DN", "SD", "FK", "AF", "LO", "KK",
    "PC", "DC", "DS", "DI", "DR", "MR", "JR"})  # police and other ranks before a name


def labelled_initials(text: str) -> list[Hit]:
    """Two capitals right after a doer's or a role's label: someone's initials."""
    out = []
    for m in _PAIR.finditer(text):
        if m.group().replace("-", "") in NO_SIGNERS or m.group() in NO_SIGNERS:
            continue
        if _LABEL.search(text, max(0, m.start() - _REACH), m.start()):
            out.append(Hit(m.start(), m.end(), SCORE_WEAK))
    return out


# A signer's own label (`Kvittens:`, `Registrerat av:`): a surname follows it where a cause
# or a source follows a looser doer's label (`Orsakad av: Blandintox`).
_SIGNER_LABEL: Final = re.compile(
    r"(?:^|[.!?)]\s|\n)[ \t]*(?:[A-ZÅÄÖa-zåäö]+[ \t]+)?(?i:"
    r"(?:registrer|rapporter|kvitter|signer|mottag|utför|upprätt|sammanställ|attester|granska"
    r"|skriv|check|sign|receiv|report|verifi|record)[a-zåäö]*[ \t]+(?:av|by)"
    r"|kvittens|kvitterat|sign|signerat|signum|attest|attestant|handläggare|justerare"
    # A log's or a credit line's staff role (`Fotograf: Wennerholm.`, `Skift: Rydenfelt`);
    # a supplier's or a place's label names a firm or a town (`Leverantör: Atea`).
    r"|fotograf|photographer|vakt|väktare|guard|förare|driver|chaufför|skift|shift|kassör"
    r"|kassörska|cashier|boatswain|bosun|båtsman|styrman|inspektör|kontrollant|vaktmästare)"
    r"[ \t]*:[ \t]*\Z")
# A capitalised word closing the label's value: the signer's surname (`Kvittens: Mård.`).
_SURNAME: Final = re.compile(
    r"[ \t]*([A-ZÅÄÖ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?=[.,;]|[ \t]*(?:\n|\Z))")


def labelled_surnames(text: str) -> list[Hit]:
    """A surname alone after a doer's or a role's label and its colon, ending the value: the
    signer (`Kvittens: Mård.`); a desk, an agency or a word there stays (`Receptionen`)."""
    out = []
    colon = text.find(":")
    while colon != -1:
        m = _SURNAME.match(text, colon + 1)
        if m and _a_surname(m.group(1)) and _SIGNER_LABEL.search(
                text, max(0, colon + 1 - _REACH), colon + 1):
            out.append(Hit(m.start(1), m.end(1), SCORE_WEAK))
        colon = text.find(":", colon + 1)
    return out


def _a_surname(word: str) -> bool:
    folded = word.casefold()
    if folded in STOP_WORDS or folded in lexicon.drugs():
        return False
    info = names.lookup(word, STOP_WORDS)
    if info.last or info.shaped:
        return not info.negative
    return unlisted_word(word, info.name or info.negative) and not _DEFINITE.search(word)


# Swedish definite forms no regular noun test catches (`Skolan`, `Tullen`, `Kyrkan`).
_DEFINITE: Final = re.compile(r"(?:an|en|et|na)$")


# A column header saying who signed the row.
_SIGNER_HEADS: Final = frozenset({
    "sign", "sign.", "signatur", "signum", "attestant", "attest", "kvittens", "kvitterat",
    "initialer", "init", "init.", "utfört av", "utförd av", "utförare", "ansvarig",
    "signed", "signature", "initials", "done by", "checked by", "by"})
_CELLS: Final = re.compile(r"\t|[ \t]*[;|][ \t]*| {2,}")
_SIGNER_CELL: Final = re.compile(r"[A-ZÅÄÖ](?:[A-ZÅÄÖ]{1,2}|-[A-ZÅÄÖ])")


# Some header's word must stand in the text (in small letters) before its lines are read
# as a table; a row has a cell's mark.
_HEAD_GATES: Final = ("sign", "attest", "kvitt", "init", "utför", "ansvarig", "checked by",
                      "done by")
_CELL_MARKS: Final = ("\t", ";", "|", "  ")
# A staff column is read only in a table of tabs, bars or semicolons, where a header is one
# cell for certain (`| Datum | Elev | Lärare |`, `Vecka⇥Tränare`).
_STAFF_MARKS: Final = ("\t", ";", "|")


def signer_columns(text: str) -> list[Hit]:
    """Initials in the cells of a column whose header names the signer, or a member of
    staff by a role (`Lärare`, `Handledare`, `Personal`, `Nurse`)."""
    if "\n" not in text:
        return []
    lowered = lower_text(text)
    signers = any(gate in lowered for gate in _HEAD_GATES)
    staff = any(mark in text for mark in _STAFF_MARKS)
    if not (signers or staff):
        return []
    out: list[Hit] = []
    columns: list[int] = []  # the signers' and staff's columns of the table being read
    pos = 0
    for line in text.split("\n"):
        if not any(mark in line for mark in _CELL_MARKS):
            columns = []  # one cell: no table's row, and no header
            pos += len(line) + 1
            continue
        staff_row = staff and any(mark in line for mark in _STAFF_MARKS)
        if not (columns or signers or staff_row):
            pos += len(line) + 1
            continue  # no header can stand here: cells parted by blanks only
        cells = _cells(line, pos)
        if columns and (len(cells) < 2 or not line.strip()):
            columns = []  # the table ended
        if not columns:
            heads = [c.casefold().strip(" :") for c, _ in cells]
            columns = [k for k, h in enumerate(heads) if (signers and h in _SIGNER_HEADS) or (
                staff_row and _staff_head(h))] if len(cells) >= 2 else []
        else:
            out += [Hit(start, start + len(cell), SCORE_WEAK) for cell, start in (
                cells[k] for k in columns if k < len(cells)) if _initials_cell(cell)]
        pos += len(line) + 1
    return out


def _initials_cell(cell: str) -> bool:
    return _SIGNER_CELL.fullmatch(cell) is not None and cell not in NO_SIGNERS and (
        cell.replace("-", "") not in NO_SIGNERS)


def _staff_head(head: str) -> bool:
    """A header naming a member of staff by a role: `Lärare`, `Handledare`, `Nurse` (asked
    only in a row of tabs, bars or semicolons)."""
    return head in CARE_ROLES or head in ENGLISH_ROLES or role_shaped(head, False)


def _cells(line: str, pos: int) -> list[tuple[str, int]]:
    """A row's cells and where each starts in the text, their blanks stripped."""
    out = []
    start = 0
    for m in [*_CELLS.finditer(line), None]:
        end = len(line) if m is None else m.start()
        raw = line[start:end]
        stripped = raw.strip()
        if stripped:
            out.append((stripped, pos + start + raw.index(stripped)))
        if m is not None:
            start = m.end()
    return out
