"""Names in register style, as case and police systems and mail headers write them.

`JOHANSSON, ERIK`, `Lindqvist, Maja`, `ANDERSSON, LISA MARIA`: a surname, a comma, then
the first names. One finding spans the whole name, so the masked text reads `[NAMN]`.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.closings import CLOSINGS
from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import ROMAN_NUMERAL, english_words
from mailgate.scan.recognizers.kinds import kind_words, under_a_kind
from mailgate.scan.recognizers.memorials import a_memorial_thing
from mailgate.scan.recognizers.namedpairs import a_named_pair
from mailgate.scan.recognizers.namedplaces import opens_a_named_place
from mailgate.scan.recognizers.performers import a_performer
from mailgate.scan.recognizers.rows import opens_a_row
from mailgate.scan.recognizers.textindex import indexes_where, positions, token_folded
from mailgate.scan.recognizers.things import a_firms_tail
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import RELATION_CUES, Tok, prev_words

# Labels before a register line: Misstänkt: STJERNA, Mikael.
REGISTER_LABELS: Final = PERSON_CUES | {
    "namn", "målsägande", "målsägare", "vittne", "berörd", "berörda", "avsändare", "mottagare",
    "uppgiftslämnare", "anhållen", "häktad", "dömd", "intagen", "suspect", "name", "victim",
}
HEADER_LABELS: Final = frozenset({"från", "till", "kopia", "cc", "bcc", "to", "from", "kontakt"})


def register_names(toks: list[Tok], score: float) -> list[Hit]:
    """Every `Surname, First` in the text, capitals or not (lines in capitals included)."""
    out = []
    kinds = kind_words(token_folded(toks))
    for tok in [toks[i - 1] for i in positions(toks).get(",", ()) if i]:
        if _capitalised(tok) and (end := register_name_end(tok, toks)) and not a_performer(
                tok.index, tok.index, toks) and not (kinds and under_a_kind([tok], toks)):
            # Tonight's lineup: Adam Beyer, Charlotte de Witte; Roles Albrecht, Myrtha
            out.append(_the_writer(tok, end, toks, score) if _a_closing(tok) else Hit(
                tok.start, end, score))
    return out


def shouted_names(toks: list[Tok], score: float) -> list[Hit]:
    """`LISA BERG` in a line written in capitals: a first name common here and a surname,
    even when either is also a word or a place, which in capitals nothing else tells apart;
    and after a label naming a person (`PATIENT: LAVDIM WARSAME`), any two name-shaped words
    in capitals of which one is a known name."""
    out = []
    last = len(toks) - 1
    for i in indexes_where(toks, str.isupper):  # the first of a pair: no other passes
        if i == last:
            break
        first, second = toks[i], toks[i + 1]
        if not (first.text.isupper() and second.text.isupper()) or second.line_break_before:
            continue
        if first.folded in STOP_WORDS or second.folded in STOP_WORDS or (
                first.in_negative_phrase and second.in_negative_phrase):
            continue  # WALTER WHITE, TONY MONTANA: a pill's stamp, whatever the case
        if first.line_is_shouting and first.info.first and first.info.core and not (
                first.info.negative) and second.info.last and not second.drug_word:
            out.append(Hit(first.start, second.end, score))
        elif _after_a_person_label(first, toks) and _capital_pair(first, second):
            out.append(Hit(first.start, second.end, score))  # PATIENT: LAVDIM WARSAME
        elif first.line_is_shouting and _surname_and_initial(first, second):
            out.append(Hit(first.start, second.end, score))  # BESÄTTNINGSMAN RAMOS J
        elif first.line_is_shouting and _surname_and_initial(second, first, dotted=True):
            out.append(Hit(first.start, second.end, score))  # AGENT ON DUTY: L. BOSTRÖM MOB
    return out


# Capitals alone that are words, not initials: i (in), å (a river), ö (an island).
_NO_INITIAL: Final = frozenset({"i", "å", "ö"})


def _surname_and_initial(first: Tok, second: Tok, dotted: bool = False) -> bool:
    """A listed surname and a given name's initial, as telexes, crew lists and rosters in
    capitals write a person (`LOTS ANDERSSON K`, `KOVALENKO O NEKAR`); `dotted`: the initial
    before it with its dot (`L. BOSTRÖM`, `first` the surname)."""
    info = first.info
    return (info.last or info.shaped) and len(first.text) >= 4 and not (
        info.common or info.negative or first.drug_word or first.is_cue_word) and (
        second.initial and second.folded[:1] not in _NO_INITIAL) and (  # J, J.
        not dotted or second.text.endswith("."))


def _after_a_person_label(tok: Tok, toks: list[Tok]) -> bool:
    before = prev_words(toks, tok.index, 1)
    return bool(before) and before[0] in RELATION_CUES


def _capital_pair(first: Tok, second: Tok) -> bool:
    """Two name-shaped words in capitals, one a known name, neither a place or substance."""
    pair = (first, second)
    return (any(t.info.name for t in pair) and all(
        t.alpha and len(t.text) >= 2 and not t.info.negative and not t.drug_word
        and not t.is_cue_word and not t.label for t in pair))


def register_name_end(tok: Tok, toks: list[Tok]) -> int:
    """Where `Surname, First [Second]` ends when `tok` starts one, else 0."""
    i = tok.index
    if i + 2 >= len(toks) or toks[i + 1].text != "," or tok.drug_word:
        return 0
    if not _surname(tok, toks) or tok.is_cue_word:
        return 0
    first = toks[i + 2]
    if not (_first_name(first, toks) and not first.line_break_before):
        return 0
    end, j = first.end, i + 3
    while j < len(toks) and _first_name(toks[j], toks) and not toks[j].line_break_before:
        end, j = toks[j].end, j + 1  # LISA MARIA, Karl Erik
    if a_memorial_thing(toks[i + 2 : j], toks) or a_firms_tail(toks, j):
        return 0  # `Mikaela Sandström, Sofia kyrka`, `Nina Sundqvist, Botnia Montage Ab`
    if _straddles_items(i, j, toks) or _beside_a_named_thing(i, j, toks):
        return 0  # `Pheasant Tail, Mickey Finn, Royal Coachman`: no `Finn, Royal`
    if opens_a_named_place(i + 2, toks):
        return 0  # `Petra Almqvist, Astrid Lindgrens skola`: the given name opens a place's
    # A surname that is also a place (Berg, Sala) only in a header, after a person's label
    # or before an ID number: "Kopia: Berg, Anna", "Pat: Berg, Anna", "FROST, Ove, 1999…".
    if tok.info.negative and _line_label(tok, toks) not in HEADER_LABELS and not (
            _labelled(tok, toks) or _before_an_id(j, toks)):
        return 0
    return end


def _straddles_items(i: int, j: int, toks: list[Tok]) -> bool:
    """The comma parts two items of several words each: a capitalised word ends the item
    before the surname's and another goes on after the given names (`Hot Stone, Aurora
    Facial, Nordic Ritual`), in a list of three items or more, the word before the surname no
    name and the word after the given names an everyday English word and no name (`Anna Lind,
    Maja Berg` are people, and keep the reading)."""
    return i > 0 and j < len(toks) and not toks[i].line_break_before and not (
        toks[j].line_break_before) and _a_word_of_the_item(toks[i - 1]) and (
        _a_word_of_the_item(toks[j])) and not toks[j].info.name and not (
        toks[i - 1].info.name) and toks[j].folded in english_words() and (
        _another_item(i - 1, -1, toks) or _another_item(j, 1, toks))


def _beside_a_named_thing(i: int, j: int, toks: list[Tok]) -> bool:
    """The surname ends, or the given name opens, a place's or a band's listed name: the
    comma parts two items (`Anna Berg, Gamla Stan, Erik Ek`: no `Stan, Erik`; `Leila Nouri,
    Ebba Grön`: no `Nouri, Ebba`)."""
    return (i > 0 and not toks[i].line_break_before and a_named_pair(toks[i - 1], toks[i])) or (
        j < len(toks) and not toks[j].line_break_before and a_named_pair(toks[j - 1], toks[j]))


_ITEM_REACH: Final = 3  # capitalised words of one item, read to the comma that parts the next


def _another_item(k: int, step: int, toks: list[Tok]) -> bool:
    """A comma parts one more item beyond the item toks[k] is in: a list of three or more."""
    for _ in range(_ITEM_REACH):
        k += step
        if not 0 <= k < len(toks) or toks[k].line_break_before:
            return False
        if toks[k].text == ",":
            return True
        if not toks[k].capital:
            return False
    return False


def _a_word_of_the_item(tok: Tok) -> bool:
    return tok.capital and tok.alpha and tok.folded not in REGISTER_LABELS and not (
        tok.is_cue_word)


def _before_an_id(j: int, toks: list[Tok]) -> bool:
    """A comma or a bracket, then a personnummer's shape: `FROST, Ove, 1999…-…`."""
    return j + 1 < len(toks) and toks[j].text in (",", "(") and _ID_SHAPE.match(
        toks[j + 1].text) is not None


_ID_SHAPE: Final = re.compile(r"^(?:\d{2})?\d{6}[-+]?\d{4}$")


def _a_closing(tok: Tok) -> bool:
    """A mail's closing at a line's start, then the name: `Best, Johan Sjöstrand`."""
    return tok.line_break_before and tok.folded in CLOSINGS


def _the_writer(closing: Tok, end: int, toks: list[Tok], score: float) -> Hit:
    """`Best, Annika Fagerlund, Student Housing`: the name after the closing, with the
    surname that follows it on the line."""
    first = toks[closing.index + 2]
    nxt = toks[first.index + 1] if first.index + 1 < len(toks) else None
    if nxt is not None and nxt.capital and nxt.alpha and not nxt.line_break_before and (
            nxt.end > end):
        end = nxt.end
    return Hit(first.start, end, score)


def _surname(tok: Tok, toks: list[Tok]) -> bool:
    """A listed or surname-shaped word; an unlisted capitalised one right after a person's
    label (`Klient: Farahani, Arash`); or an unlisted one in capitals (STJERNA, Mikael), as
    registers write surnames, when a label or a sentence stands before it (not VARNING, Anna)."""
    if tok.info.last or tok.info.shaped:
        return True
    labelled = _labelled(tok, toks)
    if labelled and tok.capital and tok.alpha and not (
            tok.info.common or tok.info.negative or tok.label or tok.drug_word):
        return True  # Klient: Farahani, Arash
    if opens_a_row(tok, toks):
        return True  # Farahani, Arash<TAB>20031210-…
    if not (tok.alpha and tok.text.isupper() and len(tok.text) >= 3) or tok.info.common or (
            tok.info.negative or tok.label):
        return False
    return not tok.sentence_start or labelled


def _labelled(tok: Tok, toks: list[Tok]) -> bool:
    before = prev_words(toks, tok.index, 1)
    return bool(before) and before[0] in REGISTER_LABELS


def _capitalised(tok: Tok) -> bool:
    if ROMAN_NUMERAL.match(tok.text):
        return False  # `Bruker Avance III, Hao Chen`: a model's numeral, no surname
    return tok.capital or (tok.alpha and tok.text.isupper() and len(tok.text) >= 2)


def _first_name(tok: Tok, toks: list[Tok]) -> bool:
    """A listed given name, not one opening a listed phrase that goes on in lower case
    (`Kimura, Ezekiel choke`: two holds, no `Surname, Given`)."""
    return _capitalised(tok) and tok.info.first and not tok.info.negative and not (
        tok.in_negative_phrase and tok.index + 1 < len(toks)
        and toks[tok.index + 1].in_negative_phrase and not toks[tok.index + 1].capital)


def _line_label(tok: Tok, toks: list[Tok]) -> str:
    i = tok.index
    while i > 0 and not toks[i].line_break_before:
        i -= 1
    return toks[i].folded
