"""Staff initials where minutes and logs name who was there or who did it: the items of an
attendance list (`Närvarande: AN (skola), PD (soc)`, `Present: RW (chair), DK`), two
capitals right after a role (`Nattsköterska EH`, `Sköterskan på natten (JH)`), and the same
initials again further on (`PD har kontakt med mamma`). Offices, agencies, parties and
grades in the same places stay readable (`Närvarande: BUP, IFO och polisen`, `Chef HR`,
`läkare (AT)`).

A list's items are only two capitals: three are as often a unit or an agency (`IVA`, `NAV`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.initials import BODIES, CARE_ROLES, two_capitals
from mailgate.scan.recognizers.roles import role_shaped
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.signers import NO_SIGNERS
from mailgate.scan.recognizers.textindex import indexes_where, token_folded
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Words that open an attendance list before its colon (`Närvarande från skolan:`, `Til
# stede:`, `Attendees:`, `apologies:`), Swedish, Norwegian, Danish, English and German.
ATTENDANCE_LABELS: Final = frozenset({
    "närvarande", "frånvarande", "deltagare", "deltog", "deltar", "närvaro",
    "mötesdeltagare", "förhinder", "närvarolista", "stede", "tilstede", "deltakere",
    "deltagere", "fraværende", "present", "attendees", "attending", "participants",
    "absent", "apologies", "anwesend", "teilnehmer", "teilnehmende",
}) | frozenset({
    # A plural role opens a log's list of who was on duty the same way (`Inspektörer: AK,
    # JW.`, `Vakter: TL och MH`); a unit's codes there are no pair of capitals (`K2`, `P4`).
    "inspektörer", "kontrollanter", "kontrollörer", "vakter", "väktare", "förare",
    "chaufförer", "konduktörer", "ordningsvakter", "kassörer", "handläggare", "vektere",
    "sjåfører", "inspectors", "guards", "drivers", "stewards", "marshals", "officers",
    # Staff on duty (`Personal i tjänst: RN, GB`, `Lookouts on duty: JB (north gate)`).
    "personal", "tjänstgörande", "besättning", "lookouts", "staff", "crew",
})
_LABEL_REACH: Final = 4  # words between a line's start and the label's colon
_JOINERS: Final = frozenset({",", ";", "och", "og", "and", "&", "samt", "/", "und", "+"})
_ITEM_ENDS: Final = frozenset({",", ";", "(", "och", "og", "and", "&", "samt", "/", "und",
                               "+", ".", "–", "-"})


def _pair(tok: Tok) -> bool:
    """Two capitals, not a shouted line's short word (`DELTAGARE: JAG OCH DU`)."""
    text = tok.text
    return len(text) == 2 and text.isalpha() and text.isupper() and not (
        tok.line_is_shouting and (tok.info.common or tok.folded in STOP_WORDS))


def attendance_initials(toks: list[Tok]) -> list[Hit]:
    """Two capitals as an item of an attendance list, and every later word written so."""
    if ATTENDANCE_LABELS.isdisjoint(token_folded(toks)):
        return []  # most texts: no such list
    found: set[str] = set()
    for colon in (t.index for t in toks if t.text == ":"):
        if _labelled(colon, toks) and not toks[colon - 1].text.isupper():  # DELTAGARE: JAG OCH DU
            found.update(_items(colon, toks))
    for head in (t.index for t in toks if t.folded in ATTENDANCE_LABELS):
        found.update(_items_below(head, toks))
    return again(toks, found)


def _labelled(colon: int, toks: list[Tok]) -> bool:
    """An attendance label at most a few words after a line's or a sentence's start."""
    for i in range(colon - 1, max(-1, colon - 1 - _LABEL_REACH), -1):
        if toks[i].folded in ATTENDANCE_LABELS:
            j = i
            while j > 0 and not toks[j].line_break_before and toks[j - 1].text not in (
                    ".", ";", "|"):
                j -= 1
                if toks[j].text in (",", ":") or toks[j].text[:1].isdigit():
                    return False
            return colon - j <= _LABEL_REACH + 1
        if toks[i].line_break_before or toks[i].text in (",", ";", ":", "."):
            return False
    return False


