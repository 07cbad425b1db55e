"""Names families and phones give people: `familjen Schulte`, `the Lindqvist family`, a
contact saved as `Mum` or `Mamma` before its number, the one to call at a number (`ring lina
på 070 …`, in any case).

A surname after a family word names the family, whatever list it is missing from; a kinship
word written as a name (capitalised) right before a phone number is the contact's name in a
phone or on a note (`If found call Mum +44 7700 900…`), and identifies as well as a name.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.cues import CALL_VERBS
from mailgate.scan.drugcues import PILL_WORDS, STAMP_WORDS
from mailgate.scan.kinwords import KIN_SAVED_AS
from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.runs import DEFINITE_NOUN
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.venuesabroad import VENUE_TAILS
from mailgate.scan.recognizers.wordfacts import word_facts
from mailgate.scan.recognizers.words import QUOTES, STOP_WORDS, Tok

FAMILY_BEFORE: Final = frozenset({"familjen", "familj", "familie", "familien", "famille", "family"})
FAMILY_AFTER: Final = frozenset({"family", "familjen", "familien"})
# Heads of a nickname in quotes that make it someone's (`"Tant Tjack"`, `"Dr Snö"`), whatever
# the word after: a listed drug's name (`"Dr Feelgood"`) stays a drug.
NICK_HEADS: Final = frozenset({"tant", "farbror", "moster", "faster", "morbror", "farbrorn", "dr",
                               "doktor", "doktorn", "mr", "mister", "miss", "big", "lill", "lille",
                               "gubben", "gumman", "kungen", "drottningen", "uncle", "aunt",
                               "auntie"})
_AT: Final = frozenset({"på", "at", "on"})
_PHONE_START: Final = re.compile(r"^(?:\+|\(?0)\d*")


# The words each test below starts from: a token of none of them starts no finding.
_OPENERS: Final = FAMILY_BEFORE | FAMILY_AFTER | KIN_SAVED_AS | CALL_VERBS


def _an_opener(text: str) -> bool:
    return text in QUOTES or word_facts(text)[5] in _OPENERS  # [5]: the token's `folded`


def kin_names(toks: list[Tok]) -> list[Hit]:
    out = []
    for i in indexes_where(toks, _an_opener):
        t = toks[i]
        if t.folded in FAMILY_BEFORE and i + 1 < len(toks) and _a_surname(toks[i + 1]) and (
                not _before_a_venue_tail(toks, i + 2)):  # Family Medical Practice: a firm
            out.append(Hit(toks[i + 1].start, toks[i + 1].end, SCORE_WEAK))
        elif t.folded in FAMILY_AFTER and i >= 2 and toks[i - 2].folded == "the" and (
                _a_surname(toks[i - 1])):
            out.append(Hit(toks[i - 1].start, toks[i - 1].end, SCORE_WEAK))
        elif t.capital and t.folded in KIN_SAVED_AS and i + 1 < len(toks) and (
                _PHONE_START.match(toks[i + 1].text)) and not toks[i + 1].line_break_before:
            out.append(Hit(t.start, t.end, SCORE_WEAK))
        elif t.text in QUOTES and _a_titled_nickname(toks, i + 1):
            out.append(Hit(toks[i + 1].start, toks[i + 2].end, SCORE_WEAK))
        elif t.folded in CALL_VERBS and _callee(toks, i + 1):
            out.append(Hit(toks[i + 1].start, toks[i + 1].end, SCORE_WEAK))
    return out


def _before_a_venue_tail(toks: list[Tok], j: int) -> bool:
    return j < len(toks) and toks[j].capital and toks[j].text.casefold() in VENUE_TAILS


def _a_titled_nickname(toks: list[Tok], j: int) -> bool:
    """`"Tant Tjack"`, `"Dr Snö"`: a head and one capitalised word, closed by a quote."""
    if j + 2 >= len(toks) or toks[j].folded.rstrip(".") not in NICK_HEADS or any(
            t.folded in STAMP_WORDS or t.folded in PILL_WORDS for t in toks[max(0, j - 4) : j]):
        return False  # stamped "Dr Who": a pill's
    word, close = toks[j + 1], toks[j + 2]
    phrase = f"{toks[j].text.casefold()} {word.text.casefold()}"
    return toks[j].capital and word.capital and word.alpha and close.text in QUOTES and (
        phrase not in lexicon.drugs() and not is_negative(phrase))


def _callee(toks: list[Tok], j: int) -> bool:
    """`ring lina på 070 174 06 66`: a listed given name between a verb of calling and `på`
    and a number."""
    if j + 2 >= len(toks) or toks[j + 1].folded not in _AT:
        return False
    tok = toks[j]
    return tok.alpha and tok.info.first and not (
        tok.info.negative or tok.folded in STOP_WORDS) and bool(
        _PHONE_START.match(toks[j + 2].text))


def _a_surname(tok: Tok) -> bool:
    """A capitalised word that no list calls a place, drug or thing: Schulte, Andersson."""
    return tok.capital and tok.alpha and len(tok.text) >= 3 and not tok.text.isupper() and not (
        tok.info.negative or tok.drug_word or tok.folded in STOP_WORDS or tok.info.common
        or (not tok.info.name and DEFINITE_NOUN.search(tok.text.casefold())))  # Lärarna