def _items(colon: int, toks: list[Tok], below: bool = False) -> set[str]:
    """The list's items of two capitals, up to the line's or the sentence's end (`below`:
    the line after a heading). A body's letters among them (`SE`, `AB`, `SJ`) are someone's
    too where other people's initials outnumber them (`Närvarande: SE, IF, MO`); an office's
    never (`HR`, `FK`)."""
    clear: set[str] = set()
    bodies: set[str] = set()
    for i in range(colon + 1, len(toks)):
        tok = toks[i]
        if (tok.line_break_before and not (below and i == colon + 1)) or tok.text == ":":
            break
        if not _pair(tok) or tok.text in OFFICES:
            if tok.text == ".":
                break
            continue
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (i - 1 == colon or toks[i - 1].folded in _JOINERS) and (
                after is None or after.line_break_before or after.folded in _ITEM_ENDS):
            # an item of its own, not a word of a longer one
            (bodies if tok.text in BODIES or is_negative(tok.folded) else clear).add(tok.text)
    return clear | bodies if len(clear) >= 2 and len(clear) > len(bodies) else clear


def _items_below(head: int, toks: list[Tok]) -> set[str]:
    """A heading alone on its line (`Närvarande:`, `Närvarande`) and on the next line only
    initials and their joiners (`AB, KJ, TN`): that line's items."""
    colon = head + 1 if head + 1 < len(toks) and toks[head + 1].text == ":" else head
    first = colon + 1
    if not (head == 0 or toks[head].line_break_before) or first >= len(toks) or not (
            toks[first].line_break_before) or (colon > head and toks[colon].line_break_before):
        return set()
    end = next((j for j in range(first + 1, len(toks)) if toks[j].line_break_before), len(toks))
    if not all(_pair(t) or t.folded in _JOINERS for t in toks[first:end]):
        return set()  # a line of prose or of offices' words, no list of initials
    return _items(colon, toks, below=True)


# Two capitals that name an office, a desk or an agency wherever a list stands.
OFFICES: Final = frozenset({
    "HR", "IT", "PR", "VD", "KS", "FK", "AF", "EU", "UN", "US", "UK", "TV", "CD", "OK", "AI",
    "PS"})


def again(toks: list[Tok], initials: set[str]) -> list[Hit]:
    """Every word written as one of the initials found: the same person further on."""
    if not initials:
        return []
    return [Hit(t.start, t.end, SCORE_WEAK) for t in toks if t.text in initials]


# A rank stands before a name, never in brackets after a role (`fältassistenten (MR)`).
_NOT_IN_BRACKETS: Final = NO_SIGNERS - {"MR", "DR", "JR"}
_ROLE_REACH: Final = 3  # small words between a role and its bracket (`på natten`)


def role_initials(toks: list[Tok]) -> list[Hit]:
    """Two capitals right after a role and ending the line or the clause (`Insatsledare TW`),
    or in brackets after a role a few words back (`Sköterskan på natten (JH)`)."""
    out = []
    for i in indexes_where(toks, two_capitals):  # the few pairs of capitals: no pass
        tok = toks[i]
        if i == 0 or not _pair(tok) or tok.line_break_before or tok.text in _NOT_IN_BRACKETS:
            continue
        after = toks[i + 1] if i + 1 < len(toks) else None
        if toks[i - 1].text == "(":
            named = after is not None and after.text[:1] == ")" and _role_back(i - 1, toks)
        else:
            named = tok.text not in NO_SIGNERS and _a_role(toks[i - 1]) and (
                after is None or after.line_break_before or after.text in (",", ".", ":"))
        if named:
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _role_back(bracket: int, toks: list[Tok]) -> bool:
    for j in range(bracket - 1, max(-1, bracket - 2 - _ROLE_REACH), -1):
        if _a_role(toks[j]):
            return True
        if toks[j].capital or not toks[j].alpha or toks[j].line_break_before:
            return False
    return False


def _a_role(tok: Tok) -> bool:
    folded = tok.folded.lstrip("/")
    return folded in CARE_ROLES or role_shaped(folded, tok.info.name)
